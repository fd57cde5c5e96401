/**
 * What the generic detector tells apart from stories: blocks that have a headline link and a time or a source and still
 * are no news — a shop's, a job board's or a property site's listings, events still to come, a calendar, a comment
 * thread, a channel's posts, the page's own story, a carousel's hidden clones — and the time labels of one story that
 * look like a list of their own.
 */
import type { Block, ParseContext } from '../types';
import { collapse, textOf, wordCount } from '../text';
import { isComingMachineTime, isComingText, isSpan, looksLikeTime, metaParts } from '../time';
import { titleOf } from '../fields/title';
import { type BlockView, cachedView, viewOf, viewText } from '../fields/view';
import { registrableDomain } from '../domain';
import { isJumpInPage, isPersonPage, resolveUrl, urlParts } from '../url';
import { listOf, matchingAny, queryOnce, shapeOf } from '../dom';
import { pageFact } from '../memo';
import { CLIP_LENGTH } from '../fields/duration';

/** Shop and job listings: a price with a cart button, a product or job schema, an apply button make a block no story. */
const PRICE = /(?:[$€£¥￥₩₹]\s?\d|\d円|(?<![\p{L}])(?:EUR|USD|GBP|CHF)\s?\d|\d(?:[.,]\d{2})?\s?(?:€|zł|(?:EUR|USD|GBP|kr)(?![\p{L}\d])))/u;
/**
 * Marks of things that are not news stories: a product, an offer, a vacancy; a paper in a journal (its schema, a DOI
 * link); a recipe, a podcast, an event, a course, an app, a book (their schema); what readers rate (an aggregate
 * rating, "Rated 4.8 out of 5 from 21,400 ratings"); a recording to play in the list (an episode's, a sermon's audio). A
 * critic's review of a film rates it once and carries none of them.
 */
const PRODUCT_TYPES = [
  'Product', 'Offer', 'JobPosting', 'ScholarlyArticle', 'Recipe', 'Podcast', 'Event', 'Course', 'SoftwareApplication', 'Book', 'AggregateRating',
].map((type) => `schema.org/${type}`);
const PRODUCT_PROPS = new Set(['price', 'ratingValue']);
/** The marks that are not schema types or item properties. */
const PRODUCT_QUERIES = ['[data-price]', 'a[href*="doi.org/10."]', 'audio'];
const PRODUCT_PARTS = [
  ...PRODUCT_TYPES.map((type) => `[itemtype*="${type}"]`), ...[...PRODUCT_PROPS].map((prop) => `[itemprop="${prop}"]`), ...PRODUCT_QUERIES,
];
/** A star rating's label: "Rated 4.8 out of 5", "Rating: 4.7 out of 5", "4.5 out of 5 stars", Amazon Japan's "5つ星のうち4.4" (a headline may say "4 out of 5 voters"). */
const STAR_RATING = /^(?:rated|rating:?) \d(?:[.,]\d)? out of 5\b|^\d(?:[.,]\d)? out of 5(?:[.,]0)? stars\b|^5つ星のうち\d(?:[.,]\d)?$/i;
const PRODUCT_SCHEMA = PRODUCT_PARTS.join(', ');
/** Characters PRICE cannot match without: a currency sign or code. Collapsing whitespace adds none of them. */
const CURRENCY = /[$€£¥￥₩₹円]|EUR|USD|GBP|zł|kr/;

// The document's product-schema elements, found once per parse: most pages have none, and then no block is one.
const productMarksOf = new WeakMap<object, { doc: Document; value: Set<Element> }>();

/**
 * The elements matching PRODUCT_SCHEMA: each scan of a large page costs, so the schema types and item properties come
 * from one query each (`[itemtype]`, `[itemprop]`: few elements have them) and are told apart here.
 */
function productMarks(doc: Document, ctx: ParseContext): Set<Element> {
  return pageFact(productMarksOf, ctx, doc, (d) => {
    const marks = matchingAny(d, PRODUCT_QUERIES);
    for (const el of queryOnce(d, '[itemtype]')) if (PRODUCT_TYPES.some((type) => el.getAttribute('itemtype')!.includes(type))) marks.add(el);
    for (const el of queryOnce(d, '[itemprop]')) if (PRODUCT_PROPS.has(el.getAttribute('itemprop')!)) marks.add(el);
    for (const el of starRatingsIn(d)) marks.add(el);
    return marks;
  });
}

function starRatingsIn(root: ParentNode): Element[] {
  return listOf(root.querySelectorAll('[aria-label*="out of 5" i]')).filter((el) => STAR_RATING.test(el.getAttribute('aria-label') ?? ''));
}

function hasProductSchema(block: Element, ctx: ParseContext): boolean {
  const marks = productMarks(block.ownerDocument, ctx);
  if (marks.size === 0) return false;
  if (marks.size > 32) return block.matches(PRODUCT_SCHEMA) || !!block.querySelector(PRODUCT_SCHEMA) || starRatingsIn(block).length > 0;
  for (const el of marks) if (block.contains(el)) return true;
  return false;
}

// The elements that hold the page's own headline (every ancestor of its h1 elements), found once per parse; none on a
// page with more h1 elements than a story has.
const headlineHolders = new WeakMap<object, { doc: Document; value: Set<Element> }>();

/**
 * Whether an element holds the page's own headline (its h1): the page's story, not one of a list. A page that gives
 * every post of a list an h1 (Lemmy does) has no single headline of its own.
 */
export function holdsPageHeadline(el: Element, ctx: ParseContext): boolean {
  return pageFact(headlineHolders, ctx, el.ownerDocument, (doc) => pageHeadlineHolders(doc, ctx.url)).has(el);
}

function pageHeadlineHolders(doc: Document, page: URL): Set<Element> {
  const holders = new Set<Element>();
  const h1s = doc.getElementsByTagName('h1');
  if (h1s.length > MAX_PAGE_HEADLINES) return holders;
  for (const h1 of listOf(h1s)) {
    // An aggregator's lead set as its page's h1, the headline a link to another site's story, is a story of the list.
    if (linksElsewhere(h1, page)) continue;
    for (let e = h1.parentElement; e && !holders.has(e); e = e.parentElement) holders.add(e);
  }
  return holders;
}

/**
 * Whether a heading's words are all one link to another site ("<h1><a href="https://outlet.example/…">…</a></h1>"), or,
 * on a site's front page, to another page of the site ("<h1><a href="pale.php?id=5120">…</a></h1>": its lead story).
 */
