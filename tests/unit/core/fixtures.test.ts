import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fixtures, parseFile } from '../../helpers/fixtures';

describe.each(fixtures())('fixture $adapter/$slug', ({ dir, expected }) => {
  const result = parseFile(join(dir, 'source.html'), expected.url, expected.now);

  it('recognises the layout', () => {
    expect(result.layout.kind).toBe(expected.layout.kind);
    expect(result.layout.adapter).toBe(expected.layout.adapter);
  });

  it('finds exactly the expected stories with title, link, source, time and section', () => {
    const got = result.articles.map((a) => ({
      title: a.title,
      url: a.url,
      source: a.source.name,
      publishedAt: a.publishedAt,
      ...(expected.articles[0]?.section !== undefined ? { section: a.section } : {}),
      ...(expected.articles[0]?.sponsored !== undefined ? { sponsored: a.sponsored } : {}),
    }));
    expect(got).toEqual(expected.articles);
  });

  it("keeps the page's own story out of the articles", () => {
    if (expected.page === undefined) return;
    if (expected.page === null) return expect(result.page).toBeNull();
    expect(result.page).toMatchObject(expected.page);
    expect(result.articles.map((a) => a.title)).not.toContain(expected.page.title);
  });
});

describe('Techmeme summaries', () => {
  it('start with their own words, not the dash that follows the headline', () => {
    const expected = fixtures().find((f) => f.adapter === 'techmeme' && f.slug === 'front-page')!;
    const result = parseFile(join(expected.dir, 'source.html'), expected.expected.url, expected.expected.now);
    const snippets = result.articles.map((a) => a.snippet).filter((s): s is string => s !== null);
    expect(snippets.length).toBeGreaterThanOrEqual(3);
    expect(snippets[0]).toMatch(/^Acme's first folding laptop/);
    for (const s of snippets) expect(s).not.toMatch(/^[—–-]/);
  });
});
