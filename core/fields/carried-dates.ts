/**
 * Tables of stories that write the day once, on the first row of each day ("Nov-14-25 09:32AM", then "08:15AM",
 * "07:48AM"): a row that shows a clock time alone takes the day of the nearest row above it in the same list that
 * wrote one. Read on its own, such a clock time could only be taken for the last time the clock showed it.
 */
import type { Article } from '../types';
import { parseTimeText, type TimeOptions } from '../time';
import { timeHit } from './time';

/** A clock time alone, perhaps with its half of the day: "08:15AM", "7:48 pm", "14.05". */
const CLOCK_ONLY = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?$/i;
/** The clock time at the end of a row's day and time ("Nov-13-25 07:22PM"). */
const CLOCK_AT_END = /\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?$/i;

/**
 * The articles, those whose label is a clock time alone re-read on the day written above them. `lists[i]` is the
 * element that holds article i's block: a day carries down within one list only.
 */
export function withCarriedDates(articles: Article[], lists: (Element | null)[], now: Date, options: TimeOptions): Article[] {
  let day: string | null = null;
  let list: Element | null = null;
  return articles.map((article, i) => {
    if (lists[i] !== list) {
      list = lists[i] ?? null;
      day = null;
    }
    const text = article.time.from === 'text' ? article.time.text : null;
    if (!text) return article;
    if (!CLOCK_ONLY.test(text)) {
      // A row that writes its day: the words before its clock time, when they have a digit ("Nov-13-25"; a
      // "yesterday" above a list's clock time may head a list that is not in order of time). They are read only with
      // a clock time below them, and must make a time with it.
      const end = CLOCK_AT_END.exec(text);
      day = end && /\d/.test(text.slice(0, end.index)) ? text.slice(0, end.index) : null;
      return article;
    }
    const reading = day ? parseTimeText(`${day} ${text}`, now, options) : null;
    if (!reading) return article;
    const hit = timeHit(text, 'text', reading);
    return { ...article, publishedAt: hit.publishedAt, time: hit.time };
  });
}
