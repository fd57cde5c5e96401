/** Byline in a German browser: the popup, the options page and the badges speak German; dates go through Intl. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchWithExtension, type ExtensionBrowser } from '../../scripts/browsers';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { languageSkipReason, openExtensionPage, tabIdOf, waitForAnnotation } from './harness';

for (const name of BROWSERS) {
  const reason = languageSkipReason(name, 'de');

  describe.skipIf(reason !== null)(`Byline in German, in ${name}`, () => {
    let eb: ExtensionBrowser;
    let server: DemoServer;

    beforeAll(async () => {
      server = await startDemoServer();
      eb = await launchWithExtension(name, { lang: 'de' });
    });

    afterAll(async () => {
      await eb?.close();
      await server?.close();
    });

    it('shows the popup in German, with German plurals', async () => {
      const demo = await eb.browser.newPage();
      await demo.goto(server.url);
      await waitForAnnotation(demo);
      const label = await demo.evaluate(() => document.querySelector('byline-overlay')?.shadowRoot?.querySelector('.byline-badge')?.getAttribute('aria-label'));
      expect(label).toMatch(/^Byline: Russia Today.*, veröffentlicht etwa am /);

      const popup = await openExtensionPage(eb, 'popup.html');
      const tabId = await tabIdOf(popup, server.url);
      await openExtensionPage(eb, `popup.html?tabId=${tabId}`, popup);
      await popup.waitForSelector('.article-row', { timeout: 20_000 });
      const seen = await popup.evaluate(() => ({
        lang: document.documentElement.lang,
        count: document.querySelector('[data-testid="count"]')?.textContent,
        buttons: [...document.querySelectorAll('button')].map((b) => b.textContent),
        sorts: [...document.querySelectorAll('[data-testid="sort"] option')].map((o) => o.textContent),
        search: document.querySelector('[data-testid="search"]')?.getAttribute('placeholder'),
      }));
      expect(seen.lang).toBe('de');
      expect(seen.count).toBe('3 Artikel');
      expect(seen.buttons).toContain('Einstellungen');
      expect(seen.sorts).toEqual(['Reihenfolge der Seite', 'Neueste zuerst', 'Älteste zuerst', 'Quelle A–Z']);
      expect(seen.search).toBe('Titel und Quellen durchsuchen');
    });

    it('shows the options page in German', async () => {
      const options = await openExtensionPage(eb, 'options.html');
      await options.waitForSelector('fieldset');
      expect(await options.evaluate(() => [document.title, document.querySelector('h1')?.textContent])).toEqual(['Byline-Einstellungen', 'Byline-Einstellungen']);
      expect(await options.$eval('legend', (l) => l.textContent)).toBe('Zeit auf den Badges');
    });
  });
}
