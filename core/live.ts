/**
 * Keeps a page's articles current while the page changes (infinite scroll, "load more", in-place replacement, recycled
 * rows of virtualised lists) by re-reading only what changed. Pure: the caller owns the MutationObserver and hands the
 * records over; this decides which blocks appeared, changed or went away.
 */
import { Budget } from './budget';
import { articlesOf, assembleResult, parsePageWithBlocks, parseSteps, timeOptionsOf, type Detection, type ParsedPage } from './parse';
import { runStepsInSlices } from './steps';
import { inParse } from './memo';
import { adapterFor } from './registry';
import type { Adapter, Article, Block, ParseContext, ParseResult } from './types';
import type { TimeOptions } from './time';
import { isBefore } from './dom';
import { asOriginal, originalOf } from './page-copies';
import { FEW_LIGHT_STORIES, openShadowRoots } from './shadow';

/** The time one update may take before it stops and leaves the rest for the next. */
export const UPDATE_BUDGET_MS = 150;
/** A parse read in slices never holds the tab, so it may take longer in all before it stops. */
export const SLICED_BUDGET_MS = 5000;

export interface LiveChange {
  /** Blocks that have a (new or re-read) article now. */
  upserted: Array<{ element: Element; article: Article }>;
  /** Blocks that no longer exist or no longer hold a story. */
  removed: Element[];
}

export class LivePage {
  private adapter: Adapter;
  private base: ParseResult;
  /** How the page writes its times, as its last full parse found (the zone it states, its language's). */
  private times: TimeOptions | undefined;
  private readonly byElement = new Map<Element, Article>();
  private readonly sectionOf = new Map<Element, string | null>();
  /** The time row of each block whose story is split in two (Block.meta), and those rows themselves. */
  private readonly metaOf = new Map<Element, Element>();
  private readonly metaRows = new Set<Element>();
  /** Article id → block element, as of the last result(). */
  private elementById = new Map<string, Element>();
  /**
   * Whether stories of the page sit in shadow trees, as of the last full read (core/shadow.ts), and the open shadow
   * roots it found: the caller watches them too.
   */
  private composed = false;
  private roots: ShadowRoot[] = [];

  /** With `parseNow` false the page is read later, by reset() or resetInSlices(). */
  constructor(
    private readonly doc: Document,
    url: URL,
    now: Date,
    parseNow = true,
  ) {
    this.adapter = adapterFor(originalOf(url));
    this.base = parseNow ? this.reset(url, now).result : assembleResult(doc, detectBlocksNone(url, now), [], new Map()).result;
  }

  /** Reads the whole page again (first load, or a navigation that replaced it). */
  reset(url: URL, now: Date): { result: ParseResult; change: LiveChange } {
    return this.adopt(url, parsePageWithBlocks(this.doc, { url, now }, true));
  }

  /**
   * Reads the whole page like reset(), but its blocks a slice of about `sliceMs` at a time with `pause()` between the
   * slices, so that a page of thousands of blocks never holds the tab for long.
   */
  async resetInSlices(url: URL, now: Date, pause: () => Promise<void>, sliceMs = 20): Promise<{ result: ParseResult; change: LiveChange }> {
    const steps = parseSteps(this.doc, { url, now, budget: new Budget(SLICED_BUDGET_MS) }, true);
    return this.adopt(url, await runStepsInSlices(steps, pause, sliceMs));
  }

  /** The page's open shadow roots, as of the last full read (none on most pages): changes inside them count too. */
  shadowRoots(): ShadowRoot[] {
    return this.roots;
  }

  private adopt(url: URL, { result, elements, metas, times, composed, shadowRoots }: ParsedPage): { result: ParseResult; change: LiveChange } {
    this.times = times;
    this.composed = !!composed;
    this.roots = shadowRoots ?? [];
    const removed = [...this.byElement.keys()];
    this.byElement.clear();
    this.sectionOf.clear();
    this.metaOf.clear();
    this.metaRows.clear();
    for (const [element, meta] of metas) this.keepMeta(element, meta);
    this.adapter = adapterFor(originalOf(url));
    const upserted: LiveChange['upserted'] = [];
    for (const article of result.articles) {
      const element = elements.get(article.id);
      if (!element) continue;
      this.byElement.set(element, article);
      this.sectionOf.set(element, article.section);
      upserted.push({ element, article });
    }
    this.base = result;
    return { result: this.result(), change: { upserted, removed: removed.filter((e) => !this.byElement.has(e)) } };
  }

