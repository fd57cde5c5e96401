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
 * snippet, image and sponsor mark from the row's text pieces and images, so that the row's view is never built.
 */
import type { Adapter, Article, Block, ParseContext } from '../types';
import { collapse, lineOf, piecesOf, textOf, type Piece } from '../text';
import { documentBase, resolveUrl, siteHost } from '../url';
import { registrableDomain, sourceMismatch } from '../domain';
import { parseMachineTime, parseRelative, timePartOf, type TimeReading } from '../time';
import { genericBlocks, inDocumentOrder } from './generic';
import { listOf, queryAllInOrder } from '../dom';
import { rememberedFor } from '../memo';
import { isStoryLink, isTitleLike, type TitleHit } from '../fields/title';
import { isSponsorMark } from '../fields/labels';
import { imageIn, mayHaveSponsoredLink, SNIPPET_MIN } from '../fields/snippet';

const OLD_ROW_PARTS = ['.thing[data-fullname^="t3_"]', '.thing.link'];
const SHREDDIT_PARTS = ['shreddit-post', 'shreddit-ad-post'];
const REDESIGN = '[data-testid="post-container"]';
const OLD_ROW = OLD_ROW_PARTS.join(', ');
const SHREDDIT = SHREDDIT_PARTS.join(', ');
/** One selector per query (a list of them is a slow scan); together, POST. */
const POST_PARTS = [...OLD_ROW_PARTS, ...SHREDDIT_PARTS, REDESIGN];
const POST = POST_PARTS.join(', ');

/** What one post shows, read from whichever generation of markup holds it. */
interface Post {
  title: string | null;
  url: string | null;
  /** The displayed outbound domain ("i.imgur.com"); null for a self post. */
  domain: string | null;
  /** "r/news". */
  community: string | null;
  time: { reading: TimeReading; text: string | null; from: 'attribute' | 'text' } | null;
  author: string | null;
  sponsored: boolean;
}

function blocks(doc: Document, ctx: ParseContext): Block[] {
  // Outermost posts only: a crosspost or an ad wrapper can nest one post element in another.
  const posts = queryAllInOrder(doc, POST_PARTS).filter((el) => !el.parentElement?.closest(POST));
  const own = posts.map((element) => ({ element, section: null }));
  // A page whose posts are not post elements (search results' rows) may still hold ads that are: its results are the
  // generic detector's, beside the ads.
  if (posts.every((el) => el.tagName === 'SHREDDIT-AD-POST')) {
    const found = genericBlocks(doc, ctx).filter((b) => !posts.some((p) => p.contains(b.element) || b.element.contains(p)));
    return inDocumentOrder([...found, ...own]);
  }
  return own;
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
  return reading ? { reading, text, from: 'text' } : null;
}

function machineTime(value: string | null | undefined, text: string | null, now: Date): Post['time'] {
  if (!value) return null;
  // created-timestamp is "2024-05-01T12:34:56.789000+0000": microseconds and a colon-less offset, which Date.parse
  // does not read everywhere.
  const iso = value.trim().replace(/(\.\d{3})\d+/, '$1').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const reading = parseMachineTime(iso, now);
  return reading ? { reading, text, from: 'attribute' } : null;
}

function oldRow(el: Element, base: URL, now: Date): Post {
  const link = el.querySelector('a.title');
  const label = el.querySelector('.domain');
  const domain = (label && /^\(?([^()\s]+)\)?$/.exec(textOf(label))?.[1]) || el.getAttribute('data-domain');
  const tagline = el.querySelector('.tagline');
  const taglineText = tagline ? textOf(tagline) : '';
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
    !!el.querySelector('.sponsored-indicator, .promoted-tag') ||
    /\b(promoted by|sponsored link)\b/i.test(taglineText);
  return {
    title: link ? textOf(link) || null : null,
    url: link ? resolveUrl(link.getAttribute('href'), base) ?? resolveUrl(link.getAttribute('data-href-url'), base) : null,
    domain: selfCommunity(domain) ? null : domain,
    community,
    time,
    author: collapse(el.querySelector('.tagline a.author')?.textContent ?? '') || el.getAttribute('data-author'),
    sponsored,
  };
}

/**
 * An old-Reddit row's headline as the generic title rule reads it: the `a.title` link, its text and target. Null where
 * that rule might pick another (a heading in an expanded self post, a title too short to pass for one, a link that
 * holds parts): the row's view then reads it, as any block's.
 */
