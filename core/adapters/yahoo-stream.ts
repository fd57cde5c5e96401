/**
 * yahoo.com's stream cards read from their markup: the 2016 card (`li.js-stream-content`: an `h3 > a` headline, the
 * provider in a bare `div`, its picture a background) and the 2014 card (`li.content`: a picture link, an `h3 > a`
 * headline, `p.summary`, `span.source`, perhaps `span.time`), and the articles made of them.
 */
import type { Article, ParseContext } from '../types';
import { collapse, plainTextOf, type Piece } from '../text';
import { looksLikeTime, parseTimeText, timePartOf } from '../time';
import { documentBase, resolveUrl } from '../url';
import { DATA_TIME_ATTRS } from '../fields/view';
import { NO_TIME, timeHit, type TimeHit } from '../fields/time';
import { imageIn, mayHaveSponsoredLink } from '../fields/snippet';
import { rememberedFor } from '../memo';
import { registrableDomain, sourceMismatch } from '../domain';
import { isStoryLink, isTitleLike, type TitleHit } from '../fields/title';
import { isLabel, isSponsorMark } from '../fields/labels';
import { markedSource, shownAsText } from './yahoo-labels';
import { cardPieces, classTest, holdsNoLooseText, namesNoOtherField, scanCard, snippetOfPieces, type CardExtras } from './yahoo-card-scan';

/** Class words of a heading about a person: wider than the headline rule's, so that a heading it passes over is left to it. */
const PERSON_WORDS = /user|author|member|profile|avatar|poster/i;

interface StreamCard {
  headline: TitleHit;
  provider: string;
  image: string | null;
}

const streamCards = new WeakMap<Element, { parse: object; value: StreamCard | null }>();

/** A provider's most characters (as a `.source` label's). */
const PROVIDER_MAX = 50;

/**
 * A story card of yahoo.com's 2016 stream, read from its markup: `li.js-stream-content`, its picture a background,
 * an `h3 > a` headline, then the provider alone in a bare `div` (`h3 + div > div`). Asked by headline and again by
 * refine.
 */
export function streamCardOf(block: Element, ctx: ParseContext): StreamCard | null {
  return rememberedFor(streamCards, block, (el) => readStreamCard(el, ctx));
}

/**
 * The 2016 card when the block is one and shows nothing more than its headline and provider: a card with a teaser, a
 * time, a kicker, a comment count or related stories (the index's lead), a machine time or a paid link is another
 * generation's or a richer card, and null leaves it to the generic rules.
 */
function readStreamCard(li: Element, ctx: ParseContext): StreamCard | null {
  if (li.tagName !== 'LI' || !li.classList.contains('js-stream-content')) return null;
  const headings = li.getElementsByTagName('h3');
  const heading = headings.length === 1 ? headings[0]! : null;
  const link = heading?.firstElementChild;
  if (!heading || heading.childElementCount !== 1 || link?.tagName !== 'A' || !link.hasAttribute('href') || !holdsNoLooseText(heading)) return null;
  const label = providerLabelOf(heading);
  if (!label) return null;
  const title = plainTextOf(link);
  const provider = collapse(label.textContent ?? '');
  if (!title || !provider || provider.length > PROVIDER_MAX || !namesNoOtherField(provider, ctx)) return null;
  if (!showsNoOtherText(li, heading, label) || li.getElementsByTagName('time').length > 0 || mayHaveSponsoredLink(li)) return null;
  const base = documentBase(li.ownerDocument, ctx.url);
  const url = resolveUrl(link.getAttribute('href'), base);
  return url ? { headline: { title, element: heading, url }, provider, image: imageIn(li, base) } : null;
}

/** The 2016 card's provider label: the bare `div` alone in the `div` after the headline (`h3 + div > div`), text alone. */
function providerLabelOf(heading: Element): Element | null {
  const line = heading.nextElementSibling;
  const label = line?.firstElementChild;
  return line?.tagName === 'DIV' && line.childElementCount === 1 && label?.tagName === 'DIV' && label.childElementCount === 0 ? label : null;
}

/** Whether the card's words are its headline's and its provider's alone: no teaser, time label, kicker or count beside them. */
function showsNoOtherText(li: Element, heading: Element, label: Element): boolean {
  const texts = li.ownerDocument.createTreeWalker(li, 4 /* SHOW_TEXT */);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    if (/\S/.test(node.nodeValue ?? '') && !heading.contains(node) && !label.contains(node)) return false;
  }
  return true;
}

export function streamArticle(article: Article, card: StreamCard): Article {
  const domain = registrableDomain(card.headline.url);
  return {
    // Its title and address are the headline's.
    ...article,
    source: { name: card.provider, domain, mismatch: sourceMismatch(card.provider, domain) },
    ...NO_TIME,
    snippet: null,
    author: null,
    imageUrl: card.image,
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
