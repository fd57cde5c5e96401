/**
 * A Google Search news result of the card markup (about 2019–, `div.dbsr`/`g-card` until 2021, `div.SoaBEf` since
 * 2022), read from the markup itself instead of the generic rules' walk over it (fields/view.ts). Such a card is one
 * outbound link around all of it: the publisher row (a favicon, the name), the headline (`[role="heading"]`), the
 * summary, and last the time label ("3 hours ago", a numeric date in the page's order: "5/03/2020"); the thumbnail is a
 * lazy image beside them. A result of another markup (the basic-HTML version's `h3`, the 2011–2015 results with their
 * "Publisher - 2 hours ago" rows) gets no reading: the generic rules read it.
 */
import type { ParseContext } from '../types';
import { collapse, isSeparator, isSkipped, lineOf, plainTextOf, textOf, truncate } from '../text';
import { parseTimeText } from '../time';
import { documentBase, resolveUrl } from '../url';
import { rememberedFor } from '../memo';
import { isLabel, isSponsorMark } from '../fields/labels';
import type { TitleHit } from '../fields/title';
import { SNIPPET_MAX, SNIPPET_MIN } from '../fields/snippet';
import { timeHit, type TimeHit } from '../fields/time';

/** A result card read from its markup. */
export interface ResultCard {
  headline: TitleHit;
  /** The label above the headline, when it reads as a name. */
  publisher: string | null;
  time: TimeHit;
  snippet: string | null;
  imageUrl: string | null;
  sponsored: boolean;
}

const cards = new WeakMap<Element, { parse: object; value: ResultCard | null }>();

/** The result card that `element` is, or null (asked when the blocks are found, and again when each is read). */
export function resultCardOf(element: Element, ctx: ParseContext): ResultCard | null {
  return rememberedFor(cards, element, (el) => readCard(el, ctx));
}

function readCard(element: Element, ctx: ParseContext): ResultCard | null {
  const heading = element.querySelector('[role="heading"]');
  const link = heading?.closest('a[href]');
  if (!heading || !link || !element.contains(link)) return null;
  const base = documentBase(element.ownerDocument, ctx.url);
  const url = resolveUrl(link.getAttribute('href'), base);
  const title = textOf(heading);
  const texts = url && title ? cardTexts(link, heading) : null;
  const time = texts?.label ? labelTime(texts.label, element.ownerDocument, ctx) : null;
  if (!url || !texts || !time) return null;
  return {
    headline: { title, element: heading, url },
    publisher: texts.publisher && isLabel(texts.publisher) && !isSponsorMark(texts.publisher) ? texts.publisher : null,
    time,
    snippet: texts.summary && truncate(texts.summary, SNIPPET_MAX),
    imageUrl: thumbnailOf(link, texts.publisherRow, base),
    sponsored: texts.sponsored,
  };
}

/** What a card's texts say around its headline. */
interface CardTexts {
  /** The last text before the headline, and the element around it and the favicon beside it. */
  publisher: string | null;
  publisherRow: Element | null;
  /** The longest line after the headline, but the time label's. */
  summary: string | null;
  /** The last text after the headline. */
  label: string | null;
  sponsored: boolean;
}

/**
 * One native walk over the texts of the card's link: the publisher's name is the last text before the headline, the
 * time label the last after it, and the summary the longest line (a text with the query's words in bold is one line)
 * between them. Only short texts are read on the way (a summary's text is read as its line's).
 */
