/** A blank page in headless Chromium with the parser loaded (scripts/core-entry.ts bundled by esbuild). */
import { build } from 'esbuild';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { browserBinary, CHROMIUM_FLAGS, missingBrowserReason } from './browsers';

const ROOT = resolve(import.meta.dirname, '..');

/** The parser bundle; `readable` keeps names and layout for a profile (scripts/bench-profile.ts). */
export async function coreBundle(readable = false): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, 'scripts', 'core-entry.ts')],
    bundle: true, minify: !readable, keepNames: readable, format: 'iife', write: false, platform: 'browser', target: 'es2022', logLevel: 'error',
  });
  return out.outputFiles[0]!.text;
}

export async function openCorePage(readable = false): Promise<{ browser: Browser; page: Page }> {
  const executablePath = browserBinary('chromium');
  if (!executablePath) throw new Error(missingBrowserReason('chromium'));
  const browser = await puppeteer.launch({
    executablePath, headless: true, pipe: true,
    args: [...CHROMIUM_FLAGS, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  const page = await browser.newPage();
  await page.goto('about:blank');
  // tsx compiles functions handed to page.evaluate with esbuild's keepNames, which calls __name: give the page one.
  await page.addScriptTag({ content: `globalThis.__name = (f) => f;\n${await coreBundle(readable)}` });
  return { browser, page };
}
