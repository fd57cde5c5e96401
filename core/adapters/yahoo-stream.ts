/**
 * yahoo.com's stream cards read from their markup: the 2016 card (`li.js-stream-content`: an `h3 > a` headline, the
 * provider in a bare `div`, its picture a background) and the 2014 card (`li.content`: a picture link, an `h3 > a`
 * headline, `p.summary`, `span.source`, perhaps `span.time`), and the articles made of them.
 */
import type { Article, ParseContext } from '../types';
import { collapse, plainTextOf, truncate } from '../text';
import { parseTimeText, timePartOf } from '../time';
import { documentBase, resolveUrl } from '../url';
import { NO_TIME, timeHit, type TimeHit } from '../fields/time';
import { mayHaveSponsoredLink, SNIPPET_MAX } from '../fields/snippet';
import { rememberedFor } from '../memo';
import { storySource } from '../domain';
import type { TitleHit } from '../fields/title';
import { isSponsorMark } from '../fields/labels';
import { listOf } from '../dom';
import { cardPicture, holdsNoLooseText, namesNoOtherField, showsNoOtherText } from './yahoo-card-scan';

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
  if (!showsNoOtherText(li, [heading, label]) || li.getElementsByTagName('time').length > 0 || mayHaveSponsoredLink(li)) return null;
  const base = documentBase(li.ownerDocument, ctx.url);
  const url = resolveUrl(link.getAttribute('href'), base);
  return url ? { headline: { title, element: heading, url }, provider, image: cardPicture(li, base) } : null;
}

/** The 2016 card's provider label: the bare `div` alone in the `div` after the headline (`h3 + div > div`), text alone. */
function providerLabelOf(heading: Element): Element | null {
  const line = heading.nextElementSibling;
  const label = line?.firstElementChild;
  return line?.tagName === 'DIV' && line.childElementCount === 1 && label?.tagName === 'DIV' && label.childElementCount === 0 ? label : null;
}

export function streamArticle(article: Article, card: StreamCard): Article {
  return {
    // Its title and address are the headline's.
    ...article,
    source: storySource(card.provider, card.headline.url),
    ...NO_TIME,
    snippet: null,
    author: null,
    imageUrl: card.image,
    sponsored: false,
  };
}

/** A yahoo.com 2014 stream card, read from its markup. */
interface Card2014 {
  headline: TitleHit;
  source: string;
  time: TimeHit;
  snippet: string | null;
  image: string | null;
}

const cards2014 = new WeakMap<Element, { parse: object; value: Card2014 | null }>();

/**
 * A story card of yahoo.com's 2014 stream (`li.content`: a picture link, an `h3 > a` headline, `p.summary`, then
 * `span.source` and perhaps `span.time`, Save and Remove buttons). Asked by headline and again by refine.
 */
export function card2014Of(block: Element, ctx: ParseContext): Card2014 | null {
  return rememberedFor(cards2014, block, (li) => readCard2014(li, ctx));
}

/**
 * The 2014 card's fields, each from its element: the headline `h3 > a`, the teaser `.summary`, the publisher
 * `.source`, the age `.time`, the picture. A card that shows other words (a kicker, a byline, a sponsor's mark) or
 * marks a link paid is left to the generic rules: null.
 */
function readCard2014(li: Element, ctx: ParseContext): Card2014 | null {
  if (li.tagName !== 'LI' || !li.classList.contains('content') || li.closest('a[href]')) return null;
  const headings = li.getElementsByTagName('h3');
  const heading = headings.length === 1 ? headings[0]! : null;
  const link = heading?.firstElementChild;
  if (!heading || heading.childElementCount !== 1 || link?.tagName !== 'A' || !link.hasAttribute('href') || !holdsNoLooseText(heading)) return null;
  const sourceLabel = li.getElementsByClassName('source')[0];
  const summary = li.getElementsByClassName('summary')[0] ?? null;
  const age = li.getElementsByClassName('time')[0] ?? null;
  const source = sourceLabel ? plainTextOf(sourceLabel) : '';
  const title = plainTextOf(link);
  if (!sourceLabel || !source || !title || isSponsorMark(source) || mayHaveSponsoredLink(li)) return null;
  if (!showsNoOtherText(li, [heading, sourceLabel, summary, age, ...listOf(li.getElementsByTagName('button'))])) return null;
  const base = documentBase(li.ownerDocument, ctx.url);
  const url = resolveUrl(link.getAttribute('href'), base);
  const teaser = summary ? plainTextOf(summary) : '';
  if (!url) return null;
  return {
    headline: { title, element: heading, url },
    source,
    time: age ? timeOfLabel(plainTextOf(age), ctx) : NO_TIME,
    snippet: teaser ? truncate(teaser, SNIPPET_MAX) : null,
    image: cardPicture(li, base),
  };
}

/** A time label's reading ("32 mins ago"): its time part, in the page's zone; none if it holds no time. */
function timeOfLabel(label: string, ctx: ParseContext): TimeHit {
  const text = timePartOf(label, ctx.now, ctx.times);
  const r = text ? parseTimeText(text, ctx.now, ctx.times) : null;
  return text && r ? timeHit(text, 'text', r) : NO_TIME;
}

export function card2014Article(article: Article, card: Card2014): Article {
  return {
    // Its title and address are the headline's.
    ...article,
    source: storySource(card.source, card.headline.url),
    ...card.time,
    snippet: card.snippet,
    author: null,
    imageUrl: card.image,
    sponsored: false,
  };
}