function cardTexts(link: Element, heading: Element): CardTexts {
  const found: CardTexts = { publisher: null, publisherRow: null, summary: null, label: null, sponsored: false };
  const lines: Element[] = [];
  let last: Text | null = null;
  let after = false;
  const texts = link.ownerDocument.createTreeWalker(link, 4 /* SHOW_TEXT */);
  for (let node = texts.nextNode() as Text | null; node; node = texts.nextNode() as Text | null) {
    const parent = node.parentElement;
    const raw = node.data;
    if (!parent || isSkipped(parent) || isSeparator(raw)) continue;
    if (heading.contains(parent)) {
      after = true;
      continue;
    }
    if (isSponsorMark(trimmedShort(raw))) found.sponsored = true;
    if (!after) {
      found.publisher = raw;
      found.publisherRow = parent;
      continue;
    }
    const line = lineOf(parent, link);
    if (!lines.includes(line)) lines.push(line);
    last = node;
  }
  found.publisher &&= collapse(found.publisher);
  found.label = last && collapse(last.data);
  const labelLine = last && lineOf(last.parentElement!, link);
  for (const line of lines) {
    const text = line === labelLine ? '' : plainTextOf(line);
    if (text.length >= SNIPPET_MIN && text.length > (found.summary?.length ?? 0)) found.summary = text;
  }
  return found;
}

/** A text trimmed, or '' when it is too long to be a label (a sponsor's mark: "Sponsored", "Anzeige"). */
function trimmedShort(text: string): string {
  const trimmed = text.trim();
  return trimmed.length <= 40 ? trimmed : '';
}

/**
 * The card's thumbnail: its first image with an address (Google writes a placeholder's data: URI until the picture
 * loads), but the publisher's favicon, which sits in the publisher's row.
 */
function thumbnailOf(card: Element, nameElement: Element | null, base: URL): string | null {
  // The row is the element around the name and the favicon: the name's own, or the one around it (not the headline's).
  const around = nameElement?.parentElement;
  const row = around && !around.querySelector('[role="heading"]') ? around : nameElement;
  const images = card.getElementsByTagName('img');
  for (let i = 0; i < images.length; i++) {
    const img = images[i]!;
    const src = img.getAttribute('src') ?? img.getAttribute('data-src');
    if (src && !src.startsWith('data:') && !row?.contains(img)) return resolveUrl(src, base);
  }
  return null;
}

const dayFirstPages = new WeakMap<Document, { parse: object; value: boolean }>();

/** The time a card's label gives: a numeric date in the page's order, else as the shared reader reads the label. */
function labelTime(label: string, doc: Document, ctx: ParseContext): TimeHit | null {
  const date = NUMERIC_DATE.test(label) ? numericDate(label, rememberedFor(dayFirstPages, doc, (d) => dayFirst(d, ctx.url))) : null;
  if (date) return numericDateHit(label, date, ctx.now);
  const r = parseTimeText(label, ctx.now, ctx.times);
  return r && timeHit(label, 'text', r);
}

/** The time fields of a numeric date as numericDate rewrote it (shown as written). */
export function numericDateHit(shown: string, date: string, now: Date): TimeHit | null {
  const r = parseTimeText(date, now);
  return r && timeHit(shown, 'text', r);
}

// Regions whose short dates put the month first; everywhere else Google writes day/month/year.
const MONTH_FIRST_REGIONS = new Set(['US', 'PH', 'FM', 'MH', 'PW', 'AS', 'GU', 'MP', 'PR', 'UM', 'VI']);
export const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Day first unless the page's language is American English (Google's `lang="en"` is its US default). */
export function dayFirst(doc: Document, url: URL): boolean {
  const lang = doc.documentElement.getAttribute('lang') || url.searchParams.get('hl') || 'en';
  const [language, region] = lang.split(/[-_]/);
  if (!region) return language?.toLowerCase() !== 'en';
  return !MONTH_FIRST_REGIONS.has(region.toUpperCase());
}

/** "5/03/2020" or "05.03.20" in the page's order → "5 Mar 2020", which the shared reader takes unambiguously. */
export function numericDate(text: string, isDayFirst: boolean): string | null {
  const m = NUMERIC_DATE.exec(text.trim());
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const [day, month] = a > 12 ? [a, b] : b > 12 ? [b, a] : isDayFirst ? [a, b] : [b, a];
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${day} ${MONTHS[month - 1]} ${year}` : null;
}
