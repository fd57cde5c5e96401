/**
 * Reddit, three markup generations, one post per block:
 * - old Reddit (2008–): `div.thing` rows of kind t3 (links), `a.title`, "(domain)" label, `<time datetime>` or a
 *   "submitted 5 hours ago" tagline, `promoted` rows for ads;
 * - the 2018–2023 redesign: `div[data-testid="post-container"]` cards, an `h3` title, a "r/news" link, a "5 hours ago"
 *   timestamp link and, for link posts, an outbound link;
 * - new Reddit (2023–): `shreddit-post` / `shreddit-ad-post` custom elements whose attributes carry the post; its
 *   search results are rows of their own, read by the generic detector.
 *
 * The headline link is the story's own link (the outbound URL of a link post, the comments page of a self post). The
 * source is what a reader sees: the outbound domain of a link post, the community ("r/news") of a self post, which
 * Reddit shows as "self.news" and which publishes nothing elsewhere.
 *
 * An old-Reddit row names its headline (`a.title`), and holds no snippet of its own: refine tells the generic rules'
 * snippet, image and sponsor mark from one native walk over the row's texts and from its images, so that the row's view
 * is never built; its `<time datetime>`, always UTC to the second, is its own ISO form.
 */
import type { Adapter, Article, Block, ParseContext } from '../types';
import { collapse, lineOf, plainTextOf, SKIPPED_TAGS, textOf } from '../text';
import { documentBase, resolveUrl, siteHost } from '../url';
import { registrableDomain, sourceMismatch } from '../domain';
import { FUTURE_SKEW_MS, parseMachineTime, parseRelative, timePartOf } from '../time';
import { genericBlocks, inDocumentOrder } from './generic';
import { listOf, queryAllInOrder } from '../dom';
import { remembered, rememberedFor } from '../memo';
import { isStoryLink, isTitleLike, type TitleHit } from '../fields/title';
import { isSponsorMark } from '../fields/labels';
import { imageIn, mayHaveSponsoredLink, SNIPPET_MIN } from '../fields/snippet';
import { timeHit, type TimeHit } from '../fields/time';

const OLD_ROW_PARTS = ['.thing[data-fullname^="t3_"]', '.thing.link'];
const SHREDDIT_PARTS = ['shreddit-post', 'shreddit-ad-post'];
const REDESIGN = '[data-testid="post-container"]';
const OLD_ROW = OLD_ROW_PARTS.join(', ');
const SHREDDIT = SHREDDIT_PARTS.join(', ');
/** One selector per query: a list of them is a slow scan. */
const POST_PARTS = [...OLD_ROW_PARTS, ...SHREDDIT_PARTS, REDESIGN];
const OLDER_POST_PARTS = [...OLD_ROW_PARTS, REDESIGN];

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
  // Outermost posts only: a crosspost or an ad wrapper can nest one post element in another.
  const all = queryAllInOrder(doc, holdsShredditPosts(doc) ? POST_PARTS : OLDER_POST_PARTS);
  const found = new Set(all);
  const posts = all.filter((el) => !hasAncestorIn(el, found));
  const own = posts.map((element) => ({ element, section: null }));
  // A page whose posts are not post elements (search results' rows) may still hold ads that are: its results are the
  // generic detector's, beside the ads.
  if (posts.every((el) => el.tagName === 'SHREDDIT-AD-POST')) {
    const found = genericBlocks(doc, ctx).filter((b) => !posts.some((p) => p.contains(b.element) || b.element.contains(p)));
    return inDocumentOrder([...found, ...own]);
  }
  return own;
}

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
 * An old-Reddit row's headline as the generic title rule reads it: the `a.title` link, its text and target; and what
 * the walk over the row tells of the generic rules' other readings. Null where that rule might pick another (a heading
 * in an expanded self post, a title too short to pass for one, a link that holds parts): the row's view then reads it,
 * as any block's.
 */
function oldHeadline(row: Element, ctx: ParseContext): OldHeadline | null {
  // Asked when the row's headline is named and again when it is refined.
  return rememberedFor(oldHeadlines, row, () => findOldHeadline(row, ctx));
}

