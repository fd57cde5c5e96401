/**
 * Dates of the Ethiopian calendar, the one Amharic sites write ("የካቲት 2 ቀን 2018 ዓ.ም.", Yekatit 2, 2018), as Gregorian
 * ones the time readers know ("2026-02-09"). Its year has twelve months of 30 days and a thirteenth of five (six in
 * a leap year, every fourth); it starts on 11 September (12 September before a Gregorian leap year), seven or eight
 * years behind the Gregorian count.
 */

/** The months in order, in the spellings sites use (ኅዳር and ህዳር, ታኅሣሥ and ታህሳስ…). */
const MONTHS = [
  'መስከረም', 'ጥቅምት', 'ኅዳር|ህዳር', 'ታኅሣሥ|ታህሳስ|ታኅሳስ', 'ጥር', 'የካቲት', 'መጋቢት', 'ሚያዝያ|ሚያዚያ', 'ግንቦት', 'ሰኔ', 'ሐምሌ|ሀምሌ', 'ነሐሴ|ነሀሴ', 'ጳጉሜ|ጳጉሜን',
];
const MONTH_NUMBER = new Map<string, number>();
MONTHS.forEach((names, i) => names.split('|').forEach((name) => MONTH_NUMBER.set(name, i + 1)));

/** "የካቲት 2 ቀን 2018 ዓ.ም.", "ጥር 30, 2018": a month, its day ("ቀን", day, may follow), the year, and the era's mark. */
const ETHIOPIAN_DATE = new RegExp(`(${[...MONTH_NUMBER.keys()].join('|')})\\s*(\\d{1,2})\\s*(?:ቀን)?\\s*[,፣]?\\s*(\\d{4})\\s*(?:ዓ\\.?\\s*ም\\.?)?`, 'u');

const ETHIOPIC = /[\u1200-\u137f]/u;

/** The Julian day number of 1 Meskerem of year 1 (the Amete Mihret era). */
const EPOCH_JDN = 1_724_221;
/** The Julian day number of 1 January 1970. */
const UNIX_EPOCH_JDN = 2_440_588;
const DAY_MS = 86_400_000;

/** The Gregorian day (midnight UTC) of an Ethiopian date, or null when there is none. */
export function ethiopianDay(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 13 || day < 1 || day > (month === 13 ? (year % 4 === 3 ? 6 : 5) : 30)) return null;
  const jdn = EPOCH_JDN + 365 * (year - 1) + Math.floor(year / 4) + 30 * (month - 1) + day - 1;
  return (jdn - UNIX_EPOCH_JDN) * DAY_MS;
}

/** The text with an Ethiopian date written as a Gregorian ISO date; other texts as they are. */
export function withGregorianFromEthiopian(text: string): string {
  const m = ETHIOPIC.test(text) ? ETHIOPIAN_DATE.exec(text) : null;
  if (!m) return text;
  const ms = ethiopianDay(Number(m[3]), MONTH_NUMBER.get(m[1]!)!, Number(m[2]));
  if (ms === null) return text;
  return `${text.slice(0, m.index)}${new Date(ms).toISOString().slice(0, 10)} ${text.slice(m.index + m[0].length)}`.trim();
}
