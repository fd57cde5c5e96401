/**
 * Slashdot. Stories are firehose items (`div.fhitem` around 2010, `article.fhitem` in the current markup; `data-fhtype`), each
 * with a heading that packs a comment count, vote buttons and a topic link ("Your Rights Online:") around the headline
 * link (`a.datitle`, later `.story-title a`), a "Posted by editor on Tuesday November 02, @11:05AM from the … dept."
 * line, and the summary. The sidebar's slashboxes list more stories as bare links ("Science": five headlines).
 *
 * Times are written in US Eastern wall-clock time without a zone or, on the current year's stories, a year ("on Tuesday
 * November 02, @11:05AM"); the current markup's `<time>` element carries the same words in its `datetime`, still not a
 * machine-readable value. The generic rules read neither (the "@" and the weekday defeat them, and a zone-less EDT time
 * read as EST lands in the future, so a year too early), hence the reader below: the year is the latest one that puts the
 * date in the past on the weekday the page names, and the offset follows US daylight-saving rules (EDT, UTC−4, from the
 * second Sunday of March to the first Sunday of November since 2007). The 2010 page bears this out: its story ids
 * ("10/11/02/1449249", made in UTC at 14:49) precede the posting times only when "@11:05AM" is read as EDT, and its
 * update stamp "2010-11-02 15:19:53" (UTC) is 15 minutes after that story at 15:05 UTC.
 *
 * Slashdot names no publisher for most stories; the current markup shows the outbound site as "(theverge.com)" beside
 * the headline, which is the source when present, as Hacker News' domain label is. Otherwise the story link's domain.
 *
 * From 2009 on, a firehose item names its headline (Adapter.headline) and refine reads every field from the markup (the
 * picture as the generic rules would; a paid post by a sponsor mark in its heading or byline), so the item's view is
 * never built. So does a slashbox list
 * item that is one bare link, whose generic reading (no time, picture or mark unless its text is one) needs no view
 * either; other list items keep the generic reading of their time.
 */
import type { Adapter, Article, Block, ParseContext } from '../types';
import { collapse, endsPiece, holdsInlineAlone, isInline, isSkipped, textOf, truncate, wordCount } from '../text';
import { documentBase, resolveUrl, validUrlParts } from '../url';
import { storySource } from '../domain';
import { FUTURE_SKEW_MS, parseTimeText, timePartOf } from '../time';
import { NO_TIME, type TimeHit } from '../fields/time';
import { imageIn, mayHaveSponsoredLink, SNIPPET_MAX } from '../fields/snippet';
import { genericBlocks, inDocumentOrder, sectionOf } from './generic';
import { closestTest, linksUnder, listOf, queryAll, queryAllInOrder } from '../dom';
import { rememberedFor } from '../memo';
import { isSponsorMark } from '../fields/labels';
import { isStoryLink, isTitleLike, type TitleHit } from '../fields/title';
import { DATA_TIME_ATTRS, inSkippedSubtree } from '../fields/view';
import { isoText } from '../iso-text';

/**
 * Standard time (EST), for anything the generic rules still read; the adapter's own reader moves summer dates to EDT
 * (`easternOffsetMinutes`), which one fixed offset cannot.
 */
const EST = -300;

const ITEM_PARTS = ['.fhitem', '[data-fhtype]', 'div.article', 'article.article'];
const ITEM = ITEM_PARTS.join(', ');
const HEADING = 'h1, h2, h3, h4, .story-title, [id^="title-"]';
/** What the generic title rule reads as headings, the first one first. */
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
/** A story's address ("/story/10/11/02/1449249/Title"), or a reader's submission's in the firehose ("/submission/17402311/slug"). */
const STORY_PATH = /^\/(?:story\/\d{2}\/\d{2}\/\d{2}|submission)\/\d+/;

const isStoryUrl = (url: string | null): boolean => {
  if (!url) return false;
  try {
    const u = validUrlParts(url);
    // "/story/10/11/02/1449249/Title" since 2009, "/article.pl?sid=10/11/02/1449249" before; "/submission/…" pending.
    const story = STORY_PATH.test(u.pathname) || (u.pathname === '/article.pl' && new URLSearchParams(u.search).has('sid'));
    return /(^|\.)slashdot\.org$/.test(u.hostname) && story && !u.hash;
  } catch {
    return false;
  }
};

