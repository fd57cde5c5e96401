import type { Budget } from './budget';
import type { Steps } from './steps';
import type { TimeOptions } from './time';
import type { TitleHit } from './fields/title';

/** The one value every surface reads: overlay, popup, export and CLI. See README "ParseResult". */
export const SCHEMA_VERSION = 1 as const;

export type LayoutKind = 'aggregator' | 'article' | 'other';
export type TimeFrom = 'attribute' | 'structured' | 'text';

export interface ArticleSource {
  name: string | null;
  /** Registrable domain of the article link, e.g. "rt.com". */
  domain: string | null;
  /** True when the displayed name and the link's domain clearly disagree. */
  mismatch: boolean;
}

export interface ArticleTime {
  text: string | null;
  from: TimeFrom | null;
  earliest: string | null;
  latest: string | null;
}

export interface Article {
  id: string;
  position: number;
  section: string | null;
  title: string;
  url: string | null;
  source: ArticleSource;
  publishedAt: string | null;
  time: ArticleTime;
  snippet: string | null;
  author: string | null;
  imageUrl: string | null;
  sponsored: boolean;
}

export interface PageStory {
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  url: string | null;
}

export interface ParseResult {
  schemaVersion: typeof SCHEMA_VERSION;
  url: string;
  capturedAt: string;
  layout: { kind: LayoutKind; adapter: string | null; confidence: number };
  page: PageStory | null;
  warnings: string[];
  articles: Article[];
}

export interface ParseContext {
  url: URL;
  now: Date;
  /** Stops the parse early when spent (parsePage makes one of DEFAULT_BUDGET_MS when none is given). */
  budget?: Budget;
  /**
   * Reads the page with this adapter instead of the one its URL picks: `npm run accuracy` reads every corpus page with
   * the generic detector alone too, as if it came from a site Byline has no adapter for.
   */
  adapter?: Adapter;
  /**
   * How the page writes its times: the zone of clock times without one and the order of numeric dates, from the site's
   * adapter or the page's language. parsePage works it out; the detector reads time labels with it ("hoje, 20h30" is
   * today in Brasília, which in UTC may already be tomorrow).
   */
  times?: TimeOptions;
}

/** A block found on the page: the element that holds one story, and the section heading it sits under. */
export interface Block {
  element: Element;
  section: string | null;
  /**
   * The element just after the block that carries its time, when the page splits a story in two (a link aggregator's
   * headline row, then its "3 hours ago by … | 12 comments" row).
   */
  meta?: Element;
  /**
   * Elements inside the block that are stories of their own (a lead card's list of the story's related stories, each
   * with its outlet and time): the block's fields are read without them.
   */
  nested?: Element[];
}

export interface Adapter {
  id: string;
  label: string;
  /**
   * Hosts this adapter claims: a host matches itself and its subdomains; "google.*" matches google under any public
   * suffix and its www host (google.com, www.google.co.nz), not its other subdomains. Empty for the generic detector.
   */
  hosts: string[];
  /** When set, only URLs whose path matches are claimed (e.g. /search on a search engine). */
  paths?: RegExp;
  /** Manifest match patterns where the content script runs by itself for this site. */
  matches: string[];
  /** Example page URLs; a test checks each is claimed by this adapter and no other. */
  examples: string[];
  /** The site's zone for times written without one, in minutes east of UTC (default 0: UTC). */
  zoneOffsetMinutes?: number;
  /** The site's IANA zone, for sites in a zone with daylight saving time; wins over zoneOffsetMinutes. */
  timeZone?: string;
  /**
   * Finds the story blocks of the page, in page order; with `scope`, those inside it (the live overlay re-reads only
   * what changed). Adapters that cannot narrow their search may ignore scope: their blocks are filtered to it.
   */
  blocks(doc: Document, ctx: ParseContext, scope?: Element): Block[];
  /**
   * The same search as `blocks` over the whole page, as steps with pauses between them (core/steps.ts): for adapters
   * that may face thousands of blocks, so that the content script can give the page the main thread while they look.
   */
  blockSteps?(doc: Document, ctx: ParseContext): Steps<Block[]>;
  /**
   * The block's headline (its text, the element that holds it, its link), where the site's markup says which it is: the
   * generic rules then look over the block only for the fields that refine leaves to them. Null leaves the headline to
   * the generic rules too (a block of a markup the adapter does not know).
   */
  headline?(block: Block, ctx: ParseContext): TitleHit | null;
  /**
   * Mends the generic reading of one block where the site's markup needs it (time in a sibling row, etc.); null drops
   * the block (it is not a story after all).
   */
  refine?(article: Article, block: Block, ctx: ParseContext): Article | null;
  /**
   * Set when refine reads the generic fields only from its `article` argument, never from a copy it made of it: it is
   * then handed the generic reading with each field worked out when first read (core/fields/article.ts), so the
   * fields it replaces unread cost nothing.
   */
  refinesLazily?: boolean;
}
