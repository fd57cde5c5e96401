/**
 * What the popup's list shows: the page's articles searched, filtered by time and source, sorted and grouped. Pure
 * functions of (articles, query, now), so the list, the export of "what the list shows" and the tests agree.
 */
import type { Article } from '../core/types';

export type SortOrder = 'page' | 'newest' | 'oldest' | 'source';
export type TimeWindow = 'any' | 'hour' | 'day' | 'week' | 'custom';

export interface ArticleQuery {
  /** Words to find in the title or the source, case- and accent-insensitive; every word must occur. */
  text: string;
  sort: SortOrder;
  window: TimeWindow;
  /** Bounds of the custom window in epoch ms, both inclusive; null leaves that side open. Read only for 'custom'. */
  from: number | null;
  to: number | null;
  /** The one source to keep (a key from sourceKey); null keeps every source. */
  source: string | null;
}

export const DEFAULT_QUERY: ArticleQuery = { text: '', sort: 'page', window: 'any', from: null, to: null, source: null };

const HOUR = 3_600_000;
const SPANS: Record<Exclude<TimeWindow, 'any' | 'custom'>, number> = { hour: HOUR, day: 24 * HOUR, week: 7 * 24 * HOUR };

/** The source an article is listed and grouped under: the name it shows, else its domain; '' when it has neither. */
export function sourceKey(article: Article): string {
  return article.source.name ?? article.source.domain ?? '';
}

/** The instants a time window keeps, or null when it keeps everything (undated articles included). */
export function windowBounds(query: ArticleQuery, now: Date): { from: number; to: number } | null {
  if (query.window === 'any') return null;
  if (query.window === 'custom') {
    // A custom window without either bound has not been set yet: it narrows nothing.
    if (query.from === null && query.to === null) return null;
    return { from: query.from ?? -Infinity, to: query.to ?? Infinity };
  }
  return { from: now.getTime() - SPANS[query.window], to: Infinity };
}

/** True when the query leaves out anything at all (sorting alone does not). */
export function isFiltered(query: ArticleQuery): boolean {
  const unsetCustom = query.window === 'custom' && query.from === null && query.to === null;
  return query.text.trim() !== '' || query.source !== null || (query.window !== 'any' && !unsetCustom);
}

// Letters NFKD leaves whole but a reader types without their mark.
const FOLDS: Record<string, string> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ı: 'i', þ: 'th' };

/** Lower case without accents: "Zürich" and "zurich", "Øresund" and "oresund" read the same. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßøæœłđıþ]/g, (c) => FOLDS[c] ?? c);
}

// Folding 5,000 titles on each keystroke is the costly part of a search; articles are immutable values, so keep it.
const haystacks = new WeakMap<Article, string>();
function haystack(article: Article): string {
  let text = haystacks.get(article);
  if (text === undefined) {
    // A line break between the fields: a search word (which has no spaces) never matches across two of them.
    text = fold([article.title, article.source.name ?? '', article.source.domain ?? ''].join('\n'));
    haystacks.set(article, text);
  }
  return text;
}

function timeOf(article: Article): number | null {
  if (!article.publishedAt) return null;
  const t = Date.parse(article.publishedAt);
  return Number.isNaN(t) ? null : t;
}

export function filterArticles(articles: readonly Article[], query: ArticleQuery, now: Date): Article[] {
  const words = fold(query.text).split(/\s+/).filter(Boolean);
  const bounds = windowBounds(query, now);
  return articles.filter((a) => {
    if (query.source !== null && sourceKey(a) !== query.source) return false;
    if (bounds) {
      const t = timeOf(a);
      if (t === null || t < bounds.from || t > bounds.to) return false;
    }
    if (words.length) {
      const text = haystack(a);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** A new array in the query's order; ties (and articles without a time or source, which go last) keep page order. */
export function sortArticles(articles: readonly Article[], sort: SortOrder): Article[] {
  const byPage = (a: Article, b: Article): number => a.position - b.position;
  if (sort === 'page') return [...articles].sort(byPage);
  if (sort === 'source') {
    return [...articles].sort((a, b) => {
      const [x, y] = [sourceKey(a), sourceKey(b)];
      if (!x || !y) return x === y ? byPage(a, b) : x ? -1 : 1;
      return collator.compare(x, y) || byPage(a, b);
    });
  }
  const sign = sort === 'newest' ? -1 : 1;
  const keyed = articles.map((article) => ({ article, t: timeOf(article) }));
  keyed.sort((a, b) => {
    if (a.t === null || b.t === null) return a.t === b.t ? byPage(a.article, b.article) : a.t === null ? 1 : -1;
    return sign * (a.t - b.t) || byPage(a.article, b.article);
  });
  return keyed.map((k) => k.article);
}

/** The articles the list shows, in the order it shows them. */
export function queryArticles(articles: readonly Article[], query: ArticleQuery, now: Date): Article[] {
  return sortArticles(filterArticles(articles, query, now), query.sort);
}

export interface ArticleGroup {
  /** sourceKey of its articles ('' for those without a source). */
  key: string;
  articles: Article[];
}

/** Articles by source; groups in the order their first article comes, articles in the order given. */
export function groupBySource(articles: readonly Article[]): ArticleGroup[] {
  const groups = new Map<string, Article[]>();
  for (const a of articles) {
    const key = sourceKey(a);
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  return [...groups].map(([key, list]) => ({ key, articles: list }));
}

/** The sources present, A–Z (those without one last), with how many articles each has: the source filter's choices. */
export function sourceCounts(articles: readonly Article[]): Array<{ key: string; count: number }> {
  return groupBySource(sortArticles(articles, 'source')).map((g) => ({ key: g.key, count: g.articles.length }));
}

/**
 * A datetime-local value ("2025-06-08T14:30") as an instant in the reader's zone; null when empty or invalid. With
 * `end`, the last millisecond of the minute (or second) it names, so an upper bound of 14:30 keeps 14:30:20.
 */
export function parseLocalDateTime(value: string, end = false): number | null {
  const m = /^(\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s = '0', ms = '0'] = m.slice(1).map((p) => p ?? '0') as string[];
  const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(ms.padEnd(3, '0')));
  // new Date rolls 31 February over into March; a value the input could not have produced is no bound.
  if (date.getMonth() !== Number(mo) - 1 || date.getDate() !== Number(d)) return null;
  if (!end || m[7] !== undefined) return date.getTime();
  return date.getTime() + (m[6] === undefined ? 59_999 : 999);
}
