import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { completeArticle, GenericArticle } from '../../../core/fields/article';
import { titleOf } from '../../../core/fields/title';
import { viewOf } from '../../../core/fields/view';
import { inParse } from '../../../core/memo';
import type { Article } from '../../../core/types';

const url = 'https://news.example/';
const now = new Date('2025-06-08T18:00:00Z');

function reading(): GenericArticle {
  const doc = documentFromHtml(
    `<article><span>Example Times</span> · <span>5 hours ago</span><h3><a href="/a">A headline of a story on the page</a></h3>
      <p>The teaser of the story, long enough to count as one for the snippet rule.</p></article>`,
    url,
  );
  const block = { element: doc.querySelector('article')!, section: 'Latest' };
  const ctx = { url: new URL(url), now };
  const view = viewOf(block, ctx, new URL(url));
  return new GenericArticle('a1', 1, 'Latest', view, titleOf(view)!, {});
}

describe('the generic reading of a block', () => {
  it('gives a copy its cheap fields only, and completes a refined copy with the generic values', () =>
    inParse(() => {
      const generic = reading();
      // As a refine sees it: an Article, copied with one field replaced.
      const given: Article = generic;
      const copy = { ...given, source: { name: 'Replaced', domain: null, mismatch: false } };
      expect(Object.keys(copy)).toEqual(['id', 'position', 'section', 'title', 'url', 'source']);
      const done = completeArticle(copy, generic, 3);
      expect(done).toEqual({
        id: 'a1',
        position: 3,
        section: 'Latest',
        title: 'A headline of a story on the page',
        url: 'https://news.example/a',
        source: { name: 'Replaced', domain: null, mismatch: false },
        publishedAt: '2025-06-08T13:00:00.000Z',
        time: { text: '5 hours ago', from: 'text', earliest: '2025-06-08T12:00:00.000Z', latest: '2025-06-08T13:00:00.000Z' },
        snippet: 'The teaser of the story, long enough to count as one for the snippet rule.',
        author: null,
        imageUrl: null,
        sponsored: false,
      });
      // The fields in the contract's order, as JSON output shows them.
      expect(Object.keys(done)).toEqual(Object.keys(completeArticle(generic, generic)));
      expect(completeArticle(generic, generic).source).toEqual({ name: 'Example Times', domain: 'news.example', mismatch: true });
    }));
});
