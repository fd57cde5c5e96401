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
  const pieces = piecesOf(block.element);
  const links: BlockView['links'] = [];
  const enclosing = block.element.closest('a[href]');
  const anchors = enclosing ? [enclosing, ...block.element.querySelectorAll('a[href]')] : [...block.element.querySelectorAll('a[href]')];
  if (block.element.matches('a[href]')) anchors.unshift(block.element);
  const seen = new Set<Element>();
  for (const a of anchors) {
    if (seen.has(a)) continue;
    seen.add(a);
    const url = resolveUrl(a.getAttribute('href'), base);
    if (url) links.push({ element: a, url });
  }
  const timePiece = pieces.find((p) => looksLikeTime(p.text, ctx.now)) ?? null;
  return { ...block, ctx, base, pieces, links, timePiece };
}

/** The link that holds an element (itself, an ancestor inside or around the block, or the block's only link). */
export function linkFor(view: BlockView, el: Element): { element: Element; url: string } | null {
  const anchor = el.closest('a[href]');
  if (anchor) {
    const hit = view.links.find((l) => l.element === anchor);
    if (hit) return hit;
  }
  const inside = el.querySelector('a[href]');
  if (inside) return view.links.find((l) => l.element === inside) ?? null;
  return null;
}
