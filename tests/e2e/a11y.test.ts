import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launchWithExtension, type ExtensionBrowser } from '../../scripts/browsers';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { openExtensionPage, skipReason, tabIdOf, waitForAnnotation } from './harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on the page, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the browser's automation protocol, which extension pages' CSP does not block.
  await page.evaluate(`${AXE};0`);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const { violations } = await axe.run(document);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
}

for (const name of BROWSERS) {
  const reason = skipReason(name);

  describe.skipIf(reason !== null)(`accessibility, in ${name}`, () => {
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

    it('the popup, listing the demo page, has no serious or critical axe violation and works by keyboard', async () => {
      const demo = await eb.browser.newPage();
      await demo.goto(server.url);
      await waitForAnnotation(demo);
      const popup = await openExtensionPage(eb, 'popup.html');
      const tabId = await tabIdOf(popup, server.url);
      await openExtensionPage(eb, `popup.html?tabId=${tabId}`, popup);
      await popup.bringToFront();
      await popup.waitForSelector('.article-row');
      expect(await seriousViolations(popup)).toEqual([]);
      // Keyboard alone reaches the first story's link.
      let reached = false;
      for (let i = 0; i < 25 && !reached; i++) {
        await popup.keyboard.press('Tab');
        reached = await popup.evaluate(() => document.activeElement?.matches('.article-row a.title') ?? false);
      }
      expect(reached).toBe(true);
    });

    it('the collection view has no serious or critical axe violation and works by keyboard', async () => {
      const demo = await eb.browser.newPage();
      await demo.goto(server.url);
      await waitForAnnotation(demo);
      const popup = await openExtensionPage(eb, `popup.html?collection=${Date.now()}`);
      await popup.bringToFront();
      // To the Collection tab by keyboard: Tab onto the tab list, then the arrow key.
      await popup.waitForSelector('[data-testid="tab-page"]');
      await popup.focus('[data-testid="tab-page"]');
      await popup.keyboard.press('ArrowRight');
      await popup.waitForSelector('[data-testid="collect-switch"]');
      expect(await popup.evaluate(() => document.activeElement?.id)).toBe('tab-collection');
      // The switch by keyboard: Tab to it, Space turns it on; the open demo page is collected.
      let onSwitch = false;
      for (let i = 0; i < 5 && !onSwitch; i++) {
        await popup.keyboard.press('Tab');
        onSwitch = await popup.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'collect-switch');
      }
      expect(onSwitch).toBe(true);
      await popup.keyboard.press(' ');
      await popup.waitForSelector('.article-row', { timeout: 15_000 });
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.click('[data-testid="collection-clear"]');
      await popup.waitForSelector('[data-testid="collection-clear-yes"]');
      expect(await seriousViolations(popup)).toEqual([]);
      await demo.close();
    });

    it('the options page has no serious or critical axe violation', async () => {
      const options = await openExtensionPage(eb, 'options.html');
      await options.bringToFront();
      await options.waitForSelector('input[name="badgeStyle"]');
      expect(await seriousViolations(options)).toEqual([]);
    });
  });
}
