/** The popup's one way to reach the rest of Byline; tests hand the popup a fake one. */
import { browser } from 'wxt/browser';
import type { ParseResult } from '../core/types';
import { sendToTab } from './messaging';

export interface PopupTarget {
  tabId: number | null;
  url: string | undefined;
}

export interface Connector {
  /** The tab the popup speaks for: `?tabId=` when given (tests, popup opened as a page), else the active tab. */
  target(): Promise<PopupTarget>;
  /** The page's ParseResult, or null when Byline is not running on it. */
  result(tabId: number): Promise<ParseResult | null>;
  /** Runs Byline on a page it does not run on by itself (activeTab + scripting), then reads the result. */
  scan(tabId: number): Promise<ParseResult | null>;
  /** Saves text as a file through the browser's download flow. */
  download(fileName: string, mime: string, text: string): void;
}

const NOT_RUNNING = /Receiving end does not exist|Could not establish connection|No matching message handler|Missing host permission/i;

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
  async result(tabId) {
    try {
      return (await sendToTab(tabId, { type: 'byline:get-result' })) ?? null;
    } catch (err) {
      if (NOT_RUNNING.test(String((err as Error)?.message ?? err))) return null;
      throw err;
    }
  },
  async scan(tabId) {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/aggregator.js'] });
    // The script registers its listener as it starts; give it a few tries.
    for (let attempt = 0; attempt < 20; attempt++) {
      const result = await this.result(tabId);
      if (result) return result;
      await new Promise((r) => setTimeout(r, 50));
    }
    return null;
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
};
