/**
 * Reddit, three markup generations, one post per block:
 * - old Reddit (2008–): `div.thing` rows of kind t3 (links), `a.title`, "(domain)" label, `<time datetime>` or a
 *   "submitted 5 hours ago" tagline, `promoted` rows for ads; its search results are `div.search-result-link` rows
 *   (`a.search-title` to the comments page, the link post's address in `a.search-link`, "to r/news");
 * - the 2018–2023 redesign: `div[data-testid="post-container"]` cards (at first `div.scrollerItem` with the post's id), an
 *   `h3` (or `h2`) title, a "r/news" link, a "5 hours ago" timestamp link and, for link posts, an outbound link that
 *   shows its host and path ("arstechnica.com/tech-po…");
 * - new Reddit (2023–): `shreddit-post` / `shreddit-ad-post` custom elements whose attributes carry the post; its
 *   search results are rows of their own, read by the generic detector.
 *
 * The headline link is the story's own link (the outbound URL of a link post, the comments page of a self post). The
 * source is what a reader sees: the outbound domain of a link post, the community ("r/news") of a self post, which
 * Reddit shows as "self.news" and which publishes nothing elsewhere.
 *
 * An old-Reddit row is read from its markup alone, its view never built: the headline `a.title`; no snippet but an
 * expanded self post's text (the tagline, "submitted 5 hours ago by someone to news", is no teaser); its thumbnail;
 * paid by its promoted marks or a rel="sponsored" link. Its `<time datetime>`, always UTC to the second, is its own ISO
 * form.
 */
import type { Adapter, Article, Block, ParseContext } from '../types';
import { collapse, plainTextOf, textOf, truncate } from '../text';
import { documentBase, resolveUrl, siteHost } from '../url';
import { registrableDomain, sourceMismatch } from '../domain';
import { FUTURE_SKEW_MS, parseMachineTime, parseRelative } from '../time';
import { genericBlocks, inDocumentOrder } from './generic';
import { listOf, queryAllInOrder } from '../dom';
import { rememberedFor } from '../memo';
import type { TitleHit } from '../fields/title';
import { imageIn, SNIPPET_MAX, SNIPPET_MIN } from '../fields/snippet';
import { timeHit, type TimeHit } from '../fields/time';

const OLD_ROW_PARTS = ['.thing[data-fullname^="t3_"]', '.thing.link'];
const SHREDDIT_PARTS = ['shreddit-post', 'shreddit-ad-post'];
const REDESIGN_PARTS = ['[data-testid="post-container"]', '.scrollerItem[id^="t3_"]'];
const REDESIGN = REDESIGN_PARTS.join(', ');
const SEARCH_ROW = '.search-result-link[data-fullname^="t3_"]';
const OLD_ROW = OLD_ROW_PARTS.join(', ');
const SHREDDIT = SHREDDIT_PARTS.join(', ');
/** One selector per query: a list of them is a slow scan. */
const POST_PARTS = [...OLD_ROW_PARTS, ...SHREDDIT_PARTS, ...REDESIGN_PARTS, SEARCH_ROW];
const OLDER_POST_PARTS = [...OLD_ROW_PARTS, ...REDESIGN_PARTS, SEARCH_ROW];

/** What one post shows, read from whichever generation of markup holds it. */
interface Post {
  title: string | null;
  url: string | null;
  /** The displayed outbound domain ("i.imgur.com"); null for a self post. */
  domain: string | null;
  /** "r/news". */
  community: string | null;
  time: TimeHit | null;
  author: string | null;
  sponsored: boolean;
}

function blocks(doc: Document, ctx: ParseContext): Block[] {
  // A post's comments page is its discussion, not a listing: the post is the page's own story.
  if (isCommentsPage(doc, ctx.url)) return [];
  // Outermost posts only: a crosspost or an ad wrapper can nest one post element in another.
  const all = queryAllInOrder(doc, holdsShredditPosts(doc) ? POST_PARTS : OLDER_POST_PARTS);
  const found = new Set(all);
  const posts = all.filter((el) => !hasAncestorIn(el, found));
  const own = posts.map((element) => ({ element, section: null }));
  // A page of comments alone (a user's comments, "/user/<name>/comments/"): each names the post it answers, no story.
  if (posts.length === 0 && doc.querySelector('.thing.comment')) return [];
  // A page whose posts are not post elements (search results' rows) may still hold ads that are: its results are the
  // generic detector's, beside the ads.
  if (posts.every((el) => el.tagName === 'SHREDDIT-AD-POST')) {
    const found = genericBlocks(doc, ctx).filter((b) => !posts.some((p) => p.contains(b.element) || b.element.contains(p)));
    return inDocumentOrder([...found, ...own]);
  }
  return own;
}

