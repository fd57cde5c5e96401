import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launchWithExtension, type ExtensionBrowser } from '../../scripts/browsers';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { openExtensionPage, skipReason, waitForAnnotation } from './harness';

/**
 * Per block, how many badges sit on it (by the badge's centre); and whether the block boxes are where the page put them.
 * The blocks are found by `selector` in the page, or in the shadow tree of the element `host` finds.
 */
function census(selector: string, host?: string): { perBlock: number[]; total: number; moved: boolean } {
  const root = document.querySelector('byline-overlay')?.shadowRoot;
  const badges = [...(root?.querySelectorAll<HTMLElement>('.byline-badge') ?? [])]
    .filter((b) => b.style.visibility !== 'hidden')
    .map((b) => b.getBoundingClientRect());
  const scope: ParentNode = host ? document.querySelector(host)!.shadowRoot! : document;
  const blocks = [...scope.querySelectorAll(selector)].map((c) => c.getBoundingClientRect());
  const perBlock = blocks.map((r) => badges.filter((b) => {
    const x = b.left + b.width / 2;
    const y = b.top + b.height / 2;
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  }).length);
  const before = (window as unknown as { __boxes?: number[][] }).__boxes ?? [];
  const moved = before.some((box, i) => {
    const r = blocks[i];
    return !r || [r.left, r.top, r.width, r.height].some((v, k) => Math.abs(v - box[k]!) > 0.5);
  });
  return { perBlock, total: badges.length, moved };
}

async function updatesOf(page: Page): Promise<number> {
  return Number(await page.evaluate(() => document.documentElement.getAttribute('data-byline-updates') ?? '0'));
}

/**
 * Runs a change in the page and waits until Byline has taken it in: an update after it, and no other for a while (on a
 * busy machine an earlier change's last update may land just after this one starts).
 */
async function change(page: Page, script: string): Promise<void> {
  const before = await updatesOf(page);
  await page.evaluate(script);
  await page.waitForFunction((n) => Number(document.documentElement.getAttribute('data-byline-updates') ?? '0') > n, { timeout: 10_000 }, before);
  for (let seen = await updatesOf(page), tries = 0; tries < 20; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 400));
    const later = await updatesOf(page);
    if (later === seen) return;
    seen = later;
  }
}

