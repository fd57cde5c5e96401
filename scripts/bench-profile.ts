/**
 * `npx tsx scripts/bench-profile.ts [WORD]`: where the parser's time goes. Parses the corpus pages and the generated
 * 1,000-block page (GENERATED=N for another size; or those whose names contain WORD) over and over in headless Chromium with the parser bundled
 * readable, under the CDP sampling profiler, and prints the functions with the most time of their own and in all.
 * RUNS=N parses each page N times under the profiler (30 by default): more for a small page's finer picture. TOP=N
 * lists N functions by their own time and 2N in all (30 by default); FOCUS=name counts only the time spent inside that
 * function (readSteps: reading the blocks; genericBlockSteps: finding them). CALLERS=name also lists the functions that
 * call that one (querySelectorAll: whose queries cost) by the time spent in it under each; more names after commas are
 * helpers to look through (CALLERS=querySelectorAll,queryOnce,matchingAny: who asks for the queries).
 */
import { corpusAvailable } from './score';
import { corpusTexts } from './corpus-files';
import { generatedPage } from './generated-page';
import { openCorePage } from './core-page';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; lineNumber: number };
  children?: number[];
}

const only = process.argv[2] ?? '';
/** GENERATED=N: the generated page's blocks (1,000 by default). */
const GENERATED = Number(process.env.GENERATED ?? 1000);
const pages = [
  ...(corpusAvailable() ? corpusTexts().map((p) => ({ page: p.file, html: p.html, url: p.url, now: p.now })) : []),
  { page: `generated-${GENERATED}`, html: generatedPage(GENERATED), url: 'https://news.example/', now: '2025-06-08T18:00:00Z' },
].filter((p) => p.page.includes(only));

const { browser, page } = await openCorePage(true);
const cdp = await page.createCDPSession();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
// Runs in the page: `runs` parses of each page, returning the mean time of each.
const parseAll = (args: { pages: typeof pages; runs: number }): string[] => {
  const core = (globalThis as unknown as { BylineCore: { parsePage: Function; Budget: new (ms: number) => unknown } }).BylineCore;
  return args.pages.map((p) => {
    const doc = new DOMParser().parseFromString(p.html, 'text/html');
    const start = performance.now();
    for (let i = 0; i < args.runs; i++) core.parsePage(doc, { url: new URL(p.url), now: new Date(p.now), budget: new core.Budget(1e9) });
    return `${p.page} ${((performance.now() - start) / args.runs).toFixed(2)} ms`;
  });
};
await page.evaluate(parseAll, { pages, runs: 5 });
await cdp.send('Profiler.start');
const times = await page.evaluate(parseAll, { pages, runs: Number(process.env.RUNS ?? 30) });
const { profile } = await cdp.send('Profiler.stop');
await browser.close();

const nodes = new Map((profile.nodes as ProfileNode[]).map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of nodes.values()) for (const c of n.children ?? []) parent.set(c, n.id);
const sampled = new Map<number, number>();
profile.samples!.forEach((id, i) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0)));
const name = (id: number): string => `${nodes.get(id)!.callFrame.functionName || '(anonymous)'}:${nodes.get(id)!.callFrame.lineNumber + 1}`;
const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
// FOCUS=name keeps the samples taken inside that function (its name without the line number).
const focus = process.env.FOCUS;
const within = (id: number): boolean => {
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) if (nodes.get(at)!.callFrame.functionName === focus) return true;
  return false;
};
for (const [id, us] of sampled) {
  if (focus && !within(id)) continue;
  all += us;
  self.set(name(id), (self.get(name(id)) ?? 0) + us);
  // Each function once per sample, however deep it recurses.
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(name(at));
  for (const key of seen) total.set(key, (total.get(key) ?? 0) + us);
}
// CALLERS=name: the time of the samples taken in that function, by the function that called it.
const [callersOf, ...through] = (process.env.CALLERS ?? '').split(',');
const callers = new Map<string, number>();
if (callersOf) {
  for (const [id, us] of sampled) {
    if (nodes.get(id)!.callFrame.functionName !== callersOf) continue;
    let up = parent.get(id);
    while (up !== undefined && through.includes(nodes.get(up)!.callFrame.functionName)) up = parent.get(up);
    if (up !== undefined) callers.set(name(up), (callers.get(name(up)) ?? 0) + us);
  }
}
const top = (m: Map<string, number>, n: number): string =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `${((100 * us) / all).toFixed(1).padStart(5)}% ${k}`).join('\n');
console.log(`${times.join('\n')}\n\nself time (line numbers of the readable bundle)\n${top(self, Number(process.env.TOP ?? 30))}\n\nin all\n${top(total, Number(process.env.TOP ?? 50) * 2)}`);
if (callersOf) console.log(`\ncallers of ${callersOf}\n${top(callers, Number(process.env.TOP ?? 30))}`);
