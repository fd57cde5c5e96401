/** The popup under test: a fake connector that records what the popup asks of the browser, and the reader's actions. */
import { afterEach, expect, vi } from 'vitest';
import { render } from 'preact';
import { App } from '../../entrypoints/popup/App';
import type { Connector } from '../../utils/connector';
import type { CollectionConnector } from '../../utils/collection-connector';
import type { ParseResult } from '../../core/types';
import type { PageState } from '../../utils/messaging';
import { AGGREGATOR_HTML, resultFor } from './results';

export const pageState = (result: ParseResult | null, extra: Partial<PageState> = {}): PageState => ({ url: 'https://daily8.com/news/story', result, hidden: false, siteDisabled: false, ...extra });

export type Fake = Connector & { saved: Array<[string, string, string]>; copied: string[]; calls: string[] };

export function fakeConnector(overrides: Partial<Connector> = {}): Fake {
  const saved: Array<[string, string, string]> = [];
  const copied: string[] = [];
  const calls: string[] = [];
  return {
    saved,
    copied,
    calls,
    target: async () => ({ tabId: 1, url: 'https://daily8.com/news/story' }),
    state: async () => pageState(resultFor(AGGREGATOR_HTML)),
    scan: async () => pageState(resultFor(AGGREGATOR_HTML)),
    setHidden: async (_tab, hidden) => (calls.push(`hidden:${hidden}`), pageState(resultFor(AGGREGATOR_HTML), { hidden })),
    setSiteEnabled: async (url, enabled) => void calls.push(`site:${url}:${enabled}`),
    highlight: (_tab, id) => void calls.push(`highlight:${id}`),
    scrollTo: (_tab, id) => void calls.push(`scroll:${id}`),
    openOptions: () => void calls.push('options'),
    download: (...args) => void saved.push(args),
    copy: async (text) => void copied.push(text),
    ...overrides,
  };
}

let root: HTMLElement;
export function mount(connector: Connector, collections?: CollectionConnector): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  render(<App connector={connector} collections={collections} />, root);
  return root;
}

afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

/** A reader's next action comes after the popup has drawn the last one's result. */
export const rendered = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/** Picks an option of a <select> as a reader would: the value changes and the select fires "change". */
export async function choose(el: HTMLElement, selector: string, value: string): Promise<void> {
  const select = el.querySelector<HTMLSelectElement>(selector)!;
  select.value = value;
  expect(select.value).toBe(value);
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await rendered();
}

export async function typeInto(el: HTMLElement, selector: string, text: string): Promise<void> {
  const input = el.querySelector<HTMLInputElement>(selector)!;
  input.value = text;
  input.dispatchEvent(new Event(input.type === 'datetime-local' ? 'change' : 'input', { bubbles: true }));
  await rendered();
}

export function press(el: HTMLElement, selector: string): void {
  const button = el.querySelector<HTMLButtonElement>(selector);
  expect(button, selector).not.toBeNull();
  expect(button!.disabled).toBe(false);
  button!.click();
}

