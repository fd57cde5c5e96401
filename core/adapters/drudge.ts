/**
 * Drudge Report: bare headline links in a table of columns, separated by <br><br> and <hr>, with no publisher and no
 * time per item. Each column ends in link directories (newspapers, columnists, wire services): runs of short links one
 * per line pointing at home, section and author pages. A story is a link to an article; a directory is a run of
 * line-by-line links that mostly are not.
 */
import type { Adapter, Block } from '../types';
import { collapse, isInline, textOf } from '../text';
import { documentBase, resolveUrl, urlParts } from '../url';
import { registrableDomain } from '../domain';
import { linksUnder, regionTest, soleKeys } from '../dom';

const EXCLUDED = ['form', 'nav', '[role="navigation"]', 'header', 'footer'];
/** Hosts whose links are the site promoting itself (its apps), never stories. */
const APP_STORES = new Set(['apps.apple.com', 'itunes.apple.com', 'play.google.com']);
const MIN_DIRECTORY_RUN = 3;
/** How many nodes the gap between two links may hold before they count as apart. */
const MAX_GAP_NODES = 40;

interface Candidate {
  link: Element;
  url: string;
}

export const drudge: Adapter = {
  id: 'drudge',
  label: 'Drudge Report',
  hosts: ['drudgereport.com'],
  matches: ['*://drudgereport.com/*', '*://*.drudgereport.com/*'],
  examples: ['https://www.drudgereport.com/', 'https://drudgereport.com/'],
  blocks(doc, ctx) {
    const root = doc.body ?? doc.documentElement;
    if (!root) return [];
    const base = documentBase(doc, ctx.url);
    const candidates: Candidate[] = [];
    const excluded = regionTest(root, EXCLUDED, 'a[href]');
    const links = linksUnder(root);
    const alone = loneLinkHolders(links);
    for (const link of links) {
      if (excluded(link) || !textOf(link)) continue;
      const url = resolveUrl(link.getAttribute('href'), base);
      if (url) candidates.push({ link, url });
    }
    const blocks: Block[] = [];
    for (const run of runsOf(candidates)) {
      const stories = run.filter((c) => isArticleUrl(c.url) && !isSelfPromotion(c.url));
      // Headline runs are (nearly) all article links; a directory holds a few by accident (a dated column page).
      if (run.length >= MIN_DIRECTORY_RUN && stories.length * 3 < run.length * 2) continue;
      for (const c of stories) blocks.push({ element: soleWrapper(c.link, alone) ?? c.link, section: null });
    }
    return blocks;
  },
  refine(article) {
    // The page names no publisher: the link's own domain is the source, and it cannot disagree with itself. (The
    // domain is the generic reading's, without asking the generic source rules: refinesLazily.)
    const domain = registrableDomain(article.url);
    return { ...article, source: { name: domain, domain, mismatch: false } };
  },
  refinesLazily: true,
};

/** Consecutive links that sit on adjacent lines of one list (at most a single <br> apart). */
function runsOf(candidates: Candidate[]): Candidate[][] {
  const runs: Candidate[][] = [];
  let run: Candidate[] = [];
  for (const c of candidates) {
    const prev = run[run.length - 1];
    if (prev && !sameList(prev.link, c.link)) {
      runs.push(run);
      run = [];
    }
    run.push(c);
  }
  if (run.length) runs.push(run);
  return runs;
}

function sameList(a: Element, b: Element): boolean {
  const common = commonAncestor(a, b);
  if (!common) return false;
  // A block boundary between the two (closing a cell, a centred group) puts them apart, even with nothing in between.
  for (const end of [a, b]) {
    for (let el = end.parentElement; el && el !== common; el = el.parentElement) if (!isInline(el)) return false;
  }
  let breaks = 0;
  let steps = 0;
  for (let node = following(a); node && node !== b; ) {
    if (++steps > MAX_GAP_NODES) return false;
    if (node.nodeType === 3 && collapse(node.nodeValue ?? '')) return false;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (el.tagName === 'BR') {
        // One <br> ends a line of a list; a blank line (or a rule, or a picture) separates items.
        if (++breaks > 1) return false;
      } else if (!el.contains(b) && (!isInline(el) || el.tagName === 'IMG' || el.querySelector('img'))) return false;
    }
    node = node.firstChild ?? following(node);
  }
  return true;
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let el = a.parentElement; el; el = el.parentElement) if (el.contains(b)) return el;
  return null;
}

/** The next node in document order after the node's subtree. */
function following(node: Node): Node | null {
  for (let cur: Node | null = node; cur; cur = cur.parentNode) if (cur.nextSibling) return cur.nextSibling;
  return null;
}

/**
 * An article address, not a home, section or author page: a dated path, or a part of the path or a query value that
 * holds a long number (five digits), a slug (two hyphens) or an opaque id token (msn's "ar-BB1khL67").
 */
export function isArticleUrl(url: string): boolean {
  const u = urlParts(url);
  if (!u) return false;
  if (DATED_PATH.test(u.pathname)) return true;
  if (hasArticlePart(u.pathname, true)) return true;
  let found = false;
  // forEach, not the iterator: URLSearchParams is not iterable from Firefox content scripts.
  if (u.search) new URLSearchParams(u.search).forEach((value) => (found ||= hasArticlePart(value, false)));
  return found;
}

const DATED_PATH = /\/(?:19|20)\d{2}\/\d{1,2}(?:\/|$)/;

/**
 * Whether a text holds an article's part: five digits in a row, two hyphens in one part, or an id token — a run
 * between "-", "_" and "." of six or more characters with a letter and digits ("BB1keBKm", "rcna144416"; not "top10").
 * With `slashes`, "/" separates parts (a whole path read at once); a query value is one part. One pass over the
 * characters, nothing copied: a page asks this of every link.
 */
function hasArticlePart(text: string, slashes: boolean): boolean {
  let digitRun = 0;
  let hyphens = 0;
  let tokenLength = 0;
  let tokenDigits = 0;
  let tokenLetter = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    const partEnd = c === -1 || (slashes && c === 47); /* "/" */
    if (partEnd || c === 45 || c === 95 || c === 46) {
      /* end of a token: "-", "_", "." or the part's end */
      if (tokenLength >= 6 && tokenLetter && (tokenDigits >= 2 || (tokenDigits === 1 && tokenLength >= 8))) return true;
      tokenLength = 0;
      tokenDigits = 0;
      tokenLetter = false;
      if (c === 45 && ++hyphens >= 2) return true;
      if (partEnd) hyphens = 0;
      digitRun = 0;
      continue;
    }
    tokenLength++;
    if (c >= 48 && c <= 57) {
      tokenDigits++;
      if (++digitRun >= 5) return true;
    } else {
      digitRun = 0;
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) tokenLetter = true;
    }
  }
  return false;
}

function isSelfPromotion(url: string): boolean {
  const host = urlParts(url)?.hostname.toLowerCase() ?? '';
  return APP_STORES.has(host) || (registrableDomain(url) ?? '').startsWith('drudgereport');
}

/** An inline wrapper around the link alone (`<i><a>…</a></i>`): the visible unit of the headline. */
function soleWrapper(link: Element, alone: (el: Element) => boolean): Element | null {
  const parent = link.parentElement;
  if (!parent || !isInline(parent) || !alone(parent)) return null;
  return textOf(parent) === textOf(link) ? parent : null;
}

/** Whether an element holds exactly one of the page's links (a column of links in one <font> holds many). */
function loneLinkHolders(links: Element[]): (el: Element) => boolean {
  const holds = soleKeys(links.map((link) => ({ element: link, key: link })));
  return (el) => !!holds.get(el);
}
