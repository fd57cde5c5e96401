/** The page's own main story, when it has one: from its metadata (Open Graph, JSON-LD) and its h1. */
import type { PageStory, ParseContext } from './types';
import { textOf } from './text';
import { parseMachineTime } from './time';
import { registrableDomain } from './domain';
import { documentBase, resolveUrl } from './url';
import { isBefore, queryOnce } from './dom';

const ARTICLE_TYPE_NAMES = 'Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report';
const ARTICLE_TYPES = new RegExp(`^(?:${ARTICLE_TYPE_NAMES})$`);
/** JSON text that names one of them as a string ("@type": "NewsArticle"). */
const NAMES_ARTICLE_TYPE = new RegExp(`"(?:${ARTICLE_TYPE_NAMES})"`);

/**
 * The elements that tell whether the page is a story, gathered once rather than queried per meta name: meta elements,
 * JSON-LD scripts and h1s, each in document order.
 */
interface Head {
  metas: Map<string, Element>;
  scripts: Element[];
  h1s: Element[];
}

/** A JSON-LD script, as `script[type="application/ld+json"]` finds it (HTML matches a type in any case). */
const isLinkedData = (script: Element): boolean => (script.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json';
/** A canonical link, as `link[rel="canonical"]` finds it (HTML matches a rel value in any case). */
const isCanonical = (link: Element): boolean => (link.getAttribute('rel') ?? '').toLowerCase() === 'canonical';

// One query per element name: a single type selector is a fast native scan, a list of them is many times slower.
function headOf(doc: Document): Head {
  const metas = new Map<string, Element>();
  for (const el of queryOnce(doc, 'meta')) {
    // The first meta that carries the name in any of the three attributes, as the selector
    // meta[property="x"], meta[name="x"], meta[itemprop="x"] finds it.
    for (const attr of ['property', 'name', 'itemprop']) {
      const value = el.getAttribute(attr);
      if (value !== null && !metas.has(value)) metas.set(value, el);
    }
  }
  return {
    metas,
    scripts: queryOnce(doc, 'script').filter(isLinkedData),
    h1s: queryOnce(doc, 'h1').slice(),
  };
}

function meta(head: Head, ...names: string[]): string | null {
  for (const name of names) {
    const value = head.metas.get(name)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

type Json = Record<string, unknown>;

/**
 * The first JSON-LD object describing an article; broken JSON-LD is skipped, never thrown. Only scripts that name an
 * article type are parsed (an aggregator's item lists and breadcrumbs are most of the JSON-LD on its pages).
 */
function linkedArticle(head: Head): Json | undefined {
  const out: Json[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const obj = node as Json;
      const type = obj['@type'];
      const types = Array.isArray(type) ? type : [type];
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) out.push(obj);
      if (obj['@graph']) visit(obj['@graph']);
    }
  };
  for (const script of head.scripts) {
    const text = script.textContent ?? '';
    if (!NAMES_ARTICLE_TYPE.test(text)) continue;
    try {
      visit(JSON.parse(text));
    } catch {
      /* invalid JSON-LD on the page: ignore it */
    }
    if (out.length) return out[0];
  }
  return undefined;
}

function timeAfter(h1: Element | undefined, times: Element[]): Element | null {
  if (!h1) return null;
  for (const t of times) {
    if (isBefore(h1, t)) return t;
  }
  return null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

export function pageStoryOf(doc: Document, ctx: ParseContext, excluded: Element[]): PageStory | null {
  const head = headOf(doc);
  const ld = linkedArticle(head);
  const h1 = head.h1s.find((h) => !excluded.some((b) => b.contains(h)) && textOf(h));
  const isArticle = !!ld || meta(head, 'og:type') === 'article' || !!h1;
  if (!isArticle) return null;
  // The times with a datetime and the canonical link are looked for only on a page that is a story.
  const times = queryOnce(doc, 'time').filter((el) => el.hasAttribute('datetime'));
  // The first canonical link, from the browser's list of the page's links (most pages have a few dozen).
  const canonical = queryOnce(doc, 'link').find(isCanonical);
  const base = documentBase(doc, ctx.url);
  const publisher = ld?.['publisher'] as Json | undefined;
  const dateText = str(ld?.['datePublished']) ?? meta(head, 'article:published_time', 'datePublished', 'date', 'pubdate');
  // The story's own time: in its article or header, else the first one after its h1.
  const timeEl = times.find((t) => t.parentElement?.closest('article, header')) ?? timeAfter(h1, times);
  const when = dateText ?? (timeEl && !excluded.some((b) => b.contains(timeEl)) ? timeEl.getAttribute('datetime') : null);
  const published = when ? parseMachineTime(when, ctx.now) : null;
  const url = resolveUrl(canonical?.getAttribute('href') ?? meta(head, 'og:url'), base);
  return {
    title: (h1 ? textOf(h1) : null) ?? str(ld?.['headline']) ?? meta(head, 'og:title'),
    // The JSON-LD publisher names the story's outlet; og:site_name may name the portal that re-hosts it.
    source: str(publisher?.['name']) ?? meta(head, 'og:site_name') ?? registrableDomain(ctx.url.toString()),
    publishedAt: published?.publishedAt.toISOString() ?? null,
    url: url ?? resolveUrl(ctx.url.toString(), base),
  };
}
