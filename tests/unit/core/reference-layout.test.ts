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

describe('the reference layout written as a <dl> of runs', () => {
  it("dates each story from the term above it when the description holds the story's whole body under its heading", () => {
    const url = 'https://spravy.example.sk/clanok/77001/ceny-elektriny';
    const runs = [['Pravda', 'pred 14 hodinami', 'Mochovce 4: spustenie sa opäť odkladá'], ['SME', 'pred 3 hodinami', 'Energopomoc pre všetkých: prečo ekonómovia volajú po zmene'], ['Aktuality.sk', 'pred 2 hodinami', 'Firmy ostávajú bez pomoci, živnostníci sa boja jesene']]
      .map(([name, age, title], i) => `<dt><img src="/img/${i}.svg" alt="${name}"> <span>${name}</span> <time>${age}</time></dt>
        <dd><p class="small">- ${name}</p><h3><a href="/clanok/7739${i}/pribeh-cislo-${i}">${title}</a></h3><p>Štvrtý blok jadrovej elektrárne nezačne vyrábať elektrinu v pôvodne plánovanom termíne, oznámili energetici.</p></dd>`)
      .join('');
    const html = `<html lang="sk"><body><article><h1>Ceny elektriny</h1><p>Text článku.</p></article><section><h2>Súvisiace články</h2><dl class="row">${runs}</dl></section></body></html>`;
    const found = parsePage(documentFromHtml(html, url), { url: new URL(url), now });
    expect(found.articles.map((a) => [a.source.name, a.publishedAt])).toEqual([
      ['Pravda', '2025-06-08T04:00:00.000Z'], ['SME', '2025-06-08T15:00:00.000Z'], ['Aktuality.sk', '2025-06-08T16:00:00.000Z'],
    ]);
  });
});
