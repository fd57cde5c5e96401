/** What the field rules read from one block: its text pieces, links and time label, computed once. */
import type { Block, ParseContext } from '../types';
import { piecesOf, type Piece } from '../text';
import { resolveUrl } from '../url';
import { looksLikeTime } from '../time';

export interface BlockView extends Block {
  ctx: ParseContext;
  base: URL;
  pieces: Piece[];
  /** Links of the block with a usable http(s) target; the block's enclosing link first, when it sits inside one. */
  links: Array<{ element: Element; url: string }>;
  /** The first piece that reads as a time, if any. */
  timePiece: Piece | null;
  /** Headings (h1–h6, role=heading), images, <time datetime> and data-* timestamped elements of the block. */
  headings: Element[];
  images: Element[];
  times: Element[];
  dataTimed: Element[];
}

/** Attributes in which sites put a story's timestamp. */
export const DATA_TIME_ATTRS = new Set(['data-timestamp', 'data-time', 'data-date', 'data-published', 'data-utime', 'data-epoch']);

// The timestamped elements of a document, found in one native query per parse rather than checked element by element.
const dataTimedOf = new WeakMap<ParseContext, Set<Element>>();

function dataTimedSet(doc: Document, ctx: ParseContext): Set<Element> {
  let set = dataTimedOf.get(ctx);
  if (!set) dataTimedOf.set(ctx, (set = new Set(doc.querySelectorAll([...DATA_TIME_ATTRS].map((a) => `[${a}]`).join(', ')))));
  return set;
}

// One view per block per parse: the detector and the field rules share it.
const cache = new WeakMap<ParseContext, WeakMap<Element, BlockView>>();

export function viewOf(block: Block, ctx: ParseContext, base: URL): BlockView {
  let views = cache.get(ctx);
  if (!views) cache.set(ctx, (views = new WeakMap()));
  const cached = views.get(block.element);
  if (cached) return cached.section === block.section ? cached : { ...cached, section: block.section };
  const view = buildView(block, ctx, base);
  views.set(block.element, view);
  return view;
}

function buildView(block: Block, ctx: ParseContext, base: URL): BlockView {
  const anchors: Element[] = [];
  const headings: Element[] = [];
  const images: Element[] = [];
  const times: Element[] = [];
  const timed = dataTimedSet(block.element.ownerDocument, ctx);
  const dataTimed: Element[] = timed.has(block.element) ? [block.element] : [];
  // One walk over the block gathers everything the field rules read.
  const pieces = piecesOf(block.element, (el) => {
    const tag = el.tagName;
    if (tag === 'A') {
      if (el.hasAttribute('href')) anchors.push(el);
    } else if (tag === 'IMG') images.push(el);
    else if (tag === 'TIME') {
      if (el.hasAttribute('datetime')) times.push(el);
    } else if ((tag.length === 2 && tag[0] === 'H' && tag[1]! >= '1' && tag[1]! <= '6') || el.getAttribute('role') === 'heading') headings.push(el);
    if (timed.size && timed.has(el)) dataTimed.push(el);
  });
  const enclosing = block.element.closest('a[href]');
  if (enclosing) anchors.unshift(enclosing);
  const links: BlockView['links'] = [];
  for (const a of anchors) {
    const url = resolveUrl(a.getAttribute('href'), base);
    if (url) links.push({ element: a, url });
  }
  const timePiece = pieces.find((p) => looksLikeTime(p.text, ctx.now)) ?? null;
  return { ...block, ctx, base, pieces, links, timePiece, headings, images, times, dataTimed };
}

/** The link that holds an element (itself, an ancestor inside or around the block, or the block's only link). */
export function linkFor(view: BlockView, el: Element): { element: Element; url: string } | null {
  const anchor = el.closest('a[href]');
  if (anchor) {
    const hit = view.links.find((l) => l.element === anchor);
    if (hit) return hit;
  }
  return view.links.find((l) => el.contains(l.element)) ?? null;
}
