/**
 * npm run bench: the parser in headless Chromium on every corpus page and on generated pages of 100, 1,000 and 10,000
 * blocks. Per page: the parse time, a bare TreeWalker over every node of the same document (the floor: touching each
 * node once), one read of every node's tag name, text and link target (the least a parser that reads the page does),
 * and @mozilla/readability on a clone of it, as the median of many runs after warm-up (runs of a few
 * passes over all the pages pooled), plus the cold first parse; with the ratios. Then the overlay with the built
 * extension in Chromium and Firefox (scripts/bench-overlay.ts) and the popup (scripts/bench-popup.ts). Writes the
 * tables to docs/benchmarks.md.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openCorePage } from './core-page';
import { corpusAvailable, CORPUS_DIR } from './score';
import { corpusTexts } from './corpus-files';
import { overlayBench, type OverlaySample } from './bench-overlay';
import { popupBench, popupGzipBytes, popupTable } from './bench-popup';
import { BROWSERS } from './browsers';
import { generatedPage } from './generated-page';
import { buildExtension } from './build-ext';

/** Passes over the pages (see below). */
const PASSES = 3;
/** The overlay is measured this many times (a page load in a fresh browser varies more than a parse). */
const OVERLAY_RUNS = 3;

/** Per-call times of every run, in ms. */
interface Runs {
  page: string;
  nodes: number;
  articles: number;
  cold: number;
  parse: number[];
  walk: number[];
  read: number[];
  readability: number[];
}

