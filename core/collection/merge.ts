/** Adds one reading of a page to a collection: new stories are appended, known ones get a new sighting. */
import { collectionKey } from './key';
import { MAX_PAGES_PER_ENTRY, type CollectedEntry, type Collection, type Sighting, type StoredArticle } from './types';

export interface MergeOutcome {
  collection: Collection;
  /** Stories the collection did not have. */
  added: number;
  /** Stories it had, seen again. */
  seenAgain: number;
}

export function addSighting(collection: Collection, sighting: Sighting): MergeOutcome {
  const entries = collection.entries.slice();
  const at = new Map(entries.map((e, i) => [e.key, i]));
  let added = 0;
  let seenAgain = 0;
  for (const { id: _id, position: _position, ...article } of sighting.articles) {
    const key = collectionKey(article);
    const i = at.get(key);
    if (i === undefined) {
      at.set(key, entries.length);
      entries.push({ key, article, firstSeen: sighting.seenAt, lastSeen: sighting.seenAt, pages: [sighting.pageUrl] });
      added++;
    } else {
      entries[i] = seen(entries[i]!, article, sighting);
      seenAgain++;
    }
  }
  return { collection: { ...collection, entries }, added, seenAgain };
}

function seen(entry: CollectedEntry, article: StoredArticle, sighting: Sighting): CollectedEntry {
  const pages = [...entry.pages.filter((p) => p !== sighting.pageUrl), sighting.pageUrl].slice(-MAX_PAGES_PER_ENTRY);
  const lastSeen = sighting.seenAt > entry.lastSeen ? sighting.seenAt : entry.lastSeen;
  return { ...entry, article: filled(entry.article, article), lastSeen, pages };
}

/**
 * The first reading stays; a later one only fills what it lacked, and a machine-readable time replaces one read from
 * text ("5 hours ago" seen again later is no better, a `<time datetime>` is).
 */
function filled(kept: StoredArticle, later: StoredArticle): StoredArticle {
  const betterTime = later.publishedAt !== null && (kept.publishedAt === null || (kept.time.from === 'text' && later.time.from !== 'text'));
  return {
    ...kept,
    ...(betterTime ? { publishedAt: later.publishedAt, time: later.time } : {}),
    snippet: kept.snippet ?? later.snippet,
    author: kept.author ?? later.author,
    imageUrl: kept.imageUrl ?? later.imageUrl,
    section: kept.section ?? later.section,
  };
}

/**
 * One collection from two (undoing a clear while collecting went on): `earlier`'s entries first, in their order, then
 * the ones only `later` has; a story in both keeps its earliest first sighting and its latest last one.
 */
export function joinCollections(earlier: Collection, later: Collection): Collection {
  const entries = earlier.entries.slice();
  const at = new Map(entries.map((e, i) => [e.key, i]));
  for (const entry of later.entries) {
    const i = at.get(entry.key);
    if (i === undefined) {
      at.set(entry.key, entries.length);
      entries.push(entry);
      continue;
    }
    const kept = entries[i]!;
    entries[i] = {
      ...kept,
      article: filled(kept.article, entry.article),
      firstSeen: kept.firstSeen < entry.firstSeen ? kept.firstSeen : entry.firstSeen,
      lastSeen: kept.lastSeen > entry.lastSeen ? kept.lastSeen : entry.lastSeen,
      pages: [...kept.pages.filter((p) => !entry.pages.includes(p)), ...entry.pages].slice(-MAX_PAGES_PER_ENTRY),
    };
  }
  return { ...earlier, entries };
}
