/**
 * Yahoo: the story streams of yahoo.com (home pages, the news index, the rails and "What to Read Next" lists of article
 * pages) and Yahoo! Japan News (yahoo.co.jp: topics list, access rankings).
 *
 * Yahoo's markup changes every few years (2014 `li.content`, 2016 atomic-CSS `li.js-stream-content`, Japan's
 * `ul.topics` and ranking `ol`s), and its streams rarely show a time, so the generic detector (which keys on time
 * labels) misses most stories. One shape holds across the generations: a story is the largest element around one
 * headline link that holds no other story's link, and stories repeat as siblings. This finder keys on that.
 *
 * Some generations' cards are read from their markup alone (Adapter.headline, then refine sets every field), the
 * generic look over the block never built: Japan's 2017 ranking card (`li > a > span.rankNum + span.cap >
 * span.ttl, span.source, span.date`) and topic item (`li > div > p.ttl > a`, icon marks in the link), the 2016 stream
 * card (an `h3 > a` headline and the provider alone in a bare `div`, its picture a background), and 2014's stream
 * card (`li.content`: a picture link, an `h3 > a` headline, `p.summary`, `span.source`, perhaps a `span.time` label,
 * Save and Remove buttons), "Today" link (`a.item`: a picture and a label) and featured video (`li.video-unit`: a
 * picture link titled with the headline, then the headline's link). A card that shows more than its reader knows
 * (another label, a machine time, a paid link) is left to the generic rules.
 *
 * The readers of those blocks are files of their own: yahoo-japan.ts (Japan's ranking cards and topic items),
 * yahoo-stream.ts (the 2016 and 2014 stream cards), yahoo-link-cards.ts (2014's "Today" links and featured videos).
 * What they share with this finder is in yahoo-labels.ts (headline and publisher labels) and yahoo-japan-time.ts
 * (Japan's host and JST times); what they share among themselves, in yahoo-card-scan.ts.
 */
import type { Adapter, Article, Block, ParseContext } from '../types';
import { isSkipped, isSkippedTag, lineOf, piecesOf, plainTextOf, textOf, textUpTo, type Piece } from '../text';
import { metaParts } from '../time';
import { documentBase, resolveUrl, urlParts } from '../url';
import { viewOf } from '../fields/view';
import { remembered, rememberedFor } from '../memo';
import { sourceMismatch } from '../domain';
import type { TitleHit } from '../fields/title';
import { completeArticle, GenericArticle } from '../fields/article';
import { unbracketed } from '../fields/labels';
import { isBefore, linksUnder, soleKeys } from '../dom';
import { hasHeadlineSize, HEADING, isHeadlineText, isProviderLabel, markedSource, mendTitle, plainText, shownAsText } from './yahoo-labels';
import { isJapan, mendJapanTime } from './yahoo-japan-time';
import { cardArticle, pickupArticle, pickupOf, rankingCardOf } from './yahoo-japan';
import { card2014Article, card2014Of, streamArticle, streamCardOf } from './yahoo-stream';
import { linkCardArticle, linkCardOf, videoCardOf } from './yahoo-link-cards';

const HEADLINE_PLACES = 'a[href], a[href] *, h1, h2, h3, h4, h1 *, h2 *, h3 *, h4 *';
const SECTION_HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
/** A section name's most characters. */
const SECTION_NAME_MAX = 60;
/** Regions that hold no stories: menus, footers, forms. */
const EXCLUDED_TAGS = new Set(['NAV', 'FOOTER', 'FORM', 'TEMPLATE']);
const EXCLUDED_ROLES = new Set(['navigation', 'contentinfo']);

interface Headline {
  anchor: Element;
  url: string;
  text: string;
}

/**
 * A link to one story: a slug of three or more words, a long numeric id or a hashed one, in its path or a short query
 * value (Japan's `hl?a=20171031-00000052-jij-soci`), or the story template of about 2008 and before. Section fronts,
 * search results, quotes and weather pages have none of these.
 */
export function isStoryUrl(url: string): boolean {
  // A page links the same stories from several places (picture, headline, comments).
  return remembered('yahoo-story-url', url, readStoryUrl);
}

