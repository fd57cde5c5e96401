/** What the field rules read from one block: its text pieces, links and time label, computed once. */
import type { Block, ParseContext } from '../types';
import { collapse, isSkippedTag, textOf, wordCount, type Piece } from '../text';
import { resolveUrl } from '../url';
import { parseRelative, timePartOf, type TimeOptions } from '../time';
import { isHeadingTag, listOf, queryOnce } from '../dom';
import { askedMoreThan, currentParse, FEW_BLOCKS, pageFact } from '../memo';
import { namesLinkedHost } from './host-name';
import { isDurationBadge } from './duration';
import { attributionName } from './labels';
import type { TitleHit } from './title';

export interface BlockLink {
  element: Element;
  url: string;
  /** True for the link around the block (the block sits inside it), false for links inside the block. */
  encloses: boolean;
  /**
   * Whether the link holds block-level lines (div, p, h1–h6, li): read in the block's walk, or null when the walk could
   * not see all of the link (a skipped subtree inside it, or the enclosing link) and a query must answer.
   */
  holdsLines: boolean | null;
}

export interface BlockView extends Block {
  ctx: ParseContext;
  base: URL;
  pieces: Piece[];
  /** Links of the block with a usable http(s) target; the block's enclosing link first, when it sits inside one. */
  links: BlockLink[];
  /** The first piece that reads as a time (or holds one, as "Reuters · 5 hours ago" does), if any. */
  timePiece: Piece | null;
  /** The words of timePiece that read as a time: all of its text, or its time part. */
  timeText: string | null;
  /** Headings (h1–h6, role=heading), images and <time datetime> elements (custom ones too) of the block (see also dataTimedOf). */
  headings: Element[];
  images: Element[];
  times: Element[];
  /** Answers computed from the view, shared by every copy of it (see viewOf). */
  memo: ViewMemo;
}

interface ViewMemo {
  /** The parse the answers belong to: a view kept across parses (a page read in slices) answers afresh in each. */
  parse: object | null;
  /** textOf of elements of the block, as the rules ask for them. */
  texts?: Map<Element, string>;
  /** isStoryLink of each link, as the rules ask for it. */
  story?: Map<Element, boolean>;
  /** titleOf(view): the detector and the field rules both ask. */
  title?: TitleHit | null;
  /** dataTimedOf(view), once asked for. */
  dataTimed?: Element[];
  /** The source rule's marked element (class, itemprop, data-source) at or above elements of the block. */
  marked?: Map<Element, Element | null>;
}

/** Attributes in which sites put a story's timestamp. */
export const DATA_TIME_ATTRS = new Set(['data-timestamp', 'data-time', 'data-date', 'data-published', 'data-publishtime', 'data-utime', 'data-epoch', 'data-unix', 'data-ts', 'd-time']);

const DATA_TIMED = [...DATA_TIME_ATTRS].map((a) => `[${a}]`).join(', ');

/**
 * The block's elements with a data-* timestamp, in document order (the block itself first), as the walk would meet
 * them. Only blocks without a usable <time> are asked about, so the query is made then rather than in every walk.
 */
export function dataTimedOf(view: BlockView): Element[] {
  return (view.memo.dataTimed ??= pageHasDataTimes(view.element.ownerDocument, view.ctx) ? dataTimedIn(view.element) : []);
}

// Whether the document has any timestamp attribute at all, asked once per parse: most pages have none. One query per
// attribute: a single attribute selector is a fast native scan, a list of six is many times slower.
const dataTimesIn = new WeakMap<object, { doc: Document; value: boolean }>();

function pageHasDataTimes(doc: Document, ctx: ParseContext): boolean {
  return pageFact(dataTimesIn, ctx, doc, (d) => [...DATA_TIME_ATTRS].some((a) => d.querySelector(`[${a}]`) !== null));
}

/**
 * Records whether the document has a timestamp attribute, for a caller that has searched all of it already (the
 * generic detector's search for time labels): the views of the parse then need not search it again.
 */
export function noteDataTimes(doc: Document, ctx: ParseContext, found: boolean): void {
  dataTimesIn.set(currentParse() ?? ctx, { doc, value: found });
}

function dataTimedIn(root: Element): Element[] {
  const found = root.matches(DATA_TIMED) ? [root] : [];
  for (const el of listOf(root.querySelectorAll(DATA_TIMED))) if (!inSkippedSubtree(el, root)) found.push(el);
  return found;
}

/** Whether the walk passes the element by: it is, or sits in, a script, style, svg… below the root. */
export function inSkippedSubtree(el: Element, root: Element): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (isSkippedTag(e.tagName)) return true;
  return false;
}

