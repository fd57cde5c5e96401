/** Articles written out in a test, for the popup's list logic (the parser is not under test there). */
import type { Article } from '../../core/types';

export function makeArticle(position: number, title: string, source: string | null, publishedAt: string | null, domain: string | null = null): Article {
  return {
    id: `a${position}`,
    position,
    section: null,
    title,
    url: `https://example.com/${position}`,
    source: { name: source, domain, mismatch: false },
    publishedAt,
    time: { text: null, from: publishedAt ? 'attribute' : null, earliest: publishedAt, latest: publishedAt },
    snippet: null,
    author: null,
    imageUrl: null,
    sponsored: false,
  };
}
