import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { CSV_COLUMNS, toCsv } from '../../../core/export/csv';
import { toJson } from '../../../core/export/json';
import { exportFileName } from '../../../core/export/filename';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, isExportFormat } from '../../../core/export/index';
import { toNdjson, type NdjsonLine } from '../../../core/export/ndjson';
import { escapeMarkdown, toMarkdown } from '../../../core/export/markdown';
import { cslName, toCslJson, type CslItem } from '../../../core/export/csl';
import { TSV_COLUMNS, toTsv } from '../../../core/export/tsv';
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

  it.each(['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1', '=1+1\nsecond line'])(
    'neutralises a title that a spreadsheet would run: %j',
    (title) => {
      const cell = rowsOf(toCsv(result(article(title))))[0]?.title;
      expect(cell).toBe(`'${title}`); // OWASP's advice: a leading quote makes the cell text
    },
  );

  it('neutralises formulas in every text column, not only the title', () => {
    const [row] = rowsOf(toCsv(result(article('Fine', { section: '=1', snippet: '@cmd', author: '+x', source: { name: '-y', domain: 'rt.com', mismatch: false } }))));
    expect(row).toMatchObject({ title: 'Fine', section: "'=1", snippet: "'@cmd", author: "'+x", source: "'-y" });
  });

  it('round-trips every cell through an RFC 4180 reader', () => {
    const tricky = article('  "Quoted", comma\r\nand CRLF  ', {
      section: null, url: 'https://example.com/a?x=1,2&y="z"', snippet: 'Café ’s — 東京 🚀', author: null, sponsored: true,
      source: { name: 'O\'Reilly, "Media"', domain: 'oreilly.com', mismatch: false },
    });
    const [row] = rowsOf(toCsv(result(tricky)));
    expect(row).toEqual({
      position: '1', section: '', title: tricky.title, url: tricky.url, source: 'O\'Reilly, "Media"', source_domain: 'oreilly.com',
      source_mismatch: 'false', published_at: '2025-06-08T13:00:00.000Z', time_text: '5 hours ago', time_from: 'text',
      time_earliest: '2025-06-08T12:00:00.000Z', time_latest: '2025-06-08T13:00:00.000Z', snippet: tricky.snippet, author: '',
      image_url: '', sponsored: 'true', page_url: 'https://www.daily8.com/news/x', captured_at: '2025-06-08T18:05:00.000Z',
    });
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

describe('toNdjson', () => {
  it('writes one JSON object per article and line, each with the page URL and capture time', () => {
    const a = article('One');
    const b = article('Two', { id: 'a2', position: 2, url: null });
    const out = toNdjson(result(a, b));
    const lines = out.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe(''); // a trailing newline, no blank record
    const records = lines.slice(0, 2).map((l) => JSON.parse(l) as NdjsonLine);
    expect(records).toEqual([
      { pageUrl: 'https://www.daily8.com/news/x', capturedAt: '2025-06-08T18:05:00.000Z', ...a },
      { pageUrl: 'https://www.daily8.com/news/x', capturedAt: '2025-06-08T18:05:00.000Z', ...b },
    ]);
  });

  it('writes nothing at all when there are no articles', () => {
    expect(toNdjson(result())).toBe('');
  });

  it('keeps a headline with line breaks, including U+2028 and U+0085, on its own line', () => {
    const title = 'Line one\nline two\u2028three\u2029four\u0085five\r\nsix';
    const out = toNdjson(result(article(title), article('Next', { position: 2 })));
    // Python's str.splitlines() breaks on all of these; every record must survive it.
    const lines = out.split(/\r\n|[\n\r\v\f\u001c-\u001e\u0085\u2028\u2029]/);
    expect(lines).toHaveLength(3);
    expect((JSON.parse(lines[0]!) as NdjsonLine).title).toBe(title);
  });
});

/** CommonMark's backslash escapes undone: what a renderer shows for escaped text. */
const unescapeMarkdown = (md: string): string => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
/** Markup characters not preceded by a backslash. */
const unescaped = (md: string, chars: string): string[] =>
  [...md.matchAll(/\\.|./gsu)].map((m) => m[0]).filter((c) => c.length === 1 && chars.includes(c));

describe('toMarkdown', () => {
  const page = { title: 'World militaries learning from Russia', source: 'Daily8', publishedAt: null, url: 'https://www.daily8.com/news/x' };

  it('heads the list with the page title, then the capture time and page link', () => {
    const md = toMarkdown({ ...result(article('One')), page });
    expect(md.split('\n').slice(0, 3)).toEqual([
      '# World militaries learning from Russia',
      '',
      'Captured 2025-06-08T18:05:00.000Z from <https://www.daily8.com/news/x> · 1 article',
    ]);
  });

  it('uses the page URL as the heading when the page has no title of its own', () => {
    expect(toMarkdown(result(article('One'))).split('\n')[0]).toBe('# <https://www.daily8.com/news/x>');
  });

  it('lists each article with its linked title, source, ISO UTC time with the time text, and section', () => {
    const md = toMarkdown(result(article('Paris wants drones'), article('Undated', { position: 2, publishedAt: null, time: { text: null, from: null, earliest: null, latest: null }, section: null, sponsored: true })));
    expect(md).toContain('\n- [Paris wants drones](https://rt.com/news/1/) — Russia Today · 2025-06-08T13:00:00.000Z (5 hours ago) · Related Articles\n');
    expect(md).toContain('\n- [Undated](https://rt.com/news/1/) — Russia Today · sponsored\n');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('links only http(s) addresses', () => {
    const md = toMarkdown(result(
      article('Script', { url: 'javascript:alert(1)' }),
      article('Data', { position: 2, url: 'data:text/html,<b>x</b>' }),
      article('None', { position: 3, url: null }),
    ));
    expect(md).not.toContain('](');
    expect(md).toContain('\n- Script — Russia Today');
    expect(md).toContain('\n- None — Russia Today');
  });

  it('percent-encodes parentheses and spaces so a link cannot end early', () => {
    const md = toMarkdown(result(article('Wiki', { url: 'https://en.wikipedia.org/wiki/Foo_(bar)) [x](https://evil.example' })));
    const [, target] = /\]\(([^)]*)\)/.exec(md) ?? [];
    expect(target).toBe('https://en.wikipedia.org/wiki/Foo_%28bar%29%29%20[x]%28https://evil.example');
  });

  it('keeps page text as text: no emphasis, code, HTML, link, image or table cell', () => {
    const hostile = '[click](javascript:alert(1)) ![img](https://x/y.png) *bold* _it_ `code` <img src=x onerror=alert(1)> a|b ~~gone~~ \\* #tag';
    const md = toMarkdown(result(article(hostile, { section: '**Top** | <b>', source: { name: '_Wire_ [x]', domain: 'rt.com', mismatch: false } })));
    const item = md.split('\n').find((l) => l.startsWith('- '))!;
    const [, linkText] = /^- \[(.*)\]\(https:\/\/rt\.com\/news\/1\/\) — /.exec(item) ?? [];
    expect(linkText).toBeDefined();
    expect(unescapeMarkdown(linkText!)).toBe(hostile); // what the reader sees is the page text, character for character
    expect(unescaped(linkText!, '[]*_`<>|~\\')).toEqual([]);
    const details = item.slice(item.indexOf(' — ') + 3);
    expect(unescapeMarkdown(details)).toBe('_Wire_ [x] · 2025-06-08T13:00:00.000Z (5 hours ago) · **Top** | <b>');
    expect(unescaped(details, '[]*_`<>|~\\')).toEqual([]);
  });

  it('does not let bare addresses, e-mail addresses or entities turn into links or characters', () => {
    const text = 'See https://evil.example and www.evil.example, mail a@evil.example, AT&amp;T &#60;';
    const escaped = escapeMarkdown(text);
    expect(escaped).not.toMatch(/https:\/\/|www\.|[^\\]@|[^\\]&#?\w+;/);
    expect(unescapeMarkdown(escaped)).toBe(text);
  });

  it('escapes what would open a list, heading or rule at the start of an unlinked title', () => {
    const md = toMarkdown(result(
      article('1. Not a list', { url: null }), article('- nor this', { position: 2, url: null }),
      article('# nor a heading', { position: 3, url: null }), article('---', { position: 4, url: null }),
    ));
    const titles = md.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2, l.indexOf(' — ')));
    expect(titles).toEqual(['1\\. Not a list', '\\- nor this', '\\# nor a heading', '\\---']);
  });

  it('writes each article on one line, whatever line breaks its text holds', () => {
    const md = toMarkdown(result(article('Two\nlines', { snippet: 'x' }), article('Next', { position: 2, section: 'A\n\n# B' })));
    expect(md.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(2);
    expect(md).toContain('- [Two lines](');
    expect(md).toContain('· A \\# B\n');
  });

  it('says so when there are no articles, and shows warnings', () => {
    const md = toMarkdown({ ...result(), warnings: ['parse stopped at its time budget'] });
    expect(md).toContain('· 0 articles');
    expect(md).toContain('\n> Warning: parse stopped at its time budget\n');
    expect(md.endsWith('\nNo articles found.\n')).toBe(true);
  });
});

/** The csl-data.json schema's fields that this export may write, with their JSON types. */
const CSL_FIELDS: Record<string, 'string' | 'names' | 'date'> = {
  id: 'string', type: 'string', title: 'string', URL: 'string', 'container-title': 'string', abstract: 'string',
  author: 'names', issued: 'date', accessed: 'date',
};
const CSL_NAME_FIELDS = ['family', 'given', 'dropping-particle', 'non-dropping-particle', 'suffix', 'literal'];

const isCslName = (n: unknown): boolean =>
  typeof n === 'object' && n !== null && Object.keys(n).length > 0
  && Object.entries(n).every(([k, v]) => CSL_NAME_FIELDS.includes(k) && typeof v === 'string');
const isCslDate = (d: unknown): boolean => {
  const parts = (d as { 'date-parts'?: unknown })?.['date-parts'];
  return Object.keys(d as object).join() === 'date-parts' && Array.isArray(parts) && parts.length >= 1 && parts.length <= 2
    && parts.every((p) => Array.isArray(p) && p.length >= 1 && p.length <= 3 && p.every(Number.isInteger));
};

/** The checks csl-data.json makes on the fields above: required keys, no unknown key, types, names and date-parts. */
function cslProblems(items: unknown): string[] {
  if (!Array.isArray(items)) return ['not an array'];
  return items.flatMap((item: Record<string, unknown>, i) => [
    ...['id', 'type'].filter((key) => !(key in item)).map((key) => `${i}: no ${key}`),
    ...Object.entries(item).flatMap(([key, value]) => {
      const kind = CSL_FIELDS[key];
      const ok = kind === 'string' ? typeof value === 'string'
        : kind === 'names' ? Array.isArray(value) && value.every(isCslName)
        : kind === 'date' ? isCslDate(value)
        : false;
      return ok ? [] : [`${i}: ${kind ? 'bad' : 'unknown field'} ${key}`];
    }),
  ]);
}

describe('toCslJson', () => {
  it('writes one article-newspaper item per article, dated in UTC', () => {
    const items = JSON.parse(toCslJson(result(article('Paris wants drones', { author: 'Jane Doe', snippet: 'Renault confirms.' })))) as CslItem[];
    expect(items).toEqual([{
      id: 'a1', type: 'article-newspaper', title: 'Paris wants drones', URL: 'https://rt.com/news/1/', 'container-title': 'Russia Today',
      author: [{ family: 'Doe', given: 'Jane' }], issued: { 'date-parts': [[2025, 6, 8]] }, accessed: { 'date-parts': [[2025, 6, 8]] },
      abstract: 'Renault confirms.',
    }]);
  });

  it('takes the day in UTC, not in the local zone', () => {
    const late = { ...result(article('Late', { publishedAt: '2025-12-31T23:30:00.000Z' })), capturedAt: '2026-01-01T00:10:00.000Z' };
    const [item] = JSON.parse(toCslJson(late)) as CslItem[];
    expect(item?.issued).toEqual({ 'date-parts': [[2025, 12, 31]] });
    expect(item?.accessed).toEqual({ 'date-parts': [[2026, 1, 1]] });
  });

  it('leaves out what the page did not say, rather than writing null', () => {
    const bare = article('Bare', { url: null, publishedAt: null, source: { name: null, domain: null, mismatch: false } });
    const [item] = JSON.parse(toCslJson(result(bare))) as CslItem[];
    expect(item).toEqual({ id: 'a1', type: 'article-newspaper', title: 'Bare', accessed: { 'date-parts': [[2025, 6, 8]] } });
  });

  it.each([
    ['Jane Doe', { family: 'Doe', given: 'Jane' }],
    ['Mary Ann  Smith', { family: 'Smith', given: 'Mary Ann' }],
    ['Jean-Luc O’Neil', { family: 'O’Neil', given: 'Jean-Luc' }],
    ['Ludwig van Beethoven', { literal: 'Ludwig van Beethoven' }],
    ['Reuters Staff', { literal: 'Reuters Staff' }],
    ['Jane Doe and John Roe', { literal: 'Jane Doe and John Roe' }],
    ['dang', { literal: 'dang' }],
    ['Associated Press', { literal: 'Associated Press' }],
  ])('reads the byline %j as %j', (author, name) => {
    expect(cslName(author)).toEqual(name);
  });

  it('is valid CSL-JSON by the schema field names and shapes', () => {
    const out = toCslJson(result(
      article('One', { author: 'Jane Doe', snippet: 's' }), article('Two', { id: 'a2', position: 2, author: 'Reuters Staff', url: null }),
      article('Three', { id: 'a3', position: 3, publishedAt: null, source: { name: null, domain: null, mismatch: false } }),
    ));
    expect(cslProblems(JSON.parse(out))).toEqual([]);
    // The check itself catches what the schema rejects.
    const bad = [{ type: 'article-newspaper', publisher_name: 'x', author: [{ first: 'x' }], issued: { 'date-parts': [[2025, 6, 8, 1]] } }];
    expect(cslProblems(bad)).toEqual(['0: no id', '0: unknown field publisher_name', '0: bad author', '0: bad issued']);
    expect(new Set((JSON.parse(out) as CslItem[]).map((i) => i.id)).size).toBe(3);
  });

  it('keeps a title that looks like date-parts as it was, and writes [] when there are no articles', () => {
    const [item] = JSON.parse(toCslJson(result(article('[[2025, 6, 8]] and [\n[1,\n2,\n3\n]\n]')))) as CslItem[];
    expect(item?.title).toBe('[[2025, 6, 8]] and [\n[1,\n2,\n3\n]\n]');
    expect(toCslJson(result())).toBe('[]\n');
  });
});

/** Reads TSV back as a spreadsheet's paste does: tab-separated, a leading quote opens a quoted cell. */
const tsvRows = (tsv: string) => Papa.parse<string[]>(tsv, { delimiter: '\t', newline: '\n', skipEmptyLines: true }).data;

describe('toTsv', () => {
  it('writes a header and one line per article: title, url, source, published_at', () => {
    const tsv = toTsv(result(
      article('One'),
      article('Two', { position: 2, url: null, source: { name: null, domain: 'x.com', mismatch: false }, publishedAt: null }),
      article('Three', { position: 3, url: null, source: { name: null, domain: null, mismatch: false }, publishedAt: null }),
    ));
    expect(tsv).toBe([
      TSV_COLUMNS.join('\t'),
      'One\thttps://rt.com/news/1/\tRussia Today\t2025-06-08T13:00:00.000Z',
      'Two\t\tx.com\t',
      'Three\t\t\t',
      '',
    ].join('\n'));
  });

  it('turns tabs and line breaks inside cells into spaces, so rows and columns stay put', () => {
    const tsv = toTsv(result(article('Tab\there\r\nand\nthere\u2028end', { source: { name: 'A\tB', domain: null, mismatch: false } })));
    const lines = tsv.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.split('\t')).toEqual(['Tab here and there end', 'https://rt.com/news/1/', 'A B', '2025-06-08T13:00:00.000Z']);
  });

  it.each(['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1'])('neutralises a formula like the CSV does: %j', (title) => {
    const cell = tsvRows(toTsv(result(article(title))))[1]?.[0];
    expect(cell?.startsWith("'")).toBe(true);
    expect(cell).toBe(`'${title}`.replace(/[\t\r]/g, ' '));
  });

  it('keeps quotes a spreadsheet paste would otherwise strip', () => {
    const titles = ['"Never again," he said', 'He said "never"', 'Plain'];
    const rows = tsvRows(toTsv(result(...titles.map((t, i) => article(t, { position: i + 1 })))));
    expect(rows.slice(1).map((r) => r[0])).toEqual(titles);
  });

  it('writes the header alone when there are no articles', () => {
    expect(toTsv(result())).toBe(`${TSV_COLUMNS.join('\t')}\n`);
  });
});

describe('EXPORT_FORMATS', () => {
  const r = result(article('One'));

  it('registers every format the popup and the CLI offer, with its type', () => {
    expect(Object.fromEntries(EXPORT_FORMAT_NAMES.map((n) => [n, [EXPORT_FORMATS[n].ext, EXPORT_FORMATS[n].mime, EXPORT_FORMATS[n].label]]))).toEqual({
      json: ['json', 'application/json', 'JSON'],
      csv: ['csv', 'text/csv', 'CSV'],
      'csv-excel': ['csv', 'text/csv', 'CSV (Excel)'],
      ndjson: ['ndjson', 'application/x-ndjson', 'NDJSON'],
      md: ['md', 'text/markdown', 'Markdown'],
      csl: ['csl.json', 'application/vnd.citationstyles.csl+json', 'CSL-JSON'],
      tsv: ['tsv', 'text/tab-separated-values', 'TSV'],
    });
    expect(EXPORT_FORMAT_NAMES.filter((n) => EXPORT_FORMATS[n].clipboard)).toEqual(['md', 'tsv']);
    expect(isExportFormat('xml')).toBe(false);
    expect(isExportFormat('toString')).toBe(false);
  });

  it('names each file with its format\'s extension, and JSON and CSL-JSON files apart', () => {
    const names = EXPORT_FORMAT_NAMES.map((n) => exportFileName(r.url, r.capturedAt, EXPORT_FORMATS[n].ext));
    EXPORT_FORMAT_NAMES.forEach((n, i) => expect(names[i]).toBe(`byline-daily8.com-20250608-1805.${EXPORT_FORMATS[n].ext}`));
    expect(names[EXPORT_FORMAT_NAMES.indexOf('csl')]).toMatch(/\.json$/);
    // Only the two CSV variants (the same table) share a name.
    expect(new Set(names).size).toBe(names.length - 1);
  });

  it('gives Excel the same CSV with a byte order mark', () => {
    expect(EXPORT_FORMATS['csv-excel'].build(r)).toBe(`\ufeff${EXPORT_FORMATS.csv.build(r)}`);
  });

  it('ends every export with one newline (NDJSON with none when empty)', () => {
    for (const n of EXPORT_FORMAT_NAMES) {
      expect(EXPORT_FORMATS[n].build(r), n).toMatch(/[^\n]\n$/);
      const empty = EXPORT_FORMATS[n].build(result());
      expect(empty, n).toMatch(n === 'ndjson' ? /^$/ : /[^\n]\n$/);
    }
  });
});
