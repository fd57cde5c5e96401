/**
 * npm run accuracy [-- --verbose]: the parser against every expected corpus output, as a table; then the same pages
 * read by the generic detector alone, as if they came from sites Byline has no adapter for; then the hand-written probe
 * pages of tests/probe.
 */
import { generic } from '../core/adapters/generic';
import {
  corpusAvailable, CORPUS_DIR, expectedPages, parseCorpusPage, parseProbePage, probePages, ratio, scoredInTurn, total,
  type ExpectedCorpusPage, type PageScore, type Ratio,
} from './score';
import type { Adapter } from '../core/types';
import type { ParseResult } from '../core/types';

if (!corpusAvailable()) {
  process.stderr.write(`accuracy: the corpus folder ${CORPUS_DIR} is missing (set BYLINE_CORPUS to its path)\n`);
  process.exit(2);
}
const verbose = process.argv.includes('--verbose');
const cell = (r: Ratio): string => (r.of === 0 ? '—' : `${ratio(r).toFixed(3)} (${r.hit}/${r.of})`);

async function table(pages: ExpectedCorpusPage[], parse: (page: ExpectedCorpusPage) => ParseResult): Promise<void> {
  const scores: PageScore[] = await scoredInTurn(pages, parse);
  const rows = scores.map((s) => [s.file, s.adapter ?? '-', String(s.expected), String(s.found), cell(s.recall), cell(s.precision), cell(s.source), cell(s.time), cell(s.url)]);
  rows.push(['overall', '', String(scores.reduce((n, s) => n + s.expected, 0)), String(scores.reduce((n, s) => n + s.found, 0)),
    ...(['recall', 'precision', 'source', 'time', 'url'] as const).map((k) => cell(total(scores, k)))]);
  const head = ['page', 'adapter', 'blocks', 'found', 'recall', 'precision', 'source', 'time', 'url'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]): string => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  if (verbose) for (const s of scores) for (const m of s.misses) console.log(`${s.file}: ${m}`);
}

const readBy = (adapter?: Adapter) => (page: ExpectedCorpusPage): ParseResult => parseCorpusPage(page, adapter);
await table(expectedPages(), readBy());
console.log('\nThe generic detector alone (every page read as if from a site without an adapter):\n');
await table(expectedPages(), readBy(generic));
console.log('\nPages written by hand for sites without an adapter and other markup generations (tests/probe, see its README):\n');
await table(probePages(), parseProbePage);
