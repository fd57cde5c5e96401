/**
 * Pages that write their stories as runs of bare text and inline elements between rules, with no element around each
 * story: a print or reader view ("<hr> logo The Telegraph<br>23 minutes ago<br>- The Telegraph<br><a>headline</a><br>
 * text… <hr>"). The detector finds a story by the element around its time, and there all the stories share one. Such a
 * page is read from a copy in which each run between two rules is wrapped in an element of its own; the copy remembers
 * which page element each of its elements copies, and a run's wrapper stands for the run's first element (where a badge
 * goes).
 */
import { copyShell, type ComposedCopy } from './shadow';

/** Rules a parent holds at least, as its own children, for its runs to be read as stories. */
const MIN_RULES = 3;

/** Whether some element of the page has MIN_RULES `<hr>` children or more: runs that may each be a story. */
export function hasRuledRuns(doc: Document): boolean {
  return ruledParents(doc).length > 0;
}

function ruledParents(root: Document | Element): Element[] {
  const counts = new Map<Element, number>();
  const parents: Element[] = [];
  const rules = root.getElementsByTagName('hr');
  for (let i = 0; i < rules.length; i++) {
    const parent = rules[i]!.parentElement;
    if (!parent) continue;
    const n = (counts.get(parent) ?? 0) + 1;
    counts.set(parent, n);
    if (n === MIN_RULES) parents.push(parent);
  }
  return parents;
}

/** The copy of the page with each run between two rules (of a parent with several) wrapped in a `<div>`. */
export function ruledCopy(doc: Document): ComposedCopy {
  const copy = copyShell(doc);
  const originalOf = new Map<Element, Element>();
  if (!doc.body) return { doc: copy, originalOf };
  const body = copy.importNode(doc.body, true) as Element;
  copy.documentElement.replaceChild(body, copy.body);
  // The copy's elements in page order are the page's, one for one.
  const from = doc.createTreeWalker(doc.body, 1 /* SHOW_ELEMENT */);
  const to = copy.createTreeWalker(body, 1 /* SHOW_ELEMENT */);
  originalOf.set(body, doc.body);
  for (let a = from.nextNode(), b = to.nextNode(); a && b; a = from.nextNode(), b = to.nextNode()) originalOf.set(b as Element, a as Element);
  for (const parent of ruledParents(body)) wrapRuns(parent, copy, originalOf);
  return { doc: copy, originalOf };
}

/** Each run of the parent's children between two rules, or after the last, that holds a link, in a `<div>` of its own. */
function wrapRuns(parent: Element, copy: Document, originalOf: Map<Element, Element>): void {
  let run: Node[] = [];
  const flush = (before: Node | null): void => {
    const first = run.find((n): n is Element => n.nodeType === 1);
    const linked = run.some((n) => n.nodeType === 1 && ((n as Element).tagName === 'A' || (n as Element).querySelector('a[href]')));
    if (first && linked) {
      const wrapper = copy.createElement('div');
      parent.insertBefore(wrapper, before);
      for (const node of run) wrapper.appendChild(node);
      originalOf.set(wrapper, originalOf.get(first) ?? first);
    }
    run = [];
  };
  let seenRule = false;
  for (let node = parent.firstChild; node; ) {
    const next = node.nextSibling;
    if (node.nodeType === 1 && (node as Element).tagName === 'HR') {
      if (seenRule) flush(node);
      else run = [];
      seenRule = true;
    } else if (seenRule) run.push(node);
    node = next;
  }
  // The last run ends where its parent does, or at the first block that closes the list (a heading, a footer).
  const end = run.findIndex((n) => n.nodeType === 1 && /^(?:H[1-6]|FOOTER|NAV|SECTION|ARTICLE|ASIDE|TABLE|UL|OL|DIV|FORM)$/.test((n as Element).tagName));
  if (end >= 0) run = run.slice(0, end);
  flush(run.length ? run[run.length - 1]!.nextSibling : null);
}
