/**
 * Outbrain and Taboola recommendation widgets, on any page.
 *
 * Publishers embed these widgets under and beside their articles ("FROM THE WEB", "You May Like", "Sponsored
 * Content"). Their items have no time, so the generic detector never sees them; but both vendors render every item
 * with the same stable class vocabulary on every site, which is what `widgetBlocks` keys on:
 * - Outbrain: a `.OUTBRAIN[data-widget-id]` holder, `.ob-widget` inside, one `.ob-dynamic-rec-container` per item with
 *   `a.ob-dynamic-rec-link`, `.ob-rec-text` (headline) and `.ob-rec-source` (advertiser); `ob-p` marks a paid item,
 *   `ob-o` an organic one (the publisher's own story).
 * - Taboola: a `.trc_related_container` / `.trc_rbox` holder, one `.videoCube` per item with `.video-title` and
 *   `.branding`; `syndicatedItem` marks a paid item.
 * `refineWidgetArticle` then reads the item's own headline, source label and target URL (unwrapping the vendors' click
 * redirects where the target is inside the link) and marks paid items sponsored.
 *
 * Both are meant to run from the generic detector on every page it reads (`withWidgetBlocks` merges the items into its
 * blocks; `refineWidgetArticle` leaves other blocks alone); the `outbrain` adapter itself only claims the vendors' own
 * hosts (widget previews served from widgets.outbrain.com and trc.taboola.com).
 */
import type { Adapter, Article, Block, ParseContext } from '../types';
import { collapse, textOf } from '../text';
import { documentBase, resolveUrl } from '../url';
import { registrableDomain, storySource } from '../domain';
import { isSponsorMark, unbracketed } from '../fields/labels';
import { metaParts } from '../time';
import { isBefore, listOf, matchingAny } from '../dom';
import { askedMoreThan, FEW_BLOCKS, pageFact } from '../memo';

/** Widget holders, for their header (the block's section) and to keep the generic detector's blocks out of them. */
const WIDGET = '.OUTBRAIN, .ob-widget, [id^="outbrain_widget"], .trc_related_container, .trc_rbox_container, .trc_rbox, [id^="taboola-"]';
/** One recommendation. */
const ITEM_PARTS = ['.ob-dynamic-rec-container', '.videoCube'];
const ITEM = ITEM_PARTS.join(', ');
/** Item links of Outbrain generations without the item wrapper, and bare click redirects of either vendor. */
const ITEM_LINK_PARTS = ['a.ob-dynamic-rec-link', 'a.ob-rec-link', 'a[href*="outbrain.com/network/redir"]', 'a[href*="taboola.com/"][href*="/click"]'];
const ITEM_LINK = ITEM_LINK_PARTS.join(', ');
/** Widget headers, most specific first: Taboola's header box also holds its "Sponsored Links" attribution. */
const HEADERS = ['.ob-widget-header', '.trc_rbox_header_span', '.trc_rbox_header'];

const TITLE = '[data-type="Title"], .ob-rec-text, .ob-rec-title, .strip-rec-link-title, .video-title, .video-label';
const TEASER = '.ob-rec-description, .video-description';
const SOURCE = '[data-type="Source"], .ob-rec-source, .strip-rec-link-source, .branding-inner, .branding, .video-source';

const PAID = /(?:^|\s)(?:ob-p|syndicatedItem)(?:\s|$)/;
const ORGANIC = /(?:^|\s)ob-o(?:\s|$)/;

/** Click trackers whose target URL rides in a query parameter. */
const TRACKER_HOST = /(?:^|\.)(?:outbrain\.com|taboola\.com|adsrvr\.org|doubleclick\.net|googleadservices\.com|zemanta\.com)$/i;
/**
 * What a link to a tracker holds: its host's name, or what the parser could make one from (an escape, a character it
 * maps to ASCII, a tab or a line break, which it drops).
 */
const TRACKER_HINT = /outbrain\.com|taboola\.com|adsrvr\.org|doubleclick\.net|googleadservices\.com|zemanta\.com|[%\t\n\r]|[^\x00-\x7f]/i;
const TARGET_PARAMS = ['url', 'redir', 'redirect', 'redirect_url', 'r', 'u', 'dest', 'lp', 'target', 'clickurl', 'adurl'];
/** Attributes where the vendors keep the clean target when `href` is their redirect. */
const TARGET_ATTRS = ['data-url', 'data-href', 'data-orig-url', 'data-target'];
/** The vendors' own click markers, added to the target's query: not part of the story's address. */
const VENDOR_PARAMS = /^(?:obOrigUrl|obclid|ob_click_id|tblci|dicbo|taboola_\w+)$/i;

/** The vendors' items and item links anywhere in the document: found once per parse, and most pages have none. */
interface WidgetMarks {
  items: Set<Element>;
  links: Set<Element>;
}

const marksOf = new WeakMap<object, { doc: Document; value: WidgetMarks }>();

