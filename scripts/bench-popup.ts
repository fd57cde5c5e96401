/**
 * The popup's speed and size: time from opening it to its first rows for a tab of 5,000 articles, in headless Chromium
 * and Firefox with the built extension (median of several openings after a warm-up, and the first, cold one), and the
 * gzip size of everything popup.html loads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BROWSERS, BUILD_DIRS, launchWithExtension, tabIdOf, type BrowserName } from './browsers';
import { startDemoServer } from './demo-server';
import { generatedPage } from './generated-page';
import { timeToFirstRows } from './popup-timing';

const ARTICLES = 5000;
const RUNS = 7;

export interface PopupSample {
  browser: BrowserName;
  coldMs: number;
  medianMs: number;
  rows: number;
}

export async function popupBench(): Promise<PopupSample[]> {
  const page = `generated-${ARTICLES}.html`;
  const server = await startDemoServer({ pages: { [page]: generatedPage(ARTICLES) } });
  const samples: PopupSample[] = [];
  try {
    for (const name of BROWSERS) {
      const eb = await launchWithExtension(name);
      try {
        const tab = await eb.browser.newPage();
        await tab.goto(`${server.url}${page}`);
        await tab.waitForFunction(() => document.documentElement.getAttribute('data-byline') === 'done', { timeout: 60_000, polling: 100 });
        const host = await eb.browser.newPage();
        void host.goto(`${eb.origin}/popup.html?host=1`).catch(() => {});
        await host.waitForFunction(() => document.readyState === 'complete' && location.href.includes('host=1'), { timeout: 20_000, polling: 100 }).catch(() => undefined);
        const tabId = await tabIdOf(host, `${server.url}${page}`);
        const cold = await timeToFirstRows(host, tabId);
        const times: number[] = [];
        let rows = cold.rows;
        for (let i = 0; i < RUNS; i++) {
          const run = await timeToFirstRows(host, tabId);
          times.push(run.ms);
          rows = run.rows;
        }
        times.sort((a, b) => a - b);
        samples.push({ browser: name, coldMs: cold.ms, medianMs: times[Math.floor(times.length / 2)]!, rows });
      } finally {
        await eb.close();
      }
    }
  } finally {
    await server.close();
  }
  return samples;
}

/** Gzip bytes of the scripts and styles popup.html loads, and of the page itself (Chromium build). */
export function popupGzipBytes(): { files: Array<{ file: string; bytes: number }>; total: number } {
  const dir = BUILD_DIRS.chromium;
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const files = ['popup.html', ...new Set(refs)].map((file) => ({ file, bytes: gzipSync(readFileSync(join(dir, file)), { level: 9 }).length }));
  return { files, total: files.reduce((sum, f) => sum + f.bytes, 0) };
}

export function popupTable(samples: PopupSample[], size: ReturnType<typeof popupGzipBytes>): string {
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  return [
    `### Popup: ${ARTICLES.toLocaleString('en')} articles, and its size`,
    '',
    `Time from opening the popup (in a frame of an extension page) to its first article rows, for a tab of ${ARTICLES.toLocaleString('en')}`,
    `articles: the first opening (cold) and the median of ${RUNS} more.`,
    '',
    '| browser | cold | median | rows in the DOM |',
    '| --- | ---: | ---: | ---: |',
    ...samples.map((s) => `| ${s.browser} | ${s.coldMs.toFixed(0)} ms | ${s.medianMs.toFixed(0)} ms | ${s.rows} |`),
    '',
    `Gzip size of what popup.html loads: **${kb(size.total)}** (${size.files.map((f) => `${f.file} ${kb(f.bytes)}`).join(', ')}).`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = popupTable(await popupBench(), popupGzipBytes());
  console.log(table);
}
