import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launchWithExtension, newProfile, type ExtensionBrowser } from '../../scripts/browsers';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { captureExport, openExtensionPage, skipReason, tabIdOf, waitForAnnotation } from './harness';

/** What storage.local holds under "collection", read from an extension page. */
async function storedCollection(ext: Page): Promise<{ version: number; pages: string[]; entries: Array<{ article: { title: string }; pages: number[] }> } | null> {
  return ext.evaluate(async () => {
    type Api = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return ((await (g.browser ?? g.chrome)!.storage.local.get('collection')).collection ?? null) as never;
  });
}

/** The titles a page's result holds, as the popup would read them. */
async function titlesOn(ext: Page, url: string): Promise<string[]> {
  const tabId = await tabIdOf(ext, url);
  return ext.evaluate(async (id) => {
    type Api = { tabs: { sendMessage(id: number, m: object): Promise<{ articles: Array<{ title: string }> }> } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (await (g.browser ?? g.chrome)!.tabs.sendMessage(id, { type: 'byline:get-result' })).articles.map((a) => a.title);
  }, tabId);
}

async function openCollectionView(eb: ExtensionBrowser): Promise<Page> {
  const popup = await openExtensionPage(eb, `popup.html?view=${Date.now()}`);
  await popup.bringToFront();
  await popup.waitForSelector('[data-testid="tab-collection"]');
  await popup.click('[data-testid="tab-collection"]');
  await popup.waitForSelector('[data-testid="collect-switch"]');
  return popup;
}

for (const name of BROWSERS) {
  const reason = skipReason(name);

  describe.skipIf(reason !== null)(`the collection, in ${name}`, () => {
    let server: DemoServer;
    let profile: string;
    let eb: ExtensionBrowser | undefined;

    beforeAll(async () => {
      server = await startDemoServer();
      profile = newProfile(name);
    });
    afterAll(async () => {
      await eb?.close();
      await server?.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
    });

    it('gathers two pages and a scroll step, each story once, and still has them after the browser restarts', async () => {
      eb = await launchWithExtension(name, { profile });
      let popup = await openCollectionView(eb);
      expect(await popup.$eval('[data-testid="collection-empty"]', (el) => el.textContent)).toMatch(/Nothing collected yet/);
      await popup.click('[data-testid="collect-switch"]');
      await popup.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-testid="collect-switch"]')?.checked === true);

      const front = await eb.browser.newPage();
      await front.goto(server.url);
      await waitForAnnotation(front);
      const live = await eb.browser.newPage();
      const liveUrl = `${server.url}e2e/live.html`;
      await live.goto(liveUrl);
      await waitForAnnotation(live);
      // A scroll step: two more stories arrive below the others.
      await live.bringToFront();
      const updates = await live.evaluate(() => Number(document.documentElement.getAttribute('data-byline-updates') ?? '0'));
      await live.evaluate('appendCards(2)');
      await live.waitForFunction((n) => Number(document.documentElement.getAttribute('data-byline-updates') ?? '0') > n, { polling: 100 }, updates);
      // The front page again: its stories are already collected and must not come twice.
      await front.bringToFront();
      await front.reload();
      await waitForAnnotation(front);

      const expected = [...new Set([...(await titlesOn(popup, server.url)), ...(await titlesOn(popup, liveUrl))])];
      expect(expected.length).toBe(3 + 6);
      await popup.bringToFront();
      await popup.waitForFunction((n) => document.querySelector('[data-testid="count"]')?.textContent === `${n} articles`, { timeout: 15_000, polling: 100 }, expected.length);
      const before = await storedCollection(popup);
      expect(before?.version).toBe(2);
      expect(before?.entries.map((e) => e.article.title).sort()).toEqual([...expected].sort());
      expect([...(before?.pages ?? [])].sort()).toEqual([server.url, liveUrl].sort());

      await eb.close();
      eb = await launchWithExtension(name, { profile });
      popup = await openCollectionView(eb);
      await popup.waitForFunction((n) => document.querySelector('[data-testid="count"]')?.textContent === `${n} articles`, { timeout: 15_000, polling: 100 }, expected.length);
      expect(await popup.$eval('[data-testid="collect-switch"]', (el) => (el as HTMLInputElement).checked)).toBe(true);
      expect(await storedCollection(popup)).toEqual(before);

      // Its CSV says where each story was seen.
      const csv = await captureExport(popup, 'csv', 'all');
      expect(csv.fileName).toMatch(/^byline-collection-\d{8}-\d{4}\.csv$/);
      const rows = Papa.parse<Record<string, string>>(csv.text.trim(), { header: true }).data;
      expect(rows.map((r) => r.title).sort()).toEqual([...expected].sort());
      for (const row of rows) {
        expect(row.first_seen).toMatch(/^\d{4}-\d\d-\d\dT/);
        expect([server.url, liveUrl]).toContain(row.seen_on);
      }
    });
  });
}
