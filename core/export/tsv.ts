/**
 * TSV for the clipboard: a header and one line per article (title, url, source name or else domain, published_at),
 * which pastes into a spreadsheet as a table. Tabs and line breaks in page text become spaces, so every line is one
 * row and every tab a column; cells a spreadsheet would run as a formula are neutralised as in the CSV export.
 */
import type { ParseResult } from '../types';
import { neutraliseFormula } from './formula';

export const TSV_COLUMNS = ['title', 'url', 'source', 'published_at'] as const;

/** Tabs, and everything a spreadsheet or a line reader may take for the end of a row. */
const ROW_OR_COLUMN_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;

function cell(value: string | null): string {
  const text = neutraliseFormula(value ?? '').replace(ROW_OR_COLUMN_BREAKS, ' ');
  // Excel, Sheets and LibreOffice read a pasted cell that starts with a quote as a quoted cell and drop the quotes
  // ("Never again" he said → Never again he said); quoting it the RFC 4180 way keeps the text as it was.
  return text.startsWith('"') ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toTsv(result: ParseResult): string {
  const rows = result.articles.map((a) => [a.title, a.url, a.source.name ?? a.source.domain, a.publishedAt].map(cell).join('\t'));
  return `${[TSV_COLUMNS.join('\t'), ...rows].join('\n')}\n`;
}
