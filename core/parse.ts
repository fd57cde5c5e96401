/** parsePage(doc, ctx): pick the adapter, find the blocks, read each block's fields, return one ParseResult. */
import { SCHEMA_VERSION, type Adapter, type Article, type Block, type ParseContext, type ParseResult } from './types';
import { adapterFor } from './registry';
import { Budget } from './budget';
import { isDayFirst, type TimeOptions } from './time';
import { documentBase } from './url';
import { languageOfScript, namesRegion, zoneOfHost, zoneOfLanguage } from './language-zone';
import { withoutSmallScreenCopies } from './small-screen-copies';
import { pageStoryOf } from './page';
import { inParse } from './memo';
import { BLOCKS_PER_STEP, runSteps, type Steps } from './steps';
import { viewOf } from './fields/view';
import { titleOf } from './fields/title';
import { completeArticle, GenericArticle } from './fields/article';
import { withCarriedDates } from './fields/carried-dates';
import { composedCopy, FEW_LIGHT_STORIES, hasDeclarativeShadowRoots, openShadowRoots, type ComposedCopy } from './shadow';
import { hasRuledRuns, ruledCopy } from './ruled-runs';
import { asOriginal, servedUrl } from './page-copies';

export interface ParsedPage {
  result: ParseResult;
  /** Each article's block element, by article id: the content script anchors badges to these. */
  elements: Map<string, Element>;
  /** The time row of each block whose story is split in two (Block.meta), by block element: a live page keeps them. */
  metas: Map<Element, Element>;
  /** How the page writes its times, as the parse found (a live page reads its new blocks the same way). */
  times?: TimeOptions;
  /**
   * Whether stories of the page sit in shadow trees (it was read from its composed copy), and the live page's open
   * shadow roots: changes inside them are changes of the page.
   */
  composed?: boolean;
  shadowRoots?: ShadowRoot[];
}

export function parsePage(doc: Document, ctx: ParseContext): ParseResult {
  return parsePageWithBlocks(doc, ctx).result;
}

export function parsePageWithBlocks(doc: Document, context: ParseContext, live = false): ParsedPage {
  return runSteps(parseSteps(doc, context, live));
}

/**
 * The whole parse, step by step: run it at once (parsePageWithBlocks) or in slices (LivePage.resetInSlices). A page
 * whose stories sit in shadow trees is read from its composed copy (core/shadow.ts): a saved page's declarative shadow
 * roots (one query finds them), or a live page's attached ones (a walk over every element finds them, so only a live
 * page that shows few stories of its own is searched). The elements returned are the page's own either way.
 */
export function* parseSteps(doc: Document, context: ParseContext, live = false): Steps<ParsedPage> {
  // An archive's capture or a translation proxy's page is read as the page it copies (core/page-copies.ts).
  const ctx: ParseContext = { ...asOriginal(context), budget: context.budget ?? new Budget() };
  if (!live) return yield* orRuledRunsSteps(doc, ctx, yield* parseCopySteps(doc, ctx, hasDeclarativeShadowRoots(doc), []));
  const light = yield* parseDocSteps(doc, ctx);
  if (light.result.articles.length >= FEW_LIGHT_STORIES) return light;
  const shadowRoots = openShadowRoots(doc);
  return yield* orRuledRunsSteps(doc, ctx, shadowRoots.length ? yield* parseCopySteps(doc, ctx, true, shadowRoots) : light);
}

/**
 * The parse, or, when it found no list and the page writes runs of text between rules, the parse of the copy that
 * wraps each run (core/ruled-runs.ts) if that finds more stories.
 */
function* orRuledRunsSteps(doc: Document, ctx: ParseContext, parsed: ParsedPage): Steps<ParsedPage> {
  if (parsed.result.articles.length >= 2 || parsed.composed || ctx.budget?.spent() || !hasRuledRuns(doc)) return parsed;
  const copy = ruledCopy(doc);
  yield;
  const ruled = yield* parseDocSteps(copy.doc, ctx);
  return ruled.result.articles.length > parsed.result.articles.length ? { ...onOriginals(ruled, copy), composed: true } : parsed;
}

/** The parse of the page, or of its composed copy when it has shadow trees to read. */
function* parseCopySteps(doc: Document, ctx: ParseContext, shadowed: boolean, shadowRoots: ShadowRoot[]): Steps<ParsedPage> {
  if (!shadowed) return yield* parseDocSteps(doc, ctx);
  const copy = composedCopy(doc);
  yield;
  const parsed = yield* parseDocSteps(copy.doc, ctx);
  return { ...onOriginals(parsed, copy), composed: holdsShadowContent(parsed.elements, copy, doc), shadowRoots };
}

