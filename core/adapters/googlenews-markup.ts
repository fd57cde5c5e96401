/**
 * A Google News story of the 2018– markup read from the markup itself, with a few native queries instead of the generic
 * walk over it (fields/view.ts builds the same view by walking): its headline where the generic title rules could take
 * no other, and the fields the generic rules read from that view. A block of another shape gets no reading, and the
 * generic rules read it as before. Every probe, fixture and corpus page of the site reads the same either way.
 */
import type { Article, Block, ParseContext } from '../types';
import { collapse, endsPiece, isSkipped, lineOf, SKIPPED_TAGS, type Piece } from '../text';
import { parseMachineTime, timePartOf, type TimeOptions } from '../time';
import { documentBase, resolveUrl } from '../url';
import { linksUnder, listOf, queryOnce } from '../dom';
import { currentParse, remembered, rememberedFor } from '../memo';
import { isStoryLink, isTitleLike, type TitleHit } from '../fields/title';
import type { BlockLink, BlockView } from '../fields/view';
import { authorOf, imageOf, isSponsored, SNIPPET_MIN, snippetOf } from '../fields/snippet';
import { timeHit, timeOf, type TimeHit } from '../fields/time';

/**
 * A 2018– story read from its markup with a few native queries instead of the generic walk over it (fields/view.ts):
 * its headline, and a view holding what the walk would gather (text pieces, links, images, times) but the time label,
 * which only a look at every text finds. Null for a block of another shape, which the generic rules read as before.
 */
export interface MarkupReading {
  title: TitleHit;
  view: BlockView;
}

const readings = new WeakMap<Element, { parse: object; value: MarkupReading | null }>();

export function markupReadingOf(block: Block, ctx: ParseContext): MarkupReading | null {
  if (block.element.tagName !== 'ARTICLE' || block.meta) return null;
  // Asked for the headline, and again when the block is refined.
  return rememberedFor(readings, block.element, () => readMarkup(block, ctx));
}

function readMarkup(block: Block, ctx: ParseContext): MarkupReading | null {
  const article = block.element;
  const base = documentBase(article.ownerDocument, ctx.url);
  const skipped = skippedIn(article);
  const walked = (node: Node): boolean => !skipped.some((el) => el.contains(node));
  const title = headlineIn(article, ctx, base);
  const pieces = title && walked(title.element) ? leafPieces(article, walked) : null;
  if (!title || !pieces) return null;
  const view: BlockView = {
    ...block,
    ctx,
    base,
    pieces,
    links: linksOf(article, base, walked),
    timePiece: null,
    timeText: null,
    headings: [],
    images: listOf(article.getElementsByTagName('img')).filter((img) => img.tagName === 'IMG' && walked(img)),
    // <time datetime>, or a custom element with a datetime of its own, as the walk takes them.
    times: listOf(article.querySelectorAll('[datetime]')).filter((el) => isTimeTag(el.tagName) && walked(el)),
    memo: { parse: currentParse() },
  };
  return { title, view };
}

/** Headings, from which the generic title rules would take a headline first. */
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', '[role="heading"]'];

const headed = new WeakMap<Document, { parse: object; value: Set<Element> }>();

/**
 * The articles that hold a heading, from one query per heading tag over the page (the section headings are queried for
 * the blocks already): a story's block holds no other article, so a heading in it has it for its closest article.
 */
function articlesWithHeadings(doc: Document): Set<Element> {
  return rememberedFor(headed, doc, () => {
    const found = new Set<Element>();
    for (const selector of HEADINGS) {
      for (const h of queryOnce(doc, selector)) {
        const article = h.closest('article');
        if (article) found.add(article);
      }
    }
    return found;
  });
}

/**
 * The headline link, where the generic title rules (fields/title.ts) could take no other: the block has no heading and
 * no bold lead, its one link with text holds only that text and stands outside any sentence, and its other links (the
 * card's overlay link) show no text and carry no title.
 */
function headlineIn(article: Element, ctx: ParseContext, base: URL): TitleHit | null {
  const lead = article.firstElementChild?.tagName;
  if (lead === 'STRONG' || lead === 'B' || articlesWithHeadings(article.ownerDocument).has(article)) return null;
  let headline: Element | null = null;
  for (const a of linksUnder(article)) {
    if ((a.textContent ?? '').trim()) {
      if (headline) return null;
      headline = a;
    } else if (a.hasAttribute('title')) return null;
  }
  if (!headline || headline.tagName !== 'A' || headline.childElementCount > 0) return null;
  // A link with words on both sides may be a citation inside a sentence: the generic rules would weigh it.
  if (hasWords(headline.previousSibling) && hasWords(headline.nextSibling)) return null;
  const text = collapse(headline.textContent ?? '');
  const url = resolveUrl(headline.getAttribute('href'), base);
  return url && isTitleLike(text, ctx.now) && isStoryLink(headline, url, ctx.url) ? { title: text, element: headline, url } : null;
}

/** Whether a node is a text that is not all whitespace. */
function hasWords(node: Node | null): boolean {
  return node?.nodeType === 3 && /\S/.test(node.nodeValue ?? '');
}

