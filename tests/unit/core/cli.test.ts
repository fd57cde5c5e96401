import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParseResult } from '../../../core/types';
import { ROOT } from '../../helpers/fixtures';

const PAGE = 'tests/fixtures/daily8/semantic-cards/source.html';
const URL_ = 'https://daily8.com/news/world-militaries-learning-from-russia';
const NOW = '2025-06-08T18:00:00Z';
const tmp = mkdtempSync(join(tmpdir(), 'byline-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function byline(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/byline.mjs', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Two related-story cards whose first headline is `headline`, framed by `head` (raw bytes: the charset is the test). */
function cardsPage(head: string, headline: Buffer): Buffer {
  const card = (title: Buffer, slug: string, age: string) => Buffer.concat([
    Buffer.from(`<article><strong>Russia Today</strong> <span>${age}</span><h3><a href="/news/${slug}">`),
    title,
    Buffer.from('</a></h3><p>A paragraph long enough to read as the summary of this story.</p></article>'),
  ]);
  return Buffer.concat([
    Buffer.from(`<!doctype html><html><head>${head}<title>t</title></head><body><section><h2>Related Articles</h2>`),
    card(headline, 'one', '5 hours ago'),
    card(Buffer.from('Germany planning major bunker expansion'), 'two', '6 hours ago'),
    Buffer.from('</section></body></html>'),
  ]);
}

function firstTitle(file: string, bytes: Buffer): string | undefined {
  writeFileSync(join(tmp, file), bytes);
  const r = byline('parse', join(tmp, file), '--url', URL_, '--now', NOW);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as ParseResult).articles[0]?.title;
}

describe('byline parse', { timeout: 60_000 }, () => {
  it('prints the ParseResult as JSON on stdout and nothing on stderr', () => {
    const r = byline('parse', PAGE, '--url', URL_, '--now', NOW);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as ParseResult;
    expect(result).toMatchObject({ schemaVersion: 1, url: URL_, capturedAt: '2025-06-08T18:00:00.000Z' });
    expect(result.articles.map((a) => a.title)).toEqual([
      'Paris wants to produce drones in Ukraine',
      'Germany planning major bunker expansion',
      'Ukraine planned drone attack on Russian ships in Asia',
    ]);
  });

  it('prints a header and one CSV row per article with --format csv', () => {
    const r = byline('parse', PAGE, '--url', URL_, '--now', NOW, '--format', 'csv');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^position,section,title,url,/);
    expect(lines[1]).toMatch(/^1,Related Articles,Paris wants to produce drones in Ukraine,/);
  });

  it.each([
    ['a missing file', ['parse', 'tests/fixtures/nope.html', '--url', URL_]],
    ['an unknown --format', ['parse', PAGE, '--format', 'xml']],
    ['a bad --now', ['parse', PAGE, '--now', 'yesterday']],
    ['an impossible --now', ['parse', PAGE, '--now', '2025-13-45T00:00:00Z']],
    ['a bad --url', ['parse', PAGE, '--url', 'daily8.com/news']],
    ['no command', []],
  ])('exits 2 with one line on stderr and nothing on stdout for %s', (_, args) => {
    const r = byline(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^byline: [^\n]+\n$/);
  });

  it('decodes a page saved in windows-1252', () => {
    const bytes = cardsPage('<meta charset="windows-1252">', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x92, 0x73, 0x20, 0x6f, 0x70, 0x65, 0x6e])); // Café ’s open
    expect(firstTitle('cp1252.html', bytes)).toBe('Café ’s open');
  });

  it('keeps UTF-8 text when the page wrongly declares euc-kr', () => {
    const bytes = cardsPage('<meta charset="euc-kr">', Buffer.from('서울 시장 선거 — Café', 'utf8'));
    expect(firstTitle('euc-kr.html', bytes)).toBe('서울 시장 선거 — Café');
  });
});
