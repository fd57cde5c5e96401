/**
 * Naver News (news.naver.com section homes and lists, n.news.naver.com article pages, a publisher's pages on
 * media.naver.com).
 *
 * Most Naver blocks show no time at all (a section home's headline clusters and "most viewed by publisher" lists carry
 * only the publisher), so the generic detector, which starts from time labels, finds nothing. Every generation of the
 * site links its stories to Naver's own copy of the article, addressed by publisher id and article id
 * (`…/article/025/0003249579`, `…/ranking/article/…`, `…/hotissue/article/…`, and before 2020
 * `read.naver?oid=025&aid=0003249579`); blocks are found from those links: each link climbs to its list item, or to
 * the highest ancestor that holds no other story. Lists the page pages through or expands itself ("헤드라인 더보기",
 * the rotating ranking box) sit in the markup with `display: none`; they are stories of the page and are kept. The
 * story shapes whose markup says where each field is are read from it (navernews-markup.ts), the others by the generic
 * field rules, with the publisher's label and Naver's own date form read here.
 */
import type { Adapter, Article, Block, ParseContext } from '../types';
import { collapse, isSkipped, textOf, wordCount } from '../text';
import { documentBase, parseUrl } from '../url';
import { registrableDomain } from '../domain';
import { isBefore, linksUnder, listOf, queryOnce, regionTest, soleKeys } from '../dom';
import { viewOf } from '../fields/view';
import { NO_TIME, timeHit } from '../fields/time';
import { imageIn } from '../fields/snippet';
import { isLabel } from '../fields/labels';
import { FUTURE_SKEW_MS } from '../time';
import { knownStory, ledeOf, pressOfStory, thumbnailOf } from './navernews-markup';

/** Korea Standard Time, UTC+9, no daylight saving: Naver writes its absolute times in it without a zone. */
const KST_MINUTES = 540;

const OUTSIDE_PARTS = ['nav', 'header', 'footer', '[role="navigation"]', '#gnb', '#footer'];
const OUTSIDE = OUTSIDE_PARTS.join(', ');
const ITEM = 'li, article';

