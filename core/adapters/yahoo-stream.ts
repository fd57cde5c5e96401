/**
 * yahoo.com's stream cards read from their markup: the 2016 card (`li.js-stream-content`: an `h3 > a` headline, the
 * provider in a bare `div`, its picture a background) and the 2014 card (`li.content`: a picture link, an `h3 > a`
 * headline, `p.summary`, `span.source`, perhaps `span.time`), and the articles made of them.
 */
import type { Article, ParseContext } from '../types';
import { plainTextOf, type Piece } from '../text';
import { looksLikeTime, metaParts, parseTimeText, timePartOf } from '../time';
import { documentBase, resolveUrl } from '../url';
import { DATA_TIME_ATTRS } from '../fields/view';
import { NO_TIME, timeHit, type TimeHit } from '../fields/time';
import { imageIn } from '../fields/snippet';
import { remembered, rememberedFor } from '../memo';
import { registrableDomain, sourceMismatch } from '../domain';
import { isStoryLink, isTitleLike, type TitleHit } from '../fields/title';
import { isLabel, isSponsorMark, unbracketed } from '../fields/labels';
import { ICON, isProviderLabel, markedSource, shownAsText } from './yahoo-labels';
import { cardPieces, classTest, holdsNoLooseText, namesNoOtherField, scanCard, snippetOfPieces, type CardExtras } from './yahoo-card-scan';

/** What would give the generic rules more to read in a stream card than its headline and provider: pictures, times, tooltips, roles, controls, marks. */
const STREAM_CARD_EXTRAS: CardExtras = {
  tags: new Set(['img', 'time', 'button']),
  classes: classTest(['source', 'ttl']),
  attributes: new Set(['datetime', 'title', 'role', 'rel', ...DATA_TIME_ATTRS]),
};

/** Class words of a heading about a person: wider than the headline rule's, so that a heading it passes over is left to it. */
const PERSON_WORDS = /user|author|member|profile|avatar|poster/i;

interface StreamCard {
  headline: TitleHit;
  provider: string;
}

const streamCards = new WeakMap<Element, { parse: object; value: StreamCard | null }>();

/**
 * A story card of yahoo.com's 2016 stream (`li.js-stream-content`: its picture a background, an `h3 > a` headline,
 * the provider in a bare `div`), when it holds that and nothing more: its headline is its heading, its publisher the
 * one other label. Asked by headline and again by refine.
 */
export function streamCardOf(block: Element, ctx: ParseContext): StreamCard | null {
  return rememberedFor(streamCards, block, (el) => readStreamCard(el, ctx));
}

function readStreamCard(block: Element, ctx: ParseContext): StreamCard | null {
  const scan = block.closest('a[href]') ? null : scanCard(block, STREAM_CARD_EXTRAS);
  if (!scan) return null;
  const { headings, links } = scan;
  const heading = headings[0];
  const link = links[0];
  if (headings.length !== 1 || links.length !== 1 || !heading || !link || !heading.contains(link) || heading.querySelector(ICON)) return null;
  for (let el: Element | null = heading; el && el !== block; el = el.parentElement) if (PERSON_WORDS.test(el.getAttribute('class') ?? '')) return null;
  const pieces = cardPieces(block);
  // Two pieces: the label, the one outside the heading, and the heading's.
  const at = pieces.findIndex((p) => !heading.contains(p.element));
  const label = pieces[at];
  const head = pieces[at === 0 ? 1 : 0];
  if (pieces.length !== 2 || !label || !head || !heading.contains(head.element)) return null;
  const url = resolveUrl(link.getAttribute('href'), documentBase(block.ownerDocument, ctx.url));
  // The heading's text (textOf): its one piece, the rest of it whitespace that collapsing drops.
  const title = head.text;
  if (!url || !isStoryLink(link, url, ctx.url) || !isTitleLike(title, ctx.now) || !namesNoOtherField(title, ctx)) return null;
  const provider = label.text;
  return provider !== title && isCardProvider(provider, ctx) ? { headline: { title, element: heading, url }, provider } : null;
}

/**
 * The label as the provider rule reads it: one part, unbracketed, a name, shorter than a teaser, and no other field.
 * Asked once a parse for each name (a stream shows a few publishers many times).
 */
function isCardProvider(label: string, ctx: ParseContext): boolean {
  return remembered('yahoo-card-provider', label, () => {
    const parts = metaParts(label, ctx.now);
    const alone = parts.length === 1 && parts[0] === label && unbracketed(label) === label && label.length < 40;
    return alone && namesNoOtherField(label, ctx) && isProviderLabel(label, ctx.now);
  });
}

export function streamArticle(article: Article, card: StreamCard): Article {
  const domain = registrableDomain(card.headline.url);
  return {
    // mendTitle leaves it: the card has no `.ttl`, and its one heading holds the link.
    ...article,
    source: { name: card.provider, domain, mismatch: sourceMismatch(card.provider, domain) },
    ...NO_TIME,
    snippet: null,
    author: null,
    imageUrl: null,
    sponsored: false,
  };
}

/**
 * What the 2014 card reading leaves to the generic rules: headings but its `h3`, machine times, roles (headings), rels
 * (sponsors, authors), the `.ttl` the title mend reads.
 */