// The document's role="heading" elements, found once per parse with one native query: asking every element of every
// block for its role would cost more than the rest of the walk's element checks together. Filtered on the attribute's
// exact value, as the walk used to read it, whatever a DOM's selector engine makes of its case.
const roleHeadingsIn = new WeakMap<object, { doc: Document; value: Set<Element> }>();

function roleHeadingsOf(doc: Document, ctx: ParseContext): Set<Element> {
  return pageFact(roleHeadingsIn, ctx, doc, (d) => new Set(queryOnce(d, '[role="heading"]').filter((el) => el.getAttribute('role') === 'heading')));
}

// Views built in this parse: the first few ask each element for its role instead (a live update's handful of blocks
// costs less than the search of a large page).
const viewsBuilt = new WeakMap<object, number>();

/** Whether an element of a block has role="heading": by the page's set of them, or for the first few views by asking. */
function roleHeadingTest(doc: Document, ctx: ParseContext): ((el: Element) => boolean) | null {
  if (!askedMoreThan(viewsBuilt, ctx, FEW_BLOCKS)) return (el) => el.getAttribute('role') === 'heading';
  const set = roleHeadingsOf(doc, ctx);
  return set.size ? (el) => set.has(el) : null;
}

// One view per block per parse: the detector and the field rules share it.
const cache = new WeakMap<ParseContext, WeakMap<Element, BlockView>>();

export function viewOf(block: Block, ctx: ParseContext, base: URL): BlockView {
  let views = cache.get(ctx);
  if (!views) cache.set(ctx, (views = new WeakMap()));
  const cached = views.get(block.element);
  if (cached && cached.nested === block.nested) {
    freshen(cached.memo);
    return cached.section === block.section && cached.meta === block.meta ? cached : { ...cached, section: block.section, meta: block.meta };
  }
  const view = buildView(block, ctx, base);
  views.set(block.element, view);
  return view;
}

/** The view of an element already built in this parse, if any (nothing is built). */
export function cachedView(element: Element, ctx: ParseContext): BlockView | undefined {
  const view = cache.get(ctx)?.get(element);
  if (view) freshen(view.memo);
  return view;
}

/** Forgets a view's answers from an earlier parse: the page may have changed since. */
function freshen(memo: ViewMemo): void {
  const parse = currentParse();
  if (memo.parse === parse) return;
  memo.parse = parse;
  memo.texts = undefined;
  memo.story = undefined;
  memo.title = undefined;
  memo.dataTimed = undefined;
  memo.marked = undefined;
}

/** textOf(el) for an element of the view's block, computed once per view. */
export function viewText(view: BlockView, el: Element): string {
  const texts = (view.memo.texts ??= new Map());
  let text = texts.get(el);
  if (text === undefined) texts.set(el, (text = textOf(el)));
  return text;
}

/** The time parts read in a parse, by text, and the options they were read under. */
interface TimeParts {
  now: Date;
  nowMs: number;
  zoneOffsetMinutes: number | undefined;
  timeZone: string | undefined;
  dayFirst: boolean | undefined;
  parts: Map<string, string | null>;
}

const timePartsOf = new WeakMap<ParseContext, TimeParts>();

/**
 * timePartOf(text, ctx.now, ctx.times), remembered for the parse: the detector's walk over the page's texts and the
 * views of its blocks ask about the same texts, and a page repeats its labels ("5 hours ago", a publisher's name). The
 * answers are let go when the options change (the detector may learn the page's zone after its first walk).
 */
export function timePartIn(text: string, ctx: ParseContext): string | null {
  const times: TimeOptions | undefined = ctx.times;
  let memo = timePartsOf.get(ctx);
  if (
    !memo || memo.now !== ctx.now || memo.nowMs !== ctx.now.getTime() || memo.zoneOffsetMinutes !== times?.zoneOffsetMinutes ||
    memo.timeZone !== times?.timeZone || memo.dayFirst !== times?.dayFirst
  ) {
    memo = { now: ctx.now, nowMs: ctx.now.getTime(), zoneOffsetMinutes: times?.zoneOffsetMinutes, timeZone: times?.timeZone, dayFirst: times?.dayFirst, parts: new Map() };
    timePartsOf.set(ctx, memo);
  }
  let part = memo.parts.get(text);
  if (part === undefined) memo.parts.set(text, (part = timePartOf(text, ctx.now, times)));
  return part;
}