/** The story a link points to (publisher id + article id), or null when it is not a link to a Naver article. */
export function articleKey(href: string | null, base: URL): string | null {
  if (!href) return null;
  const plain = PLAIN_ARTICLE_LINK.exec(href);
  if (plain) return `${plain[1]}/${plain[2]}`;
  const url = parseUrl(href, base);
  if (!url) return null;
  if (!/(^|\.)naver\.com$/.test(url.hostname)) return null;
  const path = /\/article\/(\d{3})\/(\d{10})(?:$|[/?#])/.exec(url.pathname + '/');
  if (path) return `${path[1]}/${path[2]}`;
  // The pre-2020 reader (and entertainment/sports readers): the ids are query parameters of a read page. The cluster
  // "N related articles" link carries them too, on clusterArticles.naver, and is not a story.
  if (/\/(?:read|news)(?:\.naver|\.nhn)?$/.test(url.pathname)) {
    const params = new URLSearchParams(url.search);
    const oid = params.get('oid');
    const aid = params.get('aid');
    if (oid && aid && /^\d+$/.test(oid) && /^\d+$/.test(aid)) return `${oid}/${aid}`;
  }
  return null;
}

/**
 * An absolute link to Naver's copy of an article written the way the URL parser leaves it (a lowercase host, path
 * segments of plain characters, none of them "." or ".."), as a section home writes its links: its ids are read from it
 * as written, without parsing it.
 */
const PLAIN_ARTICLE_LINK = /^https?:\/\/(?:[a-z0-9-]+\.)*naver\.com\/(?:[\w~-][\w.~-]*\/)*?article\/(\d{3})\/(\d{10})(?:[/?#][\w.~/?#&=-]*)?$/;

function storyLinks(doc: Document, base: URL): Array<{ link: Element; key: string }> {
  const out: Array<{ link: Element; key: string }> = [];
  const outside = doc.documentElement ? regionTest(doc.documentElement, OUTSIDE_PARTS, 'a[href]') : () => false;
  // Most of a page's links (menus, sections, publishers' pages) say nothing of an article: they are not parsed.
  const parseAll = MAY_NAME_ARTICLE.test(base.href);
  // A story's thumbnail and headline link to the same address: each is read once.
  const keys = new Map<string, string | null>();
  for (const a of linksUnder(doc)) {
    const href = a.getAttribute('href');
    if (!href || !(parseAll || MAY_NAME_ARTICLE.test(href))) continue;
    let key = keys.get(href);
    if (key === undefined) keys.set(href, (key = articleKey(href, base)));
    if (key && !outside(a)) out.push({ link: a, key });
  }
  return out;
}

/**
 * What an address needs for articleKey to read a story from it, before it is parsed: "article" in its path, or the
 * "oid" and "aid" parameters; or a percent-encoded letter, or a tab or line break, which the parser removes or decodes.
 * (A relative address may take them from the base: a base that has them has every link parsed.)
 */
const MAY_NAME_ARTICLE = /article|oid|aid|%|[\t\n\r]/i;

/**
 * The block of one story link: its list item when it has one, else the highest ancestor whose story links all point
 * to this one article (a thumbnail link and a headline link to the same story share one block).
 */
function blockOf(link: Element, key: string, storyOf: () => Map<Element, string | null>): Element {
  const item = link.closest(ITEM);
  if (item) return item;
  let block = link;
  for (let parent = block.parentElement; parent && parent.tagName !== 'BODY'; parent = parent.parentElement) {
    if (storyOf().get(parent) !== key) break;
    block = parent;
  }
  return block;
}

const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * Elements that may be headings (isHeading decides), in document order: the heading tags from the native lists by tag
 * name (which the browser keeps between queries) and the title spans from one query, sorted together (a page has few).
 */
function headingCandidates(root: Element): Element[] {
  const found = new Set<Element>();
  for (const tag of HEADING_TAGS) for (const el of listOf(root.getElementsByTagName(tag))) found.add(el);
  for (const el of listOf(root.querySelectorAll('[class*="title_inner"]'))) found.add(el);
  return [...found].sort(byDocumentOrder);
}

/** Headings, and the title spans Naver uses as headings ("헤드라인 뉴스"). Tested by hand: `matches` is slow in jsdom. */
function isHeading(el: Element): boolean {
  return /^H[1-6]$/.test(el.tagName) || (el.getAttribute('class') ?? '').includes('title_inner');
}

/** A heading's own words, without its icon ("안내") and screen-reader-only text; series names may end in "?". */
function headingText(el: Element): string | null {
  if (el.classList.contains('blind') || el.closest(OUTSIDE)) return null;
  const clone = el.cloneNode(true) as Element;
  for (const noise of listOf(clone.querySelectorAll('i, .blind, button'))) noise.remove();
  const text = textOf(clone);
  return text && text.length <= 60 && wordCount(text) <= 10 ? text : null;
}

/**
 * Each block's section: the nearest heading before it in document order. The headings come from one query and are
 * merged with the blocks in document order.
 */
function withSections(doc: Document, elements: Element[]): Block[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const wanted = new Set(elements);
  const headings = [root, ...headingCandidates(root)].filter((el) => !wanted.has(el) && !isSkipped(el) && isHeading(el));
  const blocks = elements.filter((el) => (el === root || root.contains(el)) && !isSkipped(el)).sort(byDocumentOrder);
  const sections = new Map<Element, string | null>();
  let current: string | null = null;
  let next = 0;
  let read = 0;
  for (const block of blocks) {
    while (next < headings.length && isBefore(headings[next]!, block)) next++;
    // The last heading passed that has words of its own: only the headings a block needs are read, last first.
    for (let i = next - 1; i >= read; i--) {
      const text = headingText(headings[i]!);
      if (!text) continue;
      current = text;
      break;
    }
    read = next;
    sections.set(block, current);
  }
  return elements.map((element) => ({ element, section: sections.get(element) ?? null }));
}

const byDocumentOrder = (a: Element, b: Element): number => (a === b ? 0 : isBefore(a, b) ? -1 : 1);

export function naverBlocks(doc: Document, ctx: ParseContext): Block[] {
  const base = ctx.url;
  const links = storyLinks(doc, base);
  // Which story each ancestor holds alone: worked out for the first link outside a list item (most pages have none).
  let owners: Map<Element, string | null> | null = null;
  const storyOf = (): Map<Element, string | null> => (owners ??= soleKeys(links.map(({ link, key }) => ({ element: link, key }))));
  const elements: Element[] = [];
  const seen = new Set<Element>();
  for (const { link, key } of links) {
    const block = blockOf(link, key, storyOf);
    if (seen.has(block)) continue;
    seen.add(block);
    elements.push(block);
  }
  return withSections(doc, elements);
}

const PRESS_CANDIDATES = '[class*="press"], [class*="writing"]';

/** The publisher label of a block: `…_press` (2019+), `.writing` (older lists), never the publisher's logo slot. */
function pressOf(block: Element): string | null {
  // The elements whose class holds either word, in page order, from one query (asking every element costs more).
  for (const el of listOf(block.querySelectorAll(PRESS_CANDIDATES))) {
    const cls = el.getAttribute('class') ?? '';
    if (!/(?:^|[\s_-])(?:press|writing)(?:$|[\s_-])/.test(cls) || /thumb|logo|img/i.test(cls)) continue;
    const text = textOf(el);
    if (text && isLabel(text)) return text;
  }
  return null;
}

const DAY = 86_400_000;

/**
 * "2022.12.28. 오후 3:45", "2022.12.28 15:45", "2022.12.28." (KST): the absolute form of older lists and article pages,
 * which the shared time reader does not know (오전/오후 = a.m./p.m.).
 */
export function readKoreanDate(text: string, now: Date): { publishedAt: Date; earliest: Date; latest: Date } | null {
  const m = /^(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?(?:\s*(오전|오후)?\s*(\d{1,2}):(\d{2}))?$/.exec(collapse(text));
  if (!m) return null;
  const [, y, mo, d, half, h, mi] = m;
  let hour = h === undefined ? 0 : Number(h);
  if (half === '오후' && hour < 12) hour += 12;
  if (half === '오전' && hour === 12) hour = 0;
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), hour, mi === undefined ? 0 : Number(mi));
  const start = local - KST_MINUTES * 60_000;
  if (!Number.isFinite(start) || start > now.getTime() + FUTURE_SKEW_MS) return null;
  const span = h === undefined ? DAY : 60_000;
  return { publishedAt: new Date(start), earliest: new Date(start), latest: new Date(Math.min(start + span, Math.max(start, now.getTime()))) };
}

/**
 * The publisher that heads the box a block sits in (the ranking page's one box per publisher, "한누리일보" over its five
 * most viewed): the name of the link, a few levels up, to the page of the publisher whose id the story's address holds.
 */
function boxPressOf(block: Element, url: string | null, base: URL): string | null {
  // The page's links to publishers' pages, found once: most pages have none, or few.
  const pressLinks = queryOnce(block.ownerDocument, 'a[href*="/press/"]');
  const oid = pressLinks.length > 0 ? articleKey(url, base)?.split('/')[0] : null;
  if (!oid) return null;
  const path = `/press/${oid}`;
  // On the publisher's own pages ("media.naver.com/press/032/ranking") its tabs and its days link there too: they
  // name no publisher.
  const heads = pressLinks.filter((a) => a.getAttribute('href')!.includes(path) && !isPageControl(a));
  let el: Element | null = block.parentElement;
  for (let depth = 0; el && depth < BOX_DEPTH; depth++, el = el.parentElement) {
    // The first link to the publisher's page inside the box (as el.querySelector would find it).
    const box = el;
    const head = heads.find((a) => box.contains(a));
    if (!head || block.contains(head)) continue;
    const name = textOf(head) || collapse(head.querySelector('img')?.getAttribute('alt') ?? '');
    return name && isLabel(name) ? name : null;
  }
  return null;
}

/** A tab of a publisher's pages, or a link to another day of its ranking ("?type=popular&date=20260907"). */
function isPageControl(a: Element): boolean {
  return a.getAttribute('role') === 'tab' || a.closest('[role="tablist"]') !== null || /[?&]date=/.test(a.getAttribute('href')!);
}

/** Levels a publisher's box holds its stories below its head (box > list > item). */
const BOX_DEPTH = 4;

function refine(article: Article, block: Block, ctx: ParseContext): Article {
  const base = documentBase(block.element.ownerDocument, ctx.url);
  const story = knownStory(block, ctx);
  // A bare list item holds its headline link alone: no label of its own can name its publisher.
  const label = story?.bare ? null : ((story && pressOfStory(story)) ?? pressOf(block.element));
  const press = label ?? boxPressOf(block.element, article.url, base);
  // Naver hosts every publisher's copy: the publisher and naver.com disagree by design, not as a disguise. (The
  // domain is the generic reading's, without asking the generic source rules: refinesLazily.)
  const domain = registrableDomain(article.url);
  if (story) {
    // A shape whose markup says where each field is (navernews-markup.ts): a story without a publisher's label is
    // Naver's own.
    const source = { name: press ?? domain, domain, mismatch: false };
    // A story without a thumbnail (a line of a cluster, a bare list item) is looked over for a picture all the same.
    const imageUrl = story.thumb ? thumbnailOf(story, base) : imageIn(block.element, base);
    return { ...article, source, ...NO_TIME, snippet: ledeOf(story), author: null, imageUrl, sponsored: false };
  }
  let next = article;
  if (press) next = { ...next, source: { name: press, domain, mismatch: false } };
  if (!article.publishedAt) {
    // The block's pieces as the field rules read them (the same walk as piecesOf, already made).
    for (const piece of viewOf(block, ctx, base).pieces) {
      const r = readKoreanDate(piece.text, ctx.now);
      if (!r) continue;
      next = { ...next, ...timeHit(piece.text, 'text', r) };
      break;
    }
  }
  return next;
}

export const naverNews: Adapter = {
  id: 'navernews',
  label: 'Naver News',
  // media.naver.com: a publisher's ranking on Naver ("/press/032/ranking"), linking Naver's copies too. Its other
  // pages there (its home, "/press/469", with its times and its sections) the generic detector reads.
  hosts: ['news.naver.com', 'entertain.naver.com', 'media.naver.com'],
  paths: /^(?!\/press\/\d+(?:\/?$|\/(?!ranking)))/,
  matches: ['*://news.naver.com/*', '*://*.news.naver.com/*', '*://entertain.naver.com/*', '*://*.entertain.naver.com/*', '*://media.naver.com/*'],
  examples: [
    'https://news.naver.com/section/100', 'https://news.naver.com/main/main.naver?mode=LSD&mid=shm&sid1=100', 'https://m.entertain.naver.com/now',
    'https://media.naver.com/press/032/ranking',
  ],
  zoneOffsetMinutes: KST_MINUTES,
  blocks: naverBlocks,
  headline: (block, ctx) => knownStory(block, ctx)?.headline ?? null,
  refine,
  refinesLazily: true,
};
