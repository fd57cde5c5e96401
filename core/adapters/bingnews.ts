/**
 * Bing News: the generic detector reads every generation of Bing's result cards (the classic "sn_r" rows, the
 * news-card/newsitem cards), since each shows a headline link, the provider and an age ("2h", "3 hours ago"). This adapter
 * mends what the generic reading cannot know:
 * - newer cards link through Bing's click tracker (bing.com/ck/a?…&u=a1<base64url of the target>), which the generic
 *   unwrapper cannot read because the target is encoded;
 * - cards carry the provider in a data-author attribute, which survives when the visible name is only a logo;
 * - a filter bar before the list is not a section heading;
 * - a result's related stories are stories of their own, the classic result's one and the card's untimed ones too.
 * Bing's video results (/videos, outlets' clips with their ages) are read from their tiles' markup: bingvideos.ts.
 */
import type { Adapter, Article, Block, ParseContext } from '../types';
import { textOf } from '../text';
import { base64Url, documentBase, resolveUrl, validUrlParts } from '../url';
import { storySource } from '../domain';
import { titleOf } from '../fields/title';
import { viewOf } from '../fields/view';
import { genericBlocks, inDocumentOrder } from './generic';
import { listOf } from '../dom';
import { isVideoResults, refineVideoTile, videoHeadline, videoTiles } from './bingvideos';

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
/** The card of one story: Bing writes the provider (and on older cards the target URL) onto it. */
const CARD = '[data-author]';
/** A card's related stories: `ul.sn_rl` items, later `.relatedItem`s, the "Autres articles" cluster's items and a card's own cluster's. */
const RELATED = '.sn_rl > li, .relatedItem, .cluster_item, .news-card-cluster li';

function isBing(url: { hostname: string }): boolean {
  return url.hostname === 'bing.com' || url.hostname.endsWith('.bing.com');
}

/** The target of a Bing click-tracking link (/ck/a?…&u=a1<base64url>), else null. */
export function clickTarget(url: string): string | null {
  const u = validUrlParts(url);
  if (!isBing(u) || u.pathname !== '/ck/a') return null;
  const param = new URLSearchParams(u.search).get('u');
  if (!param?.startsWith('a1')) return null;
  const target = base64Url(param.slice(2));
  return target && /^https?:\/\//i.test(target) ? target : null;
}

/**
 * The heading the list sits under: a heading (or a wrapper holding only one) before it. A filter bar or other controls
 * before the list are passed over; an earlier section (a heading with content) ends the search.
 */
function headingBefore(el: Element): string | null {
  for (let cur: Element | null = el, depth = 0; cur && depth < 4; cur = cur.parentElement, depth++) {
    for (let prev = cur.previousElementSibling; prev; prev = prev.previousElementSibling) {
      const heading = prev.matches(HEADING) ? prev : prev.querySelector(HEADING);
      if (!heading) continue;
      const text = textOf(heading);
      if (text && text === textOf(prev)) return text;
      if (text) return null;
    }
  }
  return null;
}

function bingBlocks(doc: Document, ctx: ParseContext): Block[] {
  const base = documentBase(doc, ctx.url);
  const found = genericBlocks(doc, ctx);
  // A result's related stories: when there is only one, the generic detector takes its age for the result's own, shown
  // twice; when they show no age, it does not see them.
  const taken = new Set(found.map((b) => b.element));
  // Any card's list of them ("Autres articles": a list item each) counts as well as the classes Bing has named them by.
  const items = new Set([...listOf(doc.querySelectorAll(RELATED)), ...found.flatMap((b) => listOf(b.element.getElementsByTagName('li')))]);
  for (const li of items) {
    if (taken.has(li) || !li.querySelector('a[href]')) continue;
    if (titleOf(viewOf({ element: li, section: null }, ctx, base))) {
      found.push({ element: li, section: null });
      taken.add(li);
    }
  }
  // Cards whose age the generic detector did not see (none shown, or in a form it does not read) still are stories,
  // beside their own related stories found above.
  const cards = listOf(doc.querySelectorAll(CARD)).filter((c) => !c.parentElement?.closest(CARD));
  for (const card of cards) {
    if (found.some((b) => b.element.contains(card) || (card.contains(b.element) && !b.element.matches(RELATED)))) continue;
    if (titleOf(viewOf({ element: card, section: null }, ctx, base))) found.push({ element: card, section: null });
  }
  return inDocumentOrder(found).map((b) => ({ ...b, section: b.element.parentElement ? headingBefore(b.element.parentElement) : null }));
}

/**
 * The card of a block, where Bing keeps the story's provider and target: the block itself, the card it holds (a
 * cluster's item), else the card around it.
 */
function cardOf(block: Block): Element | null {
  const el = block.element;
  if (el.matches(CARD)) return el;
  // A related story (a list item of a card) without a card of its own names its provider itself ("· Les Echos"), not
  // the lead card's.
  return el.querySelector(CARD) ?? (el.matches(RELATED) || el.tagName === 'LI' ? null : el.closest(CARD));
}

/** A news card's own headline link (`a.title` in every card generation), not a related story's inside the card. */
function cardHeadline(block: Block): Element | null {
  const el = block.element;
  if (!el.matches('.newsitem, .news-card')) return null;
  return listOf(el.querySelectorAll('a.title[href]')).find((a) => !a.closest('.related, .sn_rl, .relatedItem, .news-card-cluster')) ?? null;
}

function refineBing(article: Article, block: Block, ctx: ParseContext): Article | null {
  const card = cardOf(block);
  const base = documentBase(block.element.ownerDocument, ctx.url);
  // The generic reading may take a related story's longer headline for the card's.
  const headline = cardHeadline(block);
  const title = (headline && textOf(headline)) || article.title;
  let url = headline && title !== article.title ? (resolveUrl(headline.getAttribute('href'), base) ?? article.url) : article.url;
  const target = url ? clickTarget(url) : null;
  if (target) url = resolveUrl(target, base);
  if (!url || isBing(validUrlParts(url))) {
    url = resolveUrl(card?.getAttribute('url') ?? card?.getAttribute('data-url'), base) ?? url;
  }
  // A link that stays on Bing (a related search, a topic page) is not a story.
  if (!url || isBing(validUrlParts(url))) return null;
  const author = card?.getAttribute('data-author')?.trim();
  const shown = article.source.name !== article.source.domain ? article.source.name : null;
  const name = author || shown;
  return { ...article, title, url, source: storySource(name, url) };
}

export const bingNews: Adapter = {
  id: 'bingnews',
  label: 'Bing News',
  hosts: ['bing.com'],
  paths: /^\/(?:news|videos)/,
  matches: ['*://www.bing.com/news*', '*://www.bing.com/videos*'],
  examples: ['https://www.bing.com/news', 'https://www.bing.com/news/search?q=climate', 'https://www.bing.com/videos/search?q=winter+storm'],
  blocks: (doc, ctx) => (isVideoResults(ctx.url) ? videoTiles(doc) : bingBlocks(doc, ctx)),
  headline: (block, ctx) => (isVideoResults(ctx.url) ? videoHeadline(block, ctx) : null),
  refine: (article, block, ctx) => (isVideoResults(ctx.url) ? refineVideoTile(article, block, ctx) : refineBing(article, block, ctx)),
  refinesLazily: true,
};