/**
 * The headline of a firehose item: `a.datitle`, else the heading's story link (never the "(source.com)" link, a
 * comment count or the topic link). Before 2009 the heading was plain text after a topic link ("Your Rights Online:
 * Google Bans…") and the story link was "Read More…" below: then the heading, with the item's first story link.
 */
function headlineOf(item: Element, base: URL): Headline | null {
  // Asked when the blocks are found, when each is named and when it is refined.
  return rememberedFor(headlines, item, () => findHeadline(item, base));
}

/** The headline's element, its text and the story's link. */
type Headline = { element: Element; text: string; url: string | null };

const headlines = new WeakMap<Element, { parse: object; value: Headline | null }>();

function findHeadline(item: Element, base: URL): Headline | null {
  const marked = item.querySelector('a.datitle');
  if (marked) return { element: marked, text: textOf(marked), url: resolveUrl(marked.getAttribute('href'), base) };
  const heading = item.querySelector(HEADING);
  if (!heading) return null;
  const storyLink = (scope: Element): Element | undefined =>
    linksUnder(scope).find(
      (a) => !a.closest('.story-sourcelnk') && isStoryUrl(resolveUrl(a.getAttribute('href'), base)) && wordCount(textOf(a)) >= 2,
    );
  const inHeading = storyLink(heading);
  if (inHeading) return { element: inHeading, text: textOf(inHeading), url: resolveUrl(inHeading.getAttribute('href'), base) };
  const below = linksUnder(item).find((a) => isStoryUrl(resolveUrl(a.getAttribute('href'), base)));
  const text = textOf(heading);
  return below && wordCount(text) >= 2 ? { element: heading, text, url: resolveUrl(below.getAttribute('href'), base) } : null;
}

/** Whether an element that is no item's part is a firehose item: no chrome around the list, a headline. */
function isItemProper(el: Element, base: URL): boolean {
  return !el.matches('.fhitem-chrome') && headlineOf(el, base) !== null;
}

/** Whether a block is a firehose item, as blocks found it (the slashboxes' list items and generic blocks are not). */
function isItem(el: Element, base: URL): boolean {
  return rememberedFor(items, el, () => el.matches(ITEM) && !el.parentElement?.closest(ITEM) && isItemProper(el, base));
}

const items = new WeakMap<Element, { parse: object; value: boolean }>();

/** The firehose items: the outermost item-like elements (in document order, one holding another comes first). */
function firehoseItems(doc: Document, base: URL): Element[] {
  const found: Element[] = [];
  let outer: Element | null = null;
  for (const el of queryAllInOrder(doc, ITEM_PARTS)) {
    const inner = outer?.contains(el) ?? false;
    if (!inner) outer = el;
    const item = !inner && isItemProper(el, base);
    rememberedFor(items, el, () => item);
    if (item) found.push(el);
  }
  return found;
}

/** A slashbox list item's headline: its first link of two words or more (a comment count is not one). */
function headlineLinkOf(li: Element): Element | undefined {
  // The links one by one, as far as the first that qualifies: most list items' first link does.
  const links = li.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    const a = links[i]!;
    if (a.hasAttribute('href') && wordCount(textOf(a)) >= 2) return a;
  }
  return undefined;
}

/**
 * A test that a list item has a link whose address may be a story's: one whose href names "story", "article.pl" or
 * "submission", the words a story's path holds (isStoryUrl), which resolving never writes, unless the base's own
 * address holds them.
 */
function storyHrefTest(base: URL): (li: Element) => boolean {
  if (STORY_WORD.test(base.href)) return () => true;
  return (li) => {
    const links = li.getElementsByTagName('a');
    for (let i = 0; i < links.length; i++) if (STORY_WORD.test(links[i]!.getAttribute('href') ?? '')) return true;
    return false;
  };
}

const STORY_WORD = /story|article\.pl|submission/;

/**
 * Before 2004 a story was no element of its own: its title bar (a one-row table), the topic's picture, "Posted by … on
 * Monday October 27, @11:09AM", the department, its text and its "( Read More... | 87 of 341 comments )" line stood side
 * by side in the centre column. Each such story is named by its title bar, found back from its "Read More..." link.
 */
