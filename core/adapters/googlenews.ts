/**
 * Google News (news.google.com): home, topic, search and publication pages.
 *
 * Every markup generation since the 2018 redesign renders each story as its own `<article>`: a cluster's lead story
 * and its related stories are sibling articles, while "Full coverage", topic and publisher links sit outside them.
 * So the blocks are the articles that carry a story link (an article wrapping other articles is taken for a
 * container), found with one query over the page: the search page is megabytes of c-wiz markup, and nothing per
 * block looks at the whole page. Inside, a story of the 2021– markup is a few leaf elements: the headline link
 * (data-n-tid="29") beside an empty overlay link to the same story, the publisher row (favicon, name), the byline
 * ("By …"), a thumbnail, a `<time datetime>` and a menu button; so each field is read from its element
 * (googlenews-markup.ts) instead of the generic walk over every element of every story. The 2018–2020 stories (the
 * headline in an `<h3>` above a summary) are read by the generic rules.
 * The site before it (about 2010–2017) marked each headline link's text `span.titletext`, with the publisher and age in
 * an attribution line below (`.al-attribution-source`, `.al-attribution-timestamp`; "Recent" and side lists: `.source`
 * and `.date`): a story there is the largest element around one headline, and a cluster's lead, whose attribution line
 * follows its title's wrapper, keeps that line as its Block.meta. Before about 2010 stories were bare links through
 * the site's click redirect, each followed by its source row (see redirectLinkBlocks). Pages with none of these fall
 * back to the generic detector.
 *
 * Headline links are Google News redirects ("./read/…", "./articles/…"); the publisher's own URL is not a link on the
 * page, so the article URL is the redirect, resolved, unless its token carries the publisher's URL in the clear (as it
 * did until about 2023; see publisherUrlIn). The publisher is a plain label beside a favicon, so refine reads
 * it from that label rather than trusting whichever text the generic rules find next to the time (an author line,
 * when the publisher row comes first).
 */
import type { Adapter, Article, ArticleSource, Block, ParseContext } from '../types';
import { collapse, plainTextOf, textOf, wordCount } from '../text';
import { isLabel } from '../fields/labels';
import { looksLikeTime, metaParts } from '../time';
import { base64UrlBytes, documentBase, resolveUrl, validUrlParts, type UrlParts } from '../url';
import { registrableDomain, sourceMismatch } from '../domain';
import { genericBlocks } from './generic';
import { isBefore, linksUnder, listOf, queryAllInOrder } from '../dom';
import { rememberedFor } from '../memo';
import type { TitleHit } from '../fields/title';
import { cardFields, cardHeadline } from './googlenews-markup';

/** Links that lead to Google News pages about many stories, not to one story. */
const NAVIGATION_PATH = /^\/(?:stories|topics|publications|sources|search|home|foryou|showcase|my|local)(?:\/|$)/;
/** Story redirects across generations: "./read/CBM…" (2024–), "./articles/CBM…" and "./rss/articles/…" (before). */
const STORY_PATH = /^\/(?:read|articles|rss\/articles)\//;
/** Publisher pages, linked from the publisher name in older generations. */
const PUBLISHER_PATH = /^(?:\.|https:\/\/news\.google\.com)?\/(?:publications|sources)\//;
/** Headings of side panels and page chrome are not the section a story sits in. */
const CHROME = 'header, nav, aside, footer, [role="banner"], [role="navigation"], [role="complementary"], [role="contentinfo"]';
const HEADING_PARTS = ['h2', 'h3', '[role="heading"]'];

function isGoogleNewsHost(host: string): boolean {
  return host === 'news.google.com';
}

/** A link that opens one story: a Google News story redirect, or a direct link off Google. */
function isStoryUrl(url: string): boolean {
  const u = validUrlParts(url);
  if (isGoogleNewsHost(u.hostname)) return STORY_PATH.test(u.pathname);
  return !/(^|\.)google\.[a-z.]+$|(^|\.)(?:gstatic|googleusercontent)\.com$/.test(u.hostname);
}

function hasStoryLink(article: Element, base: URL): boolean {
  const links = article.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    const url = resolveUrl(links[i]!.getAttribute('href'), base);
    if (url && isStoryUrl(url)) return true;
  }
  return false;
}

function headingText(el: Element): string | null {
  const text = textOf(el);
  return text && wordCount(text) <= 8 && text.length <= 60 ? text : null;
}

