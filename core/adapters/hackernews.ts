/**
 * Hacker News listings (front page, /news?p=N, /newest, /ask, /show, /front). An item page (`table.fatitem`: a
 * story and its comments) is a discussion, not a listing: its story is the page's own, and it lists none. Nor do the
 * pages of comments alone (/newcomments, /bestcomments, a user's /threads: each comment names the story it answers) and
 * the jobs page (/jobs: startups' hiring notices, no news; a notice among the front page's stories is read as one).
 *
 * Every markup generation seen (2012 to today) lays a story out as two table rows: a title row (rank, vote arrow,
 * headline link, "(domain)") and, right after it, a subtext row (points, "by user", age, comments). The age lives in the
 * sibling row, so the generic detector, which climbs from a time label to its block, would take the subtext row for the
 * story and miss the headline. Blocks are therefore the title rows that a `.subtext` row follows (the one class every
 * generation kept), and refine reads the sibling row for the time and author and the "(domain)" label for the source.
 */
import type { Adapter, Article, Block, ParseContext } from '../types';
import { collapse, firstPiece, textOf } from '../text';
import { parseMachineTime, parseTimeText, type TimeOptions } from '../time';
import { NO_TIME, timeHit, type TimeHit } from '../fields/time';
import { genericBlocks } from './generic';
import { ageOfText, hostFromLabel } from './link-story';
import { remembered, rememberedFor } from '../memo';
import { queryAll } from '../dom';
import { documentBase, resolveUrl, siteHost } from '../url';
import { storySource } from '../domain';
import type { TitleHit } from '../fields/title';

/** HN writes its machine timestamps (the age span's `title`) without a zone, in UTC. */
const ZONE_OFFSET_MINUTES = 0;

/** Every age HN writes as text says "ago" ("3 hours ago", "1 day ago"). */
const AGO = /\bago\b/i;

/** The "(domain)" label beside the headline: `.sitestr` since ~2014, a bare `.comhead` "(domain)" before. */
const SITE_LABEL = '.sitebit, .comhead';

/**
 * textOf(el) for an element that holds one text alone (a headline link, the "(domain)" label, the user's link), read
 * as that text collapsed, without a walk. Any other element is read by textOf.
 */
function loneTextOf(el: Element): string {
  const only = el.firstChild;
  return only && only === el.lastChild && only.nodeType === 3 ? collapse(only.nodeValue ?? '') : textOf(el);
}

/** The row right after the title row, when it is a subtext row (asked when blocks are found, named and refined). */
function subtextRowOf(titleRow: Element): Element | null {
  return rememberedFor(subtextRows, titleRow, findSubtextRow);
}

const subtextRows = new WeakMap<Element, { parse: object; value: Element | null }>();

function findSubtextRow(titleRow: Element): Element | null {
  const next = titleRow.nextElementSibling;
  return next && (next.classList.contains('subtext') || next.querySelector('.subtext')) ? next : null;
}

/** A title row's headline link and its text. */
type Headline = { link: Element; title: string };

/**
 * The headline link of a title row: the first link with text in a `title` cell that is not the "(domain)" link. The
 * rank cell is a `title` cell too but holds no link; the vote arrow has no text.
 */
function headlineOf(titleRow: Element): Headline | null {
  // Asked when the blocks are found, when each is named and when it is refined.
  return rememberedFor(headlines, titleRow, findHeadline);
}

const headlines = new WeakMap<Element, { parse: object; value: Headline | null }>();

function findHeadline(titleRow: Element): Headline | null {
  // The row's links in page order, each tested by climbing to the row: a selector list is a slower scan.
  const links = titleRow.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    if (!link.hasAttribute('href') || !inTitleCell(link, titleRow) || inSiteLabel(link, titleRow)) continue;
    const title = loneTextOf(link);
    if (title) return { link, title };
  }
  return null;
}

/** Whether a link of the row sits in its `title` cell (or, lately, the cell's `titleline` span). */
function inTitleCell(a: Element, titleRow: Element): boolean {
  for (let el = a.parentElement; el && el !== titleRow; el = el.parentElement) {
    // Most cells and spans have no class that could be either: their class list is not made.
    const names = el.className;
    if (typeof names === 'string' && !names.includes('title')) continue;
    if (el.classList.contains('title') || el.classList.contains('titleline')) return true;
  }
  return false;
}

/** `a.closest(SITE_LABEL)`, the climb above the row made once for all the rows of a table. */
function inSiteLabel(a: Element, titleRow: Element): boolean {
  for (let el: Element | null = a; el && el !== titleRow; el = el.parentElement) if (el.matches(SITE_LABEL)) return true;
  const table = titleRow.parentElement;
  return titleRow.matches(SITE_LABEL) || (!!table && rememberedFor(labelledTables, table, (t) => t.closest(SITE_LABEL) !== null));
}

const labelledTables = new WeakMap<Element, { parse: object; value: boolean }>();