interface Sample {
  page: string;
  nodes: number;
  articles: number;
  cold: number;
  parse: number;
  walk: number;
  read: number;
  readability: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs in the page. Times are per call, from batches long enough for the timer's resolution. */
function benchInPage(args: { html: string; url: string; now: string; page: string }): Runs {
  const core = (globalThis as unknown as {
    BylineCore: { parsePage: Function; Budget: new (ms: number) => unknown; Readability: new (doc: Document) => { parse(): unknown } };
  }).BylineCore;
  const doc = new DOMParser().parseFromString(args.html, 'text/html');
  const ctx = () => ({ url: new URL(args.url), now: new Date(args.now), budget: new core.Budget(1e9) });
  const t0 = performance.now();
  const first = core.parsePage(doc, ctx()) as { articles: unknown[] };
  const cold = performance.now() - t0;
  /** Per-call times of `fn` in `runs` batches, after `warmup` calls; `setup` runs untimed before each. */
  const time = (fn: (x: unknown) => void, runs: number, warmup: number, setup: () => unknown = () => null): number[] => {
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
    return samples;
  };
  const walk = (): void => {
    const w = doc.createTreeWalker(doc, NodeFilter.SHOW_ALL);
    let n = 0;
    while (w.nextNode()) n++;
    if (n < 0) throw new Error('unreachable');
  };
  // What any parser that reads the page's text must do at least: each element's tag name, each text, each link target.
  const read = (): void => {
    const w = doc.createTreeWalker(doc, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let n = 0;
    for (let node = w.nextNode(); node; node = w.nextNode()) {
      if (node.nodeType === 3) n += (node.nodeValue ?? '').length;
      else {
        const tag = (node as Element).tagName;
        n += tag === 'A' ? ((node as Element).getAttribute('href') ?? '').length : tag.length;
      }
    }
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
    parse: time(() => core.parsePage(doc, ctx()), big ? 9 : 21, big ? 2 : 5),
    walk: time(walk, 21, 5),
    read: time(read, 21, 5),
    readability: time((clone) => new core.Readability(clone as Document).parse(), big ? 3 : 7, 1, () => doc.cloneNode(true)),
  };
}

const pages: Array<{ page: string; html: string; url: string; now: string }> = [];
if (corpusAvailable()) for (const p of corpusTexts()) pages.push({ page: p.file, html: p.html, url: p.url, now: p.now });
else console.warn(`The corpus folder ${CORPUS_DIR} is missing: benchmarking the generated pages only`);
for (const n of [100, 1000, 10_000]) pages.push({ page: `generated-${n}`, html: generatedPage(n), url: 'https://news.example/', now: '2025-06-08T18:00:00Z' });

// `npm run bench -- WORD` measures only the pages whose names contain WORD (and writes no report).
const only = process.argv[2];
// `npm run bench -- overlay` and `npm run bench -- popup` build the extension and measure that part alone.
if (only === 'overlay' || only === 'popup') {
  for (const name of BROWSERS) buildExtension(name);
  console.log(only === 'overlay' ? (await overlayTable()).join('\n') : popupTable(await popupBench(), popupGzipBytes()));
  process.exit(0);
}
if (only) pages.splice(0, pages.length, ...pages.filter((p) => p.page.includes(only)));
const { browser, page } = await openCorePage();
const pooled: Runs[] = [];
try {
  // Several passes over all the pages, their runs pooled: a burst of other work on the machine then lands in a few runs
  // of each page rather than in all of one. "Cold" is the first pass's (later passes run warm code).
  for (let pass = 0; pass < PASSES; pass++) {
    for (const [i, p] of pages.entries()) {
      const s = await page.evaluate(benchInPage, p);
      const kept = pooled[i];
      pooled[i] = kept
        ? { ...kept, parse: [...kept.parse, ...s.parse], walk: [...kept.walk, ...s.walk], read: [...kept.read, ...s.read], readability: [...kept.readability, ...s.readability] }
        : s;
      console.error(`measured ${s.page} (pass ${pass + 1} of ${PASSES})`);
    }
  }
} finally {
  await browser.close();
}
const samples: Sample[] = pooled.map((r) => ({ ...r, parse: median(r.parse), walk: median(r.walk), read: median(r.read), readability: median(r.readability) }));

const ms = (x: number): string => (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(0));
const head = ['page', 'nodes', 'articles', 'walk ms', 'read ms', 'parse ms', 'parse/walk', 'readability ms', 'readability/parse', 'cold parse ms'];
const rows = samples.map((s) => [
  s.page, String(s.nodes), String(s.articles), ms(s.walk), ms(s.read), ms(s.parse), `${(s.parse / s.walk).toFixed(1)}×`, ms(s.readability), `${(s.readability / s.parse).toFixed(1)}×`, ms(s.cold),
]);
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
  ...(corpus.length ? [floorLine(corpus)] : []),
  `Scaling: 10× the blocks costs ${scale(100, 1000)} (100 → 1,000) and ${scale(1000, 10_000)} (1,000 → 10,000) the time (target ≤ 11×).`,
];
if (!only) {
  // Built afresh: an older build would measure older code.
  for (const name of BROWSERS) buildExtension(name);
  lines.push('', ...(await overlayTable()), '', popupTable(await popupBench(), popupGzipBytes()));
}

/**
 * How the targets compare with one read of every node: its cost in walks, and on the pages where it is tightest, the
 * time the Readability target leaves a parse (Readability's time / 20) counted in such reads.
 */
function floorLine(corpus: Sample[]): string {
  const reads = corpus.map((s) => s.read / s.walk).sort((a, b) => a - b);
  const room = corpus.map((s) => ({ page: s.page, reads: s.readability / 20 / s.read })).sort((a, b) => a.reads - b.reads);
  const tightest = room.slice(0, 3).map((r) => `${r.page} ${r.reads.toFixed(1)}`).join(', ');
  return `Reading every node once (tag name, text, link target) costs ${reads[Math.floor(reads.length / 2)]!.toFixed(1)}× the walk at the median page (${reads[0]!.toFixed(1)}–${reads[reads.length - 1]!.toFixed(1)}×). The Readability target leaves a parse this many such reads on the tightest pages: ${tightest}.`;
}

/** The overlay in each browser, OVERLAY_RUNS times: medians, and the longest stretch of any run (the target is about every one). */
async function overlayTable(): Promise<string[]> {
  const columns: Array<{ name: string; runs: OverlaySample[] }> = [];
  for (const name of BROWSERS) {
    const runs: OverlaySample[] = [];
    for (let run = 0; run < OVERLAY_RUNS; run++) runs.push(await overlayBench(generatedPage, name));
    columns.push({ name, runs });
  }
  const row = (label: string, cell: (runs: OverlaySample[]) => string): string => `| ${label} | ${columns.map((c) => cell(c.runs)).join(' | ')} |`;
  const mid = (runs: OverlaySample[], pick: (o: OverlaySample) => number): number => median(runs.map(pick));
  return [
    `### Overlay: ${Math.max(...columns.flatMap((c) => c.runs.map((o) => o.blocks))).toLocaleString('en')} blocks (built extension; median of ${OVERLAY_RUNS} runs, longest stretch of any)`,
    '',
    `| | ${columns.map((c) => c.name).join(' | ')} |`,
    `|---|${columns.map(() => '---').join('|')}|`,
    row('blocks with a badge', (runs) => String(Math.min(...runs.map((o) => o.blocks)))),
    row('script start → last badge', (runs) => `${mid(runs, (o) => o.readyMs).toFixed(0)} ms`),
    row('of which the full parse', (runs) => `${mid(runs, (o) => o.parseMs).toFixed(0)} ms`),
    row('longest main-thread stretch while annotating (target ≤ 50 ms)', (runs) => `${Math.max(...runs.map((o) => o.longestTaskMs)).toFixed(0)} ms`),
    row('reading 20 appended blocks (target ≤ 5% of a full parse)', (runs) => {
      const update = mid(runs, (o) => o.updateMs);
      return `${update.toFixed(1)} ms = ${((100 * update) / mid(runs, (o) => o.parseMs)).toFixed(1)}%`;
    }),
  ];
}
console.log(lines.join('\n'));
const doc = `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (${process.platform}, Node ${process.version}): the parser in headless
Chromium, the overlay and the popup with the built extension in headless Chromium and Firefox.
Times are medians of many runs after warm-up (each run a batch long enough for the timer's resolution; the runs of
${PASSES} passes over all the pages pooled); "cold" is the first parse of the page. "walk" is a bare TreeWalker over every node of the same document: the floor of touching each node
once; "read" is one walk that also reads every element's tag name, every text and every link's target, the least a
parser that reads the page must do. Readability runs on a fresh clone of the document each time.

${lines.join('\n')}
`;
if (!only) writeFileSync(join(resolve(import.meta.dirname, '..'), 'docs', 'benchmarks.md'), doc);
