/**
 * Pages whose stories live in shadow trees: web components that render their cards inside open shadow roots, which a
 * walk or a query of the document never enters. Such a page is read from a composed copy, the page as a reader sees it:
 * each shadow host holds its shadow tree, and the light children each <slot> shows stand in its place. The copy
 * remembers which page element each of its elements copies, so badges still go on the page's own elements.
 *
 * A live page has its shadow roots attached (element.shadowRoot); a page saved with them ("save page" extensions) holds
 * each as a declarative `<template shadowrootmode="open">`, the first child of its host, which a parser of saved bytes
 * (DOMParser, jsdom) leaves a template. Both are read the same way. Closed shadow roots stay closed.
 */

export interface ComposedCopy {
  doc: Document;
  /** The page element each element of the copy copies (an element inside a shadow tree, or the template's content). */
  originalOf: Map<Element, Element>;
}

const DECLARATIVE_ROOT = 'template[shadowrootmode], template[shadowroot]';

/**
 * Stories a live page shows outside shadow trees from which on it is not searched for them: the search walks every
 * element (no query reaches a shadow root), which on a page of thousands of stories costs a tenth of its parse.
 */
export const FEW_LIGHT_STORIES = 10;

/**
 * Whether a page parsed from saved bytes holds declarative shadow roots. A query for one tag is a fast native scan, one
 * for a list of attribute selectors costs several times more: the templates' attributes are asked about only on a page
 * that has a template.
 */
export function hasDeclarativeShadowRoots(doc: Document): boolean {
  // A tag's collection answers "any template at all?" faster than a query, and most pages have none.
  return doc.getElementsByTagName('template').length > 0 && doc.querySelector(DECLARATIVE_ROOT) !== null;
}

/**
 * The open shadow roots of a live page that hold elements, outermost first, nested ones too. One walk over the page's
 * elements (no query reaches a shadow root), then one over each root found.
 */
export function openShadowRoots(doc: Document): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const search = (scope: Node): void => {
    const walker = doc.createTreeWalker(scope, 1 /* SHOW_ELEMENT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const root = (node as Element).shadowRoot;
      if (root && root.firstElementChild) roots.push(root);
    }
  };
  if (doc.body) search(doc.body);
  for (let i = 0; i < roots.length; i++) search(roots[i]!);
  return roots;
}

/** The declarative shadow root a saved page wrote as the host's first element child, if any. */
function declarativeRootOf(host: Element): DocumentFragment | null {
  const first = host.firstElementChild;
  if (first?.tagName !== 'TEMPLATE') return null;
  const mode = first.getAttribute('shadowrootmode') ?? first.getAttribute('shadowroot');
  return mode === 'open' ? (first as HTMLTemplateElement).content : null;
}

/** A slot's name, as its host's children name it (the default slot's is ""). */
function slotName(el: Element): string {
  return el.getAttribute('slot') ?? '';
}

/**
 * The nodes a slot shows: those the browser assigned to it on a live page, or the host's children of its name on a
 * saved one (both in the tree around the host); else its own fallback children (in the host's shadow tree).
 */
function slotted(slot: Element, host: Element, live: boolean): { nodes: Node[]; fallback: boolean } {
  let nodes: Node[];
  if (live && 'assignedNodes' in slot) nodes = (slot as HTMLSlotElement).assignedNodes();
  else {
    const name = slot.getAttribute('name') ?? '';
    nodes = [];
    for (const child of host.childNodes) {
      if (child.nodeType === 1) {
        if ((child as Element).tagName !== 'TEMPLATE' && slotName(child as Element) === name) nodes.push(child);
      } else if (child.nodeType === 3 && name === '') nodes.push(child);
    }
  }
  return nodes.length ? { nodes, fallback: false } : { nodes: [...slot.childNodes], fallback: true };
}

/** A new document with the page's root attributes (its language) and head, and an empty body: a copy to fill. */
export function copyShell(doc: Document): Document {
  const copy = doc.implementation.createHTMLDocument('');
  const html = doc.documentElement;
  if (html) for (const attr of html.attributes) copy.documentElement.setAttribute(attr.name, attr.value);
  if (doc.head) copy.documentElement.replaceChild(copy.importNode(doc.head, true), copy.head);
  return copy;
}

/** The composed copy of the page: head as it is, body with every open shadow tree in its host. */
export function composedCopy(doc: Document): ComposedCopy {
  const copy = copyShell(doc);
  const originalOf = new Map<Element, Element>();
  copy.documentElement.removeChild(copy.body);
  if (!doc.body) return { doc: copy, originalOf };
  // Each host's own tree: the host whose shadow tree holds it, or null in the document's.
  const treeOf = new Map<Element, Element | null>();
  // A stack rather than recursion: shadow trees nest deeply. `host` is the host whose shadow tree holds the node.
  const stack: Item[] = [{ node: doc.body, parent: copy.documentElement, host: null }];
  while (stack.length) {
    const { node, parent, host } = stack.pop()!;
    if (node.nodeType === 3) {
      parent.appendChild(copy.createTextNode(node.nodeValue ?? ''));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.tagName === 'SLOT' && host) {
      // A slot shows its host's light children, which belong to the tree the host itself is in. It makes no box of its
      // own (display: contents): they take its place, a list's items its list's children.
      const { nodes, fallback } = slotted(el, host, !!host.shadowRoot);
      pushInOrder(stack, nodes, parent, fallback ? host : (treeOf.get(host) ?? null));
      continue;
    }
    const clone = copy.importNode(el, false);
    originalOf.set(clone, el);
    parent.appendChild(clone);
    const tree = el.shadowRoot?.mode === 'open' ? el.shadowRoot : declarativeRootOf(el);
    if (tree) {
      treeOf.set(el, host);
      pushInOrder(stack, [...tree.childNodes], clone, el);
    } else pushInOrder(stack, [...el.childNodes], clone, host);
  }
  return { doc: copy, originalOf };
}

interface Item {
  node: Node;
  parent: Node;
  host: Element | null;
}

/** Stack entries that copy the nodes, first to last, under `parent`. */
function pushInOrder(stack: Item[], nodes: Node[], parent: Node, host: Element | null): void {
  for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i]!, parent, host });
}
