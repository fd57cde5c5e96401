import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { App } from '../../../entrypoints/popup/App';
import type { Connector } from '../../../utils/connector';
import type { ParseResult } from '../../../core/types';
import type { PageState } from '../../../utils/messaging';
import { AGGREGATOR_HTML, resultFor } from '../../helpers/results';

const pageState = (result: ParseResult | null, extra: Partial<PageState> = {}): PageState => ({ url: 'https://daily8.com/news/story', result, hidden: false, siteDisabled: false, ...extra });

type Fake = Connector & { saved: Array<[string, string, string]>; calls: string[] };

function fakeConnector(overrides: Partial<Connector> = {}): Fake {
  const saved: Array<[string, string, string]> = [];
  const calls: string[] = [];
  return {
    saved,
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
    ...overrides,
  };
}

let root: HTMLElement;
function mount(connector: Connector): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  render(<App connector={connector} />, root);
  return root;
}

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the popup', () => {
  it('lists the articles of the page with their source and time', async () => {
    const el = mount(fakeConnector());
    await vi.waitFor(() => expect(el.querySelectorAll('.article-row')).toHaveLength(2));
    expect(el.querySelector('[data-testid="count"]')?.textContent).toBe('2 articles');
    expect([...el.querySelectorAll('.source')].map((s) => s.textContent)).toEqual(['Reuters', 'AP News']);
    expect(el.querySelector('time')?.getAttribute('datetime')).toBe('2025-06-08T16:00:00.000Z');
  });

  it('exports JSON and CSV with dated file names', async () => {
    const connector = fakeConnector();
    const el = mount(connector);
    await vi.waitFor(() => expect(el.querySelector('button[data-export="json"]')).not.toBeNull());
    (el.querySelector('button[data-export="json"]') as HTMLButtonElement).click();
    (el.querySelector('button[data-export="csv"]') as HTMLButtonElement).click();
    expect(connector.saved.map(([name, mime]) => [name, mime])).toEqual([
      ['byline-daily8.com-20250608-1800.json', 'application/json'],
      ['byline-daily8.com-20250608-1800.csv', 'text/csv'],
    ]);
    expect((JSON.parse(connector.saved[0]![2]) as ParseResult).articles).toHaveLength(2);
  });

  it('says when a page has no article blocks and scans it on request', async () => {
    let scanned = 0;
    const el = mount(fakeConnector({ state: async () => pageState(resultFor('<h1>Just an article</h1><p>Text.</p>')), scan: async () => (scanned++, pageState(resultFor(AGGREGATOR_HTML))) }));
    await vi.waitFor(() => expect(el.querySelector('[data-testid="empty"]')?.textContent).toMatch(/does not look like a news aggregator/));
    (el.querySelector('[data-testid="empty"] button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(el.querySelectorAll('.article-row')).toHaveLength(2));
    expect(scanned).toBe(1);
  });

  it('offers "Scan this page" where Byline has not run yet', async () => {
    const el = mount(fakeConnector({ state: async () => null }));
    await vi.waitFor(() => expect(el.querySelector('[data-testid="empty"] button')?.textContent).toBe('Scan this page'));
  });

  it('explains browser pages and stores instead of failing', async () => {
    const el = mount(fakeConnector({ target: async () => ({ tabId: 1, url: 'chrome://settings/' }) }));
    await vi.waitFor(() => expect(el.querySelector('[data-testid="restricted"]')?.textContent).toMatch(/browser page/));
    const store = mount(fakeConnector({ target: async () => ({ tabId: 2, url: 'https://addons.mozilla.org/en-US/firefox/' }) }));
    await vi.waitFor(() => expect(store.querySelector('[data-testid="restricted"]')?.textContent).toMatch(/extension store/));
  });

  it('shows the error when the page cannot be asked', async () => {
    const el = mount(fakeConnector({ state: async () => Promise.reject(new Error('tab was closed')) }));
    await vi.waitFor(() => expect(el.querySelector('[role="alert"]')?.textContent).toContain('tab was closed'));
  });

  it('renders page text as text and links only http(s) targets', async () => {
    const hostile = resultFor(
      `<section>${['<img src=x onerror=alert(1)> first headline here', 'second headline is right here']
        .map((t, i) => `<article><span>Src</span> <span>${i + 1} hours ago</span><h3><a href="${i ? 'javascript:alert(1)' : '/ok'}">${t.replace(/</g, '&lt;')}</a></h3></article>`)
        .join('')}</section>`,
    );
    const el = mount(fakeConnector({ state: async () => pageState(hostile) }));
    await vi.waitFor(() => expect(el.querySelectorAll('.article-row')).toHaveLength(2));
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('.article-row .title')?.textContent).toBe('<img src=x onerror=alert(1)> first headline here');
    const hrefs = [...el.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.every((h) => /^https?:/.test(h ?? ''))).toBe(true);
  });

  it('outlines the block of the article under the pointer and scrolls to the one picked', async () => {
    const connector = fakeConnector();
    const el = mount(connector);
    await vi.waitFor(() => expect(el.querySelectorAll('.article-row')).toHaveLength(2));
    const [first, second] = [...el.querySelectorAll<HTMLElement>('.article-row')];
    first!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    first!.dispatchEvent(new MouseEvent('mouseenter'));
    second!.querySelector<HTMLButtonElement>('button.locate')!.click();
    el.querySelector('ol')!.dispatchEvent(new MouseEvent('mouseleave'));
    const [a, b] = [first!.dataset.articleId, second!.dataset.articleId];
    expect(connector.calls).toEqual([`highlight:${a}`, `scroll:${b}`, 'highlight:null']);
  });

  it('hides the badges on the tab and turns Byline off for the site', async () => {
    const connector = fakeConnector();
    const el = mount(connector);
    await vi.waitFor(() => expect(el.querySelector('[data-testid="badges-switch"]')).not.toBeNull());
    const toggle = el.querySelector<HTMLInputElement>('[data-testid="badges-switch"]')!;
    expect(toggle.checked).toBe(true);
    toggle.click();
    await vi.waitFor(() => expect(connector.calls).toContain('hidden:true'));
    await vi.waitFor(() => expect(el.querySelector<HTMLInputElement>('[data-testid="badges-switch"]')!.checked).toBe(false));
    el.querySelector<HTMLButtonElement>('[data-testid="site-off-button"]')!.click();
    await vi.waitFor(() => expect(connector.calls).toContain('site:https://daily8.com/news/story:false'));
  });

  it('says when Byline is off on the site and turns it back on', async () => {
    let off = true;
    const connector = fakeConnector({
      state: async () => pageState(off ? null : resultFor(AGGREGATOR_HTML), { siteDisabled: off }),
      setSiteEnabled: async (_url, enabled) => void (off = !enabled),
    });
    const el = mount(connector);
    await vi.waitFor(() => expect(el.querySelector('[data-testid="site-off"]')?.textContent).toMatch(/Byline is off on/));
    el.querySelector<HTMLButtonElement>('[data-testid="site-off"] button')!.click();
    await vi.waitFor(() => expect(el.querySelectorAll('.article-row')).toHaveLength(2));
  });
});