/** A clock time alone: "1:12", "14:32", "0:45:10". */
const BARE_CLOCK = /^\d{1,2}:\d{2}(?::\d{2})?$/;
/** A numeric date without its clock time, perhaps after a word or two ("Publicado el 12/05/2026", "2026-05-12"). */
const NUMERIC_DAY = /^(?:\p{L}+\s+){0,2}(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})$/u;
/** Pieces after such a date where a relative time may follow it. */
const DAY_THEN_AGO = 3;
/** Two numbers that read as a day and month without a year, or as a count of pages ("01/10", "3/12"). */
const NUMBER_PAIR = /^\d{1,2}\/\d{1,2}$/;
/** Words more than a date's own that make a text one with a date inside (a headline), not a time label. */
const WORDS_AROUND_A_DATE = 3;

/** Elements that make a link a card of lines rather than a headline (the selector the rules ask about). */
const LINE_TAGS = new Set(['div', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);
export const LINES = 'div, p, h1, h2, h3, h4, h5, h6, li';

/** Whether the link holds block-level lines: from the walk when it saw the whole link, else by query. */
export function holdsLines(link: BlockLink): boolean {
  return link.holdsLines ?? !!link.element.querySelector(LINES);
}

interface OpenAnchor {
  element: Element;
  /** Whether a line element was seen inside it; null once a skipped subtree hid part of it from the walk. */
  lines: boolean | null;
}

/**
 * One walk over the block gathers everything the field rules read: the text pieces (as piecesOf), links, headings,
 * images and times.
 */
// The walk's working stacks, reused from block to block (a page has hundreds of blocks; the walk never nests).
const openStack: Element[] = [];
const ownStack: string[] = [];
const anchorStack: OpenAnchor[] = [];
const anchorList: OpenAnchor[] = [];

function buildView(block: Block, ctx: ParseContext, base: URL): BlockView {
  const root = block.element;
  const anchors = anchorList;
  anchors.length = 0;
  const headings: Element[] = [];
  const images: Element[] = [];
  // A block that is itself a <time> (a story's time row that is its own cell beside the headline) holds its datetime.
  const times: Element[] = root.tagName === 'TIME' && root.hasAttribute('datetime') ? [root] : [];
  const pieces: Piece[] = [];
  const isRoleHeading = roleHeadingTest(root.ownerDocument, ctx);
  const nested = block.nested;
  // The elements open on the way down, the text each has gathered since its last child element, and the anchors open.
  const open = openStack;
  const own = ownStack;
  const openAnchors = anchorStack;
  open.length = 0;
  own.length = 0;
  openAnchors.length = 0;
  open.push(root);
  own.push('');
  const flush = (): void => {
    const i = own.length - 1;
    const raw = own[i]!;
    if (!raw) return;
    const text = collapse(raw);
    if (text) pieces.push({ text, element: open[i]! });
    own[i] = '';
  };
  let node: Node | null = root.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === 3) {
      own[own.length - 1] += node.nodeValue ?? '';
    } else if (type === 1) {
      const el = node as Element;
      const tag = el.tagName;
      if (isSkippedTag(tag)) {
        // Not walked: a query must say whether an open link holds lines in here.
        for (const a of openAnchors) if (a.lines === false) a.lines = null;
      } else if (nested?.includes(el)) {
        // A story of its own inside the block: none of its words are the block's.
        flush();
      } else {
        flush();
        if (openAnchors.length && LINE_TAGS.has(el.localName)) for (const a of openAnchors) a.lines = true;
        let anchor: OpenAnchor | null = null;
        if (tag === 'A') {
          if (el.hasAttribute('href')) anchors.push((anchor = { element: el, lines: false }));
        } else if (tag === 'IMG') images.push(el);
        else if (tag === 'TIME' || (tag.includes('-') && !tag.startsWith('SVG'))) {
          // A <time>, or a custom element that carries a datetime of its own (<time-ago datetime="…">).
          if (el.hasAttribute('datetime')) times.push(el);
        } else if (isHeadingTag(tag) || (isRoleHeading && isRoleHeading(el))) headings.push(el);
        const first = el.firstChild;
        if (first) {
          open.push(el);
          own.push('');
          // An anchor on the stack stands for its open subtree; a childless one holds nothing.
          if (anchor) openAnchors.push(anchor);
          node = first;
          continue;
        }
      }
    }
    // Up to the next sibling, closing the elements whose subtrees are done.
    let next: Node | null = node.nextSibling;
    while (!next) {
      node = node!.parentNode;
      if (!node || node === root) break;
      flush();
      open.pop();
      own.pop();
      if (openAnchors.length && openAnchors[openAnchors.length - 1]!.element === node) openAnchors.pop();
      next = node.nextSibling;
    }
    node = next;
  }
  flush();
  const links: BlockLink[] = [];
  const enclosing = root.closest('a[href]');
  if (enclosing) {
    const url = resolveUrl(enclosing.getAttribute('href'), base);
    if (url) links.push({ element: enclosing, url, encloses: true, holdsLines: null });
  }
  for (const a of anchors) {
    const url = resolveUrl(a.element.getAttribute('href'), base);
    if (url) links.push({ element: a.element, url, encloses: false, holdsLines: a.lines });
  }
  // Hold on to no element of this page once its view is made.
  open.length = 0;
  anchors.length = 0;
  let timePiece: Piece | null = null;
  let timeText: string | null = null;
  let credited: Set<string> | undefined;
  // Pieces looked at since a numeric date without its clock time was taken ("Publicado el 12/05/2026"): a relative time
  // right after it ("hace 2 horas") says the hour.
  let sinceDay = -1;
  for (const p of pieces) {
    if (sinceDay >= 0 && ++sinceDay > DAY_THEN_AGO) break;
    const text = timePartIn(p.text, ctx) ?? spokenTime(p, ctx) ?? placeholderSentence(p.element, ctx)?.time ?? null;
    if (!text || namesLinkedHost(text, links)) continue;
    if (sinceDay >= 0) {
      if (parseRelative(text, ctx.now)) {
        timePiece = p;
        timeText = text;
      }
      break;
    }
    // An outlet named like a time ("Danas", today; "15min") that the block credits as its source ("- Danas") is none.
    if (text === p.text && (credited ??= creditedNames(pieces)).has(text.toLowerCase())) continue;
    const clock = BARE_CLOCK.test(text);
    // A clock time or a count of minutes the page marks as a clip's length ("<span class=dur>1:48</span>", "<span
    // class=Areena_duration>15 min</span>") is none.
    if (isDurationBadge(p.element, text)) continue;
    // A bare clock time ("1:12") may be a video's length on its thumbnail, and two numbers ("01/10") a web story's page
    // counter: a later time label ("35m ago") wins.
    // So does a date inside a longer text, a headline's ("The Hottest New Restaurants in NYC, May 2026").
    // And a Hijri date ("الأربعاء 3 ذو الحجة 1447هـ"): the Gregorian date and clock time a Saudi page writes after it say
    // the hour.
    const bare = clock || NUMBER_PAIR.test(text) || (text !== p.text && wordCount(p.text) > wordCount(text) + WORDS_AROUND_A_DATE) || text.includes('هـ');
    if (!timePiece || !bare) {
      timePiece = p;
      timeText = text;
    }
    if (bare) continue;
    if (!NUMERIC_DAY.test(text)) break;
    sinceDay = 0;
  }
  const memo: ViewMemo = { parse: currentParse() };
  return { ...block, ctx, base, pieces, links, timePiece, timeText, headings, images, times, memo };
}