function barStories(doc: Document, base: URL): Element[] {
  const bars: Element[] = [];
  for (const a of linksUnder(doc.body ?? doc.documentElement)) {
    if (!READ_MORE.test(textOf(a)) || !isStoryUrl(resolveUrl(a.getAttribute('href'), base))) continue;
    const line = a.closest('p') ?? a;
    for (let el = line.previousElementSibling; el; el = el.previousElementSibling) {
      // The bar, or the paragraph an unclosed "<P>" before the bar opened around the story (a page in quirks mode).
      const bar = el.tagName === 'TABLE' ? el : el.tagName === 'P' && el.firstElementChild?.tagName === 'TABLE' ? el.firstElementChild : null;
      if (bar) {
        barParts.set(bar, { readMore: a, line });
        bars.push(bar);
        break;
      }
      // The line of the story before: this one has no title bar of its own.
      if (el.tagName === 'P' && linksUnder(el).some((l) => READ_MORE.test(textOf(l)))) break;
    }
  }
  return bars;
}

const READ_MORE = /^read more/i;

/** A title bar's story: its "Read More..." link, and the line that holds it (the story's last element). */
const barParts = new WeakMap<Element, { readMore: Element; line: Element }>();

/** The elements of a title bar's story, the bar's siblings up to its "Read More..." line (or its paragraph's end). */
function barSiblings(bar: Element): Element[] {
  const parts = barParts.get(bar);
  const out: Element[] = [];
  for (let el = bar.nextElementSibling; el && parts; el = el.nextElementSibling) {
    out.push(el);
    if (el === parts.line) break;
  }
  return out;
}

/** A title bar's headline: its words after the topic's link and colon ("Apple: Panther Upgrade…"), and the story's link. */
function barHeadline(bar: Element, base: URL): Headline | null {
  const parts = barParts.get(bar);
  if (!parts) return null;
  const text = textOf(bar).replace(TOPIC_LEAD, '');
  return wordCount(text) >= 2 ? { element: bar, text, url: resolveUrl(parts.readMore.getAttribute('href'), base) } : null;
}

/** A topic's name before a headline ("Apple: ", "Your Rights Online: "). */
const TOPIC_LEAD = /^[^:]{2,30}:\s+/;

