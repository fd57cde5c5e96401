import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParseResult } from '../../../core/types';
import type { NdjsonLine } from '../../../core/export/ndjson';
import type { CslItem } from '../../../core/export/csl';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, type ExportFormat } from '../../../core/export/index';
import { parsePage } from '../../../core/parse';
import { documentFromHtml } from '../../../cli/dom';
import { ROOT } from '../../helpers/fixtures';

const PAGE = 'tests/fixtures/daily8/semantic-cards/source.html';
const URL_ = 'https://daily8.com/news/world-militaries-learning-from-russia';
const NOW = '2025-06-08T18:00:00Z';
const tmp = mkdtempSync(join(tmpdir(), 'byline-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function byline(...args: string[]) {
  return bylineWith({}, ...args);
}

function bylineWith(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/byline.mjs', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000, env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The fixture page exported in one format, run once per format (each run starts a Node process) in a zone and language
 * far from UTC and English: an export must not depend on where the command runs.
 */
const exported = new Map<string, ReturnType<typeof byline>>();
function exportOf(format: ExportFormat): ReturnType<typeof byline> {
  let r = exported.get(format);
  if (!r) {
    r = bylineWith({ TZ: 'Pacific/Chatham', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' }, 'parse', PAGE, '--url', URL_, '--now', NOW, '--format', format);
    exported.set(format, r);
  }
  return r;
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
    const r = exportOf('csv');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^position,section,title,url,/);
    expect(lines[1]).toMatch(/^1,Related Articles,Paris wants to produce drones in Ukraine,/);
  });

  it('prints one JSON line per article, with the page URL and capture time, with --format ndjson', () => {
    const r = exportOf('ndjson');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.endsWith('}\n')).toBe(true);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as NdjsonLine);
    expect(lines.map((l) => [l.pageUrl, l.capturedAt, l.position, l.title, l.source.name, l.publishedAt])).toEqual([
      [URL_, '2025-06-08T18:00:00.000Z', 1, 'Paris wants to produce drones in Ukraine', 'Russia Today', '2025-06-08T13:00:00.000Z'],
      [URL_, '2025-06-08T18:00:00.000Z', 2, 'Germany planning major bunker expansion', 'Russia Today', '2025-06-08T12:00:00.000Z'],
      [URL_, '2025-06-08T18:00:00.000Z', 3, 'Ukraine planned drone attack on Russian ships in Asia', 'Russia Today', '2025-06-08T04:00:00.000Z'],
    ]);
  });

  it('prints a Markdown heading and a linked list with --format md', () => {
    const r = exportOf('md');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe([
      '# World militaries learning from Russia',
      '',
      `Captured 2025-06-08T18:00:00.000Z from <${URL_}> · 3 articles`,
      '',
      '- [Paris wants to produce drones in Ukraine](https://daily8.com/news/paris-wants-to-produce-drones-in-ukraine) — Russia Today · 2025-06-08T13:00:00.000Z (5 hours ago) · Related Articles',
      '- [Germany planning major bunker expansion](https://daily8.com/news/germany-planning-major-bunker-expansion) — Russia Today · 2025-06-08T12:00:00.000Z (6 hours ago) · Related Articles',
      '- [Ukraine planned drone attack on Russian ships in Asia](https://daily8.com/news/ukraine-planned-drone-attack-on-russian-ships-in-asia) — Russia Today · 2025-06-08T04:00:00.000Z (14 hours ago) · Related Articles',
      '',
    ].join('\n'));
  });

  it('prints CSL-JSON newspaper articles with --format csl', () => {
    const r = exportOf('csl');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const items = JSON.parse(r.stdout) as CslItem[];
    expect(items).toHaveLength(3);
    expect(items[0]).toMatchObject({
      type: 'article-newspaper', title: 'Paris wants to produce drones in Ukraine', URL: 'https://daily8.com/news/paris-wants-to-produce-drones-in-ukraine',
      'container-title': 'Russia Today', issued: { 'date-parts': [[2025, 6, 8]] }, accessed: { 'date-parts': [[2025, 6, 8]] },
    });
    expect(new Set(items.map((i) => i.id)).size).toBe(3);
  });

  it('prints, for every format, exactly what the popup\'s export builds from the same page and time', () => {
    const result = parsePage(documentFromHtml(readFileSync(join(ROOT, PAGE)), URL_), { url: new URL(URL_), now: new Date(NOW) });
    for (const name of EXPORT_FORMAT_NAMES) {
      const r = exportOf(name);
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(r.stdout, name).toBe(EXPORT_FORMATS[name].build(result));
    }
  });

  it('lists every format in the usage line and in the unknown-format error', () => {
    const help = byline('--help');
    expect(help.code).toBe(0);
    expect(help.stdout.split('\n')[0]).toContain(`--format ${EXPORT_FORMAT_NAMES.join('|')}]`);
    expect(EXPORT_FORMAT_NAMES).toEqual(['json', 'csv', 'csv-excel', 'ndjson', 'md', 'csl', 'tsv']);
    const bad = byline('parse', PAGE, '--format', 'xml');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('byline: unknown format "xml"; use one of json, csv, csv-excel, ndjson, md, csl, tsv\n');
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
