/**
 * npm run bench: the parser in headless Chromium on every corpus page and on generated pages of 100, 1,000 and 10,000
 * blocks. Per page: the parse time, a bare TreeWalker over every node of the same document (the floor: touching each
 * node once) and @mozilla/readability on a clone of it, as medians of many runs after warm-up, plus the cold first
 * parse; with the ratios. Writes the table to docs/benchmarks.md.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openCorePage } from './core-page';
import { corpusAvailable, CORPUS_DIR } from './score';
import { corpusTexts } from './corpus-files';
import { overlayBench } from './bench-overlay';
import { generatedPage } from './generated-page';
import { existsSync } from 'node:fs';
import { BUILD_DIRS } from './browsers';
import { buildExtension } from './build-ext';

interface Sample {
  page: string;
  nodes: number;
  articles: number;
  cold: number;
  parse: number;
  walk: number;
  readability: number;
}

/** Runs in the page. Times are per call, from batches long enough for the timer's resolution. */
function benchInPage(args: { html: string; url: string; now: string; page: string }): Sample {
  const core = (globalThis as unknown as {
    BylineCore: { parsePage: Function; Budget: new (ms: number) => unknown; Readability: new (doc: Document) => { parse(): unknown } };
  }).BylineCore;
  const doc = new DOMParser().parseFromString(args.html, 'text/html');
  const ctx = () => ({ url: new URL(args.url), now: new Date(args.now), budget: new core.Budget(1e9) });
  const t0 = performance.now();
  const first = core.parsePage(doc, ctx()) as { articles: unknown[] };
  const cold = performance.now() - t0;
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  /** Median per-call time of `fn` over `runs` batches, after `warmup` calls; `setup` runs untimed before each call. */
  const time = (fn: (x: unknown) => void, runs: number, warmup: number, setup: () => unknown = () => null): number => {
    for (let i = 0; i < warmup; i++) fn(setup());
    const probe = performance.now();
    fn(setup());
    const once = Math.max(performance.now() - probe, 0.01);
    const batch = Math.max(1, Math.ceil(5 / once));
    const samples: number[] = [];
    for (let r = 0; r < runs; r++) {
      const inputs = Array.from({ length: batch }, setup);
      const start = performance.now();
      for (const input of inputs) fn(input);
      samples.push((performance.now() - start) / batch);
    }
    return median(samples);
  };
  const walk = (): void => {
    const w = doc.createTreeWalker(doc, NodeFilter.SHOW_ALL);
    let n = 0;
    while (w.nextNode()) n++;
    if (n < 0) throw new Error('unreachable');
  };
  const nodes = (() => {
    const w = doc.createTreeWalker(doc, NodeFilter.SHOW_ALL);
    let n = 0;
    while (w.nextNode()) n++;
    return n;
  })();
  const big = nodes > 100_000;
  return {
    page: args.page,
    nodes,
    articles: first.articles.length,
    cold,
    parse: time(() => core.parsePage(doc, ctx()), big ? 7 : 21, big ? 2 : 5),
    walk: time(walk, 21, 5),
    readability: time((clone) => new core.Readability(clone as Document).parse(), big ? 3 : 7, 1, () => doc.cloneNode(true)),
  };
}

const pages: Array<{ page: string; html: string; url: string; now: string }> = [];
if (corpusAvailable()) for (const p of corpusTexts()) pages.push({ page: p.file, html: p.html, url: p.url, now: p.now });
else console.warn(`The corpus folder ${CORPUS_DIR} is missing: benchmarking the generated pages only`);
for (const n of [100, 1000, 10_000]) pages.push({ page: `generated-${n}`, html: generatedPage(n), url: 'https://news.example/', now: '2025-06-08T18:00:00Z' });

// `npm run bench -- WORD` measures only the pages whose names contain WORD (and writes no report);
// `npm run bench -- overlay` builds the extension and measures the overlay alone, three times.
const only = process.argv[2];
if (only === 'overlay') {
  buildExtension('chromium');
  for (let run = 1; run <= 3; run++) console.log(JSON.stringify(await overlayBench(generatedPage)));
  process.exit(0);
}
if (only) pages.splice(0, pages.length, ...pages.filter((p) => p.page.includes(only)));
const { browser, page } = await openCorePage();
const samples: Sample[] = [];
try {
  for (const p of pages) {
    const s = await page.evaluate(benchInPage, p);
    samples.push(s);
    console.error(`measured ${s.page}`);
  }
} finally {
  await browser.close();
}

const ms = (x: number): string => (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(0));
const head = ['page', 'nodes', 'articles', 'walk ms', 'parse ms', 'parse/walk', 'readability ms', 'readability/parse', 'cold parse ms'];
const rows = samples.map((s) => [s.page, String(s.nodes), String(s.articles), ms(s.walk), ms(s.parse), `${(s.parse / s.walk).toFixed(1)}×`, ms(s.readability), `${(s.readability / s.parse).toFixed(1)}×`, ms(s.cold)]);
const corpus = samples.filter((s) => !s.page.startsWith('generated'));
const ratios = corpus.map((s) => s.parse / s.walk).sort((a, b) => a - b);
const gen = (n: number): Sample | undefined => samples.find((s) => s.page === `generated-${n}`);
const scale = (a: number, b: number): string => {
  const x = gen(a);
  const y = gen(b);
  return x && y ? `${(y.parse / x.parse).toFixed(2)}×` : '—';
};
const lines = [
  `| ${head.join(' | ')} |`,
  `|${head.map(() => '---').join('|')}|`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
  '',
  corpus.length
    ? `Corpus: parse/walk median ${ratios[Math.floor(ratios.length / 2)]!.toFixed(1)}× (target ≤ 10×), worst ${ratios[ratios.length - 1]!.toFixed(1)}× (target ≤ 20×); Readability/parse lowest ${Math.min(...corpus.map((s) => s.readability / s.parse)).toFixed(1)}× (target ≥ 20×).`
    : 'Corpus: not available.',
  `Scaling: 10× the blocks costs ${scale(100, 1000)} (100 → 1,000) and ${scale(1000, 10_000)} (1,000 → 10,000) the time (target ≤ 11×).`,
];
if (!only) {
  if (!existsSync(join(BUILD_DIRS.chromium, 'manifest.json'))) buildExtension('chromium');
  const o = await overlayBench(generatedPage);
  lines.push(
    '',
    '| overlay (Chromium, built extension) | value |',
    '|---|---|',
    `| blocks with a badge | ${o.blocks} |`,
    `| script start → last badge | ${o.readyMs.toFixed(0)} ms |`,
    `| of which the full parse | ${o.parseMs.toFixed(0)} ms |`,
    `| longest main-thread task while annotating | ${o.longestTaskMs.toFixed(0)} ms (target: none over 50 ms) |`,
    `| reading 20 appended blocks | ${o.updateMs.toFixed(1)} ms = ${((100 * o.updateMs) / o.parseMs).toFixed(1)}% of a full parse (target ≤ 5%) |`,
  );
}
console.log(lines.join('\n'));
const doc = `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} in headless Chromium (${process.platform}, Node ${process.version}), one run.
Times are medians of many runs after warm-up (each run a batch long enough for the timer's resolution); "cold" is the
first parse of the page. "walk" is a bare TreeWalker over every node of the same document: the floor of touching each
node once. Readability runs on a fresh clone of the document each time.

${lines.join('\n')}
`;
if (!only) writeFileSync(join(resolve(import.meta.dirname, '..'), 'docs', 'benchmarks.md'), doc);
