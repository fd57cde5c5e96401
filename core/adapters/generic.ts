/**
 * The generic detector, last in the registry: finds repeated sibling blocks that each carry a headline link and a
 * time label, whatever the markup (cards, lists, tables, class-hashed divs, whole-card links).
 *
 * Each time label (a text that reads as a time, a `<time datetime>`, a timestamp attribute) climbs to the highest
 * ancestor that holds no other time label: that is its block, and the block's parent is the list that repeats it. A
 * list counts when at least two of its blocks carry a headline (their own, or the one just above them, when a page
 * splits each story into a headline row and a time row); its untimed items of the same shape join it, and a lead story
 * standing alone beside the lists counts too; a story written as sibling rows with no element around it (a headline
 * row, then its time row; a `<dl>` of source, time and headline) is its headline row, its time row kept as Block.meta.
 * Lists without times are found from their headlines (three items of one shape, each with a heading, or an element
 * its class calls a headline, leading to a story), from a "Most read" heading, from a heading that names another site
 * above links to that site's stories (a wall of publishers' columns), and from publisher labels (items each naming
 * their publisher beside a story link). What looks like this and is no news is told apart in ./no-stories.ts. A US
 * page that states its zone once has its zone-less clock times read in it (ParseContext.times).
 */
import type { Adapter, Block, ParseContext } from '../types';
import { collapse, isSkipped, textOf, textUpTo, wordCount } from '../text';
import { dayFirstOf, isComingMachineTime, isDayAheadWithoutYear, isDayWord, looksLikeTime, parseMachineTime, zoneOffsetAt } from '../time';
import { documentBase, isArticleUrl, resolveUrl, urlParts } from '../url';
import { namesDomain, registrableDomain } from '../domain';
import { isStoryLink, isTitleLike, titleOf, type TitleHit } from '../fields/title';
import { isOutletLead, isSourceMarked, SOURCE_MARK_PARTS } from '../fields/source-marks';
import { isLabel, isSponsorMark } from '../fields/labels';
import { refineWidgetArticle, widgetBlocks, withWidgetBlocks } from './outbrain';
import { curatedLinkSteps, withCuratedItems } from './curated-links';
import { bareLinkListSteps, STORIES_BESIDE_BARE_LISTS } from './bare-link-lists';
import { DATA_TIME_ATTRS, noteDataTimes, placeholderSentence, timePartIn, viewOf, viewText, type BlockView } from '../fields/view';
import { namesNearbyHost } from '../fields/host-name';
import { closestTest, isBefore, isBoxHeader, isHeadingTag, listOf, matchingAny, queryOnce, shapeOf } from '../dom';
import {
  holdsPageHeadline, isCalendar, isDiscussionPage, isPageOfNoStories, isComing, listReading, type ListReading, isSchedule, isTickerStrip, isCommentThread, isEpisodeList, isHiddenCopy, inClosedDialog, EVENT_START, isEventItem, isListing, isMailArchive, isNameList, isCaseList, isDocumentLibrary, isThreadList, isOneName, isOneStory, isOneStoryLine, isPeoplesPosts, isSelectableRecord, MAX_TIMES_OF_ONE_STORY,
} from './no-stories';
import { BLOCKS_PER_STEP, filterSteps, runSteps, type Steps } from '../steps';
import { isDurationBadge } from '../fields/duration';
import { MAY_STATE_ZONE, zoneInScripts, zoneStatedIn } from '../language-zone';
import { rememberedFor } from '../memo';
import { DZONGKHA_YEAR } from '../date-words';
import { boxItems, isBreakingLabel, LEADING_SYMBOLS, LIST_HEADING_PARTS, MIN_POPULAR_ITEMS, POPULAR, POPULAR_HEADING_CHARS, popularHeadings, popularHeadingText, switchesInPlace } from './box-lists';

const MIN_BLOCKS = 2;
/** Text nodes, headings or labels looked at between two chances to pause (each is a few microseconds of work). */
const PAUSE_EVERY = 256;
/** Navigation, a menu. */
const NAVIGATION = 'nav, [role="navigation"], [role="menu"], [role="menubar"]';
const EXCLUDED =
  // (A segment React streams in hidden, "<div hidden id="S:1">", is the page's content: see isHiddenCopy.)
  `${NAVIGATION}, [role="tree"], [contenteditable="true"], [hidden]:not([id^="S:"]), [aria-hidden="true"], [inert], ` +
  // An article's references and notes cite other outlets' stories with their dates: citations, not a list of news.
  '[role="doc-endnotes"], [role="doc-bibliography"], .references, .reflist, .footnotes';
/** A form of controls holds fewer links than this; one with more wraps content (a finder's results, an ASP.NET page's all). */
const FORM_LINKS = 3;
/** The parts of a form that are controls, whatever the form wraps: their options and labels are no stories. */
const FORM_CONTROLS = 'fieldset, label, select, datalist, button, [role="search"]';

/**
 * Whether an element sits where no story is: in navigation, a menu, hidden content, an article's references, or a
 * form of controls (a search box, filters), whose options and labels are no stories. A form that wraps a page's
 * content is none of these: an ASP.NET page puts the whole page in one, a finder its filters and results together.
 */
function excludedTest(doc: Document, page: URL): (el: Element) => boolean {
  const inExcluded = closestTest(EXCLUDED);
  const inListbox = closestTest('[role="listbox"]');
  const optionBoxes = new Map<Element, boolean>();
  const storyNavs = new Map<Element, boolean>();
  const controls = new Map<Element, boolean>();
  // Most pages have no form: then no element sits in one, and none need climb to find out.
  let hasForms: boolean | undefined;
  return (el) => {
    if (inExcluded(el)) {
      // A UI kit's list of links marked as navigation (Angular Material's mat-nav-list), each link a headline, is a
      // list of stories; a menu's links name sections.
      // A blog's "Recent posts" navigation lists its dated posts by their headlines: stories too.
      const holder = el.closest(EXCLUDED)!;
      const nav = holder.tagName === 'NAV';
      if ((!nav && holder.getAttribute('role') !== 'navigation') || (holder.parentElement && inExcluded(holder.parentElement))) return true;
      let stories = storyNavs.get(holder);
      if (stories === undefined) storyNavs.set(holder, (stories = nav ? listsDatedPosts(holder) : holdsHeadlineLinksAlone(holder)));
      if (!stories) return true;
    }
    // A listbox's options are choices (a mailbox's messages, a search box's suggestions), unless each is a link: a UI
    // kit writes a plain list of links as a listbox too (Vuetify's v-list), and a feed reader its headlines, each
    // leading to its story on another site (Tiny Tiny RSS).
    if (inListbox(el)) {
      const box = el.closest('[role="listbox"]')!;
      let options = optionBoxes.get(box);
      if (options === undefined) optionBoxes.set(box, (options = !holdsLinksAlone(box) && !listsStories(box, page)));
      if (options) return true;
    }
    hasForms ??= doc.querySelector('form') !== null;
    const form = hasForms ? el.closest('form') : null;
    if (!form) return false;
    if (el.closest(FORM_CONTROLS)) return true;
    let answer = controls.get(form);
    if (answer === undefined) controls.set(form, (answer = form.querySelectorAll('a[href]').length < FORM_LINKS));
    return answer;
  };
}

// Listboxes of stories, found once per parse: the detector excludes the others, and reads no time in them.
const storyListboxes = new WeakMap<Element, { parse: object; value: boolean }>();

/** Whether a listbox's options are stories (see leadsToOtherSites), asked once per parse. */
function listsStories(box: Element, page: URL): boolean {
  return rememberedFor(storyListboxes, box, (b) => leadsToOtherSites(b, page));
}

/** Whether most child elements of a list each lead to a story on another site (a feed reader's rows of headlines). */
function leadsToOtherSites(list: Element, page: URL): boolean {
  if (list.childElementCount < MIN_BLOCKS) return false;
  const site = registrableDomain(page.href);
  let away = 0;
  for (let child = list.firstElementChild; child; child = child.nextElementSibling) {
    const href = child.querySelector('a[href^="http"]')?.getAttribute('href') ?? '';
    if (isArticleUrl(href) && registrableDomain(href) !== site) away++;
  }
  return away >= list.childElementCount * ELSEWHERE_SHARE;
}

/** The share of a listbox's options that lead to other sites' stories for it to be a list of stories. */
const ELSEWHERE_SHARE = 0.8;

/** Whether every child element of a list is a link (`<div role="listbox"><a href>…</a><a href>…</a></div>`). */
function holdsLinksAlone(list: Element): boolean {
  if (list.childElementCount < MIN_BLOCKS) return false;
  for (let child = list.firstElementChild; child; child = child.nextElementSibling) if (child.tagName !== 'A' || !child.hasAttribute('href')) return false;
  return true;
}

/** Words a navigation list's links each have at least to be headlines, not a menu's section names. */
const HEADLINE_LINK_WORDS = 4;