function storyBlocks(doc: Document, ctx: ParseContext): Block[] {
  const base = documentBase(doc, ctx.url);
  const articles = listOf(doc.getElementsByTagName('article'));
  if (articles.length === 0) {
    const titled = titleTextBlocks(doc);
    if (titled.length >= 2) return titled;
    const redirected = redirectLinkBlocks(doc);
    return redirected.length >= 2 ? redirected : genericBlocks(doc, ctx);
  }
  // An article that holds other articles is a cluster wrapper; its stories are the inner ones.
  const wrappers = new Set<Element>();
  for (const a of articles) {
    const outer = a.parentElement?.closest('article');
    if (outer) wrappers.add(outer);
  }
  // The section headings, in document order: those outside the stories and the page's chrome (a page has few).
  const headings = queryAllInOrder(doc, HEADING_PARTS).filter((h) => !h.closest('article') && !h.closest(CHROME));
  const blocks: Block[] = [];
  let section: string | null = null;
  let next = 0;
  for (const el of articles) {
    // A story sits in the section of the last heading before it.
    while (next < headings.length && isBefore(headings[next]!, el)) section = headingText(headings[next++]!);
    if (wrappers.has(el) || !hasStoryLink(el, base)) continue;
    blocks.push({ element: el, section });
  }
  return blocks;
}

/** The attribution line of the site before 2018: the publisher and the age. */
const ATTRIBUTION = '.al-attribution, .sub-title, .al-attribution-source, .source, .date';
/** How far a headline's block may reach above its link (link, heading, title wrapper, story wrapper). */
const TITLE_CLIMB = 4;

/** The pre-2018 site's stories: one block around each `span.titletext` headline link (see the file's comment). */
function titleTextBlocks(doc: Document): Block[] {
  const blocks: Block[] = [];
  const section = closestSection();
  for (const text of listOf(doc.querySelectorAll('.titletext'))) {
    const link = text.closest('a[href]');
    if (!link) continue;
    let block: Element = link;
    for (let i = 0; i < TITLE_CLIMB; i++) {
      const parent = block.parentElement;
      if (!parent || parent === doc.body || parent.querySelectorAll('.titletext').length > 1) break;
      block = parent;
    }
    const next = block.nextElementSibling;
    const meta = !block.querySelector(ATTRIBUTION) && next && (next.matches(ATTRIBUTION) || next.querySelector(ATTRIBUTION)) ? next : undefined;
    blocks.push({ element: block, section: section(block), ...(meta ? { meta } : {}) });
  }
  return blocks;
}

/** Google News's own click redirect before 2018 ("/news/url?sa=T&fd=R&url=…"), around every story link. */
const NEWS_REDIRECT = /^(?:https?:\/\/news\.google\.com)?\/news\/url\?/;

/**
 * The site until about 2010: tables of bare story links (through the click redirect from about 2006), each followed by its source row
 * ("Reuters - 42 minutes ago" under a lead, "Wall Street Journal" beside a related story), which is its Block.meta.
 * Publisher-only links ("New York Times - CNNMoney.com") are names, not headlines.
 */
function redirectLinkBlocks(doc: Document): Block[] {
  const blocks: Block[] = [];
  for (const a of linksUnder(doc.body ?? doc.documentElement)) {
    if (wordCount(textOf(a)) < 3 || a.closest('nobr')) continue;
    let meta = a.nextElementSibling;
    while (meta?.tagName === 'BR') meta = meta.nextElementSibling;
    const row = meta && !meta.querySelector('a[href]') && meta.tagName !== 'TABLE' ? meta : null;
    // Before the redirect (about 2006), links went straight to the publisher: a story link is one its grey source row
    // follows (`<font color=#6f6f6f>`, `<nobr>`).
    const sourceRow = row?.tagName === 'FONT' && (row.hasAttribute('color') || row.querySelector('font[color], nobr') !== null);
    if (!NEWS_REDIRECT.test(a.getAttribute('href') ?? '') && !sourceRow) continue;
    blocks.push({ element: a, section: sectionAbove(a), ...(row ? { meta: row } : {}) });
  }
  return blocks;
}

/** The heading bar above a story's table ("Top Stories", "World"): the nearest earlier table with a `td.ks` heading. */
function sectionAbove(link: Element): string | null {
  for (let prev = link.closest('table')?.previousElementSibling ?? null; prev; prev = prev.previousElementSibling) {
    const heading = prev.querySelector('td.ks b, td.ks a');
    if (heading) return headingText(heading);
  }
  return null;
}

/** The title of the side section a story sits in ("Recent", "Spotlight"), read once per section. */
function closestSection(): (el: Element) => string | null {
  const titles = new Map<Element, string | null>();
  return (el) => {
    const section = el.closest('.section');
    if (!section) return null;
    if (!titles.has(section)) {
      const title = section.querySelector('.section-header-title, .section-name');
      titles.set(section, title ? headingText(title) : null);
    }
    return titles.get(section)!;
  };
}

