/**
 * The one typed protocol between Byline's parts. Every listener checks that a message comes from Byline itself and has
 * the expected shape, and ignores anything else.
 */
import { browser, type Browser } from 'wxt/browser';
import type { LayoutKind, ParseResult } from '../core/types';
import type { StoredCollection } from '../core/collection/types';
import { readCollection } from '../core/collection/read';
import { problemsOf } from '../core/validate';
import type { CollectionProblem } from './collection-writer';

/** What the popup needs to know about a tab's page. */
export interface PageState {
  /** The page's address (also when Byline is off there). */
  url: string;
  /** Null when Byline is turned off on this site. */
  result: ParseResult | null;
  hidden: boolean;
  siteDisabled: boolean;
}

export type BylineMessage =
  /** popup → content script: the page's current ParseResult. */
  | { type: 'byline:get-result' }
  /** popup → content script: the result and the overlay's state. */
  | { type: 'byline:get-state' }
  /** popup → content script: hide or show the badges on this tab. */
  | { type: 'byline:set-hidden'; hidden: boolean }
  /** background (keyboard shortcut) → content script: hide or show the badges. */
  | { type: 'byline:toggle-hidden' }
  /** popup → content script: outline an article's block (null: none). */
  | { type: 'byline:highlight'; id: string | null }
  /** popup → content script: scroll an article's block into view. */
  | { type: 'byline:scroll-to'; id: string }
  /** content script → background: how many articles the tab shows, for the toolbar badge. */
  | { type: 'byline:parsed'; count: number; kind: LayoutKind }
  /** content script → background, while "Collect" is on: the page's reading, to add to the collection. */
  | { type: 'byline:collect'; result: ParseResult }
  /** popup → background: empty the collection; the answer is what it held (for undo). */
  | { type: 'byline:collection-clear' }
  /** popup → background: put a cleared collection back (undo). */
  | { type: 'byline:collection-restore'; collection: StoredCollection }
  /** popup → background: what went wrong with the latest write, if anything. */
  | { type: 'byline:collection-status' };

export interface Replies {
  'byline:get-result': ParseResult;
  'byline:get-state': PageState;
  'byline:set-hidden': PageState;
  'byline:toggle-hidden': PageState;
  'byline:highlight': void;
  'byline:scroll-to': boolean;
  'byline:parsed': void;
  'byline:collect': void;
  'byline:collection-clear': StoredCollection | null;
  'byline:collection-restore': void;
  'byline:collection-status': CollectionProblem | null;
}

/** Messages only Byline's own pages (popup, options) may send: a content script, whatever page it runs in, may not. */
const PAGE_ONLY: ReadonlySet<string> = new Set(['byline:collection-clear', 'byline:collection-restore', 'byline:collection-status']);

const KINDS: readonly string[] = ['aggregator', 'article', 'other'];

export function isBylineMessage(value: unknown): value is BylineMessage {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  const only = (...keys: string[]): boolean => Object.keys(m).every((k) => k === 'type' || keys.includes(k));
  const isId = (v: unknown): boolean => typeof v === 'string' && v.length > 0 && v.length <= 64;
  switch (m.type) {
    case 'byline:get-result':
    case 'byline:get-state':
    case 'byline:toggle-hidden':
    case 'byline:collection-clear':
    case 'byline:collection-status':
      return only();
    case 'byline:collect':
      return only('result') && problemsOf(m.result).length === 0;
    case 'byline:collection-restore':
      return only('collection') && readCollection(m.collection).ok;
    case 'byline:set-hidden':
      return only('hidden') && typeof m.hidden === 'boolean';
    case 'byline:highlight':
      return only('id') && (m.id === null || isId(m.id));
    case 'byline:scroll-to':
      return only('id') && isId(m.id);
    case 'byline:parsed':
      return only('count', 'kind') && Number.isInteger(m.count) && (m.count as number) >= 0 && typeof m.kind === 'string' && KINDS.includes(m.kind);
    default:
      return false;
  }
}

/** Only Byline's own pages and content scripts may talk to Byline. */
export function isFromByline(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/** Byline's own pages, as opposed to its content scripts (whose sender URL is the web page's). */
export function isFromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return isFromByline(sender) && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

export type Handler = {
  [K in BylineMessage['type']]?: (
    message: Extract<BylineMessage, { type: K }>,
    sender: Browser.runtime.MessageSender,
  ) => Replies[K] | Promise<Replies[K]>;
};

/** Registers handlers; messages from elsewhere or of an unknown shape get no answer. Returns the remover. */
export function listen(handlers: Handler): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isFromByline(sender) || !isBylineMessage(message)) return undefined;
    if (PAGE_ONLY.has(message.type) && !isFromExtensionPage(sender)) return undefined;
    const handle = handlers[message.type] as ((m: BylineMessage, s: Browser.runtime.MessageSender) => unknown) | undefined;
    return handle ? Promise.resolve(handle(message, sender)) : undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export function sendToTab<T extends BylineMessage>(tabId: number, message: T): Promise<Replies[T['type']]> {
  return browser.tabs.sendMessage(tabId, message) as Promise<Replies[T['type']]>;
}

export function sendToBackground<T extends BylineMessage>(message: T): Promise<Replies[T['type']]> {
  return browser.runtime.sendMessage(message) as Promise<Replies[T['type']]>;
}
