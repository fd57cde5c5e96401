/** Time rules, first good value wins: machine-readable attributes, then the visible time text. */
import type { ArticleTime } from '../types';
import { parseMachineTime, parseRelative, parseTimeText, type TimeOptions, type TimeReading } from '../time';
import { collapse } from '../text';
import { listOf, queryOnce } from '../dom';
import { pageFact } from '../memo';
import { isoText } from '../iso-text';
import { DATA_TIME_ATTRS, dataTimedOf, timePartIn, viewOf, type BlockView } from './view';
import type { Piece } from '../text';

export interface TimeHit {
  time: ArticleTime;
  publishedAt: string | null;
}


/** The time fields of an article from a reading of its label. */
export function timeHit(text: string | null, from: ArticleTime['from'], r: TimeReading): TimeHit {
  return { publishedAt: isoText(r.publishedAt), time: { text, from, earliest: isoText(r.earliest), latest: isoText(r.latest) } };
}

type Rule = (view: BlockView, options: TimeOptions) => TimeHit | null;

const fromTimeElement: Rule = (view, options) => {
  for (const el of publishedFirst(view.times)) {
    const value = el.getAttribute('datetime') ?? '';
    const r = parseMachineTime(value, view.ctx.now, options);
    if (!r) continue;
    const text = collapse(el.textContent ?? '') || null;
    return finerLabel(value, r, text, view, options) ?? timeHit(text, 'attribute', r);
  }
  return null;
};

/**
 * A block's time elements, those that say when the story was published before those that say when it was last edited
 * (WordPress themes write both: "<time class="entry-date updated">", "<time class="entry-date published">").
 */