  /** The page's ParseResult as it stands: every current block, in page order. */
  result(): ParseResult {
    // Elements of different shadow trees have no document order: a composed page keeps its read's order.
    const entries = this.composed ? [...this.byElement] : [...this.byElement].sort(([a], [b]) => (isBefore(a, b) ? -1 : 1));
    this.elementById = new Map();
    const articles = entries.map(([element, article], i) => {
      let id = article.id;
      for (let n = 2; this.elementById.has(id); n++) id = `${article.id}-${n}`;
      this.elementById.set(id, element);
      return { ...article, id, position: i + 1 };
    });
    const kind = articles.length >= 2 ? 'aggregator' : this.base.page ? 'article' : 'other';
    return {
      ...this.base,
      layout: { ...this.base.layout, kind, adapter: kind === 'aggregator' ? this.adapter.id : null },
      articles,
    };
  }

  /** The block element of an article id in the last result(). */
  elementOf(id: string): Element | null {
    return this.elementById.get(id) ?? null;
  }

  /** Applies a batch of DOM mutations: re-reads changed blocks, reads new ones, drops removed ones. */
  update(records: MutationRecord[], url: URL, now: Date): LiveChange {
    if (this.needsWholeRead(records)) {
      const before = new Map(this.byElement);
      return changedSince(before, this.reset(url, now).change);
    }
    // Changes inside shadow trees that bring no story (a widget's) are none of the page's stories.
    const light = records.filter((r) => r.target.getRootNode() === this.doc);
    // One parse for the whole batch: what it learns about the page (its widgets, its base URL) is learnt once.
    return inParse(() => this.applyUpdate(light, url, now));
  }

  /** Like update(), but a page read whole again is read in slices with `pause()` between them (see resetInSlices). */
  async updateInSlices(records: MutationRecord[], url: URL, now: Date, pause: () => Promise<void>): Promise<LiveChange> {
    if (!this.needsWholeRead(records)) return this.update(records, url, now);
    const before = new Map(this.byElement);
    return changedSince(before, (await this.resetInSlices(url, now, pause)).change);
  }

  /**
   * Whether the changes call for reading the page whole again: its stories sit in shadow trees (their blocks are spread
   * over them, where the search for a new block's list cannot follow); or no change was seen and components have
   * attached shadow trees since (which no mutation tells); or the changes added a shadow tree's first stories (a link
   * inside one, or an element that hosts one).
   */
  private needsWholeRead(records: MutationRecord[]): boolean {
    if (this.composed) return true;
    // A page that shows many stories outside shadow trees is not searched for more in them (see FEW_LIGHT_STORIES).
    if (!this.roots.length && this.byElement.size >= FEW_LIGHT_STORIES) return false;
    if (records.length === 0) return !sameRoots(openShadowRoots(this.doc), this.roots);
    return records.some((r) => addsShadowStory(r, this.doc));
  }

