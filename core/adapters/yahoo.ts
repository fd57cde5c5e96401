/**
 * Yahoo: the story streams of yahoo.com (home pages, the news index, the rails and "What to Read Next" lists of article
 * pages) and Yahoo! Japan News (yahoo.co.jp: topics list, access rankings).
 *
 * Yahoo's markup changes every few years (2014 `li.content`, 2016 atomic-CSS `li.js-stream-content`, Japan's
 * `ul.topics` and ranking `ol`s), and its streams rarely show a time, so the generic detector (which keys on time
 * labels) misses most stories. One shape holds across the generations: a story is the largest element around one
 * headline link that holds no other story's link, and stories repeat as siblings. This finder keys on that.
 *
 * Some generations lay a story out so plainly that its markup alone gives what the generic rules would read, and the
 * block is read without their costly look over it (Adapter.headline, then refine sets the fields): Japan's 2017
 * ranking card (`li > a > span.rankNum + span.cap > span.ttl, span.source, span.date`) and topic item (`li > div >
 * p.ttl > a`, icon marks in the link), the 2016 stream card (an `h3 > a` headline and the provider in a bare `div`,
 * its picture a background), and 2014's stream card (`li.content`: a picture link, an `h3 > a` headline,
 * `p.summary`, `span.source`, perhaps a `span.time` label, Save and Remove buttons), "Today" link (`a.item`: a picture
 * and a label) and featured video (`li.video-unit`: a picture link titled with the headline, then the headline's
 * link). A block that differs in any way the generic rules would notice (another label, a machine time, a role) is
 * left to them.
 */
import type { Adapter, Article, Block, ParseContext } from '../types';
import { collapse, isInline, isSkipped, lineOf, piecesOf, textOf, textWithout, truncate, wordCount, type Piece } from '../text';
import { BRACKETED_LEAD, FUTURE_SKEW_MS, looksLikeTime, metaParts, parseTimeText, timePartOf, type TimeReading } from '../time';
import { documentBase, resolveUrl, urlParts } from '../url';
import { DATA_TIME_ATTRS, LINES, viewOf } from '../fields/view';
import { NO_TIME, timeHit, type TimeHit } from '../fields/time';
import { imageIn, SNIPPET_MAX, SNIPPET_MIN } from '../fields/snippet';
import { remembered, rememberedFor } from '../memo';
import { registrableDomain, sourceMismatch } from '../domain';
import { isStoryLink, isTitleLike, type TitleHit } from '../fields/title';
import { completeArticle, GenericArticle } from '../fields/article';
import { isLabel, isSponsorMark, unbracketed } from '../fields/labels';
import { isSourceMarked } from '../fields/source-marks';
import { isBefore, linksUnder, listOf, soleKeys } from '../dom';

const HEADING = 'h1, h2, h3, h4';
const HEADLINE_PLACES = 'a[href], a[href] *, h1, h2, h3, h4, h1 *, h2 *, h3 *, h4 *';
const SECTION_HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
/** Regions that hold no stories: menus, footers, forms. */
const EXCLUDED_TAGS = new Set(['NAV', 'FOOTER', 'FORM', 'TEMPLATE']);
const EXCLUDED_ROLES = new Set(['navigation', 'contentinfo']);
/** Yahoo Japan marks headlines with icons ("写真", "new", "動画") whose text the reader sees as a picture, not words. */
const ICON = '[class^="ic"], [class*=" ic"]';
const JST_MINUTES = 9 * 60;
const PAGER = /^\d+(?:\s*[-–]\s*\d+)?\s*(?:of|\/)\s*\d+$/i;

interface Headline {
  anchor: Element;
  url: string;
  text: string;
}

/** Text of an element without icon marks. */
function plainText(el: Element): string {
  // Text alone (most links and labels): no icon to leave out, and no query to ask.
  if (el.childElementCount === 0) return textOf(el);
  const icons = el.querySelectorAll(ICON);
  if (icons.length === 0) return textOf(el);
  return textWithout(el, new Set(listOf(icons).filter(isInline)));
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
 * A story's hashed id as a path segment (Japan's 2025 `/articles/01197b55d9914188af6c1fb6379245d1f0e01d44`), or a
 * shorter number after a story's kind (`/feature/2832`, `/pickup/6512345`).
 */
