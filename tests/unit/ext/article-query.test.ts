import { describe, expect, it } from 'vitest';
import type { Article } from '../../../core/types';
import { makeArticle } from '../../helpers/articles';
import {
  DEFAULT_QUERY,
  filterArticles,
  fold,
  groupBySource,
  isFiltered,
  parseLocalDateTime,
  queryArticles,
  sortArticles,
  sourceCounts,
  type ArticleQuery,
} from '../../../utils/article-query';

const NOW = new Date('2025-06-08T18:00:00Z');
const ago = (minutes: number): string => new Date(NOW.getTime() - minutes * 60_000).toISOString();

const article = makeArticle;

// Page order is position order; times deliberately out of order.
const ARTICLES: Article[] = [
  article(0, 'Zürich court rules on drone exports', 'Neue Zürcher Zeitung', ago(120), 'nzz.ch'),
  article(1, 'Paris wants to produce drones in Ukraine', 'Reuters', ago(30), 'reuters.com'),
  article(2, 'Markets steady after the rate decision', 'AP News', ago(3 * 24 * 60), 'apnews.com'),
  article(3, 'An undated explainer on bunkers', 'reuters', null, 'reuters.com'),
  article(4, 'The weekly roundup', 'AP News', ago(10 * 24 * 60), 'apnews.com'),
  article(5, 'A story from a block that names no source', null, ago(90)),
];

const q = (patch: Partial<ArticleQuery>): ArticleQuery => ({ ...DEFAULT_QUERY, ...patch });
const titlesOf = (list: Article[]): number[] => list.map((a) => a.position);

describe('search', () => {
  it('folds case and accents, on both sides', () => {
    expect(fold('Zürich ÉCOLE Straße Øresund Łódź')).toBe('zurich ecole strasse oresund lodz');
    expect(titlesOf(filterArticles(ARTICLES, q({ text: 'ZURICH' }), NOW))).toEqual([0]);
    expect(titlesOf(filterArticles(ARTICLES, q({ text: 'zürich court' }), NOW))).toEqual([0]);
  });

  it('finds words in the title, the source name or its domain, every word somewhere', () => {
    expect(titlesOf(filterArticles(ARTICLES, q({ text: 'reuters' }), NOW))).toEqual([1, 3]);
    expect(titlesOf(filterArticles(ARTICLES, q({ text: 'apnews' }), NOW))).toEqual([2, 4]);
    expect(titlesOf(filterArticles(ARTICLES, q({ text: '  drones   reuters ' }), NOW))).toEqual([1]);
    expect(titlesOf(filterArticles(ARTICLES, q({ text: 'drones bunkers' }), NOW))).toEqual([]);
  });

  it('does not match across the end of one field and the start of the next', () => {
    // "…exports" + "Neue…": a word that only exists glued across the two fields.
    expect(filterArticles(ARTICLES, q({ text: 'exportsneue' }), NOW)).toEqual([]);
  });

  it('keeps everything for an empty or blank search', () => {
    expect(filterArticles(ARTICLES, q({ text: '   ' }), NOW)).toHaveLength(ARTICLES.length);
  });
});

describe('time windows', () => {
  it('"any time" keeps articles without a time; every window leaves them out', () => {
    expect(titlesOf(filterArticles(ARTICLES, q({ window: 'any' }), NOW))).toContain(3);
    for (const window of ['hour', 'day', 'week'] as const) {
      expect(titlesOf(filterArticles(ARTICLES, q({ window }), NOW))).not.toContain(3);
    }
  });

  it('counts the last hour, 24 hours and 7 days back from now', () => {
    expect(titlesOf(filterArticles(ARTICLES, q({ window: 'hour' }), NOW))).toEqual([1]);
    expect(titlesOf(filterArticles(ARTICLES, q({ window: 'day' }), NOW))).toEqual([0, 1, 5]);
    expect(titlesOf(filterArticles(ARTICLES, q({ window: 'week' }), NOW))).toEqual([0, 1, 2, 5]);
  });

  it('includes an article exactly at the edge of a window', () => {
    const edge = [article(0, 'Exactly one hour old', 'X', ago(60)), article(1, 'A minute older', 'X', ago(61))];
    expect(titlesOf(filterArticles(edge, q({ window: 'hour' }), NOW))).toEqual([0]);
  });

  it('keeps a custom range with both bounds inclusive, either side open', () => {
    const from = Date.parse(ago(120));
    const to = Date.parse(ago(30));
    expect(titlesOf(filterArticles(ARTICLES, q({ window: 'custom', from, to }), NOW))).toEqual([0, 1, 5]);
    expect(titlesOf(filterArticles(ARTICLES, q({ window: 'custom', from: null, to: Date.parse(ago(100)) }), NOW))).toEqual([0, 2, 4]);
    expect(titlesOf(filterArticles(ARTICLES, q({ window: 'custom', from: Date.parse(ago(100)), to: null }), NOW))).toEqual([1, 5]);
  });

  it('a custom range not filled in yet narrows nothing, and is not a filter', () => {
    const unset = q({ window: 'custom' });
    expect(filterArticles(ARTICLES, unset, NOW)).toHaveLength(ARTICLES.length);
    expect(isFiltered(unset)).toBe(false);
    expect(isFiltered(q({ window: 'custom', to: 0 }))).toBe(true);
  });
});

