/**
 * What Yahoo's card readers share: the tests of a card's words (loose words, words outside the elements read, no other
 * field), and its picture (a lazy one too).
 */
import type { ParseContext } from '../types';
import { timePartOf } from '../time';
import { backgroundPicture, imageIn } from '../fields/snippet';
import { isSponsorMark } from '../fields/labels';
import { remembered } from '../memo';
import { isJapan, parseJapaneseDate } from './yahoo-japan-time';

/** No words of the element's own between its children (a separator would join the labels' text into one part). */
export function holdsNoLooseText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && n.nodeValue?.trim()) return false;
  return true;
}

/** Text that is not whitespace alone: a word. */
const SOLID = /\S/;

/**
 * Whether every word of the card stands in one of its elements read (`shown`, null for one it lacks): no other label
 * (a kicker, a byline, a sponsor's mark, a count) beside them.
 */
export function showsNoOtherText(card: Element, shown: (Element | null)[]): boolean {
  const texts = card.ownerDocument.createTreeWalker(card, 4 /* SHOW_TEXT */);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    if (SOLID.test(node.nodeValue ?? '') && !shown.some((el) => el?.contains(node))) return false;
  }
  return true;
}

/**
 * A card's picture: 2014's lazy picture (`img.lzbg`, a transparent placeholder whose style shows the picture as its
 * background) by the picture's own address, else the first picture big enough to be the story's.
 */
export function cardPicture(card: Element, base: URL): string | null {
  const img = card.getElementsByTagName('img')[0];
  return (img?.classList.contains('lzbg') && backgroundPicture(img, base)) || imageIn(card, base);
}

/**
 * Whether a label reads as no author ("By …"), no sponsor mark and no time or date (Japan's too): a label that may name
 * the publisher. Asked once a parse for each text (a stream shows a few publishers many times).
 */
export function namesNoOtherField(text: string, ctx: ParseContext): boolean {
  return remembered('yahoo-no-other-field', text, () => readsAsNoOtherField(text, ctx));
}

function readsAsNoOtherField(text: string, ctx: ParseContext): boolean {
  return (
    !/^by/i.test(text) && !isSponsorMark(text) && !timePartOf(text, ctx.now, ctx.times) &&
    !(isJapan(ctx) && parseJapaneseDate(text, ctx.now))
  );
}