const HASH_ID = /\/(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{16,}(?:$|[/.])|\/(?:articles?|feature|pickup|story)\/\d{4,}\/?$/i;

function readStoryUrl(url: string): boolean {
  const u = urlParts(url);
  if (!u) return false;
  if (/\/search\b/i.test(u.pathname)) return false;
  let path = u.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    /* a malformed escape: read the path as it is */
  }
  const id = /(?:^|[^\p{L}\p{N}])\d{6,}(?![\p{L}\p{N}])/u;
  if (/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+){2,}/u.test(path) || id.test(path) || HASH_ID.test(path)) return true;
  // No query: no story template, no id in a value (most links of a page; the parse of a query costs more than the rest).
  if (!u.search) return false;
  const params = new URLSearchParams(u.search);
  // Until about 2008 a story was a template and the wire's path: "/news?tmpl=story&u=/ap/20050317/ap_on_re_us/…".
  if (params.get('tmpl') === 'story' && /^\/[a-z]+\/\d{8}\//.test(params.get('u') ?? '')) return true;
  const values: string[] = [];
  // forEach, not the iterator: URLSearchParams is not iterable from Firefox content scripts.
  params.forEach((v) => values.push(v));
  // A value that is itself a URL (a login return address, a redirect) names no story of this link.
  return values.some((v) => !/[/:]/.test(v) && id.test(v));
}

/** "11 Comments", "3457 messages": discussion links beside a headline, not headlines. */
const DISCUSSION = /^[\d.,]+\s*k?\s*(?:comments?|messages?|replies|reactions)\b/i;

function isHeadlineText(text: string, now: Date): boolean {
  return hasHeadlineSize(text) && !DISCUSSION.test(text) && !looksLikeTime(text, now) && !isSponsorMark(text);
}

/** A headline's size: 8 to 300 characters, two words or more. */
function hasHeadlineSize(text: string): boolean {
  return text.length >= 8 && text.length <= 300 && wordCount(text) >= 2;
}

/**
 * What the page hides from the reader: `hidden`, inline `display: none`, Atomic CSS's `D(n)` (2016-) unless a
 * conditional class such as `modal-open_D(b)` shows it again, and aria-hidden regions (the news index behind an
 * article opened as a modal, off-screen carousel copies).
 */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (/display\s*:\s*none/i.test(el.getAttribute('style') ?? '')) return true;
  const cls = el.getAttribute('class') ?? '';
  // Most classes hold no "D(n)" at all: then there is no token to split out.
  if (!cls.includes('D(n)')) return false;
  const tokens = cls.split(/\s+/);
  return tokens.includes('D(n)') && !tokens.some((t) => /_D\((?!n\))/.test(t));
}

function isExcluded(el: Element): boolean {
  return EXCLUDED_TAGS.has(el.tagName) || EXCLUDED_ROLES.has(el.getAttribute('role') ?? '') || isSkipped(el) || isHidden(el);
}