/**
 * A story's hashed id as a path segment (Japan's 2025 `/articles/01197b55d9914188af6c1fb6379245d1f0e01d44`), a
 * shorter number after a story's kind (`/feature/2832`, `/pickup/6512345`), or an outlet's story id after
 * `/articles/` that its search links to (the BBC's `/news/articles/c4g7z2k8n1wo`).
 */
const HASH_ID = /\/(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{16,}(?:$|[/.])|\/(?:articles?|feature|pickup|story)\/\d{4,}\/?$|\/articles\/(?=[a-z0-9]*\d)[a-z0-9]{10,}\/?$/i;

/** Three words or more joined by hyphens; looked for from the start of a word only (the same matches, fewer tries). */
const SLUG = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+){2,}/u;
/** A number of six digits or more standing alone. */
const NUMERIC_ID = /(?:^|[^\p{L}\p{N}])\d{6,}(?![\p{L}\p{N}])/u;

function readStoryUrl(url: string): boolean {
  const u = urlParts(url);
  if (!u) return false;
  if (/\/search\b/i.test(u.pathname)) return false;
  let path = u.pathname;
  // Most paths hold no escape: decoding one would give it back as it is.
  if (path.includes('%')) {
    try {
      path = decodeURIComponent(path);
    } catch {
      /* a malformed escape: read the path as it is */
    }
  }
  if (SLUG.test(path) || NUMERIC_ID.test(path) || HASH_ID.test(path)) return true;
  // No query: no story template, no id in a value (most links of a page; the parse of a query costs more than the rest).
  if (!u.search) return false;
  const params = new URLSearchParams(u.search);
  // Until about 2008 a story was a template and the wire's path: "/news?tmpl=story&u=/ap/20050317/ap_on_re_us/…".
  if (params.get('tmpl') === 'story' && /^\/[a-z]+\/\d{8}\//.test(params.get('u') ?? '')) return true;
  const values: string[] = [];
  // forEach, not the iterator: URLSearchParams is not iterable from Firefox content scripts.
  params.forEach((v) => values.push(v));
  // A value that is itself a URL (a login return address, a redirect) names no story of this link.
  return values.some((v) => !/[/:]/.test(v) && NUMERIC_ID.test(v));
}

/**
 * Whether the attribute excludes the element: a region's role (navigation, contentinfo), or what the page hides from
 * the reader: `hidden`, inline `display: none`, Atomic CSS's `D(n)` (2016-) unless a conditional class such as
 * `modal-open_D(b)` shows it again, and aria-hidden regions (the news index behind an article opened as a modal,
 * off-screen carousel copies).
 */
function excludes(el: Element, attribute: string): boolean {
  switch (attribute) {
    case 'hidden':
      return true;
    case 'role':
      return EXCLUDED_ROLES.has(el.getAttribute('role')!);
    case 'aria-hidden':
      return el.getAttribute('aria-hidden') === 'true';
    case 'style':
      return /display\s*:\s*none/i.test(el.getAttribute('style')!);
    case 'class':
      return hidesByClass(el.getAttribute('class')!);
    default:
      return false;
  }
}

function hidesByClass(cls: string): boolean {
  // Most classes hold no "D(n)" at all: then there is no token to split out.
  if (!cls.includes('D(n)')) return false;
  const tokens = cls.split(/\s+/);
  return tokens.includes('D(n)') && !tokens.some((t) => /_D\((?!n\))/.test(t));
}

/** The attributes `excludes` reads, as one test that every element they could exclude passes. */
const EXCLUDING_ATTRIBUTES = '[hidden], [aria-hidden], [role], [style], [class*="D(n)"]';

function isExcluded(el: Element): boolean {
  const tag = el.tagName;
  if (EXCLUDED_TAGS.has(tag) || isSkippedTag(tag)) return true;
  // One native test first: most elements carry none of those attributes. Then a value is read only where it is set.
  if (!el.matches(EXCLUDING_ATTRIBUTES)) return false;
  for (const name of el.getAttributeNames()) if (excludes(el, name)) return true;
  return false;
}

/**
 * Whether an element or one of its ancestors up to `root` is excluded (`test`), and `regionOf`: the outermost excluded
 * element around an element found excluded (every element inside it is excluded too).
 */
function makeExcludedTest(root: Element): { test: (el: Element) => boolean; regionOf: (el: Element) => Element } {
  const memo = new Map<Element, boolean>();
  const test = (el: Element): boolean => {
    const known = memo.get(el);
    if (known !== undefined) return known;
    const parent = el.parentElement;
    // Memoised per element: a page's anchors share most of their ancestors, so the checks stay linear.
    const result = isExcluded(el) || (el !== root && !!parent && test(parent));
    memo.set(el, result);
    return result;
  };
  // test marks an element true from it up to the first excluded ancestor it meets (or one it knew excluded before);
  // the parent of the topmost it marked is not excluded, or was not asked.
  const regionOf = (el: Element): Element => {
    let region = el;
    while (region !== root && region.parentElement && memo.get(region.parentElement) === true) region = region.parentElement;
    return region;
  };
  return { test, regionOf };
}

/** A link inside a sentence of a paragraph ("See also: <a>…</a>") is a reference in an article, not a story card. */
function inRunningText(anchor: Element): boolean {
  const line = lineOf(anchor, anchor.ownerDocument.documentElement);
  if (line.tagName !== 'P') return false;
  let words = 0;
  for (const p of piecesOf(line)) if (!p.element.closest('a[href]')) words += p.text.length;
  return words >= 15;
}

function headlines(doc: Document, root: Element, ctx: ParseContext): Headline[] {
  const base = documentBase(doc, ctx.url);
  const excluded = makeExcludedTest(root);
  const found: Headline[] = [];
  // The last region found excluded. Links come in document order: one that follows the region's links is past it.
  let hidden: Element | null = null;
  for (const anchor of linksUnder(root)) {
    // A link of text alone is read first: its text costs less than its address (menus are short words). The text of
    // a link that holds more is read last.
    const bare = anchor.childElementCount === 0 ? plainTextOf(anchor) : null;
    if (bare !== null && !hasHeadlineSize(bare)) continue;
    // A link inside a region already found hidden (the news index behind a modal article) is passed over before its
    // address is read.
    if (hidden?.contains(anchor)) continue;
    const url = resolveUrl(anchor.getAttribute('href'), base);
    if (!url || !isStoryUrl(url)) continue;
    if (excluded.test(anchor)) {
      hidden = excluded.regionOf(anchor);
      continue;
    }
    const text = bare ?? plainText(anchor);
    if (isHeadlineText(text, ctx.now) && !inRunningText(anchor)) found.push({ anchor, url, text });
  }
  return found;
}

/**
 * The heading a list sits under: a heading inside it before its first story, else the first text before it (up to
 * three levels out) when that text is a heading ("What to Read Next", Japan's "アクセスランキング"); a filter bar or a
 * neighbouring module is no section name.
 */
function sectionOf(list: Element, first: Element): string | null {
  // A heading's text: read no further than a section name's length (a neighbouring module may be long).
  const asHeading = (el: Element, text: string | null): string | null => {
    if (!text) return null;
    const heading = el.matches(SECTION_HEADING) ? el : el.querySelector(SECTION_HEADING);
    return heading && textOf(heading) === text ? text : null;
  };
  for (let child = list.firstElementChild; child && child !== first; child = child.nextElementSibling) {
    const heading = isSkipped(child) ? null : asHeading(child, textUpTo(child, SECTION_NAME_MAX));
    if (heading) return heading;
  }
  let el: Element | null = list;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    for (let prev = el.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (isSkipped(prev)) continue;
      const text = textUpTo(prev, SECTION_NAME_MAX);
      // Longer than a section name (null), or a text: the first text before the list decides.
      if (text !== '') return asHeading(prev, text);
    }
  }
  return null;
}

