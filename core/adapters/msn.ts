/**
 * MSN: every story MSN shows, whatever the page generation (the 2019 server-rendered river, the later card feeds, the
 * "More for you" rails under an article), links to an MSN-hosted copy whose path ends in a content id: /ar-<id>
 * (article), /ss-<id> (slideshow), /vi-<id> (video), /gm-<id> (gallery) and kin. Blocks are found from those links
 * rather than from time labels, because video tiles carry a "1:32" duration badge that reads as a second time and splits
 * the card for the generic detector, and some tiles carry no time at all.
 *
 * The links stay MSN links: MSN republishes the provider's story on its own pages, so the provider name ("Reuters")
 * disagreeing with msn.com is correct, not an error.
 */
import type { Adapter, Article, Block, ParseContext } from '../types';
import { collapse, isSeparator, lineOf, textOf, wordCount } from '../text';
import { looksLikeTime, parseTimeText } from '../time';
import { documentBase, isArticleUrl, resolveUrl, urlParts, validUrlParts } from '../url';
import { sourceMismatch } from '../domain';
import { isTitleLike, titleOf, type TitleHit } from '../fields/title';
import { sourceNameOf } from '../fields/source';
import { snippetOf } from '../fields/snippet';
import { NO_TIME, timeHit } from '../fields/time';
import { isLabel } from '../fields/labels';
import { linkFor, viewOf, type BlockView } from '../fields/view';
import { genericBlocks, inDocumentOrder, sectionOf } from './generic';
import { isHiddenCopy } from './no-stories';
import { linksUnder, listOf, soleKeys } from '../dom';

const STORY_PATH = /\/(?:ar|ss|vi|gm|cg|vp|ml)-[A-Za-z0-9]{6,}\/?$/;
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const CHROME = 'nav, footer, [role="navigation"], [role="contentinfo"], [role="banner"]';
/** MSN's own click-tracking parameters (ocid is already dropped for every site): list, correlation and slot ids, and msnbc's GT1. */
const MSN_TRACKING = ['li', 'cvid', 'ei', 'pc', 'GT1'];
/** A bare clock reading on MSN is a video's running time, never a publication time (those read "2h ago", "Oct 14"). */
const DURATION = /^\d{1,2}(?::\d{2}){1,2}$/;

function isMsn(url: { hostname: string }): boolean {
  return url.hostname === 'msn.com' || url.hostname.endsWith('.msn.com');
}

/** The story a link opens: its MSN content URL without query or fragment, or null for any other link. */
function storyKey(href: string | null, base: URL): string | null {
  const resolved = resolveUrl(href, base);
  if (!resolved) return null;
  const url = validUrlParts(resolved);
  return isMsn(url) && STORY_PATH.test(url.pathname) ? `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/$/, '')}` : null;
}

/**
 * A heading that names a section rather than a story: it neither sits in nor holds a link, nor repeats the name of the
 * story's link (a card whose link is an empty layer over it, named by its `aria-label`, and titled by a heading beside it).
 */
function hasSectionHeading(el: Element, anchor: Element): boolean {
  const named = anchor.getAttribute('aria-label')?.trim();
  return listOf(el.querySelectorAll(HEADING)).some((h) => !h.closest('a[href]') && !h.querySelector('a[href]') && (!named || textOf(h) !== named));
}

/** A link inside running text (a paragraph that says more than the link): a reference, not a story tile. */
function inProse(anchor: Element): boolean {
  const p = anchor.closest('p');
  return !!p && textOf(p).length > textOf(anchor).length + 40;
}