/** Finds the blocks of a document and reads them. */
function* parseDocSteps(doc: Document, context: ParseContext): Steps<ParsedPage> {
  const found = yield* detectSteps(doc, context);
  const elements = new Map<string, Element>();
  const articles = yield* readSteps(found.blocks, doc, found.ctx, elements, found.adapter);
  return assembleResult(doc, found, articles, elements);
}

/** Whether a story's block is, or holds, an element of a shadow tree (not only a widget of the page is one). */
function holdsShadowContent(blocks: Map<string, Element>, copy: ComposedCopy, doc: Document): boolean {
  const inShadow = (el: Element): boolean => (copy.originalOf.get(el) ?? el).getRootNode() !== doc;
  for (const block of blocks.values()) {
    if (inShadow(block)) return true;
    const walker = copy.doc.createTreeWalker(block, 1 /* SHOW_ELEMENT */);
    for (let el = walker.nextNode(); el; el = walker.nextNode()) if (inShadow(el as Element)) return true;
  }
  return false;
}

/** A parse of a composed copy, its elements the page's own. */
function onOriginals(parsed: ParsedPage, copy: ComposedCopy): ParsedPage {
  const original = (el: Element): Element => copy.originalOf.get(el) ?? el;
  const elements = new Map([...parsed.elements].map(([id, el]) => [id, original(el)]));
  const metas = new Map([...parsed.metas].map(([el, meta]) => [original(el), original(meta)]));
  return { ...parsed, elements, metas };
}

/** The first step of a parse: the adapter that claims the page, and the blocks it finds. */
export interface Detection {
  ctx: ParseContext;
  adapter: Adapter;
  blocks: Block[];
  warnings: string[];
}