/**
 * A story card that carries its own list of related stories (the 2016 index: a lead with "1-3 of 18" more, a story
 * with two related links under it, 2010's lead) is the story's block as a whole, so its publisher and summary stay
 * with it; the related stories are blocks of their own inside it.
 */
function cardOf(unit: Element, url: string, urlOf: Map<Element, string>): Element {
  // A lead outside any list item (2010's `div.yn-lead-story`): the element around its headline that holds the list.
  const parent = unit.parentElement;
  const card = parent?.closest('li') ?? (parent && holdsList(parent) ? parent : null);
  if (!card) return unit;
  for (const a of linksUnder(card)) {
    const other = urlOf.get(a);
    if (other === undefined || other === url) continue;
    const list = a.parentElement?.closest('ul, ol');
    if (!list || !card.contains(list) || list.contains(unit)) return unit;
  }
  return card;
}

const listHolders = new WeakMap<Element, { parse: object; value: boolean }>();

/**
 * Whether a child of the element is a list (`:scope > ul, :scope > ol`, without the query's cost). Asked once a parse
 * for each element: the stories of a list ask it of the list they share.
 */
function holdsList(el: Element): boolean {
  return rememberedFor(listHolders, el, (parent) => {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) if (child.tagName === 'UL' || child.tagName === 'OL') return true;
    return false;
  });
}