function msnBlocks(doc: Document, ctx: ParseContext): Block[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const base = documentBase(doc, ctx.url);
  const own = storyKey(ctx.url.toString(), base);
  const links: Array<{ anchor: Element; key: string }> = [];
  for (const anchor of linksUnder(root)) {
    const key = storyKey(anchor.getAttribute('href'), base);
    if (key && key !== own && !anchor.closest(CHROME) && !inProse(anchor)) links.push({ anchor, key });
  }
  // The one story each ancestor holds (null: several): a block is the highest ancestor that holds one story only.
  const stories = soleKeys(links.map(({ anchor, key }) => ({ element: anchor, key })), root);
  const found = new Set<Element>();
  const storyOf = new Map<Element, string>();
  for (const { anchor, key } of links) {
    let block = anchor;
    for (let parent = block.parentElement; parent && parent !== root; parent = parent.parentElement) {
      // A lone story in a section must not swallow the section's heading as its title.
      if (stories.get(parent) === null || hasSectionHeading(parent, anchor)) break;
      block = parent;
    }
    found.add(block);
    storyOf.set(block, key);
  }
  for (const card of cardsLinkingOut(found)) found.add(card);
  const blocks: Block[] = [];
  for (const element of found) {
    if (isCloneSlide(element, found, storyOf) || titleOf(viewOf({ element, section: null }, ctx, base)) === null) continue;
    const list = element.parentElement;
    const first = list ? [...found].find((b) => b.parentElement === list) ?? element : element;
    blocks.push({ element, section: list ? sectionOf(list, first) : null });
  }
  // Before MSN hosted its stories (about 2014), its lists linked to msnbc.com and partners' pages: the generic
  // detector reads them.
  return blocks.length >= 2 ? inDocumentOrder(blocks) : genericBlocks(doc, ctx);
}

/**
 * Cards of a feed that link to the provider's own site instead of MSN's copy ("forbesjapan.com/articles/detail/81244"):
 * the same element as the feed's other cards, beside them, its one link a story's.
 */
function cardsLinkingOut(found: Set<Element>): Element[] {
  const cards: Element[] = [];
  const lists = new Set<Element>();
  for (const block of found) if (block.parentElement) lists.add(block.parentElement);
  for (const list of lists) {
    const kinds = new Set(listOf(list.children).filter((c) => found.has(c)).map((c) => `${c.tagName} ${c.getAttribute('class') ?? ''}`));
    for (const card of listOf(list.children)) {
      if (found.has(card) || !kinds.has(`${card.tagName} ${card.getAttribute('class') ?? ''}`)) continue;
      const hrefs = new Set(linksUnder(card).map((a) => a.getAttribute('href')));
      const href = hrefs.size === 1 ? [...hrefs][0]! : null;
      const parts = href && /^https?:\/\//i.test(href) ? urlParts(href) : null;
      if (parts && !isMsn(parts) && isArticleUrl(href!)) cards.push(card);
    }
  }
  return cards;
}

/**
 * A carousel's copy of one of its slides, for its wrap-around (hidden from readers, its story another slide's of the
 * same carousel): no story of its own. The other hidden slides are the carousel's stories, shown in turn.
 */
function isCloneSlide(element: Element, found: Set<Element>, storyOf: Map<Element, string>): boolean {
  if (!isHiddenCopy(element)) return false;
  for (const other of found) if (other !== element && other.parentElement === element.parentElement && storyOf.get(other) === storyOf.get(element)) return true;
  return false;
}

function withoutTracking(url: string | null): string | null {
  if (!url) return url;
  const u = new URL(url);
  // MSN tags its links to providers' own pages too ("forbesjapan.com/articles/detail/81244?ocid=msedgntp&pc=U531").
  if (!MSN_TRACKING.some((key) => u.searchParams.has(key))) return url;
  for (const key of MSN_TRACKING) u.searchParams.delete(key);
  // forEach, not the iterator: URLSearchParams is not iterable from Firefox content scripts.
  let left = 0;
  u.searchParams.forEach(() => left++);
  if (!left) u.search = '';
  return u.toString();
}

/** The block's publication time when the generic reading took a video's running time for it. */
function timeBesideDuration(article: Article, view: BlockView): Article {
  if (!article.time.text || !DURATION.test(article.time.text)) return article;
  for (const piece of view.pieces) {
    if (DURATION.test(piece.text) || !looksLikeTime(piece.text, view.ctx.now)) continue;
    const r = parseTimeText(piece.text, view.ctx.now);
    if (r) return { ...article, ...timeHit(piece.text, 'text', r) };
  }
  return { ...article, ...NO_TIME };
}

