/**
 * yahoo.com 2014's stories that are links read from their markup: the "Today" link card (`a.item`: a picture and a
 * label) and the featured video (`li.video-unit`: a picture link titled with the headline, then the headline's link),
 * and the articles made of them.
 */
import type { Article, ParseContext } from '../types';
import { collapse, textOf } from '../text';
import { documentBase, resolveUrl } from '../url';
import { DATA_TIME_ATTRS, LINES } from '../fields/view';
import { NO_TIME } from '../fields/time';
import { imageIn } from '../fields/snippet';
import { rememberedFor } from '../memo';
import { registrableDomain } from '../domain';
import { isStoryLink, isTitleLike, type TitleHit } from '../fields/title';
import { isSourceMarked } from '../fields/source-marks';
import { cardPieces, classTest, HEADING_TAGS, namesNoOtherField, scanCard, snippetOfPieces, type CardExtras } from './yahoo-card-scan';

/** What a link card leaves to the generic rules: headings, machine times, roles, rels, a title's or a source's mark. */
const LINK_CARD_EXTRAS: CardExtras = {
  tags: new Set([...HEADING_TAGS, 'time']),
  classes: classTest(['ttl', 'source']),
  attributes: new Set(['datetime', 'role', 'rel', ...DATA_TIME_ATTRS]),
};

interface LinkCard {
  headline: TitleHit;
  image: string | null;
}

const linkCards = new WeakMap<Element, { parse: object; value: LinkCard | null }>();

/**
 * A story that is one link around one label (yahoo.com 2014's "Today" strip: `a.item > span.footer-img-holder > img,
 * span.item-label`): the label is its headline (the card line the title rule reads in a link that is the block), the
 * link's site its source; it has no teaser, time or author. Asked by headline and again by refine.
 */
export function linkCardOf(block: Element, ctx: ParseContext): LinkCard | null {
  return rememberedFor(linkCards, block, (a) => readLinkCard(a, ctx));
}

function readLinkCard(a: Element, ctx: ParseContext): LinkCard | null {
  if (a.tagName !== 'A' || !a.hasAttribute('href') || scanCard(a, LINK_CARD_EXTRAS)?.links.length !== 0) return null;
  const pieces = cardPieces(a);
  const label = pieces[0];
  // A label longer than a teaser's limit, or marked as the source, is no card line.
  if (pieces.length !== 1 || !label || label.text.length > 200 || isSourceMarked(label.element)) return null;
  const base = documentBase(a.ownerDocument, ctx.url);
  const url = resolveUrl(a.getAttribute('href'), base);
  if (!url || !isStoryLink(a, url, ctx.url) || !isTitleLike(label.text, ctx.now) || !namesNoOtherField(label.text, ctx)) return null;
  return { headline: { title: label.text, element: a, url }, image: imageIn(a, base) };
}

/**
 * A link card's or a video card's story. The generic source rules find no name the block shows apart from its
 * headline, and the refine finds no `.source` and no provider beside it: the source is the link's site. A video card
 * has its teaser as the snippet rule reads it; a link card has none.
 */
export function linkCardArticle(article: Article, card: LinkCard | VideoCard): Article {
  const domain = registrableDomain(card.headline.url);
  return {
    // mendTitle leaves it: no `.ttl`, no heading.
    ...article,
    source: { name: domain, domain, mismatch: false },
    ...NO_TIME,
    snippet: 'snippet' in card ? card.snippet : null,
    author: null,
    imageUrl: card.image,
    sponsored: false,
  };
}

interface VideoCard {
  headline: TitleHit;
  snippet: string | null;
  image: string | null;
}

const videoCards = new WeakMap<Element, { parse: object; value: VideoCard | null }>();

/**
 * A video of yahoo.com 2014's "Featured videos" (`li.video-unit`: a picture link whose `title` is the headline, then
 * the headline's link): the title rule reads the picture link's `title` (the first link to the story), the
 * source is the link's site. Asked by headline and again by refine.
 */
export function videoCardOf(block: Element, ctx: ParseContext): VideoCard | null {
  return rememberedFor(videoCards, block, (el) => readVideoCard(el, ctx));
}

function readVideoCard(block: Element, ctx: ParseContext): VideoCard | null {
  const first = block.firstElementChild?.tagName;
  if (first === 'STRONG' || first === 'B' || block.closest('a[href]')) return null;
  const links = scanCard(block, LINK_CARD_EXTRAS)?.links;
  const [picture, headline] = links ?? [];
  if (links?.length !== 2 || !picture || !headline || headline.childElementCount !== 0 || textOf(picture) !== '') return null;
  // The picture link holds no lines and stands in no sentence: the title rule reads it as a headline link.
  if (picture.querySelector(LINES) || besideWords(picture)) return null;
  const pieces = cardPieces(block);
  const label = pieces[0];
  const title = collapse(picture.getAttribute('title') ?? '');
  if (pieces.length !== 1 || label?.element !== headline || label.text !== title) return null;
  const base = documentBase(block.ownerDocument, ctx.url);
  const url = resolveUrl(picture.getAttribute('href'), base);
  if (!url || resolveUrl(headline.getAttribute('href'), base) !== url || !isStoryLink(picture, url, ctx.url)) return null;
  if (!isTitleLike(title, ctx.now) || !namesNoOtherField(title, ctx)) return null;
  return { headline: { title, element: picture, url }, snippet: snippetOfPieces(pieces, block, picture, null), image: imageIn(block, base) };
}

/** Whether words touch the element on either side (the title rule passes a link over when they touch both). */
function besideWords(el: Element): boolean {
  const words = (n: Node | null): boolean => !!n && n.nodeType === 3 && /\p{L}{2,}/u.test(n.nodeValue ?? '');
  return words(el.previousSibling) || words(el.nextSibling);
}
