/**
 * Google Search's news results (the News tab, tbm=nws) on any Google country domain.
 *
 * Each result is one story with one outbound link; the card markup changes every year or two (g-card/div.dbsr in
 * 2020–21, div.SoaBEf/a.WlydOe since 2022, div.g/h3 before, div.ZINbbc in the basic-HTML version with /url?q=
 * wrappers), but a card always holds exactly one outbound target. So the blocks come from the links: the first link
 * to each outbound URL climbs to the highest ancestor that holds no other outbound URL, as the generic detector
 * climbs from time labels. Other search verticals fall back to the generic detector.
 *
 * A result of the card markup (2019–: one link around the publisher row, a `[role="heading"]` headline, the summary
 * and the time label) is read from its markup (googlesearch-markup.ts). For the others, refine mends two things the
 * generic rules miss: the publisher is a label above the headline (beside a favicon), not next to the time; and
 * numeric dates follow the page's locale ("5/03/2020" is 5 March on google.co.nz).
 */
import type { Adapter, Article, Block, ParseContext } from '../types';
import { isSeparator, type Piece } from '../text';
import { documentBase, resolveUrl, validUrlParts } from '../url';
import { registrableDomain, storySource } from '../domain';
import { isLabel, isSponsorMark } from '../fields/labels';
import { titleOf, type TitleHit } from '../fields/title';
import { dataTimedOf, viewOf, type BlockView } from '../fields/view';
import { genericBlocks, inDocumentOrder, repeatedBlocks } from './generic';
import { dayFirst, NUMERIC_DATE, numericDate, numericDateHit, resultCardOf, type ResultCard } from './googlesearch-markup';
import { isBefore, linksUnder } from '../dom';

/** Google's own hosts: search tabs, maps, support, accounts, caches, translations. */
const GOOGLE_HOST = /(^|\.)(?:google\.[a-z.]+|googleusercontent\.com|gstatic\.com|googleadservices\.com|doubleclick\.net)$/;
/** Page chrome that can hold outbound links: never results. */
const EXCLUDED = 'nav, header, footer, form, [role="navigation"], [role="banner"], [role="contentinfo"]';

/** tbm=nws in the page's query (read without building the URL's searchParams). */
const NEWS_VERTICAL = /[?&]tbm=nws(?:&|$)/;

function isNewsVertical(url: URL): boolean {
  return NEWS_VERTICAL.test(url.search);
}

function isOutbound(url: string): boolean {
  return !GOOGLE_HOST.test(validUrlParts(url).hostname);
}

function resultBlocks(doc: Document, ctx: ParseContext): Block[] {
  if (!isNewsVertical(ctx.url)) return genericBlocks(doc, ctx);
  const root = doc.getElementById('rso') ?? doc.getElementById('search') ?? doc.getElementById('main') ?? doc.body;
  if (!root) return [];
  const base = documentBase(doc, ctx.url);
  // Each outbound URL's first link with words: a result's thumbnail links to its story before its headline does, and
  // climbs no higher than itself when related stories share the result.
  const firstLinks = new Map<string, Element>();
  for (const a of linksUnder(root)) {
    const url = resolveUrl(a.getAttribute('href'), base);
    if (!url || !isOutbound(url) || a.closest(EXCLUDED)) continue;
    const first = firstLinks.get(url);
    if (!first || (!hasWords(first) && hasWords(a))) firstLinks.set(url, a);
  }
  const blocks: Block[] = [];
  for (const members of repeatedBlocks([...firstLinks.values()], root).values()) {
    for (const element of members) {
      // A card of a known markup is a dated result; any other element is looked at by the generic rules.
      if (resultCardOf(element, ctx)) {
        blocks.push({ element, section: null });
        continue;
      }
      const view = viewOf({ element, section: null }, ctx, base);
      if (!titleOf(view)) continue;
      // A lone outbound link that shows no time is a stray (an attribution, a help link), not a result.
      const dated = view.timePiece || numericDatePiece(view) || element.querySelector('time');
      // A result that holds related stories is only its headline; its "Publisher - 3 hours ago" line is the row after.
      const meta = dated ? null : metaRowAfter(element, ctx, base);
      if (meta) blocks.push({ element, section: null, meta });
      else if (members.length > 1 || dated) blocks.push({ element, section: null });
    }
  }
  return inDocumentOrder(withoutOthersMetaRows(blocks, [...firstLinks.values()]));
}

/**
 * A related story's link climbs past the row of its result's headline when they share an element (2011's `div.s`:
 * the headline's "Publisher - 2 hours ago" row, then the related links): its block is then only its own part of it.
 */
function withoutOthersMetaRows(blocks: Block[], links: Element[]): Block[] {
  const metas = blocks.flatMap((b) => (b.meta ? [b.meta] : []));
  if (metas.length === 0) return blocks;
  return blocks.map((b) => {
    if (!metas.some((m) => m !== b.meta && b.element.contains(m))) return b;
    let part = links.find((a) => b.element.contains(a));
    while (part?.parentElement && part.parentElement !== b.element) part = part.parentElement;
    return part ? { ...b, element: part } : b;
  });
}

/**
 * The row just after a headline that shows its time and links nowhere: the headline's publisher and age. It may open
 * the element after the headline (2011's `div.s`: the "Publisher - 2 hours ago" row, the snippet, related links).
 */