describe('the source filter', () => {
  it('keeps one source, by the name it shows', () => {
    expect(titlesOf(filterArticles(ARTICLES, q({ source: 'AP News' }), NOW))).toEqual([2, 4]);
  });

  it("keeps the articles that name no source under ''", () => {
    expect(titlesOf(filterArticles(ARTICLES, q({ source: '' }), NOW))).toEqual([5]);
  });

  it('offers the sources present A–Z with their counts, those without a source last', () => {
    expect(sourceCounts(ARTICLES)).toEqual([
      { key: 'AP News', count: 2 },
      { key: 'Neue Zürcher Zeitung', count: 1 },
      { key: 'Reuters', count: 1 },
      { key: 'reuters', count: 1 },
      { key: '', count: 1 },
    ]);
  });
});

describe('sorting', () => {
  it('page order follows the positions on the page', () => {
    expect(titlesOf(sortArticles([...ARTICLES].reverse(), 'page'))).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('newest and oldest put articles without a time last', () => {
    expect(titlesOf(sortArticles(ARTICLES, 'newest'))).toEqual([1, 5, 0, 2, 4, 3]);
    expect(titlesOf(sortArticles(ARTICLES, 'oldest'))).toEqual([4, 2, 0, 5, 1, 3]);
  });

  it('keeps page order between articles of the same time', () => {
    const same = [article(2, 'b', 'X', ago(5)), article(0, 'a', 'X', ago(5)), article(1, 'c', 'X', null), article(3, 'd', 'X', null)];
    expect(titlesOf(sortArticles(same, 'newest'))).toEqual([0, 2, 1, 3]);
    expect(titlesOf(sortArticles(same, 'oldest'))).toEqual([0, 2, 1, 3]);
  });

  it('source A–Z ignores case and accents, keeps page order within a source, puts no source last', () => {
    const list = [article(0, 'x', 'zeit', null), article(1, 'x', 'Éclair', null), article(2, 'x', null, null), article(3, 'x', 'ap', null), article(4, 'x', 'AP', null)];
    expect(titlesOf(sortArticles(list, 'source'))).toEqual([3, 4, 1, 0, 2]);
  });

  it('returns a new array and leaves the page’s list as it was', () => {
    const before = titlesOf(ARTICLES);
    const out = queryArticles(ARTICLES, q({ sort: 'newest' }), NOW);
    expect(out).not.toBe(ARTICLES);
    expect(titlesOf(ARTICLES)).toEqual(before);
  });

  it('filters, then sorts', () => {
    expect(titlesOf(queryArticles(ARTICLES, q({ window: 'week', sort: 'oldest', text: 'r' }), NOW))).toEqual([2, 0, 5, 1]);
  });
});

describe('grouping', () => {
  it('groups by source in the order of each source’s first article, with the articles in the order given', () => {
    const groups = groupBySource(sortArticles(ARTICLES, 'newest'));
    expect(groups.map((g) => [g.key, titlesOf(g.articles)])).toEqual([
      ['Reuters', [1]],
      ['', [5]],
      ['Neue Zürcher Zeitung', [0]],
      ['AP News', [2, 4]],
      ['reuters', [3]],
    ]);
  });

  it('falls back on the domain where a block names no source', () => {
    const groups = groupBySource([article(0, 'x', null, null, 'bbc.co.uk'), article(1, 'y', null, null, 'bbc.co.uk')]);
    expect(groups).toEqual([{ key: 'bbc.co.uk', articles: expect.any(Array) }]);
    expect(groups[0]!.articles).toHaveLength(2);
  });
});

describe('isFiltered', () => {
  it('is true for a search, a window or a source, and false for a sort alone', () => {
    expect(isFiltered(DEFAULT_QUERY)).toBe(false);
    expect(isFiltered(q({ sort: 'oldest' }))).toBe(false);
    expect(isFiltered(q({ text: ' ' }))).toBe(false);
    expect(isFiltered(q({ text: 'x' }))).toBe(true);
    expect(isFiltered(q({ window: 'hour' }))).toBe(true);
    expect(isFiltered(q({ source: '' }))).toBe(true);
  });
});

describe('parseLocalDateTime', () => {
  it('reads a datetime-local value in the reader’s zone', () => {
    expect(parseLocalDateTime('2025-06-08T14:30')).toBe(new Date(2025, 5, 8, 14, 30).getTime());
    expect(parseLocalDateTime('2025-06-08T14:30:15.5')).toBe(new Date(2025, 5, 8, 14, 30, 15, 500).getTime());
  });

  it('as an upper bound, reaches the end of the minute it names', () => {
    expect(parseLocalDateTime('2025-06-08T14:30', true)).toBe(new Date(2025, 5, 8, 14, 30, 59, 999).getTime());
    expect(parseLocalDateTime('2025-06-08T14:30:15', true)).toBe(new Date(2025, 5, 8, 14, 30, 15, 999).getTime());
  });

  it('gives null for an empty, partial or impossible value', () => {
    for (const value of ['', '2025-06-08', '2025-02-31T10:00', 'yesterday', '2025-13-01T00:00']) expect(parseLocalDateTime(value)).toBeNull();
  });
});
