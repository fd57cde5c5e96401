/** How times read on the badge and in the popup: absolute in the reader's zone and locale, plus the age. */
import type { Article } from '../core/types';
import { t, uiLocale } from './i18n';

export interface FormatOptions {
  /** A BCP 47 tag; undefined follows the browser's UI language. */
  locale?: string;
  timeZone?: string;
  /** 12- or 24-hour clock; undefined follows the locale. */
  hour12?: boolean;
}

const localeOf = (options: FormatOptions): string => options.locale ?? uiLocale();

export function formatAbsolute(iso: string, options: FormatOptions = {}): string {
  return new Intl.DateTimeFormat(localeOf(options), {
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: options.timeZone,
    hour12: options.hour12,
  }).format(new Date(iso));
}

/** The full date and time with its zone, for the detail card: "Sunday, 8 June 2025 at 14:00:00 BST". */
export function formatFull(iso: string, options: FormatOptions = {}): string {
  return new Intl.DateTimeFormat(localeOf(options), {
    dateStyle: 'full',
    timeStyle: 'long',
    timeZone: options.timeZone,
    hour12: options.hour12,
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
  const rtf = new Intl.RelativeTimeFormat(localeOf(options), { numeric: 'auto', style: 'short' });
  for (const [unit, size] of STEPS) {
    if (seconds >= size) return rtf.format(-Math.floor(seconds / size), unit);
  }
  return rtf.format(0, 'minute');
}

/** The badge line: "Russia Today · 8 Jun, 13:00 · 5 hr. ago" (parts that are unknown are left out). */
export function badgeText(source: string | null, publishedAt: string | null, now: Date, options: FormatOptions = {}): string {
  return badgeParts({ source, publishedAt, now, approximate: false, display: 'both', options }).join(' · ');
}

export interface BadgeInput {
  source: string | null;
  publishedAt: string | null;
  now: Date;
  /** The time was read from visible text ("5 hours ago"): shown with "≈". */
  approximate: boolean;
  display: 'absolute' | 'relative' | 'both';
  options?: FormatOptions;
}

/** The parts of a badge line, in order: source, then the time as the reader chose to see it. */
export function badgeParts({ source, publishedAt, now, approximate, display, options = {} }: BadgeInput): string[] {
  const parts = [source ?? t('unknownSource')];
  if (!publishedAt) return parts;
  const mark = approximate ? '≈ ' : '';
  if (display !== 'relative') parts.push(`${mark}${formatAbsolute(publishedAt, options)}`);
  if (display !== 'absolute') parts.push(display === 'relative' ? `${mark}${formatAge(publishedAt, now, options)}` : formatAge(publishedAt, now, options));
  return parts;
}

/** How an article's time was found, in words, for the detail card. */
export function derivation(article: Article, options: FormatOptions = {}): string {
  const { time } = article;
  if (!article.publishedAt || !time.from) return t('timeNone');
  if (time.from === 'text') {
    const estimate = t('timeEstimated', time.text ?? '');
    if (!time.earliest || !time.latest || time.earliest === time.latest) return estimate;
    return `${estimate} ${t('timeRange', formatAbsolute(time.earliest, options), formatAbsolute(time.latest, options))}`;
  }
  return t(time.from === 'attribute' ? 'timeAttribute' : 'timeStructured');
}
