/** The collection as the popup lists and exports it: articles like a page's, each with when and where it was seen. */
import { SCHEMA_VERSION, type ParseResult } from '../types';
import type { CollectedArticle, Collection } from './types';

export function collectedArticles(collection: Collection): CollectedArticle[] {
  return collection.entries.map((e, i) => ({
    ...e.article,
    id: `c${i + 1}`,
    position: i + 1,
    collected: { firstSeen: e.firstSeen, lastSeen: e.lastSeen, pages: e.pages },
  }));
}

/** A ParseResult holding the collection, so every export format writes it; its url names no page. */
export function collectionResult(articles: CollectedArticle[], exportedAt: Date): ParseResult {
  return {
    schemaVersion: SCHEMA_VERSION,
    url: COLLECTION_URL,
    capturedAt: exportedAt.toISOString(),
    layout: { kind: 'aggregator', adapter: null, confidence: 1 },
    page: null,
    warnings: [],
    articles,
  };
}

/** Stands for "every page collected" where a ParseResult names its page. */
export const COLLECTION_URL = 'byline:collection';

export function isCollected(article: object): article is CollectedArticle {
  return 'collected' in article;
}
