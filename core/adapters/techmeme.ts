/**
 * Techmeme, Memeorandum, Mediagazer: one publishing system, one markup. A story is a `.ii` headline item (the headline
 * link, then the summary), with its "Author / Publisher:" CITE line just above it (a rendering that keeps only the
 * picture in `.ii` has the story in the `.item` around CITE and headline, and related stories in `.ritem`s; until about
 * 2007 an item's "RELATED:" stories were `.rel` items of CITE and headline); clusters add hidden "More:" lists
 * of further CITE + link pairs (`.di`), which are discussion, not stories. Times appear only in the "Newest" rail, as an
 * age line just below the item ("30 minutes ago", "2½ hours ago"). The page clock is US Eastern, zone-less: read in
 * New York's zone, daylight saving time included. The River writes a day's heading above its rows of clock times (see
 * fields/carried-dates.ts).
 */
import type { Adapter, Article, Block, ParseContext } from '../types';
import { genericBlocks } from './generic';
import { collapse, textOf, textUpTo, truncate } from '../text';
import { parseRelative, type TimeReading } from '../time';
import { registrableDomain, sourceMismatch } from '../domain';
import { documentBase, resolveUrl, urlParts } from '../url';
import { imageIn, SNIPPET_MAX, SNIPPET_MIN, tooLittleTextForSnippet } from '../fields/snippet';
import { NO_TIME, timeHit, type TimeHit } from '../fields/time';
import type { TitleHit } from '../fields/title';
import { isBefore, listOf, queryAllInOrder } from '../dom';

const HOSTS = ['techmeme.com', 'memeorandum.com', 'mediagazer.com'];
const SHORT_TEXT = 48;
/** A headline item of any generation (see blocks). */
const ITEM = '.ii, .rel, .item, .ritem';
/** The items that hold no more than a headline, its summary and a CITE: never a time. */
const HEADLINE_ITEM_PARTS = ['.ii', '.rel'];
const HEADLINE_ITEM = HEADLINE_ITEM_PARTS.join(', ');

export const techmeme: Adapter = {
  id: 'techmeme',
  label: 'Techmeme, Memeorandum, Mediagazer',
  hosts: HOSTS,
  matches: ['*://techmeme.com/*', '*://www.techmeme.com/*', '*://memeorandum.com/*', '*://www.memeorandum.com/*', '*://mediagazer.com/*', '*://www.mediagazer.com/*'],
  examples: ['https://www.techmeme.com/', 'https://www.memeorandum.com/', 'https://mediagazer.com/', 'https://www.techmeme.com/260611/p44'],
  timeZone: 'America/New_York',
  blocks(doc, ctx) {
    const root = doc.body ?? doc.documentElement;
    if (!root) return [];
    // A rendering that keeps only the picture in `.ii` has its headline and CITE in the `.item` around them.
    // An item may nest its headline's `.ii` in the one that holds its CITE: the outer one is the story. Until about
    // 2007, an item's "RELATED:" stories were `.rel` items of their own (CITE and headline).
    // One query per class, merged in page order: a query for a list of selectors is a slower scan.
    const ii = queryAllInOrder(root, HEADLINE_ITEM_PARTS).filter((el) => !el.parentElement?.closest('.ii') && hasTextLink(el));
    // A river's item written as a table cell beside its time's cell ("<td class=rtm>11:20 AM</td><td class=ritem>…") is
    // read as its whole row, time and all.
    const items =
      ii.length >= 2
        ? withRelatedItems(root, ii)
        : queryAllInOrder(root, ['.item', '.ritem'])
            .filter((el) => el.querySelector('cite') && hasTextLink(el))
            .map((el) => (el.tagName === 'TD' && el.parentElement?.tagName === 'TR' ? el.parentElement : el));
    // Pages of the family without headline items (the river, leaderboards) are read by the generic detector.
    if (items.length < 2) return genericBlocks(doc, ctx);
    const headingOf = columnHeadings(root);
    const titles = new Map<Element, string | null>();
    const found = items.map((element): Block => {
      const heading = headingOf(element);
      if (heading && !titles.has(heading)) titles.set(heading, textOf(heading) || null);
      return { element, section: heading ? titles.get(heading)! : null };
    });
    const rows = citeRows(root);
    return rows.length < 2 ? found : [...found, ...rows].sort((a, b) => (isBefore(a.element, b.element) ? -1 : 1));
  },
  headline: (block, ctx) => namedHeadline(block.element, ctx),
  refine(article, block, ctx) {
    const el = block.element;
    const isItem = el.matches(ITEM);
    // Items read whole from the markup (their headline named, a CITE above) leave the generic rules nothing to read.
    const headlineFix = isItem ? missedHeadline(article, el, ctx) : null;
    const url = headlineFix?.url ?? article.url;
    // Rows read by the generic detector carry their CITE inside; headline items have it just above, or as their
    // first line.
    const cite = isItem ? (el.querySelector('cite') ?? citeFor(el)) : listOf(el.querySelectorAll('cite')).pop();
    const { author, publisher } = cite ? attribution(cite) : { author: null, publisher: null };
    // A handle ("@semianalysis_") names an account on the linked platform; it cannot disagree with its domain.
    const domain = registrableDomain(url);
    const source = publisher
      ? { name: publisher, domain, mismatch: !publisher.startsWith('@') && sourceMismatch(publisher, domain) }
      : (headlineFix?.source ?? article.source);
    // A headline item's only time is the age line below it (the "Newest" rail); the River's rows carry theirs inside.
    const below = isItem ? ageBelow(el, ctx.now) : null;
    const age = below ?? (el.matches(HEADLINE_ITEM) ? NO_TIME : { publishedAt: article.publishedAt, time: article.time });
    return {
      ...article,
      ...headlineFix,
      source,
      // Items have no "By …" line: their writer is the CITE's.
      author: publisher ? (author ?? (isItem ? null : article.author)) : article.author,
      publishedAt: age.publishedAt,
      time: age.time,
      snippet: isItem ? (summaryOf(el) ?? itemSnippet(article, el, ctx)) : article.snippet,
      imageUrl: isItem ? imageIn(el, documentBase(el.ownerDocument, ctx.url)) : article.imageUrl,
      // Paid placements (sponsor posts, in the column and between clusters) link out through the site's /r2/
      // redirect; editorial headlines link to the publisher directly.
      sponsored: isPaidLink(url) || /\bsponsor/i.test(block.section ?? '') || (!isItem && article.sponsored),
    };
  },
  refinesLazily: true,
};

