/** Small ParseResults for extension tests, built through the real parser from HTML written in the test. */
import { documentFromHtml } from '../../cli/dom';
import { parsePage } from '../../core/parse';
import type { ParseResult } from '../../core/types';

export const NOW = new Date('2025-06-08T18:00:00Z');

export function resultFor(html: string, url = 'https://daily8.com/news/story'): ParseResult {
  return parsePage(documentFromHtml(html, url), { url: new URL(url), now: NOW });
}

export function card(source: string, age: string, title: string, href: string): string {
  return `<article><span>${source}</span> <span>${age}</span><h3><a href="${href}">${title}</a></h3><p>Teaser text for this story that is long enough to read as a snippet.</p></article>`;
}

export const AGGREGATOR_HTML = `<h1>Main story of the page</h1><section><h2>Related Articles</h2>${[
  card('Reuters', '2 hours ago', 'First related story headline', '/a'),
  card('AP News', '3 hours ago', 'Second related story headline', '/b'),
].join('')}</section>`;
