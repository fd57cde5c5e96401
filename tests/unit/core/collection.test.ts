import { describe, expect, it } from 'vitest';
import { collectionKey, canonicalUrl } from '../../../core/collection/key';
import { addSighting, joinCollections } from '../../../core/collection/merge';
import { readCollection } from '../../../core/collection/read';
import { toStored } from '../../../core/collection/stored';
import { storedBytes } from '../../../core/collection/size';
import { COLLECTION_VERSION, EMPTY_COLLECTION, MAX_PAGES_PER_ENTRY, type Collection } from '../../../core/collection/types';
import { collectedArticles, collectionResult } from '../../../core/collection/view';
import { toCsv } from '../../../core/export/csv';
import { problemsOf } from '../../../core/validate';
import type { Article } from '../../../core/types';
import { makeArticle } from '../../helpers/articles';

const T1 = '2026-03-01T10:00:00.000Z';
const T2 = '2026-03-01T11:00:00.000Z';
const T3 = '2026-03-02T09:00:00.000Z';

const withUrl = (a: Article, url: string | null): Article => ({ ...a, url });
const collect = (c: Collection, pageUrl: string, seenAt: string, articles: Article[]) => addSighting(c, { pageUrl, seenAt, articles });

describe('what makes two sightings the same story', () => {
  it('is the link, whatever its scheme, "www.", fragment or trailing slash', () => {
    expect(canonicalUrl('https://www.example.com/story/1/#comments')).toBe(canonicalUrl('http://example.com/story/1'));
    expect(canonicalUrl('https://example.com/story/1?id=2')).not.toBe(canonicalUrl('https://example.com/story/1?id=3'));
  });

  it('is the source and the title when there is no link, in any case and spacing', () => {
    const a = withUrl(makeArticle(1, 'Rates  rise again', 'Reuters', null), null);
    const b = withUrl(makeArticle(2, 'rates rise AGAIN', 'reuters', null), null);
    const c = withUrl(makeArticle(3, 'Rates rise again', 'AP News', null), null);
    expect(collectionKey(a)).toBe(collectionKey(b));
    expect(collectionKey(a)).not.toBe(collectionKey(c));
  });
});

describe('adding a page to the collection', () => {
  it('keeps each story once, with when it was first and last seen and the pages it was seen on', () => {
    const first = collect(EMPTY_COLLECTION, 'https://news.example/a', T1, [makeArticle(1, 'One', 'Reuters', T1), makeArticle(2, 'Two', 'AP', T1)]);
    expect(first).toMatchObject({ added: 2, seenAgain: 0 });
    const again = [withUrl(makeArticle(1, 'Two', 'AP', T1), 'https://www.example.com/2/'), makeArticle(3, 'Three', 'BBC', T2)];
    const second = collect(first.collection, 'https://news.example/b', T2, again);
    expect(second).toMatchObject({ added: 1, seenAgain: 1 });
    const [one, two, three] = second.collection.entries;
    expect(second.collection.entries).toHaveLength(3);
    expect(one).toMatchObject({ firstSeen: T1, lastSeen: T1, pages: ['https://news.example/a'] });
    expect(two).toMatchObject({ firstSeen: T1, lastSeen: T2, pages: ['https://news.example/a', 'https://news.example/b'] });
    expect(three).toMatchObject({ firstSeen: T2, lastSeen: T2 });
  });

  it('keeps the first reading of a story, filling only what it lacked, and prefers an exact time to one read from text', () => {
    const vague: Article = { ...makeArticle(1, 'One', 'Reuters', T1), snippet: null, time: { text: '5 hours ago', from: 'text', earliest: T1, latest: T2 } };
    const exact: Article = { ...makeArticle(1, 'One (updated)', 'Reuters', T2), snippet: 'Teaser', time: { text: null, from: 'attribute', earliest: T2, latest: T2 } };
    const c = collect(collect(EMPTY_COLLECTION, 'https://p/1', T1, [vague]).collection, 'https://p/2', T3, [exact]).collection;
    expect(c.entries[0]!.article).toMatchObject({ title: 'One', snippet: 'Teaser', publishedAt: T2, time: { from: 'attribute' } });
  });

  it('remembers at most the latest pages a story was seen on', () => {
    let c: Collection = EMPTY_COLLECTION;
    for (let i = 0; i < MAX_PAGES_PER_ENTRY + 5; i++) c = collect(c, `https://p/${i}`, T1, [makeArticle(1, 'One', 'R', T1)]).collection;
    expect(c.entries[0]!.pages).toHaveLength(MAX_PAGES_PER_ENTRY);
    expect(c.entries[0]!.pages.at(-1)).toBe(`https://p/${MAX_PAGES_PER_ENTRY + 4}`);
  });

  it('does not change the collection it was given', () => {
    const before = collect(EMPTY_COLLECTION, 'https://p/1', T1, [makeArticle(1, 'One', 'R', T1)]).collection;
    const snapshot = structuredClone(before);
    collect(before, 'https://p/2', T2, [makeArticle(1, 'One', 'R', T1), makeArticle(2, 'Two', 'R', T1)]);
    expect(before).toEqual(snapshot);
  });
});

