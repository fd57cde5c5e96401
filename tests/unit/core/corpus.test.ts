import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusAvailable, expectedPages, parseCorpusPage, ratio, scorePage, total, type PageScore } from '../../../scripts/score';

const available = corpusAvailable();
if (!available) console.warn(`Skipping the corpus tests: ${CORPUS_DIR} is missing (set BYLINE_CORPUS to the shared corpus folder)`);

describe.skipIf(!available)('the shared corpus of real aggregator pages', () => {
  const pages = available ? expectedPages() : [];
  const scores: PageScore[] = [];

  describe.each(pages)('$file', (page) => {
    const score = scorePage(page, parseCorpusPage(page));
    scores.push(score);

    it(`is read by the ${page.adapter} adapter`, () => {
      expect(score.adapter).toBe(page.adapter);
    });

    it('finds the story blocks a reader sees, and nothing else', () => {
      expect({ recall: ratio(score.recall), precision: ratio(score.precision), misses: score.misses.filter((m) => /^(missed|extra)/.test(m)) })
        .toMatchObject({ recall: expect.toSatisfy((r: number) => r >= 0.9), precision: expect.toSatisfy((p: number) => p >= 0.9) });
    });
  });

  it('meets the accuracy targets overall: recall and precision ≥ 0.98; source, time and URL ≥ 0.97', () => {
    expect(pages.length).toBeGreaterThan(0);
    const overall = Object.fromEntries((['recall', 'precision', 'source', 'time', 'url'] as const).map((k) => [k, ratio(total(scores, k))]));
    expect(overall.recall).toBeGreaterThanOrEqual(0.98);
    expect(overall.precision).toBeGreaterThanOrEqual(0.98);
    expect(overall.source).toBeGreaterThanOrEqual(0.97);
    expect(overall.time).toBeGreaterThanOrEqual(0.97);
    expect(overall.url).toBeGreaterThanOrEqual(0.97);
  });
});
