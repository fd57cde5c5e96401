/**
 * Drudge Report: bare headline links in a table of columns, separated by <br><br> and <hr>, with no publisher and no
 * time per item. Each column ends in link directories (newspapers, columnists, wire services): runs of short links one
 * per line pointing at home, section and author pages. A story is a link to an article; a directory is a run of
 * line-by-line links that mostly are not. Every generation seen (2012–2025) writes the page this way.
 *
 * Each field is read from that markup: the headline is the link's text, or the first line of a link of two (a headline
 * over its tagline, "…<br><br><i>Posting unhinged videos…</i>"); the source is the link's own domain; the picture is
 * one inside the link; there is no time, teaser, writer or advertisement.
 */
import type { Adapter, Block } from '../types';
import { collapse, isInline, plainTextOf } from '../text';
import { documentBase, isArticleUrl, resolveUrl, urlParts } from '../url';
import { registrableDomain, storySource } from '../domain';
import { linksUnder, regionTest } from '../dom';
import { imageIn } from '../fields/snippet';
import { NO_TIME } from '../fields/time';

const EXCLUDED = ['form', 'nav', '[role="navigation"]', 'header', 'footer'];
/** Hosts whose links are the site promoting itself (its apps), never stories. */
const APP_STORES = new Set(['apps.apple.com', 'itunes.apple.com', 'play.google.com']);
const MIN_DIRECTORY_RUN = 3;
/** How many nodes the gap between two links may hold before they count as apart. */
const MAX_GAP_NODES = 40;

interface Candidate {
  link: Element;
  href: string;
  /** The link's address, resolved (undefined until its run asks: see urlOf). */
  url: string | undefined;
}

/**
 * A link the URL parser certainly reads as an http(s) address, so resolving it cannot fail: an absolute http(s) link
 * whose host is a plain domain name (no port, user or punycode, its last label not a number). Such a link is resolved
 * only when its run is read that far: a directory's run stops being read at its first few links.
 */
const CERTAIN_HTTP = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?:[/?#]|$)/i;

function certainlyResolves(href: string): boolean {
  return CERTAIN_HTTP.test(href) && !/xn--/i.test(href.slice(0, href.indexOf('/', 8) >>> 0));
}

/** The candidate's resolved address, resolved when first asked. */
function urlOf(c: Candidate, base: URL): string {
  return (c.url ??= resolveUrl(c.href, base)!);
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
    for (const link of linksUnder(root)) {
      if (excluded(link) || !plainTextOf(link)) continue;
      const href = link.getAttribute('href')!;
      // A link that resolves to no http(s) address (a mail link, "#") is no candidate.
      const url = certainlyResolves(href) ? undefined : resolveUrl(href, base);
      if (url !== null) candidates.push({ link, href, url });
    }
    const blocks: Block[] = [];
    for (const run of runsOf(candidates)) {
      for (const c of storiesOf(run, base)) blocks.push({ element: soleWrapper(c.link) ?? c.link, section: null });
    }
    return blocks;
  },
  headline(block, ctx) {
    // A block is a headline link, or the inline wrapper around it alone.
    const link = block.element.matches('a[href]') ? block.element : block.element.querySelector('a[href]');
    const title = link ? headlineText(link) : '';
    const url = title ? resolveUrl(link!.getAttribute('href'), documentBase(link!.ownerDocument, ctx.url)) : null;
    return url ? { title, element: link!, url } : null;
  },
  refine(article, block, ctx) {
    // The page names no publisher: the link's own domain is the source, and it cannot disagree with itself. Nor does it
    // show a time, a teaser, a writer or an advertisement; a picture sits above its headline, outside the link.
    return {
      ...article,
      source: storySource(null, article.url),
      publishedAt: null,
      time: NO_TIME.time,
      snippet: null,
      author: null,
      imageUrl: imageIn(block.element, documentBase(block.element.ownerDocument, ctx.url)),
      sponsored: false,
    };
  },
  refinesLazily: true,
};

/**
 * A headline link's words. A link of two lines ("…tycoon taken for mandated health evaluation...<br><br><i>Posting
 * unhinged videos…</i>") is a headline over its tagline: its first line, when that is text alone. Empty for a first
 * line that holds elements (the generic title rule reads it).
 */
function headlineText(link: Element): string {
  const br = link.getElementsByTagName('br')[0];
  if (!br) return plainTextOf(link);
  if (br.parentElement !== link || link.firstElementChild !== br) return '';
  let line = '';
  for (let node = link.firstChild; node && node !== br; node = node.nextSibling) if (node.nodeType === 3) line += node.nodeValue;
  return collapse(line);
}

/**
 * The stories of a run of links, none for a directory. Headline runs are (nearly) all article links; a directory holds
 * a few by accident (a dated column page): a run of three or more of which over a third are no stories. Reading stops
 * at the link that makes a run a directory, which a directory's first few links do.
 */
function storiesOf(run: Candidate[], base: URL): Candidate[] {
  const stories: Candidate[] = [];
  let others = 0;
  for (const c of run) {
    if (isStory(urlOf(c, base))) stories.push(c);
    else if (++others * 3 > run.length && run.length >= MIN_DIRECTORY_RUN) return [];
  }
  return stories;
}

function isStory(url: string): boolean {
  return isFlash(url) || (isArticleUrl(url) && !isSelfPromotion(url));
}

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

/** The site's own exclusives ("drudgereport.com/flashdc1.htm", the siren headline's page): stories, by the site. */
function isFlash(url: string): boolean {
  const parts = urlParts(url);
  return !!parts && /(^|\.)drudgereport\.com$/i.test(parts.hostname) && /^\/flash[\w-]*\.html?$/i.test(parts.pathname);
}

function isSelfPromotion(url: string): boolean {
  const host = urlParts(url)?.hostname.toLowerCase() ?? '';
  // The registrable domain ends the host name: only a host that names the site is looked up.
  return APP_STORES.has(host) || (host.includes('drudgereport') && (registrableDomain(url) ?? '').startsWith('drudgereport'));
}

/** An inline wrapper around the link alone (`<i><a>…</a></i>`): the visible unit of the headline. */
function soleWrapper(link: Element): Element | null {
  const parent = link.parentElement;
  if (!parent || !isInline(parent) || !holdsOneLink(parent)) return null;
  return plainTextOf(parent) === plainTextOf(link) ? parent : null;
}

/** Whether an element holds (or is) one of the page's links and no other: a column of links in one <font> holds many. */
function holdsOneLink(el: Element): boolean {
  let count = el.tagName === 'A' && el.hasAttribute('href') ? 1 : 0;
  // Read one by one, as far as a second link: a column's wrapper holds a hundred.
  const anchors = el.getElementsByTagName('a');
  for (let i = 0, a = anchors[0]; a; a = anchors[++i]) if (a.hasAttribute('href') && ++count > 1) return false;
  return count === 1;
}
