/**
 * Yahoo Japan's times: its host (yahoo.co.jp), its absolute date forms ("10/31(火) 12:10", "10月5日(土)9時5分"), read in
 * JST, and the mend of a time the generic rules read in UTC.
 */
import type { Article, ParseContext } from '../types';
import { collapse, type Piece } from '../text';
import { BRACKETED_LEAD, FUTURE_SKEW_MS, parseTimeText, type TimeReading } from '../time';
import { timeHit } from '../fields/time';

const JST_MINUTES = 9 * 60;

const JP_DATE =
  /^(?:(\d{4})[/年])?(\d{1,2})[/月](\d{1,2})日?\s*(?:[(（][^)）]{1,3}[)）])?\s*(?:(\d{1,2})[:時](\d{1,2})分?)?(?:配信)?$/u;

/**
 * "10/31(火) 12:10", "10月31日(火) 12:10", "10月5日(土)9時5分", "2017/10/31": Japan's absolute times, in JST, alone or
 * after the publisher's bracketed name.
 */
export function parseJapaneseDate(text: string, now: Date): TimeReading | null {
  const line = collapse(text);
  const m = JP_DATE.exec(line) ?? JP_DATE.exec(BRACKETED_LEAD.exec(line)?.[2] ?? '');
  if (!m) return null;
  const [, y, mo, d, h, min] = m;
  const hasTime = h !== undefined && min !== undefined;
  const jstNow = new Date(now.getTime() + JST_MINUTES * 60_000);
  const at = (year: number): number =>
    Date.UTC(year, Number(mo) - 1, Number(d), hasTime ? Number(h) : 0, hasTime ? Number(min) : 0) - JST_MINUTES * 60_000;
  let start = at(y ? Number(y) : jstNow.getUTCFullYear());
  // Without a year the date is this year's, unless that has not happened yet.
  if (!y && start > now.getTime() + FUTURE_SKEW_MS) start = at(jstNow.getUTCFullYear() - 1);
  if (Number.isNaN(start) || start > now.getTime() + FUTURE_SKEW_MS) return null;
  const latest = hasTime ? start + 60_000 : Math.min(start + 86_400_000, now.getTime());
  return { publishedAt: new Date(start), earliest: new Date(start), latest: new Date(latest) };
}

/** isJapan's answer for each page address (the readers ask it of every block and label). */
const japanPages = new WeakMap<URL, boolean>();

export function isJapan(ctx: ParseContext): boolean {
  let japan = japanPages.get(ctx.url);
  if (japan === undefined) japanPages.set(ctx.url, (japan = /(?:^|\.)yahoo\.co\.jp$/i.test(ctx.url.hostname)));
  return japan;
}

/** Yahoo Japan writes its times in JST; the generic reading assumes UTC and knows no Japanese date forms. */
export function mendJapanTime(article: Article, pieces: Piece[], ctx: ParseContext): Article {
  if (article.time.from === 'attribute') return article;
  for (const p of pieces) {
    const relative = p.text === article.time.text ? parseTimeText(p.text, ctx.now, { zoneOffsetMinutes: JST_MINUTES }) : null;
    const r = parseJapaneseDate(p.text, ctx.now) ?? relative;
    if (!r) continue;
    return { ...article, ...timeHit(p.text, 'text', r) };
  }
  return article;
}