function blocks(doc: Document, ctx: ParseContext): Block[] {
  const base = documentBase(doc, ctx.url);
  let items = firehoseItems(doc, base);
  if (items.length === 0) items = barStories(doc, base);
  if (items.length === 0) return genericBlocks(doc, ctx);
  const found: Block[] = items.map((element) => ({ element, section: null }));
  // Slashboxes: list items outside the firehose whose headline (first wordy link; a comment count is not one) is a
  // Slashdot story ("Science", "Most Discussed"). Book reviews (an Amazon link first) and release feeds do not qualify.
  // The page's list items share their ancestors: each ancestor is tested against the selectors once.
  const inItem = closestTest(ITEM);
  const inChrome = closestTest('nav, [role="navigation"], form');
  // A slashbox's stories share their list's section: it is read once.
  const sections = new Map<Element, string | null>();
  const sectionOfList = (list: Element): string | null => {
    let section = sections.get(list);
    if (section === undefined) sections.set(list, (section = sectionOf(list, list.firstElementChild!)));
    return section;
  };
  const mayLeadToStory = storyHrefTest(base);
  for (const li of queryAll(doc, 'li')) {
    // Most list items lead nowhere near a story: that is asked first, of their links' addresses as written.
    if (!mayLeadToStory(li)) continue;
    const first = headlineLinkOf(li);
    if (!first || !isStoryUrl(resolveUrl(first.getAttribute('href'), base)) || inItem(li) || inChrome(li)) continue;
    const list = li.parentElement;
    found.push({ element: li, section: list ? sectionOfList(list) : null });
  }
  return inDocumentOrder(found);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DATE_TEXT =
  /(?:\bon\s+)?(?:\b(sun|mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?)(?:day)?,?\s+)?\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?,?\s*(?:@|at)?\s*(\d{1,2}):(\d{2})\s*([ap]m)?/i;

/** The date of the n-th (1-based; 0 = last) Sunday of a month, as a day of the month. */
function sunday(year: number, month: number, n: number): number {
  if (n === 0) {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return last.getUTCDate() - last.getUTCDay();
  }
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  return 1 + ((7 - first) % 7) + 7 * (n - 1);
}

/** US Eastern offset for a wall-clock time there: EDT (−240) inside daylight-saving time, EST (−300) outside it. */
export function easternOffsetMinutes(year: number, month: number, day: number, hour: number): number {
  const [startMonth, startSunday, endMonth, endSunday] = year >= 2007 ? [2, 2, 10, 1] : year >= 1987 ? [3, 1, 9, 0] : [3, 0, 9, 0];
  const wall = Date.UTC(year, month, day, hour);
  const start = Date.UTC(year, startMonth, sunday(year, startMonth, startSunday), 2);
  const end = Date.UTC(year, endMonth, sunday(year, endMonth, endSunday), 2);
  return wall >= start && wall < end ? EST + 60 : EST;
}

/**
 * "on Tuesday November 02, @11:05AM" (Eastern) → the instant. Without a year: the latest year, up to a few back, that
 * puts it in the past and on the named weekday.
 */
export function parseSlashdotTime(text: string, now: Date): Date | null {
  return slashdotTime(text, now)?.at ?? null;
}

/** parseSlashdotTime, with the words of the text that tell the time. */
function slashdotTime(text: string, now: Date): { at: Date; words: string } | null {
  const m = DATE_TEXT.exec(text);
  if (!m) return null;
  const [, weekday, monthName, dayText, yearText, hourText, minuteText, ampm] = m;
  const month = MONTHS.indexOf((monthName ?? '').slice(0, 3).toLowerCase());
  const day = Number(dayText);
  let hour = Number(hourText);
  const minute = Number(minuteText);
  if (month < 0 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  if (ampm) hour = (hour % 12) + (/p/i.test(ampm) ? 12 : 0);
  const wantDay = weekday ? WEEKDAYS.indexOf(weekday.slice(0, 3).toLowerCase()) : -1;
  const instant = (year: number): number =>
    Date.UTC(year, month, day, hour, minute) - easternOffsetMinutes(year, month, day, hour) * 60_000;
  const limit = now.getTime() + FUTURE_SKEW_MS;
  if (yearText) {
    const t = instant(Number(yearText));
    return t <= limit ? { at: new Date(t), words: m[0] } : null;
  }
  const thisYear = now.getUTCFullYear();
  let fallback: number | null = null;
  for (let year = thisYear; year >= thisYear - 8; year--) {
    const t = instant(year);
    if (t > limit || new Date(Date.UTC(year, month, day)).getUTCMonth() !== month) continue;
    fallback ??= t;
    if (wantDay < 0 || new Date(Date.UTC(year, month, day)).getUTCDay() === wantDay) return { at: new Date(t), words: m[0] };
  }
  return fallback === null ? null : { at: new Date(fallback), words: m[0] };
}

/** The posting time: the `<time>` element (words in its datetime), the item's date/byline line, then its heading. */
function postedOf(item: Element, now: Date): { at: Date; text: string; from: 'attribute' | 'text' } | null {
  for (const el of listOf(item.getElementsByTagName('time'))) {
    const value = el.getAttribute('datetime');
    const at = value === null ? null : parseSlashdotTime(value, now);
    if (value !== null && at) return { at, text: collapse(el.textContent ?? '') || value, from: 'attribute' };
  }
  // The headings are asked for only when no date or byline line tells the time.
  return postedIn(item, '[id^="fhtime-"], .date, .details, .story-byline', now) ?? postedIn(item, HEADING, now);
}

/** The time told by the first of the item's elements matching `places` that tells one. */
function postedIn(item: Element, places: string, now: Date): { at: Date; text: string; from: 'text' } | null {
  // The first place usually tells it: all of them are gathered only when it does not.
  const first = item.querySelector(places);
  const told = first && postedAt(first, now);
  if (!first || told) return told;
  for (const el of listOf(item.querySelectorAll(places)).slice(1)) {
    const at = postedAt(el, now);
    if (at) return at;
  }
  return null;
}

function postedAt(el: Element, now: Date): { at: Date; text: string; from: 'text' } | null {
  const told = slashdotTime(textOf(el), now);
  return told ? { at: told.at, text: told.words, from: 'text' } : null;
}

/**
 * The day a slashbox list sits under ("Older Stuff": a "Monday March 13" line above each day's list): the day its
 * stories were posted, Eastern time.
 */
function dayAbove(li: Element, now: Date): { at: string; time: Article['time'] } | null {
  const heading = li.parentElement?.previousElementSibling;
  const text = heading ? textOf(heading) : '';
  if (!text || text.length > 40) return null;
  const r = parseTimeText(text, now, { zoneOffsetMinutes: EST });
  if (!r) return null;
  return { at: r.publishedAt.toISOString(), time: { text, from: 'text', earliest: r.earliest.toISOString(), latest: r.latest.toISOString() } };
}

/** Where a firehose item shows its kind and its poster: a paid post's badge ("Sponsored") stands in one of them. */
const BYLINE = '.details, .story-byline';

/**
 * Whether a firehose item is a paid post: a sponsor mark in its heading or its byline, or a link marked
 * rel=sponsored. (A mark word in the summary is the story's text, not a badge.)
 */
function sponsoredItem(item: Element): boolean {
  const places = [item.querySelector(HEADING), item.querySelector(BYLINE)];
  return places.some((el) => el !== null && hasSponsorMark(el)) || mayHaveSponsoredLink(item);
}

/**
 * A text that may be part of a sponsor mark (fields/labels.ts isSponsorMark): one to 20 letters (a mark holds at most 20
 * characters), and besides them only what the marks' words are written with (combining marks, spaces) or what reading
 * the text takes out (white space, direction marks). A digit or a punctuation mark rules the text out.
 */
const MARK_LIKE = /^[\p{M}\p{Cf}\s]*(?:\p{L}[\p{M}\p{Cf}\s]*){1,20}$/u;

/**
 * MARK_LIKE.test(text), an ASCII text told by its characters: one to 20 letters and white space alone. Most texts of
 * an item are white space between tags or words with digits and punctuation, which the scan rules out at once.
 */
export function isMarkLike(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return MARK_LIKE.test(text);
    const lower = c | 32;
    if (lower >= 97 && lower <= 122) {
      if (++letters > 20) return false;
    } else if (c !== 32 && (c < 9 || c > 13)) return false;
  }
  return letters > 0;
}

/**
 * Whether one of the element's text pieces (text.ts piecesOf) is a sponsor mark. A piece holding a mark is made of
 * texts of a few letters only, so a native walk over the element's texts reads only the pieces around those.
 */
function hasSponsorMark(root: Element): boolean {
  const texts = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    if (!isMarkLike(node.nodeValue ?? '') || !isSponsorMark(collapse(pieceAround(node)))) continue;
    // Whether the text is one the walk reads (not in a script, svg…) is asked last: marks are rare.
    const parent = node.parentElement;
    if (parent && !inSkippedSubtree(parent, root)) return true;
  }
  return false;
}

