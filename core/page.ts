/** The page's own main story, when it has one: from its metadata (Open Graph, JSON-LD) and its h1. */
import type { PageStory, ParseContext } from './types';
import { textOf } from './text';
import { parseMachineTime } from './time';
import { registrableDomain } from './domain';
import { documentBase, resolveUrl } from './url';

const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report)$/;

function meta(doc: Document, ...names: string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

type Json = Record<string, unknown>;

/** JSON-LD objects describing an article; broken JSON-LD is skipped, never thrown. */
function linkedArticles(doc: Document): Json[] {
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
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      /* invalid JSON-LD on the page: ignore it */
    }
  }
  return out;
}

function timeAfter(h1: Element | undefined): Element | null {
  if (!h1) return null;
  for (const t of h1.ownerDocument.querySelectorAll('time[datetime]')) {
    if (h1.compareDocumentPosition(t) & 4 /* FOLLOWING */) return t;
  }
  return null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

export function pageStoryOf(doc: Document, ctx: ParseContext, excluded: Element[]): PageStory | null {
  const ld = linkedArticles(doc)[0];
  const h1 = [...doc.querySelectorAll('h1')].find((h) => !excluded.some((b) => b.contains(h)) && textOf(h));
  const isArticle = !!ld || meta(doc, 'og:type') === 'article' || !!h1;
  if (!isArticle) return null;
  const base = documentBase(doc, ctx.url);
  const publisher = ld?.['publisher'] as Json | undefined;
  const dateText = str(ld?.['datePublished']) ?? meta(doc, 'article:published_time', 'datePublished', 'date', 'pubdate');
  // The story's own time: in its article or header, else the first one after its h1.
  const timeEl = doc.querySelector('article time[datetime], header time[datetime]') ?? timeAfter(h1);
  const when = dateText ?? (timeEl && !excluded.some((b) => b.contains(timeEl)) ? timeEl.getAttribute('datetime') : null);
  const published = when ? parseMachineTime(when, ctx.now) : null;
  const url = resolveUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url'), base);
  return {
    title: (h1 ? textOf(h1) : null) ?? str(ld?.['headline']) ?? meta(doc, 'og:title'),
    // The JSON-LD publisher names the story's outlet; og:site_name may name the portal that re-hosts it.
    source: str(publisher?.['name']) ?? meta(doc, 'og:site_name') ?? registrableDomain(ctx.url.toString()),
    publishedAt: published?.publishedAt.toISOString() ?? null,
    url: url ?? resolveUrl(ctx.url.toString(), base),
  };
}