function widgetMarks(doc: Document, ctx: ParseContext): WidgetMarks {
  return pageFact(marksOf, ctx, doc, (d) => ({ items: matchingAny(d, ITEM_PARTS), links: matchingAny(d, ITEM_LINK_PARTS) }));
}

// Blocks the refine was asked about in this parse: the first few are looked at one by one.
const refineAsks = new WeakMap<object, number>();

/**
 * isWidgetItem, answered for a page's many blocks from the document's marks, found once (most pages have none, and
 * without marks no element is an item); for the few of a live update, by looking at each block.
 */
function mayBeWidgetItem(item: Element, ctx: ParseContext): boolean {
  if (askedMoreThan(refineAsks, ctx, FEW_BLOCKS)) {
    const marks = widgetMarks(item.ownerDocument, ctx);
    if (marks.items.size === 0 && marks.links.size === 0) return false;
  }
  return isWidgetItem(item);
}

/** True when the element is (or sits inside) an Outbrain/Taboola recommendation. */
export function isWidgetItem(el: Element): boolean {
  return !!el.closest(ITEM) || !!el.closest(ITEM_LINK) || (!!el.closest(WIDGET) && !!el.querySelector(ITEM_LINK));
}

/** Page order. (Not generic's helper: generic.ts is to import this module, and the two must not import each other.) */
function inPageOrder(blocks: Block[]): Block[] {
  return blocks.sort((a, b) => (isBefore(a.element, b.element) ? -1 : 1));
}

function itemOf(link: Element): Element {
  const item = link.closest(ITEM);
  if (item) return item;
  // Older Outbrain strips: the link is the item, unless a list item of the widget wraps it alone.
  const li = link.closest('li');
  return li && li.closest(WIDGET) && li.querySelectorAll(ITEM_LINK).length === 1 ? li : link;
}

function headerOf(item: Element): string | null {
  for (let root = item.closest(WIDGET); root; root = root.parentElement?.closest(WIDGET) ?? null) {
    for (const selector of HEADERS) {
      for (const h of listOf(root.querySelectorAll(selector))) {
        if (h.contains(item) || item.contains(h)) continue;
        const text = textOf(h);
        if (text && text.length <= 60) return text;
      }
    }
  }
  return null;
}

const widgetBlocksOf = new WeakMap<object, { doc: Document; value: Block[] }>();

/**
 * Outbrain and Taboola recommendations on any page, in page order, each with its widget's header as section. Found once
 * per parse: the generic rules look past them, and withWidgetBlocks adds them to the rules' blocks.
 */
export function widgetBlocks(doc: Document, ctx: ParseContext): readonly Block[] {
  return pageFact(widgetBlocksOf, ctx, doc, (d) => readWidgetBlocks(d, ctx));
}

function readWidgetBlocks(doc: Document, ctx: ParseContext): Block[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  // The marks under the root (in any order: the blocks are put in page order at the end).
  const marks = widgetMarks(doc, ctx);
  const under = (el: Element): boolean => el !== root && root.contains(el);
  const items = new Set<Element>([...marks.items].filter(under));
  for (const link of marks.links) if (under(link)) items.add(itemOf(link));
  const blocks: Block[] = [];
  for (const element of items) {
    // An item wrapper inside another item (Taboola nests `.videoCube` in feed cards) is read once, outermost.
    if (element.parentElement?.closest(ITEM)) continue;
    if (!element.querySelector('a[href]') && !element.matches('a[href]')) continue;
    blocks.push({ element, section: headerOf(element) });
  }
  return inPageOrder(blocks);
}

/**
 * The generic detector's blocks plus the widget items, in page order. A generic block that is a widget item, sits in
 * one or holds one is dropped: the widget reading is the better one.
 */
export function withWidgetBlocks(blocks: Block[], doc: Document, ctx: ParseContext): Block[] {
  const widgets = widgetBlocks(doc, ctx);
  if (widgets.length === 0) return blocks;
  const kept = blocks.filter((b) => !b.element.closest(WIDGET) && !widgets.some((w) => w.element.contains(b.element) || b.element.contains(w.element)));
  return inPageOrder([...kept, ...widgets]);
}