/**
 * A post's comments page, in every generation: its address ("/r/news/comments/1qryhh8/…"), or old Reddit's marks of
 * one (its body's class, its post row's context) on a copy saved under another address.
 */
function isCommentsPage(doc: Document, url: URL): boolean {
  return COMMENTS_PATH.test(url.pathname) || !!doc.body?.classList.contains('comments-page') || doc.querySelector('.thing[data-context="comments"]') !== null;
}

const COMMENTS_PATH = /^\/(?:r|user|u)\/[^/]+\/comments\/[a-z0-9]+/i;

/**
 * Whether the page holds new Reddit's post elements, asked of its elements by tag name (a native collection the page
 * keeps until it changes), before a query of each tag is merged into the posts.
 */
function holdsShredditPosts(doc: Document): boolean {
  return SHREDDIT_PARTS.some((tag) => doc.getElementsByTagName(tag).length > 0);
}

/** Whether an ancestor of `el` is one of `set`: `el.parentElement.closest(…)` for the set of all the page's matches. */
function hasAncestorIn(el: Element, set: ReadonlySet<Element>): boolean {
  for (let e = el.parentElement; e; e = e.parentElement) if (set.has(e)) return true;
  return false;
}

const communityName = (text: string | null | undefined): string | null => {
  const m = /^\/?r\/([A-Za-z0-9_]{2,})\/?$/.exec(collapse(text ?? ''));
  return m?.[1] ? `r/${m[1]}` : null;
};

/** "self.news" is Reddit's domain label for a text post in r/news. */
const selfCommunity = (domain: string | null): string | null => {
  const m = /^self\.([A-Za-z0-9_]+)$/i.exec(domain ?? '');
  return m?.[1] ? `r/${m[1]}` : null;
};

/** Reddit's own hosts, its image and video hosts included (i.redd.it, v.redd.it): content that Reddit publishes. */
const isRedditHost = (host: string | null): boolean => !!host && /(^|\.)(reddit\.com|redd\.it|redditmedia\.com)$/.test(host);

function relativeTime(text: string, now: Date): Post['time'] {
  const reading = parseRelative(text, now);
  return reading ? timeHit(text, 'text', reading) : null;
}

function machineTime(value: string | null | undefined, text: string | null, now: Date): Post['time'] {
  if (!value) return null;
  const stamp = oldStampTime(value, text, now);
  if (stamp !== undefined) return stamp;
  // created-timestamp is "2024-05-01T12:34:56.789000+0000": microseconds and a colon-less offset, which Date.parse
  // does not read everywhere.
  const iso = value.trim().replace(/(\.\d{3})\d+/, '$1').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const reading = parseMachineTime(iso, now);
  return reading ? timeHit(text, 'attribute', reading) : null;
}

/** Old Reddit's `<time datetime>`: UTC to the second, "2013-08-31T00:01:16+00:00". */
const OLD_STAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\+00:00$/;

/**
 * machineTime of a stamp in old Reddit's own form, read without the general reader (Date.parse and three ISO strings
 * written from it): a valid stamp is its own ISO form. Undefined for a value of another form, or one whose fields
 * Date.parse would roll over (a 31st of June, a 24th hour).
 */
