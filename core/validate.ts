/** Checks that a value is a well-formed ParseResult (schemaVersion 1): the list of problems, empty when valid. */
import { SCHEMA_VERSION } from './types';

const isIso = (v: unknown): boolean => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/.test(v) && !Number.isNaN(Date.parse(v));
const isNullable = (v: unknown, check: (x: unknown) => boolean): boolean => v === null || check(v);
const isStr = (v: unknown): boolean => typeof v === 'string';
const isHttp = (v: unknown): boolean => typeof v === 'string' && /^https?:\/\//.test(v);

export function problemsOf(value: unknown): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, what: string): void => {
    if (!ok) problems.push(what);
  };
  if (!value || typeof value !== 'object') return ['not an object'];
  const r = value as Record<string, unknown>;
  need(r.schemaVersion === SCHEMA_VERSION, 'schemaVersion is not 1');
  need(isStr(r.url), 'url is not a string');
  need(isIso(r.capturedAt), 'capturedAt is not an ISO UTC time');
  const layout = r.layout as Record<string, unknown> | undefined;
  need(!!layout && ['aggregator', 'article', 'other'].includes(String(layout.kind)), 'layout.kind is unknown');
  need(!!layout && typeof layout.confidence === 'number' && layout.confidence >= 0 && layout.confidence <= 1, 'layout.confidence is not in 0..1');
  need(!!layout && isNullable(layout.adapter, isStr), 'layout.adapter is not a string or null');
  need(Array.isArray(r.warnings) && r.warnings.every(isStr), 'warnings is not a list of strings');
  if (r.page !== null) {
    const p = r.page as Record<string, unknown> | undefined;
    need(!!p && isNullable(p.title, isStr) && isNullable(p.source, isStr) && isNullable(p.publishedAt, isIso) && isNullable(p.url, isHttp), 'page is malformed');
  }
  if (!Array.isArray(r.articles)) return [...problems, 'articles is not a list'];
  const ids = new Set<unknown>();
  r.articles.forEach((item: unknown, i: number) => {
    const a = item as Record<string, unknown>;
    const at = `articles[${i}]`;
    need(isStr(a.id) && !ids.has(a.id), `${at}.id is missing or repeated`);
    ids.add(a.id);
    need(a.position === i + 1, `${at}.position is not ${i + 1}`);
    need(isStr(a.title) && (a.title as string).length > 0, `${at}.title is empty`);
    need(isNullable(a.url, isHttp), `${at}.url is not http(s) or null`);
    need(isNullable(a.section, isStr) && isNullable(a.snippet, isStr) && isNullable(a.author, isStr), `${at} has a non-string text field`);
    need(isNullable(a.imageUrl, isHttp), `${at}.imageUrl is not http(s) or null`);
    need(typeof a.sponsored === 'boolean', `${at}.sponsored is not a boolean`);
    const s = a.source as Record<string, unknown> | undefined;
    need(!!s && isNullable(s.name, isStr) && isNullable(s.domain, isStr) && typeof s.mismatch === 'boolean', `${at}.source is malformed`);
    need(isNullable(a.publishedAt, isIso), `${at}.publishedAt is not ISO UTC or null`);
    const t = a.time as Record<string, unknown> | undefined;
    need(!!t && isNullable(t.text, isStr) && [null, 'attribute', 'structured', 'text'].includes(t.from as string | null)
      && isNullable(t.earliest, isIso) && isNullable(t.latest, isIso), `${at}.time is malformed`);
  });
  return problems;
}