  private applyUpdate(records: MutationRecord[], url: URL, now: Date): LiveChange {
    const read = asOriginal({ url, now });
    const ctx: ParseContext = { ...read, budget: new Budget(UPDATE_BUDGET_MS), times: this.times ?? timeOptionsOf(this.doc, this.adapter, read.url) };
    const change: LiveChange = { upserted: [], removed: [] };
    for (const element of [...this.byElement.keys()]) {
      if (!element.isConnected) {
        this.byElement.delete(element);
        this.sectionOf.delete(element);
        change.removed.push(element);
      }
    }
    const dirty = new Set<Element>();
    const added: Element[] = [];
    for (const record of records) {
      const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      if (!target?.isConnected) continue;
      const known = this.knownBlockOf(target);
      if (known) {
        dirty.add(known);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && (node as Element).isConnected && !this.isOwn(node as Element)) added.push(node as Element);
      }
    }
    for (const element of dirty) this.reread(element, ctx, change);
    const batch = new Set<Element>();
    for (const root of topmost(added)) {
      if (ctx.budget?.spent()) break;
      this.readNew(root, ctx, change, batch);
    }
    return change;
  }

  private isOwn(el: Element): boolean {
    return el.tagName.startsWith('BYLINE-');
  }

  private knownBlockOf(el: Element): Element | null {
    for (let e: Element | null = el; e && e !== this.doc.body; e = e.parentElement) if (this.byElement.has(e)) return e;
    return null;
  }

  private read(blocks: Block[], ctx: ParseContext): Array<{ element: Element; article: Article }> {
    const elements = new Map<string, Element>();
    const articles = articlesOf(blocks, this.doc, ctx, elements, this.adapter);
    const metas = new Map(blocks.flatMap((b) => (b.meta ? [[b.element, b.meta] as const] : [])));
    return articles.flatMap((article) => {
      const element = elements.get(article.id);
      if (!element) return [];
      const meta = metas.get(element);
      if (meta) this.keepMeta(element, meta);
      return [{ element, article }];
    });
  }

  private keepMeta(element: Element, meta: Element): void {
    this.metaOf.set(element, meta);
    this.metaRows.add(meta);
  }

  /** A known block whose content changed (a recycled row showing another story): read it again. */
  private reread(element: Element, ctx: ParseContext, change: LiveChange): void {
    const [hit] = this.read([{ element, section: this.sectionOf.get(element) ?? null, meta: this.metaOf.get(element) }], ctx);
    if (hit) {
      this.byElement.set(element, hit.article);
      change.upserted.push(hit);
    } else {
      this.byElement.delete(element);
      this.sectionOf.delete(element);
      change.removed.push(element);
    }
  }

  /**
   * New content: a sibling of known blocks is read as a block of that list; anything else is searched for lists of
   * its own (a page of results), then together with its siblings (the first blocks of a new list). `batch` holds the
   * blocks this update has read so far.
   */
  private readNew(root: Element, ctx: ParseContext, change: LiveChange, batch: Set<Element>): void {
    const parent = root.parentElement;
    // The time row of a story read just before it (a split story arrives as its two rows), or a block this batch has
    // read already (found by the search of an earlier new element's list).
    if (!parent || this.metaRows.has(root) || batch.has(root)) return;
    let sibling: Element | null = parent.firstElementChild;
    while (sibling && (sibling === root || !this.byElement.has(sibling))) sibling = sibling.nextElementSibling;
    // In a list of split stories, a new headline row has its time in the row after it.
    const meta = sibling && this.metaOf.has(sibling) ? root.nextElementSibling ?? undefined : undefined;
    let hits = sibling ? this.read([{ element: root, section: this.sectionOf.get(sibling) ?? null, meta }], ctx) : [];
    if (hits.length === 0) hits = this.read(this.blocksIn(root, ctx), ctx);
    if (hits.length === 0) hits = this.read(this.blocksIn(parent, ctx).filter((b) => !this.byElement.has(b.element)), ctx);
    for (const hit of hits) {
      if (this.byElement.has(hit.element) && !root.contains(hit.element)) continue;
      this.byElement.set(hit.element, hit.article);
      this.sectionOf.set(hit.element, hit.article.section);
      change.upserted.push(hit);
      batch.add(hit.element);
    }
  }

  private blocksIn(scope: Element, ctx: ParseContext): Block[] {
    try {
      return this.adapter.blocks(this.doc, ctx, scope).filter((b) => scope.contains(b.element));
    } catch {
      return [];
    }
  }
}

/** An empty detection, for a page not read yet. */
function detectBlocksNone(url: URL, now: Date): Detection {
  return { ctx: asOriginal({ url, now }), adapter: adapterFor(originalOf(url)), blocks: [], warnings: [] };
}

/** Whether a change added, inside a shadow tree, an element with a link, or anywhere an element that hosts a shadow tree. */
function addsShadowStory(record: MutationRecord, doc: Document): boolean {
  const inShadow = record.target.getRootNode() !== doc;
  for (const node of record.addedNodes) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (inShadow && (el.matches('a[href]') || el.querySelector('a[href]'))) return true;
    const walker = doc.createTreeWalker(el, 1 /* SHOW_ELEMENT */);
    for (let e: Node | null = el; e; e = walker.nextNode()) if ((e as Element).shadowRoot) return true;
  }
  return false;
}

function sameRoots(a: ShadowRoot[], b: ShadowRoot[]): boolean {
  return a.length === b.length && a.every((root, i) => root === b[i]);
}

/** The change of reading the page whole again: only the blocks whose article is new or reads differently. */
function changedSince(before: Map<Element, Article>, change: LiveChange): LiveChange {
  return { upserted: change.upserted.filter((hit) => !sameArticle(before.get(hit.element), hit.article)), removed: change.removed };
}

/**
 * Whether a block's article reads the same as before, its place in the list aside, and a relative time read at another
 * moment ("5 hours ago" is the same text, a later instant).
 */
function sameArticle(before: Article | undefined, after: Article): boolean {
  const key = (a: Article) => JSON.stringify({ ...a, position: 0, publishedAt: null, time: a.time.from === 'text' ? a.time.text : a.time, at: a.time.from === 'text' ? null : a.publishedAt });
  return !!before && key(before) === key(after);
}

/** The elements not inside another one of the list. */
function topmost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}
