/**
 * Scores parser output against the hand-written expected outputs of the shared corpus: block recall and precision, and
 * source, time (within the tolerance the text allows) and URL accuracy. Pure; used by `npm run accuracy` and the tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { documentFromHtml } from '../cli/dom';
import { parsePage } from '../core/parse';
import type { Adapter, Article, ParseResult } from '../core/types';
import { Budget } from '../core/budget';

const ROOT = resolve(import.meta.dirname, '..');
export const CORPUS_DIR = process.env.BYLINE_CORPUS ?? resolve(ROOT, '..', 'shared', 'corpus');
export const EXPECTED_DIR = join(ROOT, 'tests', 'corpus');
/** Pages written by hand for sites without an adapter (and other markup generations of adapted ones): see its README. */
export const PROBE_DIR = join(ROOT, 'tests', 'probe');

export interface ExpectedCorpusArticle {
  title: string;
  titles?: string[];
  url: string | null;
  source: string | string[] | null;
  publishedAt: string | null;
  tolerance?: number;
  sponsored?: boolean;
}

export interface ExpectedCorpusPage {
  file: string;
  url: string;
  now: string;
  nowEvidence: string;
  adapter: string;
  articles: ExpectedCorpusArticle[];
}

export interface Ratio {
  hit: number;
  of: number;
}

export interface PageScore {
  file: string;
  expected: number;
  found: number;
  recall: Ratio;
  precision: Ratio;
  source: Ratio;
  time: Ratio;
  url: Ratio;
  adapter: string | null;
  /** Human-readable misses, for fixing the parser. */
  misses: string[];
}

export function corpusAvailable(): boolean {
  return existsSync(CORPUS_DIR);
}

export function expectedPages(dir = EXPECTED_DIR): ExpectedCorpusPage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as ExpectedCorpusPage);
}

/** The hand-written probe pages' expected outputs (tests/probe), in the corpus format. */
export function probePages(): ExpectedCorpusPage[] {
  return expectedPages(PROBE_DIR);
}

/**
 * Each page scored in a turn of the event loop of its own. jsdom finishes loading a document in a later task and keeps
 * its window alive until then: scored in one synchronous run, a thousand pages' windows would all stay in the heap.
 */
export async function scoredInTurn(pages: ExpectedCorpusPage[], parse: (page: ExpectedCorpusPage) => ParseResult): Promise<PageScore[]> {
  const scores: PageScore[] = [];
  for (const page of pages) {
    scores.push(scorePage(page, parse(page)));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return scores;
}

/** The parse of a probe page (tests/probe). */
export function parseProbePage(page: ExpectedCorpusPage): ParseResult {
  return parseCorpusPage(page, undefined, PROBE_DIR);
}

/** The parse of a corpus page; with `adapter`, read by that adapter whatever the page's URL picks. */
export function parseCorpusPage(page: ExpectedCorpusPage, adapter?: Adapter, dir = CORPUS_DIR): ParseResult {
  const bytes = readFileSync(join(dir, page.file));
  // Scoring measures what the parser reads, not how fast: a generous budget keeps slow machines from cutting it short.
  return parsePage(documentFromHtml(bytes, page.url), { url: new URL(page.url), now: new Date(page.now), budget: new Budget(60_000), adapter });
}

export const normTitle = (t: string): string => t.toLowerCase().normalize('NFKC').replace(/[\s\u00a0]+/g, ' ').replace(/[“”«»"'‘’`]/g, '').trim();

const TRACKING = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|ocid|ref|ref_src|src|cmpid|guccounter|tblci)$/i;
/** Scheme, www., a trailing slash and tracking parameters do not matter. */
export function normUrl(u: string | null): string | null {
  if (!u) return null;
  try {
    const url = new URL(u);
    const params: string[] = [];
    url.searchParams.forEach((v, k) => {
      if (!TRACKING.test(k)) params.push(`${k}=${v}`);
    });
    return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}${params.length ? `?${params.sort().join('&')}` : ''}${url.hash}`;
  } catch {
    return u;
  }
}

const normSource = (s: string): string => s.toLowerCase().replace(/^www\./, '').replace(/\s+/g, ' ').trim();

function titleMatches(expected: ExpectedCorpusArticle, got: Article): boolean {
  const g = normTitle(got.title);
  return [expected.title, ...(expected.titles ?? [])].some((t) => {
    const e = normTitle(t);
    if (e === g) return true;
    // A display truncated with an ellipsis matches its full title.
    const cut = (s: string): string => s.replace(/(?:…|\.\.\.)$/, '').trim();
    return (g.endsWith('…') || g.endsWith('...') || e.endsWith('…') || e.endsWith('...')) && Math.min(cut(g).length, cut(e).length) >= 20 && (e.startsWith(cut(g)) || g.startsWith(cut(e)));
  });
}

export function scorePage(page: ExpectedCorpusPage, result: ParseResult): PageScore {
  const misses: string[] = [];
  const used = new Set<Article>();
  const pairs: Array<[ExpectedCorpusArticle, Article]> = [];
  for (const exp of page.articles) {
    const got = result.articles.find((a) => !used.has(a) && titleMatches(exp, a))
      ?? (exp.url ? result.articles.find((a) => !used.has(a) && normUrl(a.url) === normUrl(exp.url)) : undefined);
    if (got) {
      used.add(got);
      pairs.push([exp, got]);
    } else if (!exp.sponsored) misses.push(`missed: ${exp.title}`);
  }
  const required = page.articles.filter((a) => !a.sponsored);
  const extra = result.articles.filter((a) => !used.has(a) && !a.sponsored);
  for (const a of extra) misses.push(`extra: ${a.title}`);
  const source: Ratio = { hit: 0, of: 0 };
  const time: Ratio = { hit: 0, of: 0 };
  const url: Ratio = { hit: 0, of: 0 };
  for (const [exp, got] of pairs) {
    if (exp.source !== null) {
      source.of++;
      const ok = (Array.isArray(exp.source) ? exp.source : [exp.source]).map(normSource);
      if (got.source.name && ok.includes(normSource(got.source.name))) source.hit++;
      else misses.push(`source: ${exp.title}: got ${got.source.name}, want ${ok.join(' | ')}`);
    }
    if (exp.publishedAt !== null) {
      time.of++;
      const tol = (exp.tolerance ?? 60) * 60_000;
      const diff = got.publishedAt ? Math.abs(Date.parse(got.publishedAt) - Date.parse(exp.publishedAt)) : Infinity;
      if (diff <= tol) time.hit++;
      else misses.push(`time: ${exp.title}: got ${got.publishedAt} (${got.time.text}), want ${exp.publishedAt}`);
    }
    if (exp.url !== null) {
      url.of++;
      if (normUrl(got.url) === normUrl(exp.url)) url.hit++;
      else misses.push(`url: ${exp.title}: got ${got.url}, want ${exp.url}`);
    }
  }
  const matchedRequired = pairs.filter(([e]) => !e.sponsored).length;
  return {
    file: page.file,
    expected: required.length,
    found: result.articles.length,
    recall: { hit: matchedRequired, of: required.length },
    precision: { hit: pairs.length, of: pairs.length + extra.length },
    source,
    time,
    url,
    adapter: result.layout.adapter,
    misses,
  };
}

export function ratio(r: Ratio): number {
  return r.of === 0 ? 1 : r.hit / r.of;
}

export function total(scores: PageScore[], key: 'recall' | 'precision' | 'source' | 'time' | 'url'): Ratio {
  return scores.reduce((acc, s) => ({ hit: acc.hit + s[key].hit, of: acc.of + s[key].of }), { hit: 0, of: 0 });
}
