/**
 * How a page marks the element that names a story's publisher: a class word, an itemprop, data-source, a test id, a bold
 * lead with a colon before the headline.
 */
import { textUpTo } from '../text';
import { isLabel } from './labels';

const SOURCE_HINT =
  /(?:^|[-_\s])(?:source|src|publisher|provider|outlet|attribution|site-?name|press|media-?name|quelle|fonte|fuente|bron|zrodlo|kaynak|kilde|kalla|sursa|forras|istochnik|nguon|sumber|zdroj|lahde|avots|saltinis|allikas|izvor|menbe|publication-?(?:name|title)|feed-?(?:name|title)|website-?name|partner-?name|entidad|issuer|emisor)(?:$|[-_\s])|[-_]media(?:$|\s)|__host(?:$|[-_\s])|(?:^|\s)pub(?:$|\s)/i;

/**
 * Whether an element is marked as a publisher's label: by a class word, an itemprop, a data-source attribute, a test id,
 * or a component's own name ("<vg-badge-source>", "<msft-attribution>").
 */
export function isSourceMarked(el: Element): boolean {
  const tag = el.localName;
  const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''} ${el.hasAttribute('data-source') ? 'source' : ''} ${tag.includes('-') ? tag : ''}`;
  return SOURCE_HINT.test(marks) || CAMEL_SOURCE_HINT.test(marks) || isTestIdSource(el);
}

/** A test id that names the publisher's label ("item-source", "publisherName"): a mark of its own, class or none. */
export function isTestIdSource(el: Element): boolean {
  const id = el.getAttribute('data-testid') ?? el.getAttribute('data-test-id');
  return !!id && (SOURCE_HINT.test(id) || CAMEL_SOURCE_HINT.test(id));
}

/**
 * The same words closing or inside a camel-case class name ("EntryMetadataSource", "cardSourceName", "itemPublisher"),
 * or opening a component's ("SourceBadge_badge__xY7kL", a CSS module's class); a publication's or a source's name
 * ("publicationName", a blogging platform's test id; "sourceName", a news database's), though not its date; a feed
 * reader's feed ("websiteName", "feedTitle").
 */
const CAMEL_SOURCE_HINT =
  /[a-z](?:Source|Publisher|Provider|Outlet|SiteName|MediaName|PublicationName)(?:$|[-_\sA-Z])|(?:^|\s)(?:websiteName|feedName|feedTitle)(?:$|[-_\sA-Z])|(?:^|\s)(?:Source|Publisher|Provider|Outlet)[A-Z_]|(?:^|\s)(?:publication|source|publisher|provider|outlet)(?:Name|Title|Label)(?:$|[-_\sA-Z])/;

/**
 * Selectors for the commonest publisher marks (the class words "source" or "Source", "src", "publisher", "press",
 * "provider", "outlet"; data-source), one query each. They find some elements isSourceMarked rejects ("resource", "express"),
 * which the caller filters out. A class substring is a scan of every element's class (far slower than a tag or a class
 * name), and a case-insensitive one slower still: one query per word, none for the other cases.
 */
export const SOURCE_MARK_PARTS = ['[class*="source"]', '[class*="Source"]', '[class*="src"]', '[class*="publisher"]', '[class*="press"]', '[class*="provider"]', '[class*="outlet"]', '[data-source]', '.pub'];

/** A bold outlet's name and a colon just before a link: "<strong>Global Dispatch:</strong> <a>Headline</a>". */
export function isOutletLead(el: Element): boolean {
  if (el.tagName !== 'STRONG' && el.tagName !== 'B') return false;
  const next = el.nextElementSibling;
  if (next?.tagName !== 'A' || !next.hasAttribute('href')) return false;
  const text = textUpTo(el, 50);
  return !!text && text.endsWith(':') && isLabel(text.slice(0, -1).trim());
}