/** A headline item's headline link `a.ourh` (in every generation), when it has words and an address. */
function namedHeadline(el: Element, ctx: ParseContext): TitleHit | null {
  const headline = el.matches(ITEM) ? el.querySelector('a.ourh[href]') : null;
  const title = headline ? textOf(headline) : '';
  const url = headline && title ? resolveUrl(headline.getAttribute('href'), documentBase(el.ownerDocument, ctx.url)) : null;
  return url ? { title, element: headline!, url } : null;
}

/**
 * The generic snippet of an item without a summary of its own. Most such items hold their headline alone: with the
 * headline named, the rule then surely finds nothing, and the item's view is never built.
 */
function itemSnippet(article: Article, item: Element, ctx: ParseContext): string | null {
  const named = namedHeadline(item, ctx);
  return named && tooLittleTextForSnippet(item, named.element) ? null : article.snippet;
}

/**
 * The headline link `a.ourh` (in every generation) when the generic rules took another link for the headline: a short
 * headline ("Hello, Europe") still beats the CITE's link. Null when they read it (the adapter names it: see headline).
 */
function missedHeadline(article: Article, item: Element, ctx: ParseContext): Pick<Article, 'title' | 'url' | 'source'> | null {
  const headline = item.querySelector('a.ourh[href]');
  const title = headline ? textOf(headline) : '';
  if (!headline || !title || title === article.title) return null;
  const url = resolveUrl(headline.getAttribute('href'), documentBase(item.ownerDocument, ctx.url)) ?? article.url;
  const domain = registrableDomain(url);
  return { title, url, source: { name: article.source.name === article.source.domain ? domain : article.source.name, domain, mismatch: false } };
}

/**
 * A cluster's related stories written as `.ritem`s of CITE and headline with no `.ii` of their own (most generations
 * wrap each in one), merged in page order with the headline items.
 */
function withRelatedItems(root: Element, ii: Element[]): Element[] {
  const related = listOf(root.getElementsByClassName('ritem')).filter(
    (el) => !el.querySelector('.ii') && !el.closest('.ii') && el.querySelector('cite') && hasTextLink(el),
  );
  return related.length === 0 ? ii : [...ii, ...related].sort((a, b) => (isBefore(a, b) ? -1 : 1));
}

/**
 * Rows beside the headline items that pair a CITE with a headline link (a "Latest" column written as the river's table:
 * time, "Publisher:", headline): stories too. The clusters' "More:" lists are discussion, and the items' own parts
 * are read with them.
 */
function citeRows(root: Element): Block[] {
  const rows = new Set<Element>();
  for (const cite of listOf(root.getElementsByTagName('cite'))) {
    if (cite.closest('.di, .ii, .item, .ritem, .clus')) continue;
    const row = cite.closest('tr, li') ?? cite.parentElement;
    if (row && hasTextLink(row)) rows.add(row);
  }
  return [...rows].map((element) => ({ element, section: null }));
}

/** Whether an element holds a link with words (a headline), not only a picture's link. */
function hasTextLink(el: Element): boolean {
  return listOf(el.querySelectorAll('a[href]')).some((a) => collapse(a.textContent ?? '') !== '');
}