function oldStampTime(value: string, text: string | null, now: Date): Post['time'] | undefined {
  if (!OLD_STAMP.test(value)) return undefined;
  const year = digitsAt(value, 0, 4), month = digitsAt(value, 5, 7), day = digitsAt(value, 8, 10);
  const hour = digitsAt(value, 11, 13), minute = digitsAt(value, 14, 16), second = digitsAt(value, 17, 19);
  // parseMachineTime's checks: not from before the web had news (a day rolled over from 1989 is 1990's first instant
  // at most), nor from the future beyond the skew.
  if (year < 1990) return null;
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  if (day < 1 || day > daysIn(year, month)) return undefined;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  if (!(ms <= now.getTime() + FUTURE_SKEW_MS && ms > FIRST_NEWS_DAY)) return null;
  const iso = `${value.slice(0, 19)}.000Z`;
  return { publishedAt: iso, time: { text, from: 'attribute', earliest: iso, latest: iso } };
}

const FIRST_NEWS_DAY = Date.UTC(1990, 0, 1);

/** The number written by the ASCII digits of `text` from `from` to `to` (a match of OLD_STAMP's). */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = 10 * n + text.charCodeAt(i) - 48;
  return n;
}

/** The days of a month (1–12) of the Gregorian calendar, which Date.UTC reckons in. */
function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** An old-Reddit row's post; its headline, when oldHeadline named it, gives the title and link as named. */
function oldRow(el: Element, base: URL, now: Date, headline?: TitleHit): Post {
  const link = headline ? null : el.querySelector('a.title');
  const label = el.querySelector('.domain');
  const domain = (label && /^\(?([^()\s]+)\)?$/.exec(plainTextOf(label))?.[1]) || el.getAttribute('data-domain');
  const tagline = el.querySelector('.tagline');
  const taglineText = tagline ? plainTextOf(tagline) : '';
  let time: Post['time'] = null;
  const stamp = el.querySelector('time[datetime]');
  if (stamp) {
    // The label reads "<time>5 hours</time> ago": keep the whole phrase as the time text.
    const shown = collapse(stamp.textContent ?? '');
    const phrase = shown && tagline && taglineText.includes(`${shown} ago`) ? `${shown} ago` : shown;
    time = machineTime(stamp.getAttribute('datetime'), phrase || null, now);
  }
  // Before <time> (and in some list views) the age is only the tagline's text: "submitted 5 hours ago by someone".
  const said = time ? null : /\bsubmitted\s+(.+?\s+ago)\b/i.exec(taglineText);
  if (!time && said?.[1]) time = relativeTime(said[1], now);
  if (!time) time = machineTime(el.getAttribute('data-timestamp'), null, now);
  // The tagline's community link reads "r/news" since about 2016, a bare "news" before.
  const shown = collapse(el.querySelector('a.subreddit')?.textContent ?? '');
  const bare = shown || el.getAttribute('data-subreddit') || '';
  const community = communityName(bare.includes('r/') ? bare : `r/${bare}`) ?? selfCommunity(domain);
  const classes = ` ${el.getAttribute('class') ?? ''} `;
  const sponsored =
    /\s(promoted|promotedlink)\s/.test(classes) ||
    el.getAttribute('data-promoted') === 'true' ||
    !!(el.querySelector('.sponsored-indicator') || el.querySelector('.promoted-tag')) ||
    /\b(promoted by|sponsored link)\b/i.test(taglineText);
  return {
    title: headline?.title ?? (link ? textOf(link) || null : null),
    url: headline?.url ?? (link ? resolveUrl(link.getAttribute('href'), base) ?? resolveUrl(link.getAttribute('data-href-url'), base) : null),
    domain: selfCommunity(domain) ? null : domain,
    community,
    time,
    author: collapse(el.querySelector('.tagline a.author')?.textContent ?? '') || el.getAttribute('data-author'),
    sponsored,
  };
}

/**
 * An old-Reddit row's headline: its `a.title` link, the link's text and target. Null where the link holds parts (the
 * row's view then reads it, as any block's).
 */
function oldHeadline(row: Element, ctx: ParseContext): TitleHit | null {
  // Asked when the row's headline is named and again when it is refined.
  return rememberedFor(oldHeadlines, row, () => findOldHeadline(row, ctx));
}

const oldHeadlines = new WeakMap<Element, { parse: object; value: TitleHit | null }>();

