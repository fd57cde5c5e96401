import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launchWithExtension, type ExtensionBrowser } from '../../scripts/browsers';
import { DEMO_PAGE, startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { captureExport, LOCAL, openExtensionPage, recordRequests, tabIdOf, skipReason, waitForAnnotation } from './harness';
import { ROOT } from '../helpers/fixtures';

const TITLES = [
  'Paris wants to produce drones in Ukraine',
  'Germany planning major bunker expansion',
  'Ukraine planned drone attack on Russian ships in Asia',
];

for (const name of BROWSERS) {
  const reason = skipReason(name);

  describe.skipIf(reason !== null)(`Byline in ${name}`, () => {
    let eb: ExtensionBrowser;
    let server: DemoServer;
    let demo: Page;
    let popup: Page;
    const requests: string[] = [];

    beforeAll(async () => {
      server = await startDemoServer();
      eb = await launchWithExtension(name);
      demo = await eb.browser.newPage();
      recordRequests(demo, requests);
      await demo.goto(server.url);
      await waitForAnnotation(demo);
      popup = await openExtensionPage(eb, 'popup.html');
      const tabId = await tabIdOf(popup, server.url);
      recordRequests(popup, requests);
      await openExtensionPage(eb, `popup.html?tabId=${tabId}`, popup);
      await popup.waitForSelector('.article-row', { timeout: 20_000 });
    });

    afterAll(async () => {
      await eb?.close();
      await server?.close();
    });

    it('puts a badge with source, time and age on each related story, beside its headline', async () => {
      await demo.bringToFront();
      const badges = await demo.evaluate(async () => {
        const root = document.querySelector('byline-overlay')?.shadowRoot;
        const out = [];
        for (const b of root?.querySelectorAll<HTMLElement>('.byline-badge') ?? []) {
          // Keyboard focus opens the detail card, which names the story the badge belongs to.
          b.focus();
          await new Promise((r) => setTimeout(r, 50));
          const title = b.querySelector('.byline-card-title')?.textContent ?? '';
          b.blur();
          const box = b.getBoundingClientRect();
          const link = [...document.querySelectorAll('a')].find((a) => a.textContent?.trim() === title);
          const l = link?.getBoundingClientRect();
          const card = link?.closest('article')?.getBoundingClientRect();
          out.push({
            text: b.querySelector('.byline-line')?.textContent ?? '',
            label: b.getAttribute('aria-label') ?? '',
            title,
            coversHeadline: !!l && box.left < l.right && l.left < box.right && box.top < l.bottom && l.top < box.bottom,
            nearCard: !!card && box.top >= card.top - box.height - 4 && box.bottom <= card.bottom + box.height + 4,
          });
        }
        return out;
      });
      expect(badges.map((b) => b.title)).toEqual(TITLES);
      for (const [i, b] of badges.entries()) {
        // Read from "5 hours ago": an estimate, marked with ≈.
        expect(b.text).toMatch(/^Russia Today ↗? ?· ≈ .+ · .*(5|6|14).*(h|hr|hour)/);
        expect(b.text).toContain(['5', '6', '14'][i]);
        expect(b.label).toMatch(/^Byline: Russia Today.*published about/);
        expect(b.coversHeadline).toBe(false);
        expect(b.nearCard).toBe(true);
      }
      expect(await demo.evaluate(() => document.documentElement.getAttribute('data-byline-badges'))).toBe('3');
    });

    it('lists the three stories in the popup with source and time', async () => {
      const rows = await popup.$$eval('.article-row', (els) =>
        els.map((el) => ({
          title: el.querySelector('.title')?.textContent,
          href: el.querySelector('a.title')?.getAttribute('href'),
          source: el.querySelector('.source')?.textContent,
          datetime: el.querySelector('time')?.getAttribute('datetime'),
        })),
      );
      expect(rows.map((r) => r.title)).toEqual(TITLES);
      expect(await popup.$eval('[data-testid="count"]', (el) => el.textContent)).toBe('3 articles');
      for (const r of rows) {
        expect(r.source).toBe('Russia Today');
        expect(r.href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/byline-demo\/news\//);
        expect(Date.parse(r.datetime ?? '')).not.toBeNaN();
      }
      const ages = rows.map((r) => Date.now() - Date.parse(r.datetime!));
      expect(ages.map((ms) => Math.round(ms / 3_600_000))).toEqual([5, 6, 14]);
    });

    it('exports JSON equal to what the CLI prints for the same page and time', async () => {
      const exported = await captureExport(popup, 'json', 'all');
      expect(exported.fileName).toMatch(/^byline-127\.0\.0\.1-\d{8}-\d{4}\.json$/);
      const result = JSON.parse(exported.text) as { capturedAt: string; articles: unknown[] };
      expect(result.articles).toHaveLength(3);
      const cli = spawnSync(process.execPath, [join(ROOT, 'bin', 'byline.mjs'), 'parse', DEMO_PAGE, '--url', server.url, '--now', result.capturedAt], { encoding: 'utf8' });
      expect(cli.stderr).toBe('');
      expect(exported.text).toBe(cli.stdout);
    });

    it('exports CSV with a header and one row per story', async () => {
      const exported = await captureExport(popup, 'csv');
      expect(exported.fileName).toMatch(/\.csv$/);
      const lines = exported.text.trim().split('\r\n');
      expect(lines).toHaveLength(4);
      expect(lines[0]).toMatch(/^position,section,title,url,source/);
      expect(lines[1]).toContain('Paris wants to produce drones in Ukraine');
    });

    it('sends no request beyond localhost', () => {
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((u) => !LOCAL.test(u))).toEqual([]);
    });
  });
}
