/** DOM queries shared by the adapters, shaped so that a page is searched once rather than once per element. */
import { currentParse } from './memo';

// The results of queries made during the running parse, by root and selector: the page does not change in the middle
// of a parse, and several readers ask for the same elements (headings, links).
const queried = new WeakMap<ParentNode, { parse: object; results: Map<string, Element[]> }>();

/** Whether a tag name is a heading's (H1 to H6). */
export function isHeadingTag(tag: string): boolean {
  return tag.length === 2 && tag[0] === 'H' && tag[1]! >= '1' && tag[1]! <= '6';
}

/** A box's header: a `<header>`, or an element its class calls the box's head ("col__head", "box-header", "widget-head"). */
export function isBoxHeader(el: Element | null): boolean {
  return !!el && (el.tagName === 'HEADER' || (el.getAttribute('class') ?? '').includes('head'));
}

/**
 * The nodes of a NodeList or HTMLCollection as an array, read by index: iterating one (for…of, spread, Array.from)
 * costs Chromium several times as much as the query that made it.
 */
export function listOf<T>(list: { readonly length: number; readonly [index: number]: T }): T[] {
  const out = new Array<T>(list.length);
  for (let i = 0; i < out.length; i++) out[i] = list[i]!;
  return out;
}

/** The first element under `root` with the class: the browser's class list, without a selector to parse. */
export function firstByClass(root: Element, cls: string): Element | null {
  return root.getElementsByClassName(cls)[0] ?? null;
}

/** `root.querySelectorAll(selector)` as an array, queried once per parse for each root and selector. */
export function queryOnce(root: ParentNode, selector: string): Element[] {
  const parse = currentParse();
  if (!parse) return listOf(root.querySelectorAll(selector));
  let known = queried.get(root);
  if (known?.parse !== parse) queried.set(root, (known = { parse, results: new Map() }));
  let results = known.results.get(selector);
  if (!results) known.results.set(selector, (results = queryAll(root, selector)));
  return results;
}

/**
 * `root.querySelectorAll(selector)` as an array. A bare tag name ("li") or class (".subtext"), or the two together
 * ("div.article"), is read from the browser's collection of the tag or class instead: the same elements in the same
 * order, from a collection the browser keeps while the page is unchanged, not from a selector matched against every node.
 */
export function queryAll(root: ParentNode, selector: string): Element[] {
  if (!('getElementsByTagName' in root)) return listOf(root.querySelectorAll(selector));
  const simple = SIMPLE_SELECTOR.exec(selector);
  const [, tag, cls] = simple ?? [];
  if (!tag && !cls) return listOf(root.querySelectorAll(selector));
  if (!cls) return listOf((root as Element).getElementsByTagName(tag!));
  const found = listOf((root as Element).getElementsByClassName(cls));
  return tag ? found.filter((el) => el.localName === tag) : found;
}

/** A tag name, a class, or a tag name and one class, lower-case and plain (no escapes, no attributes). */
const SIMPLE_SELECTOR = /^([a-z][a-z0-9]*)?(?:\.([a-zA-Z_][\w-]*))?$/;

/**
 * A test equal to `!!el.closest(regions.join(', '))` for the elements matching `target` inside `root`: the regions are
 * found once and the targets inside them gathered, instead of climbing from every target. One query per region
 * selector: single selectors are fast native scans, a list of them is many times slower.
 */
export function regionTest(root: Element, regions: readonly string[], target: string): (el: Element) => boolean {
  if (root.closest(regions.join(', '))) return () => true;
  const found = new Set<Element>();
  for (const region of regions) for (const el of queryAll(root, region)) found.add(el);
  const inside = new Set<Element>();
  for (const region of found) {
    if (withinAny(region, found, root)) continue; // gathered with the region around it
    if (region.matches(target)) inside.add(region);
    for (const el of listOf(region.querySelectorAll(target))) inside.add(el);
  }
  return inside.size === 0 ? () => false : (el) => inside.has(el);
}

/** Whether an ancestor of `el` below `root` is one of `set`. */
function withinAny(el: Element, set: Set<Element>, root: Element): boolean {
  for (let e = el.parentElement; e && e !== root; e = e.parentElement) if (set.has(e)) return true;
  return false;
}

/**
 * The links (`a[href]`) under `root`, in document order. A single type selector is a fast native scan; `a[href]` is
 * several times slower, so the attribute is checked here.
 */
export function linksUnder(root: ParentNode): Element[] {
  const links: Element[] = [];
  for (const a of queryOnce(root, 'a')) if (a.hasAttribute('href')) links.push(a);
  return links;
}