export function yahooBlocks(doc: Document, ctx: ParseContext): Block[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const heads = headlines(doc, root, ctx);
  // The one story URL under each element, or null once links to two different stories meet there.
  const owner = soleKeys(heads.map((h) => ({ element: h.anchor, key: h.url })), root);
  const urlOf = new Map(heads.map((h) => [h.anchor, h.url]));
  const groups = new Map<Element, Array<{ unit: Element; head: Headline }>>();
  const units = new Set<Element>();
  for (const h of heads) {
    let unit = h.anchor;
    while (unit.parentElement && unit.parentElement !== root && owner.get(unit.parentElement) === h.url) unit = unit.parentElement;
    unit = cardOf(unit, h.url, urlOf);
    if (units.has(unit) || !unit.parentElement) continue;
    units.add(unit);
    const list = groups.get(unit.parentElement) ?? [];
    list.push({ unit, head: h });
    groups.set(unit.parentElement, list);
  }
  // Each unit's place: its headline's among the page's links, in document order (see inPageOrder).
  const rank = new Map<Element, number>();
  const order = new Map(heads.map((h, i) => [h, i]));
  for (const [, members] of groups) for (const { unit, head } of members) rank.set(unit, order.get(head)!);
  const blocks: Block[] = [];
  for (const [list, members] of groups) {
    const told = new Set<string>();
    // A lone story counts when its link is set as a headline (a lead story, a "Developing news" box); a lone link
    // elsewhere is an aside.
    const kept = members.length >= 2 ? members : members.filter(({ head }) => head.anchor.closest(HEADING) || head.anchor.querySelector(HEADING));
    if (kept.length === 0) continue;
    const section = members.length >= 2 ? sectionOf(list, members[0]!.unit) : null;
    for (const { unit, head } of kept) {
      // The same story twice with the same words is one story and its picture caption (Japan's photo topic).
      const key = `${head.url}\n${head.text}`;
      if (told.has(key)) continue;
      told.add(key);
      blocks.push({ element: unit, section });
    }
  }
  return inPageOrder(blocks, rank);
}

/**
 * The blocks in document order, without asking the document for it (compareDocumentPosition is a slow call): a
 * block that holds another (a card around its related stories) comes first, and blocks apart stand in the order of
 * the headline links inside them.
 */
function inPageOrder(blocks: Block[], rank: Map<Element, number>): Block[] {
  return blocks.sort((a, b) => {
    if (a.element.contains(b.element)) return -1;
    if (b.element.contains(a.element)) return 1;
    return rank.get(a.element)! - rank.get(b.element)!;
  });
}

/** The innermost element of the block that shows the headline (headlines sit in links and headings). */
function headlineOf(block: Element, article: Article): Element | null {
  // The last that shows it in document order: read from the end, no element before it needs its text read.
  const places = block.querySelectorAll(HEADLINE_PLACES);
  for (let i = places.length - 1; i >= 0; i--) {
    const el = places[i]!;
    if (!isSkipped(el) && plainText(el) === article.title) return el;
  }
  return null;
}

/**
 * The publisher when the block marks it with no class the generic rules know (2016 streams: a bare `<div>` under or
 * above the headline, or inside a related story's link): the nearest short label after the headline, else the nearest
 * one before it. Other links (comment counts, advertisers, related stories), buttons, headings (kickers), pagers
 * ("1-3 of 18") and "New details »" prompts are never the publisher.
 */