for (const name of BROWSERS) {
  const reason = skipReason(name);

  describe.skipIf(reason !== null)(`badges on pages that change, in ${name}`, () => {
    let eb: ExtensionBrowser;
    let server: DemoServer;
    let ext: Page;
    const dialogs: string[] = [];

    beforeAll(async () => {
      server = await startDemoServer();
      eb = await launchWithExtension(name);
      ext = await openExtensionPage(eb, 'popup.html');
    });
    afterAll(async () => {
      await eb?.close();
      await server?.close();
    });

    /** The page's current result, as the popup sees it. */
    async function resultOf(url: string): Promise<{ url: string; articles: Array<{ title: string; section: string | null; url: string | null }> }> {
      return ext.evaluate(async (wanted) => {
        type Api = { tabs: { query(q: object): Promise<Array<{ id?: number }>>; sendMessage(id: number, m: object): Promise<unknown> } };
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        const api = (g.browser ?? g.chrome)!;
        for (const tab of await api.tabs.query({})) {
          const r = (await api.tabs.sendMessage(tab.id!, { type: 'byline:get-result' }).catch(() => null)) as { url: string } | null;
          if (r && r.url.startsWith(wanted)) return r as never;
        }
        throw new Error(`no Byline on ${wanted}`);
      }, url);
    }

    async function open(path: string): Promise<Page> {
      const page = await eb.browser.newPage();
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`${server.url}e2e/${path}`);
      await waitForAnnotation(page);
      await page.bringToFront();
      return page;
    }

    it('follows infinite scroll, load more, replacement, removal, recycling and navigation with one badge per block', async () => {
      const page = await open('live.html');
      const url = `${server.url}e2e/live.html`;
      let now = await page.evaluate(census, '.card');
      expect(now).toMatchObject({ perBlock: [1, 1, 1, 1], moved: false });

      await change(page, 'appendCards(2)');
      expect((await page.evaluate(census, '.card')).perBlock).toEqual([1, 1, 1, 1, 1, 1]);

      await change(page, 'loadMore(3)');
      now = await page.evaluate(census, '.card');
      expect(now.perBlock).toEqual(Array(9).fill(1));
      expect(now.total).toBe(9);

      await change(page, 'replaceCard(0)');
      await change(page, 'removeCard(1)');
      now = await page.evaluate(census, '.card');
      expect(now.perBlock).toEqual(Array(8).fill(1));
      expect(now.total).toBe(8);
      let result = await resultOf(url);
      expect(result.articles.map((a) => a.title)).toEqual(await page.$$eval('.card a', (as) => as.map((a) => a.textContent)));

      await change(page, 'recycle(0)');
      result = await resultOf(url);
      expect(result.articles[0]!.title).toBe(await page.$eval('.card a', (a) => a.textContent));
      expect((await page.evaluate(census, '.card')).perBlock).toEqual(Array(8).fill(1));

      await change(page, 'navigate()');
      result = await resultOf(url);
      expect(result.url).toMatch(/\?section=world$/);
      expect(result.articles.map((a) => a.section)).toEqual(['World', 'World', 'World']);
      now = await page.evaluate(census, '.card');
      expect(now.perBlock).toEqual([1, 1, 1]);
      expect(now.total).toBe(3);
      await page.close();
    });

    it('shows badges above hostile styles without moving the page, and keeps page text as text', async () => {
      const page = await open('hostile.html');
      const seen = await page.evaluate(() => {
        const root = document.querySelector('byline-overlay')!.shadowRoot!;
        const badges = [...root.querySelectorAll<HTMLElement>('.byline-badge')];
        return badges.map((b) => {
          const r = b.getBoundingClientRect();
          // The badge is what a reader sees at its centre: not covered by the page's full-screen layer.
          const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return { text: b.textContent ?? '', onTop: top?.tagName === 'BYLINE-OVERLAY', width: r.width, img: !!root.querySelector('img, b') };
        });
      });
      expect(seen).toHaveLength(3);
      for (const b of seen) {
        expect(b.onTop).toBe(true);
        expect(b.width).toBeGreaterThan(40);
        expect(b.img).toBe(false);
      }
      expect(seen[1]!.text).toContain('<b>Bold Source</b>');
      expect((await page.evaluate(census, '.card')).moved).toBe(false);

      // The detail card of the story with a javascript: link offers no link; the others do.
      const links = await page.evaluate(async () => {
        const root = document.querySelector('byline-overlay')!.shadowRoot!;
        const out: Array<string | null> = [];
        for (const b of root.querySelectorAll<HTMLElement>('.byline-badge')) {
          b.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
          b.focus();
          await new Promise((r) => setTimeout(r, 50));
          out.push(b.querySelector('.byline-card-link')?.getAttribute('href') ?? null);
          b.blur();
        }
        return out;
      });
      expect(links[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/byline-demo\/story\/a$/);
      expect(links[1]).toBeNull();
      const result = await resultOf(`${server.url}e2e/hostile.html`);
      expect(result.articles[1]).toMatchObject({ title: '<img src=x onerror=alert(1)> headline that tries markup', url: null });
      expect(dialogs).toEqual([]);
      await page.close();
    });

    it('badges stories that render inside shadow roots, and follows cards added to them and components defined late', async () => {
      const page = await open('shadow.html');
      const url = `${server.url}e2e/shadow.html`;
      // The cards are hosts in the feed's shadow tree: one badge on each, none elsewhere.
      expect(await page.evaluate(census, 'story-card', 'news-feed')).toMatchObject({ total: 4, perBlock: [1, 1, 1, 1] });
      const result = await resultOf(url);
      expect(result.articles.map((a) => a.title)).toEqual([1, 2, 3, 4].map((n) => `Shadow story number ${n} in the feed`));
      expect(result.articles[0]!.url).toBe(`${server.url}story/1`);

      await change(page, 'addCards(2)');
      expect(await page.evaluate(census, 'story-card', 'news-feed')).toMatchObject({ total: 6, perBlock: Array(6).fill(1) });

      // Components defined after Byline's first read: no mutation tells of their shadow trees; a later look finds them.
      const late = await open('shadow.html?late');
      await late.waitForFunction(() => document.documentElement.getAttribute('data-byline-badges') === '4', { timeout: 15_000 });
      expect((await resultOf(`${server.url}e2e/shadow.html?late`)).articles).toHaveLength(4);
      await late.close();
      await page.close();
    });

    it('shows the current content of recycled rows in a virtualised list', async () => {
      const page = await open('virtual.html');
      const url = `${server.url}e2e/virtual.html`;
      const titles = async () => (await resultOf(url)).articles.map((a) => a.title);
      expect((await titles()).slice(0, 2)).toEqual(['Virtual story number 0 in the feed', 'Virtual story number 1 in the feed']);
      await change(page, "document.getElementById('viewport').scrollTop = 600");
      const now = await titles();
      expect(now).toHaveLength(8);
      expect(now[0]).toBe('Virtual story number 10 in the feed');
      expect(new Set(now).size).toBe(8);
      const visible = await page.evaluate(() => {
        const pane = document.getElementById('viewport')!.getBoundingClientRect();
        const root = document.querySelector('byline-overlay')!.shadowRoot!;
        return [...root.querySelectorAll<HTMLElement>('.byline-badge')]
          .filter((b) => b.style.visibility !== 'hidden')
          .every((b) => {
            const r = b.getBoundingClientRect();
            return r.top >= pane.top - r.height && r.bottom <= pane.bottom + r.height;
          });
      });
      expect(visible).toBe(true);
      await page.close();
    });
  });
}