/**
 * The block's text pieces as the generic walk cuts them (text.ts piecesOf), from a native walk over its texts alone:
 * a text between elements (or at either end of its parent) is a piece of its own. Null when a text touches another
 * text, a comment or a skipped element (script, svg…), beside which the walk would join it to more.
 */
function leafPieces(root: Element, walked: (node: Node) => boolean): Piece[] | null {
  const pieces: Piece[] = [];
  const texts = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    const text = collapse(node.nodeValue ?? '');
    const parent = node.parentElement;
    if (!text || !parent || !walked(node)) continue;
    if (!endsText(node.previousSibling) || !endsText(node.nextSibling)) return null;
    pieces.push({ text, element: parent });
  }
  return pieces;
}

/** Whether the walk ends a piece at this neighbour of a text: the parent's edge or an element it enters. */
function endsText(node: Node | null): boolean {
  return node === null || endsPiece(node);
}

const skippedTagsOf = new WeakMap<Document, { parse: object; value: string[] }>();

/** The elements of a story whose subtrees the generic walk passes by, asked for only by the tags the page has. */
function skippedIn(article: Element): Element[] {
  const tags = rememberedFor(skippedTagsOf, article.ownerDocument, (doc) => SKIPPED_TAGS.filter((tag) => doc.getElementsByTagName(tag).length > 0));
  const found: Element[] = [];
  for (const tag of tags) for (const el of listOf(article.getElementsByTagName(tag))) if (isSkipped(el)) found.push(el);
  return found;
}

/** The tags whose datetime the generic walk reads: <time>, and custom elements (<time-ago datetime="…">). */
function isTimeTag(tag: string): boolean {
  return tag === 'TIME' || (tag.includes('-') && !tag.startsWith('SVG'));
}

/** The block's links as the generic view lists them: the one around it first, then its own with a usable target. */
function linksOf(article: Element, base: URL, walked: (node: Node) => boolean): BlockLink[] {
  const links: BlockLink[] = [];
  const enclosing = article.closest('a[href]');
  const around = enclosing && resolveUrl(enclosing.getAttribute('href'), base);
  if (around) links.push({ element: enclosing, url: around, encloses: true, holdsLines: null });
  for (const a of linksUnder(article)) {
    const url = a.tagName === 'A' && walked(a) ? resolveUrl(a.getAttribute('href'), base) : null;
    if (url) links.push({ element: a, url, encloses: false, holdsLines: null });
  }
  return links;
}

/**
 * The generic fields a markup reading settles, read by the generic rules from its view: the author, image and sponsor
 * mark always; the time when an attribute gives it (the time label, left out of the reading, is read only after
 * those); the snippet where the label does not matter (see snippetIn).
 */
export function markupFields({ view, title }: MarkupReading, times: TimeOptions | undefined): Partial<Article> {
  const fields: Partial<Article> = { author: authorOf(view), imageUrl: imageOf(view), sponsored: isSponsored(view) };
  const time = times && (timeElementHit(view, times) ?? timeOf(view, times));
  if (time?.time.from === 'attribute') Object.assign(fields, { publishedAt: time.publishedAt, time: time.time });
  const snippet = snippetIn(view, title);
  if (snippet !== undefined) fields.snippet = snippet;
  return fields;
}

/**
 * The generic snippet (fields/snippet.ts) where the reading settles it, else undefined. The rule passes over the time
 * label, which the reading leaves out: with no line long enough, or no snippet found even with the label's line, there
 * is none; else the snippet found must be the same whichever piece that reads as a time is the label.
 */
function snippetIn(view: BlockView, title: TitleHit): string | null | undefined {
  if (tooShortForSnippet(view, title)) return null;
  const found = snippetOf(view, title);
  if (found === null) return null;
  const { now, times } = view.ctx;
  for (const piece of view.pieces) {
    if (timePartOf(piece.text, now, times) !== null && snippetOf({ ...view, timePiece: piece }, title) !== found) return undefined;
  }
  return found;
}

/**
 * The generic time rules' first (fields/time.ts): the first `<time datetime>` of the block that reads. Each value is
 * read once for the page, so stories of the same date share one reading (and its ISO form, written once by timeHit).
 */
function timeElementHit(view: BlockView, times: TimeOptions): TimeHit | null {
  const now = view.ctx.now;
  for (const el of view.times) {
    const r = remembered('googlenews-datetime', el.getAttribute('datetime') ?? '', (value) => parseMachineTime(value, now, times));
    if (r) return timeHit(collapse(el.textContent ?? '') || null, 'attribute', r);
  }
  return null;
}

/**
 * Whether no line outside the headline could hold a snippet, told from the pieces' lengths without reading any line's
 * text: a line reads as its pieces joined, a space at most between two.
 */
function tooShortForSnippet(view: BlockView, title: TitleHit): boolean {
  const outside = view.pieces.filter((p) => !title.element.contains(p.element));
  for (const p of outside) {
    const line = lineOf(p.element, view.element);
    let length = -1;
    for (const q of outside) if (line.contains(q.element)) length += q.text.length + 1;
    if (length >= SNIPPET_MIN) return false;
  }
  return true;
}
