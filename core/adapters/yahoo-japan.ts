/**
 * Yahoo! Japan News read from its markup: the 2017 front page's ranking card (`li > a > span.rankNum + span.cap >
 * span.ttl, span.source, span.date`) and topic item (`li > div > p.ttl > a`, icon marks in the link), and the
 * articles made of them.
 */
import type { Article, ParseContext } from '../types';
import { plainTextOf, textOf } from '../text';
import type { TimeReading } from '../time';
import { documentBase, resolveUrl } from '../url';
import { NO_TIME, timeHit } from '../fields/time';
import { imageIn } from '../fields/snippet';
import { rememberedFor } from '../memo';
import { storySource } from '../domain';
import { isTitleLike, type TitleHit } from '../fields/title';
import { isSponsorMark } from '../fields/labels';
import { listOf } from '../dom';
import { ICON, plainText } from './yahoo-labels';
import { parseJapaneseDate } from './yahoo-japan-time';
import { holdsNoLooseText } from './yahoo-card-scan';

/** A ranking card of Japan's 2017 front page, read from its markup alone. */
interface RankingCard {
  /** The headline the generic rules would take (the card id's key): `.cap` as a whole, or its longest title-like part. */
  headline: TitleHit;
  /** The headline as shown: `.ttl` alone. */
  title: string;
  source: string;
  date: string;
  reading: TimeReading;
  image: string | null;
}

const rankingCards = new WeakMap<Element, { parse: object; value: RankingCard | null }>();

/**
 * Yahoo Japan's ranking card (2017): `li > a[href] > [span.rankNum] span.cap > [span.thumbnail] span.ttl span.source
 * span.date`. Its every field is in its markup: the headline `.ttl`, the publisher `.source`, the time `.date` (in
 * JST), the thumbnail's picture; no teaser, no author. Asked by headline and again by refine.
 */
export function rankingCardOf(block: Element, ctx: ParseContext): RankingCard | null {
  return rememberedFor(rankingCards, block, (li) => readRankingCard(li, ctx));
}

/** A part of a card and its text, read once. */
interface Label {
  element: Element;
  text: string;
}

/** A label span (text alone, no marks of its own) of the class, with its text; null for another element. */
function labelOf(el: Element | undefined, cls: string): Label | null {
  if (!el || el.tagName !== 'SPAN' || el.className !== cls || el.childElementCount !== 0) return null;
  const text = plainTextOf(el);
  return text ? { element: el, text } : null;
}

function readRankingCard(li: Element, ctx: ParseContext): RankingCard | null {
  const link = li.firstElementChild;
  if (li.tagName !== 'LI' || li.childElementCount !== 1 || link?.tagName !== 'A' || !link.hasAttribute('href')) return null;
  if (!holdsNoLooseText(li) || !holdsNoLooseText(link) || li.parentElement?.closest('a[href]')) return null;
  const outer = listOf(link.children);
  const rank = outer.length === 2 ? labelOf(outer[0], 'rankNum') : null;
  const cap = outer.at(-1);
  if (outer.length !== (rank ? 2 : 1) || cap?.tagName !== 'SPAN' || cap.className !== 'cap' || !holdsNoLooseText(cap)) return null;
  const inner = listOf(cap.children);
  // A thumbnail holds a picture, perhaps a video mark (`span.icmv_s`), and no words.
  const thumb = inner.length === 4 ? inner[0]! : null;
  if (thumb && !(thumb.tagName === 'SPAN' && /^thumbnail\b/.test(thumb.className) && !thumb.textContent?.trim())) return null;
  if (inner.length !== (thumb ? 4 : 3)) return null;
  const [ttlSpan, sourceSpan, dateSpan] = inner.slice(thumb ? 1 : 0);
  const ttl = labelOf(ttlSpan, 'ttl');
  const source = ttl && labelOf(sourceSpan, 'source');
  const date = source && labelOf(dateSpan, 'date');
  if (!ttl || !source || !date) return null;
  // A paid slot names no publisher: its mark is left to the generic rules.
  if (isSponsorMark(source.text)) return null;
  const reading = parseJapaneseDate(date.text, ctx.now);
  const base = documentBase(li.ownerDocument, ctx.url);
  const url = resolveUrl(link.getAttribute('href'), base);
  const headline = url && reading ? cardHeadline(link, rank ? [rank, { element: cap, text: textOf(cap) }] : [ttl, source, date], url, ctx.now) : null;
  if (!headline || !reading) return null;
  return { headline, title: ttl.text, source: source.text, date: date.text, reading, image: imageIn(li, base) };
}

