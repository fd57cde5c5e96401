/** Drives the built extension in a real browser: the demo page, the popup opened as a page, the network log. */
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { BUILD_DIRS, browserBinary, missingBrowserReason, missingLanguageReason, type BrowserName, type ExtensionBrowser } from '../../scripts/browsers';

export { tabIdOf } from '../../scripts/browsers';

/** Why this browser's E2E tests cannot run here, or null. In CI a missing browser is a failure, not a skip. */
export function unavailable(name: BrowserName): string | null {
  if (!existsSync(BUILD_DIRS[name])) return `${BUILD_DIRS[name]} is missing: run \`npm run build\` first (npm test does)`;
  if (!browserBinary(name)) return missingBrowserReason(name);
  return null;
}

/** The reason to skip this browser's tests, printed; in CI (CI=true) a browser that cannot run fails the run instead. */
export function skipReason(name: BrowserName): string | null {
  const reason = unavailable(name);
  if (reason && process.env.CI) throw new Error(`E2E in ${name} cannot run in CI: ${reason}`);
  if (reason) console.warn(`Skipping E2E tests in ${name}: ${reason}`);
  return reason;
}

/** The reason to skip this browser's tests in `lang`, printed; in CI, whose setup (.ci/run) installs the language, a failure. */
export function languageSkipReason(name: BrowserName, lang: string): string | null {
  const reason = skipReason(name) ?? missingLanguageReason(name, lang);
  if (reason && process.env.CI) throw new Error(`E2E in ${name} in "${lang}" cannot run in CI: ${reason}`);
  if (reason && !unavailable(name)) console.warn(`Skipping E2E tests in ${name} in "${lang}": ${reason}`);
  return reason;
}

/**
 * Waits until Byline has read the page and, in a tab that shows, has put its first badges up: badges follow the
 * overlay's first view of which blocks are on screen, which a slow machine can deliver after the done mark.
 */
export async function waitForAnnotation(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const root = document.documentElement;
      if (root.getAttribute('data-byline') !== 'done') return false;
      if (root.getAttribute('data-byline-badges') === '0' || document.hidden) return true;
      return !!document.querySelector('byline-overlay')?.shadowRoot?.querySelector('.byline-badge');
    },
    { timeout: 20_000 },
  );
}

/**
 * Opens an extension page. Firefox never settles navigations to moz-extension pages: poll instead. A poll that lands
 * in the middle of the navigation can fail with a protocol error (WebDriver BiDi): it is tried again until the deadline.
 */
export async function openExtensionPage(eb: ExtensionBrowser, path: string, page?: Page): Promise<Page> {
  const target = page ?? (await eb.browser.newPage());
  void target.goto(`${eb.origin}/${path}`).catch(() => {});
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      await target.waitForFunction((p) => location.href.endsWith(p) && document.readyState === 'complete', { timeout: Math.max(1000, deadline - Date.now()) }, path);
      return target;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Records every request a page makes. */
export function recordRequests(page: Page, into: string[]): void {
  page.on('request', (request) => {
    into.push(request.url());
  });
}

export const LOCAL = /^(?:https?:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?\/|chrome-extension:|moz-extension:|data:|blob:|about:)/;

/** Saves an export from the popup's menu and reads the file it would save: the Blob handed to the download link. */
export async function captureExport(popup: Page, format: string, scope: 'shown' | 'all' = 'shown'): Promise<{ fileName: string; text: string }> {
  await popup.bringToFront();
  await popup.evaluate(() => {
    const w = window as unknown as { __saved?: Promise<{ fileName: string; text: string }> };
    const createObjectURL = URL.createObjectURL.bind(URL);
    let blob: Blob | null = null;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      return createObjectURL(b);
    };
    w.__saved = new Promise((resolve) => {
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        void blob!.text().then((text) => resolve({ fileName: this.download, text }));
      };
    });
  });
  await popup.select('[data-testid="export-scope"]', scope);
  await popup.select('[data-testid="export-format"]', format);
  await popup.click('[data-testid="export-save"]');
  return popup.evaluate(() => (window as unknown as { __saved: Promise<{ fileName: string; text: string }> }).__saved);
}
