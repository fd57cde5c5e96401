/** Every export format, by name: the popup and the CLI both pick from here. */
import type { ParseResult } from '../types';
import { toJson } from './json';
import { toCsv } from './csv';

export const EXPORT_FORMATS = {
  json: { ext: 'json', mime: 'application/json', label: 'JSON', build: (r: ParseResult) => toJson(r) },
  csv: { ext: 'csv', mime: 'text/csv', label: 'CSV', build: (r: ParseResult) => toCsv(r) },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, name);
}
