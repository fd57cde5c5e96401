/**
 * Wikipedia's Portal:Current events: a day's box per day (`div.current-events-main.vevent`, its date in the hidden
 * `span.bday` of its title, "2026-05-14"), its events under categories (`<p><b>Armed conflicts and attacks</b></p>`),
 * each event a sentence in a list item that cites its sources after it as bracketed external links:
 * "Russia launches … without electricity. <a class="external text" href="https://www.reuters.com/…">(Reuters)</a>".
 * Each cited source is a story: the event's words are its headline, the bracketed name its outlet, the box's day its
 * date (the portal's days are UTC). An event cited by two outlets is two stories. The topics above an event (the
 * parent items' links) and the "In the news" box, which cite nothing, are no stories.
 */
import type { Adapter, Article, Block, ParseContext } from '../types';
import { collapse, textWithout } from '../text';
import { parseMachineTime } from '../time';
import { documentBase, resolveUrl } from '../url';
import { storySource } from '../domain';
import type { TitleHit } from '../fields/title';
import { NO_TIME, timeHit } from '../fields/time';
import { listOf } from '../dom';

/** A source's link text: its name in brackets. */
const CITATION = /^\((.{2,60})\)$/;

/** The outlet a link cites in brackets ("(Reuters)" is "Reuters"), or null when it is no citation. */
function citedName(link: Element): string | null {
  return link.tagName === 'A' && link.classList.contains('external') ? (CITATION.exec(collapse(link.textContent ?? ''))?.[1] ?? null) : null;
}

/** The bracketed source links of the page's day boxes: each the block of one story. */
function citations(doc: Document): Block[] {
  return listOf(doc.getElementsByClassName('current-events-content')).flatMap((content) =>
    listOf(content.querySelectorAll('li > a.external[href]'))
      .filter((a) => citedName(a) !== null)
      .map((element) => ({ element, section: categoryOf(element, content) })),
  );
}

/** The category an event is listed under: the bold paragraph before the day's list that holds it. */
function categoryOf(link: Element, content: Element): string | null {
  let top = link;
  while (top.parentElement && top.parentElement !== content) top = top.parentElement;
  for (let prev = top.previousElementSibling; prev; prev = prev.previousElementSibling) {
    if (prev.tagName === 'P') return collapse(prev.textContent ?? '') || null;
  }
  return null;
}

/** The event's words: its item's text without its citations, its notes and the items listed under it. */
function eventText(item: Element): string {
  const left = listOf(item.querySelectorAll('ul, ol, sup, a.external')).filter((el) => el.tagName !== 'A' || citedName(el) !== null);
  return textWithout(item, new Set(left));
}

function headline(block: Block, ctx: ParseContext): TitleHit | null {
  const item = block.element.closest('li');
  const title = item ? eventText(item) : '';
  const url = resolveUrl(block.element.getAttribute('href'), documentBase(block.element.ownerDocument, ctx.url));
  return title && url ? { title, element: item!, url } : null;
}

function refine(article: Article, block: Block, ctx: ParseContext): Article | null {
  const head = headline(block, ctx);
  if (!head) return null;
  const name = citedName(block.element);
  const day = block.element.closest('.current-events-main')?.querySelector('.bday');
  const r = day ? parseMachineTime(collapse(day.textContent ?? ''), ctx.now) : null;
  return {
    ...article,
    title: head.title,
    url: head.url,
    source: storySource(name, head.url),
    ...(r && day ? timeHit(collapse(day.textContent ?? ''), 'attribute', r) : NO_TIME),
    snippet: null,
    author: null,
    imageUrl: null,
    sponsored: false,
  };
}

export const wikipediaCurrentEvents: Adapter = {
  id: 'wikipedia-current-events',
  label: "Wikipedia's Current events",
  hosts: ['wikipedia.org'],
  paths: /^\/wiki\/Portal:Current_events(?:\/|$)/,
  matches: ['*://*.wikipedia.org/wiki/Portal:Current_events*'],
  examples: ['https://en.wikipedia.org/wiki/Portal:Current_events', 'https://en.wikipedia.org/wiki/Portal:Current_events/2026_May_14'],
  blocks: citations,
  headline,
  refine,
  refinesLazily: true,
};
