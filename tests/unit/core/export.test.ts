import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { CSV_COLUMNS, toCsv } from '../../../core/export/csv';
import { toJson } from '../../../core/export/json';
import { exportFileName } from '../../../core/export/filename';
import type { Article, ParseResult } from '../../../core/types';

function article(title: string, extra: Partial<Article> = {}): Article {
  return {
    id: 'a1', position: 1, section: 'Related Articles', title, url: 'https://rt.com/news/1/',
    source: { name: 'Russia Today', domain: 'rt.com', mismatch: false }, publishedAt: '2025-06-08T13:00:00.000Z',
    time: { text: '5 hours ago', from: 'text', earliest: '2025-06-08T12:00:00.000Z', latest: '2025-06-08T13:00:00.000Z' },
    snippet: null, author: null, imageUrl: null, sponsored: false, ...extra,
  };
}

function result(...articles: Article[]): ParseResult {
  return {
    schemaVersion: 1, url: 'https://www.daily8.com/news/x', capturedAt: '2025-06-08T18:05:00.000Z',
    layout: { kind: 'aggregator', adapter: 'daily8', confidence: 0.9 }, page: null, warnings: [], articles,
  };
}

/** Reads the CSV back as a spreadsheet would (RFC 4180), one object per row. */
const rowsOf = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;

describe('toCsv', () => {
  it('starts with the header row and has one CRLF-terminated row per article', () => {
    const csv = toCsv(result(article('One'), article('Two', { position: 2 })));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(4); // header, 2 rows, and the empty string after the final CRLF
    expect(lines[3]).toBe('');
  });

  it('quotes commas, quotes and newlines so each value reads back intact', () => {
    const title = 'Paris, "drones" and\nUkraine';
    const csv = toCsv(result(article(title, { snippet: 'a,b' })));
    expect(csv).toContain('"Paris, ""drones"" and\nUkraine"');
    const [row] = rowsOf(csv);
    expect(row).toMatchObject({ title, snippet: 'a,b', source: 'Russia Today', published_at: '2025-06-08T13:00:00.000Z' });
  });

  it.each(['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)'])('neutralises a title that a spreadsheet would run: %s', (title) => {
    const cell = rowsOf(toCsv(result(article(title))))[0]?.title;
    expect(cell).toBe(`'${title}`); // OWASP's advice: a leading quote makes the cell text
  });

  it('writes a byte order mark only when asked', () => {
    expect(toCsv(result(article('One')))).not.toMatch(/^\ufeff/);
    expect(toCsv(result(article('One')), { bom: true })).toMatch(/^\ufeffposition,/);
  });

  it('writes the header alone when there are no articles', () => {
    expect(toCsv(result())).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('toJson', () => {
  it('parses back to the same result and ends with a newline', () => {
    const r = result(article('Paris, "drones"\nand Ukraine'), article('Zwei', { position: 2, url: null }));
    const json = toJson(r);
    expect(JSON.parse(json)).toEqual(r);
    expect(json.endsWith('}\n')).toBe(true);
  });
});

describe('exportFileName', () => {
  it('names the file after the host and the capture time in UTC', () => {
    expect(exportFileName('https://www.daily8.com/news/x', '2025-06-08T18:05:00.000Z', 'csv')).toBe('byline-daily8.com-20250608-1805.csv');
    expect(exportFileName('https://news.google.com/', '2025-01-02T23:30:00+02:00', 'json')).toBe('byline-news.google.com-20250102-2130.json');
  });

  it('still gives a usable name for odd input', () => {
    expect(exportFileName('not a url', 'not a date', 'json')).toBe('byline-page-undated.json');
  });
});