/** The raw text of the piece a text node belongs to: its parent's texts up to the elements the walk enters on either side. */
function pieceAround(node: Node): string {
  let first = node;
  while (first.previousSibling && !endsPiece(first.previousSibling)) first = first.previousSibling;
  let text = '';
  for (let n: Node | null = first; n && !endsPiece(n); n = n.nextSibling) if (n.nodeType === 3) text += n.nodeValue ?? '';
  return text;
}

/**
 * truncate(textOf(el), SNIPPET_MAX), read no further than the snippet reaches when the element is a box of block-level
 * parts and white space (the 2010 summary box: the topic icon, the summary, then a footer of share links and tags): its
 * text is then its parts' texts joined by single spaces.
 */
function snippetText(el: Element): string {
  let text = '';
  for (let node = el.firstChild; node && text.length <= SNIPPET_MAX; node = node.nextSibling) {
    if (node.nodeType === 3 && collapse(node.nodeValue ?? '')) return truncate(textBeyond(el, SNIPPET_MAX), SNIPPET_MAX);
    if (node.nodeType !== 1 || isSkipped(node as Element)) continue;
    // An inline part runs on into its neighbours' text, with no space between.
    if (isInline(node as Element)) return truncate(textBeyond(el, SNIPPET_MAX), SNIPPET_MAX);
    const part = textBeyond(node as Element, SNIPPET_MAX);
    if (part) text = text ? `${text} ${part}` : part;
  }
  return truncate(text, SNIPPET_MAX);
}

/**
 * textOf(el), or when that is longer than `max` characters, a prefix of it longer than `max` (a snippet cut at `max`
 * reads no further). An element of text and inline elements alone reads as its native text collapsed (text.ts
 * plainTextOf), and a prefix of a text collapses to a prefix of the whole: a long summary is collapsed only about as
 * far as the cut.
 */
