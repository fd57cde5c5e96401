import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launchWithExtension, type ExtensionBrowser } from '../../scripts/browsers';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { openExtensionPage, skipReason, tabIdOf, waitForAnnotation } from './harness';

/** Clicks in a page brought to the front: a background tab has no frames, and a click waits for one. */
async function press(page: Page, selector: string): Promise<void> {
  await page.bringToFront();
  await page.click(selector);
}

/** The demo tab sits behind the popup: no animation frames there, so waits poll on a timer. */
const BACKGROUND = { polling: 100, timeout: 10_000 };
/**
 * A site turned off or on from the popup reaches the tab behind it through a settings write and the storage event
 * after it, which a loaded machine can hold back longer than a redraw.
 */
const SETTINGS_ROUND_TRIP = { polling: 100, timeout: 30_000 };

/** Badges on screen; the demo tab is brought to the front first (badges are drawn for what a reader can see). */
const shownBadges = async (page: Page): Promise<number> => {
  await page.bringToFront();
  await new Promise((r) => setTimeout(r, 250));
  return page.evaluate(() => {
    const root = document.querySelector('byline-overlay')?.shadowRoot;
    const layer = root?.querySelector<HTMLElement>('.byline-layer');
    return layer && !layer.hidden ? layer.querySelectorAll('.byline-badge').length : 0;
  });
};

const badgeTexts = async (page: Page): Promise<string[]> => {
  await page.bringToFront();
  await new Promise((r) => setTimeout(r, 250));
  return page.evaluate(() => [...(document.querySelector('byline-overlay')?.shadowRoot?.querySelectorAll('.byline-line') ?? [])].map((b) => b.textContent ?? ''));
};

for (const name of BROWSERS) {
  const reason = skipReason(name);

  describe.skipIf(reason !== null)(`controls, in ${name}`, () => {
    let eb: ExtensionBrowser;
    let server: DemoServer;
    let demo: Page;
    let popup: Page;

    let opened = 0;
    /** Opens the popup afresh for the demo tab (a new address each time, so the wait sees the new page). */
    async function openPopup(): Promise<void> {
      const tabId = await tabIdOf(popup, server.url);
      await openExtensionPage(eb, `popup.html?tabId=${tabId}&open=${++opened}`, popup);
    }

    beforeAll(async () => {
      server = await startDemoServer();
      eb = await launchWithExtension(name);
      demo = await eb.browser.newPage();
      await demo.goto(server.url);
      await waitForAnnotation(demo);
      popup = await openExtensionPage(eb, 'popup.html');
      await openPopup();
      await popup.waitForSelector('.article-row');
    });
    afterAll(async () => {
      await eb?.close();
      await server?.close();
    });

    it('hides and shows the badges of the tab from the popup switch', async () => {
      expect(await shownBadges(demo)).toBe(3);
      await press(popup, '[data-testid="badges-switch"]');
      await demo.waitForFunction(() => document.documentElement.getAttribute('data-byline-badges') === '0', SETTINGS_ROUND_TRIP);
      expect(await shownBadges(demo)).toBe(0);
      await press(popup, '[data-testid="badges-switch"]');
      await demo.waitForFunction(() => document.documentElement.getAttribute('data-byline-badges') === '3', SETTINGS_ROUND_TRIP);
      expect(await shownBadges(demo)).toBe(3);
    });

    it('outlines the block of the article under the pointer, and scrolls to the one picked', async () => {
      await popup.bringToFront();
      await popup.hover('.article-row:nth-child(3)');
      await demo.waitForFunction(() => !!document.querySelector('byline-overlay')?.shadowRoot?.querySelector('.byline-highlight'), BACKGROUND);
      const outline = await demo.evaluate(() => {
        const box = document.querySelector('byline-overlay')!.shadowRoot!.querySelector('.byline-highlight')!.getBoundingClientRect();
        const card = [...document.querySelectorAll('article.related-card')][2]!.getBoundingClientRect();
        return Math.abs(box.top - card.top) < 8 && Math.abs(box.height - card.height) < 12;
      });
      expect(outline).toBe(true);
      await demo.evaluate(() => window.scrollTo(0, 0));
      await press(popup, '.article-row:nth-child(3) button.locate');
      await demo.waitForFunction(() => {
        const r = [...document.querySelectorAll('article.related-card')][2]!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight + r.height / 2 && scrollY > 0;
      }, BACKGROUND);
    });

    it('follows the options page: a compact badge style shows source and age only', async () => {
      const options = await openExtensionPage(eb, 'options.html');
      await options.waitForSelector('input[name="badgeStyle"]');
      const full = await badgeTexts(demo);
      expect(full[0]!.split(' · ')).toHaveLength(3);
      await press(options, 'input[name="badgeStyle"]:not(:checked)');
      await options.waitForFunction(() => document.querySelector('[role="status"]')?.textContent === 'Saved.');
      await demo.waitForFunction(() => (document.querySelector('byline-overlay')?.shadowRoot?.querySelector('.byline-line')?.textContent ?? '').split(' · ').length === 2, BACKGROUND);
      expect((await badgeTexts(demo))[0]).toMatch(/^Russia Today ↗? ?· ≈ 5/);
      await press(options, 'input[name="badgeStyle"]:not(:checked)');
      await demo.waitForFunction(() => (document.querySelector('byline-overlay')?.shadowRoot?.querySelector('.byline-line')?.textContent ?? '').split(' · ').length === 3, BACKGROUND);
      await options.close();
    });

    it('turns Byline off on the site, remembers it across reloads, and turns it on again', async () => {
      await openPopup();
      await popup.waitForSelector('[data-testid="site-off-button"]');
      await press(popup, '[data-testid="site-off-button"]');
      await demo.waitForFunction(() => document.documentElement.getAttribute('data-byline-badges') === '0', SETTINGS_ROUND_TRIP);
      expect(await shownBadges(demo)).toBe(0);
      await demo.reload();
      await waitForAnnotation(demo);
      expect(await demo.evaluate(() => document.querySelector('byline-overlay'))).toBeNull();
      await openPopup();
      await popup.waitForSelector('[data-testid="site-off"] button');
      await press(popup, '[data-testid="site-off"] button');
      await demo.waitForFunction(() => document.documentElement.getAttribute('data-byline-badges') === '3', SETTINGS_ROUND_TRIP);
      await popup.waitForSelector('.article-row');
    });
  });
}
