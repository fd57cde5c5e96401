import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { openCorePage } from '../../scripts/core-page';
import { corpusAvailable, CORPUS_DIR } from '../../scripts/score';
import { corpusTexts } from '../../scripts/corpus-files';
import { skipReason } from './harness';

const MUTANTS = 200;
const reason = skipReason('chromium');
if (!corpusAvailable()) console.warn(`Skipping the corpus mutation test: ${CORPUS_DIR} is missing`);

/** Runs in the page: parses `count` mutants of the page (drop, duplicate, move, rename nodes and attributes). */
function mutantsInPage(args: { html: string; url: string; now: string; seed: number; count: number }): string[] {
  const core = (globalThis as unknown as { BylineCore: { parsePage: Function; problemsOf: (r: unknown) => string[] } }).BylineCore;
  let s = args.seed >>> 0;
  const rand = (): number => {
    // mulberry32: a small seeded generator, so a failure can be replayed.
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T,>(list: ArrayLike<T>): T => list[Math.floor(rand() * list.length)]!;
  const original = new DOMParser().parseFromString(args.html, 'text/html');
  const failures: string[] = [];
  const TAGS = ['div', 'span', 'a', 'li', 'article', 'h3', 'time', 'p', 'td', 'section', 'b'];
  for (let m = 0; m < args.count; m++) {
    const doc = original.cloneNode(true) as Document;
    const all = doc.body ? doc.body.getElementsByTagName('*') : doc.getElementsByTagName('*');
    const edits = 1 + Math.floor(rand() * 12);
    for (let e = 0; e < edits && all.length > 1; e++) {
      const el = pick(all);
      const kind = Math.floor(rand() * 6);
      if (kind === 0) el.remove();
      else if (kind === 1) el.after(el.cloneNode(true));
      else if (kind === 2) {
        const target = pick(all);
        if (!el.contains(target)) target.append(el);
      }
      else if (kind === 3 && el.parentNode) {
        const renamed = doc.createElement(pick(TAGS));
        for (const attr of [...el.attributes]) renamed.setAttribute(attr.name, attr.value);
        renamed.append(...el.childNodes);
        el.replaceWith(renamed);
      } else if (kind === 4 && el.attributes.length) el.removeAttribute(pick(el.attributes).name);
      else if (el.attributes.length) {
        const attr = pick(el.attributes);
        el.removeAttribute(attr.name);
        el.setAttribute(pick(['href', 'datetime', 'title', 'class', 'data-x', 'aria-label']), attr.value);
      }
    }
    try {
      const result = core.parsePage(doc, { url: new URL(args.url), now: new Date(args.now) });
      const problems = core.problemsOf(JSON.parse(JSON.stringify(result)));
      if (problems.length) failures.push(`mutant ${m}: ${problems.slice(0, 3).join('; ')}`);
    } catch (err) {
      failures.push(`mutant ${m}: threw ${(err as Error).stack ?? err}`);
    }
  }
  return failures;
}

describe.skipIf(reason !== null)('the parser under hostile input, in Chromium', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    ({ browser, page } = await openCorePage());
  });
  afterAll(async () => browser?.close());

  describe.skipIf(!corpusAvailable())(`${MUTANTS} seeded mutants of every corpus page`, () => {
    const pages = corpusAvailable() ? corpusTexts() : [];
    it.each(pages.map((p, i) => ({ ...p, seed: 1000 + i })))('$file never throws and always returns a valid ParseResult', async (p) => {
      const failures = await page.evaluate(mutantsInPage, { html: p.html, url: p.url, now: p.now, seed: p.seed, count: MUTANTS });
      expect(failures).toEqual([]);
    }, 300_000);
  });

  it('stops a 200,000-node page at its own time budget and says so', async () => {
    const outcome = await page.evaluate(() => {
      const core = (globalThis as unknown as { BylineCore: { parsePage: Function; Budget: new (ms: number) => unknown } }).BylineCore;
      const row = '<div class="r"><span>Source name</span> <span>3 hours ago</span><a href="/x">A headline of a story here</a><i>x</i><b>y</b></div>';
      const doc = new DOMParser().parseFromString(`<body><main>${row.repeat(25_000)}</main></body>`, 'text/html');
      const nodes = doc.getElementsByTagName('*').length + 25_000 * 7;
      const started = performance.now();
      const result = core.parsePage(doc, { url: new URL('https://news.example/'), now: new Date(), budget: new core.Budget(100) }) as { warnings: string[]; articles: unknown[] };
      return { nodes, ms: performance.now() - started, warnings: result.warnings, articles: result.articles.length };
    });
    expect(outcome.nodes).toBeGreaterThanOrEqual(200_000);
    expect(outcome.warnings.join(' ')).toMatch(/stopped reading this page after 100 ms/);
    expect(outcome.articles).toBeLessThan(25_000);
    // The budget is enforced by the parser: it returns soon after the budget, not after reading everything.
    expect(outcome.ms).toBeLessThan(2_000);
  });

  it('reads a page nested 5,000 levels deep without overflowing', async () => {
    const outcome = await page.evaluate(() => {
      const core = (globalThis as unknown as { BylineCore: { parsePage: Function; problemsOf: (r: unknown) => string[] } }).BylineCore;
      const doc = document.implementation.createHTMLDocument('deep');
      let el: Element = doc.body;
      for (let i = 0; i < 5000; i++) el = el.appendChild(doc.createElement(i % 2 ? 'div' : 'span'));
      el.innerHTML = '<ul><li><span>Reuters</span> <span>2 hours ago</span> <a href="/a">First deep headline here</a></li><li><span>AP</span> <span>3 hours ago</span> <a href="/b">Second deep headline here</a></li></ul>';
      const result = core.parsePage(doc, { url: new URL('https://news.example/'), now: new Date() }) as { articles: Array<{ title: string }> };
      return { problems: core.problemsOf(JSON.parse(JSON.stringify(result))), titles: result.articles.map((a) => a.title) };
    });
    expect(outcome.problems).toEqual([]);
    expect(outcome.titles).toEqual(['First deep headline here', 'Second deep headline here']);
  });
});
