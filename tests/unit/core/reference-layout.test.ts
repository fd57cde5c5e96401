import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentFromHtml } from '../../../cli/dom';
import { parsePage } from '../../../core/parse';
import { ROOT } from '../../helpers/fixtures';

const now = new Date('2025-06-08T18:00:00Z');
const demoUrl = 'http://127.0.0.1:5178/byline-demo/';
const result = parsePage(documentFromHtml(readFileSync(join(ROOT, 'demo', 'reference-page.html')), demoUrl), { url: new URL(demoUrl), now });

describe('the bundled demo page (the reference layout)', () => {
  it('is an aggregator with the three related stories, read by the generic detector', () => {
    expect(result.layout).toMatchObject({ kind: 'aggregator', adapter: 'generic' });
    expect(result.articles.map((a) => a.title)).toEqual([
      'Paris wants to produce drones in Ukraine',
      'Germany planning major bunker expansion',
      'Ukraine planned drone attack on Russian ships in Asia',
    ]);
  });

  it('dates each story 5, 6 and 14 hours before now, with the range the text allows', () => {
    expect(result.articles.map((a) => a.publishedAt)).toEqual(['2025-06-08T13:00:00.000Z', '2025-06-08T12:00:00.000Z', '2025-06-08T04:00:00.000Z']);
    expect(result.articles[0]!.time).toEqual({
      text: '5 hours ago', from: 'text', earliest: '2025-06-08T12:00:00.000Z', latest: '2025-06-08T13:00:00.000Z',
    });
  });

  it('names Russia Today as the source and resolves links against the page', () => {
    for (const a of result.articles) {
      expect(a.source.name).toBe('Russia Today');
      expect(a.url).toMatch(/^http:\/\/127\.0\.0\.1:5178\/byline-demo\/news\/[a-z-]+\.html$/);
      expect(a.section).toBe('Related Articles');
      expect(a.snippet?.length).toBeLessThanOrEqual(301);
    }
  });

  it("puts the page's own story in page", () => {
    expect(result.page?.title).toBe('World militaries learning from Russia');
    expect(result.page?.source).toBe('Daily8');
  });

  it('gives every article a distinct stable id', () => {
    const again = parsePage(documentFromHtml(readFileSync(join(ROOT, 'demo', 'reference-page.html')), demoUrl), { url: new URL(demoUrl), now });
    expect(new Set(result.articles.map((a) => a.id)).size).toBe(3);
    expect(again.articles.map((a) => a.id)).toEqual(result.articles.map((a) => a.id));
  });
});
