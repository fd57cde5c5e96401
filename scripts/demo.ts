/**
 * npm start [-- --browser chromium|firefox] [--page FILE.html] [--port N] [--headless]
 * Builds Byline, serves the bundled reference page (or FILE) on localhost and opens a browser with Byline loaded on it.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { launchWithExtension, type BrowserName } from './browsers';
import { buildExtension } from './build-ext';
import { startDemoServer } from './demo-server';

function fail(message: string): never {
  process.stderr.write(`byline demo: ${message}\n`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    browser: { type: 'string', default: 'chromium' },
    page: { type: 'string' },
    port: { type: 'string', default: '5178' },
    headless: { type: 'boolean', default: false },
  },
});
const name = values.browser === 'chrome' ? 'chromium' : values.browser;
if (name !== 'chromium' && name !== 'firefox') fail(`unknown browser "${values.browser}"; use chromium or firefox`);
const page = values.page ? resolve(values.page) : undefined;
if (page && !existsSync(page)) fail(`no such page: ${values.page}`);
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`bad port "${values.port}"`);

console.log(`Building Byline for ${name}…`);
buildExtension(name as BrowserName);
const server = await startDemoServer({ port, page }).catch((err: Error) => fail(`cannot listen on port ${port}: ${err.message}`));
// Without a display (a server, CI) the browser runs headless and the demo reports what Byline found.
const headless = values.headless || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const eb = await launchWithExtension(name as BrowserName, { headless }).catch((err: Error) => fail(err.message));
const tab = await eb.browser.newPage();
await tab.goto(server.url);
await tab.waitForFunction(() => document.documentElement.getAttribute('data-byline') === 'done', { timeout: 20_000 }).catch(() => {});
const badges = await tab.evaluate(() => document.documentElement.getAttribute('data-byline-badges') ?? '0');
console.log(`Demo page: ${server.url}`);
console.log(`Byline put ${badges} badge(s) on it in ${name}${headless ? ' (headless: no display found)' : ''}. Press Ctrl+C to stop.`);

const stop = async (): Promise<void> => {
  await eb.close();
  await server.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
eb.browser.on('disconnected', () => void server.close().then(() => process.exit(0)));