function makeExcludedTest(root: Element): (el: Element) => boolean {
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
  return test;
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
  for (const anchor of linksUnder(root)) {
    // A link of text alone is read first: its text costs less than its address (menus are short words). The text of
    // a link that holds more is read last.
    const bare = anchor.childElementCount === 0 ? textOf(anchor) : null;
    if (bare !== null && !hasHeadlineSize(bare)) continue;
    const url = resolveUrl(anchor.getAttribute('href'), base);
    if (!url || !isStoryUrl(url) || excluded(anchor)) continue;
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
  const asHeading = (el: Element): string | null => {
    const text = textOf(el);
    const heading = el.matches(SECTION_HEADING) ? el : el.querySelector(SECTION_HEADING);
    return heading && textOf(heading) === text && text.length <= 60 ? text : null;
  };
  for (let child = list.firstElementChild; child && child !== first; child = child.nextElementSibling) {
    const heading = isSkipped(child) ? null : asHeading(child);
    if (heading) return heading;
  }
  let el: Element | null = list;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    for (let prev = el.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (!isSkipped(prev) && textOf(prev)) return asHeading(prev);
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

/** Whether a child of the element is a list (`:scope > ul, :scope > ol`, without the query's cost). */
function holdsList(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (child.tagName === 'UL' || child.tagName === 'OL') return true;
  return false;
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
 * The headline is the linked text. Yahoo sets a kicker heading above it ("Developing news"), and Yahoo Japan wraps
 * rank, title, publisher and date in one link whose `.ttl` element is the headline alone.
 */
function mendTitle(article: Article, block: Element, now: Date): Article {
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

/** A label that may name the publisher: not the headline, a time, a count, a pager or a prompt. */
function isProviderName(text: string, title: string, now: Date): boolean {
  return (
    isLabel(text) && !isSponsorMark(text) && !looksLikeTime(text, now) && !parseJapaneseDate(text, now) &&
    text !== title && !/^[\d.,]+\s*\p{L}?$/u.test(text) && !PAGER.test(text) && !/[»›]\s*$/.test(text)
  );
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
      if (isProviderName(name, article.title, now)) (isBefore(head, p.element) ? after : before).push(name);
    }
  }
  return after[0] ?? before.at(-1) ?? null;
}

/**
 * Yahoo marks the publisher with class `source` (2014 streams, Japan's rankings). The generic rule reads it only as a
 * short label, and counts a long katakana name ("ナショナル ジオグラフィック日本版") as too many words.
 */
function markedSource(block: Element): string | null {
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
function shownAsText(name: string, pieces: Piece[], storyUrl: string | null, base: URL): boolean {
  return pieces.some((p) => {
    if (p.text !== name) return false;
    if (p.element.closest('.source')) return true;
    const control = p.element.closest('a[href], button, [role="button"]');
    return !control || (!!storyUrl && control.tagName === 'A' && resolveUrl(control.getAttribute('href'), base) === storyUrl);
  });
}

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

function isJapan(ctx: ParseContext): boolean {
  return /(?:^|\.)yahoo\.co\.jp$/i.test(ctx.url.hostname);
}

/** Yahoo Japan writes its times in JST; the generic reading assumes UTC and knows no Japanese date forms. */
function mendJapanTime(article: Article, pieces: Piece[], ctx: ParseContext): Article {
  if (article.time.from === 'attribute') return article;
  for (const p of pieces) {
    const relative = p.text === article.time.text ? parseTimeText(p.text, ctx.now, { zoneOffsetMinutes: JST_MINUTES }) : null;
    const r = parseJapaneseDate(p.text, ctx.now) ?? relative;
    if (!r) continue;
    return {
      ...article,
      publishedAt: r.publishedAt.toISOString(),
      time: { text: p.text, from: 'text', earliest: r.earliest.toISOString(), latest: r.latest.toISOString() },
    };
  }
  return article;
}

/** Attributes a ranking card may carry and still read as the fast path reads it (no title, role, rel, time attributes). */
const CARD_ATTRIBUTES = new Set(['class', 'href', 'onmousedown', 'src', 'width', 'height', 'alt']);

/** A ranking card of Japan's 2017 front page, read from its markup alone. */
interface RankingCard {
  /** The headline the generic rules would take (the card id's key): `.cap` as a whole, or its longest title-like part. */
  headline: TitleHit;
  /** The headline as shown: `.ttl` alone (mendTitle's reading of the card). */
  title: string;
  source: string;
  date: string;
  reading: TimeReading;
  image: string | null;
}

const rankingCards = new WeakMap<Element, { parse: object; value: RankingCard | null }>();

/**
 * Yahoo Japan's ranking card (2017): `li > a[href] > [span.rankNum] span.cap > [span.thumbnail] span.ttl span.source
 * span.date`. Its every field is in its markup, so its block is read without the generic look over it. Asked by
 * headline and again by refine.
 */
function rankingCardOf(block: Element, ctx: ParseContext): RankingCard | null {
  return rememberedFor(rankingCards, block, (li) => readRankingCard(li, ctx));
}

function hasOnlyCardAttributes(el: Element): boolean {
  for (const name of el.getAttributeNames()) if (!CARD_ATTRIBUTES.has(name)) return false;
  return true;
}

/** A thumbnail holds pictures and empty marks only (the video mark `span.icmv_s`). */
function isBareThumbnail(thumb: Element): boolean {
  if (thumb.textContent?.trim()) return false;
  return listOf(thumb.querySelectorAll('*')).every((el) => (el.tagName === 'SPAN' && hasOnlyCardAttributes(el)) || (el.tagName === 'IMG' && isPlainPicture(el)));
}

/** Attributes the field rules read besides a card's own: tooltips, labels, roles, rels, marks, lazy sources, times. */
const READ_ATTRIBUTES = new Set(['title', 'aria-label', 'role', 'rel', 'itemprop', 'data-source', 'data-testid', 'data-test-id', 'data-src', 'datetime', ...DATA_TIME_ATTRS]);

/**
 * A picture with no attribute a rule reads but the card's own: others are no one's concern (an alt text with quotes
 * inside, `alt="あの"聖心"の…""`, leaves its words as attribute names).
 */
function isPlainPicture(img: Element): boolean {
  for (const name of img.getAttributeNames()) if (READ_ATTRIBUTES.has(name)) return false;
  return true;
}

/** A label span: text alone, no marks of its own. */
function isLabelSpan(el: Element | undefined, cls: string): el is Element {
  return !!el && el.tagName === 'SPAN' && el.className === cls && el.childElementCount === 0 && hasOnlyCardAttributes(el) && textOf(el) !== '';
}

/** No words of the element's own between its children (a separator would join the labels' text into one part). */
function holdsNoLooseText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && n.nodeValue?.trim()) return false;
  return true;
}

function readRankingCard(li: Element, ctx: ParseContext): RankingCard | null {
  const link = li.firstElementChild;
  if (li.tagName !== 'LI' || li.childElementCount !== 1 || link?.tagName !== 'A' || !hasOnlyCardAttributes(li) || !hasOnlyCardAttributes(link)) return null;
  if (!holdsNoLooseText(li) || !holdsNoLooseText(link) || li.parentElement?.closest('a[href]')) return null;
  const outer = listOf(link.children);
  const rank = outer.length === 2 && isLabelSpan(outer[0], 'rankNum') ? outer[0] : null;
  const cap = outer.at(-1);
  if (outer.length !== (rank ? 2 : 1) || cap?.tagName !== 'SPAN' || cap.className !== 'cap' || !hasOnlyCardAttributes(cap) || !holdsNoLooseText(cap)) return null;
  const inner = listOf(cap.children);
  const thumb = inner.length === 4 ? inner[0]! : null;
  if (thumb && !(thumb.tagName === 'SPAN' && /^thumbnail\b/.test(thumb.className) && hasOnlyCardAttributes(thumb) && isBareThumbnail(thumb))) return null;
  const [ttl, source, date] = inner.slice(thumb ? 1 : 0);
  if (inner.length !== (thumb ? 4 : 3) || !isLabelSpan(ttl, 'ttl') || !isLabelSpan(source, 'source') || !isLabelSpan(date, 'date')) return null;
  const base = documentBase(li.ownerDocument, ctx.url);
  const url = resolveUrl(link.getAttribute('href'), base);
  if (!url || !isStoryLink(link, url, ctx.url)) return null;
  const headline = cardHeadline(link, rank ? [rank, cap] : [ttl, source, date], url, ctx.now);
  const labels = rank ? [rank, ttl, source, date] : [ttl, source, date];
  const name = markedSource(li) === textOf(source) ? textOf(source) : null;
  const dateText = textOf(date);
  const reading = parseJapaneseDate(dateText, ctx.now);
  if (!headline || !name || !reading || !labelsKeepFieldsEmpty(labels, date, headline.element, ctx)) return null;
  // mendTitle reads the block's first `.ttl`: with this one alone, its reading is this.
  if (li.querySelectorAll('.ttl').length !== 1) return null;
  const shown = textOf(ttl);
  const title = shown !== headline.title && headline.title.includes(shown) ? shown : headline.title;
  return { headline, title, source: name, date: dateText, reading, image: imageIn(li, base) };
}

/**
 * The generic headline rule's reading of a card link with labelled parts (rank and `.cap`, or `.cap`'s own labels):
 * the longest part that reads as a headline, else the link's whole text.
 */
function cardHeadline(link: Element, parts: Element[], url: string, now: Date): TitleHit | null {
  let best: TitleHit | null = null;
  for (const element of parts) {
    const title = textOf(element);
    if (title.length > (best?.title.length ?? -1) && isTitleLike(title, now)) best = { title, element, url };
  }
  const whole = textOf(link);
  return best ?? (isTitleLike(whole, now) ? { title: whole, element: link, url } : null);
}

/**
 * Whether the generic rules would find no snippet, author, sponsor mark or other time in the card's labels: no label
 * outside the headline is a teaser's length, none opens with "By", none is a sponsor mark, and none but the date reads
 * as a time or a Japanese date (the Japan time mend reads the first that does).
 */
function labelsKeepFieldsEmpty(labels: Element[], date: Element, headline: Element, ctx: ParseContext): boolean {
  return labels.every((el) => {
    const text = textOf(el);
    if (!headline.contains(el) && text.length >= SNIPPET_MIN) return false;
    return el === date ? !/^by/i.test(text) && !isSponsorMark(text) : namesNoOtherField(text, ctx);
  });
}

/**
 * Whether the generic rules (and the Japan time mend) read a text of the block as no author ("By …"), no sponsor mark
 * and no time or date.
 */
function namesNoOtherField(text: string, ctx: ParseContext): boolean {
  return (
    !/^by/i.test(text) && !isSponsorMark(text) && !timePartOf(text, ctx.now, ctx.times) &&
    !(isJapan(ctx) && parseJapaneseDate(text, ctx.now))
  );
}

const pickups = new WeakMap<Element, { parse: object; value: TitleHit | null }>();

/**
 * The headline of Yahoo Japan's topic item (2017 "pickup" list: `li > div > h1.ttl|p.ttl > a[href]`, the link's text
 * then its icon marks "写真", "new"), when the item holds nothing else: no picture, no publisher, no time. Asked by
 * headline and again by refine.
 */
function pickupOf(block: Element, ctx: ParseContext): TitleHit | null {
  return rememberedFor(pickups, block, (li) => readPickup(li, ctx));
}

/** The one child element of a wrapper with no words of its own, if it is of the tag. */
function onlyChild(el: Element | null | undefined, tags: string[]): Element | null {
  const child = el?.firstElementChild;
  return el && child && el.childElementCount === 1 && tags.includes(child.tagName) && hasOnlyCardAttributes(child) && holdsNoLooseText(el) ? child : null;
}

function readPickup(li: Element, ctx: ParseContext): TitleHit | null {
  if (li.tagName !== 'LI' || !hasOnlyCardAttributes(li) || li.parentElement?.closest('a[href]')) return null;
  const ttl = onlyChild(onlyChild(li, ['DIV']), ['H1', 'P']);
  const link = onlyChild(ttl, ['A']);
  if (!ttl || !link || ttl.className !== 'ttl') return null;
  const marks = listOf(link.children);
  if (!marks.every((m) => m.tagName === 'SPAN' && m.matches(ICON) && m.childElementCount === 0 && hasOnlyCardAttributes(m))) return null;
  // Two marks or more are the link's labelled parts: the generic rule would weigh them as headlines.
  if (marks.length >= 2 && marks.some((m) => isTitleLike(textOf(m), ctx.now))) return null;
  const url = resolveUrl(link.getAttribute('href'), documentBase(li.ownerDocument, ctx.url));
  // A heading's text is the headline with its marks; a line's, the link's.
  const element = ttl.tagName === 'H1' ? ttl : link;
  const title = textOf(element);
  if (!url || !isStoryLink(link, url, ctx.url) || !isTitleLike(title, ctx.now)) return null;
  return piecesOf(li).every((p) => namesNoOtherField(p.text, ctx)) ? { title, element, url } : null;
}

/** A topic item: its headline without icon marks, the link's site as its source, and nothing more. */
function pickupArticle(article: Article, headline: TitleHit, block: Element, ctx: ParseContext): Article {
  const domain = registrableDomain(headline.url);
  return {
    ...mendTitle(article, block, ctx.now),
    source: { name: domain, domain, mismatch: false },
    ...NO_TIME,
    snippet: null,
    author: null,
    imageUrl: null,
    sponsored: false,
  };
}

/** What a card reader leaves to the generic rules: elements by tag, class and attribute names (see scanCard). */
interface CardExtras {
  tags: ReadonlySet<string>;
  /** Class names, as a test of a class attribute that holds any of them. */
  classes: RegExp;
  attributes: ReadonlySet<string>;
}

/** A test of a class attribute for any of the names (any whitespace parts them: a stricter test, never a looser one). */
function classTest(names: string[]): RegExp {
  return new RegExp(`(?:^|\\s)(?:${names.join('|')})(?:\\s|$)`);
}

/** What would give the generic rules more to read in a stream card than its headline and provider: pictures, times, tooltips, roles, controls, marks. */
const STREAM_CARD_EXTRAS: CardExtras = {
  tags: new Set(['img', 'time', 'button']),
  classes: classTest(['source', 'ttl']),
  attributes: new Set(['datetime', 'title', 'role', 'rel', ...DATA_TIME_ATTRS]),
};

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A card's headings and links (`h1`–`h6`, `a[href]` below it), in document order. */
interface CardScan {
  headings: Element[];
  links: Element[];
}

/**
 * The headings and links of a card that holds none of the extras, itself included; null if it does. One look at each
 * element, as `matches` and `querySelector` of the extras would take them: a selector list is a slow query.
 */
function scanCard(block: Element, extras: CardExtras): CardScan | null {
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

/** Class words of a heading about a person: wider than the headline rule's, so that a heading it passes over is left to it. */
const PERSON_WORDS = /user|author|member|profile|avatar|poster/i;

interface StreamCard {
  headline: TitleHit;
  provider: string;
}

const streamCards = new WeakMap<Element, { parse: object; value: StreamCard | null }>();

/**
 * A story card of yahoo.com's 2016 stream (`li.js-stream-content`: its picture a background, an `h3 > a` headline,
 * the provider in a bare `div`), when it holds that and nothing more: its headline is its heading, its publisher the
 * one other label. Asked by headline and again by refine.
 */
function streamCardOf(block: Element, ctx: ParseContext): StreamCard | null {
  return rememberedFor(streamCards, block, (el) => readStreamCard(el, ctx));
}

function readStreamCard(block: Element, ctx: ParseContext): StreamCard | null {
  const scan = block.closest('a[href]') ? null : scanCard(block, STREAM_CARD_EXTRAS);
  if (!scan) return null;
  const { headings, links } = scan;
  const heading = headings[0];
  const link = links[0];
  if (headings.length !== 1 || links.length !== 1 || !heading || !link || !heading.contains(link) || heading.querySelector(ICON)) return null;
  for (let el: Element | null = heading; el && el !== block; el = el.parentElement) if (PERSON_WORDS.test(el.getAttribute('class') ?? '')) return null;
  const pieces = piecesOf(block);
  const label = pieces.find((p) => !heading.contains(p.element));
  if (pieces.length !== 2 || !label || !heading.contains(pieces[pieces.indexOf(label) === 0 ? 1 : 0]!.element)) return null;
  const url = resolveUrl(link.getAttribute('href'), documentBase(block.ownerDocument, ctx.url));
  const title = textOf(heading);
  if (!url || !isStoryLink(link, url, ctx.url) || !isTitleLike(title, ctx.now) || !pieces.every((p) => namesNoOtherField(p.text, ctx))) return null;
  // The label as the provider rule reads it: one part, unbracketed, a name; shorter than a teaser.
  const provider = label.text;
  const parts = metaParts(provider, ctx.now);
  const alone = parts.length === 1 && parts[0] === provider && unbracketed(provider) === provider && provider.length < 40;
  return alone && isProviderName(provider, title, ctx.now) ? { headline: { title, element: heading, url }, provider } : null;
}

function streamArticle(article: Article, card: StreamCard): Article {
  const domain = registrableDomain(card.headline.url);
  return {
    // mendTitle leaves it: the card has no `.ttl`, and its one heading holds the link.
    ...article,
    source: { name: card.provider, domain, mismatch: sourceMismatch(card.provider, domain) },
    ...NO_TIME,
    snippet: null,
    author: null,
    imageUrl: null,
    sponsored: false,
  };
}

/**
 * What the 2014 card reading leaves to the generic rules: headings but its `h3`, machine times, roles (headings), rels
 * (sponsors, authors), the `.ttl` the title mend reads.
 */
const CARD_2014_EXTRAS: CardExtras = {
  tags: new Set(['h1', 'h2', 'h4', 'h5', 'h6', 'time']),
  classes: classTest(['ttl']),
  attributes: new Set(['datetime', 'role', 'rel', ...DATA_TIME_ATTRS]),
};

/** A yahoo.com 2014 stream card, read from its markup: every field the generic rules would give it. */
interface Card2014 {
  headline: TitleHit;
  source: string;
  time: TimeHit;
  snippet: string | null;
  image: string | null;
}

/** A time label that is a whole text piece, and its time. */
interface TimedPiece {
  piece: Piece;
  text: string;
}

const cards2014 = new WeakMap<Element, { parse: object; value: Card2014 | null }>();

/**
 * A story card of yahoo.com's 2014 stream (`li.content`: a picture link, an `h3 > a` headline, `p.summary`, then
 * `span.source` and perhaps `span.time`, Save and Remove buttons). Asked by headline and again by refine.
 */
function card2014Of(block: Element, ctx: ParseContext): Card2014 | null {
  return rememberedFor(cards2014, block, (li) => readCard2014(li, ctx));
}

function readCard2014(li: Element, ctx: ParseContext): Card2014 | null {
  if (li.tagName !== 'LI' || !li.classList.contains('content') || !ctx.times || li.closest('a[href]')) return null;
  const headings = scanCard(li, CARD_2014_EXTRAS)?.headings;
  const heading = headings?.length === 1 ? headings[0] : null;
  const link = heading?.firstElementChild;
  if (!heading || heading.childElementCount !== 1 || link?.tagName !== 'A' || link.childElementCount !== 0 || !holdsNoLooseText(heading)) return null;
  for (let el: Element | null = heading; el && el !== li; el = el.parentElement) if (PERSON_WORDS.test(el.getAttribute('class') ?? '')) return null;
  const base = documentBase(li.ownerDocument, ctx.url);
  const url = resolveUrl(link.getAttribute('href'), base);
  const title = textOf(heading);
  const source = markedSource(li);
  if (!url || !source || !isStoryLink(link, url, ctx.url) || !isTitleLike(title, ctx.now)) return null;
  const pieces = piecesOf(li);
  const timed = timePieceOf(pieces, ctx);
  if (timed === undefined) return null;
  const time = timed ? timeOfPiece(timed, pieces, ctx) : NO_TIME;
  for (const p of pieces) {
    if (heading.contains(p.element) ? p.text !== title : !keepsSource(p, source, url, base, ctx.now)) return null;
    if (/^by/i.test(p.text) || isSponsorMark(p.text)) return null;
  }
  if (!time) return null;
  return { headline: { title, element: heading, url }, source, time, snippet: snippetOfPieces(pieces, li, heading, timed?.piece ?? null), image: imageIn(li, base) };
}

/**
 * The block's time label as the view finds it: the first piece that holds a time. Null for none; undefined for a
 * time that is not a whole piece, or is one word (a bare clock time, a name like "15min"), which the view weighs further.
 */
function timePieceOf(pieces: Piece[], ctx: ParseContext): TimedPiece | null | undefined {
  for (const piece of pieces) {
    const text = timePartOf(piece.text, ctx.now, ctx.times);
    if (text) return text === piece.text && /\s/.test(text) ? { piece, text } : undefined;
  }
  return null;
}

/**
 * The time rule's reading of the label: its text, in the page's zone. Null when a tooltip or a clock time beside it
 * would change the reading.
 */
function timeOfPiece(timed: TimedPiece, pieces: Piece[], ctx: ParseContext): TimeHit | null {
  const { piece, text } = timed;
  const line = piece.element.parentElement;
  if (piece.element.getAttribute('title') || line?.getAttribute('title')) return null;
  const next = pieces[pieces.indexOf(piece) + 1];
  if (next && line?.contains(next.element)) return null;
  const r = parseTimeText(text, ctx.now, ctx.times);
  return r ? timeHit(text, 'text', r) : NO_TIME;
}

/**
 * Whether a piece leaves the publisher to the `.source` label: the refine keeps a generic name only when the block
 * shows it as text (not in another link or a button), and every name the source rules give is a host, a linked host's
 * name (one word each) or a label (isLabel) that reads as no time.
 */
function keepsSource(p: Piece, source: string, url: string, base: URL, now: Date): boolean {
  if (p.text === source || !shownAsText(p.text, [p], url, base)) return true;
  return /\s/.test(p.text) && (!isLabel(p.text, true) || looksLikeTime(p.text, now));
}

/** The snippet rule's reading of the pieces: the longest line outside the headline and the time label, if long enough. */
function snippetOfPieces(pieces: Piece[], block: Element, headline: Element, timePiece: Piece | null): string | null {
  let best = '';
  const seen = new Set<Element>();
  for (const p of pieces) {
    if (headline.contains(p.element) || p === timePiece) continue;
    const line = lineOf(p.element, block);
    const unit = line === block ? p.element : line;
    if (seen.has(unit) || (unit !== p.element && unit.contains(headline))) continue;
    seen.add(unit);
    const text = unit === p.element ? p.text : textOf(unit);
    if (text.length > best.length) best = text;
  }
  return best.length >= SNIPPET_MIN ? truncate(best, SNIPPET_MAX) : null;
}

function card2014Article(article: Article, card: Card2014): Article {
  const domain = registrableDomain(card.headline.url);
  return {
    // mendTitle leaves it: the card has no `.ttl`, and its heading holds the link.
    ...article,
    source: { name: card.source, domain, mismatch: sourceMismatch(card.source, domain) },
    ...card.time,
    snippet: card.snippet,
    author: null,
    imageUrl: card.image,
    sponsored: false,
  };
}

/** What a link card leaves to the generic rules: headings, machine times, roles, rels, a title's or a source's mark. */
const LINK_CARD_EXTRAS: CardExtras = {
  tags: new Set([...HEADING_TAGS, 'time']),
  classes: classTest(['ttl', 'source']),
  attributes: new Set(['datetime', 'role', 'rel', ...DATA_TIME_ATTRS]),
};

interface LinkCard {
  headline: TitleHit;
  image: string | null;
}

const linkCards = new WeakMap<Element, { parse: object; value: LinkCard | null }>();

/**
 * A story that is one link around one label (yahoo.com 2014's "Today" strip: `a.item > span.footer-img-holder > img,
 * span.item-label`): the label is its headline (the card line the title rule reads in a link that is the block), the
 * link's site its source; it has no teaser, time or author. Asked by headline and again by refine.
 */
function linkCardOf(block: Element, ctx: ParseContext): LinkCard | null {
  return rememberedFor(linkCards, block, (a) => readLinkCard(a, ctx));
}

function readLinkCard(a: Element, ctx: ParseContext): LinkCard | null {
  if (a.tagName !== 'A' || !a.hasAttribute('href') || scanCard(a, LINK_CARD_EXTRAS)?.links.length !== 0) return null;
  const pieces = piecesOf(a);
  const label = pieces[0];
  // A label longer than a teaser's limit, or marked as the source, is no card line.
  if (pieces.length !== 1 || !label || label.text.length > 200 || isSourceMarked(label.element)) return null;
  const base = documentBase(a.ownerDocument, ctx.url);
  const url = resolveUrl(a.getAttribute('href'), base);
  if (!url || !isStoryLink(a, url, ctx.url) || !isTitleLike(label.text, ctx.now) || !namesNoOtherField(label.text, ctx)) return null;
  return { headline: { title: label.text, element: a, url }, image: imageIn(a, base) };
}

/**
 * A link card's story. The generic source rules find no name the block shows apart from its headline, and the refine
 * finds no `.source` and no provider beside it: the source is the link's site.
 */
function linkCardArticle(article: Article, card: LinkCard): Article {
  const domain = registrableDomain(card.headline.url);
  return {
    // mendTitle leaves it: no `.ttl`, no heading.
    ...article,
    source: { name: domain, domain, mismatch: false },
    ...NO_TIME,
    snippet: null,
    author: null,
    imageUrl: card.image,
    sponsored: false,
  };
}

interface VideoCard {
  headline: TitleHit;
  snippet: string | null;
  image: string | null;
}

const videoCards = new WeakMap<Element, { parse: object; value: VideoCard | null }>();

/**
 * A video of yahoo.com 2014's "Featured videos" (`li.video-unit`: a picture link whose `title` is the headline, then
 * the headline's link): the title rule reads the picture link's `title` (the first link to the story), the
 * source is the link's site. Asked by headline and again by refine.
 */
function videoCardOf(block: Element, ctx: ParseContext): VideoCard | null {
  return rememberedFor(videoCards, block, (el) => readVideoCard(el, ctx));
}

function readVideoCard(block: Element, ctx: ParseContext): VideoCard | null {
  const first = block.firstElementChild?.tagName;
  if (first === 'STRONG' || first === 'B' || block.closest('a[href]')) return null;
  const links = scanCard(block, LINK_CARD_EXTRAS)?.links;
  const [picture, headline] = links ?? [];
  if (links?.length !== 2 || !picture || !headline || headline.childElementCount !== 0 || textOf(picture) !== '') return null;
  // The picture link holds no lines and stands in no sentence: the title rule reads it as a headline link.
  if (picture.querySelector(LINES) || besideWords(picture)) return null;
  const pieces = piecesOf(block);
  const label = pieces[0];
  const title = collapse(picture.getAttribute('title') ?? '');
  if (pieces.length !== 1 || label?.element !== headline || label.text !== title) return null;
  const base = documentBase(block.ownerDocument, ctx.url);
  const url = resolveUrl(picture.getAttribute('href'), base);
  if (!url || resolveUrl(headline.getAttribute('href'), base) !== url || !isStoryLink(picture, url, ctx.url)) return null;
  if (!isTitleLike(title, ctx.now) || !namesNoOtherField(title, ctx)) return null;
  return { headline: { title, element: picture, url }, snippet: snippetOfPieces(pieces, block, picture, null), image: imageIn(block, base) };
}

/** Whether words touch the element on either side (the title rule passes a link over when they touch both). */
function besideWords(el: Element): boolean {
  const words = (n: Node | null): boolean => !!n && n.nodeType === 3 && /\p{L}{2,}/u.test(n.nodeValue ?? '');
  return words(el.previousSibling) || words(el.nextSibling);
}

/** A video card's story: its teaser as the snippet rule reads it, the link's site as its source (see linkCardArticle). */
function videoCardArticle(article: Article, card: VideoCard): Article {
  const domain = registrableDomain(card.headline.url);
  return {
    // mendTitle leaves it: no `.ttl`, no heading.
    ...article,
    source: { name: domain, domain, mismatch: false },
    ...NO_TIME,
    snippet: card.snippet,
    author: null,
    imageUrl: card.image,
    sponsored: false,
  };
}

function cardArticle(article: Article, card: RankingCard): Article {
  const domain = registrableDomain(card.headline.url);
  return {
    ...article,
    title: card.title,
    source: { name: card.source, domain, mismatch: sourceMismatch(card.source, domain) },
    ...timeHit(card.date, 'text', card.reading),
    snippet: null,
    author: null,
    imageUrl: card.image,
    sponsored: false,
  };
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
    return rankingCardOf(block.element, ctx)?.headline ?? pickupOf(block.element, ctx);
  },
  refine(article: Article, block: Block, ctx: ParseContext): Article {
    const card2014 = isJapan(ctx) ? null : card2014Of(block.element, ctx);
    if (card2014) return card2014Article(article, card2014);
    const linkCard = isJapan(ctx) ? null : linkCardOf(block.element, ctx);
    if (linkCard) return linkCardArticle(article, linkCard);
    const stream = isJapan(ctx) ? null : streamCardOf(block.element, ctx);
    if (stream) return streamArticle(article, stream);
    const video = isJapan(ctx) ? null : videoCardOf(block.element, ctx);
    if (video) return videoCardArticle(article, video);
    const card = isJapan(ctx) ? rankingCardOf(block.element, ctx) : null;
    if (card) return cardArticle(article, card);
    const pickup = isJapan(ctx) ? pickupOf(block.element, ctx) : null;
    if (pickup) return pickupArticle(article, pickup, block.element, ctx);
    return refineComplete(article, block, ctx);
  },
  refinesLazily: true,
};
