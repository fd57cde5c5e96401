/**
 * The generic detector, last in the registry: finds repeated sibling blocks that each carry a headline link and a
 * time label, whatever the markup (cards, lists, tables, class-hashed divs, whole-card links).
 *
 * Each time label climbs to the highest ancestor that holds no other time label: that is its block, and the block's
 * parent is the list that repeats it. A list counts when at least two of its blocks carry a headline.
 */
import type { Adapter, Block, ParseContext } from '../types';
import { collapse, isSkipped, textOf, wordCount } from '../text';
import { looksLikeTime } from '../time';
import { documentBase } from '../url';
import { titleOf } from '../fields/title';
import { viewOf } from '../fields/view';

const MIN_BLOCKS = 2;
const EXCLUDED = 'nav, [role="navigation"], form, [contenteditable="true"]';

/** Elements that hold a time label: `<time>` elements and the parents of short texts that read as a time. */
export function timeLabels(doc: Document, ctx: ParseContext): Element[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const found: Element[] = [];
  const seen = new Set<Element>();
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (ctx.budget?.spent()) break;
    const raw = node.nodeValue ?? '';
    if (raw.length > 64) continue;
    const parent = node.parentElement;
    if (!parent || isSkipped(parent)) continue;
    const text = collapse(raw);
    if (!text || !looksLikeTime(text, ctx.now)) continue;
    const label = parent.closest('time') ?? parent;
    if (!seen.has(label)) {
      seen.add(label);
      found.push(label);
    }
  }
  for (const t of root.querySelectorAll('time[datetime]')) {
    if (!seen.has(t)) {
      seen.add(t);
      found.push(t);
    }
  }
  return found;
}

/** Groups elements under the list that repeats them: each climbs to its highest ancestor holding no other element. */
export function repeatedBlocks(labels: Element[], root: Element): Map<Element, Element[]> {
  const count = new Map<Element, number>();
  for (const label of labels) {
    for (let el: Element | null = label; el && el !== root.parentElement; el = el.parentElement) {
      count.set(el, (count.get(el) ?? 0) + 1);
    }
  }
  const groups = new Map<Element, Element[]>();
  for (const label of labels) {
    let block = label;
    while (block.parentElement && block.parentElement !== root && count.get(block.parentElement) === 1) block = block.parentElement;
    const parent = block.parentElement;
    if (!parent) continue;
    const list = groups.get(parent) ?? [];
    if (!list.includes(block)) list.push(block);
    groups.set(parent, list);
  }
  return groups;
}

/** The heading a list sits under: a heading inside it before its first block, else the nearest short text before it. */
export function sectionOf(list: Element, firstBlock: Element): string | null {
  for (let child = list.firstElementChild; child && child !== firstBlock; child = child.nextElementSibling) {
    const text = textOf(child);
    if (text && isHeadingText(text)) return text;
  }
  let el: Element | null = list;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    for (let prev = el.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (isSkipped(prev)) continue;
      const text = textOf(prev);
      if (!text) continue;
      return isHeadingText(text) ? text : null;
    }
  }
  return null;
}

function isHeadingText(text: string): boolean {
  const words = wordCount(text);
  return words >= 1 && words <= 8 && text.length <= 60;
}

export function genericBlocks(doc: Document, ctx: ParseContext): Block[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const base = documentBase(doc, ctx.url);
  const groups = repeatedBlocks(timeLabels(doc, ctx), root);
  const blocks: Block[] = [];
  for (const [list, members] of groups) {
    if (ctx.budget?.spent()) break;
    if (members.length < MIN_BLOCKS || list.closest(EXCLUDED)) continue;
    const withHeadline = members.filter(
      (el) => !el.querySelector('h1') && titleOf(viewOf({ element: el, section: null }, ctx, base)) !== null,
    );
    if (withHeadline.length < MIN_BLOCKS) continue;
    const section = sectionOf(list, members[0]!);
    for (const element of withHeadline) blocks.push({ element, section });
  }
  return inDocumentOrder(blocks);
}

export function inDocumentOrder(blocks: Block[]): Block[] {
  return blocks.sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 /* FOLLOWING */ ? -1 : 1));
}

export const generic: Adapter = {
  id: 'generic',
  label: 'Generic detector',
  hosts: [],
  matches: [],
  examples: [],
  blocks: genericBlocks,
};