function linksElsewhere(heading: Element, page: URL): boolean {
  const links = heading.getElementsByTagName('a');
  if (links.length !== 1 || (links[0]!.textContent ?? '').trim() !== (heading.textContent ?? '').trim()) return false;
  const href = links[0]!.getAttribute('href') ?? '';
  const domain = /^https?:\/\//i.test(href) ? registrableDomain(href) : null;
  if (domain) return domain !== registrableDomain(page.href) || (FRONT_PAGE.test(page.pathname) && !FRONT_PAGE.test(urlParts(href)?.pathname ?? '/'));
  return FRONT_PAGE.test(page.pathname) && !!href && !href.startsWith('#') && !FRONT_PAGE.test(href.split(/[?#]/)[0]!.replace(/^\.?\/?/, '/'));
}

/** A site's front page: its root, or the root's index script. */
const FRONT_PAGE = /^\/(?:(?:index|default|home)\.(?:php|html?|aspx?|cfm|jsp))?$/i;

/** h1 elements a page with a story of its own has at most (its headline, perhaps the site's name). */
const MAX_PAGE_HEADLINES = 2;

/**
 * A record to tick in a tool's table (a search of records, a file manager): an item with a box to select it. Only for
 * items that show no time: a media-monitoring tool's clips, each with its box, are dated news.
 */
export function isSelectableRecord(block: Element): boolean {
  return block.querySelector('input[type="checkbox"]') !== null;
}

/**
 * A listing, not a story: a shop's product, a job board's vacancy, a property, a course, a question, anything rated, a
 * travel deal, a wiki's change, a tender's notice, a chart's entry, an account's transaction, a social network's
 * notification, a workout, an election race's result, a notice that expires, a death notice, an event its microformat marks. `reading` gives the block's text, where
 * the caller reads its list's texts anyway.
 */
export function isListing(block: Element, ctx: ParseContext, reading?: ListReading): boolean {
  if (hasProductSchema(block, ctx) || EVENT_MARK.test(block.getAttribute('class') ?? '')) return true;
  // The words both tests need are in the block's textContent too (one native call): without them the block is
  // neither, and its text need not be read.
  const content = reading ? reading.text(block) : (block.textContent ?? '');
  if (APPLY_HINT.test(content) && hasApplyControl(block)) return true;
  if (SIGN_UP_HINT.test(content) && hasSignUpControl(block)) return true;
  if (LISTING_COUNT.test(content) && hasListingCount(block)) return true;
  if (RECIPE_HINT.test(content) && hasRecipeFact(block)) return true;
  if (EDIT_LOG_HINT.test(content) && hasEditLogLinks(block)) return true;
  if (DEADLINE_HINT.test(content) && hasShortElement(block, 'dt, th, span, strong, b, div, p, li', (_, text) => DEADLINE_LABEL.test(collapse(text)))) return true;
  if (RELEASE_HINT.test(content) && hasShortElement(block, 'dt, th, span, strong, b, div, p, li', (_, text) => RELEASE_LABEL.test(collapse(text)))) return true;
  if (NOTIFICATION.test(content)) return true;
  if (TALLY_HINT.test(content) && hasShortElement(block, 'span, small, div, p, li, td', (_, text) => TALLY.test(collapse(text)), TALLY_LABEL)) return true;
  if (WORKOUT_HINT.test(content) && hasShortElement(block, 'dt, th, span, strong, b, div, p, li', (_, text) => WORKOUT_LABEL.test(collapse(text)))) return true;
  if (RECORD_HINT.test(content) && hasLeadingLabel(block, RECORD_FIELD, 'dt, th, span, strong, b, div, p, li', RECORD_LABEL)) return true;
  if (VERSION_HINT.test(content) && hasShortElement(block, 'span, small, code, strong, b, div, p, li, a', (_, text) => VERSION_TAG.test(collapse(text)))) return true;
  if (RECORDED_HINT.test(content) && hasLeadingLabel(block, RECORDED, 'span, small, p, div, li, time, strong, b', RECORDED_LABEL)) return true;
  if (VIEW_WORD.test(content) && VIEW_COUNT.test(content) && hasClipLength(block)) return true;
  if (INCIDENT_HINT.test(content) && hasShortElement(block, 'strong, b', (_, text) => INCIDENT_STATUS.test(collapse(text)))) return true;
  if (HOLD_HINT.test(content) && hasShortElement(block, 'a, button, span', (_, text) => LIBRARY_CONTROL.test(collapse(text)), LIBRARY_CONTROL_LABEL)) return true;
  if (SOLD_HINT.test(content) && hasShortElement(block, 'span, div, p, strong', (el, text) => SOLD_ON.test(collapse(text)) && !inHeadline(el), SOLD_LABEL)) return true;
  if (GUEST_BOOK_HINT.test(content) && hasShortElement(block, 'a, button', (_, text) => GUEST_BOOK.test(collapse(text)), GUEST_BOOK_LABEL)) return true;
  if (CONTRACT_HINT.test(content) && hasShortElement(block, 'span, div, li, dd, td, p, strong, b, small', (el, text) => CONTRACT.test(collapse(text)) && !inHeadline(el))) return true;
  if (hasNonStoryLink(block)) return true;
  if (CITATION_HINT.test(content) && CITATION.test(collapse(content))) return true;
  if (CITED_BY_HINT.test(content) && hasShortElement(block, 'a', (_, text) => CITED_BY.test(collapse(text)))) return true;
  if (CORRECTION_HINT.test(content) && hasShortElement(block, 'strong, b, span, em, dt, label', (el, text) => CORRECTION_LABEL.test(collapse(text)) && !inHeadline(el))) return true;
  if (PAPER_LINE_HINT.test(content) && hasShortElement(block, 'div, span, p', (_, text) => PAPER_LINE.test(collapse(text)), PAPER_LINE_LENGTH)) return true;
  if (STAR_HINT.test(content) && hasShortElement(block, 'span, div, p, small', (el, text) => el.childElementCount === 0 && STAR_RATING.test(collapse(text)))) return true;
  if (STAR_GLYPH.test(content) && hasShortElement(block, 'span, div, p, small, td', (el, text) => el.childElementCount === 0 && STARS.test(collapse(text)))) return true;
  if (BOUNTY.test(content) && hasShortElement(block, 'span, small, div, p, li, dd, td', (el, text) => BOUNTY.test(text) && !inHeadline(el), BOUNTY_LABEL)) return true;
  if (SEVERITY_HINT.test(content) && hasShortElement(block, 'span, div, strong, b, td, p', (el, text) => el.childElementCount === 0 && SEVERITY.test(collapse(text)))) {
    return true;
  }
  // A pay, a fare and a price need a currency sign or code.
  if (!CURRENCY.test(content)) return false;
  if (PAY.test(content) && hasShortElement(block, 'span, div, p, li, dd, td, strong, b', (el, text) => collapse(text).replace(PAY_LEAD, '').search(PAY) === 0 && !inHeadline(el), PAY_LABEL)) {
    return true;
  }
  if (FARE.test(content) && hasLeadingLabel(block, FARE, 'p, span, div, strong, b, dd, td', FARE_LABEL)) return true;
  const view = cachedView(block, ctx);
  const text = view ? viewText(view, block) : textOf(block);
  return PRICE.test(text) && (CART.test(text) || hasCartButton(block) || hasPriceTag(block));
}

/** An event as the hCalendar microformats or its own class mark it ("li.vevent", "div.h-event", "li.event"): its date is when it takes place. */
const EVENT_MARK = /(?:^|\s)(?:vevent|h-event|event)(?:\s|$)/;

/**
 * A catalogue's record cited as a bibliography cites it: its first author written surname first, then the publisher
 * and the date in brackets ("Zhang, Yiran (University of Harwick, 2026-04)", "Okafor, C.; Lind, M. (Elsevier, 2025)"):
 * a repository's thesis or paper, not a story.
 */
const CITATION = /\p{Lu}[\p{L}'’-]+,\s\p{Lu}[^()]{0,80}?(?:\([^()]{1,20}\)\s?)?\s\([^()]{2,80},\s\d{4}(?:-\d{2}){0,2}\)/u;
const CITATION_HINT = /, \d{4}(?:-\d{2}){0,2}\s*\)/;

/**
 * A scholarly search's link to the papers that cite a result ("Cited by 12", "Zitiert von: 3", "Cité 5 fois"): a paper,
 * not a story.
 */
const CITED_BY = /^(?:cited by|zitiert von:?|citado por|citato da|geciteerd door|cytowane przez)\s*\d+$|^cité \d+ fois$/i;
const CITED_BY_HINT = /cited by|zitiert von|citado por|citato da|geciteerd door|cytowane przez|cité \d/i;

/**
 * A scholarly search's line under a paper's title: its authors by initials and surname, the journal and year, the
 * publisher ("R Whitfield, AM Osei, … - Science of The Total Environment, 2025 - Elsevier").
 */
const PAPER_LINE = /^\p{Lu}{1,3} \p{Lu}[\p{L}'’-]+(?:, (?:\p{Lu}{1,3} \p{Lu}[\p{L}'’ -]+|…))* - .{2,90}, (?:19|20)\d{2} - \S/u;
const PAPER_LINE_HINT = /, (?:19|20)\d{2} - /;
const PAPER_LINE_LENGTH = 240;

/**
 * A newspaper's correction or clarification, its kind in a label of its own ("Correction:", "Clarification:"): a note
 * about a story, which it links as "Original story".
 */
const CORRECTION_LABEL = /^(?:correction|clarification|editor['’]s note|berichtigung|korrektur|rectificatif|rectification|fe de erratas|rectificación|aclaración|rettifica|correção|rectificação|rectificatie)s?\s?:?$/i;
const CORRECTION_HINT = /correction|clarification|editor['’]s note|berichtigung|korrektur|rectific|fe de erratas|aclaración|rettifica|correção|rectificatie/i;

/** The words a star rating written as text holds ("5 out of 5 stars", for screen readers): a review's or a product's. */
const STAR_HINT = /out of 5|つ星のうち/i;
/** A rating drawn in star glyphs ("★★★½"), an element of its own: a film's, a book's or a product's, no story's. */
const STAR_GLYPH = /[★☆⭐]/;
const STARS = /^[★☆⭐½]{1,6}$/u;

/**
 * A bug bounty program's reward ("Bounties up to €10,000", "no bounties") in a line of its own, outside any headline:
 * a program to hunt in, not a story.
 */
const BOUNTY = /\bbount(?:y|ies)\s+(?:up to|from)\s+[$€£]\s?\d|\bno bounties\b/i;
/** Characters such a line holds at most ("Launched 2 days ago · Bounties up to €10,000"). */
const BOUNTY_LABEL = 64;

/** A security report's severity with its CVSS score ("High (7.6)", "Critical (9.8)"): a bug bounty's report, not a story. */
const SEVERITY = /^(?:critical|high|medium|low|none)\s*\(\d{1,2}(?:\.\d)?\)$/i;
const SEVERITY_HINT = /\(\d{1,2}(?:\.\d)?\)/;

/**
 * Whether a link of the block makes it something other than a story: one to a music store or a streaming service
 * (a playlist's song: "Find Bodies on Bandcamp", "Listen on Spotify"; a story links its outlet), one to add the block's
 * event or meeting to a calendar ("Add this meeting to your calendar", an iCalendar file), or one to a program's release
 * beside its heading (its tag on a code host, "/releases/tag/mac-6.4.2"; its download, "Feedwise-6.4.2.zip"). The
 * block's links are read once for all three.
 */
function hasNonStoryLink(block: Element): boolean {
  for (const a of listOf(block.getElementsByTagName('a'))) {
    const href = a.getAttribute('href') ?? '';
    if (MUSIC_STORE.test(href) || addsToCalendar(a, href) || isReleaseLink(a, href)) return true;
  }
  return false;
}

function addsToCalendar(a: Element, href: string): boolean {
  if (CALENDAR_FILE.test(href)) return true;
  const named = `${a.getAttribute('title') ?? ''} ${a.getAttribute('aria-label') ?? ''} ${a.querySelector('img')?.getAttribute('alt') ?? ''}`;
  return !!named.trim() && ADD_TO_CALENDAR.test(named);
}

/**
 * A link to a program's release, outside a heading: a headline that is the release ("<h2><a
 * href=…/releases/tag/r181>Three.js r181 released</a></h2>") is a link aggregator's story.
 */
function isReleaseLink(a: Element, href: string): boolean {
  return RELEASE_LINK.test(href) && !a.closest(HEADING);
}

const HEADING = 'h1, h2, h3, h4, h5, h6';

const RELEASE_LINK = /\/releases\/tag\/|\.(?:zip|dmg|exe|msi|pkg|apk|appimage|deb|rpm)(?:$|[?#])/i;

const CALENDAR_FILE = /\.ics(?:$|[?#])|[?&]M=IC(?:&|$)/i;
const ADD_TO_CALENDAR = /\badd (?:this |the )?(?:event |meeting )?to (?:your |my )?calendar\b|\bicalendar\b|\bzum kalender hinzufügen\b|\bajouter (?:à|au) (?:mon |votre )?(?:agenda|calendrier)\b/i;

const MUSIC_STORE = /^(?:https?:)?\/\/(?:[\w-]+\.)?(?:bandcamp\.com|open\.spotify\.com|music\.apple\.com|itunes\.apple\.com\/[\w-]+\/album|tidal\.com|deezer\.com|music\.youtube\.com|music\.amazon\.[a-z.]+)\//i;

/**
 * A video's count of views or plays ("384K views", "48.2K plays", "1,2 Mio. Aufrufe"): with its length on its own
 * ("14:22", the badge on its thumbnail), a video platform's item, not a news story.
 */
const VIEW_COUNT =
  /\d[\d.,]*\s*(?:[KMB]|Mio\.?|Mrd\.?|k|mil|тыс\.?|млн)?\s*(?:views|plays|watching|Aufrufe|vues|visualizaciones|visualizações|visualizzazioni|weergaven|wyświetle[nń]|görüntüleme|просмотр(?:ов|а)?|回視聴|次观看|次觀看|조회수)|(?:조회수)\s*\d/i;
/** The words VIEW_COUNT needs, in one cheap test of a block's whole text before the dearer one. */
const VIEW_WORD = /views|plays|watching|aufrufe|vues|visualiza|weergaven|wyświetle|görüntüleme|просмотр|回視聴|次观看|次觀看|조회수/i;

/** Whether an element of the block shows a clip's length and nothing else (the badge on a video's thumbnail). */
function hasClipLength(block: Element): boolean {
  return hasShortElement(block, 'span, div, time, p, b', (el, text) => el.childElementCount === 0 && CLIP_LENGTH.test(collapse(text)));
}

/** A price standing as an element of its own ("$850.00", "1 200 €", "−$6.45"): a classified ad's or a shop's price tag, an account's entry. */
const PRICE_TAG = /^[-−+]?\s?(?:[$€£¥₹]\s?\d[\d,.\s]*(?:\s?(?:USD|CAD|AUD|NZD|EUR|GBP))?|(?:EUR|USD|GBP|CHF)\s?\d[\d,.\s]*|\d[\d,.\s]*\s?(?:€|EUR|USD|GBP|zł|kr|Kč|Ft|lei|₽))(?:\s?(?:\/\s?\w+|obo|neg\.?|vb|do negocjacji|verhandelbar|à débattre|negociable|negoziabile))?$/i;

function hasPriceTag(block: Element): boolean {
  return hasShortElement(block, 'p, span, div, strong, b, dd, td', (el, text) => isPriceParts(el) && PRICE_TAG.test(collapse(text)));
}

/** An element that holds a price alone: its text, or a few spans of it ("<span>$</span><span>38.00</span>"). */
function isPriceParts(el: Element): boolean {
  if (el.childElementCount === 0) return true;
  if (el.childElementCount > 3) return false;
  for (const child of listOf(el.children)) if (child.tagName !== 'SPAN' || child.childElementCount > 0) return false;
  return true;
}

/** Characters a label of its own holds at most: a price tag, a count ("1,204 reviews"). */
const SHORT_LABEL = 24;

/** Whether an element of the block (among `selector`) holds a short text (`max` characters at most) that passes `test`. */
function hasShortElement(block: Element, selector: string, test: (el: Element, text: string) => boolean, max = SHORT_LABEL): boolean {
  for (const el of listOf(block.querySelectorAll(selector))) {
    const text = el.textContent ?? '';
    if (text.length <= max && test(el, text)) return true;
  }
  return false;
}

/** A vacancy's pay: an amount or a range of them per year, month or hour ("$98,000 - $121,000 a year", "€18/hr"). */
const PAY =
  /[$€£]\s?\d[\d,.]*\s?[kK]?(?:\s?[-–]\s?[$€£]?\s?\d[\d,.]*\s?[kK]?)?\s?(?:a|an|per|\/)\s?(?:year|yr|annum|month|mo|hour|hr)\b|\d(?:[\d.,]|\s(?=\d{3}))*\s?(?:€|EUR)(?:\s?[-–]\s?\d(?:[\d.,]|\s(?=\d{3}))*\s?(?:€|EUR))?\s?(?:pro|par|al|per)\s(?:Jahr|Monat|Stunde|an|mois|heure|año|mes|hora|anno|mese|ora)(?!\p{Ll})/u;
/** Words before a pay that make it a floor or a ceiling ("À partir de 2 100 € par mois", "Up to $40 an hour"). */
const PAY_LEAD = /^(?:à partir de|jusqu['’]à|from|up to|ab|bis zu|desde|hasta|da|fino a|od|do)\s+/i;
/** Characters a pay label holds at most (a range and its period). */
const PAY_LABEL = 40;

/** A status page's update of an incident, its stage in bold ("<strong>Monitoring</strong> - A fix has been deployed…"). */
const INCIDENT_STATUS = /^(?:investigating|identified|monitoring|resolved|postmortem|verifying|in progress|completed)$/i;
const INCIDENT_HINT = /investigating|identified|monitoring|resolved|postmortem|verifying|in progress|completed/i;

/** A library catalogue's record, by its controls: "Place hold", "Not holdable", "Where is it?", "Add to shelf". */
const LIBRARY_CONTROL = /^(?:place (?:a )?hold|not holdable|where is it\?|add to (?:my )?shelf)$/i;
const HOLD_HINT = /hold|where is it|shelf/i;
const LIBRARY_CONTROL_LABEL = 24;

/** An auction's end ("Verkauft 25. Nov 2026", "Sold Nov 24, 2026"): a sold item's, not a story's. */
const SOLD_ON = /^(?:verkauft|sold|vendu|venduto|vendido|verkocht|sprzedane)(?: (?:am|le|il|el|on|op))?\s+\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}$|^(?:sold|verkauft)\s+\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}$/iu;
const SOLD_HINT = /verkauft|sold|vendu|venduto|vendido|verkocht|sprzedane/i;
const SOLD_LABEL = 32;

/**
 * A death notice's own links: its guest book ("Guest Book (41 entries)", "Sign Guest Book") and flowers to send (an
 * obituaries site's notice, not a story).
 */
const GUEST_BOOK = /^(?:(?:sign (?:the )?|view )?guest ?book(?: \(\d+ entr(?:y|ies)\))?|send flowers|kondolenzbuch|livre de condoléances)$/i;
const GUEST_BOOK_HINT = /guest ?book|send flowers|kondolenzbuch|livre de condoléances/i;
const GUEST_BOOK_LABEL = 40;

/**
 * A job's contract or hours as a label of their own ("CDI", "Temps plein", "Vollzeit", "Full-time", "Umowa o pracę"):
 * a vacancy, not a story.
 */
const CONTRACT =
  /^(?:CDI|CDD|temps (?:plein|partiel)|alternance|intérim|full[- ]time|part[- ]time|vollzeit|teilzeit|festanstellung|jornada (?:completa|parcial)|media jornada|tiempo (?:completo|parcial)|tempo (?:pieno|parziale|determinato|indeterminato)|pełny etat|umowa o pracę|fulltid|deltid|voltijd|deeltijd)$/i;
const CONTRACT_HINT = /CDI|CDD|temps p|alternance|intérim|full[- ]time|part[- ]time|vollzeit|teilzeit|festanstellung|jornada|tiempo (?:completo|parcial)|tempo (?:p|d|i)|etat|umowa o pracę|fulltid|deltid|voltijd|deeltijd/i;

/** Whether an element sits in a link or a heading: a headline's words, not a label of the block's own. */
function inHeadline(el: Element): boolean {
  return !!el.closest('a, h1, h2, h3, h4, h5, h6');
}

/**
 * Whether an element of the block (among `selector`, `max` characters at most) starts with what `lead` finds, outside
 * any link or heading: a label of its own, not a headline that says "Workers win $20 an hour" or "Fares from $49".
 */
function hasLeadingLabel(block: Element, lead: RegExp, selector: string, max: number): boolean {
  return hasShortElement(block, selector, (el, text) => collapse(text).search(lead) === 0 && !inHeadline(el), max);
}

/** A fare or a rate from its lowest price ("from $389 round-trip", "ab 49 € pro Nacht"): a deal, not a story. */
const FARE = /(?:^|\s)(?:from|ab|dès|desde|a partir de|da|od)\s+(?:[$€£¥₹]\s?\d|\d[\d.,]*\s?(?:€|EUR|USD|GBP|zł|kr))/i;
/** Characters a fare's label holds at most ("from $1,249 round-trip"). */
const FARE_LABEL = 32;


/**
 * A wiki's change log (recent changes, a watchlist, a page's history): each entry shows its controls, "diff", "hist",
 * the editor's "talk" and "contribs" (a new page's "diff" is no link).
 */
const EDIT_LOG_HINT = /diff|hist/;
const EDIT_LOG_CONTROL = /^(?:diff|hist|prev|cur|talk|contribs)$/;

function hasEditLogLinks(block: Element): boolean {
  const controls = new Set<string>();
  for (const el of listOf(block.querySelectorAll('a, span'))) {
    const text = collapse(el.textContent ?? '');
    if (EDIT_LOG_CONTROL.test(text)) controls.add(text);
  }
  return controls.size >= 3;
}

/**
 * A deadline named as a field of its own ("Closing", "Closing date:", "Deadline", "Date limite", "Angebotsfrist",
 * "Expires"): a tender's, a grant's or a call's notice, or an alert, which stays open until then; a story has no closing
 * date.
 */
const DEADLINE_HINT = /clos|deadline|limite|frist|límite|scadenza|expir/i;
const DEADLINE_LABEL =
  /^(?:closing(?: date)?|closes|deadline|submission deadline|tender deadline|application deadline|date limite(?: de (?:remise|dépôt))?|angebotsfrist|abgabefrist|fecha límite|scadenza|expires|expiry|expiration)\s*:?$/i;

/**
 * A field of a product's release or a chart's run ("Released", "Release date:", "Wks on chart", "Peak position"): a
 * song's, a film's or an app's entry, dated by its release; a story is published, not released.
 */
const RELEASE_HINT = /releas|on chart|peak/i;
const RELEASE_LABEL = /^(?:released|release date|weeks on chart|wks\.? on chart|peak position)\s*:?$/i;

/** An election race's count ("6,391 of 6,912 precincts reporting", "92% of expected vote in"): a result, not a story. */
const TALLY_HINT = /reporting|expected vote|votes counted/i;
/** Characters a race's count holds at most ("6,391 of 6,912 precincts reporting (92%)"). */
const TALLY_LABEL = 60;
const TALLY = /^(?:[\d,.]+ of [\d,.]+ precincts reporting|[\d.]+% (?:of )?(?:precincts reporting|(?:the )?expected vote(?: in| counted)?|votes counted))\b/i;

/** A workout's metrics ("Pace", "Elev Gain", "Moving Time"): an athlete's logged activity, not a story. */
const WORKOUT_HINT = /pace|elev|moving time/i;
const WORKOUT_LABEL = /^(?:pace|avg\.? pace|elev(?:ation)? gain|moving time)\s*:?$/i;

/**
 * A field of a register's record ("Priority 2025-05-22", "Inventors: …", "Applicant", "Notice ID", "Notice code", a
 * bill's "Sponsors" and "Last Action", a road closure's "Works promoter" and "Diversion", a clinical trial's "Date
 * applied" and "Recruitment status", a course's "Credits", "Prerequisites" and "Instructor"): a patent's or an official
 * gazette's notice, filed and numbered, a legislature's bill, a council's traffic notice, a trials registry's entry, a
 * catalogue's course, a library's book ("Shelfmark", "Call number"), a call for tenders ("Date limite de réponse",
 * "Annonce n°", "Procurement stage", "Notice status", "Contract value"), a library's database ("Vendor/Provider"); a
 * story has none of them ("Filed under" is a blog's).
 */
const RECORD_HINT = /priorit|filed|filing|applicant|inventor|assignee|notice (?:id|code|number|no|type)|last action|sponsors|promoter|diversion|date applied|recruitment|trial status|condition category|credits|prerequisites?|instructor|shelfmark|call number|date limite|annonce n|procurement stage|notice status|contract value|vendor/i;
const RECORD_FIELD =
  /^(?:priority(?: date)?|filed(?! under)|filing date|applicants?|inventors?|assignees?|notice (?:id|code|number|no\.?|type)|last action|(?:prime |co-?)?sponsors|works promoter|diversion|date applied|recruitment status|overall (?:trial )?status|condition category|credits|(?:pre|co)-?requisites?|instructors?|shelfmark|call number|date limite de (?:réponse|remise)|procurement stage|notice status|contract (?:value|location)|vendor(?:\/provider)?)\b|^annonce n°/i;
/** Characters a record's field holds at most, its value with it ("Inventors: Haruto Ishizaki, Mei Kurosawa"). */
const RECORD_LABEL = 80;

/**
 * A release's version tag of its own ("v4.18.0", "Version 2.1"; a bare "4.17.2" may be a date, "27.11.26"): an entry of
 * a product's changelog, not a story (a story about a release names it in its headline).
 */
const VERSION_HINT = /\b(?:v|version ?|release ?)\d+\.\d/i;
const VERSION_TAG = /^(?:v|version ?|release ?)\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$/i;

/** A recording's date ("Recorded Nov 18, 2026", "Aufgezeichnet am …"): a webinar or a talk to watch, not a story. */
const RECORDED_HINT = /recorded|aufgezeichnet|enregistré|grabado|registrato/i;
const RECORDED = /^(?:recorded|aufgezeichnet|enregistré|grabado|registrato)\s+(?:on |am |le |el |il )?\S/i;
/** Characters a recording's date holds at most ("Recorded on September 24, 2026"). */
const RECORDED_LABEL = 40;

/**
 * A social network's notification: someone's action on the reader's post or on the reader ("Maria Okafor liked your
 * post", "started following you", "Your post reached 1,000 views", "New follower"), or a review site's activity ("wrote
 * a review for", "uploaded 4 photos for", "checked in at"): an account's activity, not a story.
 */
const NOTIFICATION =
  /\b(?:liked|loved|shared|reposted|boosted|quoted|commented on|replied to|reacted to)\s+(?:to\s+)?your\s+(?:post|photo|comment|reply|story|video|thread|note)\b|\b(?:followed you|started following you|mentioned you|new followers?)\b|\byour\s+(?:post|photo|comment|reply|story|video|thread|note)\s+(?:was|has been|reached|got)\b|\b(?:wrote|left|posted|updated) a (?:review|tip) (?:for|of|on)\b|\b(?:checked in (?:at|for)|(?:added|uploaded) (?:a |\d+ )?photos? (?:of|to|for))\b/i;

/** Words every listing control below holds. */
const APPLY_HINT = /apply|bewerb|postul|candidat|aplica|contact|enrol|enquire|inquire|book/i;
/**
 * A listing's own button or link: a job's "Apply", "Easy Apply", "Jetzt bewerben", "Postuler"; a property's "Contact
 * agent", "Enquire"; a course's "Enroll now"; a stay's "Book now". A story has no such control.
 */
const APPLY =
  /^(?:(?:quick |easy )?apply(?: now| for this (?:job|position|role))?|(?:jetzt )?bewerben|postuler|candidat(?:ar|ez-vous|arse)|aplicar|contact (?:agent|seller|dealer|agency)|enquire(?: now)?|inquire(?: now)?|enrol+(?: now)?|book now)$/i;

/** A newsletter's or a feed's own control to subscribe to it ("Sign up", a box "Sign up to Headlines UK"): a list of newsletters. */
const SIGN_UP_HINT = /sign up|subscribe|abonnieren|abonner|suscrib|inscrev/i;
const SIGN_UP = /^(?:sign up|subscribe|abonnieren|s['’]abonner|suscribirse|suscríbete|inscrever-se)(?: (?:to|for|now)\b.*)?$/i;

function hasSignUpControl(block: Element): boolean {
  for (const control of listOf(block.querySelectorAll('button, label, input[type="submit"], input[type="checkbox"]'))) {
    const text = collapse(control.getAttribute('aria-label') || (control.textContent ?? '') || (control.getAttribute('value') ?? ''));
    if (SIGN_UP.test(text)) return true;
  }
  return false;
}

/** A button or link that reads as an apply control: capitalised as a control is, and no topic tag ("apply"). */
function hasApplyControl(block: Element): boolean {
  for (const control of listOf(block.querySelectorAll('a:not([rel~="tag"]), button'))) {
    const text = collapse(control.textContent ?? '');
    if (APPLY.test(text) && text[0] !== text[0]!.toLowerCase()) return true;
  }
  return false;
}

/**
 * A count that only a listing shows: a question's answers ("0 answers", "12 réponses", "3 个回答") on a Q&A site, a
 * recipe's, an app's or a product's ratings and reviews ("2,841 Ratings", "1.2k reviews").
 */
const LISTING_COUNT =
  /\d\s*(?:answers?|réponses?|antworten|respuestas?|risposte|respostas?|odpowiedzi|ответ(?:а|ов)?|(?:个|個)?回答|답변|個の回答|ratings?|reviews?|bewertungen|avis|valoraciones|reseñas|recensioni|avaliações|opinii|отзыв(?:а|ов)?|件の評価|件のレビュー|条评价|条评论|개의 리뷰)(?![\p{L}])/iu;

/** Whether the count stands as a label of its own (a stats box), not inside a sentence ("3 answers to the budget"). */
function hasListingCount(block: Element): boolean {
  return hasShortElement(block, 'div, span, li, a, dd, td, b, strong, small, p', (_, text) => LISTING_COUNT.test(text) && COUNT_LABEL.test(text));
}

/** A number and one or two words, brackets allowed: "2 answers", "(1,204 reviews)", "3 个回答". */
const COUNT_LABEL = /^\s*\(?\s*[\d,.]+\s*[kK]?\s*\S+(?:\s+\S+)?\s*\)?\s*$/;

/** A recipe's facts: "Prep: 15 mins", "Cook time 35 min", "Total: 1 hr", "Yield: 9 bars", "Serves 4", "Portionen: 4". */
const RECIPE_FACT =
  /(?:^|[^\p{L}])(?:(?:prep|cook|total|active)(?:\s*time)?|yield|servings|serves|portions?|portionen|zubereitungszeit|préparation|cuisson|tiempo de preparación|raciones|porzioni|(?:tempo de )?preparo|rendimento|porções)\s*:?\s*\d/iu;

/** The words of RECIPE_FACT without its word boundary: a cheap first test of a block's whole text. */
const RECIPE_HINT = /(?:prep|cook|total|active|yield|serv|portion|zubereitungszeit|préparation|cuisson|tiempo de preparación|raciones|porzioni|preparo|rendimento|porções)[^\d]{0,8}\d/i;

/** Whether a recipe's fact stands as a label of its own: a recipe card, not a story that mentions cooking. */
function hasRecipeFact(block: Element): boolean {
  return hasShortElement(block, 'span, li, div, p, dd, td, small', (_, text) => RECIPE_FACT.test(text) && collapse(text).search(RECIPE_FACT) <= 1);
}

/** Words of a shop's buttons. A story about money ("$600 billion") in a card with share or menu buttons is no product. */
const CART = /\b(?:add to (?:cart|basket|bag)|buy now|in den warenkorb|ajouter au panier)\b/i;
const CART_BUTTON = /cart|basket|bag|buy|choose options|warenkorb|kaufen|panier|acheter|carrito|comprar/i;

/** A button (or submit input) that puts something in a basket, by its words, its label or its name. */
function hasCartButton(block: Element): boolean {
  for (const b of listOf(block.querySelectorAll('button, input[type="submit"]'))) {
    const words = `${b.textContent ?? ''} ${b.getAttribute('aria-label') ?? ''} ${b.getAttribute('value') ?? ''} ${b.getAttribute('name') ?? ''} ${b.getAttribute('class') ?? ''}`;
    if (CART_BUTTON.test(words)) return true;
  }
  return false;
}

/**
 * An item that shows a date still to come (an event, a release), or an event's start as its markup names it (schema.org's
 * `startDate`: a broadcast, a concert, a session): an announcement, not a story.
 */
export function isComing(item: Element, ctx: ParseContext, base: URL): boolean {
  if (isEventItem(item)) return true;
  const view = viewOf({ element: item, section: null }, ctx, base);
  if (view.times.some((t) => isComingMachineTime(t.getAttribute('datetime') ?? '', ctx.now))) return true;
  return view.pieces.some((p) => p.text.length <= 48 && metaParts(p.text).some((part) => isComingText(part, ctx.now, ctx.times)));
}

/**
 * Time labels of one story, not a list of stories: they sit inside one link, or in a line without links ("Published
 * June 8 · Updated June 8", two `<time>` elements side by side).
 */
export function isOneStoryLine(list: Element): boolean {
  return !!list.closest('a[href]') || !list.querySelector('a[href]');
}

/**
 * A strip of market prices, not a list of stories: most of its items show a change in percent ("+0.45%") beside a
 * short name ("FTSE 100", "Nikkei 225") and the time of the quote.
 */
export function isTickerStrip(found: Block[], reading: ListReading): boolean {
  const quotes = found.filter((b) => {
    const text = reading.text(b.element);
    return text.length <= TICKER_TEXT && PRICE_CHANGE.test(text);
  }).length;
  return quotes >= found.length * 0.6;
}

const PRICE_CHANGE = /[+\-−–]\s?\d+(?:[.,]\d+)?\s?%/;
/** Characters a ticker's item holds at most: a name, a price, a change, a time. */
const TICKER_TEXT = 80;

/**
 * A calendar of events, not a list of stories: a third or more of the items of the stories' shape show a span of days
 * ("Jun 8-12"); its single days ("Jun 16") read as past dates, but they are days to come.
 */
export function isCalendar(list: Element, found: Block[], reading: ListReading): boolean {
  const shapes = new Set(found.map((b) => reading.shape(b.element)));
  let items = 0;
  let spans = 0;
  // A calendar shows its spans from its first items on: the first few tell.
  for (let child = list.firstElementChild; child && items < CALENDAR_SAMPLE; child = child.nextElementSibling) {
    if (!shapes.has(reading.shape(child))) continue;
    items++;
    if (isSpan(reading.text(child))) spans++;
  }
  return spans * 3 >= items;
}

/** An element's text (its textContent) and its shape, each read once for one list, whose tests ask about the same members. */
export interface ListReading {
  text(el: Element): string;
  shape(el: Element): string;
}

export function listReading(): ListReading {
  const texts = new Map<Element, string>();
  const shapes = new Map<Element, string>();
  return {
    text: (el) => {
      let text = texts.get(el);
      if (text === undefined) texts.set(el, (text = el.textContent ?? ''));
      return text;
    },
    shape: (el) => {
      let shape = shapes.get(el);
      if (shape === undefined) shapes.set(el, (shape = shapeOf(el)));
      return shape;
    },
  };
}

/** A clock time alone: "20:00", "9.30", "6:00 AM". */
const BARE_CLOCK = /^(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\.?)?$/i;
/** Items with a clock time alone a schedule shows at least, in the order of the day. */
const SCHEDULE_ITEMS = 4;

/**
 * A day's schedule, not a list of stories: its items show clock times alone, in the order of the day (a TV guide's
 * "18:00, 18:30, 19:00, 20:00", a station's "6:00 AM, 10:00 AM, 3:00 PM"). A list of stories puts its newest first;
 * one step back past midnight is allowed.
 */
export function isSchedule(found: Block[], ctx: ParseContext, base: URL): boolean {
  const minutes: number[] = [];
  for (const b of found) {
    const m = BARE_CLOCK.exec(viewOf({ element: b.meta ?? b.element, section: null }, ctx, base).timeText ?? '');
    if (m) minutes.push(((Number(m[1]) % (m[3] ? 12 : 24)) + (m[3]?.toLowerCase() === 'p' ? 12 : 0)) * 60 + Number(m[2]));
  }
  if (minutes.length < SCHEDULE_ITEMS || minutes.length < found.length * 0.6) return false;
  // The one step back is the night's: from the evening to the small hours, half a day or more. A most-read list's
  // clock times ("09:12, 11:48, 07:30, 14:05") step back within the day.
  let back = 0;
  for (let i = 1; i < minutes.length; i++) {
    const step = minutes[i]! - minutes[i - 1]!;
    if (step < 0 && (step > -HALF_DAY_MINUTES || ++back > 1)) return false;
  }
  return minutes[minutes.length - 1] !== minutes[0];
}

const HALF_DAY_MINUTES = 12 * 60;

/** A comment's permalink around its time: an anchor in the page ("#issuecomment-295…") or a comment's address. */
const COMMENT_LINK = /^#|comment/i;
/** A headline link to a comment on a post ("/dinner-rolls/#comment-18842"): a "Recent comments" list names the posts. */
const COMMENT_ANCHOR = /#(?:comment|respond|reply)/i;

/**
 * A thread of comments, not a list of stories: most of its times are the comments' permalinks, or its headlines link to
 * comments (a blog's "Recent comments": a post's title, the comment's anchor).
 */
export function isCommentThread(found: Block[], ctx: ParseContext, base: URL): boolean {
  let permalinks = 0;
  for (const b of found) {
    const view = viewOf(b, ctx, base);
    const label = view.timePiece?.element ?? view.times[0];
    const link = label?.closest('a[href]');
    const href = link?.getAttribute('href') ?? '';
    // A post's permalink: in the page itself, or the page's own address with a fragment (a live blog's posts).
    if (link && b.element.contains(link) && (COMMENT_LINK.test(href) || isJumpInPage(resolveUrl(href, base) ?? '', ctx.url))) permalinks++;
    else if (COMMENT_ANCHOR.test(titleOf(view)?.url ?? '')) permalinks++;
  }
  return permalinks * 2 > found.length;
}

/**
 * A forum's or a tracker's threads, not stories: most times follow what someone did to the thread ("sanna-vik asked 7
 * minutes ago", "started 3 days ago", "opened yesterday"), or most headlines open a discussion of the forum that links
 * nowhere beyond it. A link aggregator's "submitted"/"posted" are no such words, and a forum of shared news links each
 * topic to the outlet's story ("euractiv.com" beside the title).
 */
export function isThreadList(found: Block[], ctx: ParseContext, base: URL): boolean {
  let threads = 0;
  for (const b of found) {
    const view = viewOf(b, ctx, base);
    const at = view.timePiece ? view.pieces.indexOf(view.timePiece) : -1;
    if ((at > 0 && THREAD_ACTION.test(view.pieces[at - 1]!.text)) || isInwardDiscussion(view, ctx)) threads++;
  }
  return threads * 2 > found.length;
}

const THREAD_ACTION = /^(?:asked|answered|opened|started|commented|replied|closed|merged|committed|authored|pushed)$/i;

/**
 * People's posts, not stories (a neighbourhood's feed, a community's board): most headlines are a post's subject that
 * links nowhere, under the poster's name and picture, which link to the poster's page; or that links to the post's
 * own page on the site ("/clubs/287431/posts/29188431"), the poster's page beside it. A story's headline is its link.
 */
export function isPeoplesPosts(found: Block[], ctx: ParseContext, base: URL): boolean {
  let posts = 0;
  for (const b of found) {
    const view = viewOf(b, ctx, base);
    const title = titleOf(view);
    const first = view.links.find((l) => !l.encloses);
    if (!title || !first) continue;
    if (title.element.closest('a[href]') || title.element.querySelector('a[href]')) {
      if (isOwnPostPage(title.url, ctx) && view.links.some((l) => isPersonPage(l.element.getAttribute('href') ?? ''))) posts++;
    } else if (isPersonPage(first.element.getAttribute('href') ?? '')) posts++;
  }
  return posts * 2 > found.length;
}

/** A post's page on the page's own site: "/posts/<number>" ends its path. */
function isOwnPostPage(url: string | null, ctx: ParseContext): boolean {
  const u = url ? urlParts(url) : null;
  return !!u && u.hostname === ctx.url.hostname && POST_PAGE.test(u.pathname);
}

const POST_PAGE = /\/posts?\/\d+\/?$/;

/**
 * The address of a forum software's thread: Discourse's /t/<slug>/<id>, phpBB's viewtopic.php, vBulletin's and MyBB's
 * showthread.php, XenForo's /threads/<slug>.<id>/ (and its /unread, /latest, /page-2), SMF's ?topic=<id>, Invision's /topic/<id>-<slug>/, Vanilla's
 * /discussion/<id>/; or a freedom-of-information request's correspondence (Alaveteli's /request/<slug>, FragDenStaat's
 * /anfrage/<slug>/).
 */
const FORUM_THREAD = /\/t\/[^/?#]+\/\d+(?:\/\d+)?\/?(?:[?#]|$)|\/viewtopic\.php|\/showthread\.php|\/threads\/[^/?#]+\.\d+(?:\/(?:unread|latest|page-\d+|post-\d+))?\/?(?:[?#]|$)|[?&]topic=\d|\/topic\/\d+-|\/discussion\/\d+|\/(?:request|anfrage)\/[\w-]+\/?(?:[?#]|$)/i;

/** A block whose headline opens one of the site's forum threads and none of whose links leaves the site. */
function isInwardDiscussion(view: BlockView, ctx: ParseContext): boolean {
  const url = titleOf(view)?.url;
  if (!url || !FORUM_THREAD.test(url)) return false;
  const site = registrableDomain(ctx.url.href);
  return !!site && view.links.every((l) => registrableDomain(l.url) === site) && registrableDomain(url) === site;
}

/**
 * A podcast's episodes (a show's archive, a player's new releases, a directory's latest), not stories: most headlines
 * open an episode's page. A news list may hold one episode among its stories.
 */
export function isEpisodeList(found: Block[], ctx: ParseContext, base: URL): boolean {
  let episodes = 0;
  for (const b of found) {
    const view = viewOf(b, ctx, base);
    const url = titleOf(view)?.url ?? '';
    const episode = EPISODE_PAGE.test(urlParts(url)?.pathname ?? '') || SHOW_EPISODE.test(url);
    if (episode || view.pieces.some((p) => isDateAndLength(p.text, ctx.now))) episodes++;
  }
  return episodes * 2 > found.length;
}

/** A player's line of an episode: its date, then its length ("Today • 24 min", "Nov 10 · 1 hr 5 min", "Yesterday • 12 min left"). */
const DATE_AND_LENGTH = /^(.{2,30}?)\s*[•·|]\s*(?:\d+\s*(?:h|hr|hrs)\.?\s*)?\d+\s*(?:m|min|mins)\.?(?:\s+left)?$/i;

function isDateAndLength(text: string, now: Date): boolean {
  const m = DATE_AND_LENGTH.exec(text);
  return !!m && looksLikeTime(m[1]!, now);
}

/** A path with an episode's own segment: /episode/<id>, /episodes/<number>-<slug>, /show/<name>/episode/<slug>. */
const EPISODE_PAGE = /\/episodes?\/[^/]/i;
/** A show's page opened at one of its episodes (Apple Podcasts: "/podcast/<show>/id1222114325?i=1000702474942"). */
const SHOW_EPISODE = /\/podcast\/[^/?#]+\/id\d+\?(?:[^#]*&)?i=\d/;

/**
 * A channel's or a person's posts, not stories: every "headline" of the list is one text (the poster's name at the top
 * of each post). Stories differ; a few that repeat (a list of two) prove nothing.
 */
export function isOneName(found: Block[], ctx: ParseContext, base: URL): boolean {
  if (found.length < 3) return false;
  const first = titleOf(viewOf(found[0]!, ctx, base))?.title;
  return !!first && wordCount(first) <= MAX_NAME_WORDS && found.every((b) => titleOf(viewOf(b, ctx, base))?.title === first);
}

/**
 * A mailing list's archive, not stories: most subjects carry the list's own tag ("[Tessera-devel] …", the same on
 * every one) or a reply's mark ("Re:", "Fwd:", "AW:").
 */
export function isMailArchive(found: Block[], ctx: ParseContext, base: URL): boolean {
  if (found.length < 3) return false;
  const tags = new Map<string, number>();
  let replies = 0;
  for (const b of found) {
    const title = titleOf(viewOf(b, ctx, base))?.title ?? '';
    if (REPLY_MARK.test(title)) replies++;
    const tag = LIST_TAG.exec(title.replace(REPLY_MARK, ''))?.[1]?.toLowerCase();
    if (tag) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  }
  const tagged = Math.max(0, ...tags.values());
  return tagged >= found.length * 0.8 || replies >= found.length * 0.5;
}

const REPLY_MARK = /^(?:(?:re|fwd?|aw|sv|vs|wg|tr|rif|odp)\s*(?:\[\d+\])?\s*:\s*)+/i;
/** A list's tag before the subject: a bracketed name without spaces ("[Tessera-devel]", "[dev]"). */
const LIST_TAG = /^\[([^\]\s]{2,40})\]\s/;

/**
 * A list of names, not stories: most of its "headlines" are a word or two (a fixtures list's teams, "Granton Albion";
 * a directory's entries). A headline says what happened in more words.
 */
export function isNameList(found: Block[], ctx: ParseContext, base: URL): boolean {
  let short = 0;
  for (const b of found) {
    const title = titleOf(viewOf(b, ctx, base))?.title ?? '';
    // Scripts written without spaces (Thai, Chinese) are held to a length: their headlines are one "word".
    if (wordCount(title) <= 2 && title.length <= NAME_LENGTH) short++;
  }
  return short >= found.length * 0.6;
}

/**
 * A library of documents, not of stories: most items offer their file to download beside their headline (a
 * publication's "Download PDF", a form's DOCX: a link marked `download`, or one to an office file; a data catalogue's
 * format badges), which a story's block does not. A clipping whose headline itself opens its PDF is a story.
 */
export function isDocumentLibrary(found: Block[], ctx: ParseContext, base: URL): boolean {
  let documents = 0;
  for (const b of found) if (offersFile(b.element, titleOf(viewOf(b, ctx, base))?.element ?? null)) documents++;
  return documents >= found.length * 0.6;
}

const OFFICE_FILE = /\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|epub)(?:$|[?#])/i;

/** A link named by a data format alone: a data catalogue's badges of the files its dataset comes in ("CSV", "GeoJSON", "API"). */
const FORMAT_NAME = /^(?:csv|tsv|json|geojson|xlsx?|xml|kml|kmz|shp|zip|pdf|rdf|api|wms|wfs|parquet|ods)$/i;

function offersFile(block: Element, headline: Element | null): boolean {
  for (const a of listOf(block.getElementsByTagName('a'))) {
    if (headline && (a.contains(headline) || headline.contains(a))) continue;
    if (a.hasAttribute('download') || OFFICE_FILE.test(a.getAttribute('href') ?? '') || a.hasAttribute('data-format') || FORMAT_NAME.test((a.textContent ?? '').trim())) return true;
  }
  return false;
}

/**
 * A court's judgments or a fixtures list, not stories: most "headlines" are a case's or a match's name, two names on
 * either side of "v" ("Harwood v Castlegate Logistics Ltd", "R (on the application of Veltri) v Secretary of State",
 * "Smith v. Jones"). A headline about a case says more ("Harwood wins appeal against Castlegate"). Likewise a seismic
 * agency's events, each named by its place (QUAKE_PLACE).
 */
export function isCaseList(found: Block[], ctx: ParseContext, base: URL): boolean {
  let cases = 0;
  for (const b of found) {
    const view = viewOf(b, ctx, base);
    const title = titleOf(view)?.title ?? '';
    // The case's name may be a link of the row beside the one taken for its headline (a hearing's webcast).
    if (isCaseName(title) || QUAKE_PLACE.test(title) || view.links.some((l) => isCaseName(viewText(view, l.element)))) cases++;
  }
  return cases >= found.length * 0.6;
}

/**
 * An earthquake's place by its distance and bearing from a town ("48 km NW of Karluk, Alaska", "M 4.6 - 12 km SSE of
 * Volcano, Hawaii"): a seismic agency's list of events, as measured, not stories (a story about a quake says more).
 */
const QUAKE_PLACE = /^(?:M\s?\d(?:\.\d+)?\s*[-–]\s*)?\d+(?:\.\d+)?\s?(?:km|mi)\s+[NSEW]{1,3}\s+of\s+\S/;

const VERSUS = / vs?\.? /;
/** Words a party's name may have in lower case ("Secretary of State for the Home Department", "Van der Berg"). */
const JOINING_WORDS = new Set(['a', 'an', 'and', 'application', 'at', 'by', 'da', 'de', 'del', 'der', 'du', 'ex', 'for', 'in', 'la', 'le', 'of', 'on', 'parte', 'the', 'van', 'von', '&']);
/** Words a party's name has at most. */
const MAX_PARTY_WORDS = 12;

function isCaseName(title: string): boolean {
  const parties = title.split(VERSUS);
  return parties.length === 2 && parties.every((party) => {
    const words = party.replace(/[()]/g, ' ').split(' ').filter(Boolean);
    return words.length > 0 && words.length <= MAX_PARTY_WORDS && words.every((w) => /^[\p{Lu}\d]/u.test(w) || JOINING_WORDS.has(w.toLowerCase()));
  });
}

/** Characters a name of a word or two has at most ("Brackenfield Town"). */
const NAME_LENGTH = 24;

/** Words a poster's name has at most ("Europa kompakt", "The Daily Brief"); a headline has more. */
const MAX_NAME_WORDS = 4;

/**
 * A wiki's talk page ("/wiki/Talk:Heat_pump", "/wiki/Diskussion:…", "/wiki/User_talk:…"): its threads are editors'
 * discussion, the links in them the sources they weigh.
 */
export function isDiscussionPage(url: URL): boolean {
  return WIKI_TALK.test(url.pathname);
}

const WIKI_TALK = /^\/wiki\/(?:[\w%]+_)?(?:talk|diskussion|discussion|discusión|discussione|overleg|dyskusja|обсуждение|обговорення|ノート|토론|讨论|討論):/i;

/**
 * A page made by software that makes no news pages, whatever it lists: a wiki's special page (MediaWiki's recent
 * changes, watchlist, contributions, logs, search; in any language its body's class names the namespace of special
 * pages, "ns--1"), whose rows are edits, times and editors; a council's information system (SessionNet, ALLRIS, by the
 * generator it names), whose rows are meetings, agenda items and documents; a library's catalogue (Koha); a
 * reference manager's library (Zotero's, Mendeley's), whose rows are the papers and clippings a group keeps; a podcast
 * directory (Player FM, Apple Podcasts), whose rows are a show's episodes.
 */
export function isPageOfNoStories(doc: Document, url: URL): boolean {
  if (NO_STORIES_HOST.test(url.hostname)) return true;
  const cls = doc.body?.getAttribute('class') ?? '';
  if (WIKI_SPECIAL_BODY.test(cls) && /(?:^|\s)mediawiki(?:\s|$)/.test(cls)) return true;
  // The page's metas, as the page's own story reads them (one list per parse).
  const generator = queryOnce(doc, 'meta').find((m) => (m.getAttribute('name') ?? '').toLowerCase() === 'generator');
  return NO_STORIES_GENERATOR.test(generator?.getAttribute('content') ?? '');
}

const WIKI_SPECIAL_BODY = /(?:^|\s)ns--1(?:\s|$)/;
/**
 * Reference managers' web libraries, whose rows are the items a group collects ("zotero.org/groups/…/items"), and
 * podcast directories, whose rows are a show's episodes.
 */
const NO_STORIES_HOST = /(?:^|\.)(?:zotero\.org|mendeley\.com|player\.fm|podcasts\.apple\.com|listennotes\.com|podchaser\.com)$/;
/**
 * Council information systems and library catalogues, by the name their pages' generator meta gives ("SessionNet 5.5.2
 * bi", "ALLRIS net", "Koha 23.11"): their rows are meetings, documents and a library's records.
 */
const NO_STORIES_GENERATOR = /^(?:SessionNet|ALLRIS|Koha)\b/i;

/** Levels above a member where a carousel's clone may be marked hidden (a slide around its card). */
const CLONE_WRAP_LEVELS = 2;

/**
 * A member hidden from readers, or a carousel's clone of a slide: aria-hidden, inert, hidden or ng-hide itself, or its slide is,
 * or its slide's class says it is a clone (Owl Carousel's `.owl-item.cloned`, Slick's `.slick-cloned`, Swiper's
 * `.swiper-slide-duplicate` around the card). Only a few levels up: a page whose open dialog hides the whole page
 * behind it (aria-hidden on its main wrapper) still shows its stories.
 */
export function isHiddenCopy(el: Element): boolean {
  for (let e: Element | null = el, depth = 0; e && depth <= CLONE_WRAP_LEVELS; e = e.parentElement, depth++) {
    if (e.getAttribute('aria-hidden') === 'true' || e.hasAttribute('inert') || (e.hasAttribute('hidden') && !STREAMED_SEGMENT.test(e.id))) return true;
    if (CLONE_CLASS.test(e.getAttribute('class') ?? '') || NG_HIDE.test(e.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/** An event's start in schema.org's microdata or RDFa: no story has one. */
export const EVENT_START = '[itemprop="startDate"], [property="startDate"]';

/** An item that marks an event's start (a broadcast's slot, a concert): its dates are the event's, no story's. */
export function isEventItem(el: Element): boolean {
  return el.matches(EVENT_START) || el.querySelector(EVENT_START) !== null;
}

/** Whether an element stands in a dialog that is not open (a menu drawer's copy of the latest stories): nothing shows. */
export function inClosedDialog(el: Element): boolean {
  return el.closest('dialog:not([open])') !== null;
}

/** AngularJS' mark of an element its `ng-hide`/`ng-show` hides (`display: none !important`). */
const NG_HIDE = /(?:^|\s)ng-hide(?:\s|$)/;

/** A carousel's copy of a slide, as its library marks it (Owl Carousel, Slick, Swiper, Glide, Splide, bxSlider). */
const CLONE_CLASS = /(?:^|\s)(?:cloned|slick-cloned|swiper-slide-duplicate|glide__slide--clone|splide__slide--clone|bx-clone)(?:\s|$)/;

/**
 * A segment React streams in after the page's first bytes ("<div hidden id="S:1">"), hidden until its script moves it
 * into its placeholder: the page's own content, which a saved page keeps where it arrived.
 */
const STREAMED_SEGMENT = /^S:\d+$/;

/** Items of a list looked at to tell a calendar. */
const CALENDAR_SAMPLE = 24;

/** Times a story shows its time at most ("5h" on its picture, "Posted 5 hours ago" below). */
export const MAX_TIMES_OF_ONE_STORY = 3;

/** Blocks of one story, not a list: a few blocks whose headlines are all the same link. */
export function isOneStory(blocks: Block[], ctx: ParseContext, base: URL): boolean {
  if (blocks.length > MAX_TIMES_OF_ONE_STORY) return false;
  const url = titleOf(viewOf(blocks[0]!, ctx, base))?.url;
  return !!url && blocks.every((b) => titleOf(viewOf(b, ctx, base))?.url === url);
}
