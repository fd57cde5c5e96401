/**
 * A Google News story card of the markup since about 2021, read from the markup itself instead of the generic rules'
 * walk over it (fields/view.ts). Such a card is an `<article>` without a heading that holds one link with words, the
 * headline (`a.JtKRv`, `a.gPFEn`, mostly data-n-tid="29"), beside an empty overlay link to the same story; its other
 * parts are the publisher row (a favicon, the name), a `<time datetime>`, a byline ("By …", `.bInasb`, `.MkYNL`), a
 * thumbnail in a `<figure>` (`img.Quavad`), and a menu button. It shows no summary and no sponsor mark, but a card
 * that does is read for them too.
 * The cards of 2018–2020, whose headline sits in an `<h3>` above a summary, and the cards of any other shape get no
 * reading: the generic rules read them.
 */
import type { Article, Block, ParseContext } from '../types';
import { collapse, isSkipped, plainTextOf, truncate } from '../text';
import { parseMachineTime, type TimeOptions } from '../time';
import { documentBase, resolveUrl } from '../url';
import { remembered, rememberedFor } from '../memo';
import { isSponsorMark } from '../fields/labels';
import type { TitleHit } from '../fields/title';
import { SNIPPET_MAX, SNIPPET_MIN } from '../fields/snippet';
import { timeHit, type TimeHit } from '../fields/time';

const headlines = new WeakMap<Element, { parse: object; value: TitleHit | null }>();

/** The card's headline link, or null for a block of another shape (asked for the headline and again when refined). */
export function cardHeadline(block: Block, ctx: ParseContext): TitleHit | null {
  if (block.element.tagName !== 'ARTICLE' || block.meta) return null;
  return rememberedFor(headlines, block.element, (article) => readHeadline(article, ctx));
}

function readHeadline(article: Element, ctx: ParseContext): TitleHit | null {
  let headline: Element | null = null;
  const links = article.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    const a = links[i]!;
    if (!a.hasAttribute('href') || !/\S/.test(a.textContent ?? '')) continue;
    if (headline) return null;
    headline = a;
  }
  if (!headline || inHeading(headline, article)) return null;
  const title = plainTextOf(headline);
  const url = resolveUrl(headline.getAttribute('href'), documentBase(article.ownerDocument, ctx.url));
  return title && url ? { title, element: headline, url } : null;
}

const HEADING_TAG = /^H[1-6]$/;

/** Whether the link sits in a heading of the card: the 2018–2020 markup's `<h3>`/`<h4>` around the headline. */
function inHeading(link: Element, article: Element): boolean {
  for (let el = link.parentElement; el && el !== article; el = el.parentElement) {
    if (HEADING_TAG.test(el.tagName) || el.getAttribute('role') === 'heading') return true;
  }
  return false;
}

type CardFields = Partial<Pick<Article, 'publishedAt' | 'time'>> & Pick<Article, 'snippet' | 'author' | 'imageUrl' | 'sponsored'>;

/**
 * A card's fields but its publisher (googlenews.ts reads that for every generation): its time when a `<time datetime>`
 * gives it (else the generic rules read a label), and its byline, summary, thumbnail and sponsor mark.
 */
export function cardFields(block: Block, headline: TitleHit, ctx: ParseContext): CardFields {
  const article = block.element;
  const texts = cardTexts(article, headline.element);
  const fields: CardFields = {
    snippet: texts.summary && truncate(texts.summary, SNIPPET_MAX),
    author: texts.author,
    imageUrl: thumbnailOf(article, documentBase(article.ownerDocument, ctx.url)),
    sponsored: texts.sponsored,
  };
  const time = ctx.times && timeElementHit(article, ctx.now, ctx.times);
  if (time) Object.assign(fields, { publishedAt: time.publishedAt, time: time.time });
  return fields;
}

/** What a card's texts outside its headline say: its byline's names, a summary, a sponsor's mark. */
interface CardTexts {
  author: string | null;
  summary: string | null;
  sponsored: boolean;
}

/**
 * A byline: "By" (or the page language's word: "Di", "Por", "Par", "Von", "Door", "Av", "Przez") and the names, not
 * longer than a few names are (a summary may begin "By the numbers…").
 */
const BYLINE = /^(?:by|di|por|par|von|door|av|af|przez)\s+(\S.{0,100})$/is;

/**
 * One native walk over the card's texts: the byline ("By Libor Jany, Rachel Uranga and Connor Sheets": every name it
 * gives), the longest other text long enough for a summary (the publisher, time and controls are short labels), and
 * whether a text is a sponsor's mark ("Sponsored").
 */
function cardTexts(article: Element, headline: Element): CardTexts {
  const found: CardTexts = { author: null, summary: null, sponsored: false };
  const texts = article.ownerDocument.createTreeWalker(article, 4 /* SHOW_TEXT */);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    const parent = node.parentElement;
    // A script or style's text is no text of the card (a card holds no svg with texts).
    if (!parent || isSkipped(parent) || headline.contains(parent)) continue;
    const text = collapse(node.nodeValue ?? '');
    const byline = text.length > 3 && !found.author ? BYLINE.exec(text) : null;
    if (byline) found.author = byline[1]!;
    else if (text.length >= SNIPPET_MIN && text.length > (found.summary?.length ?? 0)) found.summary = text;
    else if (isSponsorMark(text)) found.sponsored = true;
  }
  return found;
}

/** The card's thumbnail: the picture in its `<figure>` (the favicon of the publisher row is no picture of the story). */
function thumbnailOf(article: Element, base: URL): string | null {
  const img = article.getElementsByTagName('figure')[0]?.getElementsByTagName('img')[0];
  const src = img && (img.getAttribute('src') ?? img.getAttribute('data-src'));
  return src && !src.startsWith('data:') ? resolveUrl(src, base) : null;
}

/**
 * The first `<time datetime>` of the card that reads. Each value is read once for the page, so stories of the same date
 * share one reading (and its ISO form, written once by timeHit).
 */
function timeElementHit(article: Element, now: Date, times: TimeOptions): TimeHit | null {
  const elements = article.getElementsByTagName('time');
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i]!;
    const r = remembered('googlenews-datetime', el.getAttribute('datetime') ?? '', (value) => parseMachineTime(value, now, times));
    if (r) return timeHit(collapse(el.textContent ?? '') || null, 'attribute', r);
  }
  return null;
}