function providerOf(article: Article, block: Element, pieces: Piece[], now: Date): string | null {
  const head = headlineOf(block, article);
  if (!head) return null;
  const headLink = head.closest('a[href]');
  const before: string[] = [];
  const after: string[] = [];
  for (const p of pieces) {
    if (head.contains(p.element) || p.element.closest(`button, [role="button"], ${HEADING}`)) continue;
    const link = p.element.closest('a[href]');
    if (link && link !== headLink) continue;
    // A meta line written as one text ("Good Morning America · 32 minutes ago"): its name part. Japan brackets the
    // name ("（東都新聞） 10月5日(土)12時14分").
    for (const part of metaParts(p.text, now)) {
      const name = unbracketed(part);
      if (name !== article.title && isProviderLabel(name, now)) (isBefore(head, p.element) ? after : before).push(name);
    }
  }
  return after[0] ?? before.at(-1) ?? null;
}

function refine(article: Article, block: Block, ctx: ParseContext): Article {
  // The block's text pieces as the field rules read them (the walk piecesOf would repeat).
  const base = documentBase(block.element.ownerDocument, ctx.url);
  const { pieces } = viewOf(block, ctx, base);
  let out = mendTitle(article, block.element, ctx.now);
  if (out.source.name && out.source.name !== out.source.domain && !shownAsText(out.source.name, pieces, out.url, base)) {
    out = { ...out, source: { ...out.source, name: out.source.domain, mismatch: false } };
  }
  if (out.source.name === out.source.domain) {
    const name = markedSource(block.element) ?? providerOf(out, block.element, pieces, ctx.now);
    if (name) out = { ...out, source: { ...out.source, name, mismatch: sourceMismatch(name, out.source.domain) } };
  }
  if (isJapan(ctx)) out = mendJapanTime(out, pieces, ctx);
  return out;
}

/** A yahoo.com card's article, read from its markup (in the order headline asks for the cards); null for no card. */
function refineCard(article: Article, block: Element, ctx: ParseContext): Article | null {
  const card2014 = card2014Of(block, ctx);
  if (card2014) return card2014Article(article, card2014);
  const linkCard = linkCardOf(block, ctx);
  if (linkCard) return linkCardArticle(article, linkCard);
  const stream = streamCardOf(block, ctx);
  if (stream) return streamArticle(article, stream);
  const video = videoCardOf(block, ctx);
  return video ? linkCardArticle(article, video) : null;
}

/** A Yahoo! Japan card's article, read from its markup; null for no card. */
function refineJapanCard(article: Article, block: Element, ctx: ParseContext): Article | null {
  const card = rankingCardOf(block, ctx);
  if (card) return cardArticle(article, card);
  const pickup = pickupOf(block, ctx);
  return pickup ? pickupArticle(article, pickup) : null;
}

/** refine reads and copies the generic fields: it gets them all worked out. */
function refineComplete(article: Article, block: Block, ctx: ParseContext): Article {
  return refine(article instanceof GenericArticle ? completeArticle(article, article) : article, block, ctx);
}

export const yahoo: Adapter = {
  id: 'yahoo',
  label: 'Yahoo',
  hosts: ['yahoo.com', 'yahoo.co.jp'],
  matches: ['*://*.yahoo.com/*', '*://*.yahoo.co.jp/*'],
  examples: [
    'https://uk.yahoo.com/',
    'https://news.yahoo.com/',
    'https://www.yahoo.com/news/russian-supply-ship-launched-international-space-station-150638637.html',
    'https://news.yahoo.co.jp/',
  ],
  // No zoneOffsetMinutes: yahoo.com editions span many zones; refine reads yahoo.co.jp times in JST.
  blocks: yahooBlocks,
  headline(block: Block, ctx: ParseContext): TitleHit | null {
    // The 2014 card is asked first: most blocks of other generations fail its first test, the 2016 card's is a query.
    if (!isJapan(ctx)) {
      const card = card2014Of(block.element, ctx) ?? linkCardOf(block.element, ctx) ?? streamCardOf(block.element, ctx) ?? videoCardOf(block.element, ctx);
      return card?.headline ?? null;
    }
    return rankingCardOf(block.element, ctx)?.headline ?? pickupOf(block.element, ctx)?.headline ?? null;
  },
  refine(article: Article, block: Block, ctx: ParseContext): Article {
    return (isJapan(ctx) ? refineJapanCard(article, block.element, ctx) : refineCard(article, block.element, ctx)) ?? refineComplete(article, block, ctx);
  },
  refinesLazily: true,
};