/** Whether every child element of a list is a link whose words are a headline's. */
function holdsHeadlineLinksAlone(list: Element): boolean {
  if (!holdsLinksAlone(list)) return false;
  for (let child = list.firstElementChild; child; child = child.nextElementSibling) if (wordCount(textOf(child)) < HEADLINE_LINK_WORDS) return false;
  return true;
}

/** A path dated by year and month ("/blog/2026/11/20/…"): a post's. */
const DATED_POST = /\/(?:19|20)\d{2}\/\d{1,2}\/(?:\d{1,2}\/)?[^/?#]+/;

/**
 * Whether a navigation's links are all in lists of at least three items, each item one link of a headline's words to a
 * dated post (a blog's "Recent posts" sidebar), not a menu's sections or a documentation's pages.
 */
function listsDatedPosts(nav: Element): boolean {
  const links = nav.getElementsByTagName('a');
  if (links.length < MIN_BLOCKS) return false;
  for (const a of listOf(links)) {
    const item = a.parentElement;
    if (item?.tagName !== 'LI' || item.firstElementChild !== a || !holdsFeedItemParts(item) || (item.parentElement?.childElementCount ?? 0) < MIN_BLOCKS) return false;
    const href = a.getAttribute('href') ?? '';
    if (wordCount(textOf(a)) < HEADLINE_LINK_WORDS || !(DATED_POST.test(href) || (/^https?:\/\//i.test(href) && isArticleUrl(href)))) return false;
  }
  return true;
}

/**
 * Whether a list item holds its link and, after it, no more than a feed widget's date, author and summary (WordPress's
 * RSS widget: "<li><a>…</a> <span class=rss-date>…</span> <cite>…</cite></li>"), none of them a link.
 */
function holdsFeedItemParts(item: Element): boolean {
  for (let el = item.firstElementChild!.nextElementSibling; el; el = el.nextElementSibling) {
    if (!FEED_ITEM_PART.test(el.tagName) || el.getElementsByTagName('a').length > 0) return false;
  }
  return true;
}

const FEED_ITEM_PART = /^(?:SPAN|CITE|DIV|TIME|SMALL)$/;

/** Levels of single wrappers between a timestamp's element and the label it holds (`<bsp-timestamp><span>…`). */
const WRAP_LEVELS = 3;

/**
 * Whether a timestamp's element wraps a time label found already, or sits in one: one time of the story, not a second
 * label beside it (`<bsp-timestamp data-timestamp="…"><span>Updated 3:42 PM EST</span></bsp-timestamp>`).
 */
function wrapsSeenLabel(el: Element, seen: Set<Element>): boolean {
  if (el.parentElement && seen.has(el.parentElement)) return true;
  for (let c = el.firstElementChild, depth = 0; c && depth < WRAP_LEVELS; c = c.firstElementChild, depth++) if (seen.has(c)) return true;
  return false;
}

/** Elements that hold a time label: `<time>` elements and the parents of short texts that read as a time. */
function* timeLabelSteps(
  doc: Document,
  ctx: ParseContext,
  root: Element,
): Steps<{ labels: Element[]; statedZone?: string; writtenOffset?: number; dated: string[]; popular: Element[] }> {
  const found: Element[] = [];
  // Elements whose whole text names a "Most read" list (a box's title in a plain `div`): read on the same walk.
  const popular: Element[] = [];
  const seen = new Set<Element>();
  // The labels that hold a numeric date: they may tell which order the page writes its dates in.
  const dated: string[] = [];
  // A US page that names its zone once ("Updated 2:14 PM EDT") writes the rest of its clock times in it, as a web app
  // does in the zone its boot data names; a page whose site or language gives a zone need not be searched for one.
  let statedZone: string | undefined;
  const seekZone = ctx.times?.timeZone === undefined && ctx.times?.zoneOffsetMinutes === undefined;
  // A form's control holds settings' values, not stories' times; a listbox of a feed reader's headlines is no control.
  const inControl = (el: Element): boolean => {
    const control = el.closest(FORM_CONTROL);
    return !!control && (control.getAttribute('role') !== 'listbox' || !listsStories(control, ctx.url));
  };
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(), n = 0; node; node = walker.nextNode(), n++) {
    if (n % PAUSE_EVERY === 0) yield;
    if (ctx.budget?.spent()) break;
    const raw = node.nodeValue ?? '';
    if (seekZone && !statedZone && MAY_STATE_ZONE.test(raw)) statedZone = zoneStatedIn(raw);
    // Most texts of a page are the whitespace between its tags: collapsed, nothing is left of them.
    // (A Dzongkha date spells out each of its parts: longer.)
    if ((raw.length > 64 && !(raw.length <= 128 && raw.includes(DZONGKHA_YEAR))) || !VISIBLE.test(raw)) continue;
    let parent: Element | null = node.parentElement;
    if (!parent || isSkipped(parent)) continue;
    let text = collapse(raw);
    let time = text ? timePartIn(text, ctx) : null;
    // A Drupal placeholder's sentence ("<em class="placeholder">12 minit</em> bifo") is the label.
    const sentence = time ? null : placeholderSentence(parent, ctx);
    if (sentence) [parent, text, time] = [sentence.element, sentence.text, sentence.time];
    // A time alone is no heading ("Most read · 24h" is one).
    if (time !== text && text.length <= POPULAR_HEADING_CHARS && mayNameABox(parent) && POPULAR.test(text.replace(LEADING_SYMBOLS, ''))) popular.push(parent);
    // "15min" beside a story of 15min.lt is its publisher.
    // "Most read · 24h": a list's heading and the window it counts over, not a story's age.
    if (!time || isDurationBadge(parent, time) || namesNearbyHost(parent, time, ctx.url) || (time !== text && POPULAR.test(text))) continue;
    // "Deliver at [8:00 AM ▾]": a setting's value in a form's control, no story's time; "Today | Week": a tab.
    // An event's start as its markup names it (a broadcast's "18:00" in `property="startDate"`): no story's time.
    if (inControl(parent) || isTabWord(parent, time) || parent.closest(EVENT_START)) continue;
    if (NUMERIC_DATE.test(time)) dated.push(time);
    const label = parent.closest('time') ?? parent;
    if (!seen.has(label)) {
      seen.add(label);
      found.push(label);
    }
  }
  // The offset the page's own `<time datetime>` values are written in ("2025-11-18T14:14:00-05:00"): the zone its clock
  // times are shown in, where nothing else names one (UTC, "Z", tells nothing: machines write it whatever they show).
  let writtenOffset: number | undefined;
  for (const t of listOf(root.querySelectorAll('time[datetime]'))) {
    const value = t.getAttribute('datetime') ?? '';
    if (seekZone && !statedZone && writtenOffset === undefined) writtenOffset = offsetWritten(value);
    // An event's time is no story's.
    if (!seen.has(t) && !isComingMachineTime(value, ctx.now) && !t.matches(EVENT_START)) {
      seen.add(t);
      found.push(t);
    }
  }
  // Timestamps in data attributes, shown by the page's script (an empty span until it runs): one query each, a fast
  // native scan. Of the whole page when the root is: whether it has any is what every view asks first.
  const wholePage = root === doc.body || root === doc.documentElement;
  let dataTimes = false;
  for (const attr of DATA_TIME_ATTRS) {
    const marked = wholePage ? queryOnce(doc, `[${attr}]`) : listOf(root.querySelectorAll(`[${attr}]`));
    if (marked.length > 0) dataTimes = true;
    for (const el of marked) {
      if (el === root || (wholePage && !root.contains(el))) continue;
      if (seen.has(el) || wrapsSeenLabel(el, seen) || isSkipped(el) || !parseMachineTime(el.getAttribute(attr) ?? '', ctx.now)) continue;
      seen.add(el);
      found.push(el);
    }
  }
  if (wholePage) noteDataTimes(doc, ctx, dataTimes);
  // Else the zone the page's own configuration names (a web app's boot data).
  if (seekZone && !statedZone && writtenOffset === undefined && found.length > 0) statedZone = zoneInScripts(doc);
  return { labels: found, statedZone, writtenOffset, dated, popular };
}

/**
 * Whether an element whose whole text may name a box ("Most read") is one the headings' query does not find already:
 * a plain element, or a tab's link to its panel in the page (a link to another page is a headline or a menu's entry).
 */
function mayNameABox(el: Element): boolean {
  if (isHeadingTag(el.tagName) || !holdsTextAlone(el)) return false;
  return el.tagName !== 'A' || (el.getAttribute('href') ?? '').startsWith('#');
}

/** Whether an element's words are all its own: no child element, or only empty ones (a portlet title's corner spans). */
function holdsTextAlone(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (child.textContent) return false;
  return true;
}

/**
 * A day's word alone ("Today", "Dnes", "Heute") as one of a row of short labels of their own ("Today | Week | Month"),
 * or as a link that switches a view in place: a tab of a "Most read" box, no story's time.
 */
function isTabWord(el: Element, time: string): boolean {
  if (!isDayWord(time) || el.childElementCount > 0) return false;
  // A link that switches the box's view in place ("<a href="javascript:;">Heute</a>").
  const link = el.closest('a[href]');
  if (link) return switchesInPlace(link);
  // Else a row of tabs alike (one tag, one kind of class), each a short word of its own, nothing between them: a
  // story's meta row ("Reuters · Today") holds other kinds of parts.
  const row = el.parentElement;
  if (!row || row.childElementCount < 2 || row.childElementCount > MAX_TABS) return false;
  const kind = firstClass(el);
  for (let tab = row.firstElementChild; tab; tab = tab.nextElementSibling) {
    if (tab.tagName !== el.tagName || firstClass(tab) !== kind || tab.childElementCount > 0 || (tab.textContent ?? '').trim().length > TAB_CHARS) return false;
  }
  for (let n = row.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) return false;
  return true;
}

function firstClass(el: Element): string {
  return (el.getAttribute('class') ?? '').trim().split(/\s+/)[0]!;
}

/** Tabs a row holds at most, and characters a tab's label holds at most. */
const MAX_TABS = 8;
const TAB_CHARS = 16;

/** A form's controls, whose words are choices and values ("8:00 AM" in a delivery time's select). */
const FORM_CONTROL = 'select, option, [role="listbox"], [role="option"], [role="combobox"]';

/** A character that collapse keeps: neither whitespace (as it sees it) nor a direction mark. */
const VISIBLE = /[^\s\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** A date and clock time with its offset from UTC at the end: "…T14:14:00-05:00", "…T09:30+0530". */
const WRITTEN_OFFSET = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?([+-])(\d{2}):?(\d{2})$/;

/** The offset (minutes east of UTC) a machine-readable time is written in, when it is written in one other than UTC's. */
function offsetWritten(value: string): number | undefined {
  const m = WRITTEN_OFFSET.exec(value.trim());
  const minutes = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  return minutes !== 0 && Math.abs(minutes) <= 14 * 60 ? minutes : undefined;
}

/** A numeric date with its year, as dayFirstOf reads them. */
const NUMERIC_DATE = /\d[./-]\d{1,2}[./-]\d/;

/** Groups elements under the list that repeats them: each climbs to its highest ancestor holding no other element. */
export function repeatedBlocks(labels: Element[], root: Element): Map<Element, Element[]> {
  // Whether each ancestor holds one label or more (1 or 2): only "exactly one" matters below. An ancestor holding
  // several has every ancestor above it holding several too, so a climb stops there (on a page of a thousand blocks
  // most of the climbs are short).
  const count = new Map<Element, number>();
  for (const label of labels) {
    for (let el: Element | null = label; el && el !== root.parentElement; el = el.parentElement) {
      const n = count.get(el);
      if (n === 2) break;
      count.set(el, n === undefined ? 1 : 2);
    }
  }
  const groups = new Map<Element, Set<Element>>();
  for (const label of labels) {
    let block = label;
    while (block.parentElement && block !== root && block.parentElement !== root && count.get(block.parentElement) === 1) block = block.parentElement;
    const parent = block.parentElement;
    if (!parent || block === root) continue;
    const list = groups.get(parent) ?? new Set();
    list.add(block);
    groups.set(parent, list);
  }
  return new Map([...groups].map(([parent, set]) => [parent, [...set]]));
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"], legend, caption';

/**
 * The heading a list sits under: a heading inside it before its first block, else the nearest text before it — a
 * heading element, or a short plain text. Table header rows and bars of controls (filters, tabs) are not headings.
 */
export function sectionOf(list: Element, firstBlock: Element): string | null {
  for (let child = list.firstElementChild; child && child !== firstBlock; child = child.nextElementSibling) {
    const text = headingText(child);
    if (text) return text;
  }
  let el: Element | null = list;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    if (el.tagName === 'TBODY' || el.tagName === 'TABLE') {
      const caption = el.closest('table')?.querySelector(':scope > caption');
      if (caption) return headingText(caption);
    }
    for (let prev = el.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (isSkipped(prev) || prev.tagName === 'THEAD' || !textOf(prev)) continue;
      return headingText(prev);
    }
  }
  return null;
}

function headingText(el: Element): string | null {
  if (el.tagName === 'THEAD' || (el.tagName === 'TR' && el.querySelector('th') && !el.querySelector('td'))) return null;
  if (el.querySelector('button, input, select, [role="button"], [role="tab"]')) return null;
  const heading = el.matches(HEADINGS) ? el : el.querySelector(HEADINGS);
  const text = textOf(heading ?? el);
  return text && isHeadingText(text) ? text : null;
}

function isHeadingText(text: string): boolean {
  const words = wordCount(text);
  return words >= 1 && words <= 8 && text.length <= 60;
}

/**
 * What a card's headline is: a heading, or an element its class calls one (a card that is one link, no heading in
 * it; a card's title link to another site's story, "a.link-card__title").
 */
const HEADLINE_PARTS = [...LIST_HEADING_PARTS, '[class*="headline"]', 'a[class*="title"]'];
const CHROME = 'header, footer, [role="banner"], [role="contentinfo"]';

/**
 * A test for the page's own header and footer (its banner, its site links), not the header of an article or a section
 * inside the page, which holds a story's headline.
 */
function pageChromeTest(): (el: Element) => boolean {
  const inChrome = closestTest(CHROME);
  const inSection = closestTest('article, section, aside, main, [role="main"], li');
  return (el) => {
    if (!inChrome(el)) return false;
    const bar = el.closest(CHROME)!;
    return bar.matches('[role="banner"], [role="contentinfo"]') || !bar.parentElement || !inSection(bar.parentElement);
  };
}

const MIN_HEADLINE_ITEMS = 3;

/**
 * Lists without time labels: at least three sibling items of one shape, each with a heading that links to a story's
 * address ("Latest" rails, related posts; not a rail of the site's sections), and shorter lists of a shape such a list
 * has (a newspaper index's section of two stories). Menus rarely give each entry a heading, and they are excluded anyway.
 */
function* headlineListSteps(ctx: ParseContext, root: Element, base: URL, overlaps: Overlaps, excluded: (el: Element) => boolean): Steps<Block[]> {
  const headings: Element[] = [];
  const chrome = pageChromeTest();
  // One query per heading kind (a list of selectors is a slow scan); their order does not matter, as each list's
  // members are put back in page order below.
  let n = 0;
  for (const h of matchingAny(root, HEADLINE_PARTS)) {
    if (n++ % PAUSE_EVERY === 0) yield;
    if (ctx.budget?.spent()) break;
    if (excluded(h) || chrome(h)) continue;
    // A title link inside a story found already (most of them, where a page's cards have times) need not be weighed.
    const titleLink = h.tagName === 'A' && h.getAttribute('role') !== 'heading';
    if (titleLink && overlaps(h)) continue;
    const link = h.closest('a[href]') ?? h.querySelector('a[href]') ?? siblingLink(h);
    const url = link ? resolveUrl(link.getAttribute('href'), base) : null;
    // A title link with no heading around it heads a card only where it leads to another site's story (a digest's
    // link cards): the site's own title links are as often a forum's topics or a show's episodes.
    if (titleLink && h === link && registrableDomain(url) === registrableDomain(ctx.url.href)) continue;
    if (url && isTitleLike(textOf(h), ctx.now) && isStoryLink(link!, url, ctx.url)) headings.push(h);
  }
  // A headline inside another (a heading's span its class calls a headline, a wrapper and its text both so called)
  // counts once, as the innermost.
  const outer = new Set<Element>();
  const marked = new Set(headings);
  for (const h of headings) for (let e = h.parentElement; e && e !== root; e = e.parentElement) if (marked.has(e)) outer.add(e);
  const blocks: Block[] = [];
  const isFresh = (m: Element): boolean =>
    !overlaps(m) && !isHiddenCopy(m) && !holdsPageHeadline(m, ctx) && !isListing(m, ctx) && !isSelectableRecord(m) && linksToArticle(m, ctx, base) && !isComing(m, ctx, base);
  // Lists too short to count alone (a section of two stories), by their shape: they count beside longer lists of it.
  const short: Array<{ list: Element; members: Element[]; shape: string }> = [];
  const counted = new Set<string>();
  for (const [list, found] of repeatedBlocks(outer.size ? headings.filter((h) => !outer.has(h)) : headings, root)) {
    yield;
    if (excluded(list)) continue;
    const members = inChildOrder(list, found);
    // The first class names the item's kind; later ones vary (odd/even, first/last).
    const itemShape = shapeOf(members[0]!);
    const common = members.filter((m) => shapeOf(m) === itemShape);
    const shape = common.length ? `${shapeOf(list)}>${itemShape}` : '';
    if (found.length < MIN_HEADLINE_ITEMS) {
      if (common.length === members.length && common.length > 0) short.push({ list, members: common, shape });
      continue;
    }
    if (common.length < MIN_HEADLINE_ITEMS || common.length < members.length * 0.8) continue;
    const fresh = yield* filterSteps(common, isFresh);
    if (fresh.length < MIN_HEADLINE_ITEMS) continue;
    counted.add(shape);
    const section = sectionOf(list, members[0]!);
    for (const element of fresh) blocks.push({ element, section });
  }
  for (const { list, members, shape } of short) {
    if (!counted.has(shape)) continue;
    const fresh = yield* filterSteps(members, isFresh);
    const section = sectionOf(list, members[0]!);
    for (const element of fresh) blocks.push({ element, section });
  }
  return blocks;
}

/** "Most read" lists: a list under such a heading whose items each link to an article, found nowhere else. */
function* popularListSteps(
  ctx: ParseContext, root: Element, base: URL, overlaps: Overlaps, excluded: (el: Element) => boolean, leafHeadings: Element[],
): Steps<Block[]> {
  const chrome = pageChromeTest();
  const blocks: Block[] = [];
  // Whether any heading holds a status line (see popularHeadingText): one query, not one per heading.
  const statusLines = root.querySelector(':is(h1, h2, h3, h4, h5, h6) [role="status"]') !== null;
  let n = 0;
  const headings = popularHeadings(root);
  // A text that only its words call a heading (a box's title in a plain element) names the items right after it alone.
  for (const el of leafHeadings) if (!headings.has(el)) headings.set(el, true);
  // A heading and the text inside it both name the box ("<h2><span>Most read</span></h2>"): its list is read once.
  const lists = new Set<Element>();
  for (const [heading, leaf] of headings) {
    if (n++ % PAUSE_EVERY === 0) yield;
    const text = popularHeadingText(heading, statusLines);
    if (!text) continue;
    // A breaking-news bar stands in the page's header, often in its navigation, and names stories all the same.
    const breaking = isBreakingLabel(heading, text);
    if (!breaking && (excluded(heading) || chrome(heading))) continue;
    yield;
    const box = boxItems(heading, leaf);
    if (!box || lists.has(box.list) || (!breaking && excluded(box.list)) || overlaps(box.list)) continue;
    lists.add(box.list);
    const { items } = box;
    const fresh = yield* filterSteps(items, (item) => !overlaps(item) && !isListing(item, ctx) && linksToArticle(item, ctx, base));
    if (fresh.length < MIN_POPULAR_ITEMS || fresh.length < items.length * 0.8) continue;
    // "Popular publishers": a grid of outlets' names (each a logo and its name), no stories.
    const found = withItemsLikeThem(items, fresh, ctx, base, overlaps).map((element) => ({ element, section: text }));
    if (!isNameList(found, ctx, base)) blocks.push(...found);
  }
  return blocks;
}

/**
 * A "Most read" box's items that lead to stories, and the others whose headline's address has the same shape as one of
 * theirs (the same host, as many path steps): "/gazdasag/uzemanyagar-csutortok" among "/belfold/valtozik-a-nyugdijemeles-
 * menetrendje" and its like, a story whose short slug alone does not say so.
 */
function withItemsLikeThem(items: Element[], stories: Element[], ctx: ParseContext, base: URL, overlaps: Overlaps): Element[] {
  if (stories.length === items.length) return stories;
  const shapes = new Set<string>();
  for (const item of stories) {
    const shape = addressShape(item, ctx, base);
    if (shape) shapes.add(shape);
  }
  const kept = new Set(stories);
  return items.filter((item) => {
    if (kept.has(item)) return true;
    const shape = addressShape(item, ctx, base);
    return !!shape && shapes.has(shape) && !overlaps(item) && !isListing(item, ctx);
  });
}

/** The shape of an item's headline address: its host and the number of its path's steps ("hirek8.hu 2"); null without one. */
function addressShape(item: Element, ctx: ParseContext, base: URL): string | null {
  const url = titleOf(viewOf({ element: item, section: null }, ctx, base))?.url;
  const parts = url ? urlParts(url) : null;
  if (!parts) return null;
  const steps = parts.pathname.split('/').filter(Boolean);
  // A site's front page or a section's is no story's shape.
  return steps.length >= 2 ? `${parts.hostname} ${steps.length}` : null;
}

/** Items a publisher's column has at least: its heading names the publisher, its items link to that site's stories. */
const MIN_COLUMN_ITEMS = 3;

/**
 * A publisher's column (a wall of feeds: one box per outlet): a heading that links to another site, then a list of bare
 * links to that site's stories, neither time nor publisher beside them. The heading names the items' publisher.
 */
function* columnListSteps(ctx: ParseContext, root: Element, base: URL, overlaps: Overlaps, excluded: (el: Element) => boolean): Steps<Block[]> {
  const chrome = pageChromeTest();
  const page = registrableDomain(ctx.url.href);
  const blocks: Block[] = [];
  // Boxes whose stories lead beyond the site the heading names (a link aggregator's box: its posts' own sites).
  const elsewhere: Block[][] = [];
  let columns = 0;
  let n = 0;
  for (const heading of matchingAny(root, COLUMN_HEADING_PARTS)) {
    if (n++ % PAUSE_EVERY === 0) yield;
    // A title link heads a column only in a box's header.
    if (heading.tagName === 'A' && !isBoxHeader(heading.parentElement)) continue;
    const link = heading.matches('a[href]') ? heading : heading.querySelector('a[href]');
    const home = link ? resolveUrl(link.getAttribute('href'), base) : null;
    let site = home && isSiteFront(home) ? registrableDomain(home) : null;
    // A heading that links nowhere may name the site in its words ("RTPA · Les Noticies", a feed's block over rtpa.es).
    const named = !site && !link ? feedName(heading) : null;
    if ((!site && !named) || site === page || excluded(heading) || chrome(heading)) continue;
    yield;
    const list = columnAfter(heading);
    if (!list || excluded(list) || overlaps(list)) continue;
    const items = listOf(list.children);
    if (named) {
      const first = items.length > 0 ? titleOf(viewOf({ element: items[0]!, section: null }, ctx, base))?.url : null;
      site = first ? registrableDomain(first) : null;
      if (!site || site === page || !namesDomain(named, site)) continue;
    }
    let onSite = 0;
    let articles = 0;
    const fresh = yield* filterSteps(items, (item) => {
      if (overlaps(item) || isListing(item, ctx)) return false;
      const url = titleOf(viewOf({ element: item, section: null }, ctx, base))?.url;
      if (!url) return false;
      if (registrableDomain(url) === site && isArticleUrl(url)) onSite++;
      else if (isArticleUrl(url)) articles++;
      return true;
    });
    if (fresh.length < MIN_COLUMN_ITEMS || fresh.length < items.length * 0.8) continue;
    const section = textUpTo(heading, 60);
    if (onSite === fresh.length) {
      columns++;
      for (const element of fresh) blocks.push({ element, section });
    } else if (onSite + articles >= fresh.length * ARTICLES_ELSEWHERE) {
      // Posts of a link aggregator lead to their own sites, some of them no article's address (a repository, a release).
      columns++;
      elsewhere.push(fresh.map((element) => ({ element, section })));
    }
  }
  // A wall of such boxes (each a site's name over its latest links) is a page of stories, wherever the links lead.
  if (columns >= MIN_COLUMNS_ELSEWHERE) for (const column of elsewhere) blocks.push(...column);
  return blocks;
}

/** The name a feed's box heading starts with, before what the feed holds ("RTPA · Les Noticies" → "RTPA"); null if long. */
function feedName(heading: Element): string | null {
  const text = textUpTo(heading, FEED_HEADING_CHARS);
  const name = text?.split(/\s+[·|–—:-]\s+/)[0]?.trim();
  return name && name.length <= FEED_NAME_CHARS ? name : null;
}

const FEED_HEADING_CHARS = 60;
const FEED_NAME_CHARS = 30;

/** Boxes a wall of sites' columns has at least for a box whose links lead beyond its site to count. */
const MIN_COLUMNS_ELSEWHERE = 4;
/** The share of such a box's links that lead to an article's address. */
const ARTICLES_ELSEWHERE = 0.6;

/** A column's heading: a heading, or the title link of a box's header ("<header class=box-head><a class=box-title>"). */
const COLUMN_HEADING_PARTS = [...LIST_HEADING_PARTS, 'a[class*="title"]'];

/** A site's home page or its front for a region or a language ("/", "/uk", "/en/"): what a column's heading links to. */
function isSiteFront(url: string): boolean {
  const u = urlParts(url);
  return !!u && !u.search && u.pathname.split('/').filter(Boolean).length <= 1;
}

/** The list after a column's heading: its next element, or the one list inside it. */
function columnAfter(heading: Element): Element | null {
  const column = listRightAfter(heading);
  if (column) return column;
  // A heading in a header row of its own (a favicon, the outlet's name, a feed icon): the list after that row.
  const row = heading.parentElement;
  return row && row.childElementCount <= HEADER_ROW_PARTS && !row.querySelector('ol, ul') ? listRightAfter(row) : null;
}

/** Parts a box's header row holds at most beside its heading: an icon, a feed or "more" link. */
const HEADER_ROW_PARTS = 4;

/** The list right after an element: its next sibling, the one list inside that, or a sibling of several items. */
function listRightAfter(el: Element): Element | null {
  const next = el.nextElementSibling;
  if (!next) return null;
  const lists = next.tagName === 'OL' || next.tagName === 'UL' ? [next] : listOf(next.querySelectorAll('ol, ul'));
  if (lists.length === 1) return lists[0]!;
  return lists.length === 0 && next.childElementCount >= MIN_COLUMN_ITEMS ? next : null;
}

/** Whether an item's headline links to an article's address, not a home or section page ("Yahoo Finance", "Weather"). */
function linksToArticle(item: Element, ctx: ParseContext, base: URL): boolean {
  return leadsToStory(titleOf(viewOf({ element: item, section: null }, ctx, base)));
}

/**
 * Whether a headline leads to an article's address, or is a paid link (rel="sponsored"): a sponsored story leads to
 * its advertiser's page, whatever that address looks like.
 */
function leadsToStory(title: TitleHit | null): boolean {
  if (!title?.url) return false;
  // The headline is its link or a heading around it.
  const link = title.element.closest('a[href]') ?? title.element.querySelector('a[href]');
  return isArticleUrl(title.url) || /\bsponsored\b/i.test(link?.getAttribute('rel') ?? '');
}

/**
 * A card's link beside its heading: the one target among its siblings, or an empty link laid over the card a few
 * levels up (the heading sits in the card's text column, the link beside that column).
 */
function siblingLink(heading: Element): Element | null {
  let el = heading.parentElement;
  for (let depth = 0; el && depth < COVER_LINK_DEPTH; depth++, el = el.parentElement) {
    const links = listOf(el.children).filter((c) => c.matches('a[href]'));
    if (links.length === 0) continue;
    const one = links.every((l) => l.getAttribute('href') === links[0]!.getAttribute('href'));
    return one && (depth === 0 || !collapse(links[0]!.textContent ?? '')) ? links[0]! : null;
  }
  return null;
}

/** Levels above a card's heading where the link that covers the card may sit. */
const COVER_LINK_DEPTH = 4;

/** Whether an element overlaps a block taken already: it is, or sits in, or holds one. */
type Overlaps = (el: Element) => boolean;

/**
 * The blocks the rules have taken so far, each later rule looking past them: `overlaps` is equal to
 * `taken.some((t) => t.element.contains(el) || el.contains(t.element))`, without comparing every pair. The taken
 * elements and everything above them are gathered as the blocks are taken, once for the page rather than once a rule.
 */
function takenBlocks(): { take: (blocks: readonly Block[]) => void; overlaps: Overlaps } {
  const blocks = new Set<Element>();
  const above = new Set<Element>();
  return {
    take: (taken) => {
      for (const { element } of taken) {
        blocks.add(element);
        for (let e = element.parentElement; e && !above.has(e); e = e.parentElement) above.add(e);
      }
    },
    overlaps: (el) => {
      if (above.has(el)) return true;
      for (let e: Element | null = el; e; e = e.parentElement) if (blocks.has(e)) return true;
      return false;
    },
  };
}

const MIN_SOURCED_ITEMS = 3;

/**
 * Elements marked as a publisher's label (`.source`, `.press`…) holding a short name, not a time or a sponsor mark; of
 * labels inside one another (a marked link around a marked name) the innermost, so that an item counts one label.
 */
function* sourceLabelSteps(root: Element, ctx: ParseContext): Steps<Element[]> {
  const labels = new Set<Element>();
  let n = 0;
  for (const el of matchingAny(root, SOURCE_MARK_PARTS)) {
    if (n++ % PAUSE_EVERY === 0) yield;
    if (isSkipped(el) || !isSourceMarked(el)) continue;
    const text = textUpTo(el, 50);
    if (text && isLabel(text) && !isSponsorMark(text) && !looksLikeTime(text, ctx.now)) labels.add(el);
  }
  // A newsletter's items lead with the outlet in bold and a colon ("<strong>Global Dispatch:</strong> <a>…</a>").
  for (const el of matchingAny(root, ['strong', 'b'])) if (isOutletLead(el)) labels.add(el);
  const outer = new Set<Element>();
  for (const label of labels) for (let e = label.parentElement; e && e !== root; e = e.parentElement) if (labels.has(e)) outer.add(e);
  return [...labels].filter((l) => !outer.has(l));
}

/**
 * Lists with neither times nor headings whose items each name their publisher in a marked label beside a story link
 * (news portals' headline lists, "Top stories" rails): at least three items, or two in each of at least three lists of
 * one shape (a portal's clusters of related stories), most of them with a headline that is not the label itself (a
 * list of publishers names no story) and links to an article's address (a shop's or a download site's "publisher"
 * rows link to product pages).
 */
function* sourcedListSteps(ctx: ParseContext, root: Element, base: URL, excluded: (el: Element) => boolean, overlaps: Overlaps): Steps<Block[]> {
  // Labels of stories found already do not make lists again.
  const labels = (yield* sourceLabelSteps(root, ctx)).filter((l) => !overlaps(l));
  if (labels.length < MIN_SOURCED_ITEMS) return [];
  const blocks: Block[] = [];
  // Lists too short to count alone (a portal's clusters of two related stories), by their shape: they count together.
  const short = new Map<string, Block[][]>();
  for (const [list, members] of repeatedBlocks(labels, root)) {
    yield;
    if (ctx.budget?.spent()) break;
    if (members.length < 2 || excluded(list)) continue;
    const labelsOf = labelsByMember(labels, new Set(members));
    const items = inChildOrder(list, members);
    const fresh = yield* filterSteps(items, (item) => {
      if (isHiddenCopy(item) || holdsPageHeadline(item, ctx) || isListing(item, ctx)) return false;
      const title = titleOf(viewOf({ element: item, section: null }, ctx, base));
      const own = labelsOf.get(item) ?? [];
      return !!title && leadsToStory(title) && !own.some((l) => l.contains(title.element) || title.element.contains(l));
    });
    if (fresh.length < items.length * 0.8 || fresh.length < 2) continue;
    const section = sectionOf(list, items[0]!);
    const found = fresh.map((element) => ({ element, section }));
    if (fresh.length >= MIN_SOURCED_ITEMS) blocks.push(...found);
    else {
      const shape = `${shapeOf(list)}>${shapeOf(fresh[0]!)}`;
      short.set(shape, [...(short.get(shape) ?? []), found]);
    }
  }
  for (const lists of short.values()) if (lists.length >= MIN_SHORT_LISTS) for (const found of lists) blocks.push(...found);
  return blocks;
}

/** Short lists of one shape that count together: a page of clusters, not one stray pair. */
const MIN_SHORT_LISTS = 3;

/** The labels inside each member (a label climbs to the member that holds it). */
function labelsByMember(labels: Element[], members: Set<Element>): Map<Element, Element[]> {
  const found = new Map<Element, Element[]>();
  for (const label of labels) {
    let e: Element | null = label;
    while (e && !members.has(e)) e = e.parentElement;
    if (e) found.set(e, [...(found.get(e) ?? []), label]);
  }
  return found;
}

/** The blocks of the page, or of `scope` alone (its own lists: a page of results appended by infinite scroll). */
export function genericBlocks(doc: Document, ctx: ParseContext, scope?: Element): Block[] {
  return runSteps(genericBlockSteps(doc, ctx, scope));
}

function* genericBlockSteps(doc: Document, ctx: ParseContext, scope?: Element): Steps<Block[]> {
  const root = scope ?? doc.body ?? doc.documentElement;
  if (!root || isDiscussionPage(ctx.url) || isPageOfNoStories(doc, ctx.url)) return [];
  const base = documentBase(doc, ctx.url);
  const excluded = excludedTest(doc, ctx.url);
  const { take, overlaps } = takenBlocks();
  // Recommendation widgets' items are read by their vendor's markup (withWidgetBlocks): no rule need weigh them.
  take(widgetBlocks(doc, ctx));
  const { blocks: timed, dropped, popular } = yield* timedBlockSteps(doc, ctx, root, base, excluded);
  take(timed);
  // A list the timed rule told apart as no stories (a schedule, a forum's threads) is none under another rule either.
  take(dropped);
  const listed = yield* headlineListSteps(ctx, root, base, overlaps, excluded);
  take(listed);
  const ranked = yield* popularListSteps(ctx, root, base, overlaps, excluded, popular);
  take(ranked);
  listed.push(...ranked);
  const columns = yield* columnListSteps(ctx, root, base, overlaps, excluded);
  take(columns);
  listed.push(...columns);
  // Lists named by publisher labels alone (a portal's headline lists, a "Most read" rail naming each outlet): finding
  // the labels scans every element's class, several times the searches above.
  const sourced = yield* sourcedListSteps(ctx, root, base, excluded, overlaps);
  // A curated-links issue's items: a link that opens its item, then its outlet's name ("(The Atlantic)").
  const curated = yield* curatedLinkSteps(ctx, root, base, excluded);
  // Bare headline links in lists of their own (a portal's section lists), once the page shows it lists stories.
  take(sourced);
  const headlineOf = (block: Block): Element | null => titleOf(viewOf(block, ctx, base))?.element ?? null;
  const found = [...timed, ...listed, ...sourced];
  let bare: Block[] = [];
  if (found.length >= STORIES_BESIDE_BARE_LISTS) {
    bare = yield* bareLinkListSteps(ctx, root, base, excluded, overlaps, storyUrls(found, ctx, base), sectionOf);
  }
  return withoutInnerCopies(inDocumentOrder(withCuratedItems([...found, ...bare], curated, headlineOf)), ctx, base);
}

/** The addresses the blocks' headlines lead to. */
function storyUrls(blocks: Block[], ctx: ParseContext, base: URL): Set<string> {
  const urls = new Set<string>();
  for (const b of blocks) {
    const url = titleOf(viewOf(b, ctx, base))?.url;
    if (url) urls.add(url);
  }
  return urls;
}

/**
 * The blocks but those inside another block that leads to the same story (a cluster's card found whole by one rule
 * and its lead's part by another): each story counts once, read from its whole card.
 */
function withoutInnerCopies(blocks: Block[], ctx: ParseContext, base: URL): Block[] {
  const urls = new Map<Element, string | null>();
  for (const b of blocks) urls.set(b.element, titleOf(viewOf(b, ctx, base))?.url ?? null);
  return blocks.filter((b) => {
    const url = urls.get(b.element);
    if (!url) return true;
    for (let e = b.element.parentElement; e; e = e.parentElement) if (urls.has(e) && urls.get(e) === url) return false;
    return true;
  });
}

/** Children of `list` among `members`, in page order. */
function inChildOrder(list: Element, members: Element[]): Element[] {
  const wanted = new Set(members);
  const ordered: Element[] = [];
  for (let child = list.firstElementChild; child; child = child.nextElementSibling) if (wanted.has(child)) ordered.push(child);
  return ordered;
}

/**
 * Lists whose blocks each carry a time label and a headline. A story that shows its time twice (a "5h" badge and
 * "Posted 5 hours ago") looks at first like a list of its own: its labels but the first are let go, and the page is
 * grouped again.
 */
function* timedBlockSteps(
  doc: Document, ctx: ParseContext, root: Element, base: URL, excluded: (el: Element) => boolean,
): Steps<TimedLists & { popular: Element[] }> {
  const found = yield* timeLabelSteps(doc, ctx, root);
  const { statedZone, writtenOffset, popular } = found;
  let { labels, dated } = found;
  // Clock times without a zone are read in the zone the page states (sought only where its site or language gives
  // none), else at the offset its machine-readable times are written in.
  if (statedZone) {
    ctx.times = { ...ctx.times, timeZone: statedZone };
    // East of UTC, the page's latest clock times read as UTC lay ahead of now and were let go: they are sought again.
    if (zoneOffsetAt(statedZone, ctx.now) > 0) ({ labels, dated } = yield* timeLabelSteps(doc, ctx, root));
  } else if (writtenOffset !== undefined) ctx.times = { ...ctx.times, zoneOffsetMinutes: writtenOffset };
  // Numeric dates in the order the page's own dates show, where they show one ("21/08/2025"; dates of the last days).
  const dayFirst = dayFirstOf(dated, ctx.now);
  if (dayFirst !== undefined && dayFirst !== !!ctx.times?.dayFirst) ctx.times = { ...ctx.times, dayFirst };
  const first = yield* timedListSteps(repeatedBlocks(labels, root), ctx, base, excluded);
  if (first.repeats.size === 0) return { ...first, popular };
  const kept = labels.filter((label) => {
    for (let e: Element | null = label; e && e !== root; e = e.parentElement) if (first.repeats.has(e)) return false;
    return true;
  });
  return { ...(yield* timedListSteps(repeatedBlocks(kept, root), ctx, base, excluded)), popular };
}

interface TimedLists {
  blocks: Block[];
  /** The members of the lists that are no stories (a schedule's slots, a forum's threads), with their headlines. */
  dropped: Block[];
}

/** The blocks of the lists, and the members that only repeat a story's time (every member of a list but its first). */
function* timedListSteps(
  groups: Map<Element, Element[]>, ctx: ParseContext, base: URL, excluded: (el: Element) => boolean,
): Steps<TimedLists & { repeats: Set<Element> }> {
  yield;
  const blocks: Block[] = [];
  const dropped: Block[] = [];
  const repeats = new Set<Element>();
  const lone: Element[] = [];
  // Members of lists that did not count: a blog's day with one post groups its header with that post.
  const unread: Element[] = [];
  const chrome = pageChromeTest();
  for (const [list, found] of groups) {
    if (ctx.budget?.spent()) break;
    if (excluded(list)) continue;
    // The page's own header or footer taken whole ("Updated 16 Sept 2025, 14:05" beside its links) is no story: the
    // members left may stand alone. (A list inside a footer, or a breaking bar inside a header, is another matter.) Nor
    // is a member that is navigation itself (a post's "← Thursday, 15 October · All digests").
    const members = found.filter((el) => !(el.matches(CHROME) && chrome(el)) && !el.matches(NAVIGATION));
    if (members.length < MIN_BLOCKS) {
      lone.push(...members);
      continue;
    }
    if (isOneStoryLine(list)) {
      for (const member of inChildOrder(list, members).slice(1)) repeats.add(member);
      continue;
    }
    const withHeadline: Block[] = [];
    const memberSet = new Set(members);
    const reading = listReading();
    // Whether the list writes each story's time row before its headline row: then a time row's headline is the one
    // after it, never the one above (the last story's).
    let timeFirst: boolean | undefined;
    // Once too few members are left for the list to count, the rest are not read: the list is dropped anyway.
    for (let i = 0; i < members.length && withHeadline.length + members.length - i >= MIN_BLOCKS; i++) {
      // Reading a block's headline is the detector's costliest step: a pause may come between a few blocks.
      if (i % BLOCKS_PER_STEP === 0) yield;
      const el = members[i]!;
      // A carousel's clones of its first and last slides are hidden from readers: each story counts once. Its other
      // hidden slides are stories it shows in turn; a closed dialog shows none.
      if (holdsPageHeadline(el, ctx) || isListing(el, ctx, reading) || (isHiddenCopy(el) && repeatsAMember(el, members, ctx, base)) || inClosedDialog(el) || isCommentItem(el) || isEventItem(el)) continue;
      const view = viewOf({ element: el, section: null }, ctx, base);
      const title = titleOf(view);
      // A headline whose block links only to what no story is (a job offer's record, the employer's page) is none.
      if (title && !title.url && view.links.length > 0) continue;
      if (title !== null) withHeadline.push({ element: el, section: null });
      else {
        timeFirst ??= startsWithTimeRow(inChildOrder(list, members)[0]!, memberSet, ctx, base);
        const head = timeFirst ? headlineAfter(el, memberSet, ctx, base) : (headlineAbove(el, ctx, base) ?? headlineAfter(el, memberSet, ctx, base));
        if (head) withHeadline.push({ element: head, section: null, meta: el });
      }
    }
    // Several times of one story (a feed item's "Published on 05/09/2023" and its "38 mins ago"): its first stands, and
    // the others leave the labels grouped again, so that the items' lists are found.
    if (withHeadline.length === 1 && members.length <= MAX_TIMES_OF_ONE_STORY) {
      for (const member of inChildOrder(list, members).slice(1)) repeats.add(member);
      continue;
    }
    if (withHeadline.length < MIN_BLOCKS) {
      unread.push(...members);
      continue;
    }
    if (isTickerStrip(withHeadline, reading) || isOneName(withHeadline, ctx, base) || isNameList(withHeadline, ctx, base)) continue;
    // What the items are (a calendar's or a schedule's slots, comments, a forum's threads, a podcast's episodes, court
    // cases) holds whatever rule finds them: they are dropped for the later rules too. A name's shape in the headlines
    // may instead come from a list grouped too high (a page's columns under their headings), whose stories those find.
    if (isCalendar(list, withHeadline, reading) || isSchedule(withHeadline, ctx, base) || isComingList(withHeadline, ctx, base) || isCommentThread(withHeadline, ctx, base) || isThreadList(withHeadline, ctx, base) || isPeoplesPosts(withHeadline, ctx, base) || isEpisodeList(withHeadline, ctx, base) || isCaseList(withHeadline, ctx, base) || isDocumentLibrary(withHeadline, ctx, base)) {
      dropped.push(...withHeadline);
      continue;
    }
    if (isOneStory(withHeadline, ctx, base)) {
      for (const member of inChildOrder(list, members).slice(1)) repeats.add(member);
      continue;
    }
    // A list of stories written as runs of rows starts with its first story's first row (a <dl>'s <dt>), not a heading.
    const runs = withHeadline.some((b) => b.meta?.parentElement === list && isBefore(b.meta, b.element));
    const section = sectionOf(list, runs ? list.firstElementChild! : members[0]!);
    // A list's own heading row ("Top Stories · Updated 9:38 AM WAT") reads as a member whose headline is no link:
    // where the list's stories link to theirs, such a member is none (a print view's stories link nowhere at all).
    const linked = withHeadline.filter((b) => !isUnlinkedHeadline(b, ctx, base));
    for (const block of linked.length > 0 ? linked : withHeadline) blocks.push({ ...block, section });
    for (const element of untimedSiblings(list, members, withHeadline, ctx, base, reading)) blocks.push({ element, section });
  }
  // A lead story stands alone above the lists: it counts once lists were found beside it. So does a story of the
  // lists' own shape standing alone (a blog's day of one post).
  if (blocks.length >= MIN_BLOCKS) {
    const shaped = storiesOfListShape(unread, blocks, ctx, base);
    blocks.push(...shaped);
    blocks.push(...leadStories(lone.filter((el) => !shaped.some((b) => el.contains(b.element))), blocks, ctx, base));
  }
  // A mailing list's archive nests its threads' lists: its messages, taken together, are told by their subjects.
  if (isMailArchive(blocks, ctx, base)) return { blocks: [], dropped: [...dropped, ...blocks], repeats };
  return { blocks, dropped, repeats };
}

/**
 * Whether most items of a list have their machine-readable times ahead (a deadline's `<time datetime>` of the days to
 * come): a list of events, whatever date their words show ("Wed, May 13", which alone would read as last year's). Or
 * their days without a year fall in the weeks to come ("ʻOkakopa 17", "Nowemapa 7"): a sidebar's events.
 */
function isComingList(found: Block[], ctx: ParseContext, base: URL): boolean {
  const coming = found.filter((b) => {
    const view = viewOf({ element: b.meta ?? b.element, section: null }, ctx, base);
    const stamps = view.times.map((t) => t.getAttribute('datetime') ?? '').filter(Boolean);
    if (stamps.length > 0) return stamps.every((value) => isComingMachineTime(value, ctx.now));
    return view.pieces.some((p) => p.text.length <= DAY_LABEL_LENGTH && isDayAheadWithoutYear(p.text, ctx.now));
  });
  return coming.length * 2 > found.length;
}

/** Characters a day's label has at most ("ʻOkakopa 17", "Wed, Nov 7"). */
const DAY_LABEL_LENGTH = 24;

/** Whether a block's headline is text with no link in or around it (a heading of the list's own). */
function isUnlinkedHeadline(block: Block, ctx: ParseContext, base: URL): boolean {
  const title = titleOf(viewOf({ element: block.element, section: null }, ctx, base));
  return !!title && !title.url && !title.element.closest('a') && !title.element.querySelector('a');
}

/** How many wrappers, each around one element alone, a story of a list's shape may stand in (a day's posts' box). */
const ALONE_DEPTH = 3;

/**
 * Timed elements outside the lists that are, or wrap alone, an item of a shape the lists' stories have (a class names
 * it): a blog's day of one post ("div.date-posts" around its one "div.post-outer") beside days of several.
 */
function storiesOfListShape(candidates: Element[], found: Block[], ctx: ParseContext, base: URL): Block[] {
  if (candidates.length === 0) return [];
  const shapes = new Set(found.filter((b) => b.element.getAttribute('class')).map((b) => shapeOf(b.element)));
  const { take, overlaps } = takenBlocks();
  take(found);
  const stories: Block[] = [];
  for (const candidate of candidates) {
    let el: Element | null = candidate;
    for (let depth = 0; el && !shapes.has(shapeOf(el)) && depth < ALONE_DEPTH; depth++) el = el.childElementCount === 1 ? el.firstElementChild : null;
    if (!el || !shapes.has(shapeOf(el)) || overlaps(el) || titleOf(viewOf({ element: el, section: null }, ctx, base)) === null) continue;
    const story = { element: el, section: null };
    take([story]);
    stories.push(story);
  }
  return stories;
}

/** Whether a hidden member's story is another member's of its list (a carousel's clone of a slide), or it has none. */
function repeatsAMember(el: Element, members: Element[], ctx: ParseContext, base: URL): boolean {
  const url = titleOf(viewOf({ element: el, section: null }, ctx, base))?.url;
  if (!url) return true;
  return members.some((m) => m !== el && titleOf(viewOf({ element: m, section: null }, ctx, base))?.url === url);
}

/**
 * A reader's comment, as its class or id names it ("li.gz-komento", "div#comment-4417"), or its list's does: a link in
 * it is one the reader cites, not a lead story.
 */
function isCommentItem(el: Element): boolean {
  for (let e: Element | null = el, depth = 0; e && depth < COMMENT_LEVELS; e = e.parentElement, depth++) {
    if (COMMENT_MARK.test(e.getAttribute('class') ?? '') || COMMENT_MARK.test(e.id)) return true;
  }
  return false;
}

/**
 * A class or id that names one comment ("comment", "gz-komento", "comment-body", "comment-4417") or a list of them
 * ("comments"): not a story's that mentions its comments ("has-comments", "story-comments").
 */
const COMMENT_MARK =
  /(?:^|\s)(?:[\w]+[_-]+)?(?:comment|komento|kommentar|commentaire|comentario|comentário|commento|reactie)(?:[_-][\w-]*)?(?=$|\s)|(?:^|\s)(?:comments|komentoj|kommentare|commentaires|comentarios|comentários|commenti|reacties)(?=$|\s)/i;
/** The comment and its list: levels looked at. */
const COMMENT_LEVELS = 2;

/** Links a lead story's block holds at most (its headline, its picture, its source): more, and it is a whole column. */
const MAX_LEAD_LINKS = 3;

/** Whether a lead's block links to few enough targets to be one story (MAX_LEAD_LINKS), not a column. */
function linksFew(view: BlockView): boolean {
  return new Set(view.links.map((l) => l.url)).size <= MAX_LEAD_LINKS;
}

/**
 * A lead card whose time row stands under its headline beside a list of the story's related stories (each with its
 * outlet and its time, found as blocks of their own): the row alone was left of it, as its card holds their times too.
 * The card is the row's nearest ancestor that holds such stories, when it reads as one story of its own: its headline
 * outside them leads to a story, its time is the row's, and it links to little else.
 */
function leadAroundRow(row: Element, found: Block[], lone: Set<Element>, ctx: ParseContext, base: URL): Block | null {
  for (let el = row.parentElement, depth = 0; el && depth < LEAD_ROW_DEPTH; el = el.parentElement, depth++) {
    const card = el;
    // A story found already (the card itself, or one around it) is read as it was found.
    if (found.some((b) => b.element === card || b.element.contains(card))) return null;
    const nested = storiesInside(el, found);
    if (!nested) continue;
    for (const other of lone) if (other !== row && el.contains(other)) return null;
    const block: Block = { element: el, section: null, nested };
    const view = viewOf(block, ctx, base);
    const title = titleOf(view);
    if (!title?.url || !leadsToStory(title) || !leadsItsRelated(title, nested) || !view.timePiece || !row.contains(view.timePiece.element)) return null;
    return linksFew(view) ? block : null;
  }
  return null;
}

/**
 * Whether a lead's headline heads the stories found inside its card, as a story heads its few related ones (a section
 * of a whole list, its "All stories →" link after it, is no lead).
 */
function leadsItsRelated(title: TitleHit, nested: Element[] | undefined): boolean {
  return !nested || (nested.length <= MAX_RELATED_STORIES && isBefore(title.element, nested[0]!));
}

/** Related stories a lead card holds at most. */
const MAX_RELATED_STORIES = 6;

/** Wrappers between a lead's time row and its card (the row's list, the card's body). */
const LEAD_ROW_DEPTH = 3;

/** The elements of the stories found inside an element (not the element itself), or undefined when there are none. */
function storiesInside(el: Element, found: Block[]): Element[] | undefined {
  const inner: Element[] = [];
  for (const b of found) if (b.element !== el && el.contains(b.element)) inner.push(b.element);
  return inner.length > 0 ? inner : undefined;
}

/**
 * The lone timed blocks that are stories: a small block with a headline linking to an article (a lead card counts
 * even when a side list repeats its story: each place a reader sees it is a block of its own).
 */
function leadStories(lone: Element[], found: Block[], ctx: ParseContext, base: URL): Block[] {
  // A page of lists alone has no lead to tell from their stories.
  if (lone.length === 0) return [];
  const known = storyUrls(found, ctx, base);
  const out: Block[] = [];
  // Time rows with the headline in the element after them, by shape: cards that each hold a list of their own
  // (a story's "Updated 38 min ago" row, its headline, then the outlets that cover it) count when several repeat.
  const split = new Map<string, Block[]>();
  const loneSet = new Set(lone);
  for (const el of lone) {
    if (isHiddenCopy(el) || holdsPageHeadline(el, ctx) || isListing(el, ctx) || isCommentItem(el)) continue;
    // A lead card may hold its story's related stories, blocks of their own: it is read without them.
    const block: Block = { element: el, section: null, nested: storiesInside(el, found) };
    const view = viewOf(block, ctx, base);
    if (!linksFew(view)) continue;
    const title = titleOf(view);
    if (title?.url && leadsToStory(title) && leadsItsRelated(title, block.nested)) out.push(block);
    else if (!title) {
      const lead = leadAroundRow(el, found, loneSet, ctx, base);
      if (lead) {
        out.push(lead);
        continue;
      }
      const head = headlineAfter(el, loneSet, ctx, base);
      const url = head && titleOf(viewOf({ element: head, section: null }, ctx, base))?.url;
      if (head && url && !known.has(url)) split.set(shapeOf(el), [...(split.get(shapeOf(el)) ?? []), { element: head, section: null, meta: el }]);
    }
  }
  for (const heads of split.values()) if (heads.length >= MIN_BLOCKS) out.push(...heads);
  return out;
}

/**
 * The list's other items of the same shape as its timed stories that show no time themselves (a card whose source
 * gave none): each with a headline linking to an article's address.
 */
function untimedSiblings(list: Element, members: Element[], found: Block[], ctx: ParseContext, base: URL, reading: ListReading): Element[] {
  // Stories split in two rows keep their time in the second: their lists have no untimed stories to add.
  if (found.some((b) => b.meta)) return [];
  const shapes = new Set(found.map((b) => reading.shape(b.element)));
  const timed = new Set(members);
  const out: Element[] = [];
  for (let child = list.firstElementChild; child; child = child.nextElementSibling) {
    if (timed.has(child) || !shapes.has(reading.shape(child)) || isHiddenCopy(child) || holdsPageHeadline(child, ctx) || isListing(child, ctx, reading)) continue;
    if (leadsToStory(titleOf(viewOf({ element: child, section: null }, ctx, base))) && !isComing(child, ctx, base)) out.push(child);
  }
  return out;
}

/**
 * The headline just above a timed block that has none of its own, when a page splits each story in two: a link
 * aggregator's headline row, then its "3 hours ago by … | 12 comments" row; a heading, then its date line. The element
 * before the block must be a table row or a heading that holds a headline with a link and no time label, and little
 * else (a rank, a vote arrow, the site's name): a comment's text with a link in it, above the next comment's byline,
 * is no headline row.
 */
function headlineAbove(meta: Element, ctx: ParseContext, base: URL): Element | null {
  let head = meta.previousElementSibling;
  // A row without a link between the headline and the time row may stand for the story's lead or its source (h3,
  // p.lead, p.meta; a <dl>'s dt headline, dd source, dd date).
  if (head && !HEAD_ROW.test(head.tagName) && !head.querySelector('a[href], time') && HEAD_ROW.test(head.previousElementSibling?.tagName ?? '')) {
    head = head.previousElementSibling;
  }
  if (!head || !HEAD_ROW.test(head.tagName) || holdsPageHeadline(head, ctx) || isListing(head, ctx)) return null;
  const view = viewOf({ element: head, section: null }, ctx, base);
  if (view.timePiece || view.times.length > 0) return null;
  const title = titleOf(view);
  return title?.url && viewText(view, head).length <= title.title.length + HEAD_ROW_EXTRA ? head : null;
}

/**
 * The headline just after a timed element that has none, when a page writes each story as a run of sibling elements
 * with no element around it (a `<dl>`: the source's `<dt>`, then `<dd>`s for its time, its byline, its headline, its
 * text): the first of the next few siblings, before the next story's time, that holds a headline linking to a story
 * and little else, and no time of its own.
 */
function headlineAfter(meta: Element, members: Set<Element>, ctx: ParseContext, base: URL): Element | null {
  let sibling = meta.nextElementSibling;
  for (let n = 0; sibling && n < RUN_ROWS && !members.has(sibling); n++, sibling = sibling.nextElementSibling) {
    if (holdsPageHeadline(sibling, ctx) || isListing(sibling, ctx)) return null;
    const view = viewOf({ element: sibling, section: null }, ctx, base);
    if (view.timePiece || view.times.length > 0) return null;
    const title = titleOf(view);
    if (title?.url) return isHeadlineRow(sibling, title, view) ? sibling : null;
  }
  return null;
}

/**
 * Whether a run's row is its story's headline: the row is the headline (a comment's words before a link it quotes make
 * it a comment's body), or it holds the story's body with the headline in a heading of its own, after at most a short
 * line ("<dd><p>- Pravda</p><h3><a>…</a></h3><p>teaser…</p></dd>").
 */
function isHeadlineRow(row: Element, title: TitleHit, view: BlockView): boolean {
  const text = viewText(view, row);
  if (text.startsWith(title.title)) return text.length <= title.title.length + RUN_ROW_EXTRA;
  let line = title.element;
  while (line.parentElement && line.parentElement !== row) line = line.parentElement;
  const heading = line.parentElement === row && /^H[2-6]$/.test(line.tagName) ? viewText(view, line) : '';
  if (!heading.startsWith(title.title)) return false;
  const before = text.indexOf(heading);
  return before >= 0 && before <= RUN_ROW_LEAD;
}

/** Characters a run's body row may hold above its heading: an attribution ("- Hospodárske noviny"), a kicker. */
const RUN_ROW_LEAD = 40;

/** Whether a list's first time row has its headline after it and none above: the list's stories start with their time. */
function startsWithTimeRow(first: Element, members: Set<Element>, ctx: ParseContext, base: URL): boolean {
  return !headlineAbove(first, ctx, base) && !!headlineAfter(first, members, ctx, base);
}

/** Sibling elements a story written as a run has after its time, before its headline (a byline, a kicker). */
const RUN_ROWS = 3;
/** Characters a run's headline row may hold after its headline ("(3 min read)"). */
const RUN_ROW_EXTRA = 20;

/** What a story's headline part can be when its time sits in a later element: a table row, a heading, a term of a <dl>. */
const HEAD_ROW = /^(?:TR|H[2-6]|DT)$/;
/** Characters a headline row may hold besides its headline: a rank, vote arrows, "(github.com)". */
const HEAD_ROW_EXTRA = 60;

/** Blocks past which one walk numbering the page's elements is cheaper than comparing positions n·log n times. */
const SORT_BY_WALK = 256;

export function inDocumentOrder(blocks: Block[]): Block[] {
  const doc = blocks[0]?.element.ownerDocument;
  const order = blocks.length >= SORT_BY_WALK && doc ? documentOrder(doc, blocks) : null;
  if (order) return blocks.sort((a, b) => order.get(a.element)! - order.get(b.element)!);
  return blocks.sort((a, b) => (isBefore(a.element, b.element) ? -1 : 1));
}

/**
 * Each block element's position in the page, from one walk over its elements; null when the positions would not
 * order the blocks as comparing them does (an element twice, or one outside the document).
 */
function documentOrder(doc: Document, blocks: Block[]): Map<Element, number> | null {
  const wanted = new Set(blocks.map((b) => b.element));
  if (wanted.size !== blocks.length) return null;
  const order = new Map<Element, number>();
  const walker = doc.createTreeWalker(doc, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n = 0, node = walker.nextNode(); node && order.size < wanted.size; node = walker.nextNode(), n++) {
    if (wanted.has(node as Element)) order.set(node as Element, n);
  }
  return order.size === wanted.size ? order : null;
}

export const generic: Adapter = {
  id: 'generic',
  label: 'Generic detector',
  hosts: [],
  matches: [],
  examples: [],
  // Recommendation widgets (Outbrain, Taboola) sit on any publisher's page: their items join the generic blocks.
  blocks: (doc, ctx, scope) => withWidgetBlocks(genericBlocks(doc, ctx, scope), doc, ctx),
  *blockSteps(doc, ctx) {
    return withWidgetBlocks(yield* genericBlockSteps(doc, ctx), doc, ctx);
  },
  refine: refineWidgetArticle,
  refinesLazily: true,
};
