import { describe, expect, it, vi } from 'vitest';
import Papa from 'papaparse';
import { COLLECTION_VERSION } from '../../../core/collection/types';
import { CollectionWriter } from '../../../utils/collection-writer';
import { makeArticle } from '../../helpers/articles';
import { memoryCollections, memoryStore } from '../../helpers/collections';
import { fakeConnector, mount, press, rendered, typeInto } from '../../helpers/popup';
import { useLocale } from '../../helpers/i18n';

const seenAt = '2026-03-01T10:00:00.000Z';
const stories = (...titles: string[]) => titles.map((title, i) => makeArticle(i + 1, title, i % 2 ? 'AP News' : 'Reuters', seenAt));

/** A collection filled through the writer, as the background fills it, and the popup opened on its view. */
async function openCollection(titles: string[], writer?: (store: ReturnType<typeof memoryStore>) => CollectionWriter) {
  const store = memoryStore();
  const w = writer ? writer(store) : new CollectionWriter(store);
  if (titles.length) await w.add({ pageUrl: 'https://news.example/front', seenAt, articles: stories(...titles) });
  const collections = memoryCollections(store, w);
  const connector = fakeConnector();
  const el = mount(connector, collections);
  await rendered();
  press(el, '[data-testid="tab-collection"]');
  await settled();
  return { el, store, writer: w, collections, connector };
}

/** Storage answers, then the view asks how the latest write went: a few turns before the popup shows it all. */
async function settled(): Promise<void> {
  for (let i = 0; i < 5; i++) await rendered();
}

const titles = (el: HTMLElement): string[] => [...el.querySelectorAll('.article-row .title')].map((t) => t.textContent ?? '');
const text = (el: HTMLElement, id: string): string | undefined => el.querySelector(`[data-testid="${id}"]`)?.textContent ?? undefined;

describe('the collection view', () => {
  it('lists the collected articles with the same search as a page, and says how much room they take', async () => {
    const { el } = await openCollection(['Rates rise', 'Storm nears coast', 'Rates fall']);
    expect(el.querySelector('[data-testid="tab-collection"]')?.getAttribute('aria-selected')).toBe('true');
    expect(titles(el)).toEqual(['Rates rise', 'Storm nears coast', 'Rates fall']);
    expect(text(el, 'count')).toBe('3 articles');
    // Each row says where the story was last seen; its tooltip gives the first and last sighting and every page.
    const seen = el.querySelector<HTMLElement>('.article-row .seen')!;
    expect(seen.textContent).toBe('seen on news.example');
    expect(seen.title).toMatch(/^First seen .+, last seen .+, on:\nhttps:\/\/news\.example\/front$/);
    expect(text(el, 'collection-usage')).toMatch(/^\d+(\.\d)? kB of 10 MB$/);
    await typeInto(el, 'input[type="search"]', 'rates');
    expect(titles(el)).toEqual(['Rates rise', 'Rates fall']);
  });

  it('exports the collection, each row with when and where it was seen, under a collection file name', async () => {
    const { el, connector } = await openCollection(['Rates rise', 'Storm nears coast']);
    const format = el.querySelector<HTMLSelectElement>('[data-testid="export-format"]')!;
    format.value = 'csv';
    format.dispatchEvent(new Event('change', { bubbles: true }));
    await rendered();
    press(el, '[data-testid="export-save"]');
    const [name, , csv] = connector.saved[0]!;
    expect(name).toMatch(/^byline-collection-\d{8}-\d{4}\.csv$/);
    const rows = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;
    expect(rows.map((r) => [r.title, r.first_seen, r.seen_on])).toEqual([
      ['Rates rise', seenAt, 'https://news.example/front'],
      ['Storm nears coast', seenAt, 'https://news.example/front'],
    ]);
  });

  it('turns collecting on and off with its switch', async () => {
    const { el, collections } = await openCollection([]);
    expect(text(el, 'collection-empty')).toMatch(/Turn on the switch/);
    press(el, '[data-testid="collect-switch"]');
    await rendered();
    expect(collections.on).toBe(true);
    expect(el.querySelector<HTMLInputElement>('[data-testid="collect-switch"]')!.checked).toBe(true);
  });

  it('asks before clearing, and can undo a clear', async () => {
    const { el, store } = await openCollection(['Rates rise', 'Storm nears coast']);
    press(el, '[data-testid="collection-clear"]');
    await rendered();
    expect(titles(el)).toHaveLength(2); // nothing removed yet: only the question is asked
    press(el, '[data-testid="collection-clear-yes"]');
    await settled();
    expect(titles(el)).toEqual([]);
    expect(text(el, 'collection-cleared')).toMatch(/^Removed 2 articles\./);
    press(el, '[data-testid="collection-undo"]');
    await settled();
    expect(titles(el)).toEqual(['Rates rise', 'Storm nears coast']);
    expect(store.value).toMatchObject({ version: COLLECTION_VERSION });
  });

  it('says when the browser refused to save new articles, and still lists everything collected before', async () => {
    const { el, store, writer } = await openCollection(['Rates rise']);
    store.fail = new Error('QUOTA_BYTES quota exceeded');
    await writer.add({ pageUrl: 'https://news.example/2', seenAt, articles: stories('Storm nears coast') });
    // The popup asks how the latest write went when it opens the view.
    press(el, '[data-testid="tab-page"]');
    await rendered();
    press(el, '[data-testid="tab-collection"]');
    await settled();
    await vi.waitFor(() => expect(text(el, 'collection-warning')).toMatch(/did not save the latest articles \(QUOTA_BYTES quota exceeded\)/));
    expect(titles(el)).toEqual(['Rates rise']);
  });

  it('warns when the collection is full', async () => {
    const { el, writer } = await openCollection(['Rates rise'], (store) => new CollectionWriter(store, 1500));
    await writer.add({ pageUrl: 'https://news.example/2', seenAt, articles: stories('A', 'B', 'C', 'D', 'E') });
    press(el, '[data-testid="tab-page"]');
    await rendered();
    press(el, '[data-testid="tab-collection"]');
    await settled();
    await vi.waitFor(() => expect(text(el, 'collection-warning')).toMatch(/^The collection is full: \d new articles? (was|were) not saved/));
  });

  it('leaves a collection from a newer Byline alone and says why it shows nothing', async () => {
    const store = memoryStore({ version: COLLECTION_VERSION + 1, somethingNew: [] });
    const el = mount(fakeConnector(), memoryCollections(store));
    await rendered();
    press(el, '[data-testid="tab-collection"]');
    await settled();
    await vi.waitFor(() => expect(text(el, 'collection-warning')).toMatch(/newer version of Byline/));
    expect(el.querySelector('[data-testid="collection-clear"]')).toBeNull();
  });

  it('speaks German in a German browser', async () => {
    useLocale('de');
    const { el } = await openCollection(['Rates rise', 'Storm nears coast']);
    expect(el.querySelector('[data-testid="tab-collection"]')?.textContent).toBe('Sammlung');
    expect(text(el, 'collection-usage')).toMatch(/ von 10 MB$/);
    press(el, '[data-testid="collection-clear"]');
    await rendered();
    expect(el.querySelector('.collection-clear')?.textContent).toMatch(/Alle 2 gesammelten Artikel entfernen\?/);
  });
});
