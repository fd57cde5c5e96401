import type { ParseResult } from '../types';

/** The ParseResult as written by the JSON export and printed by the CLI: two-space indented, newline-terminated. */
export function toJson(result: ParseResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
