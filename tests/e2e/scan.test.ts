import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchWithExtension, type ExtensionBrowser } from '../../scripts/browsers';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { openExtensionPage, tabIdOf, skipReason, waitForAnnotation } from './harness';

for (const name of BROWSERS) {
  const reason = skipReason(name);

  describe.skipIf(reason !== null)(`pages without badges, in ${name}`, () => {
    let eb: ExtensionBrowser;
    let server: DemoServer;

    beforeAll(async () => {
      server = await startDemoServer();
      eb = await launchWithExtension(name);
    });

    afterAll(async () => {
      await eb?.close();
      await server?.close();
    });

    it('says that an ordinary article page is not an aggregator, and puts no badge on it', async () => {
      const url = `${server.url}fixtures/daily8/article-page/source.html`;
      const page = await eb.browser.newPage();
      await page.goto(url);
      await waitForAnnotation(page);
      expect(await page.evaluate(() => document.querySelector('byline-overlay'))).toBeNull();
      const popup = await openExtensionPage(eb, 'popup.html');
      const tabId = await tabIdOf(popup, url);
      await openExtensionPage(eb, `popup.html?tabId=${tabId}`, popup);
      await popup.waitForSelector('[data-testid="empty"]');
      expect(await popup.$eval('[data-testid="empty"]', (el) => el.textContent)).toMatch(/does not look like a news aggregator/);
    });

    // Pressing the toolbar button is what grants activeTab; WebDriver BiDi (Firefox) has no way to press it.
    const canPressToolbarButton = name === 'chromium';
    if (!canPressToolbarButton) console.warn(`Skipping "Scan this page" in ${name}: WebDriver BiDi cannot press the toolbar button that grants activeTab`);

    it.skipIf(!canPressToolbarButton)('scans a page outside its own sites when the user asks, through the toolbar popup', async () => {
      const page = await eb.browser.newPage();
      await page.goto(`${server.url.replace('/byline-demo/', '/fixtures/')}daily8/div-soup-card-links/source.html`);
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-byline'))).toBeNull();
      const extension = [...(await eb.browser.extensions()).values()][0]!;
      const before = new Set(eb.browser.targets());
      await page.bringToFront();
      await extension.triggerAction(page);
      const target = await eb.browser.waitForTarget((t) => !before.has(t) && t.url().includes('popup.html'), { timeout: 20_000 });
      const popup = (await target.asPage())!;
      await popup.waitForSelector('[data-testid="empty"] button');
      expect(await popup.$eval('[data-testid="empty"] button', (b) => b.textContent)).toBe('Scan this page');
      await popup.click('[data-testid="empty"] button');
      await popup.waitForSelector('.article-row');
      expect(await popup.$$eval('.article-row .source', (els) => els.map((e) => e.textContent))).toEqual(['Russia Today', 'Russia Today', 'Russia Today']);
      await waitForAnnotation(page);
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-byline-badges'))).toBe('3');
    });
  });
}
