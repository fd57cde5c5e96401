/**
 * Keeps the badges of one tab right while the page changes: parses the page, watches it, re-reads only what changed,
 * and answers the popup. DOM nodes stay here; only ParseResults leave.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { LivePage } from '../../core/live';
import type { Article, ParseResult } from '../../core/types';
import { sendToBackground, type PageState } from '../../utils/messaging';
import { formatOptionsOf, siteKey, type Settings } from '../../utils/settings';
import { afterLayout, mountOverlay, type OverlayHandle } from './overlay';

/** Lets the page run before Byline continues: a message, not a timer, so background tabs are not slowed to 1 s a step. */
function yieldToPage(): Promise<void> {
  return new Promise((resume) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resume();
    channel.port2.postMessage(0);
  });
}

/** What changes of the page Byline reads again. */
const WATCHED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** When, after the first read, Byline looks again for shadow trees that components attached late. */
const SHADOW_LOOKS_MS = [1500, 5000];

/** New content is read this long after the page stops changing (well inside the 300 ms a reader should wait). */
const SETTLE_MS = 60;

export class Annotator {
  /** Called each time the page's reading changes (the collector listens). */
  onReport: (() => void) | null = null;
  private live: LivePage | null = null;
  private overlay: OverlayHandle | null = null;
  private observer: MutationObserver | null = null;
  private pending: MutationRecord[] = [];
  private timer = 0;
  private url = location.href;
  private hidden = false;
  private highlighted: Element | null = null;
  private updates = 0;
  /** Timings for the benchmark (page attributes data-byline-*-ms). */
  private timings: Record<string, number> = {};
  private reading: Promise<void> = Promise.resolve();
  /** The update running, if any: the next waits for it. */
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: ContentScriptContext,
    private settings: Settings,
    /** When the content script started (performance.now()). */
    private readonly started = performance.now(),
  ) {}

  get siteDisabled(): boolean {
    const key = siteKey(location.href);
    return !!key && this.settings.disabledSites.includes(key);
  }

  state(): PageState {
    return { url: location.href, result: this.live && !this.siteDisabled ? this.live.result() : null, hidden: this.hidden, siteDisabled: this.siteDisabled };
  }

  /** The result for the popup, read fresh if Byline has not run here yet. */
  result(): ParseResult {
    return (this.live ?? new LivePage(document, new URL(location.href), new Date())).result();
  }

  /** Resolves when the page has been read (the popup's questions wait for it rather than see a half-read page). */
  whenRead(): Promise<void> {
    return this.reading;
  }

  async start(): Promise<void> {
    const read = this.read();
    this.reading = read.catch(() => undefined);
    return read;
  }

  private async read(): Promise<void> {
    if (this.siteDisabled) return this.mark(0);
    const t0 = performance.now();
    const url = new URL(location.href);
    const now = new Date();
    // Read in slices, giving the page the main thread between them: a page of thousands of blocks stays responsive.
    const slices = this.slices();
    this.live = new LivePage(document, url, now, false);
    await this.live.resetInSlices(url, now, slices.pause);
    slices.end();
    this.timings.parse = performance.now() - t0;
    this.observer = new MutationObserver((records) => this.queue(records));
    this.observer.observe(document.body, WATCHED);
    this.watchShadowRoots();
    this.ctx.onInvalidated(() => this.stop());
    this.ctx.addEventListener(window, 'popstate', () => this.queue([]));
    this.ctx.addEventListener(window, 'hashchange', () => this.queue([]));
    // Components may attach their shadow trees after Byline's first read, which no mutation of the page tells: a look
    // a little later, and a while later (an update with no changes looks for new shadow roots).
    for (const ms of SHADOW_LOOKS_MS) this.ctx.setTimeout(() => this.queue([]), ms);
    await this.paint();
  }

  /** Changes inside the shadow trees that hold stories are changes of the page: no observer of the body sees them. */
  private watchShadowRoots(): void {
    // Observing a root again only renews its options.
    for (const root of this.live?.shadowRoots() ?? []) this.observer?.observe(root, WATCHED);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
    this.overlay?.remove();
    this.overlay = null;
    this.live = null;
  }

  async applySettings(settings: Settings): Promise<void> {
    const wasDisabled = this.siteDisabled;
    this.settings = settings;
    if (this.siteDisabled && !wasDisabled) {
      this.stop();
      this.mark(0);
      this.report();
    } else if (!this.siteDisabled && wasDisabled) await this.start();
    else await this.paint();
  }

  setHidden(hidden: boolean): PageState {
    this.hidden = hidden;
    void this.paint();
    return this.state();
  }

  highlight(id: string | null): void {
    this.highlighted = id ? (this.live?.elementOf(id) ?? null) : null;
    void this.paint();
  }

  scrollTo(id: string): boolean {
    const element = this.live?.elementOf(id);
    if (!element) return false;
    // No animation for readers who asked for less motion, nor in a tab that is not being looked at.
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches || document.hidden;
    element.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
    this.highlight(id);
    return true;
  }

  /** Pauses for a read in slices that time each slice (the benchmark's long-task figure); end() times the last. */
  private slices(): { pause: () => Promise<void>; end: () => void } {
    let start = performance.now();
    return {
      pause: async () => {
        this.longest(performance.now() - start);
        await yieldToPage();
        start = performance.now();
      },
      end: () => this.longest(performance.now() - start),
    };
  }

  private queue(records: MutationRecord[]): void {
    this.pending.push(...records);
    clearTimeout(this.timer);
    // One update at a time: one read in slices may still be running when the next changes settle.
    this.timer = window.setTimeout(() => {
      this.flushing = this.flushing.then(() => this.flush()).catch((err) => console.warn('Byline could not update this page:', err));
    }, SETTLE_MS);
  }

  private async flush(): Promise<void> {
    const live = this.live;
    if (!live) return;
    const records = this.pending.splice(0);
    const now = new Date();
    const t0 = performance.now();
    const slices = this.slices();
    if (location.href !== this.url) {
      // A single-page navigation: the page is another one now.
      this.url = location.href;
      live.reset(new URL(location.href), now);
    } else {
      // A page read whole again (its stories in shadow trees) is read in slices, as at first.
      const change = await live.updateInSlices(records, new URL(location.href), now, slices.pause);
      this.watchShadowRoots();
      if (change.upserted.length === 0 && change.removed.length === 0) return;
    }
    slices.end();
    this.timings.update = performance.now() - t0;
    this.watchShadowRoots();
    this.updates++;
    await this.paint();
  }

  private async paint(): Promise<void> {
    const live = this.live;
    if (!live) return;
    const result = live.result();
    const entries = result.articles.flatMap((article: Article) => {
      const element = live.elementOf(article.id);
      return element ? [{ article, element }] : [];
    });
    if (result.layout.kind === 'aggregator' && !this.overlay) {
      const overlay = await mountOverlay(this.ctx);
      // Turned off on the site while the overlay was mounting: it is not shown.
      if (this.live !== live) return overlay.remove();
      this.overlay = overlay;
    }
    const t0 = performance.now();
    this.overlay?.show({
      entries: result.layout.kind === 'aggregator' ? entries : [],
      now: new Date(result.capturedAt),
      hidden: this.hidden,
      highlight: this.highlighted?.isConnected ? this.highlighted : null,
      look: { display: this.settings.timeDisplay, style: this.settings.badgeStyle, options: formatOptionsOf(this.settings) },
    });
    this.longest(performance.now() - t0);
    await afterLayout();
    // Turned off on the site (or started afresh) while the badges were laid out: this paint's count is no longer the
    // page's, and the mark set since stands.
    if (this.live !== live) return;
    this.mark(result.layout.kind === 'aggregator' && !this.hidden ? entries.length : 0);
    this.report();
  }

  /** The longest stretch Byline ran without yielding to the page (the benchmark's long-task figure). */
  private longest(ms: number): void {
    this.timings.longest = Math.max(this.timings.longest ?? 0, ms);
  }

  private report(): void {
    this.onReport?.();
    const result = this.state().result;
    sendToBackground({ type: 'byline:parsed', count: result?.articles.length ?? 0, kind: result?.layout.kind ?? 'other' }).catch(() => {
      /* the background may be waking up; the popup asks the page directly anyway */
    });
  }

  /** Tests and scripts wait for these marks: annotation is finished, with this many badges, after this many updates. */
  private mark(badges: number): void {
    const root = document.documentElement;
    root.setAttribute('data-byline', 'done');
    root.setAttribute('data-byline-badges', String(badges));
    root.setAttribute('data-byline-updates', String(this.updates));
    this.timings.ready ??= performance.now() - this.started;
    // On the page's clock (content scripts share it): the benchmark tells the page's own load from Byline's work.
    this.timings.start ??= this.started;
    for (const [name, ms] of Object.entries(this.timings)) root.setAttribute(`data-byline-${name}-ms`, ms.toFixed(1));
  }
}
