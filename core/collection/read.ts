/**
 * Reads a stored collection whatever state storage left it in: older versions are migrated, malformed entries are
 * dropped (and counted), and a collection written by a newer Byline is reported rather than misread or overwritten.
 */
import { pageTable } from './stored';
import { COLLECTION_VERSION, EMPTY_COLLECTION, type CollectedEntry, type Collection } from './types';

export type StoredRead =
  | { ok: true; collection: Collection; dropped: number }
  /** Written by a newer Byline: left as it is; this version must not write over it. */
  | { ok: false; version: number };

type Raw = Record<string, unknown>;

/** Each step takes the value stored at one version to the next; the key is the version it migrates from. */
export const MIGRATIONS: Record<number, (value: Raw) => Raw> = {
  // 1 → 2: page addresses move out of the entries into one table.
  1: (value) => {
    const table = pageTable();
    // Anything but an address is left as it is, for the entry check to drop.
    const indexOf = (url: unknown): unknown => (typeof url === 'string' ? table.indexOf(url) : url);
    const entries = Array.isArray(value.entries) ? value.entries : [];
    return {
      version: 2,
      pages: table.pages,
      entries: entries.map((e: unknown) => (isObject(e) && Array.isArray(e.pages) ? { ...e, pages: e.pages.map(indexOf) } : e)),
    };
  },
};

export function readCollection(raw: unknown): StoredRead {
  if (!isObject(raw)) return { ok: true, collection: EMPTY_COLLECTION, dropped: 0 };
  let value = raw;
  // Version 1 wrote its number too; a value without one is read as the oldest shape.
  let version = typeof value.version === 'number' && Number.isInteger(value.version) && value.version >= 1 ? value.version : 1;
  if (version > COLLECTION_VERSION) return { ok: false, version };
  for (; version < COLLECTION_VERSION; version++) value = MIGRATIONS[version]!(value);
  const pages = Array.isArray(value.pages) ? value.pages : [];
  const list = Array.isArray(value.entries) ? (value.entries as unknown[]) : [];
  const seen = new Set<string>();
  const entries: CollectedEntry[] = [];
  for (const item of list) {
    const entry = entryOf(item, pages);
    if (!entry || seen.has(entry.key)) continue;
    seen.add(entry.key);
    entries.push(entry);
  }
  return { ok: true, collection: { entries }, dropped: list.length - entries.length };
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
const isObject = (v: unknown): v is Raw => !!v && typeof v === 'object' && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNullableStr = (v: unknown): boolean => v === null || isStr(v);

/** The entry with its page indices resolved, or null when anything in it is malformed. */
function entryOf(value: unknown, pages: unknown[]): CollectedEntry | null {
  if (!isObject(value)) return null;
  const urls = Array.isArray(value.pages) ? value.pages.map((i) => (Number.isInteger(i) ? pages[i as number] : undefined)) : null;
  const a = isObject(value.article) ? value.article : null;
  const source = a && isObject(a.source) ? a.source : null;
  const time = a && isObject(a.time) ? a.time : null;
  const ok =
    isStr(value.key) && value.key.length > 0 &&
    isStr(value.firstSeen) && ISO.test(value.firstSeen) && isStr(value.lastSeen) && ISO.test(value.lastSeen) &&
    !!urls && urls.every(isStr) &&
    !!a && isStr(a.title) && a.title.length > 0 && isNullableStr(a.url) && isNullableStr(a.publishedAt) &&
    isNullableStr(a.section) && isNullableStr(a.snippet) && isNullableStr(a.author) && isNullableStr(a.imageUrl) &&
    typeof a.sponsored === 'boolean' &&
    !!source && isNullableStr(source.name) && isNullableStr(source.domain) && typeof source.mismatch === 'boolean' &&
    !!time && isNullableStr(time.text) && isNullableStr(time.from) && isNullableStr(time.earliest) && isNullableStr(time.latest);
  return ok ? ({ ...value, pages: urls } as unknown as CollectedEntry) : null;
}