/** data-n-tid="9" tags the publisher name in every generation seen (2019 links, 2024 divs). */
const PUBLISHER_TAG = '[data-n-tid="9"]';
/** Before 2018, the attribution line's source (in the lead's meta row). */
const ATTRIBUTION_SOURCE_PARTS = ['.al-attribution-source', '.sub-title .source'];
const ATTRIBUTION_SOURCE = ATTRIBUTION_SOURCE_PARTS.join(', ');

const attributionPages = new WeakMap<Document, { parse: object; value: boolean }>();

/**
 * The selector of the elements that the page marks as a publisher. The pre-2018 classes are asked about only on a page
 * that has them: a query for one selector costs a third of one for the three.
 */
function publisherMarks(doc: Document): string {
  // One query per selector: a query for the list of them is a slower scan of the page that has neither.
  const old = rememberedFor(attributionPages, doc, (d) => ATTRIBUTION_SOURCE_PARTS.some((selector) => d.querySelector(selector) !== null));
  return old ? `${PUBLISHER_TAG}, ${ATTRIBUTION_SOURCE}` : PUBLISHER_TAG;
}

/** The publisher label: the source-tagged element, a publisher link, else the short text beside the favicon. */
function publisherOf(block: Element, title: string, now: Date): string | null {
  // Every place below is the page's own publisher slot: a desk named there is the publisher ("Meridian Weather Desk").
  const usable = (text: string): boolean =>
    isLabel(text, true) && text !== title && !/^by\s/i.test(text) && !looksLikeTime(text, now);
  const read = (el: Element): string | null => {
    const text = plainTextOf(el);
    return usable(text) ? text : null;
  };
  // The candidates in order of trust, each kind looked for only when the one before found nothing usable. The first
  // mark names the publisher on every page seen: the block's other marks are gathered only when it names none.
  const marks = publisherMarks(block.ownerDocument);
  const first = block.querySelector(marks);
  const named = first && read(first);
  if (named) return named;
  for (const el of first ? listOf(block.querySelectorAll(marks)).slice(1) : []) {
    const text = read(el);
    if (text) return text;
  }
  // Substring attribute selectors are slow in some DOMs; the hrefs are tested here instead.
  for (const a of linksUnder(block)) {
    const text = PUBLISHER_PATH.test(a.getAttribute('href') ?? '') ? read(a) : null;
    if (text) return text;
  }
  const images = listOf(block.querySelectorAll('img'));
  for (const img of images) {
    if (!/favicon/i.test(img.getAttribute('src') ?? '')) continue;
    const row = img.parentElement;
    const text = row ? read(row) ?? (row.nextElementSibling ? read(row.nextElementSibling) : null) : null;
    if (text) return text;
  }
  // A publisher shown by its wordmark alone (an image a logo's height, "…=-h48-w180"), named by its alt text.
  for (const img of images) {
    const alt = collapse(img.getAttribute('alt') ?? '');
    if (alt && usable(alt) && logoHeight(img) <= LOGO_HEIGHT) return alt;
  }
  return null;
}

/** An image's height as its attribute or its address gives it ("…-h48-w180"); Infinity when neither does. */
function logoHeight(img: Element): number {
  const height = Number(img.getAttribute('height') || (SIZED_ADDRESS.exec(img.getAttribute('src') ?? '')?.[1] ?? NaN));
  return Number.isFinite(height) && height > 0 ? height : Infinity;
}

/** The height an image's address asks for ("…=-h48-w180", "…-h100-w100-rw"). */
const SIZED_ADDRESS = /-h(\d{1,4})-w\d{1,4}\b/;

/** Wrappers a story may sit in below its panel's header (News Showcase: panel, its column, the story). */
const PANEL_DEPTH = 4;
/** The height a logo in a panel's header row has at most: a publisher's wordmark, not a story's picture. */
const LOGO_HEIGHT = 48;

/**
 * The publisher a News Showcase panel names once in its header row (its logo, its name, "Free access") above the
 * panel's stories, which name none: the header's first plain label.
 */
function panelPublisher(block: Element, title: string, now: Date): string | null {
  let child = block;
  for (let depth = 0; depth < PANEL_DEPTH && child.parentElement; depth++, child = child.parentElement) {
    const header = child.parentElement.firstElementChild;
    if (!header || header === child || header.contains(block)) continue;
    const logo = header.querySelector('img[height]');
    if (!logo || Number(logo.getAttribute('height')) > LOGO_HEIGHT) continue;
    for (const el of listOf(header.querySelectorAll('div, span'))) {
      if (el.childElementCount > 0) continue;
      const text = plainTextOf(el);
      if (text && isLabel(text, true) && text !== title && !looksLikeTime(text, now)) return text;
    }
    return null;
  }
  return null;
}

