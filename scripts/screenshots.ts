/** npm run screenshots: headless PNGs of the overlay on the demo page and of the popup (light and dark), into docs/. */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension, tabIdOf } from './browsers';
import { startDemoServer } from './demo-server';

const DOCS = join(resolve(import.meta.dirname, '..'), 'docs');
mkdirSync(DOCS, { recursive: true });
const server = await startDemoServer();
const eb = await launchWithExtension('chromium');
try {
  const demo = await eb.browser.newPage();
  await demo.setViewport({ width: 1100, height: 760, deviceScaleFactor: 1 });
  await demo.goto(server.url);
  await demo.waitForFunction(() => document.documentElement.getAttribute('data-byline') === 'done', { timeout: 20_000 });
  await demo.evaluate(() => document.querySelector('.related')?.scrollIntoView({ block: 'start' }));
  await new Promise((r) => setTimeout(r, 300));
  await demo.screenshot({ path: join(DOCS, 'overlay.png') as `${string}.png` });

  const popup = await eb.browser.newPage();
  await popup.setViewport({ width: 380, height: 330, deviceScaleFactor: 1 });
  await popup.goto(`${eb.origin}/popup.html`);
  const tabId = await tabIdOf(popup, server.url);
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await popup.goto(`${eb.origin}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('.article-row');
    await popup.screenshot({ path: join(DOCS, `popup-${scheme}.png`) as `${string}.png` });
  }
  console.log(`Screenshots written to ${DOCS}`);
} finally {
  await eb.close();
  await server.close();
}
