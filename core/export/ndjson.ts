/**
 * NDJSON export (one JSON object per line, https://github.com/ndjson/ndjson-spec): one article per line, each carrying
 * the page it was found on and when, so a line read alone (`jq`, `grep`, a stream reader) still says where it came from.
 */
import type { Article, ParseResult } from '../types';

export type NdjsonLine = { pageUrl: string; capturedAt: string } & Article;

/**
 * JSON.stringify leaves U+0085, U+2028 and U+2029 raw; they are valid JSON but line breaks to readers such as Python's
 * str.splitlines(), so a headline holding one would split its record in two.
 */
const LINE_BREAKS_JSON_KEEPS = /[\u0085\u2028\u2029]/g;

export function toNdjson(result: ParseResult): string {
  return result.articles
    .map((article) => {
      const line: NdjsonLine = { pageUrl: result.url, capturedAt: result.capturedAt, ...article };
      return `${JSON.stringify(line).replace(LINE_BREAKS_JSON_KEEPS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
    })
    .join('');
}
