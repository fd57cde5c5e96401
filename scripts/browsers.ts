/**
 * Real Chromium and Firefox with the built extension loaded, through puppeteer-core (CDP for Chromium, WebDriver BiDi
 * for Firefox). Used by the demo, the screenshots and the E2E tests. Browsers are never downloaded: the binaries come
 * from the system (Debian's chromium and firefox-esr) or from BYLINE_CHROMIUM / BYLINE_FIREFOX.
 */
import { existsSync, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

const ROOT = resolve(import.meta.dirname, '..');
export const BUILD_DIRS: Record<BrowserName, string> = {
  chromium: join(ROOT, '.output', 'chrome-mv3'),
  firefox: join(ROOT, '.output', 'firefox-mv2'),
};
export const GECKO_ID = 'byline@byline.invalid';
/** A fixed moz-extension UUID, so tests know the popup's address in Firefox. */
const FIREFOX_UUID = '6f1d3a52-8c1e-4d8b-9a61-3b2f6c0e7d41';

const CANDIDATES: Record<BrowserName, { env: string; paths: string[] }> = {
  // Debian's /usr/bin/chromium wrapper adds flags of its own (an empty --load-extension); the real binary is below.
  chromium: { env: 'BYLINE_CHROMIUM', paths: ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/google-chrome'] },
  firefox: { env: 'BYLINE_FIREFOX', paths: ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'] },
};

export function browserBinary(name: BrowserName): string | null {
  const { env, paths } = CANDIDATES[name];
  const fromEnv = process.env[env];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return paths.find((p) => existsSync(p)) ?? null;
}

export function missingBrowserReason(name: BrowserName): string {
  const { env, paths } = CANDIDATES[name];
  return `${name} not found (looked at $${env}, ${paths.join(', ')}); install it (apt-get install ${name === 'chromium' ? 'chromium' : 'firefox-esr'}) or set ${env}`;
}

export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  /** chrome-extension://ID or moz-extension://UUID, without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

export const CHROMIUM_FLAGS = [
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-gpu', '--disable-quic', '--no-default-browser-check', '--disable-default-apps',
];

/**
 * Why this browser cannot show Byline in `lang` here, or null. Chromium takes the language from --lang (extensions get
 * their messages in it even without Chromium's own translation); Firefox needs a language pack beside its binary.
 */
export function missingLanguageReason(name: BrowserName, lang: string): string | null {
  if (name === 'chromium') return null;
  const binary = browserBinary(name);
  if (!binary) return missingBrowserReason(name);
  const home = dirname(realpathSync(binary));
  const dirs = [join(home, 'browser', 'extensions'), join(home, 'distribution', 'extensions')];
  const pack = dirs.some((d) => existsSync(d) && readdirSync(d).some((f) => f.startsWith(`langpack-${lang}@`)));
  return pack ? null : `${binary} has no "${lang}" language pack (looked in ${dirs.join(', ')}; on Debian: apt-get install firefox-esr-l10n-${lang})`;
}

export interface LaunchOptions {
  headless?: boolean;
  lang?: string;
  /** A profile folder to start from and keep (a browser restart); by default a fresh one, removed on close. */
  profile?: string;
}

/** A new, empty profile folder for launchWithExtension's `profile` (the caller removes it). */
export function newProfile(name: BrowserName): string {
  return mkdtempSync(join(tmpdir(), `byline-${name}-`));
}

export async function launchWithExtension(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = browserBinary(name);
  if (!executablePath) throw new Error(missingBrowserReason(name));
  const headless = options.headless ?? true;
  const profile = options.profile ?? newProfile(name);
  let browser: Browser;
  let origin: string;
  if (name === 'chromium') {
    const asRoot = process.getuid?.() === 0;
    browser = await puppeteer.launch({
      executablePath, headless, pipe: true, enableExtensions: true, userDataDir: profile,
      args: [...CHROMIUM_FLAGS, ...(asRoot ? ['--no-sandbox'] : []), '--window-size=1280,900', ...(options.lang ? [`--lang=${options.lang}`] : [])],
      defaultViewport: null,
    });
    const id = await browser.installExtension(BUILD_DIRS.chromium);
    origin = `chrome-extension://${id}`;
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox', executablePath, headless, userDataDir: profile,
      args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        'datareporting.policy.dataSubmissionEnabled': false,
        'app.update.enabled': false,
        'browser.shell.checkDefaultBrowser': false,
        // The extension is installed for the session only (as a temporary add-on); its storage must outlive a restart.
        'extensions.webextensions.keepStorageOnUninstall': true,
        'extensions.webextensions.keepUuidOnUninstall': true,
        ...(options.lang ? { 'intl.locale.requested': options.lang } : {}),
      },
      defaultViewport: null,
    });
    await browser.installExtension(BUILD_DIRS.firefox);
    origin = `moz-extension://${FIREFOX_UUID}`;
  }
  return {
    name,
    browser,
    origin,
    async close() {
      await browser.close().catch(() => {});
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The slice of the extension API that tabIdOf uses inside an extension page. */
interface TabsApi {
  tabs: { query(q: object): Promise<Array<{ id?: number }>>; sendMessage(id: number, m: object): Promise<unknown> };
}

/**
 * The id of the tab showing `url`, asked from an extension page. Byline has no "tabs" permission, so tab URLs are hidden
 * from it: ask each tab's content script for its result and match the page URL instead.
 */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (wanted) => {
    const g = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
    const api = (g.browser ?? g.chrome)!;
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      const result = (await api.tabs.sendMessage(tab.id, { type: 'byline:get-result' }).catch(() => null)) as { url?: string } | null;
      if (result?.url === wanted) return tab.id;
    }
    return -1;
  }, url);
  if (id < 0) throw new Error(`no tab with Byline running on ${url}`);
  return id;
}
