/**
 * A curated-links issue (a newsletter's web edition, a digest): items that open with a link to another site's story and
 * name its outlet right after it — "<a>Headline</a> (The Atlantic)", "<a>Headline</a> — Northfield Post", "<a>Headline
 * (Axios)</a>" — in list items or running paragraphs, with no time and no label a class marks. A link inside a sentence
 * is a reference; one that opens its item and is followed by its outlet's name is a story (fields/link-credit.ts).
 */
import type { Block, ParseContext } from '../types';
import { BLOCKS_PER_STEP, type Steps } from '../steps';
import { registrableDomain } from '../domain';
import { resolveUrl } from '../url';
import { linksUnder } from '../dom';
import { creditOfLink, headOf, inRun } from '../fields/link-credit';

/** Elements an item of an issue is: a list item, a paragraph, a small heading, a table cell. */
const ITEM_TAGS = new Set(['LI', 'P', 'H3', 'H4', 'TD', 'DD']);
/** Items an issue has at least. */
const MIN_ITEMS = 3;

/**
 * The blocks found by the other rules, with an issue's items: a block that holds several items (the issue itself,
 * read as one story by its date) gives way to them; an item around another block gives way to it. An item inside a
 * block that is not the block's headline is a story of its own: a cluster's related stories ("More on this: <a>…</a>
 * (Business Vector)").
 */
export function withCuratedItems(found: Block[], items: Block[], headlineOf: (block: Block) => Element | null): Block[] {
  if (items.length === 0) return found;
  const holds = (block: Block): number => items.filter((i) => block.element.contains(i.element)).length;
  const kept = found.filter((b) => holds(b) < MIN_ITEMS);
  const isBlockHeadline = (item: Block, block: Block): boolean => {
    const headline = headlineOf(block);
    return !headline || item.element.contains(headline);
  };
  const fresh = items.filter((i) => !kept.some((b) => i.element.contains(b.element) || (b.element.contains(i.element) && isBlockHeadline(i, b))));
  return [...kept, ...fresh];
}

/** An issue's items on the page: links to other sites' stories, each with its outlet's credit, at least MIN_ITEMS. */
export function* curatedLinkSteps(ctx: ParseContext, root: Element, base: URL, excluded: (el: Element) => boolean): Steps<Block[]> {
  const page = registrableDomain(ctx.url.href);
  const items: Element[] = [];
  const seen = new Set<Element>();
  const links = linksUnder(root);
  for (let i = 0; i < links.length; i++) {
    if (i > 0 && i % (BLOCKS_PER_STEP * 8) === 0) yield;
    const link = links[i]!;
    // A ticker's run holds its items side by side, each its link and its credit: each link is an item.
    const head = headOf(link);
    const item = inRun(head) ? head : head.parentElement;
    if (!item || !(ITEM_TAGS.has(item.tagName) || item === head) || seen.has(item) || creditOfLink(link) === undefined) continue;
    const url = resolveUrl(link.getAttribute('href'), base);
    if (!url || registrableDomain(url) === page || excluded(item)) continue;
    seen.add(item);
    items.push(item);
  }
  return items.length >= MIN_ITEMS ? items.map((element) => ({ element, section: null })) : [];
}
