/** How times read on the badge and in the popup: absolute in the reader's zone and locale, plus the age. */

export interface FormatOptions {
  locale?: string;
  timeZone?: string;
}

export function formatAbsolute(iso: string, options: FormatOptions = {}): string {
  return new Intl.DateTimeFormat(options.locale, {
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: options.timeZone,
  }).format(new Date(iso));
}

const STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86400],
  ['month', 30 * 86400],
  ['week', 7 * 86400],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
];

/** "5 hr. ago", "vor 5 Std.": the largest whole unit, in the reader's language. */
export function formatAge(iso: string, now: Date, options: FormatOptions = {}): string {
  const seconds = Math.max(0, (now.getTime() - new Date(iso).getTime()) / 1000);
  const rtf = new Intl.RelativeTimeFormat(options.locale, { numeric: 'auto', style: 'short' });
  for (const [unit, size] of STEPS) {
    if (seconds >= size) return rtf.format(-Math.floor(seconds / size), unit);
  }
  return rtf.format(0, 'minute');
}

/** The badge line: "Russia Today · 8 Jun, 13:00 · 5 hr. ago" (parts that are unknown are left out). */
export function badgeText(source: string | null, publishedAt: string | null, now: Date, options: FormatOptions = {}): string {
  const parts = [source ?? 'Unknown source'];
  if (publishedAt) parts.push(formatAbsolute(publishedAt, options), formatAge(publishedAt, now, options));
  return parts.join(' · ');
}
