/**
 * Lists served twice, once for small screens and once for wide ones (a mobile carousel marked `md:hidden` and the
 * desktop list marked `hidden md:block`, the same stories in each): a reader sees one copy, so the stories are read
 * once, from the copy wide screens show. A list shown on small screens alone, whose stories no other list holds, is
 * kept.
 */
import type { Article } from './types';
import { ancestorTest } from './dom';

/** Class words that hide an element on wide screens (Tailwind, Bootstrap 3 and 4+, Foundation). */
const SMALL_SCREEN_ONLY = /(?:^|\s)(?:(?:md|lg|xl):hidden|d-(?:md|lg|xl)-none|hidden-(?:md|lg)(?:-up)?|visible-xs(?:-block)?|show-for-small-only|hide-for-(?:medium|large)(?:-up)?)(?=\s|$)/;

/**
 * The articles without those read from a small-screen copy of a list whose stories another list holds too, numbered
 * again in page order; `elements[i]` is article i's block. The articles as they are when the page has no such copy.
 */
export function withoutSmallScreenCopies(articles: Article[], elements: Element[]): Article[] {
  if (articles.length < 2) return articles;
  // Each block's ancestors are asked once: the blocks of a list share theirs.
  const smallScreenOnly = ancestorTest(hidesOnWideScreens);
  const small = elements.map(smallScreenOnly);
  if (!small.some(Boolean)) return articles;
  // The stories the other lists show.
  const shown = new Set(articles.filter((a, i) => !small[i] && a.url).map((a) => a.url));
  const kept = articles.filter((a, i) => !small[i] || !a.url || !shown.has(a.url));
  return kept.length === articles.length ? articles : kept.map((a, i) => ({ ...a, position: i + 1 }));
}

/** Whether an element's class hides it on wide screens. */
function hidesOnWideScreens(el: Element): boolean {
  const cls = el.getAttribute('class');
  return !!cls && cls.length > 5 && SMALL_SCREEN_ONLY.test(cls);
}