/**
 * A short label whose words for screen readers say it whole ("8 分" with aria-label="8 分前", 8 minutes ago): the label
 * read as they say it.
 */
function spokenTime(p: Piece, ctx: ParseContext): string | null {
  if (p.text.length > SHORT_TIME || !/\d/.test(p.text)) return null;
  const label = p.element.getAttribute('aria-label');
  return label && label !== p.text && label.startsWith(p.text) && timePartIn(label, ctx) === label ? label : null;
}

/** Characters a shortened time label holds at most ("23 分", "3 hrs"). */
const SHORT_TIME = 12;

/**
 * The sentence a Drupal placeholder stands in, when it reads as a time: Drupal writes an age's count and unit as a
 * placeholder of its translated sentence ("<em class="placeholder">12 minit</em> bifo", "vor <em
 * class="placeholder">3 Stunden</em>"). Its element and its words, else null.
 */
export function placeholderSentence(el: Element, ctx: ParseContext): { element: Element; text: string; time: string } | null {
  const sentence = el.parentElement;
  if (!sentence || !el.matches(PLACEHOLDER)) return null;
  const text = collapse(sentence.textContent ?? '');
  const time = text.length <= PLACEHOLDER_SENTENCE ? timePartIn(text, ctx) : null;
  return time ? { element: sentence, text, time } : null;
}

const PLACEHOLDER = 'em.placeholder';
/** Characters such a sentence holds at most as a time. */
const PLACEHOLDER_SENTENCE = 40;

/** The names a block's attribution lines credit ("- Danas", "via 15min"), in lower case. */
function creditedNames(pieces: Piece[]): Set<string> {
  const names = new Set<string>();
  for (const p of pieces) {
    const name = attributionName(p.text);
    if (name) names.add(name.toLowerCase());
  }
  return names;
}

/** The link that holds an element (itself, an ancestor inside or around the block, or the block's only link). */
export function linkFor(view: BlockView, el: Element): BlockLink | null {
  const anchor = el.closest('a[href]');
  if (anchor) {
    const hit = view.links.find((l) => l.element === anchor);
    if (hit) return hit;
  }
  return view.links.find((l) => el.contains(l.element)) ?? null;
}