function findOldHeadline(row: Element, ctx: ParseContext): TitleHit | null {
  if (readerOf(row) !== oldRow) return null;
  const link = row.querySelector('a.title');
  if (!link || link.childElementCount > 0) return null;
  const url = resolveUrl(link.getAttribute('href'), documentBase(row.ownerDocument, ctx.url));
  const title = plainTextOf(link);
  return url && title ? { title, element: link, url } : null;
}

/** A link whose rel may name "sponsored": one native query finds none in most rows, without reading each link's rel. */
const SPONSORED_REL = 'a[rel*="sponsored" i]';

/** Whether a link of the row is marked paid (rel="sponsored"). */
function hasSponsoredLink(row: Element): boolean {
  return listOf(row.querySelectorAll(SPONSORED_REL)).some((a) => /\bsponsored\b/i.test(a.getAttribute('rel') ?? ''));
}

/**
 * The self post's text when the row shows it expanded (`.expando .md`): the only teaser an old-Reddit row holds. A
 * link post's row holds its headline, labels and buttons alone.
 */
function selfText(row: Element): string | null {
  const body = row.querySelector('.expando .md');
  const text = body ? textOf(body) : '';
  return text.length >= SNIPPET_MIN ? truncate(text, SNIPPET_MAX) : null;
}

type RowFields = Pick<Article, 'snippet' | 'imageUrl' | 'sponsored'>;

/** An old-Reddit row's snippet, picture and paid mark, read from its markup (the row's view is never built). */
function rowFields(row: Element, base: URL): RowFields {
  return { snippet: selfText(row), imageUrl: imageIn(row, base), sponsored: hasSponsoredLink(row) };
}

function shredditPost(el: Element, base: URL, now: Date): Post {
  const title = collapse(el.getAttribute('post-title') ?? '') || collapse(textOf(el.querySelector('[slot="title"]') ?? el)) || null;
  const permalink = resolveUrl(el.getAttribute('permalink'), base);
  const ad = el.tagName.toLowerCase() === 'shreddit-ad-post';
  // An ad's destination is its `href` (its link goes through Reddit's click counter, alb.reddit.com).
  const content = resolveUrl(el.getAttribute('content-href') ?? (ad ? el.getAttribute('href') : null), base);
  const domainAttr = el.getAttribute('domain');
  // Text posts and media hosted by Reddit (i.redd.it, galleries) show no domain: the post page is the story, and
  // its community the source. Link posts go out to their content-href.
  const self = el.getAttribute('post-type') === 'text' || !!selfCommunity(domainAttr) || !content || isRedditHost(siteHost(content));
  const url = self ? permalink ?? content : content;
  const stamp = el.querySelector('time[datetime]');
  const time =
    machineTime(el.getAttribute('created-timestamp'), collapse(stamp?.textContent ?? '') || null, now) ??
    machineTime(stamp?.getAttribute('datetime'), collapse(stamp?.textContent ?? '') || null, now);
  return {
    title,
    url,
    domain: self ? null : domainAttr || siteHost(url),
    community: communityName(el.getAttribute('subreddit-prefixed-name')) ?? selfCommunity(domainAttr),
    time,
    author: el.getAttribute('author'),
    sponsored: ad || el.hasAttribute('promoted') || el.getAttribute('is-promoted') === 'true',
  };
}

