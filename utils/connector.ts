/** The popup's one way to reach the rest of Byline; tests hand the popup a fake one. */
import { browser } from 'wxt/browser';
import { sendToTab, type PageState } from './messaging';
import { siteKey, updateSettings } from './settings';

export interface PopupTarget {
  tabId: number | null;
  url: string | undefined;
}

export interface Connector {
  /** The tab the popup speaks for: `?tabId=` when given (tests, popup opened as a page), else the active tab. */
  target(): Promise<PopupTarget>;
  /** The page's result and overlay state, or null when Byline is not running on it. */
  state(tabId: number): Promise<PageState | null>;
  /** Runs Byline on a page it does not run on by itself (activeTab + scripting), then reads the state. */
  scan(tabId: number): Promise<PageState | null>;
  setHidden(tabId: number, hidden: boolean): Promise<PageState | null>;
  /** Turns Byline off (or on again) on a site, for every tab and from now on. */
  setSiteEnabled(pageUrl: string, enabled: boolean): Promise<void>;
  highlight(tabId: number, id: string | null): void;
  scrollTo(tabId: number, id: string): void;
  openOptions(): void;
  /** Saves text as a file through the browser's download flow. */
  download(fileName: string, mime: string, text: string): void;
  /** Puts text on the clipboard; rejects with the browser's reason when it may not. */
  copy(text: string): Promise<void>;
}

const NOT_RUNNING = /Receiving end does not exist|Could not establish connection|No matching message handler|Missing host permission/i;

async function ask<T>(request: () => Promise<T>): Promise<T | null> {
  try {
    return (await request()) ?? null;
  } catch (err) {
    if (NOT_RUNNING.test(String((err as Error)?.message ?? err))) return null;
    throw err;
  }
}

export const browserConnector: Connector = {
  async target() {
    const param = new URLSearchParams(location.search).get('tabId');
    if (param && /^\d+$/.test(param)) {
      const tabId = Number(param);
      const tab = await browser.tabs.get(tabId).catch(() => null);
      return { tabId, url: tab?.url };
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return { tabId: tab?.id ?? null, url: tab?.url };
  },
  state: (tabId) => ask(() => sendToTab(tabId, { type: 'byline:get-state' })),
  async scan(tabId) {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/aggregator.js'] });
    // The script starts listening as it starts; give it a few tries.
    for (let attempt = 0; attempt < 40; attempt++) {
      const state = await this.state(tabId);
      if (state) return state;
      await new Promise((r) => setTimeout(r, 50));
    }
    return null;
  },
  setHidden: (tabId, hidden) => ask(() => sendToTab(tabId, { type: 'byline:set-hidden', hidden })),
  async setSiteEnabled(pageUrl, enabled) {
    const key = siteKey(pageUrl);
    if (!key) return;
    await updateSettings((s) => ({
      ...s,
      disabledSites: enabled ? s.disabledSites.filter((h) => h !== key) : [...s.disabledSites, key],
    }));
  },
  highlight(tabId, id) {
    void ask(() => sendToTab(tabId, { type: 'byline:highlight', id }));
  },
  scrollTo(tabId, id) {
    void ask(() => sendToTab(tabId, { type: 'byline:scroll-to', id }));
  },
  openOptions() {
    void browser.runtime.openOptionsPage();
  },
  download(fileName, mime, text) {
    const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
  async copy(text) {
    if (!navigator.clipboard) throw new Error('this page has no access to the clipboard');
    // Allowed without a permission while the reader's click is the page's latest activation.
    await navigator.clipboard.writeText(text);
  },
};
