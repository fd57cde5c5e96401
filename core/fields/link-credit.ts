/**
 * The credit a curated issue gives its headline link: the outlet named right after it ("(The Atlantic)", "— Northfield
 * Post", "by … in The Continental"), closing the link's text ("… (Axios)") or leading its item ("The Associated Press:
 * <a>…</a>"). The curated-links detector finds its items by it, the source rules read their outlet from it.
 */
import { collapse, wordCount } from '../text';
import { isBracketNote } from './labels';

/** Inline wrappers a headline link may sit in at the head of its item ("<strong><a>…</a></strong>"). */
const WRAPPERS = new Set(['STRONG', 'B', 'EM', 'I', 'SPAN']);
/**
 * The credit right after the link: "(The Harbor Review)", "(Kestrel Travel, Nov 24)", "(via Pixel Almanac)", "[Financial
 * Times — paywall]", "[Bloomberg, $]", "—
 * Northfield Post.", "— Sasha Brennan, Circuit Weekly", ", by Marguerite Sloane in The Continental."; or a person's alone
 * (", by Tom Ellery").
 */
const AFTER_LINK =
  /^\s*(?:\[\s*([^[\],—–]{2,40}?)\s*(?:[,—–][^[\]]{1,30})?\]|\(\s*(?:via\s+)?([^(),]{2,40}?)\s*(?:,[^()]{1,40})?\)|[—–]\s*([^.,;:()—–]{2,40}?(?:,\s*\p{Lu}[^.,;:()—–]{1,40}?)?)\s*(?:[.,;:(]|$)|,?\s+by\s+[^.,;()]{2,40}?\s+in\s+([^.,;:()]{2,40}?)\s*(?:[.,;:]|$)|,?\s+(by)\s+\p{Lu})/u;
/** The outlet after a link that ends its item: "(Spiegel).", "(FAZ, €).", "[Reuters]". */
const CLOSING = /^\s*(?:\(\s*([^(),]{2,40}?)\s*(?:,[^()]{1,24})?\)|\[\s*([^[\],—–]{2,40}?)\s*(?:[,—–][^[\]]{1,30})?\])\s*[.,;]?\s*$/;
/** The outlet closing the link's own text: "Costco is testing Sunday-evening hours (Axios)". */
const IN_LINK = /\s\(([^()]{2,40})\)$/;
/** The outlet before the link, as its item's lead: "The Associated Press: <a>…</a>". */
const LEAD = /^(\p{Lu}[^:]{1,40}):$/u;
/** Leads that say what follows, not who published it ("On the podcast:", "Also:", "Read more:"). */
const NOT_A_LEAD = /^(?:on|in|at|from|also|plus|more|see|read|watch|listen|update|note|p\.?s)\b/i;
/** Characters read after the link for its credit. */
const AFTER_LENGTH = 80;
/** Words a headline has at least, and an outlet's name at most. */
const MIN_TITLE_WORDS = 4;
const MAX_OUTLET_WORDS = 5;

/**
 * The credit of a link that opens its item as a curated story: the outlet named after it, closing its text or leading
 * its item (a string), a person's byline alone (null); undefined when the link is no such item's headline.
 */
export function creditOfLink(link: Element): string | null | undefined {
  const head = headOf(link);
  // Most links stand alone in their item (a card's headline): only their own text could close with an outlet.
  if (!head.previousSibling && !head.nextSibling && !/\)\s*$/.test(link.lastChild?.textContent ?? '')) return undefined;
  const text = collapse(link.textContent ?? '');
  // A link that closes its paragraph with its outlet ("… zeigt ein Porträt der Kollegen: <a>…</a> (Spiegel).").
  const closing = closingCredit(textAfter(head));
  if (closing && isOutlet(closing) && wordCount(text) >= MIN_TITLE_WORDS) return closing;
  const lead = leadOf(head);
  if (lead === undefined) return undefined;
  const inLink = IN_LINK.exec(text);
  if (inLink && isOutlet(inLink[1]!) && wordCount(text.slice(0, inLink.index)) >= MIN_TITLE_WORDS) return inLink[1]!;
  if (wordCount(text) < MIN_TITLE_WORDS) return undefined;
  if (lead) return lead;
  const after = AFTER_LINK.exec(textAfter(head));
  if (!after) return undefined;
  if (after[5]) return null;
  const outlet = (after[1] ?? after[2] ?? after[3] ?? after[4])!;
  return isOutlet(outlet) ? outlet : undefined;
}