function redesignCard(el: Element, base: URL, now: Date): Post {
  const heading = el.querySelector('h3, h2, [data-adclicklocation="title"]');
  const outbound = el.querySelector('a[data-testid="outbound-link"], a.styled-outbound-link') ?? shownOutbound(el);
  const body = heading?.closest('a[href]') ?? el.querySelector('a[data-click-id="body"]');
  const url = resolveUrl(outbound?.getAttribute('href'), base) ?? resolveUrl(body?.getAttribute('href'), base);
  const subreddit = listOf(el.querySelectorAll('a[data-click-id="subreddit"], a[href^="/r/"]'))
    .map((a) => communityName(a.textContent))
    .find((name) => name);
  const stampEl = el.querySelector('[data-click-id="timestamp"], [data-testid="post_timestamp"]');
  const stampText = stampEl ? textOf(stampEl) : '';
  const time = stampText ? relativeTime(stampText, now) : null;
  const author = listOf(el.querySelectorAll('a[href*="/user/"]')).map((a) => collapse(a.textContent ?? '')).find((t) => t);
  return {
    title: heading ? textOf(heading) || null : null,
    url,
    // The card shows the outbound link as its host and path ("bbc.co.uk/news/wor…"): the host is the source.
    domain: outbound ? siteHost(url) : null,
    community: subreddit ?? null,
    time,
    author: author?.replace(/^u\//, '') ?? null,
    sponsored: listOf(el.querySelectorAll('span, div, a')).some((n) => n.children.length === 0 && /^(promoted|sponsored)$/i.test(collapse(n.textContent ?? ''))),
  };
}

/**
 * An old-Reddit search result: its title links to the post's comments, which is the headline a reader clicks; a link
 * post's own address is shown below it (`a.search-link`), whose host is the source.
 */
function searchRow(el: Element, base: URL, now: Date): Post {
  const title = el.querySelector('a.search-title');
  const outbound = resolveUrl(el.querySelector('a.search-link')?.getAttribute('href'), base);
  const host = outbound ? siteHost(outbound) : null;
  const stamp = el.querySelector('time[datetime]');
  return {
    title: title ? textOf(title) || null : null,
    url: title ? resolveUrl(title.getAttribute('href'), base) : null,
    domain: host && !isRedditHost(host) ? host : null,
    community: communityName(el.querySelector('a.search-subreddit-link')?.textContent),
    time: machineTime(stamp?.getAttribute('datetime'), collapse(stamp?.textContent ?? '') || null, now),
    author: collapse(el.querySelector('.search-author a.author')?.textContent ?? '') || null,
    sponsored: false,
  };
}

/** A card's link off Reddit that shows its own host and path ("arstechnica.com/tech-po…"): the link post's outbound link. */
function shownOutbound(card: Element): Element | null {
  for (const a of listOf(card.querySelectorAll('a[href^="http"]'))) {
    const host = siteHost(a.getAttribute('href'));
    if (host && !isRedditHost(host) && collapse(a.textContent ?? '').startsWith(host)) return a;
  }
  return null;
}

/** The reader of the post's markup generation, if it is a post. */
function readerOf(el: Element): ((el: Element, base: URL, now: Date) => Post) | null {
  if (el.matches(SHREDDIT)) return shredditPost;
  if (el.matches(REDESIGN)) return redesignCard;
  if (el.matches(OLD_ROW)) return oldRow;
  if (el.matches(SEARCH_ROW)) return searchRow;
  return null;
}

function refine(article: Article, block: Block, ctx: ParseContext): Article {
  const base = documentBase(block.element.ownerDocument, ctx.url);
  const old = oldHeadline(block.element, ctx);
  const post = old ? oldRow(block.element, base, ctx.now, old) : readerOf(block.element)?.(block.element, base, ctx.now);
  if (!post) return article;
  const url = post.url ?? article.url;
  const domain = registrableDomain(url);
  // A post on Reddit itself (text, Reddit-hosted media) is published by its community: name and reddit.com agree.
  const community = isRedditHost(siteHost(url)) ? post.community : null;
  const name = post.domain ?? community ?? article.source.name;
  const mismatch = post.domain || !community ? sourceMismatch(name, domain) : false;
  const time = post.time ?? { publishedAt: article.publishedAt, time: article.time };
  const fields: Partial<RowFields> = old ? rowFields(block.element, base) : {};
  return {
    ...article,
    title: post.title ?? article.title,
    url,
    source: { name, domain, mismatch },
    ...time,
    author: post.author ?? article.author,
    ...fields,
    sponsored: post.sponsored || (fields.sponsored ?? article.sponsored),
  };
}

export const reddit: Adapter = {
  id: 'reddit',
  label: 'Reddit',
  hosts: ['reddit.com'],
  matches: ['*://reddit.com/*', '*://*.reddit.com/*'],
  examples: ['https://old.reddit.com/r/programming/', 'https://www.reddit.com/r/news/', 'https://www.reddit.com/r/dataisbeautiful/new/'],
  blocks,
  headline: (block, ctx) => oldHeadline(block.element, ctx),
  refine,
  refinesLazily: true,
};