interface OldHeadline {
  hit: TitleHit;
  scan: RowScan;
}

const oldHeadlines = new WeakMap<Element, { parse: object; value: OldHeadline | null }>();

function findOldHeadline(row: Element, ctx: ParseContext): OldHeadline | null {
  if (readerOf(row) !== oldRow) return null;
  const link = row.querySelector('a.title');
  if (!link || link.childElementCount > 0) return null;
  const url = resolveUrl(link.getAttribute('href'), documentBase(row.ownerDocument, ctx.url));
  const title = plainTextOf(link);
  if (!url || !isTitleLike(title, ctx.now) || !isStoryLink(link, url, ctx.url)) return null;
  // The generic title rule reads a heading before any link; the text walk passes a script, an svg… by.
  if (unforeseenHolders(row.ownerDocument).has(row) || row.querySelector('[role="heading"]')) return null;
  const scan = scanRow(row, link, ctx);
  return scan ? { hit: { title, element: link, url }, scan } : null;
}

/** What an old-Reddit row's text pieces tell of the generic rules' reading of it. */
interface RowScan {
  /** Whether the generic snippet rule might find a snippet in the row (see scanRow). */
  snippet: boolean;
  /** Whether a text piece is a sponsor's mark. */
  sponsorMark: boolean;
}

/**
 * Reads the row's text pieces as piecesOf cuts them, from a native walk over its texts (the row holds no subtree the
 * text walk passes by): a text between elements, or at either end of its parent, is a piece of its own. Null when a
 * text touches another text or a comment, beside which piecesOf would join it to more.
 *
 * The generic snippet rule (fields/snippet.ts) weighs each line once: as its first piece's text when that piece is the
 * line's own text, else as the line's whole text; and it passes over the block's time piece, so a line whose first
 * piece might be that one is weighed by its second piece too. Pieces of the headline (which holds no element), and
 * lines that hold it, are not weighed.
 */
function scanRow(row: Element, headline: Element, ctx: ParseContext): RowScan | null {
  const scan: RowScan = { snippet: false, sponsorMark: false };
  // The lines weighed so far, and each one's first piece's text: null once its second piece is weighed too.
  const units: Element[] = [];
  const firsts: (string | null)[] = [];
  // The lines that hold the headline: its ancestors in the row.
  const aroundHeadline: Element[] = [];
  for (let e = headline.parentElement; e && e !== row; e = e.parentElement) aroundHeadline.push(e);
  const texts = row.ownerDocument.createTreeWalker(row, 4 /* SHOW_TEXT */);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    const text = collapse(node.nodeValue ?? '');
    if (!text) continue;
    if (!endsText(node.previousSibling) || !endsText(node.nextSibling)) return null;
    const element = node.parentElement!;
    if (isSponsorMark(text)) scan.sponsorMark = true;
    if (scan.snippet || element === headline) continue;
    const line = lineOf(element, row);
    const unit = line === row ? element : line;
    if (unit !== element && aroundHeadline.includes(unit)) continue;
    const at = units.indexOf(unit);
    const first = at < 0 ? undefined : firsts[at]!;
    if (first === null) continue;
    if (at < 0) {
      units.push(unit);
      firsts.push(text);
    } else firsts[at] = null;
    // A line's second piece counts only if its first might be the time piece; the line's whole text is read last.
    const weighed = first === undefined || mayBeTimePiece(first, ctx);
    if (weighed && (unit === element ? text.length : lineWeight(unit)) >= SNIPPET_MIN) scan.snippet = true;
  }
  return scan;
}

/** Whether piecesOf ends a piece at this neighbour of a text in a row without skipped subtrees: an edge or an element. */
function endsText(node: Node | null): boolean {
  return node === null || node.nodeType === 1;
}

/** How the snippet rule weighs a line by a piece that is not the line's own text: by the line's whole text. */
function lineWeight(line: Element): number {
  // textOf keeps at most the raw text's characters, one space at most between two of them: most lines are too short to
  // need reading.
  return 2 * (line.textContent ?? '').length - 1 < SNIPPET_MIN ? 0 : textOf(line).length;
}

