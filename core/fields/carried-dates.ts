/**
 * Lists of stories that write the day once for several clock times: a table whose first row of each day shows the day
 * ("Nov-14-25 09:32AM", then "08:15AM", "07:48AM"), a river under day headings ("Wednesday, March 12, 2025", then rows
 * of "7:45 PM"). A story that shows a clock time alone takes the day written nearest above it: in an earlier row of
 * its list, or in a heading before the list. Read on its own, such a clock time could only be taken for the last time
 * the clock showed it.
 */
import type { Article } from '../types';
import { parseTimeText, type TimeOptions } from '../time';
import { collapse } from '../text';
import { isHeadingTag } from '../dom';
import { englishDateText } from '../date-words';
import { timeHit } from './time';

/** A clock time alone, perhaps to the second and with its half of the day: "08:15AM", "7:48 pm", "14.05", "08:05:41". */
const CLOCK_ONLY = /^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$/i;
/** The clock time at the end of a row's day and time ("Nov-13-25 07:22PM"). */
const CLOCK_AT_END = /\s+\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$/i;
/** The separators between the parts of a day's heading ("Yesterday · Monday 27 April"). */
const HEADING_PARTS = /\s+[·•|–—]\s+/;
/** Elements passed on the way up from a story to the day above it, at most. */
const MAX_STEPS = 64;
/** Levels climbed from a story's block when its list runs out (a table's body, the table). */
const MAX_LEVELS = 2;
/** Characters a day's heading or a row's day and time holds at most. */
const DAY_TEXT = 48;

/**
 * The articles, those whose label is a clock time alone re-read on the day written above them. `blocks[i]` is the
 * element of article i's block.
 */
export function withCarriedDates(articles: Article[], blocks: Element[], now: Date, options: TimeOptions): Article[] {
  // The day found above each clock-only story's block: the next story of its list, finding that block on its way up,
  // takes its answer rather than walking the same rows again (a ticker of a thousand bare clock times).
  const found = new Map<Element, string | null>();
  const headed = new Map<Element, string | null>();
  return articles.map((article, i) => {
    if (!article.publishedAt) return onHeadingDay(article, blocks[i]!, now, options, headed);
    const label = article.time.from === 'text' ? article.time.text : null;
    const text = label && clockAlone(label);
    if (!label || !text) return article;
    const day = dayAbove(blocks[i]!, now, options, found);
    found.set(blocks[i]!, day);
    const reading = day ? parseTimeText(`${day} ${text}`, now, options) : null;
    if (!reading) return article;
    const hit = timeHit(label, 'text', reading);
    return { ...article, publishedAt: hit.publishedAt, time: hit.time };
  });
}

/**
 * A story that shows no time, in a list right under a heading that is a day alone (a digest's "Saturday, 5 December",
 * its links beneath): listed that day, it takes the day. `headed` keeps each list's answer.
 */
function onHeadingDay(article: Article, block: Element, now: Date, options: TimeOptions, headed: Map<Element, string | null>): Article {
  const list = block.parentElement;
  if (!list) return article;
  let day = headed.get(list);
  if (day === undefined) headed.set(list, (day = dayHeadingBefore(list)));
  // A day, not an hour: a heading that names an hour heads no list of the day's stories.
  const reading = day && !CLOCK_IN_DAY.test(day) ? parseTimeText(day, now, options) : null;
  if (!reading) return article;
  const hit = timeHit(day, 'text', reading);
  return { ...article, publishedAt: hit.publishedAt, time: hit.time };
}

const CLOCK_IN_DAY = /\d{1,2}[:.h]\d{2}/;
/** A heading's permalink mark after its words ("Saturday, 5 December #"). */
const PERMALINK_MARK = /\s*[#¶§]$/;

/**
 * The text of the heading right before a list when it is a date (a digit in it, a day's heading's length), else null.
 * The heading is a heading element, or an element whose class names a date's heading ("date_header", "day-heading") and
 * that holds no link.
 */
function dayHeadingBefore(list: Element): string | null {
  const heading = list.previousElementSibling;
  if (!heading || !(isHeadingTag(heading.tagName) || isDateHeader(heading))) return null;
  const text = collapse(heading.textContent ?? '').replace(PERMALINK_MARK, '');
  return text.length <= DAY_TEXT && /\d/.test(text) ? text : null;
}

function isDateHeader(el: Element): boolean {
  return DATE_HEADER_CLASS.test(el.getAttribute('class') ?? '') && !el.querySelector('a[href]');
}

/** A class that names a day's heading: "date_header", "date-heading", "dayHeader", "day-title". */
const DATE_HEADER_CLASS = /(?:^|[\s_-])(?:date|day)[-_]?(?:header|heading|title)(?:$|[\s_-])/i;

/** A clock time with words after it, and the characters a clock time with its part of the day in words holds at most. */
const CLOCK_IN = /^\d{1,2}[:.]\d{2}\s*[^\d\s:./-]/;
const CLOCK_WORDS = 24;

/** A label's clock time alone, in English or in the page's words ("9:40 i te pō", 9:40 at night, in Māori); null otherwise. */
function clockAlone(label: string): string | null {
  if (CLOCK_ONLY.test(label)) return label;
  if (!CLOCK_IN.test(label) || label.length > CLOCK_WORDS) return null;
  const english = englishDateText(label);
  return CLOCK_ONLY.test(english) ? english : null;
}

/**
 * The day written nearest above a block: the day part of an earlier row's "day and time", or a heading that is a day
 * alone, among the elements before it (then before its list, a level or two up). Rows that show a clock time alone
 * are passed; a "yesterday" heads no day (a list that is not in order of time may follow it).
 */
function dayAbove(block: Element, now: Date, options: TimeOptions, found: Map<Element, string | null>): string | null {
  let steps = 0;
  for (let el: Element | null = block, level = 0; el && level <= MAX_LEVELS; el = el.parentElement, level++) {
    for (let row = el.previousElementSibling; row && steps < MAX_STEPS; row = row.previousElementSibling, steps++) {
      // An earlier clock-only story of the same list: nothing between them wrote a day, so its day is this one's.
      if (level === 0 && found.has(row)) return found.get(row)!;
      const text = collapse(row.textContent ?? '');
      if (!text || !/\d/.test(text)) continue;
      // A row of a story with its day and clock time: "Nov-13-25 07:22PM" (its own cell, or the row's text starting with it).
      const first = collapse(row.firstElementChild?.textContent ?? '');
      for (const label of [text, first]) {
        if (label.length > DAY_TEXT) continue;
        const end = CLOCK_AT_END.exec(label);
        if (end) {
          const date = label.slice(0, end.index);
          if (/\d/.test(date)) return date;
          continue;
        }
        // A day's heading: "Wednesday, March 12, 2025", or its date after a word for the day ("Yesterday · Monday 27 April").
        if (CLOCK_ONLY.test(label)) continue;
        if (parseTimeText(label, now, options)) return label;
        const dated = label.split(HEADING_PARTS).filter((part) => /\d/.test(part));
        if (dated.length === 1 && dated[0] !== label && parseTimeText(dated[0]!, now, options)) return dated[0]!;
      }
    }
  }
  return null;
}
