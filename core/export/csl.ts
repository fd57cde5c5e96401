/**
 * CSL-JSON export (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html, schema csl-data.json): one
 * "article-newspaper" item per article, ready for Zotero, Pandoc/citeproc or any reference manager that imports CSL.
 */
import type { Article, ParseResult } from '../types';
import { collapse } from '../text';

/** A date as CSL "date-parts": [[year, month, day]], read in UTC. */
export interface CslDate {
  'date-parts': [[number, number, number]];
}

/** A personal name split into family and given, or a name kept whole (an agency, a desk, a handle). */
export type CslName = { family: string; given: string } | { literal: string };

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  URL?: string;
  'container-title'?: string;
  author?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  abstract?: string;
}

export function cslDate(iso: string | null): CslDate | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  return { 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] };
}

/** Words that say a byline names a desk or an organisation, not a person. */
const NOT_A_PERSON = /\b(?:staff|desk|team|reporters?|editors?|correspondents?|news|newsroom|press|agency|wire|bureau)\b/i;
/** A capitalised name word: "Anna", "O'Neil", "Jean-Luc", "J.". */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}.'’-]*$/u;

/**
 * "First Last" (or "First Middle Last") becomes {given, family}; anything else — one word, particles such as "van",
 * several people, a desk — stays whole as a literal, which citation styles print as written.
 */
export function cslName(author: string): CslName {
  const name = collapse(author);
  const words = name.split(' ');
  if (words.length >= 2 && words.length <= 3 && !NOT_A_PERSON.test(name) && words.every((w) => NAME_WORD.test(w))) {
    return { family: words[words.length - 1]!, given: words.slice(0, -1).join(' ') };
  }
  return { literal: name };
}

function itemOf(article: Article, capturedAt: string): CslItem {
  const item: CslItem = { id: article.id, type: 'article-newspaper', title: article.title };
  if (article.url) item.URL = article.url;
  if (article.source.name) item['container-title'] = article.source.name;
  if (article.author && collapse(article.author)) item.author = [cslName(article.author)];
  const issued = cslDate(article.publishedAt);
  if (issued) item.issued = issued;
  const accessed = cslDate(capturedAt);
  if (accessed) item.accessed = accessed;
  if (article.snippet) item.abstract = article.snippet;
  return item;
}

export function toCslItems(result: ParseResult): CslItem[] {
  return result.articles.map((a) => itemOf(a, result.capturedAt));
}

/** Two-space indented like the JSON export, with each date's parts on one line. */
export function toCslJson(result: ParseResult): string {
  // Only layout whitespace holds raw line breaks (strings have theirs escaped), so this cannot touch a title.
  const json = JSON.stringify(toCslItems(result), null, 2).replace(/\[\n\s*\[\n\s*(\d+),\n\s*(\d+),\n\s*(\d+)\n\s*\]\n\s*\]/g, '[[$1, $2, $3]]');
  return `${json}\n`;
}