function storyBlocks(doc: Document): Block[] {
  const blocks: Block[] = [];
  const seen = new Set<Element>();
  for (const sub of queryAll(doc, '.subtext')) {
    const subtextRow = sub.closest('tr');
    const titleRow = subtextRow?.previousElementSibling;
    if (!titleRow || seen.has(titleRow)) continue;
    // The title row's next row is the one that holds this `.subtext`: it need not be looked for.
    rememberedFor(subtextRows, titleRow, () => subtextRow);
    if (!headlineOf(titleRow)) continue;
    seen.add(titleRow);
    blocks.push({ element: titleRow, section: null });
  }
  return blocks;
}

/** "(github.com)", "github.com/torvalds" → "github.com": the source is the displayed host, not the path HN may add. */
function displayedSite(titleRow: Element): string | null {
  const label = titleRow.querySelector('.sitestr') ?? titleRow.querySelector(SITE_LABEL);
  return label ? hostFromLabel(loneTextOf(label).replace(/^\(+|\)+$/g, '').trim()) : null;
}

/**
 * The age of the story from its subtext row. Since ~2019 the `.age` span's `title` holds the instant, zone-less
 * ("2024-05-01T10:11:12"), lately followed by the Unix epoch ("2024-05-01T10:11:12 1714558272"); older pages have only
 * the text, and before ~2014 the text sits loose in the cell between "by user" and "|".
 */
function ageOf(subtext: Element, now: Date): TimeHit | null {
  const options = { zoneOffsetMinutes: ZONE_OFFSET_MINUTES };
  const age = subtext.querySelector('.age');
  if (age) {
    const text = textOf(age) || null;
    for (const token of (age.getAttribute('title') ?? '').split(/\s+/).filter(Boolean)) {
      const r = parseMachineTime(token, now, options);
      if (r) return timeHit(text, 'attribute', r);
    }
    const r = text ? parseTimeText(text, now, options) : null;
    if (r) return timeHit(text, 'text', r);
  }
  // The first piece that says "ago" and reads as an age: the walk stops there.
  return firstPiece(subtext, (raw) => ageOfPiece(raw, now, options));
}

/**
 * The age a piece's raw text says, if it says "ago". A page repeats a few ages ("1 day ago", each between the same
 * line breaks): each is read once a parse, and every story gets its own copy of the reading.
 */
function ageOfPiece(raw: string, now: Date, options: TimeOptions): TimeHit | null {
  if (!AGO.test(raw)) return null;
  const hit = remembered('hackernews-age', raw, () => ageOfText(raw, now, options));
  return hit && { publishedAt: hit.publishedAt, time: { ...hit.time } };
}

function authorOf(subtext: Element): string | null {
  const user = subtext.querySelector('.hnuser') ?? subtext.querySelector('a[href^="user?id="], a[href*="/user?id="]');
  return (user && loneTextOf(user)) || null;
}

/** A title row's story, its headline named (see headline): the source is the host shown beside it. */
function refine(article: Article, row: Element, subtext: Element, ctx: ParseContext): Article {
  // Ask HN, Show HN without a link and job posts on HN itself show no "(domain)": their link's host is the source.
  const name = displayedSite(row) ?? siteHost(article.url);
  const age = ageOf(subtext, ctx.now) ?? NO_TIME;
  return {
    ...article,
    source: storySource(name, article.url),
    publishedAt: age.publishedAt,
    time: age.time,
    author: authorOf(subtext),
    // The only images in a title row are vote arrows; HN shows no story images, no snippets and no ads (job posts
    // are stories).
    imageUrl: null,
    snippet: null,
    sponsored: false,
  };
}

/** Pages of comments alone, and the job board: no stories (see above). */
const NO_STORIES_PATH = /^\/(?:newcomments|bestcomments|noobcomments|threads|jobs)$/;

export const hackernews: Adapter = {
  id: 'hackernews',
  label: 'Hacker News',
  hosts: ['news.ycombinator.com'],
  matches: ['*://news.ycombinator.com/*'],
  examples: ['https://news.ycombinator.com/', 'https://news.ycombinator.com/news?p=2', 'https://news.ycombinator.com/newest'],
  zoneOffsetMinutes: ZONE_OFFSET_MINUTES,
  blocks(doc: Document, ctx: ParseContext): Block[] {
    if (queryAll(doc, 'table.fatitem').length > 0 || NO_STORIES_PATH.test(ctx.url.pathname)) return [];
    const stories = storyBlocks(doc);
    // A markup generation without title/subtext row pairs: the generic detector is better than nothing.
    return stories.length > 0 ? stories : genericBlocks(doc, ctx);
  },
  headline(block: Block, ctx: ParseContext): TitleHit | null {
    const h = subtextRowOf(block.element) ? headlineOf(block.element) : null;
    return h ? { title: h.title, element: h.link, url: resolveUrl(h.link.getAttribute('href'), documentBase(h.link.ownerDocument, ctx.url)) } : null;
  },
  refine(article: Article, block: Block, ctx: ParseContext): Article {
    // A title row's headline is named (see headline); blocks from the generic fallback are not title rows, and their
    // generic reading stands.
    const subtext = subtextRowOf(block.element);
    return subtext && article.url ? refine(article, block.element, subtext, ctx) : article;
  },
  refinesLazily: true,
};