function metaRowAfter(headline: Element, ctx: ParseContext, base: URL): Element | null {
  let row = headline.nextElementSibling;
  while (row?.querySelector('a[href]')) row = row.firstElementChild;
  return row && viewOf({ element: row, section: null }, ctx, base).timePiece ? row : null;
}

function hasWords(link: Element): boolean {
  return /\p{L}/u.test(link.textContent ?? '');
}

/**
 * The short label just before the piece that `stops` (the headline, a date the generic rules could not read, a row's
 * time): the publisher row above the headline in every card generation since 2020, "Publisher · date" in the
 * basic-HTML version, "Reuters - 3 hours ago" in a result's row.
 */
function labelBefore(view: BlockView, stops: (p: Piece) => boolean, title: Element | null): string | null {
  let label: string | null = null;
  for (const p of view.pieces) {
    if (stops(p)) break;
    if (isSeparator(p.text)) continue;
    label = !title?.contains(p.element) && isLabel(p.text) && !isSponsorMark(p.text) ? p.text : null;
  }
  return label;
}

/** A test of whether a piece is in `stop` or comes after it. */
function atOrAfter(stop: Element): (p: Piece) => boolean {
  return (p) => stop.contains(p.element) || isBefore(stop, p.element);
}

/** The label before a row's time (the time piece's text may be the row's own, around the label). */
function labelBeforeTime(view: BlockView): string | null {
  const time = view.timePiece;
  return time ? labelBefore(view, (p) => p === time, null) : null;
}

function numericDatePiece(view: BlockView): Piece | null {
  return view.pieces.find((p) => NUMERIC_DATE.test(p.text)) ?? null;
}

/**
 * Whether the generic time rules read a numeric date the page's way only by chance: they read none, or the label as
 * it stands ("5/03/2020"), month first. Told from the view where it can be (see numericLabelAlone), which spares the
 * rules' parse of the label; from their reading otherwise.
 */
function rereadsDate(view: BlockView, article: Article): boolean {
  if (numericLabelAlone(view)) return true;
  const { from, text } = article.time;
  return from === null || (from === 'text' && !!text && NUMERIC_DATE.test(text));
}

/**
 * Whether the generic time rules (fields/time.ts) could read nothing but the block's time label, a numeric date alone,
 * or no label at all: the block has no datetime or timestamp attribute and no meta row, and the label carries no
 * tooltip and no clock time after it in its line.
 */
function numericLabelAlone(view: BlockView): boolean {
  if (view.meta || view.times.length > 0 || dataTimedOf(view).length > 0) return false;
  const piece = view.timePiece;
  if (!piece) return true;
  const line = piece.element.parentElement;
  const after = view.pieces[view.pieces.indexOf(piece) + 1];
  if (piece.element.hasAttribute('title') || line?.hasAttribute('title') || (after && line?.contains(after.element))) return false;
  return NUMERIC_DATE.test(view.timeText ?? '');
}

/** A result card's fields read from its markup; its source's name, when no label names it, from the generic rules. */
function cardArticle(article: Article, card: ResultCard): Article {
  const shown = card.publisher !== article.title ? card.publisher : null;
  return {
    ...article,
    source: shown ? storySource(shown, article.url) : article.source,
    publishedAt: card.time.publishedAt,
    time: card.time.time,
    snippet: card.snippet,
    author: null,
    imageUrl: card.imageUrl,
    sponsored: card.sponsored,
  };
}

function refine(article: Article, block: Block, ctx: ParseContext): Article | null {
  const card = block.meta ? null : resultCardOf(block.element, ctx);
  if (card) return cardArticle(article, card);
  const doc = block.element.ownerDocument;
  const view = viewOf(block, ctx, documentBase(doc, ctx.url));
  const title = titleOf(view)?.element ?? null;
  let next = article;
  // A numeric date the generic rules read month-first, or not at all when that is impossible ("25/03/2020").
  const datePiece = rereadsDate(view, article) ? numericDatePiece(view) : null;
  const date = datePiece ? numericDate(datePiece.text, dayFirst(doc, ctx.url)) : null;
  const dated = date ? numericDateHit(datePiece!.text, date, ctx.now) : null;
  if (dated) next = { ...next, publishedAt: dated.publishedAt, time: dated.time };
  // The generic source's domain; its name (the source rules' costly part) is asked for only when no label stands above
  // the headline.
  const domain = registrableDomain(article.url);
  const named = (): boolean => article.source.name !== domain;
  const shown =
    (title ? labelBefore(view, atOrAfter(title), null) : null) ??
    (datePiece && !named() ? labelBefore(view, atOrAfter(datePiece.element), title) : null) ??
    (block.meta && !named() ? labelBeforeTime(viewOf({ element: block.meta, section: null }, ctx, view.base)) : null);
  if (shown && shown !== article.title) next = { ...next, source: storySource(shown, article.url) };
  return next;
}

export const googleSearch: Adapter = {
  id: 'googlesearch',
  label: 'Google Search (news results)',
  hosts: ['google.*'],
  paths: /^\/search$/,
  matches: ['*://www.google.com/search*'],
  examples: ['https://www.google.com/search?q=asthma&tbm=nws', 'https://www.google.co.nz/search?q=asthma&tbm=nws'],
  blocks: resultBlocks,
  headline(block: Block, ctx: ParseContext): TitleHit | null {
    return block.meta ? null : (resultCardOf(block.element, ctx)?.headline ?? null);
  },
  refine,
  refinesLazily: true,
};