/** The target of a click redirect when it rides in the link (a query parameter of a tracker host), else null. */
export function redirectTarget(href: string, base: URL): string | null {
  // Most links lead straight to the story: a link that names no tracker's host (nor holds what the parser could turn
  // into one) on a page of no tracker's host leads to none.
  if (!TRACKER_HINT.test(href) && !TRACKER_HOST.test(base.hostname)) return null;
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (!TRACKER_HOST.test(url.hostname)) return null;
  for (const name of TARGET_PARAMS) {
    const value = url.searchParams.get(name);
    if (value && /^https?:\/\//i.test(value)) return value;
  }
  return null;
}

/**
 * What an address must hold to carry a vendor parameter: one of their names, or what the parser could turn into one (an
 * escape; a tab or a line break, which it drops). One without any carries none, and need not be parsed.
 */
const VENDOR_HINT = /oborigurl|obclid|ob_click_id|tblci|dicbo|taboola_|[%\t\n\r]/i;

function withoutVendorParams(url: string): string {
  if (!VENDOR_HINT.test(url)) return url;
  const out = new URL(url);
  const keys: string[] = [];
  out.searchParams.forEach((_, key) => keys.push(key));
  const vendor = keys.filter((key) => VENDOR_PARAMS.test(key));
  if (vendor.length === 0) return url;
  for (const key of vendor) out.searchParams.delete(key);
  if (vendor.length === keys.length) out.search = '';
  return out.toString();
}

/** The item's story address: its link, through the vendor's redirect when the target is inside it. */
function targetOf(item: Element, base: URL): string | null {
  const link = item.matches('a[href]') ? item : item.querySelector('a.ob-dynamic-rec-link[href], a.ob-rec-link[href], a[href]');
  const href = link?.getAttribute('href');
  if (!link || !href) return null;
  let target = redirectTarget(href, base);
  if (!target) {
    for (const attr of TARGET_ATTRS) {
      const value = link.getAttribute(attr);
      if (value && /^https?:\/\//i.test(value) && !redirectTarget(value, base)) {
        target = value;
        break;
      }
    }
  }
  const url = resolveUrl(target ?? href, base);
  return url ? withoutVendorParams(url) : null;
}

/** The headline as shown, or the full one from its `title` when the display cuts it short with an ellipsis. */
function titleOf(item: Element): string | null {
  const el = item.querySelector(TITLE);
  const shown = el ? textOf(el) : '';
  const full = collapse(el?.getAttribute('title') ?? '');
  const stem = shown.replace(/(?:…|\.\.\.)$/, '').trim();
  if (full && (!shown || (stem !== shown && full.startsWith(stem)))) return full;
  if (shown) return shown;
  const link = item.matches('a[href]') ? item : item.querySelector('a[title]');
  return collapse(link?.getAttribute('title') ?? '') || null;
}

/** The advertiser label ("SmartAsset"); Taboola may join a sponsor mark to it ("SmartAsset | Sponsored"). */
function sourceOf(item: Element): string | null {
  const el = item.querySelector(SOURCE);
  if (!el) return null;
  // "(Kitchen Insider Daily)": the name in brackets.
  const parts = metaParts(textOf(el)).filter((p) => !isSponsorMark(p)).map(unbracketed);
  return parts.length === 0 ? null : collapse(parts.join(' | '));
}

function teaserOf(item: Element): string | null {
  const el = item.querySelector(TEASER);
  return el ? textOf(el) || null : null;
}

function isPaid(item: Element, url: string | null, pageUrl: URL): boolean {
  // A paid mark on the item itself (Outbrain's `li.ob-p`) decides, wherever its other marks stand.
  if (PAID.test(item.getAttribute('class') ?? '')) return true;
  const marks = [item, ...listOf(item.querySelectorAll('[class]'))].map((el) => el.getAttribute('class') ?? '').join(' ');
  const syndicated = item.getAttribute('data-item-syndicated');
  if (PAID.test(marks) || syndicated === 'true') return true;
  if (ORGANIC.test(marks) || syndicated === 'false') return false;
  // No vendor mark: a recommendation of the publisher's own site is editorial, anything else is an ad.
  const own = registrableDomain(pageUrl.toString());
  return !own || registrableDomain(url) !== own;
}

/**
 * Mends the generic reading of a widget item: its headline, target URL, source label and sponsored flag. Any other
 * block is returned unchanged, so this can run on every block of a page.
 */
export function refineWidgetArticle(article: Article, block: Block, ctx: ParseContext): Article {
  const item = block.element;
  // A document without items or item links has no widget item (nor a widget holding item links).
  if (!mayBeWidgetItem(item, ctx)) return article;
  const base = documentBase(item.ownerDocument, ctx.url);
  const url = targetOf(item, base) ?? article.url;
  const title = titleOf(item) ?? article.title;
  const name = sourceOf(item);
  return {
    ...article,
    title,
    url,
    source: storySource(name, url),
    // The generic snippet of an item is its hide-this-ad menu or its header, not a teaser.
    snippet: teaserOf(item),
    sponsored: isPaid(item, url, ctx.url),
  };
}

export const outbrain: Adapter = {
  id: 'outbrain',
  label: 'Outbrain and Taboola widgets',
  hosts: ['outbrain.com', 'taboola.com'],
  matches: ['*://widgets.outbrain.com/*'],
  examples: ['https://widgets.outbrain.com/outbrain.js', 'https://trc.taboola.com/example/trc/3/json'],
  blocks: (doc, ctx) => [...widgetBlocks(doc, ctx)],
  refine: refineWidgetArticle,
  refinesLazily: true,
};