const isHeadline = (text: string, view: BlockView): boolean =>
  isTitleLike(text, view.ctx.now) && wordCount(text) >= 3 && !DURATION.test(text);

/**
 * The headline when the generic reading took more than the headline. Card-feed tiles are one big link with no heading
 * and the provider line ("The Guardian · 3h") first, which the card-line rule reads as the headline: then the headline
 * is the first headline-like line that does not hold the time. Rail tiles put provider, duration and headline in
 * sibling spans of one link, which the link-text rule reads as one run: then it is the longest of those spans.
 */
function headlineOf(view: BlockView): TitleHit | null {
  const hit = titleOf(view);
  if (!hit) return null;
  const timeEl = view.timePiece && !DURATION.test(view.timePiece.text) ? view.timePiece.element : null;
  if (timeEl && hit.element.contains(timeEl)) {
    for (const piece of view.pieces) {
      const line = lineOf(piece.element, view.element);
      if (line === view.element || line.contains(timeEl)) continue;
      const text = textOf(line);
      if (isHeadline(text, view)) return { title: text, element: line, url: linkFor(view, line)?.url ?? hit.url };
    }
    return hit;
  }
  const ownText = listOf(hit.element.childNodes).some((n) => n.nodeType === 3 && n.nodeValue?.trim());
  if (ownText) return hit;
  let best: TitleHit | null = null;
  for (const child of listOf(hit.element.children)) {
    const text = textOf(child);
    if (isHeadline(text, view) && (!best || wordCount(text) > wordCount(best.title))) best = { title: text, element: child, url: hit.url };
  }
  return best ?? hit;
}

/** MSN sets the provider's name right after its small logo, with or without a time beside it. */
function providerBesideLogo(view: BlockView, title: TitleHit): string | null {
  const doc = view.element.ownerDocument;
  for (const img of listOf(view.element.querySelectorAll('img'))) {
    const w = Number(img.getAttribute('width') ?? 99);
    const h = Number(img.getAttribute('height') ?? 99);
    if (w > 32 || h > 32) continue;
    const walker = doc.createTreeWalker(view.element, 4 /* NodeFilter.SHOW_TEXT */);
    walker.currentNode = img;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = collapse(node.nodeValue ?? '');
      if (!text || isSeparator(text)) continue;
      if (title.element.contains(node) || !isLabel(text) || looksLikeTime(text, view.ctx.now)) break;
      return text;
    }
  }
  return null;
}

function mended(article: Article, block: Block, ctx: ParseContext): Article {
  const view = viewOf(block, ctx, documentBase(block.element.ownerDocument, ctx.url));
  const hit = headlineOf(view);
  if (!hit) return article;
  const retitled = hit.title !== article.title;
  const name = (retitled ? sourceNameOf(view, hit) : article.source.name !== article.source.domain ? article.source.name : null) ??
    providerBesideLogo(view, hit);
  const { domain } = article.source;
  const out: Article = {
    ...article,
    title: hit.title,
    url: withoutTracking(article.url),
    source: { name: name ?? domain, domain, mismatch: sourceMismatch(name, domain) },
    snippet: retitled ? snippetOf(view, hit) : article.snippet,
  };
  return timeBesideDuration(out, view);
}

export const msn: Adapter = {
  id: 'msn',
  label: 'MSN',
  hosts: ['msn.com'],
  matches: ['*://www.msn.com/*'],
  examples: [
    'https://www.msn.com/en-us/news',
    'https://www.msn.com/en-gb/news/world',
    'https://www.msn.com/en-us/news/world/un-climate-talks-open-in-bonn/ar-AA1GqLmN',
  ],
  blocks: msnBlocks,
  refine: mended,
};
