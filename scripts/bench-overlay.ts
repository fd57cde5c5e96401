/**
 * The overlay's speed, in headless Chromium or Firefox with the built extension on a generated 2,000-block page: time
 * from the content script's start to the last badge; the longest main-thread stretch while annotating (Byline's own
 * timing, and the page's PerformanceObserver 'longtask' entries begun between the script's start and its last badge,
 * where the browser reports them: Firefox has no 'longtask' entries); and the cost of reading 20 appended blocks
 * against a full parse of the page.
 */
import { launchWithExtension, type BrowserName } from './browsers';
import { startDemoServer } from './demo-server';

const BLOCKS = 2000;

function benchPage(cards: string): string {
  // The page records its own long tasks from the start, before Byline runs.
  return `<!doctype html><html><head><meta charset="utf-8"><title>Overlay bench</title><script>
    window.__longtasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push({ start: e.startTime, ms: e.duration }); }).observe({ type: 'longtask', buffered: true });
    let next = ${BLOCKS};
    window.append20 = () => { const list = document.querySelector('section:last-of-type > div'); for (let i = 0; i < 20; i++, next++) {
      const el = document.createElement('li');
      el.innerHTML = '<span>Source ' + (next % 17) + '</span> · <span>' + ((next % 23) + 1) + ' hours ago</span><br><a href="/news/' + next + '">Appended story number ' + next + ' on the page</a>';
      list.append(el); } };
  </script></head><body><h1>Overlay bench</h1>${cards}</body></html>`;
}

export interface OverlaySample {
  blocks: number;
  readyMs: number;
  parseMs: number;
  longestTaskMs: number;
  updateMs: number;
}

export async function overlayBench(generated: (n: number) => string, browserName: BrowserName = 'chromium'): Promise<OverlaySample> {
  const body = /<body>([\s\S]*)<\/body>/.exec(generated(BLOCKS))![1]!;
  const server = await startDemoServer({ pages: { 'bench-overlay.html': benchPage(body.replace(/^<h1>[^<]*<\/h1>/, '')) } });
  const eb = await launchWithExtension(browserName);
  try {
    const page = await eb.browser.newPage();
    await page.goto(`${server.url}bench-overlay.html`);
    await page.bringToFront();
    await page.waitForFunction(() => document.documentElement.getAttribute('data-byline') === 'done', { timeout: 60_000, polling: 100 });
    const first = await page.evaluate(() => {
      // No named helpers in here: tsx would wrap them in a __name() call the page does not have.
      const [badges, start, ready, parse, longest] = ['badges', 'start-ms', 'ready-ms', 'parse-ms', 'longest-ms'].map((name) =>
        Number(document.documentElement.getAttribute(`data-byline-${name}`)),
      ) as [number, number, number, number, number];
      // The page's long tasks begun while Byline annotates it (the task of its own load, which starts the script, is not).
      const during = (window as unknown as { __longtasks: Array<{ start: number; ms: number }> }).__longtasks
        .filter((t) => t.start >= start && t.start < start + ready)
        .map((t) => t.ms);
      // Chromium reports no long tasks of extension scripts to the page: Byline times its own longest stretch too.
      return { badges, ready, parse, longest: Math.max(longest, ...during) };
    });
    if (first.badges < BLOCKS) throw new Error(`only ${first.badges} of ${BLOCKS} blocks got a badge`);
    await page.evaluate(() => (window as unknown as { append20(): void }).append20());
    await page.waitForFunction(() => document.documentElement.getAttribute('data-byline-updates') === '1', { timeout: 10_000, polling: 100 });
    const updateMs = Number(await page.evaluate(() => document.documentElement.getAttribute('data-byline-update-ms')));
    return { blocks: first.badges, readyMs: first.ready, parseMs: first.parse, longestTaskMs: first.longest, updateMs };
  } finally {
    await eb.close();
    await server.close();
  }
}
