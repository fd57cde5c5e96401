/**
 * `npx tsx scripts/bench-ab.ts REV [WORD]`: the parser at git revision REV (A) against the working tree (B), in one
 * headless Chromium page, their runs alternating so that the machine's changing load falls on both alike. Prints each
 * corpus page's median parse time for both, B/A, and whether the two parses give the same result (byte for byte).
 * For speed work: a change is kept when B/A is below 1 across runs and every page says "same" (or the difference is
 * the point of the change).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { browserBinary, CHROMIUM_FLAGS, missingBrowserReason } from './browsers';
import { corpusAvailable, CORPUS_DIR } from './score';
import { corpusTexts } from './corpus-files';
import { generatedPage } from './generated-page';

const ROOT = resolve(import.meta.dirname, '..');
const [rev, only = ''] = process.argv.slice(2);
if (!rev) {
  process.stderr.write('bench-ab: usage: npx tsx scripts/bench-ab.ts REV [WORD]\n');
  process.exit(2);
}
if (!corpusAvailable()) {
  process.stderr.write(`bench-ab: the corpus folder ${CORPUS_DIR} is missing\n`);
  process.exit(2);
}
const executablePath = browserBinary('chromium');
if (!executablePath) {
  process.stderr.write(`bench-ab: ${missingBrowserReason('chromium')}\n`);
  process.exit(2);
}

/** The parser of a source tree as one script that sets globalThis[name]. */
async function bundle(root: string, name: string): Promise<string> {
  const contents = `import { parsePage } from './core/parse'; import { Budget } from './core/budget'; globalThis.${name} = { parsePage, Budget };`;
  const out = await build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, minify: true, format: 'iife', write: false, target: 'es2022', logLevel: 'error' });
  return out.outputFiles[0]!.text;
}

const dir = mkdtempSync(join(tmpdir(), 'byline-ab-'));
const tree = join(dir, 'a');
execFileSync('git', ['worktree', 'add', '--detach', tree, rev], { cwd: ROOT, stdio: 'ignore' });
try {
  symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
  const [a, b] = [await bundle(tree, 'A'), await bundle(ROOT, 'B')];
  const browser = await puppeteer.launch({ executablePath, headless: true, pipe: true, args: [...CHROMIUM_FLAGS, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])] });
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ content: `globalThis.__name = (f) => f;\n${a}\n${b}` });
    const pages = [
      ...corpusTexts().map((p) => ({ page: p.file, html: p.html, url: p.url, now: p.now })),
      { page: 'generated-1000', html: generatedPage(1000), url: 'https://news.example/', now: '2025-06-08T18:00:00Z' },
    ].filter((p) => p.page.includes(only));
    const rows = await page.evaluate((list) => {
      type Core = { parsePage: (doc: Document, ctx: unknown) => unknown; Budget: new (ms: number) => unknown };
      const g = globalThis as unknown as { A: Core; B: Core };
      const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
      return list.map((p) => {
        const doc = new DOMParser().parseFromString(p.html, 'text/html');
        const run = (core: Core): unknown => core.parsePage(doc, { url: new URL(p.url), now: new Date(p.now), budget: new core.Budget(1e9) });
        const same = JSON.stringify(run(g.A)) === JSON.stringify(run(g.B));
        for (let i = 0; i < 10; i++) {
          run(g.A);
          run(g.B);
        }
        const times: Record<'A' | 'B', number[]> = { A: [], B: [] };
        const reps = p.page.startsWith('generated') ? 2 : 10;
        for (let r = 0; r < 31; r++) {
          for (const key of r % 2 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
            const start = performance.now();
            for (let i = 0; i < reps; i++) run(g[key]);
            times[key].push((performance.now() - start) / reps);
          }
        }
        return { page: p.page, a: median(times.A), b: median(times.B), same };
      });
    }, pages);
    for (const r of rows) console.log(`${r.page.padEnd(26)} A ${r.a.toFixed(2)} ms  B ${r.b.toFixed(2)} ms  B/A ${(r.b / r.a).toFixed(2)}  ${r.same ? 'same' : 'DIFFERENT RESULT'}`);
    const ratios = rows.filter((r) => !r.page.startsWith('generated')).map((r) => r.b / r.a).sort((x, y) => x - y);
    if (ratios.length) console.log(`median B/A over the corpus pages: ${ratios[ratios.length >> 1]!.toFixed(2)}`);
  } finally {
    await browser.close();
  }
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT, stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
}
