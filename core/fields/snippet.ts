/** Snippet, image, author and sponsor mark: the remaining fields of a block. */
import { collapse, lineOf, truncate } from '../text';
import { resolveUrl } from '../url';
import { isSponsorMark } from './labels';
import type { TitleHit } from './title';
import { inSkippedSubtree, viewText, type BlockView } from './view';
import { listOf } from '../dom';

export const SNIPPET_MAX = 300;
/** The shortest line the snippet rule takes for a teaser. */
export const SNIPPET_MIN = 40;

/** The longest line of the block that is not the title: the story's teaser text. */
export function snippetOf(view: BlockView, title: TitleHit | null): string | null {
  let best = '';
  const seen = new Set<Element>();
  for (const p of view.pieces) {
    if (title?.element.contains(p.element) || p === view.timePiece) continue;
    const line = lineOf(p.element, view.element);
    // Inline text directly in the block is read piece by piece; a block-level line as a whole.
    const unit = line === view.element ? p.element : line;
    if (seen.has(unit) || (title && unit !== p.element && unit.contains(title.element))) continue;
    seen.add(unit);
    const text = unit === p.element ? p.text : viewText(view, unit);
    if (text.length > best.length) best = text;
  }
  return best.length >= SNIPPET_MIN ? truncate(best, SNIPPET_MAX) : null;
}

/**
 * Whether snippetOf surely finds nothing in a block whose headline is `headline`, without the block's view: every line
 * it weighs lies outside the headline, and a line's text holds no more than twice the characters outside it (one space
 * after each).
 */
export function tooLittleTextForSnippet(block: Element, headline: Element): boolean {
  return 2 * ((block.textContent ?? '').length - (headline.textContent ?? '').length) < SNIPPET_MIN;
}

export function imageOf(view: BlockView): string | null {
  return storyImageOf(view.images, view.base);
}

/** imageOf for a block whose view a site adapter never builds: its images as the view's walk meets them. */
/** A picture's address in an inline style (`background-image: url('…')`): a lazy picture's, a card painted with one. */
const BACKGROUND_URL = /background-image\s*:\s*url\(\s*(['"]?)([^'")]+)\1\s*\)/i;

/** The picture an element shows as its inline style's background, resolved; null for none. */
export function backgroundPicture(el: Element | null | undefined, base: URL): string | null {
  const m = el ? BACKGROUND_URL.exec(el.getAttribute('style') ?? '') : null;
  return m ? resolveUrl(m[2], base) : null;
}

export function imageIn(block: Element, base: URL): string | null {
  return storyImageOf(listOf(block.getElementsByTagName('img')).filter((img) => !inSkippedSubtree(img, block)), base);
}

/** The first image big enough to be a story's picture, not an icon or a tracking pixel. */
function storyImageOf(images: readonly Element[], base: URL): string | null {
  for (const img of images) {
    const w = Number(img.getAttribute('width') ?? 99);
    const h = Number(img.getAttribute('height') ?? 99);
    if (w < 40 || h < 40) continue;
    const src = img.getAttribute('src') ?? img.getAttribute('data-src');
    const url = src && !src.startsWith('data:') ? resolveUrl(src, base) : null;
    if (url) return url;
  }
  return null;
}

export function authorOf(view: BlockView): string | null {
  for (const p of view.pieces) {
    // "By …" only: other pieces are passed over on their first two characters.
    if (!/^by/i.test(p.text)) continue;
    const m = /^by\s+([\p{L}][\p{L}.' -]{1,60})$/iu.exec(p.text);
    if (m?.[1]) return collapse(m[1]);
  }
  return null;
}

/** A link its page marks as paid (rel="sponsored"). */
function isSponsoredLink(a: Element): boolean {
  return /\bsponsored\b/i.test(a.getAttribute('rel') ?? '');
}

/**
 * Whether a link of the block as its view lists them may be marked sponsored (isSponsored): a link around the block,
 * or one of its own with a rel. For a reading of the block without its view.
 */
export function mayHaveSponsoredLink(block: Element): boolean {
  return !!block.closest('a[href]') || listOf(block.querySelectorAll('a[rel]')).some(isSponsoredLink);
}

export function isSponsored(view: BlockView): boolean {
  if (view.links.some((l) => isSponsoredLink(l.element))) return true;
  return view.pieces.some((p) => isSponsorMark(p.text));
}