function publishedFirst(times: Element[]): Element[] {
  if (times.length < 2) return times;
  const edited = times.filter((el) => EDITED.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''}`));
  return edited.length === 0 || edited.length === times.length ? times : [...times.filter((el) => !edited.includes(el)), ...edited];
}

/** The marks of an edit's time: hAtom's "updated", schema.org's "dateModified", a theme's "modified". */
const EDITED = /(?:^|[\s_-])(?:updated|modified|datemodified|last-modified)(?:$|[\s_-])/i;

/**
 * A date alone ("2026-01-22") says the day; the label it sits on may say the hour ("40 minit yang lepas", "há 12 min",
 * "09:14"): that label's reading, when it says the hour and falls within a day of the date.
 */
function finerLabel(value: string, r: TimeReading, text: string | null, view: BlockView, options: TimeOptions): TimeHit | null {
  if (!text || !DATE_ALONE.test(value.trim()) || !(CLOCK.test(text) || parseRelative(text, view.ctx.now))) return null;
  const finer = parseTimeText(text, view.ctx.now, options);
  if (!finer || finer.latest.getTime() - finer.earliest.getTime() > HOURS_KNOWN || Math.abs(finer.publishedAt.getTime() - r.publishedAt.getTime()) > DAY) return null;
  return timeHit(text, 'text', finer);
}

/** A machine value that names a day and no time of it. */
const DATE_ALONE = /^\d{4}-\d{2}-\d{2}$/;
const DAY = 24 * 60 * 60_000;
/** The widest range a label that says the hour allows ("5 hours ago": one hour). */
const HOURS_KNOWN = 60 * 60_000;

const fromDataAttribute: Rule = (view, options) => {
  for (const el of dataTimedOf(view)) {
    for (const attr of DATA_TIME_ATTRS) {
      const value = el.getAttribute(attr);
      const r = value ? parseMachineTime(value, view.ctx.now, options) : null;
      if (!value || !r) continue;
      return attributeHit(el, value, r, view, options);
    }
  }
  return null;
};

/**
 * A publication date the page marks up for machines in a `content` attribute: microdata's datePublished, RDFa's
 * dc:date or xsd:dateTime (Drupal's "<span property="dc:date" datatype="xsd:dateTime" content="2026-04-21T20:40:00-04:00">").
 */
const MARKED_CONTENT = '[itemprop="datePublished"], [itemprop="dateCreated"], [property="dc:date"], [datatype="xsd:dateTime"]';

// The document's elements so marked, found once per parse from its few elements with a content attribute (one attribute
// query; a list of attribute selectors is a scan of every element each): most pages have none.
const markedContentIn = new WeakMap<object, { doc: Document; value: Element[] }>();

const fromMarkedContent: Rule = (view, options) => {
  const marked = pageFact(markedContentIn, view.ctx, view.element.ownerDocument, (d) => queryOnce(d, '[content]').filter((el) => el.matches(MARKED_CONTENT)));
  const el = marked.find((m) => view.element.contains(m));
  const value = el?.getAttribute('content') ?? '';
  const r = value ? parseMachineTime(value, view.ctx.now, options) : null;
  return el && r ? attributeHit(el, value, r, view, options) : null;
};

/** The time an element's attribute gives, or the finer one its label says (see finerLabel). */
function attributeHit(el: Element, value: string, r: TimeReading, view: BlockView, options: TimeOptions): TimeHit {
  const text = collapse(el.textContent ?? '').slice(0, 48) || null;
  return finerLabel(value, r, text, view, options) ?? timeHit(text, 'attribute', r);
}

/** An ISO time with its offset or Z at the end ("2013-05-13T23:10:00+02:00"). */
const WRITTEN_ZONE = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** The value of an element's data attribute, whatever its name, that is an ISO 8601 date and time. */
function isoDataAttribute(el: Element): string | null {
  for (const attr of listOf(el.attributes)) if (attr.name.startsWith('data-') && ISO_DATE_TIME.test(attr.value)) return attr.value;
  return null;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The visible time label, with a machine-readable `title` on it or its parent (or an ISO data attribute on it). */
const fromText: Rule = (view, options) => {
  const piece = view.timePiece;
  const text = view.timeText;
  if (!piece || !text) return null;
  const shown = parseTimeText(text, view.ctx.now, options);
  for (const el of [piece.element, piece.element.parentElement]) {
    // A tooltip of several lines ("Published: …", then "Received: …") gives its first; Ext JS writes its own tooltips
    // in data-qtip.
    const title = (el?.getAttribute('title') ?? el?.getAttribute('data-qtip'))?.split('\n')[0];
    const r = title ? parseMachineTime(title, view.ctx.now, options) : null;
    // A tooltip that names its offset is exact; a zone-less one is the reader's wall clock (see agreeing).
    if (r) return timeHit(text, 'attribute', WRITTEN_ZONE.test(title!.trim()) ? r : agreeing(r, shown));
  }
  // A timestamp a framework binds to the label in a data attribute of its own naming ("data-publisert").
  const stamp = isoDataAttribute(piece.element);
  const stamped = stamp ? parseMachineTime(stamp, view.ctx.now, options) : null;
  if (stamped) return timeHit(text, 'attribute', agreeing(stamped, shown));
  // "Mon December 7<sup>th</sup>, 2026 <small>at</small> 2:48 PM": a date that markup splits, read whole where the
  // whole says more (its clock time).
  const split = shown ? splitLabel(piece, text) : null;
  const whole = split ? parseTimeText(split, view.ctx.now, options) : null;
  if (whole && spanOf(whole) < spanOf(shown!)) return timeHit(split!, 'text', whole);
  // "June 9, 2025 • 5:12 PM ET": a date, then its clock time in a label of its own.
  const clock = shown && !CLOCK.test(text) ? clockAfter(view, piece) : null;
  const dated = clock ? parseTimeText(`${text} ${clock}`, view.ctx.now, options) : null;
  if (dated) return timeHit(`${text} ${clock}`, 'text', dated);
  // "07:41 pm on 13 Aug 2026, Thursday": a clock time, then its date in a label of its own.
  const day = shown && CLOCK_ALONE.test(text) ? dateAfter(view, piece) : null;
  // The date must read as one alone: an outlet's name with a digit after the clock ("1:05 PM", then "9to5Mac") is none.
  const timed = day && parseTimeText(day, view.ctx.now, options) ? parseTimeText(`${day} ${text}`, view.ctx.now, options) : null;
  if (timed) return timeHit(`${text} on ${day}`, 'text', timed);
  return shown ? timeHit(text, 'text', shown) : null;
};

/** Characters a label split by markup holds at most, read whole. */
const SPLIT_LABEL_LENGTH = 48;

/** The whole text of the element a label's first part opens, when markup splits it and it is short; else null. */
function splitLabel(piece: Piece, text: string): string | null {
  const el = piece.element;
  if (el.childElementCount === 0) return null;
  const whole = collapse(el.textContent ?? '');
  return whole !== text && whole.startsWith(text) && whole.length <= SPLIT_LABEL_LENGTH ? whole : null;
}

const spanOf = (r: TimeReading): number => r.latest.getTime() - r.earliest.getTime();

/** A clock time inside a label ("5:12 PM", "14h05", "9e45", "19.42 Uhr"); not a dotted date's day and month ("08.03.2026"). */
const CLOCK = /\d{1,2}[:he]\d{2}|\d{1,2}\.\d{2}(?![.\d])/;
/** A clock time alone, perhaps with its half of the day and its zone: "5:12 PM ET", "14:05", "9.30am", "09:05 ص". */
const CLOCK_ALONE = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|ص|م|صباحًا|صباحا|مساءً|مساء)?(?:\s*[A-Z]{1,4})?$/i;

/** The clock time in the next label after the date's, in the same line, past separators ("•", "|"). */
function clockAfter(view: BlockView, piece: Piece): string | null {
  const next = nextInLine(view, piece, SEPARATOR);
  return next && CLOCK_ALONE.test(next) ? next : null;
}

/** The date in the next label after a clock time's, in the same line, past separators and "on" ("· on 13 Aug 2026"). */
function dateAfter(view: BlockView, piece: Piece): string | null {
  const date = nextInLine(view, piece, SEPARATOR_OR_ON)?.replace(WEEKDAY_AFTER, '');
  return date && !CLOCK.test(date) && /\d/.test(date) && date.length <= DATE_LABEL_LENGTH ? date : null;
}

/** The text of the next piece after one in the same line (its parent), past the pieces `skip` matches; else null. */
function nextInLine(view: BlockView, piece: Piece, skip: RegExp): string | null {
  const line = piece.element.parentElement;
  for (let i = view.pieces.indexOf(piece) + 1; i < view.pieces.length; i++) {
    const next = view.pieces[i]!;
    if (!line?.contains(next.element)) return null;
    if (!skip.test(next.text)) return next.text;
  }
  return null;
}

const SEPARATOR = /^[•·|,–—-]$/;
const SEPARATOR_OR_ON = /^(?:[•·|,–—-]|on)$/i;

/** A weekday after a date ("13 Aug 2026, Thursday"), which the date says already. */
const WEEKDAY_AFTER = /,\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
/** Characters a date's label has at most ("13 Aug 2026, Thursday"). */
const DATE_LABEL_LENGTH = 32;

/**
 * A tooltip's time written as the reader's wall clock without a zone ("Published: Thu, Jun 12, 2025, 9:43 AM") lies
 * whole hours off the label it explains ("4m"): moved by the fewest whole hours (or half or quarter hours, as some
 * zones are) into the label's range, it is the exact time. A tooltip within a label's span of it is taken as it is (a
 * "7h" label rounds); one that no such move reconciles leaves the label to stand.
 */
function agreeing(tooltip: TimeReading, shown: TimeReading | null): TimeReading {
  if (!shown) return tooltip;
  const at = tooltip.publishedAt.getTime();
  const [earliest, latest] = [shown.earliest.getTime(), shown.latest.getTime()];
  const span = Math.max(latest - earliest, 5 * MINUTE);
  if (at >= earliest - span && at <= latest + span) return tooltip;
  const [from, to] = [earliest - 5 * MINUTE, latest + 5 * MINUTE];
  for (const unit of [60 * MINUTE, 30 * MINUTE, 15 * MINUTE]) {
    const lo = Math.ceil((from - at) / unit);
    const hi = Math.floor((to - at) / unit);
    if (lo > hi) continue;
    const k = lo > 0 ? lo : hi < 0 ? hi : 0;
    const moved = at + k * unit;
    if (Math.abs(k * unit) <= 14 * 60 * MINUTE) return { publishedAt: new Date(moved), earliest: new Date(moved), latest: new Date(moved) };
  }
  return shown;
}

const MINUTE = 60_000;

/**
 * A time shown only as an icon's tooltip (a clock icon with `title="10/03/2026 09:15"`): an element that shows no text,
 * whose title or label is a time and nothing else; or an hAtom abbreviation's machine-readable title. Last, for blocks
 * that show no time in words the rules read.
 */
const fromTooltip: Rule = (view, options) => {
  for (const el of listOf(view.element.querySelectorAll(TOOLTIPPED))) {
    // hAtom's date: an abbreviation whose title holds the machine-readable time (<abbr class="published"
    // title="2026-04-22T09:15:00+05:30">…</abbr>), whatever words it shows.
    const stamp = el.tagName === 'ABBR' ? parseMachineTime(el.getAttribute('title') ?? '', view.ctx.now, options) : null;
    if (stamp) return timeHit(collapse(el.textContent ?? '') || null, 'attribute', stamp);
    if (el.firstChild && (el.textContent ?? '').trim()) continue;
    for (const attr of TOOLTIP_ATTRS) {
      const label = collapse(el.getAttribute(attr) ?? '');
      if (!label || label.length > TOOLTIP_MAX || timePartIn(label, view.ctx) !== label) continue;
      const r = parseTimeText(label, view.ctx.now, options);
      if (r) return timeHit(label, 'attribute', r);
    }
  }
  return null;
};

const TOOLTIP_ATTRS = ['title', 'aria-label', 'data-bs-original-title', 'data-original-title', 'data-tooltip', 'data-qtip'] as const;
const TOOLTIPPED = TOOLTIP_ATTRS.map((a) => `[${a}]`).join(', ');
/** Characters a tooltip's time holds at most ("Tuesday, 10 March 2026, 09:15 GMT-3"). */
const TOOLTIP_MAX = 48;

const RULES: Rule[] = [fromTimeElement, fromDataAttribute, fromMarkedContent, fromText, fromTooltip];

export const NO_TIME: TimeHit = { publishedAt: null, time: { text: null, from: null, earliest: null, latest: null } };

/** The block's time, or its meta row's (see Block.meta) when the block itself shows none. */
export function timeOf(view: BlockView, options: TimeOptions = {}): TimeHit {
  const found = timeIn(view, options);
  if (found || !view.meta) return found ?? NO_TIME;
  return timeIn(viewOf({ element: view.meta, section: null }, view.ctx, view.base), options) ?? NO_TIME;
}

function timeIn(view: BlockView, options: TimeOptions): TimeHit | null {
  for (const rule of RULES) {
    const found = rule(view, options);
    if (found) return found;
  }
  return null;
}
