/**
 * npm run screenshots: headless PNGs into docs/ — the badges on the demo page, a badge's detail card, the popup and the
 * options page (light and dark), the collection view, and the collection's CSV export laid out as a spreadsheet.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchWithExtension, tabIdOf } from './browsers';
import { startDemoServer } from './demo-server';
import { spreadsheetHtml } from './spreadsheet';
import { readCollection } from '../core/collection/read';
import { collectedArticles, collectionResult } from '../core/collection/view';
import { toCsv } from '../core/export/csv';

const DOCS = join(resolve(import.meta.dirname, '..'), 'docs');
const png = (name: string): `${string}.png` => join(DOCS, `${name}.png`) as `${string}.png`;
const settle = (ms = 300): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function openExtension(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.readyState === 'complete');
}

mkdirSync(DOCS, { recursive: true });
const server = await startDemoServer();
const eb = await launchWithExtension('chromium');
try {
  const demo = await eb.browser.newPage();
  await demo.setViewport({ width: 1100, height: 760, deviceScaleFactor: 1 });
  await demo.goto(server.url);
  await demo.waitForFunction(() => document.documentElement.getAttribute('data-byline') === 'done', { timeout: 20_000 });
  await demo.evaluate(() => document.querySelector('.related')?.scrollIntoView({ block: 'start' }));
  await settle();
  await demo.screenshot({ path: png('overlay') });

  // The detail card, opened by keyboard focus as a reader tabbing to the badge would.
  await demo.evaluate(() => {
    const badge = document.querySelector('byline-overlay')?.shadowRoot?.querySelector('.byline-badge') as HTMLElement | null;
    badge?.focus({ preventScroll: true });
  });
  await settle();
  const box = await demo.evaluate(() => {
    const r = document.querySelector('byline-overlay')?.shadowRoot?.querySelector('.byline-badge')?.getBoundingClientRect();
    return r ? { x: r.right + scrollX, y: r.top + scrollY } : null;
  });
  if (box) {
    const x = Math.max(0, box.x - 560);
    await demo.screenshot({ path: png('badge-card'), clip: { x, y: Math.max(0, box.y - 60), width: Math.min(600, 1100 - x), height: 330 } });
  }

  const popup = await eb.browser.newPage();
  await popup.setViewport({ width: 380, height: 380, deviceScaleFactor: 1 });
  await openExtension(popup, `${eb.origin}/popup.html`);
  const tabId = await tabIdOf(popup, server.url);
  const options = await eb.browser.newPage();
  await options.setViewport({ width: 700, height: 900, deviceScaleFactor: 1 });
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await openExtension(popup, `${eb.origin}/popup.html?tabId=${tabId}`);
    await popup.bringToFront();
    await popup.waitForSelector('.article-row');
    await popup.screenshot({ path: png(`popup-${scheme}`) });
    await options.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await openExtension(options, `${eb.origin}/options.html`);
    await options.bringToFront();
    await options.waitForSelector('input[name="badgeStyle"]');
    await options.screenshot({ path: png(`options-${scheme}`), fullPage: true });
  }

  // The collection: switched on with the demo page open, then a page that grows as it scrolls.
  await popup.setViewport({ width: 380, height: 560, deviceScaleFactor: 1 });
  await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  await openExtension(popup, `${eb.origin}/popup.html?tabId=${tabId}`);
  await popup.bringToFront();
  await popup.click('[data-testid="tab-collection"]');
  await popup.waitForSelector('[data-testid="collect-switch"]');
  await popup.click('[data-testid="collect-switch"]');
  const live = await eb.browser.newPage();
  await live.goto(`${server.url}e2e/live.html`);
  await live.waitForFunction(() => document.documentElement.getAttribute('data-byline') === 'done', { timeout: 20_000 });
  await live.evaluate('appendCards(4)');
  await popup.bringToFront();
  await popup.waitForFunction(() => /^1[0-9] articles$/.test(document.querySelector('[data-testid="count"]')?.textContent ?? ''), { timeout: 20_000, polling: 100 });
  await settle();
  await popup.screenshot({ path: png('collection') });

  // Its CSV export, written by the same code as the popup's, shown as a spreadsheet shows it.
  const stored = await popup.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('collection')).collection);
  const read = readCollection(stored);
  if (!read.ok) throw new Error('the collection could not be read');
  const sheet = await eb.browser.newPage();
  await sheet.setViewport({ width: 1280, height: 420, deviceScaleFactor: 1 });
  await sheet.setContent(spreadsheetHtml(toCsv(collectionResult(collectedArticles(read.collection), new Date())), 'byline-collection.csv'));
  await sheet.screenshot({ path: png('export-csv') });
  console.log(`Screenshots written to ${DOCS}`);
} finally {
  await eb.close();
  await server.close();
}