/**
 * A test equal to `!!el.closest(selector)` that remembers each ancestor's answer: elements that share ancestors (a
 * page's headings, its lists) climb only as far as the first ancestor already asked about.
 */
export function closestTest(selector: string): (el: Element) => boolean {
  return ancestorTest((e) => e.matches(selector));
}

/** Whether an element or one of its ancestors passes `test`, each ancestor asked once however many elements share it. */
export function ancestorTest(test: (el: Element) => boolean): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  return (el) => {
    const chain: Element[] = [];
    let answer = false;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const known = memo.get(e);
      if (known !== undefined) {
        answer = known;
        break;
      }
      chain.push(e);
      if (test(e)) {
        answer = true;
        break;
      }
    }
    // The chain lies below the first match (or below an element whose answer was known), or nothing above it matched.
    for (const e of chain) memo.set(e, answer);
    return answer;
  };
}

/** A search for a word inside the class attribute (`[class*="source"]`), and the word. */
const CLASS_HOLDS = /^\[class\*="([^"\\]+)"\]$/;

interface Classed {
  elements: Element[];
  /** Each element's class attribute, by the same index. */
  classes: string[];
}

const classedBy = new WeakMap<ParentNode, { parse: object | null; value: Classed }>();

/** The elements under `root` with a class attribute, and their classes: read once per parse for each root. */
function classedOnce(root: ParentNode): Classed {
  const parse = currentParse();
  const known = classedBy.get(root);
  if (parse && known?.parse === parse) return known.value;
  const elements = queryOnce(root, '[class]');
  const value = { elements, classes: elements.map((el) => el.getAttribute('class') ?? '') };
  if (parse) classedBy.set(root, { parse, value });
  return value;
}

/**
 * The elements under `root` matching any of `selectors`, as a set, in the order the selectors give and then page
 * order: one query per selector, since a single selector is a fast native scan and a list of them is many times
 * slower. A word inside the class (`[class*="source"]`) costs a native scan about five times a tag's: those are answered
 * from the page's classed elements, gathered once and shared by every such search of the parse.
 */
export function matchingAny(root: ParentNode, selectors: readonly string[]): Set<Element> {
  const found = new Set<Element>();
  for (const selector of selectors) {
    const word = CLASS_HOLDS.exec(selector)?.[1];
    if (word === undefined) {
      for (const el of queryOnce(root, selector)) found.add(el);
      continue;
    }
    const { elements, classes } = classedOnce(root);
    for (let i = 0; i < elements.length; i++) if (classes[i]!.includes(word)) found.add(elements[i]!);
  }
  return found;
}

/**
 * The elements matching any of `selectors` under `root`, in document order and each once: what
 * `root.querySelectorAll(selectors.join(', '))` returns, from one fast query per selector merged in order.
 */
export function queryAllInOrder(root: ParentNode, selectors: readonly string[]): Element[] {
  let merged: Element[] = [];
  for (const selector of selectors) merged = mergeInOrder(merged, queryOnce(root, selector));
  return merged;
}

/** Two lists in document order merged into one, an element in both kept once. */
function mergeInOrder(a: Element[], b: Element[]): Element[] {
  // A copy, never a remembered query result: callers may change what they get.
  if (a.length === 0) return b.slice();
  if (b.length === 0) return a;
  const out: Element[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x.compareDocumentPosition(y) & 4 /* FOLLOWING */) {
      out.push(x);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  for (; i < a.length; i++) out.push(a[i]!);
  for (; j < b.length; j++) out.push(b[j]!);
  return out;
}

/**
 * For each element holding any of `items`, the one key its items share, or null once items of two keys meet there
 * (below `root`, when given). A climb stops at the first ancestor it cannot change, so the pass is linear in the page
 * size where asking each ancestor which items it holds would be quadratic.
 */
export function soleKeys<K>(items: Iterable<{ element: Element; key: K }>, root: Element | null = null): Map<Element, K | null> {
  const owner = new Map<Element, K | null>();
  for (const { element, key } of items) {
    for (let el: Element | null = element; el && el !== root; el = el.parentElement) {
      const seen = owner.get(el);
      if (seen === undefined) owner.set(el, key);
      else if (seen !== null && seen !== key) owner.set(el, null);
      else break;
    }
  }
  return owner;
}

/** An element's kind as its markup names it: the tag and the first class ("UL.cluster_list"). */
export function shapeOf(el: Element): string {
  return `${el.tagName}.${(el.getAttribute('class') ?? '').trim().split(/\s+/)[0]}`;
}

/** Whether `b` comes after `a` in the page (inside it, too): `a` stands before `b` in document order. */
export function isBefore(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) /* FOLLOWING */ !== 0;
}
