/**
 * Yahoo's headline and publisher labels, as the adapter and its card readers both read them: a headline's text
 * without Japan's icon marks and its size, the title mend (a kicker heading, Japan's `.ttl`), and the publisher's
 * name (a short label, a `.source` element, a name shown as text).
 */
import type { Article } from '../types';
import { isInline, plainTextOf, textWithout, wordCount, type Piece } from '../text';
import { looksLikeTime } from '../time';
import { resolveUrl } from '../url';
import { isLabel, isSponsorMark } from '../fields/labels';
import { isCounterText } from '../fields/title';
import { linksUnder, listOf } from '../dom';
import { parseJapaneseDate } from './yahoo-japan-time';

export const HEADING = 'h1, h2, h3, h4';

/** Yahoo Japan marks headlines with icons ("写真", "new", "動画") whose text the reader sees as a picture, not words. */
export const ICON = '[class^="ic"], [class*=" ic"]';

const PAGER = /^\d+(?:\s*[-–]\s*\d+)?\s*(?:of|\/)\s*\d+$/i;

/** Text of an element without icon marks. */
export function plainText(el: Element): string {
  // Text alone (most links and labels): no icon to leave out, and no query to ask; read natively.
  if (el.childElementCount === 0) return plainTextOf(el);
  const icons = el.querySelectorAll(ICON);
  if (icons.length === 0) return plainTextOf(el);
  return textWithout(el, new Set(listOf(icons).filter(isInline)));
}

export function isHeadlineText(text: string, now: Date): boolean {
  // "11 Comments", "3457 messages", "View comments": discussion links beside a headline, not headlines.
  return hasHeadlineSize(text) && !isCounterText(text) && !looksLikeTime(text, now) && !isSponsorMark(text);
}

/** A headline's size: 8 to 300 characters, two words or more. */
export function hasHeadlineSize(text: string): boolean {
  return text.length >= 8 && text.length <= 300 && wordCount(text) >= 2;
}

/**
 * The headline is the linked text. Yahoo sets a kicker heading above it ("Developing news"), and Yahoo Japan wraps
 * rank, title, publisher and date in one link whose `.ttl` element is the headline alone.
 */
export function mendTitle(article: Article, block: Element, now: Date): Article {
  const ttl = listOf(block.querySelectorAll('.ttl')).find((el) => el.querySelector('a[href]') || el.closest('a[href]'));
  const inner = ttl ? plainText(ttl) : null;
  if (inner && inner !== article.title && article.title.includes(inner)) return { ...article, title: inner };
  const kicker = listOf(block.querySelectorAll(HEADING)).find((h) => plainText(h) === article.title);
  if (!kicker || kicker.querySelector('a[href]') || kicker.closest('a[href]')) return article;
  // The title came from a heading without a link: the headline is the heading that holds the story link.
  for (const a of linksUnder(block)) {
    const heading = a.closest(HEADING);
    if (heading && block.contains(heading) && isHeadlineText(plainText(a), now)) return { ...article, title: plainText(heading) };
  }
  return article;
}

/** A label that may name the publisher (unless it is the headline): not a time, a count, a pager or a prompt. */
export function isProviderLabel(text: string, now: Date): boolean {
  return (
    isLabel(text) && !isSponsorMark(text) && !looksLikeTime(text, now) && !parseJapaneseDate(text, now) &&
    !/^[\d.,]+\s*\p{L}?$/u.test(text) && !PAGER.test(text) && !/[»›]\s*$/.test(text)
  );
}

/**
 * Yahoo marks the publisher with class `source` (2014 streams, Japan's rankings). The generic rule reads it only as a
 * short label, and counts a long katakana name ("ナショナル ジオグラフィック日本版") as too many words.
 */
export function markedSource(block: Element): string | null {
  const el = block.querySelector('.source');
  const text = el ? plainText(el) : '';
  return text && text.length <= 50 && !isSponsorMark(text) ? text : null;
}

/**
 * Yahoo names publishers in plain text or in a `.source` element. A name the generic rules read from an image's alt
 * text (a picture caption: "A generic Air Algerie plane (AFP)"), a link or a button (a comment link's hidden label,
 * an author column's link) is not the publisher, unless the link leads to the story itself: a card that is one link
 * ("Need to know": the headline, then its provider), an advertiser's name linked like the ad's headline.
 */
export function shownAsText(name: string, pieces: Piece[], storyUrl: string | null, base: URL): boolean {
  return pieces.some((p) => {
    if (p.text !== name) return false;
    if (p.element.closest('.source')) return true;
    const control = p.element.closest('a[href], button, [role="button"]');
    return !control || (!!storyUrl && control.tagName === 'A' && resolveUrl(control.getAttribute('href'), base) === storyUrl);
  });
}