export function textBeyond(el: Element, max: number): string {
  if (!holdsInlineAlone(el)) return textOf(el);
  const raw = el.textContent ?? '';
  // Collapsing keeps at most as many characters as it reads: a prefix of `max` characters or fewer can never do.
  for (let end = max + 64; end < raw.length; end *= 2) {
    const head = collapse(raw.slice(0, end));
    if (head.length > max) return head;
  }
  return collapse(raw);
}

/**
 * The link of a slashbox list item that holds it alone, with nothing around it but white space ("<li><a href=…>Is the
 * ISS Really Worth $100 Billion?</a></li>"), and nothing inside it but text: the generic rules' reading of such an item
 * is known without its view (loneLinkHeadline, loneLinkReading).
 */
function loneLinkOf(li: Element): Element | null {
  const a = li.firstElementChild;
  if (!a || li.childElementCount !== 1 || a.tagName !== 'A' || !a.hasAttribute('href') || a.childElementCount !== 0) return null;
  for (let node = li.firstChild; node; node = node.nextSibling) if (node.nodeType === 3 && collapse(node.nodeValue ?? '')) return null;
  // A heading role makes the link a heading, and a link around the item another link, for the generic rules.
  return a.getAttribute('role') === 'heading' || li.closest('a[href]') ? null : a;
}

/**
 * A lone link's headline as the generic title rule reads it (its link-text rule): the link's text, when it reads as a
 * title and the link leads to a story. Null where another rule would answer.
 */
function loneLinkHeadline(li: Element, base: URL, ctx: ParseContext): TitleHit | null {
  const a = loneLinkOf(li);
  const url = a ? resolveUrl(a.getAttribute('href'), base) : null;
  if (!a || !url) return null;
  const title = textOf(a);
  return isTitleLike(title, ctx.now) && isStoryLink(a, url, ctx.url) ? { title, element: a, url } : null;
}

/**
 * The generic rules' time and sponsor mark of a lone link's item (it shows no picture), where they can be read without
 * its view: no timestamp attribute on either element, and a link text that holds no time; a sponsor mark the text
 * alone, unless a rel=sponsored may count. Null otherwise.
 */
function loneLinkReading(li: Element, a: Element, ctx: ParseContext): { time: TimeHit; sponsored: boolean | null } | null {
  for (const attr of DATA_TIME_ATTRS) if (li.hasAttribute(attr) || a.hasAttribute(attr)) return null;
  const text = textOf(a);
  if (timePartOf(text, ctx.now, ctx.times)) return null;
  return { time: NO_TIME, sponsored: mayHaveSponsoredLink(li) ? null : isSponsorMark(text) };
}

function refine(article: Article, block: Block, ctx: ParseContext): Article | null {
  const el = block.element;
  const base = documentBase(el.ownerDocument, ctx.url);
  if (el.matches('li')) {
    const link = headlineLinkOf(el);
    const url = link ? resolveUrl(link.getAttribute('href'), base) : article.url;
    const title = link ? textOf(link) : article.title;
    const lone = block.meta ? null : loneLinkOf(el);
    const generic = lone ? loneLinkReading(el, lone, ctx) : null;
    const publishedAt = generic ? generic.time.publishedAt : article.publishedAt;
    const day = publishedAt ? null : dayAbove(el, ctx.now);
    return {
      ...article,
      title,
      url,
      source: storySource(null, url),
      publishedAt: day ? day.at : publishedAt,
      time: day ? day.time : generic ? generic.time.time : article.time,
      snippet: null,
      author: null,
      imageUrl: generic ? null : article.imageUrl,
      sponsored: generic?.sponsored ?? article.sponsored,
    };
  }
  if (barParts.has(el)) return refineBar(article, el, base, ctx);
  const headline = headlineOf(el, base);
  const title = headline ? headline.text : article.title;
  const url = headline?.url ?? article.url;
  const label = el.querySelector('.story-sourcelnk');
  const shown = label ? /^\(?\s*([a-z0-9-]+(?:\.[a-z0-9-]+)+)\s*\)?$/i.exec(textOf(label))?.[1] ?? null : null;
  const posted = postedOf(el, ctx.now);
  const instant = posted ? isoText(posted.at) : null;
  const summary = el.querySelector('[id^="text-"], .body .p, .body, .intro');
  const byline = el.querySelector(BYLINE);
  const author = byline ? posterIn(byline) : null;
  return {
    ...article,
    title,
    url,
    source: storySource(shown ? shown.replace(/^www\./i, '') : null, url),
    publishedAt: instant ?? article.publishedAt,
    time: posted ? postedTime(posted) : article.time,
    snippet: summary ? snippetText(summary) || null : article.snippet,
    author: author ?? article.author,
    imageUrl: imageIn(el, base),
    sponsored: sponsoredItem(el),
  };
}

