/** Renders public/icon.svg to the PNG sizes the manifest uses (public/icon/<size>.png), in headless Chromium. */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { browserBinary, missingBrowserReason } from './browsers';

const ROOT = resolve(import.meta.dirname, '..');
const svg = readFileSync(join(ROOT, 'public', 'icon.svg'), 'utf8');
const executablePath = browserBinary('chromium');
if (!executablePath) throw new Error(missingBrowserReason('chromium'));
const browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
mkdirSync(join(ROOT, 'public', 'icon'), { recursive: true });
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewport({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  await page.screenshot({ path: join(ROOT, 'public', 'icon', `${size}.png`) as `${string}.png`, omitBackground: true });
}
await browser.close();
