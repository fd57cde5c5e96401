/**
 * Yahoo! Japan News read from its markup: the 2017 front page's ranking card (`li > a > span.rankNum + span.cap >
 * span.ttl, span.source, span.date`) and topic item (`li > div > p.ttl > a`, icon marks in the link), and the
 * articles made of them.
 */
import type { Article, ParseContext } from '../types';
import { plainTextOf, textOf } from '../text';
import type { TimeReading } from '../time';
import { documentBase, resolveUrl } from '../url';
import { DATA_TIME_ATTRS } from '../fields/view';
import { NO_TIME, timeHit } from '../fields/time';
import { imageIn, SNIPPET_MIN } from '../fields/snippet';
import { rememberedFor } from '../memo';
import { registrableDomain, sourceMismatch } from '../domain';
import { isStoryLink, isTitleLike, type TitleHit } from '../fields/title';
import { isSponsorMark } from '../fields/labels';
import { listOf } from '../dom';
import { ICON, markedSource, mendTitle } from './yahoo-labels';
import { parseJapaneseDate } from './yahoo-japan-time';
import { cardPieces, holdsNoLooseText, namesNoOtherField } from './yahoo-card-scan';

/** Attributes a ranking card may carry and still read as the fast path reads it (no title, role, rel, time attributes). */
const CARD_ATTRIBUTES = new Set(['class', 'href', 'onmousedown', 'src', 'width', 'height', 'alt']);

/** A ranking card of Japan's 2017 front page, read from its markup alone. */
interface RankingCard {
  /** The headline the generic rules would take (the card id's key): `.cap` as a whole, or its longest title-like part. */
  headline: TitleHit;
  /** The headline as shown: `.ttl` alone (mendTitle's reading of the card). */
  title: string;
  source: string;
  date: string;
  reading: TimeReading;
  image: string | null;
}

const rankingCards = new WeakMap<Element, { parse: object; value: RankingCard | null }>();

/**
 * Yahoo Japan's ranking card (2017): `li > a[href] > [span.rankNum] span.cap > [span.thumbnail] span.ttl span.source
 * span.date`. Its every field is in its markup, so its block is read without the generic look over it. Asked by
 * headline and again by refine.
 */
export function rankingCardOf(block: Element, ctx: ParseContext): RankingCard | null {
  return rememberedFor(rankingCards, block, (li) => readRankingCard(li, ctx));
}

function hasOnlyCardAttributes(el: Element): boolean {
  for (const name of el.getAttributeNames()) if (!CARD_ATTRIBUTES.has(name)) return false;
  return true;
}

/** A thumbnail holds pictures and empty marks only (the video mark `span.icmv_s`). */
function isBareThumbnail(thumb: Element): boolean {
  if (thumb.textContent?.trim()) return false;
  return listOf(thumb.querySelectorAll('*')).every((el) => (el.tagName === 'SPAN' && hasOnlyCardAttributes(el)) || (el.tagName === 'IMG' && isPlainPicture(el)));
}

/** Attributes the field rules read besides a card's own: tooltips, labels, roles, rels, marks, lazy sources, times. */
const READ_ATTRIBUTES = new Set(['title', 'aria-label', 'role', 'rel', 'itemprop', 'data-source', 'data-testid', 'data-test-id', 'data-src', 'datetime', ...DATA_TIME_ATTRS]);

/**
 * A picture with no attribute a rule reads but the card's own: others are no one's concern (an alt text with quotes
 * inside, `alt="あの"聖心"の…""`, leaves its words as attribute names).
 */
function isPlainPicture(img: Element): boolean {
  for (const name of img.getAttributeNames()) if (READ_ATTRIBUTES.has(name)) return false;
  return true;
}

/** A part of a card and its text, read once. */
interface Label {
  element: Element;
  text: string;
}

/** A label span (text alone, no marks of its own) of the class, with its text; null for another element. */
function labelOf(el: Element | undefined, cls: string): Label | null {
  if (!el || el.tagName !== 'SPAN' || el.className !== cls || el.childElementCount !== 0 || !hasOnlyCardAttributes(el)) return null;
  const text = plainTextOf(el);
  return text ? { element: el, text } : null;
}