/** A story's posting time as an article's: it names its minute. */
function postedTime(posted: { at: Date; text: string; from: 'attribute' | 'text' }): Article['time'] {
  return { text: posted.text, from: posted.from, earliest: isoText(posted.at), latest: isoText(new Date(posted.at.getTime() + 60_000)) };
}

/** The poster a byline names ("Posted by pudge on Monday October 27, @11:09AM"). */
function posterIn(byline: Element): string | null {
  return /\bPosted\s+by\s+(.+?)\s+on\s/i.exec(textOf(byline))?.[1] ?? null;
}

/** A pre-2004 story named by its title bar: its headline, link, posting time and text from the bar's siblings. */
function refineBar(article: Article, bar: Element, base: URL, ctx: ParseContext): Article {
  const headline = barHeadline(bar, base);
  const url = headline?.url ?? article.url;
  const parts = barSiblings(bar);
  let byline: Element | null = null;
  let posted: { at: Date; text: string; from: 'text' } | null = null;
  for (const el of parts) {
    posted = postedAt(el, ctx.now);
    if (posted) {
      byline = el;
      break;
    }
  }
  const text = parts.find((el) => el.tagName === 'I');
  return {
    ...article,
    title: headline?.text ?? article.title,
    url,
    source: storySource(null, url),
    publishedAt: posted ? isoText(posted.at) : article.publishedAt,
    time: posted ? postedTime(posted) : article.time,
    snippet: text ? snippetText(text) || null : article.snippet,
    author: (byline && posterIn(byline)) ?? article.author,
    imageUrl: null,
    sponsored: false,
  };
}

/**
 * A firehose item's headline as the generic title rule reads it from the item's first heading: the headline link when
 * the heading links elsewhere too (the "(theverge.com)" label, a comment count), else the whole heading. Null where that
 * rule might pick another: before 2009 it reads the heading with its topic link's target, not the story below.
 */
function headlineHit(block: Block, ctx: ParseContext): TitleHit | null {
  const el = block.element;
  const base = documentBase(el.ownerDocument, ctx.url);
  if (el.tagName === 'LI') return loneLinkHeadline(el, base, ctx);
  const bar = barParts.has(el) ? barHeadline(el, base) : null;
  if (bar) return { title: bar.text, element: bar.element, url: bar.url };
  if (!isItem(el, base)) return null;
  const h = headlineOf(el, base)!;
  if (!h.url || h.element.tagName !== 'A') return null;
  const heading = el.querySelector(HEADINGS);
  if (!heading?.contains(h.element)) return null;
  const title = h.text;
  if (!isTitleLike(title, ctx.now) || !isStoryLink(h.element, h.url, ctx.url)) return null;
  if (linksElsewhere(heading, base)) return { title, element: h.element, url: h.url };
  const whole = textOf(heading);
  return isTitleLike(whole, ctx.now) ? { title: whole, element: heading, url: h.url } : null;
}

/** Whether a heading's links lead to two places or more (they are read one by one, only as far as the second place). */
function linksElsewhere(heading: Element, base: URL): boolean {
  let first: string | null = null;
  const links = heading.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    const url = resolveUrl(links[i]!.getAttribute('href'), base);
    if (url === null || url === first) continue;
    if (first !== null) return true;
    first = url;
  }
  return false;
}

export const slashdot: Adapter = {
  id: 'slashdot',
  label: 'Slashdot',
  hosts: ['slashdot.org'],
  matches: ['*://slashdot.org/*', '*://*.slashdot.org/*'],
  examples: ['https://slashdot.org/', 'https://tech.slashdot.org/'],
  zoneOffsetMinutes: EST,
  blocks,
  headline: headlineHit,
  refine,
  refinesLazily: true,
};
