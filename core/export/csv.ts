/** CSV export (RFC 4180 through Papa Parse): one row per article; cells that a spreadsheet would run as a formula are escaped. */
import Papa from 'papaparse';
import type { ParseResult } from '../types';
import { FORMULA_START } from './formula';

export const CSV_COLUMNS = [
  'position', 'section', 'title', 'url', 'source', 'source_domain', 'source_mismatch', 'published_at', 'time_text',
  'time_from', 'time_earliest', 'time_latest', 'snippet', 'author', 'image_url', 'sponsored', 'page_url', 'captured_at',
] as const;

/** `bom` writes a UTF-8 byte order mark first, which Excel needs to read the file as UTF-8 rather than the ANSI code page. */
export function toCsv(result: ParseResult, options: { bom?: boolean } = {}): string {
  const rows = result.articles.map((a) => [
    a.position, a.section, a.title, a.url, a.source.name, a.source.domain, a.source.mismatch, a.publishedAt, a.time.text,
    a.time.from, a.time.earliest, a.time.latest, a.snippet, a.author, a.imageUrl, a.sponsored, result.url, result.capturedAt,
  ]);
  // Papa turns an empty `data` into one blank record; with no articles the header is written as a one-row table.
  const table = rows.length ? { fields: [...CSV_COLUMNS], data: rows } : [[...CSV_COLUMNS]];
  const csv = Papa.unparse(table, { newline: '\r\n', escapeFormulae: FORMULA_START });
  return `${options.bom ? '\ufeff' : ''}${csv}\r\n`;
}