function readRankingCard(li: Element, ctx: ParseContext): RankingCard | null {
  const link = li.firstElementChild;
  if (li.tagName !== 'LI' || li.childElementCount !== 1 || link?.tagName !== 'A' || !hasOnlyCardAttributes(li) || !hasOnlyCardAttributes(link)) return null;
  if (!holdsNoLooseText(li) || !holdsNoLooseText(link) || li.parentElement?.closest('a[href]')) return null;
  const outer = listOf(link.children);
  const rank = outer.length === 2 ? labelOf(outer[0], 'rankNum') : null;
  const cap = outer.at(-1);
  if (outer.length !== (rank ? 2 : 1) || cap?.tagName !== 'SPAN' || cap.className !== 'cap' || !hasOnlyCardAttributes(cap) || !holdsNoLooseText(cap)) return null;
  const inner = listOf(cap.children);
  const thumb = inner.length === 4 ? inner[0]! : null;
  if (thumb && !(thumb.tagName === 'SPAN' && /^thumbnail\b/.test(thumb.className) && hasOnlyCardAttributes(thumb) && isBareThumbnail(thumb))) return null;
  if (inner.length !== (thumb ? 4 : 3)) return null;
  const [ttlSpan, sourceSpan, dateSpan] = inner.slice(thumb ? 1 : 0);
  const ttl = labelOf(ttlSpan, 'ttl');
  const source = ttl && labelOf(sourceSpan, 'source');
  const date = source && labelOf(dateSpan, 'date');
  if (!ttl || !source || !date) return null;
  const base = documentBase(li.ownerDocument, ctx.url);
  const url = resolveUrl(link.getAttribute('href'), base);
  if (!url || !isStoryLink(link, url, ctx.url)) return null;
  const headline = cardHeadline(link, rank ? [rank, { element: cap, text: textOf(cap) }] : [ttl, source, date], url, ctx.now);
  const labels = rank ? [rank, ttl, source, date] : [ttl, source, date];
  const name = markedSource(li) === source.text ? source.text : null;
  const reading = parseJapaneseDate(date.text, ctx.now);
  if (!headline || !name || !reading || !labelsKeepFieldsEmpty(labels, date, headline.element, ctx)) return null;
  // mendTitle reads the block's first `.ttl`: with this one alone, its reading is this.
  if (li.querySelectorAll('.ttl').length !== 1) return null;
  const shown = ttl.text;
  const title = shown !== headline.title && headline.title.includes(shown) ? shown : headline.title;
  return { headline, title, source: name, date: date.text, reading, image: imageIn(li, base) };
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

/**
 * Whether the generic rules would find no snippet, author, sponsor mark or other time in the card's labels: no label
 * outside the headline is a teaser's length, none opens with "By", none is a sponsor mark, and none but the date reads
 * as a time or a Japanese date (the Japan time mend reads the first that does).
 */
function labelsKeepFieldsEmpty(labels: Label[], date: Label, headline: Element, ctx: ParseContext): boolean {
  return labels.every((label) => {
    const { element, text } = label;
    if (!headline.contains(element) && text.length >= SNIPPET_MIN) return false;
    return label === date ? !/^by/i.test(text) && !isSponsorMark(text) : namesNoOtherField(text, ctx);
  });
}

export function cardArticle(article: Article, card: RankingCard): Article {
  const domain = registrableDomain(card.headline.url);
  return {
    ...article,
    title: card.title,
    source: { name: card.source, domain, mismatch: sourceMismatch(card.source, domain) },
    ...timeHit(card.date, 'text', card.reading),
    snippet: null,
    author: null,
    imageUrl: card.image,
    sponsored: false,
  };
}

const pickups = new WeakMap<Element, { parse: object; value: TitleHit | null }>();

/**
 * The headline of Yahoo Japan's topic item (2017 "pickup" list: `li > div > h1.ttl|p.ttl > a[href]`, the link's text
 * then its icon marks "写真", "new"), when the item holds nothing else: no picture, no publisher, no time. Asked by
 * headline and again by refine.
 */
export function pickupOf(block: Element, ctx: ParseContext): TitleHit | null {
  return rememberedFor(pickups, block, (li) => readPickup(li, ctx));
}

/** The one child element of a wrapper with no words of its own, if it is of the tag. */
function onlyChild(el: Element | null | undefined, tags: string[]): Element | null {
  const child = el?.firstElementChild;
  return el && child && el.childElementCount === 1 && tags.includes(child.tagName) && hasOnlyCardAttributes(child) && holdsNoLooseText(el) ? child : null;
}

function readPickup(li: Element, ctx: ParseContext): TitleHit | null {
  if (li.tagName !== 'LI' || !hasOnlyCardAttributes(li) || li.parentElement?.closest('a[href]')) return null;
  const ttl = onlyChild(onlyChild(li, ['DIV']), ['H1', 'P']);
  const link = onlyChild(ttl, ['A']);
  if (!ttl || !link || ttl.className !== 'ttl') return null;
  const marks = listOf(link.children);
  if (!marks.every((m) => m.tagName === 'SPAN' && m.matches(ICON) && m.childElementCount === 0 && hasOnlyCardAttributes(m))) return null;
  // Two marks or more are the link's labelled parts: the generic rule would weigh them as headlines.
  if (marks.length >= 2 && marks.some((m) => isTitleLike(textOf(m), ctx.now))) return null;
  const url = resolveUrl(link.getAttribute('href'), documentBase(li.ownerDocument, ctx.url));
  // A heading's text is the headline with its marks; a line's, the link's.
  const element = ttl.tagName === 'H1' ? ttl : link;
  const title = textOf(element);
  if (!url || !isStoryLink(link, url, ctx.url) || !isTitleLike(title, ctx.now)) return null;
  return cardPieces(li).every((p) => namesNoOtherField(p.text, ctx)) ? { title, element, url } : null;
}

/** A topic item: its headline without icon marks, the link's site as its source, and nothing more. */
export function pickupArticle(article: Article, headline: TitleHit, block: Element, ctx: ParseContext): Article {
  const domain = registrableDomain(headline.url);
  return {
    ...mendTitle(article, block, ctx.now),
    source: { name: domain, domain, mismatch: false },
    ...NO_TIME,
    snippet: null,
    author: null,
    imageUrl: null,
    sponsored: false,
  };
}
