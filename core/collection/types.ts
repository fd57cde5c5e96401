/** A collection: the articles of every page Byline read while "Collect" was on, each kept once. */
import type { Article } from '../types';

/** The stored shape's version; `migrate.ts` reads every older one. */
export const COLLECTION_VERSION = 1 as const;

/** An article as kept: what the page showed, without its place on that page. */
export type StoredArticle = Omit<Article, 'id' | 'position'>;

export interface CollectedEntry {
  /** What makes two sightings the same story (see `collectionKey`). */
  key: string;
  article: StoredArticle;
  /** ISO UTC times of the first and the latest sighting. */
  firstSeen: string;
  lastSeen: string;
  /** The pages it was seen on, most recent last (at most MAX_PAGES_PER_ENTRY). */
  pages: string[];
}

export interface Collection {
  version: typeof COLLECTION_VERSION;
  /** In the order they were first seen. */
  entries: CollectedEntry[];
}

/** One reading of a page: what Byline found on it at a moment. */
export interface Sighting {
  pageUrl: string;
  seenAt: string;
  articles: Article[];
}

/** An article of the collection as the popup lists and exports it. */
export interface CollectedArticle extends Article {
  collected: { firstSeen: string; lastSeen: string; pages: string[] };
}

export const MAX_PAGES_PER_ENTRY = 10;

export const EMPTY_COLLECTION: Collection = { version: COLLECTION_VERSION, entries: [] };
