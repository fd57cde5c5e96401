/**
 * Publishers whose names read like a time or a length: "15min" (15min.lt), "20min" (20min.ch). Such a word beside a
 * story that links to the host it names is the publisher, never the story's age.
 */
import { registrableDomain } from '../domain';
import { documentBase, resolveUrl } from '../url';
import { listOf } from '../dom';

/** One word of digits then letters, as such names are written. */
const NAME_LIKE = /^\d{1,3}\p{L}{1,6}$/u;

/** Whether `text` is the first label of the registrable domain one of the links leads to ("15min" for www.15min.lt). */
export function namesLinkedHost(text: string, links: readonly { url: string }[]): boolean {
  if (!NAME_LIKE.test(text)) return false;
  const word = text.toLowerCase();
  return links.some((l) => registrableDomain(l.url)?.split('.')[0] === word);
}

/** How far up from a label the links of its story are sought: a meta row, its card, the card's wrapper. */
const STORY_LEVELS = 3;
/** Links of the story a label's element belongs to that are looked at. */
const STORY_LINKS = 4;

/** namesLinkedHost for a label in the page, by the first links of the story around it (detection has no block yet). */
export function namesNearbyHost(el: Element, text: string, pageUrl: URL): boolean {
  if (!NAME_LIKE.test(text)) return false;
  const base = documentBase(el.ownerDocument, pageUrl);
  let around: Element = el;
  for (let i = 0; i < STORY_LEVELS && around.parentElement; i++) around = around.parentElement;
  const links = listOf(around.querySelectorAll('a[href]'))
    .slice(0, STORY_LINKS)
    .map((a) => ({ url: resolveUrl(a.getAttribute('href'), base) ?? '' }));
  return namesLinkedHost(text, links);
}