const CARD_2014_EXTRAS: CardExtras = {
  tags: new Set(['h1', 'h2', 'h4', 'h5', 'h6', 'time']),
  classes: classTest(['ttl']),
  attributes: new Set(['datetime', 'role', 'rel', ...DATA_TIME_ATTRS]),
};

/** A yahoo.com 2014 stream card, read from its markup: every field the generic rules would give it. */
interface Card2014 {
  headline: TitleHit;
  source: string;
  time: TimeHit;
  snippet: string | null;
  image: string | null;
}

/** A time label that is a whole text piece, and its time. */
interface TimedPiece {
  piece: Piece;
  text: string;
}

const cards2014 = new WeakMap<Element, { parse: object; value: Card2014 | null }>();

/**
 * A story card of yahoo.com's 2014 stream (`li.content`: a picture link, an `h3 > a` headline, `p.summary`, then
 * `span.source` and perhaps `span.time`, Save and Remove buttons). Asked by headline and again by refine.
 */
export function card2014Of(block: Element, ctx: ParseContext): Card2014 | null {
  return rememberedFor(cards2014, block, (li) => readCard2014(li, ctx));
}

function readCard2014(li: Element, ctx: ParseContext): Card2014 | null {
  if (li.tagName !== 'LI' || !li.classList.contains('content') || !ctx.times || li.closest('a[href]')) return null;
  const headings = scanCard(li, CARD_2014_EXTRAS)?.headings;
  const heading = headings?.length === 1 ? headings[0] : null;
  const link = heading?.firstElementChild;
  if (!heading || heading.childElementCount !== 1 || link?.tagName !== 'A' || link.childElementCount !== 0 || !holdsNoLooseText(heading)) return null;
  for (let el: Element | null = heading; el && el !== li; el = el.parentElement) if (PERSON_WORDS.test(el.getAttribute('class') ?? '')) return null;
  const base = documentBase(li.ownerDocument, ctx.url);
  const url = resolveUrl(link.getAttribute('href'), base);
  // The heading holds the link's text alone: read natively.
  const title = plainTextOf(heading);
  const source = markedSource(li);
  if (!url || !source || !isStoryLink(link, url, ctx.url) || !isTitleLike(title, ctx.now)) return null;
  const pieces = cardPieces(li);
  const timed = timePieceOf(pieces, ctx);
  if (timed === undefined) return null;
  const time = timed ? timeOfPiece(timed, pieces, ctx) : NO_TIME;
  for (const p of pieces) {
    if (heading.contains(p.element) ? p.text !== title : !keepsSource(p, source, url, base, ctx.now)) return null;
    if (/^by/i.test(p.text) || isSponsorMark(p.text)) return null;
  }
  if (!time) return null;
  return { headline: { title, element: heading, url }, source, time, snippet: snippetOfPieces(pieces, li, heading, timed?.piece ?? null), image: imageIn(li, base) };
}

/**
 * The block's time label as the view finds it: the first piece that holds a time. Null for none; undefined for a
 * time that is not a whole piece, or is one word (a bare clock time, a name like "15min"), which the view weighs further.
 */
function timePieceOf(pieces: Piece[], ctx: ParseContext): TimedPiece | null | undefined {
  for (const piece of pieces) {
    const text = timePartOf(piece.text, ctx.now, ctx.times);
    if (text) return text === piece.text && /\s/.test(text) ? { piece, text } : undefined;
  }
  return null;
}

/**
 * The time rule's reading of the label: its text, in the page's zone. Null when a tooltip or a clock time beside it
 * would change the reading.
 */
function timeOfPiece(timed: TimedPiece, pieces: Piece[], ctx: ParseContext): TimeHit | null {
  const { piece, text } = timed;
  const line = piece.element.parentElement;
  if (piece.element.getAttribute('title') || line?.getAttribute('title')) return null;
  const next = pieces[pieces.indexOf(piece) + 1];
  if (next && line?.contains(next.element)) return null;
  const r = parseTimeText(text, ctx.now, ctx.times);
  return r ? timeHit(text, 'text', r) : NO_TIME;
}

/**
 * Whether a piece leaves the publisher to the `.source` label: the refine keeps a generic name only when the block
 * shows it as text (not in another link or a button), and every name the source rules give is a host, a linked host's
 * name (one word each) or a label (isLabel) that reads as no time.
 */
function keepsSource(p: Piece, source: string, url: string, base: URL, now: Date): boolean {
  // The text first: a teaser is no name, and only a one-word text needs its place looked up.
  if (p.text === source || (/\s/.test(p.text) && (!isLabel(p.text, true) || looksLikeTime(p.text, now)))) return true;
  return !shownAsText(p.text, [p], url, base);
}

export function card2014Article(article: Article, card: Card2014): Article {
  const domain = registrableDomain(card.headline.url);
  return {
    // mendTitle leaves it: the card has no `.ttl`, and its heading holds the link.
    ...article,
    source: { name: card.source, domain, mismatch: sourceMismatch(card.source, domain) },
    ...card.time,
    snippet: card.snippet,
    author: null,
    imageUrl: card.image,
    sponsored: false,
  };
}