/** Whether a piece might be the block's time piece (the view's first piece that holds a time), once per text a parse. */
function mayBeTimePiece(text: string, ctx: ParseContext): boolean {
  return remembered('reddit-time-part', text, () => timePartOf(text, ctx.now, ctx.times) !== null);
}

/**
 * What a row read without its view must not hold: a heading, which the generic title rule reads before any link, or a
 * subtree the text walk passes by (a script, an svg…).
 */
const UNFORESEEN = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', ...SKIPPED_TAGS];

const unforeseenHoldersOf = new WeakMap<Document, { parse: object; value: Set<Element> }>();

/**
 * The elements of the page that hold an UNFORESEEN element: its ancestors. Found once a parse from one native query per
 * tag (a page holds few such elements, most of them outside its rows), not by a query per tag in every row.
 */
function unforeseenHolders(doc: Document): Set<Element> {
  return rememberedFor(unforeseenHoldersOf, doc, (d) => {
    const holders = new Set<Element>();
    for (const tag of UNFORESEEN) {
      for (const el of listOf(d.getElementsByTagName(tag))) {
        for (let e = el.parentElement; e && !holders.has(e); e = e.parentElement) holders.add(e);
      }
    }
    return holders;
  });
}

/**
 * A link whose rel names "sponsored" in any case: what mayHaveSponsoredLink looks for among a block's links, and more
 * (a rel of "unsponsored"). One native query finds none in most rows, without reading each link's rel.
 */
const SPONSORED_REL = 'a[rel*="sponsored" i]';

/** mayHaveSponsoredLink(row), its links' rels read only where one names "sponsored": else a link around it alone counts. */
function mayHoldSponsoredLink(row: Element): boolean {
  return row.querySelector(SPONSORED_REL) ? mayHaveSponsoredLink(row) : !!row.closest('a[href]');
}

type RowFields = Partial<Pick<Article, 'snippet' | 'imageUrl' | 'sponsored'>>;

/**
 * The generic rules' snippet, image and sponsor mark of an old-Reddit row whose headline they read as `oldHeadline`,
 * each where the row's walk and images settle it without the row's view; a field left out is theirs to read.
 */
function rowFields(row: Element, scan: RowScan, base: URL): RowFields {
  const fields: RowFields = {};
  if (!scan.snippet) fields.snippet = null;
  fields.imageUrl = imageIn(row, base);
  // A sponsor mark among the pieces makes the row sponsored; a link marked rel=sponsored is left to the rule.
  if (scan.sponsorMark) fields.sponsored = true;
  else if (!mayHoldSponsoredLink(row)) fields.sponsored = false;
  return fields;
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
  const outbound = el.querySelector('a[data-testid="outbound-link"], a.styled-outbound-link');
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

/** The reader of the post's markup generation, if it is a post. */
function readerOf(el: Element): ((el: Element, base: URL, now: Date) => Post) | null {
  if (el.matches(SHREDDIT)) return shredditPost;
  if (el.matches(REDESIGN)) return redesignCard;
  if (el.matches(OLD_ROW)) return oldRow;
  return null;
}

function refine(article: Article, block: Block, ctx: ParseContext): Article {
  const base = documentBase(block.element.ownerDocument, ctx.url);
  const old = oldHeadline(block.element, ctx);
  const post = old ? oldRow(block.element, base, ctx.now, old.hit) : readerOf(block.element)?.(block.element, base, ctx.now);
  if (!post) return article;
  const url = post.url ?? article.url;
  const domain = registrableDomain(url);
  // A post on Reddit itself (text, Reddit-hosted media) is published by its community: name and reddit.com agree.
  const community = isRedditHost(siteHost(url)) ? post.community : null;
  const name = post.domain ?? community ?? article.source.name;
  const mismatch = post.domain || !community ? sourceMismatch(name, domain) : false;
  const time = post.time ?? { publishedAt: article.publishedAt, time: article.time };
  const fields = old ? rowFields(block.element, old.scan, base) : {};
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
  headline: (block, ctx) => oldHeadline(block.element, ctx)?.hit ?? null,
  refine,
  refinesLazily: true,
};
