/**
 * Dates of the Solar Hijri calendar, the one Iranian and Afghan sites write ("۱۳۹۵/۰۴/۲۰ - ۱۱:۴۵", 20 Tir 1395), as
 * Gregorian ones the time readers know ("2016-07-10 11:45"). The year starts at the March equinox, about 21 March of
 * the Gregorian year 621 later; the estimate is checked against the engine's Persian calendar, a day either side.
 */
import { calendarParts } from './calendar-parts';

const SOLAR_HIJRI_DATE = /^(1[34]\d\d)[/.-](\d{1,2})[/.-](\d{1,2})(?:\s*[-–,،]?\s*(?=\d{1,2}:\d{2}))?/;
const DAY_MS = 86_400_000;

const persianParts = calendarParts('persian');

/** The Gregorian day (midnight UTC) of a Solar Hijri date, or null when there is none. */
export function gregorianDay(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const estimate = Date.UTC(year + 621, 2, 21) + ((month - 1) * 31 - Math.max(0, month - 7)) * DAY_MS + (day - 1) * DAY_MS;
  for (const shift of [0, -1, 1, -2, 2]) {
    const ms = estimate + shift * DAY_MS;
    const p = persianParts(ms);
    if (p && p[0] === year && p[1] === month && p[2] === day) return ms;
  }
  return null;
}

/** The text with a leading Solar Hijri date written as a Gregorian ISO date; other texts as they are. */
export function withGregorianDate(text: string): string {
  const m = SOLAR_HIJRI_DATE.exec(text);
  const named = m ? null : NAMED_MONTH_DATE.exec(text);
  if (!m && !named) return text;
  const [year, month, day] = m ? [m[1], m[2], m[3]] : [named![3], String(PERSIAN_MONTHS.indexOf(named![2]!) + 1), named![1]];
  const ms = gregorianDay(Number(year), Number(month), Number(day));
  return ms === null ? text : `${new Date(ms).toISOString().slice(0, 10)} ${text.slice((m ?? named)![0].length)}`.trim();
}

/** The months' names, from Farvardin. */
const PERSIAN_MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
/** A day, its month's name and the year: "25 بهمن 1404", perhaps with the clock time after it ("26 بهمن 1404 - 09:30"). */
const NAMED_MONTH_DATE = new RegExp(`^(\\d{1,2})\\s+(${PERSIAN_MONTHS.join('|')})\\s+(1[34]\\d\\d)(?:\\s*[-–,،]?\\s*(?=\\d{1,2}:\\d{2}))?`, 'u');
