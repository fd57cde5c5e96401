/**
 * yahoo.com 2014's stories that are links, read from their markup: the "Today" link card (`a.item`: a picture and a
 * label) and the featured video (`li.video-unit`: a picture link, then the headline's link), and the articles made of
 * them.
 */
import type { Article, ParseContext } from '../types';
import { plainTextOf } from '../text';
import { documentBase, resolveUrl } from '../url';
import { NO_TIME } from '../fields/time';
import { rememberedFor } from '../memo';
import { storySource } from '../domain';
import type { TitleHit } from '../fields/title';
import { cardPicture, showsNoOtherText } from './yahoo-card-scan';

interface LinkCard {
  headline: TitleHit;
  image: string | null;
}

const linkCards = new WeakMap<Element, { parse: object; value: LinkCard | null }>();

/**
 * A story that is one link around one label (yahoo.com 2014's "Today" strip: `a.item > span.footer-img-holder > img,
 * span.item-label`): the label is its headline, the link's site its source; it has no teaser, time or author. Asked by
 * headline and again by refine.
 */
export function linkCardOf(block: Element, ctx: ParseContext): LinkCard | null {
  return rememberedFor(linkCards, block, (a) => readLinkCard(a, ctx));
}

/** The "Today" link's label and picture; null for a link that shows other words. */
function readLinkCard(a: Element, ctx: ParseContext): LinkCard | null {
  if (a.tagName !== 'A' || !a.classList.contains('item') || !a.hasAttribute('href')) return null;
  const label = a.getElementsByClassName('item-label')[0];
  const title = label ? plainTextOf(label) : '';
  if (!label || !title || !showsNoOtherText(a, [label])) return null;
  const base = documentBase(a.ownerDocument, ctx.url);
  const url = resolveUrl(a.getAttribute('href'), base);
  return url ? { headline: { title, element: a, url }, image: cardPicture(a, base) } : null;
}

/** A link card's or a video card's story: it names no publisher (the source is the link's site), and has no teaser. */
export function linkCardArticle(article: Article, card: LinkCard): Article {
  return {
    // Its title and address are the headline's.
    ...article,
    source: storySource(null, card.headline.url),
    ...NO_TIME,
    snippet: null,
    author: null,
    imageUrl: card.image,
    sponsored: false,
  };
}

const videoCards = new WeakMap<Element, { parse: object; value: LinkCard | null }>();

/**
 * A video of yahoo.com 2014's "Featured videos" (`li.video-unit > div.video-wrapper > a > img.lzbg`, then `div.title >
 * a`, the headline's link): the headline is that link's text, the picture the lazy one, the source the link's site.
 * Asked by headline and again by refine.
 */
export function videoCardOf(block: Element, ctx: ParseContext): LinkCard | null {
  return rememberedFor(videoCards, block, (li) => readVideoCard(li, ctx));
}

/** The video's headline and picture; null for a unit that shows other words than its headline. */
function readVideoCard(li: Element, ctx: ParseContext): LinkCard | null {
  if (li.tagName !== 'LI' || !li.classList.contains('video-unit') || li.closest('a[href]')) return null;
  const links = li.getElementsByTagName('a');
  const headline = links.length === 2 ? links[1]! : null;
  const title = headline?.childElementCount === 0 ? plainTextOf(headline) : '';
  if (!headline || !title || !showsNoOtherText(li, [headline])) return null;
  const base = documentBase(li.ownerDocument, ctx.url);
  const url = resolveUrl(headline.getAttribute('href'), base);
  return url ? { headline: { title, element: headline, url }, image: cardPicture(li, base) } : null;
}