/** The generic rules' publisher name, unless it is only the domain or a byline. */
function genericName(source: ArticleSource): string | null {
  const name = source.name !== source.domain ? source.name : null;
  return name && !/^by\s/i.test(name) ? name : null;
}

/**
 * The token of a story redirect ("/articles/CBMi…", "/rss/articles/CBMi…", "/read/CBMi…") that carries the URL in the
 * clear, told by how it begins as base64 (sealed tokens are not read further): 0x08 0x13 0x22 ("CBMi"), then the URL's
 * length (one byte or two) and "http", which put "tps"/"tp:" ("dHBz"/"dHA6") or "ttp" ("dHRw") in the third group of four.
 */
const CLEAR_STORY_TOKEN = /^\/(?:read|articles|rss\/articles)\/(CBMi[A-Za-z0-9_-]{4}(?:dHBz|dHA6|dHRw)[A-Za-z0-9_-]*)/;
const utf8 = new TextDecoder();

/**
 * The publisher's address inside a story redirect's token, where the token carries it in the clear (about 2018–2023:
 * "CBMiXWh0dHBz…" is a protocol buffer, 0x08 0x13, then field 4 (0x22), its length as a varint and the URL); later
 * tokens are sealed ("CBMihwFBVV95cUxN…" holds "AU_yqL…"), and their redirect stays the story's address.
 */
export function publisherUrlIn(url: UrlParts): string | null {
  const token = isGoogleNewsHost(url.hostname) ? CLEAR_STORY_TOKEN.exec(url.pathname)?.[1] : undefined;
  const bytes = token ? base64UrlBytes(token) : null;
  if (!bytes) return null;
  let length = 0;
  let at = 3;
  for (let shift = 0; at < bytes.length && shift <= 14; shift += 7) {
    const byte = bytes[at++]!;
    length |= (byte & 0x7f) << shift;
    if (!(byte & 0x80)) break;
  }
  const text = at + length <= bytes.length ? utf8.decode(bytes.subarray(at, at + length)) : '';
  return /^https?:\/\/[^\s]+$/.test(text) ? text : null;
}

/** The name in a story's source row ("Reuters - 42 minutes ago", "Wall Street Journal"): its first part that is no time. */
function nameInRow(row: Element, now: Date): string | null {
  return metaParts(textOf(row), now).find((part) => isLabel(part, true) && !looksLikeTime(part, now)) ?? null;
}

function refine(article: Article, block: Block, ctx: ParseContext): Article | null {
  if (!article.url) return null;
  const link = validUrlParts(article.url);
  if (isGoogleNewsHost(link.hostname) && NAVIGATION_PATH.test(link.pathname)) return null;
  // The publisher's own address, where the redirect's token carries it.
  const inToken = publisherUrlIn(link);
  const storyUrl = (inToken && resolveUrl(inToken, documentBase(block.element.ownerDocument, ctx.url))) || article.url;
  const shown =
    publisherOf(block.element, article.title, ctx.now) ??
    (block.meta ? (publisherOf(block.meta, article.title, ctx.now) ?? nameInRow(block.meta, ctx.now)) : null);
  // The generic source rules are asked only when the page shows no publisher label (refinesLazily).
  const name = shown ?? genericName(article.source) ?? panelPublisher(block.element, article.title, ctx.now);
  const domain = registrableDomain(storyUrl);
  // The link's domain is Google's redirect, not a claim about the publisher: it cannot disagree with the name.
  const mismatch = !isGoogleNewsHost(storyUrl === article.url ? link.hostname : validUrlParts(storyUrl).hostname) && sourceMismatch(name, domain);
  const headline = cardHeadline(block, ctx);
  return { ...article, ...(headline ? cardFields(block, headline, ctx) : {}), url: storyUrl, source: { name: name ?? domain, domain, mismatch } };
}

export const googleNews: Adapter = {
  id: 'googlenews',
  label: 'Google News',
  hosts: ['news.google.com'],
  matches: ['*://news.google.com/*'],
  examples: ['https://news.google.com/search?q=nvidia&hl=en-US&gl=US&ceid=US%3Aen', 'https://news.google.com/home?hl=en-US&gl=US&ceid=US:en'],
  blocks: storyBlocks,
  headline(block: Block, ctx: ParseContext): TitleHit | null {
    return cardHeadline(block, ctx);
  },
  refine,
  refinesLazily: true,
};