function* detectSteps(doc: Document, context: ParseContext): Steps<Detection> {
  const adapter = context.adapter ?? adapterFor(context.url);
  const ctx: ParseContext = { ...context, budget: context.budget ?? new Budget(), times: context.times ?? timeOptionsOf(doc, adapter, context.url) };
  const warnings: string[] = [];
  let blocks: Block[] = [];
  try {
    // Only adapters that can face thousands of blocks (the generic detector) offer pauses while they look.
    blocks = adapter.blockSteps ? yield* adapter.blockSteps(doc, ctx) : adapter.blocks(doc, ctx);
  } catch (err) {
    warnings.push(`The ${adapter.label} adapter failed on this page: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { ctx, adapter, blocks, warnings };
}

/** The last step: the page's own story, its layout, and the ParseResult around the articles read from the blocks. */
export function assembleResult(doc: Document, found: Detection, articles: Article[], elements: Map<string, Element>): ParsedPage {
  const { ctx, adapter } = found;
  const warnings = [...found.warnings];
  const page = inParse(() => pageStoryOf(doc, ctx, found.blocks.map((b) => b.element)));
  if (ctx.budget?.exceeded) {
    warnings.push(`Byline stopped reading this page after ${ctx.budget.ms} ms; the list of articles may be incomplete.`);
  }
  const kind = articles.length >= 2 ? 'aggregator' : page ? 'article' : 'other';
  const result: ParseResult = {
    schemaVersion: SCHEMA_VERSION,
    url: servedUrl(ctx.url).toString(),
    capturedAt: ctx.now.toISOString(),
    layout: { kind, adapter: kind === 'aggregator' ? adapter.id : null, confidence: confidenceOf(kind, articles) },
    page,
    warnings,
    articles,
  };
  const metas = new Map<Element, Element>();
  for (const block of found.blocks) if (block.meta) metas.set(block.element, block.meta);
  return { result, elements, metas, times: ctx.times };
}

export function articlesOf(blocks: Block[], doc: Document, ctx: ParseContext, elements?: Map<string, Element>, adapter?: Adapter): Article[] {
  // Read on its own (the live page re-reading a few blocks), it is a parse of its own.
  return runSteps(readSteps(blocks, doc, ctx, elements, adapter));
}

/**
 * How a page writes its times: a site adapter knows its site's zone; without one, the region of the page's language
 * tag may tell it ("fr-SN"), else its country's domain (a French page at "….sn" is Senegal's, an Indian portal with no
 * language tag at "….in"), else its language alone ("de").
 */
export function timeOptionsOf(doc: Document, adapter?: Adapter, url?: URL): TimeOptions {
  // A page without a language tag (an XHTML page may give only xml:lang) is in the language its title's script tells,
  // where one does.
  const root = doc.documentElement;
  const lang = root?.getAttribute('lang') || root?.getAttribute('xml:lang') || languageOfScript(doc.title);
  const knowsZone = adapter?.timeZone !== undefined || adapter?.zoneOffsetMinutes !== undefined;
  const host = url ? zoneOfHost(url.hostname) : undefined;
  return {
    zoneOffsetMinutes: adapter?.zoneOffsetMinutes,
    timeZone: knowsZone ? adapter?.timeZone : namesRegion(lang) ? (zoneOfLanguage(lang) ?? host) : (host ?? zoneOfLanguage(lang)),
    dayFirst: isDayFirst(lang),
    monthDay: MONTH_DAY_LANGUAGE.test(lang ?? ''),
    dottedClock: DOTTED_CLOCK_LANGUAGE.test(lang ?? ''),
  };
}

/** Languages whose pages write a list's dates as "06-11" (month and day). */
const MONTH_DAY_LANGUAGE = /^(?:zh|za|ja|ko)(?:-|$)/i;
/** Languages whose pages write a list's clock times as "15.05". */
const DOTTED_CLOCK_LANGUAGE = /^(?:fi|da|nb|nn|no|sv|se|sl)(?:-|$)/i;

/** Reads the blocks' articles, a few blocks a step. */
function* readSteps(blocks: Block[], doc: Document, ctx: ParseContext, elements?: Map<string, Element>, adapter?: Adapter): Steps<Article[]> {
  const base = documentBase(doc, ctx.url);
  const timeOptions = ctx.times ?? timeOptionsOf(doc, adapter, ctx.url);
  const ids = new Set<string>();
  const articles: Article[] = [];
  // Each article's block: a day written above a clock time carries down to it (withCarriedDates).
  const elementsRead: Element[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (i % BLOCKS_PER_STEP === 0) yield;
    const block = blocks[i]!;
    if (ctx.budget?.spent()) break;
    // A site adapter may name the headline itself: the block's view is then built only if a field needs it.
    const named = adapter?.headline?.(block, ctx) ?? null;
    const view = named ? null : viewOf(block, ctx, base);
    // With no title the generic rules see no story; a site adapter may still know better (a one-word headline).
    const title = named ?? (view && titleOf(view)) ?? (adapter?.refine ? { title: '', element: block.element, url: null } : null);
    if (!title) continue;
    const id = uniqueId(`${title.url ?? ''}\n${title.title}`, ids);
    const generic = new GenericArticle(id, articles.length + 1, block.section, view ?? (() => viewOf(block, ctx, base)), title, timeOptions);
    let refined: Article | null = generic;
    if (adapter?.refine) {
      // A refine that may read fields from its own copies gets every field worked out first. One that fails on a
      // block it did not foresee leaves the block its generic reading, and the page its other articles.
      try {
        refined = adapter.refine(adapter.refinesLazily ? generic : completeArticle(generic, generic), block, ctx);
      } catch {
        refined = generic;
      }
    }
    if (!refined?.title) continue;
    elements?.set(generic.id, block.element);
    articles.push(completeArticle(refined, generic, articles.length + 1));
    elementsRead.push(block.element);
  }
  const read = withCarriedDates(articles, elementsRead, ctx.now, timeOptions);
  const once = withoutSmallScreenCopies(read, elementsRead);
  if (once !== read && elements) {
    const kept = new Set(once.map((a) => a.id));
    for (const a of read) if (!kept.has(a.id)) elements.delete(a.id);
  }
  return once;
}

function confidenceOf(kind: ParseResult['layout']['kind'], articles: Article[]): number {
  if (kind !== 'aggregator') return kind === 'article' ? 0.6 : 0.5;
  const dated = articles.filter((a) => a.publishedAt).length / articles.length;
  const sourced = articles.filter((a) => a.source.name && a.source.name !== a.source.domain).length / articles.length;
  const size = Math.min(articles.length, 5) / 5;
  return Math.round((0.4 + 0.2 * size + 0.2 * dated + 0.2 * sourced) * 100) / 100;
}

const DIGITS_36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/** `n.toString(36)` for a non-negative integer, without the engine's general (and slower) radix conversion. */
function base36(n: number): string {
  let out = '';
  do {
    out = DIGITS_36[n % 36]! + out;
    n = Math.floor(n / 36);
  } while (n > 0);
  return out;
}

/** A short stable id from the article's link and title (FNV-1a), unique within the result. */
function uniqueId(key: string, taken: Set<string>): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  const base = `a${base36(h >>> 0)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
