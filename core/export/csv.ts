/** CSV export (RFC 4180 through Papa Parse): one row per article; cells that a spreadsheet would run as a formula are escaped. */
import Papa from 'papaparse';
import type { Article, ParseResult } from '../types';
import { isCollected } from '../collection/view';
import { FORMULA_START } from './formula';

export const CSV_COLUMNS = [
  'position', 'section', 'title', 'url', 'source', 'source_domain', 'source_mismatch', 'published_at', 'time_text',
  'time_from', 'time_earliest', 'time_latest', 'snippet', 'author', 'image_url', 'sponsored', 'page_url', 'captured_at',
] as const;

/** A collection's rows also say when each story was first and last seen, and on which pages (space-separated). */
export const COLLECTION_CSV_COLUMNS = ['first_seen', 'last_seen', 'seen_on'] as const;

/** `bom` writes a UTF-8 byte order mark first, which Excel needs to read the file as UTF-8 rather than the ANSI code page. */
export function toCsv(result: ParseResult, options: { bom?: boolean } = {}): string {
  const collected = result.articles.some(isCollected);
  const fields: string[] = collected ? [...CSV_COLUMNS, ...COLLECTION_CSV_COLUMNS] : [...CSV_COLUMNS];
  const rows = result.articles.map((a) => [...cellsOf(a, result), ...(collected ? collectedCells(a) : [])]);
  // Papa turns an empty `data` into one blank record; with no articles the header is written as a one-row table.
  const table = rows.length ? { fields, data: rows } : [fields];
  const csv = Papa.unparse(table, { newline: '\r\n', escapeFormulae: FORMULA_START });
  return `${options.bom ? '\ufeff' : ''}${csv}\r\n`;
}

function cellsOf(a: Article, result: ParseResult): unknown[] {
  // A collected story's page is the latest one it was seen on, captured when it was last seen there.
  const seen = isCollected(a) ? a.collected : null;
  return [
    a.position, a.section, a.title, a.url, a.source.name, a.source.domain, a.source.mismatch, a.publishedAt, a.time.text,
    a.time.from, a.time.earliest, a.time.latest, a.snippet, a.author, a.imageUrl, a.sponsored,
    seen?.pages.at(-1) ?? result.url, seen?.lastSeen ?? result.capturedAt,
  ];
}

function collectedCells(a: Article): unknown[] {
  return isCollected(a) ? [a.collected.firstSeen, a.collected.lastSeen, a.collected.pages.join(' ')] : [null, null, null];
}
