import { describe, expect, it, vi } from 'vitest';
import type { ParseResult } from '../../../core/types';
import { choose, fakeConnector, mount, pageState, press, typeInto, type Fake } from '../../helpers/popup';
import { AGGREGATOR_HTML, NOW, resultFor } from '../../helpers/results';
import { makeArticle } from '../../helpers/articles';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS } from '../../../core/export/index';
import { toJson } from '../../../core/export/json';
import { toTsv } from '../../../core/export/tsv';
import { useLocale } from '../../helpers/i18n';

const titles = (el: HTMLElement): string[] => [...el.querySelectorAll('.article-row .title')].map((t) => t.textContent ?? '');
const count = (el: HTMLElement): string | null | undefined => el.querySelector('[data-testid="count"]')?.textContent;

describe('the popup', () => {
  it('lists the articles of the page with their source and time', async () => {
    const el = mount(fakeConnector());
    await vi.waitFor(() => expect(el.querySelectorAll('.article-row')).toHaveLength(2));
    expect(el.querySelector('[data-testid="count"]')?.textContent).toBe('2 articles');
    expect([...el.querySelectorAll('.source')].map((s) => s.textContent)).toEqual(['Reuters', 'AP News']);
    expect(el.querySelector('time')?.getAttribute('datetime')).toBe('2025-06-08T16:00:00.000Z');
  });

  it('saves every export format with a dated file name, from a menu', async () => {
    const connector = fakeConnector();
    const el = mount(connector);
    await vi.waitFor(() => expect(el.querySelector('[data-testid="export-format"]')).not.toBeNull());
    const formats = [...el.querySelectorAll<HTMLOptionElement>('[data-testid="export-format"] option')].map((o) => o.value);
    expect(formats).toEqual(EXPORT_FORMAT_NAMES);
    for (const name of formats) {
      await choose(el, '[data-testid="export-format"]', name);
      press(el, '[data-testid="export-save"]');
    }
    expect(connector.saved.map(([name, mime]) => [name, mime])).toEqual(
      EXPORT_FORMAT_NAMES.map((f) => [`byline-daily8.com-20250608-1800.${EXPORT_FORMATS[f].ext}`, EXPORT_FORMATS[f].mime]),
    );
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

  it('says when the tab shows an archived copy, and from when its times count', async () => {
    const url = 'https://web.archive.org/web/20250601120000/https://daily8.com/news/story';
    const el = mount(fakeConnector({ state: async () => pageState(resultFor(AGGREGATOR_HTML, url)) }));
    await vi.waitFor(() => expect(el.querySelectorAll('.article-row')).toHaveLength(2));
    expect(el.querySelector('[data-testid="copy-note"]')?.textContent).toMatch(/^An archived copy of daily8\.com, captured .*2025.*: its times count back from then\.$/);
  });

  it('adds no note on the page itself', async () => {
    const el = mount(fakeConnector());
    await vi.waitFor(() => expect(el.querySelectorAll('.article-row')).toHaveLength(2));
    expect(el.querySelector('[data-testid="copy-note"]')).toBeNull();
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

const ago = (minutes: number): string => new Date(NOW.getTime() - minutes * 60_000).toISOString();
/** A page of five stories from three sources (one with an accent), one undated, times out of page order. */
const MIXED: ParseResult = {
  ...resultFor(AGGREGATOR_HTML),
  articles: [
    makeArticle(0, 'Zürich court rules on drone exports', 'Neue Zürcher Zeitung', ago(120), 'nzz.ch'),
    makeArticle(1, 'Paris wants to produce drones in Ukraine', 'Reuters', ago(30), 'reuters.com'),
    makeArticle(2, 'Markets steady after the rate decision', 'AP News', ago(3 * 24 * 60), 'apnews.com'),
    makeArticle(3, 'An undated explainer on bunkers', 'Reuters', null, 'reuters.com'),
    makeArticle(4, 'The weekly roundup', 'AP News', ago(10 * 24 * 60), 'apnews.com'),
  ],
};

describe('the popup’s list of a busy page', () => {
  async function mountMixed(overrides: Partial<Connector> = {}): Promise<{ el: HTMLElement; connector: Fake }> {
    // Time windows count back from now: the popup's now is the page's capture time here.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    const connector = fakeConnector({ state: async () => pageState(MIXED), ...overrides });
    const el = mount(connector);
    await vi.waitFor(() => expect(el.querySelectorAll('.article-row')).toHaveLength(5));
    return { el, connector };
  }

  it('searches titles and sources, ignoring case and accents, and counts what it shows', async () => {
    const { el } = await mountMixed();
    expect(count(el)).toBe('5 articles');
    await typeInto(el, '[data-testid="search"]', 'ZURICH');
    await vi.waitFor(() => expect(titles(el)).toEqual(['Zürich court rules on drone exports']));
    expect(count(el)).toBe('1 of 5 articles');
    await typeInto(el, '[data-testid="search"]', 'reuters');
    await vi.waitFor(() => expect(titles(el)).toEqual(['Paris wants to produce drones in Ukraine', 'An undated explainer on bunkers']));
    expect(count(el)).toBe('2 of 5 articles');
    // While a filter leaves stories out, the header offers to clear it.
    press(el, '[data-testid="clear-filters"]');
    await vi.waitFor(() => expect(count(el)).toBe('5 articles'));
    expect(titles(el)).toHaveLength(5);
    expect(el.querySelector('[data-testid="clear-filters"]')).toBeNull();
  });

  it('sorts newest or oldest first (undated last), by source, and back to page order', async () => {
    const { el } = await mountMixed();
    await choose(el, '[data-testid="sort"]', 'newest');
    await vi.waitFor(() => expect(titles(el)[0]).toBe('Paris wants to produce drones in Ukraine'));
    expect(titles(el).slice(1)).toEqual(['Zürich court rules on drone exports', 'Markets steady after the rate decision', 'The weekly roundup', 'An undated explainer on bunkers']);
    await choose(el, '[data-testid="sort"]', 'oldest');
    await vi.waitFor(() => expect(titles(el)[0]).toBe('The weekly roundup'));
    expect(titles(el).at(-1)).toBe('An undated explainer on bunkers');
    await choose(el, '[data-testid="sort"]', 'source');
    await vi.waitFor(() => expect([...el.querySelectorAll('.article-row .source')].map((s) => s.textContent)).toEqual(['AP News', 'AP News', 'Neue Zürcher Zeitung', 'Reuters', 'Reuters']));
    await choose(el, '[data-testid="sort"]', 'page');
    await vi.waitFor(() => expect(titles(el)).toEqual(MIXED.articles.map((a) => a.title)));
    // Sorting alone leaves nothing out.
    expect(count(el)).toBe('5 articles');
  });

  it('filters by time window, leaving undated stories out, and by a custom range', async () => {
    const { el } = await mountMixed();
    await choose(el, '[data-testid="time-window"]', 'day');
    await vi.waitFor(() => expect(titles(el)).toEqual(['Zürich court rules on drone exports', 'Paris wants to produce drones in Ukraine']));
    await choose(el, '[data-testid="time-window"]', 'week');
    await vi.waitFor(() => expect(titles(el)).toHaveLength(3));
    expect(titles(el)).not.toContain('An undated explainer on bunkers');
    await choose(el, '[data-testid="time-window"]', 'custom');
    // Until a bound is entered the custom range narrows nothing.
    await vi.waitFor(() => expect(titles(el)).toHaveLength(5));
    const local = (iso: string): string => {
      const d = new Date(iso);
      const pad = (n: number): string => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    };
    await typeInto(el, '[data-testid="time-from"]', local(ago(4 * 24 * 60)));
    await typeInto(el, '[data-testid="time-to"]', local(ago(60)));
    await vi.waitFor(() => expect(titles(el)).toEqual(['Zürich court rules on drone exports', 'Markets steady after the rate decision']));
    expect(count(el)).toBe('2 of 5 articles');
  });

  it('filters by one of the sources present, each offered with its count', async () => {
    const { el } = await mountMixed();
    const offered = [...el.querySelectorAll<HTMLOptionElement>('[data-testid="source"] option')].map((o) => o.textContent);
    expect(offered).toEqual(['All sources (5)', 'AP News (2)', 'Neue Zürcher Zeitung (1)', 'Reuters (2)']);
    await choose(el, '[data-testid="source"]', 'source:AP News');
    await vi.waitFor(() => expect(titles(el)).toEqual(['Markets steady after the rate decision', 'The weekly roundup']));
    await choose(el, '[data-testid="source"]', 'all');
    await vi.waitFor(() => expect(titles(el)).toHaveLength(5));
  });

  it('groups by source under headings with counts, which fold and unfold', async () => {
    const { el, connector } = await mountMixed();
    el.querySelector<HTMLInputElement>('[data-testid="group"]')!.click();
    await vi.waitFor(() => expect(el.querySelectorAll('.group-toggle')).toHaveLength(3));
    const headings = (): string[] => [...el.querySelectorAll('.group-toggle')].map((h) => `${h.querySelector('.group-name')?.textContent} ${h.querySelector('.group-count')?.textContent}`);
    expect(headings()).toEqual(['Neue Zürcher Zeitung 1', 'Reuters 2', 'AP News 2']);
    // Rows follow their heading, in the list's order.
    const order = [...el.querySelectorAll('.article-list > li')].map((li) => li.querySelector('.group-name')?.textContent ?? li.querySelector('.title')?.textContent);
    expect(order).toEqual([
      'Neue Zürcher Zeitung', 'Zürich court rules on drone exports',
      'Reuters', 'Paris wants to produce drones in Ukraine', 'An undated explainer on bunkers',
      'AP News', 'Markets steady after the rate decision', 'The weekly roundup',
    ]);
    const reuters = [...el.querySelectorAll<HTMLButtonElement>('.group-toggle')][1]!;
    expect(reuters.getAttribute('aria-expanded')).toBe('true');
    reuters.click();
    await vi.waitFor(() => expect(titles(el)).toHaveLength(3));
    expect(titles(el)).not.toContain('Paris wants to produce drones in Ukraine');
    expect(reuters.getAttribute('aria-expanded')).toBe('false');
    // Folding is a view, not a filter: the export still has every story, in the grouped list's order.
    press(el, '[data-testid="export-save"]');
    expect((JSON.parse(connector.saved[0]![2]) as ParseResult).articles.map((a) => a.position)).toEqual([0, 1, 3, 2, 4]);
    reuters.click();
    await vi.waitFor(() => expect(titles(el)).toHaveLength(5));
  });

  it('says when no article matches and clears the filters on request, keeping the sort', async () => {
    const { el } = await mountMixed();
    await choose(el, '[data-testid="sort"]', 'oldest');
    await choose(el, '[data-testid="time-window"]', 'hour');
    await typeInto(el, '[data-testid="search"]', 'bunkers');
    await vi.waitFor(() => expect(el.querySelector('[data-testid="no-match"]')?.textContent).toContain('No article matches'));
    expect(count(el)).toBe('0 of 5 articles');
    expect(el.querySelector('.article-row')).toBeNull();
    press(el, '[data-testid="no-match"] button');
    await vi.waitFor(() => expect(titles(el)).toHaveLength(5));
    expect(titles(el)[0]).toBe('The weekly roundup');
    expect(el.querySelector<HTMLInputElement>('[data-testid="search"]')!.value).toBe('');
    expect(el.querySelector<HTMLSelectElement>('[data-testid="time-window"]')!.value).toBe('any');
    expect(count(el)).toBe('5 articles');
  });

  it('exports what the list shows by default, in its order with page positions, or everything', async () => {
    const { el, connector } = await mountMixed();
    await choose(el, '[data-testid="sort"]', 'newest');
    await typeInto(el, '[data-testid="search"]', 'reuters');
    await vi.waitFor(() => expect(titles(el)).toHaveLength(2));
    expect(el.querySelector<HTMLSelectElement>('[data-testid="export-scope"]')!.selectedOptions[0]!.textContent).toBe('2 shown');
    press(el, '[data-testid="export-save"]');
    const shown = JSON.parse(connector.saved[0]![2]) as ParseResult;
    expect(shown.articles.map((a) => [a.title, a.position])).toEqual([
      ['Paris wants to produce drones in Ukraine', 1],
      ['An undated explainer on bunkers', 3],
    ]);
    expect({ ...shown, articles: [] }).toEqual({ ...MIXED, articles: [] });
    await choose(el, '[data-testid="export-scope"]', 'all');
    await choose(el, '[data-testid="export-format"]', 'csv');
    press(el, '[data-testid="export-save"]');
    expect(connector.saved[1]![2].trim().split('\r\n')).toHaveLength(6);
    await choose(el, '[data-testid="export-format"]', 'json');
    press(el, '[data-testid="export-save"]');
    // "Everything" is the page's result, byte for byte.
    expect(connector.saved[2]![2]).toBe(toJson(MIXED));
  });

  it('copies TSV and Markdown of the list and says so', async () => {
    const { el, connector } = await mountMixed();
    await typeInto(el, '[data-testid="search"]', 'ap news');
    await vi.waitFor(() => expect(titles(el)).toHaveLength(2));
    const copyButtons = [...el.querySelectorAll<HTMLButtonElement>('button[data-copy]')].map((b) => b.textContent);
    expect(copyButtons).toEqual(['Copy Markdown', 'Copy TSV']);
    press(el, 'button[data-copy="tsv"]');
    await vi.waitFor(() => expect(el.querySelector('[data-testid="export-status"]')?.textContent).toBe('Copied 2 articles as TSV.'));
    expect(connector.copied).toEqual([toTsv({ ...MIXED, articles: [MIXED.articles[2]!, MIXED.articles[4]!] })]);
    press(el, 'button[data-copy="md"]');
    await vi.waitFor(() => expect(el.querySelector('[data-testid="export-status"]')?.textContent).toBe('Copied 2 articles as Markdown.'));
    expect(connector.copied[1]).toContain('[Markets steady after the rate decision](https://example.com/2)');
    expect(connector.copied[1]).not.toContain('Paris');
  });

  it('shows why copying failed', async () => {
    const { el } = await mountMixed({ copy: async () => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError')) });
    press(el, 'button[data-copy="tsv"]');
    await vi.waitFor(() => expect(el.querySelector('[data-testid="export-status"]')?.textContent).toBe('Could not copy: Document is not focused.'));
    expect(el.querySelector('[data-testid="export-status"]')!.classList.contains('error')).toBe(true);
  });

  it('moves between rows with the arrow keys, Home and End', async () => {
    const { el, connector } = await mountMixed();
    const links = (): HTMLElement[] => [...el.querySelectorAll<HTMLElement>('.article-row a.title')];
    links()[0]!.focus();
    const key = (k: string): void => void document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    key('ArrowDown');
    expect(document.activeElement).toBe(links()[1]);
    key('End');
    expect(document.activeElement).toBe(links()[4]);
    key('ArrowUp');
    expect(document.activeElement).toBe(links()[3]);
    key('Home');
    expect(document.activeElement).toBe(links()[0]);
    // Keyboard focus outlines the story on the page, as the pointer does.
    expect(connector.calls.filter((c) => c.startsWith('highlight:'))).toEqual(['highlight:a0', 'highlight:a1', 'highlight:a4', 'highlight:a3', 'highlight:a0']);
  });
});

describe('the popup with 5,000 articles', () => {
  const BIG: ParseResult = {
    ...MIXED,
    articles: Array.from({ length: 5000 }, (_, i) => makeArticle(i, `Generated story number ${i}`, `Source ${i % 17}`, ago(i), `source${i % 17}.example`)),
  };

  it('renders only the rows in view, yet reaches the last one from the keyboard', async () => {
    const started = performance.now();
    const el = mount(fakeConnector({ state: async () => pageState(BIG) }));
    await vi.waitFor(() => expect(el.querySelector('.article-row')).not.toBeNull());
    const firstRender = performance.now() - started;
    console.info(`popup, 5,000 articles: first rows after ${firstRender.toFixed(0)} ms (jsdom)`);
    expect(count(el)).toBe('5,000 articles');
    const rendered = el.querySelectorAll('.article-row').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    el.querySelector<HTMLElement>('.article-row a.title')!.focus();
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Generated story number 4999'));
    expect(el.querySelectorAll('.article-row').length).toBeLessThan(60);
    // A search over all 5,000 answers with the few that match.
    await typeInto(el, '[data-testid="search"]', 'number 4242');
    await vi.waitFor(() => expect(titles(el)).toEqual(['Generated story number 4242']));
    expect(count(el)).toBe('1 of 5,000 articles');
  });
});

describe('the popup in German', () => {
  it('speaks German, with German plurals, numbers and dates', async () => {
    useLocale('de');
    const el = mount(fakeConnector());
    await vi.waitFor(() => expect(el.querySelectorAll('.article-row')).toHaveLength(2));
    expect(count(el)).toBe('2 Artikel');
    expect([...el.querySelectorAll('button')].map((b) => b.textContent)).toContain('Einstellungen');
    expect([...el.querySelectorAll('[data-testid="sort"] option')].map((o) => o.textContent)).toEqual(['Reihenfolge der Seite', 'Neueste zuerst', 'Älteste zuerst', 'Quelle A–Z']);
    expect(el.querySelector('.locate')?.textContent).toBe('Auf der Seite zeigen');
    // 16:00 UTC on 8 June 2025 in German (the hour depends on the test machine's zone); its age counts from the real now.
    expect(el.querySelector('.article-row time')?.textContent).toMatch(/^≈ 8\. Juni, \d{1,2}:00 · (vor |letzt)/);
    await typeInto(el, '[data-testid="search"]', 'First');
    expect(count(el)).toBe('1 von 2 Artikeln');
    await choose(el, '[data-testid="export-scope"]', 'shown');
    expect(el.querySelector('[data-testid="export-scope"] option')?.textContent).toBe('1 angezeigte');
  });
});