/** The link, or the inline wrapper it alone fills ("<strong><a>…</a></strong>"): what opens its item. */
export function headOf(link: Element): Element {
  let head = link;
  while (head.parentElement && WRAPPERS.has(head.parentElement.tagName) && head.parentElement.childNodes.length === 1) head = head.parentElement;
  return head;
}

/**
 * What comes before the head in its item: nothing but blanks or a number ("1.", "•") (""), an outlet's name as a lead
 * ("The Associated Press:"), or anything else (undefined: the link is inside a sentence). In a ticker's run of items
 * ("<a>…</a> (KPL) ● <a>…</a> (Vientiane Mai)") an item starts after the bullet before it.
 */
function leadOf(head: Element): string | undefined {
  let before = '';
  for (let n = head.previousSibling; n && before.length <= AFTER_LENGTH; n = n.previousSibling) {
    // Another link before it: a topic's ("Your Rights Online: <a>…</a>"), a list of links.
    if (n.nodeType === 1 && ((n as Element).matches('a[href]') || ((n as Element).firstElementChild !== null && (n as Element).querySelector('a[href]')))) return undefined;
    const bullet = n.nodeType === 3 && inRun(head) ? RUN_BULLET.exec(n.textContent ?? '') : null;
    if (bullet) {
      before = (n.textContent ?? '').slice(bullet.index + bullet[0].length) + before;
      break;
    }
    before = (n.textContent ?? '') + before;
  }
  const text = collapse(before);
  // A ticker's clock time before its link ("<b>17:32</b> <a>…</a>") opens the item as a number does.
  if (!text || /^(?:\d{1,3}[.)]?|[•·▪–—-]|\d{1,2}:\d{2})$/.test(text)) return '';
  const lead = LEAD.exec(text)?.[1];
  return lead && isOutlet(lead) && !NOT_A_LEAD.test(lead) ? lead : undefined;
}

/** A ticker's bullet between its items: the last one in a text. */
const RUN_BULLET = /[•●▪◆|](?![^•●▪◆|]*[•●▪◆|])/u;
const RUN_BULLETS = /[•●▪◆|]/u;

/** Whether a link stands in a ticker's run of items (a `<marquee>`, or an element its class calls a ticker). */
export function inRun(head: Element): boolean {
  const parent = head.parentElement;
  return !!parent && (parent.tagName === 'MARQUEE' || TICKER_CLASS.test(parent.getAttribute('class') ?? ''));
}

const TICKER_CLASS = /ticker|marquee/i;

function isOutlet(name: string): boolean {
  const words = wordCount(name);
  // A name in a script without case ("ຂປລ", "新华社") starts with any letter.
  return words >= 1 && words <= MAX_OUTLET_WORDS && (/^[\p{Lu}\p{Lo}\d]/u.test(name) || (words === 1 && /^\p{Ll}+$/u.test(name))) && !isBracketNote(name);
}

/** The outlet in brackets that closes the text after a link ("(Spiegel)."), if that is all the text says. */
export function closingCredit(text: string): string | null {
  const m = CLOSING.exec(text);
  return m ? (m[1] ?? m[2])! : null;
}

/** The text that follows an element in its parent, up to AFTER_LENGTH characters. */
function textAfter(el: Element): string {
  let text = '';
  // A line break ends the line the credit stands on (a teaser may follow: "— <b>Ĝangalo</b><br><em>Interese: …</em>").
  for (let n = el.nextSibling; n && text.length < AFTER_LENGTH && (n as Element).tagName !== 'BR'; n = n.nextSibling) text += n.textContent ?? '';
  // In a ticker's run the next item starts after a bullet.
  if (inRun(el)) text = text.split(RUN_BULLETS)[0]!;
  return text.slice(0, AFTER_LENGTH);
}
