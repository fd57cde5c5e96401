/**
 * Reads a stored collection whatever state storage left it in: older versions are migrated, malformed entries are
 * dropped (and counted), and a collection written by a newer Byline is reported rather than misread or overwritten.
 */
import { COLLECTION_VERSION, EMPTY_COLLECTION, type CollectedEntry, type Collection } from './types';

export type StoredRead =
  | { ok: true; collection: Collection; dropped: number }
  /** Written by a newer Byline: left as it is; this version must not write over it. */
  | { ok: false; version: number };

/** Each step takes the value stored at one version to the next; the index is the version it migrates from. */
const MIGRATIONS: Record<number, (value: Record<string, unknown>) => Record<string, unknown>> = {};

export function readCollection(raw: unknown): StoredRead {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: true, collection: EMPTY_COLLECTION, dropped: 0 };
  let value = raw as Record<string, unknown>;
  let version = typeof value.version === 'number' && Number.isInteger(value.version) ? value.version : 1;
  if (version > COLLECTION_VERSION) return { ok: false, version };
  while (version < COLLECTION_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    value = step(value);
    version++;
  }
  const list = Array.isArray(value.entries) ? (value.entries as unknown[]) : [];
  const seen = new Set<string>();
  const entries: CollectedEntry[] = [];
  for (const item of list) {
    if (!isEntry(item) || seen.has(item.key)) continue;
    seen.add(item.key);
    entries.push(item);
  }
  return { ok: true, collection: { version: COLLECTION_VERSION, entries }, dropped: list.length - entries.length };
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNullableStr = (v: unknown): boolean => v === null || isStr(v);

function isEntry(value: unknown): value is CollectedEntry {
  if (!value || typeof value !== 'object') return false;
  const e = value as Record<string, unknown>;
  const a = e.article as Record<string, unknown> | null | undefined;
  const source = a?.source as Record<string, unknown> | null | undefined;
  const time = a?.time as Record<string, unknown> | null | undefined;
  return (
    isStr(e.key) && e.key.length > 0 &&
    isStr(e.firstSeen) && ISO.test(e.firstSeen) && isStr(e.lastSeen) && ISO.test(e.lastSeen) &&
    Array.isArray(e.pages) && e.pages.every(isStr) &&
    !!a && isStr(a.title) && a.title.length > 0 && isNullableStr(a.url) && isNullableStr(a.publishedAt) &&
    isNullableStr(a.section) && isNullableStr(a.snippet) && isNullableStr(a.author) && isNullableStr(a.imageUrl) &&
    typeof a.sponsored === 'boolean' &&
    !!source && isNullableStr(source.name) && isNullableStr(source.domain) && typeof source.mismatch === 'boolean' &&
    !!time && isNullableStr(time.text) && isNullableStr(time.from) && isNullableStr(time.earliest) && isNullableStr(time.latest)
  );
}
