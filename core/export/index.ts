/** Every export format, by name: the popup and the CLI both pick from here, so both write the same text. */
import type { ParseResult } from '../types';
import { toJson } from './json';
import { toCsv } from './csv';
import { toNdjson } from './ndjson';
import { toMarkdown } from './markdown';
import { toCslJson } from './csl';
import { toTsv } from './tsv';

export interface ExportFormatSpec {
  /** File name extension without the dot; exportFileName appends it. */
  ext: string;
  mime: string;
  label: string;
  /** Plain text meant to be pasted as well as saved (the popup may offer "Copy" for these). */
  clipboard: boolean;
  build: (result: ParseResult) => string;
}

export const EXPORT_FORMATS = {
  json: { ext: 'json', mime: 'application/json', label: 'JSON', clipboard: false, build: toJson },
  csv: { ext: 'csv', mime: 'text/csv', label: 'CSV', clipboard: false, build: (r: ParseResult) => toCsv(r) },
  'csv-excel': {
    ext: 'csv', mime: 'text/csv', label: 'CSV (Excel)', clipboard: false, build: (r: ParseResult) => toCsv(r, { bom: true }),
  },
  ndjson: { ext: 'ndjson', mime: 'application/x-ndjson', label: 'NDJSON', clipboard: false, build: toNdjson },
  md: { ext: 'md', mime: 'text/markdown', label: 'Markdown', clipboard: true, build: toMarkdown },
  // "csl.json": still a .json file, but not the same name as the JSON export of the same page and minute.
  csl: { ext: 'csl.json', mime: 'application/vnd.citationstyles.csl+json', label: 'CSL-JSON', clipboard: false, build: toCslJson },
  tsv: { ext: 'tsv', mime: 'text/tab-separated-values', label: 'TSV', clipboard: true, build: toTsv },
} as const satisfies Record<string, ExportFormatSpec>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];

export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, name);
}