/**
 * The generic headline rule's reading of a card link with labelled parts (rank and `.cap`, or `.cap`'s own labels):
 * the longest part that reads as a headline, else the link's whole text.
 */
function cardHeadline(link: Element, parts: Label[], url: string, now: Date): TitleHit | null {
  let best: TitleHit | null = null;
  for (const { element, text: title } of parts) {
    if (title.length > (best?.title.length ?? -1) && isTitleLike(title, now)) best = { title, element, url };
  }
  if (best) return best;
  const whole = textOf(link);
  return isTitleLike(whole, now) ? { title: whole, element: link, url } : null;
}

export function cardArticle(article: Article, card: RankingCard): Article {
  return {
    ...article,
    title: card.title,
    source: storySource(card.source, card.headline.url),
    ...timeHit(card.date, 'text', card.reading),
    snippet: null,
    author: null,
    imageUrl: card.image,
    sponsored: false,
  };
}

/** A topic item: the headline the generic rules would take (the item id's key: the text with its marks), and as shown. */
interface Pickup {
  headline: TitleHit;
  /** The link's text without its icon marks. */
  title: string;
}

const pickups = new WeakMap<Element, { parse: object; value: Pickup | null }>();

/**
 * Yahoo Japan's topic item (2017 "pickup" list: `li > div > h1.ttl|p.ttl > a[href]`, the link's text then its icon
 * marks "写真", "new"), when the item holds nothing else: no picture, no publisher, no time. Asked by headline and
 * again by refine.
 */
export function pickupOf(block: Element, ctx: ParseContext): Pickup | null {
  return rememberedFor(pickups, block, (li) => readPickup(li, ctx));
}

/** Attributes a topic item may carry and still read as the fast path reads it (no title, role, rel, time attributes). */
const ITEM_ATTRIBUTES = new Set(['class', 'href', 'onmousedown']);

function hasOnlyItemAttributes(el: Element): boolean {
  for (const name of el.getAttributeNames()) if (!ITEM_ATTRIBUTES.has(name)) return false;
  return true;
}

/** The one child element of a wrapper with no words of its own, if it is of the tag. */
function onlyChild(el: Element | null | undefined, tags: string[]): Element | null {
  const child = el?.firstElementChild;
  return el && child && el.childElementCount === 1 && tags.includes(child.tagName) && hasOnlyItemAttributes(child) && holdsNoLooseText(el) ? child : null;
}

function readPickup(li: Element, ctx: ParseContext): Pickup | null {
  if (li.tagName !== 'LI' || !hasOnlyItemAttributes(li) || li.parentElement?.closest('a[href]')) return null;
  const ttl = onlyChild(onlyChild(li, ['DIV']), ['H1', 'P']);
  const link = onlyChild(ttl, ['A']);
  if (!ttl || !link || ttl.className !== 'ttl') return null;
  const marks = listOf(link.children);
  if (!marks.every((m) => m.tagName === 'SPAN' && m.matches(ICON) && m.childElementCount === 0 && hasOnlyItemAttributes(m))) return null;
  // A paid item's mark ("PR") is left to the generic rules.
  if (marks.some((m) => isSponsorMark(plainTextOf(m)))) return null;
  // Two marks or more are the link's labelled parts: the generic rule would weigh them as headlines.
  if (marks.length >= 2 && marks.some((m) => isTitleLike(textOf(m), ctx.now))) return null;
  const url = resolveUrl(link.getAttribute('href'), documentBase(li.ownerDocument, ctx.url));
  // A heading's text is the headline with its marks; a line's, the link's.
  const element = ttl.tagName === 'H1' ? ttl : link;
  const key = textOf(element);
  const title = plainText(link);
  return url && title && isTitleLike(key, ctx.now) ? { headline: { title: key, element, url }, title } : null;
}

/** A topic item: its headline without icon marks, the link's site as its source, and nothing more. */
export function pickupArticle(article: Article, pickup: Pickup): Article {
  return {
    ...article,
    title: pickup.title,
    source: storySource(null, pickup.headline.url),
    ...NO_TIME,
    snippet: null,
    author: null,
    imageUrl: null,
    sponsored: false,
  };
}