const HEADING_TAG = /^H[1-3]$/i;

/**
 * The column heading above an item ("Top News", "Newest", "From Mediagazer", "Earlier Picks"): the last heading of
 * the nearest earlier sibling that has one, of the item or of its nearest ancestor that has one (below the body).
 * Items of a column share that search: what lies before an element is worked out once for all the items after it,
 * which keeps a column of hundreds of items linear.
 */
function columnHeadings(root: Element): (el: Element) => Element | null {
  // The heading found by searching from an element (its earlier siblings, then its ancestors').
  const before = new Map<Element | null, Element | null>();
  // The last heading inside each element that holds one: the page's few headings are found once, not searched for
  // under every earlier sibling.
  const lastInside = new Map<Element, Element>();
  for (const heading of queryAllInOrder(root, ['h1', 'h2', 'h3'])) {
    for (let e = heading.parentElement; e && e !== root; e = e.parentElement) lastInside.set(e, heading);
  }
  const headingIn = (el: Element): Element | null => (HEADING_TAG.test(el.tagName) ? el : lastInside.get(el) ?? null);
  return (el) => {
    // The chain of elements whose answer is not known yet; each one's answer is the next one's, or a heading.
    const chain: Element[] = [];
    let answer: Element | null = null;
    for (let cur: Element | null = el; ; ) {
      if (!cur || cur.tagName === 'BODY') break;
      const known = before.get(cur);
      if (known !== undefined) {
        answer = known;
        break;
      }
      chain.push(cur);
      const prev: Element | null = cur.previousElementSibling;
      if (!prev) {
        cur = cur.parentElement;
        continue;
      }
      const heading = headingIn(prev);
      if (heading) {
        answer = heading;
        break;
      }
      cur = prev;
    }
    for (const cur of chain) before.set(cur, answer);
    return answer;
  };
}

/** The CITE line just above the headline item, not one belonging to an earlier item. */
function citeFor(item: Element): Element | null {
  let cur: Element | null = item;
  for (let depth = 0; cur && depth < 3; depth++, cur = cur.parentElement) {
    for (let prev = cur.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (prev.tagName === 'CITE') return prev;
      if (prev.matches('.ii') || prev.querySelector('.ii')) return null;
      const inside = prev.querySelectorAll('cite');
      if (inside.length) return inside[inside.length - 1] ?? null;
    }
  }
  return null;
}

/** "Mark Gurman / Bloomberg:" → author "Mark Gurman", publisher "Bloomberg"; "@semianalysis_:" → publisher only. */
function attribution(cite: Element): { author: string | null; publisher: string | null } {
  const parts = textOf(cite).replace(/\s*:\s*$/, '').split(/\s+\/\s+/).filter(Boolean);
  const publisher = parts.pop() ?? null;
  return { author: parts.length ? parts.join(' / ') : null, publisher };
}

/** The age line under an item ("55 minutes ago"), before the next item or attribution starts. */
function ageBelow(item: Element, now: Date): TimeHit | null {
  for (let next = item.nextElementSibling; next; next = next.nextElementSibling) {
    // One selector per query: a list of them is a slow scan.
    if (next.matches('.ii, cite') || next.querySelector('.ii') || next.querySelector('cite')) return null;
    // An age line is plain text: a cluster's "More:" list of links below the item is passed over unread.
    if (next.querySelector('a')) continue;
    const text = textUpTo(next, SHORT_TEXT);
    if (!text) continue;
    const reading = readAge(text, now);
    if (reading) return timeHit(text, 'text', reading);
  }
  return null;
}

/** Relative ages, including the site's half units ("2½ hours ago"), which the shared table does not read. */
function readAge(text: string, now: Date): TimeReading | null {
  const half = /^(\d+)\s*½\s*(.+)$/u.exec(text);
  if (!half) return parseRelative(text, now);
  const whole = parseRelative(`${half[1]} ${half[2]}`, now);
  if (!whole) return null;
  const unit = whole.latest.getTime() - whole.earliest.getTime();
  return { ...whole, publishedAt: new Date(whole.latest.getTime() - unit / 2) };
}

/** The summary after the headline ("… — SpaceX has made history …"): the item's text outside its links and CITE. */
function summaryOf(item: Element): string | null {
  let text = '';
  for (let node = item.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const el = node as Element;
      if (!el.matches('a, img, cite') && !el.querySelector('a[href]')) text += ` ${textOf(el)} `;
    }
  }
  const summary = collapse(text).replace(/^[\s—–-]+/, '');
  return summary.length >= SNIPPET_MIN ? truncate(summary, SNIPPET_MAX) : null;
}

function isPaidLink(url: string | null): boolean {
  const u = url ? urlParts(url) : null;
  if (!u) return false;
  const host = u.hostname.replace(/^www\./, '');
  return HOSTS.includes(host) && u.pathname.startsWith('/r2/');
}
