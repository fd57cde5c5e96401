/**
 * Dates of the lunar Hijri calendar, as Saudi and Gulf sites write them ("2 ذو الحجة 1447هـ", 2 Dhu al-Hijjah 1447), as
 * Gregorian ones the time readers know ("2026-05-19"). A month lasts 29 or 30 days; the estimate from the mean month
 * is checked against the engine's Umm al-Qura calendar, a few days either side.
 */
import { calendarParts } from './calendar-parts';

const DAY_MS = 86_400_000;
/** The months' names, from Muharram, with the other spellings sites use. */
const MONTHS: string[][] = [
  ['محرم'], ['صفر'], ['ربيع الأول', 'ربيع الاول'], ['ربيع الآخر', 'ربيع الثاني', 'ربيع الاخر'], ['جمادى الأولى', 'جمادى الاولى'],
  ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الاخرة'], ['رجب'], ['شعبان'], ['رمضان'], ['شوال'], ['ذو القعدة', 'ذي القعدة'], ['ذو الحجة', 'ذي الحجة'],
];
const MONTH_NUMBER = new Map(MONTHS.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));
/** The months' names as a pattern's alternatives. */
export const HIJRI_MONTH_NAMES = [...MONTH_NUMBER.keys()].join('|');
/** A day, its month's name and the year with its "هـ": "2 ذو الحجة 1447هـ". */
const LUNAR_HIJRI_DATE = new RegExp(`(\\d{1,2})\\s+(${HIJRI_MONTH_NAMES})\\s+(1[34]\\d\\d)\\s*هـ`, 'u');
/** The first day of the calendar (16 July 622), and the mean length of its month. */
const EPOCH_MS = Date.UTC(622, 6, 16);
const MEAN_MONTH_DAYS = 29.530588;

const hijriParts = calendarParts('islamic-umalqura');

/** The Gregorian day (midnight UTC) of a lunar Hijri date, or null when there is none. */
export function lunarHijriDay(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 30) return null;
  const estimate = EPOCH_MS + Math.round(((year - 1) * 12 + (month - 1)) * MEAN_MONTH_DAYS + (day - 1)) * DAY_MS;
  for (const shift of [0, -1, 1, -2, 2, -3, 3]) {
    const ms = estimate + shift * DAY_MS;
    const p = hijriParts(ms);
    if (p && p[0] === year && p[1] === month && p[2] === day) return ms;
  }
  return null;
}

/** The text with a lunar Hijri date written as a Gregorian ISO date; other texts as they are. */
export function withGregorianFromLunarHijri(text: string): string {
  const m = text.includes('هـ') ? LUNAR_HIJRI_DATE.exec(text) : null;
  if (!m) return text;
  const ms = lunarHijriDay(Number(m[3]), MONTH_NUMBER.get(m[2]!)!, Number(m[1]));
  if (ms === null) return text;
  return `${text.slice(0, m.index)}${new Date(ms).toISOString().slice(0, 10)} ${text.slice(m.index + m[0].length)}`.trim();
}
