/** A collection: the articles of every page Byline read while "Collect" was on, each kept once. */
import type { Article } from '../types';

/** The stored shape's version; read.ts migrates every older one. */
export const COLLECTION_VERSION = 2 as const;

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

/** The collection as Byline works with it. */
export interface Collection {
  /** In the order they were first seen. */
  entries: CollectedEntry[];
}

/**
 * The collection as stored (version 2): each page address is written once, in `pages`, and entries refer to it by
 * index. Version 1 wrote the addresses inside every entry.
 */
export interface StoredCollection {
  version: typeof COLLECTION_VERSION;
  pages: string[];
  entries: Array<Omit<CollectedEntry, 'pages'> & { pages: number[] }>;
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

export const EMPTY_COLLECTION: Collection = { entries: [] };
