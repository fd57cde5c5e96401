/**
 * The common absolute date labels ("Jun 18, 2024", "5 Mar 2020", "5/03/2020", "2020-03-05", "Tuesday November 02, 11:05AM",
 * a clock time alone: "14:35") read
 * without chrono-node, which is the dearest call of a parse. Each shape gives exactly what chrono's English parsers give
 * for it (tests/unit/core/date-parts.test.ts holds the two to each other); any other text is left to chrono.
 */

/** A date label's reading before Byline's own rules (last year's date, the day's range) are applied. */
export interface DateParts {
  /** The instant, with what the label leaves out implied as chrono implies it (a date alone at noon). */
  ms: number;
  /** Which parts the label states. */
  hour: boolean;
  minute: boolean;
  year: boolean;
  day: boolean;
  timezoneOffset: boolean;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)';
const WEEKDAY = '(?:(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tue|wed|thu|fri|sat),?\\s+)?';
const CLOCK = '(?:,?\\s+(\\d{1,2}):(\\d{2})\\s*([ap]m)?)?';

/** [Weekday] Month D[, YYYY][, H:MM[AM|PM]]: groups month, day, year, hour, minute, meridiem. */
const MIDDLE_ENDIAN = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?${CLOCK}$`, 'i');
/** D Month YYYY. */
const LITTLE_ENDIAN = new RegExp(`^(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})$`, 'i');
/** M/D/YYYY, or D/M/YYYY where dates are written day first. */
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/** YYYY-MM-DD. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A clock time alone, as most portals show today's stories: "14:35", "9:41 PM". */
const CLOCK_ALONE = /^(\d{1,2}):(\d{2})(?:\s*([ap]m))?$/i;
/** Today's or yesterday's clock time, as the other languages' words are rewritten: "yesterday, 21:10", "today 06:45". */
const DAY_CLOCK = /^(today|yesterday),?\s+(\d{1,2}):(\d{2})(?:\s*([ap]m))?$/i;

const MINUTE = 60_000;
const NOON = 12;

/** The label read as chrono would read it, or null when it is not one of the shapes read here. */
export function commonDateParts(text: string, now: Date, offsetMinutes: number, dayFirst: boolean): DateParts | null {
  let m = MIDDLE_ENDIAN.exec(text);
  if (m) {
    const [, month, day, year, hour, minute, meridiem] = m;
    // chrono's day-first reading takes "Nov 15" without a year for November 2015: left to it, not imitated.
    if (!year && dayFirst) return null;
    const clock = hour === undefined ? null : clockHour(Number(hour), meridiem);
    if (hour !== undefined && (clock === null || Number(minute) > 59)) return null;
    return partsOf(now, offsetMinutes, MONTHS[month!.toLowerCase()]!, Number(day), year ? Number(year) : null, clock, Number(minute ?? 0));
  }
  m = LITTLE_ENDIAN.exec(text);
  if (m) return partsOf(now, offsetMinutes, MONTHS[m[2]!.toLowerCase()]!, Number(m[1]), Number(m[3]), null, 0);
  m = SLASHED.exec(text);
  if (m) {
    const [first, second] = [Number(m[1]), Number(m[2])];
    return partsOf(now, offsetMinutes, dayFirst ? second : first, dayFirst ? first : second, Number(m[3]), null, 0);
  }
  m = ISO_DATE.exec(text);
  if (m) return partsOf(now, offsetMinutes, Number(m[2]), Number(m[3]), Number(m[1]), null, 0);
  m = CLOCK_ALONE.exec(text);
  if (m) {
    const hour = clockHour(Number(m[1]), m[3]);
    return hour === null || Number(m[2]) > 59 ? null : clockOn(now, offsetMinutes, 0, hour, Number(m[2]));
  }
  m = DAY_CLOCK.exec(text);
  if (m) {
    const hour = clockHour(Number(m[2]), m[4]);
    if (hour === null || Number(m[3]) > 59) return null;
    return { ...clockOn(now, offsetMinutes, m[1]!.toLowerCase() === 'today' ? 0 : -1, hour, Number(m[3])), year: true, day: true };
  }
  return null;
}

/**
 * A clock time on the reference's own day (or `days` from it) where the zone's clock shows it; the day implied, not
 * stated, unless the caller says otherwise.
 */
function clockOn(now: Date, offsetMinutes: number, days: number, hour: number, minute: number): DateParts {
  const local = new Date(now.getTime() + offsetMinutes * MINUTE);
  const wall = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days, hour, minute);
  return { ms: wall - offsetMinutes * MINUTE, hour: true, minute: true, year: false, day: false, timezoneOffset: false };
}

/** The 24-hour clock hour, or null for a time chrono reads some other way. */
function clockHour(hour: number, meridiem: string | undefined): number | null {
  if (!meridiem) return hour <= 23 ? hour : null;
  if (hour < 1 || hour > 12) return null;
  return (hour % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function partsOf(now: Date, offsetMinutes: number, month: number, day: number, year: number | null, hour: number | null, minute: number): DateParts | null {
  // A day the month does not have, and 29 February without a year, are left to chrono and its own ways with them.
  if (month < 1 || month > 12 || day < 1 || day > (year === null ? daysIn(2001, month) : daysIn(year, month))) return null;
  const y = year ?? yearClosestTo(now, month, day);
  const wall = Date.UTC(y, month - 1, day, hour ?? NOON, hour === null ? 0 : minute);
  return { ms: wall - offsetMinutes * MINUTE, hour: hour !== null, minute: hour !== null, year: year !== null, day: true, timezoneOffset: false };
}

/**
 * The year chrono implies for a day and month without one (its findYearClosestToRef, step for step): of the dates at
 * the reference's time of day in its year and the years either side, the nearest. Like chrono, on the machine's own
 * calendar, month overflow included ("Jun 2" asked on 31 December first becomes 1 July, then 2 July).
 */
function yearClosestTo(now: Date, month: number, day: number): number {
  const date = new Date(now);
  date.setMonth(month - 1);
  date.setDate(day);
  const next = new Date(date);
  next.setFullYear(date.getFullYear() + 1);
  const last = new Date(date);
  last.setFullYear(date.getFullYear() - 1);
  const distance = (d: Date): number => Math.abs(d.getTime() - now.getTime());
  if (distance(next) < distance(date)) return next.getFullYear();
  if (distance(last) < distance(date)) return last.getFullYear();
  return date.getFullYear();
}
