/**
 * What Yahoo's card readers share: the one-pass scan of a card for what they leave to the generic rules (tags, classes,
 * attributes) that also collects its headings and links, and the tests of a card's text as the generic rules would
 * read it (loose words, no other field, the snippet rule's reading).
 */
import type { ParseContext } from '../types';
import { lineOf, piecesOf, plainTextOf, truncate, type Piece } from '../text';
import { timePartOf } from '../time';
import { SNIPPET_MAX, SNIPPET_MIN } from '../fields/snippet';
import { isSponsorMark } from '../fields/labels';
import { remembered } from '../memo';
import { isJapan, parseJapaneseDate } from './yahoo-japan-time';

/** No words of the element's own between its children (a separator would join the labels' text into one part). */
export function holdsNoLooseText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && n.nodeValue?.trim()) return false;
  return true;
}

/**
 * Whether the generic rules (and the Japan time mend) read a text of the block as no author ("By …"), no sponsor mark
 * and no time or date. Asked once a parse for each text (publishers, ranks and marks repeat from card to card).
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

/** What a card reader leaves to the generic rules: elements by tag, class and attribute names (see scanCard). */
export interface CardExtras {
  tags: ReadonlySet<string>;
  /** Class names, as a test of a class attribute that holds any of them. */
  classes: RegExp;
  attributes: ReadonlySet<string>;
}

/** A test of a class attribute for any of the names (any whitespace parts them: a stricter test, never a looser one). */
export function classTest(names: string[]): RegExp {
  return new RegExp(`(?:^|\\s)(?:${names.join('|')})(?:\\s|$)`);
}

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A card's headings and links (`h1`–`h6`, `a[href]` below it), in document order. */
interface CardScan {
  headings: Element[];
  links: Element[];
}

/**
 * The headings and links of a card that holds none of the extras, itself included; null if it does. One look at each
 * element, as `matches` and `querySelector` of the extras would take them: a selector list is a slow query.
 */
export function scanCard(block: Element, extras: CardExtras): CardScan | null {
  // Class selectors ignore ASCII case in a quirks-mode document.
  const classes = block.ownerDocument.compatMode === 'BackCompat' ? new RegExp(extras.classes.source, 'i') : extras.classes;
  const scan: CardScan = { headings: [], links: [] };
  const below = block.getElementsByTagName('*');
  for (let i = -1; i < below.length; i++) {
    const el = i < 0 ? block : below[i]!;
    const tag = el.localName;
    const cls = el.getAttribute('class');
    if (extras.tags.has(tag) || (cls && classes.test(cls))) return null;
    for (const name of el.getAttributeNames()) if (extras.attributes.has(name)) return null;
    if (i < 0) continue;
    if (HEADING_TAGS.has(tag)) scan.headings.push(el);
    else if (tag === 'a' && el.hasAttribute('href')) scan.links.push(el);
  }
  return scan;
}

/** Text that is not whitespace alone: what a piece needs to be one. */
const SOLID = /\S/;

/**
 * A card's text pieces (piecesOf): the whitespace between its elements, which gives no piece, is passed over before
 * it is collapsed.
 */
export function cardPieces(card: Element): Piece[] {
  return piecesOf(card, SOLID);
}

/** The snippet rule's reading of the pieces: the longest line outside the headline and the time label, if long enough. */
export function snippetOfPieces(pieces: Piece[], block: Element, headline: Element, timePiece: Piece | null): string | null {
  let best = '';
  const seen = new Set<Element>();
  for (const p of pieces) {
    if (headline.contains(p.element) || p === timePiece) continue;
    const line = lineOf(p.element, block);
    const unit = line === block ? p.element : line;
    if (seen.has(unit) || (unit !== p.element && unit.contains(headline))) continue;
    seen.add(unit);
    const text = unit === p.element ? p.text : plainTextOf(unit);
    if (text.length > best.length) best = text;
  }
  return best.length >= SNIPPET_MIN ? truncate(best, SNIPPET_MAX) : null;
}
