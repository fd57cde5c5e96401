/**
 * byline parse FILE.html [--url URL] [--now ISO] [--format json|csv|csv-excel|ndjson|md|csl|tsv]
 * Prints the page's ParseResult (or another export of it) to stdout and nothing else. Errors: one line on stderr, exit 2.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parsePage } from '../core/parse';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, isExportFormat } from '../core/export/index';
import { documentFromHtml } from './dom';

const USAGE = `usage: byline parse FILE.html [--url URL] [--now ISO-8601] [--format ${EXPORT_FORMAT_NAMES.join('|')}]`;
const HELP = [
  USAGE,
  'formats (default json):',
  ...EXPORT_FORMAT_NAMES.map((name) => `  ${name.padEnd(10)} ${EXPORT_FORMATS[name].label} (.${EXPORT_FORMATS[name].ext})`),
].join('\n');

class UsageError extends Error {}

export function run(argv: string[]): string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { url: { type: 'string' }, now: { type: 'string' }, format: { type: 'string', default: 'json' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('\n')[0]}; ${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return `${HELP}\n`;
  const [command, file, ...extra] = positionals;
  if (command !== 'parse' || !file || extra.length) throw new UsageError(USAGE);
  const format = values.format ?? 'json';
  if (!isExportFormat(format)) throw new UsageError(`unknown format "${format}"; use one of ${EXPORT_FORMAT_NAMES.join(', ')}`);
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (values.now !== undefined && (!/^\d{4}-\d{2}-\d{2}/.test(values.now) || Number.isNaN(now.getTime()))) {
    throw new UsageError(`--now "${values.now}" is not an ISO 8601 date-time (e.g. 2025-06-08T18:00:00Z)`);
  }
  let url: URL;
  try {
    url = new URL(values.url ?? pathToFileURL(resolve(file)).toString());
  } catch {
    throw new UsageError(`--url "${values.url}" is not an absolute URL`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(code ?? err);
    throw new UsageError(`cannot read ${file}: ${why}`);
  }
  const result = parsePage(documentFromHtml(bytes, url.toString()), { url, now });
  return EXPORT_FORMATS[format].build(result);
}

export function main(argv: string[]): number {
  try {
    process.stdout.write(run(argv));
    return 0;
  } catch (err) {
    const message = err instanceof UsageError ? err.message : `internal error: ${(err as Error)?.message ?? String(err)}`;
    process.stderr.write(`byline: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return 2;
  }
}
