/** What makes two sightings the same story: the canonical link when there is one, else the source and the title. */
import type { StoredArticle } from './types';

export function collectionKey(article: Pick<StoredArticle, 'url' | 'title' | 'source'>): string {
  const url = article.url ? canonicalUrl(article.url) : null;
  if (url) return `url:${url}`;
  const source = article.source.name ?? article.source.domain ?? '';
  return `title:${folded(source)}|${folded(article.title)}`;
}

/**
 * The link as an identity: scheme, "www.", the fragment, a trailing slash and a default port do not make another
 * story (the parser has already removed tracking parameters and unwrapped redirects). Null for anything but http(s).
 */
export function canonicalUrl(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.replace(/^www\./, '');
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : '';
  return `${host}${url.port ? `:${url.port}` : ''}${path}${url.search}`;
}

/** Case, accents, punctuation spacing and runs of white space do not make another title. */
function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