describe('undoing a clear', () => {
  it('puts the cleared stories back first and keeps what was collected since', () => {
    const cleared = collect(EMPTY_COLLECTION, 'https://p/1', T1, [makeArticle(1, 'One', 'R', T1), makeArticle(2, 'Two', 'R', T1)]).collection;
    const since = collect(EMPTY_COLLECTION, 'https://p/2', T3, [makeArticle(2, 'Two', 'R', T1), makeArticle(3, 'Three', 'R', T1)]).collection;
    const joined = joinCollections(cleared, since);
    expect(joined.entries.map((e) => e.article.title)).toEqual(['One', 'Two', 'Three']);
    expect(joined.entries[1]).toMatchObject({ firstSeen: T1, lastSeen: T3, pages: ['https://p/1', 'https://p/2'] });
  });
});

describe('reading what storage holds', () => {
  const stored = collect(EMPTY_COLLECTION, 'https://p/1', T1, [makeArticle(1, 'One', 'R', T1), makeArticle(2, 'Two', 'R', T1)]).collection;

  it('starts empty when nothing (or nothing usable) is stored', () => {
    for (const raw of [null, undefined, 'text', 42, []]) expect(readCollection(raw)).toEqual({ ok: true, collection: EMPTY_COLLECTION, dropped: 0 });
  });

  it('reads back what it stored, with each page address written once', () => {
    const twice = collect(stored, 'https://p/2', T2, [makeArticle(1, 'One', 'R', T1), makeArticle(2, 'Two', 'R', T1)]).collection;
    const form = toStored(twice);
    expect(form).toMatchObject({ version: COLLECTION_VERSION, pages: ['https://p/1', 'https://p/2'] });
    expect(form.entries.map((e) => e.pages)).toEqual([[0, 1], [0, 1]]);
    expect(readCollection(JSON.parse(JSON.stringify(form)))).toEqual({ ok: true, collection: twice, dropped: 0 });
  });

  it('migrates a version 1 collection (addresses inside each entry) without losing a story or a page', () => {
    const v1 = { version: 1, entries: stored.entries.map((e) => ({ ...e, pages: [...e.pages, 'https://p/0'] })) };
    const read = readCollection(JSON.parse(JSON.stringify(v1)));
    expect(read).toEqual({ ok: true, collection: { entries: v1.entries }, dropped: 0 });
    // Written again, it is a version 2 collection.
    if (read.ok) expect(toStored(read.collection)).toMatchObject({ version: 2, pages: ['https://p/1', 'https://p/0'] });
  });

  it('keeps every well-formed entry and drops (and counts) broken or repeated ones', () => {
    const form = toStored(stored);
    const broken = { ...form, entries: [...form.entries, { key: 'x' }, form.entries[0], { ...form.entries[1], firstSeen: 'yesterday' }, { ...form.entries[1], key: 'k', pages: [7] }] };
    const read = readCollection(JSON.parse(JSON.stringify(broken)));
    expect(read).toEqual({ ok: true, collection: stored, dropped: 4 });
  });

  it('refuses a collection written by a newer Byline rather than misread it', () => {
    expect(readCollection({ version: COLLECTION_VERSION + 1, entries: [] })).toEqual({ ok: false, version: COLLECTION_VERSION + 1 });
  });
});

describe('the collection as a list and an export', () => {
  const c = collect(collect(EMPTY_COLLECTION, 'https://p/1', T1, [makeArticle(1, 'One', 'R', T1)]).collection, 'https://p/2', T2, [
    makeArticle(1, 'One', 'R', T1),
    makeArticle(2, 'Two', 'AP', T1),
  ]).collection;

  it('is a valid ParseResult whose articles say when and where each was seen', () => {
    const result = collectionResult(collectedArticles(c), new Date(T3));
    expect(problemsOf(result)).toEqual([]);
    expect(result.articles[0]).toMatchObject({ id: 'c1', position: 1, collected: { firstSeen: T1, lastSeen: T2, pages: ['https://p/1', 'https://p/2'] } });
  });

  it('writes first and last sighting and the pages into its CSV, the page being the latest one', () => {
    const csv = toCsv(collectionResult(collectedArticles(c), new Date(T3)));
    const [header, row] = csv.split('\r\n');
    expect(header).toMatch(/,page_url,captured_at,first_seen,last_seen,seen_on$/);
    expect(row).toMatch(new RegExp(`,https://p/2,${T2},${T1},${T2},https://p/1 https://p/2$`));
  });
});

describe('storage use', () => {
  it('counts bytes as UTF-8, as the browsers count their quota', () => {
    expect(storedBytes('k', 'é')).toBe(1 + 4); // "k" + the quoted two-byte character
    expect(storedBytes('k', '😀')).toBe(1 + 6);
  });
});