function oldHeadline(row: Element, ctx: ParseContext): TitleHit | null {
  // Asked when the row's headline is named and again when it is refined.
  return rememberedFor(oldHeadlines, row, () => findOldHeadline(row, ctx));
}

const oldHeadlines = new WeakMap<Element, { parse: object; value: TitleHit | null }>();

function findOldHeadline(row: Element, ctx: ParseContext): TitleHit | null {
  if (readerOf(row) !== oldRow || row.querySelector(HEADINGS)) return null;
  const link = row.querySelector('a.title');
  if (!link || link.childElementCount > 0) return null;
  const url = resolveUrl(link.getAttribute('href'), documentBase(row.ownerDocument, ctx.url));
  const title = textOf(link);
  return url && isTitleLike(title, ctx.now) && isStoryLink(link, url, ctx.url) ? { title, element: link, url } : null;
}

/** What the generic title rule takes for headings: a heading it meets first is read before any link. */
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

type RowFields = Partial<Pick<Article, 'snippet' | 'imageUrl' | 'sponsored'>>;

/**
 * The generic rules' snippet, image and sponsor mark of an old-Reddit row whose headline they read as `oldHeadline`,
 * each where the row's text pieces and images settle it without the row's view; a field left out is theirs to read.
 */
function rowFields(row: Element, headline: Element, base: URL, ctx: ParseContext): RowFields {
  const pieces = piecesOf(row);
  const fields: RowFields = {};
  if (!mayHoldSnippet(row, headline, pieces, ctx)) fields.snippet = null;
  fields.imageUrl = imageIn(row, base);
  // A sponsor mark among the pieces makes the row sponsored; a link marked rel=sponsored is left to the rule.
  if (pieces.some((p) => isSponsorMark(p.text))) fields.sponsored = true;
  else if (!mayHaveSponsoredLink(row)) fields.sponsored = false;
  return fields;
}

/**
 * Whether the generic snippet rule (fields/snippet.ts) might find a snippet in the row. It weighs each line once: as its
 * first piece's text when that piece is the line's own text, else as the line's whole text; and it passes over the
 * block's time piece, so a line whose first piece might be that one is weighed by its second piece too. Lines that
 * hold the headline are not weighed.
 */
function mayHoldSnippet(row: Element, headline: Element, pieces: Piece[], ctx: ParseContext): boolean {
  const firstPieces = new Map<Element, Piece[]>();
  for (const p of pieces) {
    if (headline.contains(p.element)) continue;
    const line = lineOf(p.element, row);
    const unit = line === row ? p.element : line;
    if (unit !== p.element && unit.contains(headline)) continue;
    const seen = firstPieces.get(unit);
    if (!seen) firstPieces.set(unit, [p]);
    else if (seen.length < 2) seen.push(p);
  }
  for (const [unit, [first, second]] of firstPieces) {
    // A line's raw text is at least as long as its collapsed text: most lines are too short to need reading.
    const weight = (p: Piece): number => (unit === p.element ? p.text.length : (unit.textContent ?? '').length < SNIPPET_MIN ? 0 : textOf(unit).length);
    if (weight(first!) >= SNIPPET_MIN) return true;
    if (second && weight(second) >= SNIPPET_MIN && timePartOf(first!.text, ctx.now, ctx.times) !== null) return true;
  }
  return false;
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
  const post = readerOf(block.element)?.(block.element, base, ctx.now);
  if (!post) return article;
  const url = post.url ?? article.url;
  const domain = registrableDomain(url);
  // A post on Reddit itself (text, Reddit-hosted media) is published by its community: name and reddit.com agree.
  const community = isRedditHost(siteHost(url)) ? post.community : null;
  const name = post.domain ?? community ?? article.source.name;
  const mismatch = post.domain || !community ? sourceMismatch(name, domain) : false;
  const time = post.time
    ? {
        publishedAt: post.time.reading.publishedAt.toISOString(),
        time: {
          text: post.time.text,
          from: post.time.from,
          earliest: post.time.reading.earliest.toISOString(),
          latest: post.time.reading.latest.toISOString(),
        },
      }
    : { publishedAt: article.publishedAt, time: article.time };
  const headline = oldHeadline(block.element, ctx);
  const fields = headline ? rowFields(block.element, headline.element, base, ctx) : {};
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
