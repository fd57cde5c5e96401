/** DOM queries shared by the adapters, shaped so that a page is searched once rather than once per element. */

/**
 * A test equal to `!!el.closest(regions.join(', '))` for the elements matching `target` inside `root`: the regions are
 * found once and the targets inside them gathered, instead of climbing from every target. One query per region
 * selector: single selectors are fast native scans, a list of them is many times slower.
 */
export function regionTest(root: Element, regions: readonly string[], target: string): (el: Element) => boolean {
  if (root.closest(regions.join(', '))) return () => true;
  const found = new Set<Element>();
  for (const region of regions) for (const el of root.querySelectorAll(region)) found.add(el);
  const inside = new Set<Element>();
  for (const region of found) {
    if (withinAny(region, found, root)) continue; // gathered with the region around it
    if (region.matches(target)) inside.add(region);
    for (const el of region.querySelectorAll(target)) inside.add(el);
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
  for (const a of root.querySelectorAll('a')) if (a.hasAttribute('href')) links.push(a);
  return links;
}

/**
 * A test equal to `!!el.closest(selector)` that remembers each ancestor's answer: elements that share ancestors (a
 * page's headings, its lists) climb only as far as the first ancestor already asked about.
 */
export function closestTest(selector: string): (el: Element) => boolean {
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
      if (e.matches(selector)) {
        answer = true;
        break;
      }
    }
    // The chain lies below the first match (or below an element whose answer was known), or nothing above it matched.
    for (const e of chain) memo.set(e, answer);
    return answer;
  };
}

/**
 * The elements under `root` matching any of `selectors`, as a set: one query per selector, since a single selector
 * is a fast native scan and a list of them is many times slower.
 */
export function matchingAny(root: ParentNode, selectors: readonly string[]): Set<Element> {
  const found = new Set<Element>();
  for (const selector of selectors) for (const el of root.querySelectorAll(selector)) found.add(el);
  return found;
}
