/**
 * Markdown export, for notes and for pasting: a heading with the page, the capture time, then one list item per article
 * (linked title — source · time · section). Page text is escaped so it reads as text in CommonMark and GitHub Flavored
 * Markdown: it never becomes emphasis, code, HTML, a heading or list, a table cell, or a link. Only http(s) addresses
 * are written as links.
 */
import type { Article, ParseResult } from '../types';
import { collapse } from '../text';
import { isHttpUrl } from '../url';

/** Characters that open inline markup (emphasis, code, links, HTML, strikethrough, table cells, heading closers). */
const INLINE_MARKUP = /[\\`*_[\]<>|~#]/g;

/** Page text as Markdown text: one line, every markup character backslash-escaped. */
export function escapeMarkdown(text: string): string {
  return (
    collapse(text)
      .replace(INLINE_MARKUP, '\\$&')
      // An entity reference (&amp; &#60;) would be decoded; the text meant the characters themselves.
      .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
      // GFM turns bare https://…, www.… and name@host into links; an escaped character breaks each pattern.
      .replace(/:\/\//g, '\\://')
      .replace(/\b(www)\./gi, '$1\\.')
      .replace(/@/g, '\\@')
      // At the start of a line (a list item's text), "- ", "+ ", "1. " or "1) " would open a list, "---" a rule.
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/**
 * An http(s) address as a link destination, or null for anything else. Parentheses, spaces, angle brackets and
 * backslashes are percent-encoded so the destination cannot end early or escape a character.
 */
export function markdownLinkTarget(url: string | null | undefined): string | null {
  if (!isHttpUrl(url)) return null;
  let href: string;
  try {
    href = new URL(url).href;
  } catch {
    return null;
  }
  return href.replace(/[()<>\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function timeOf(article: Article): string | null {
  const text = article.time.text ? escapeMarkdown(article.time.text) : null;
  if (article.publishedAt) return text ? `${article.publishedAt} (${text})` : article.publishedAt;
  return text;
}

function itemOf(article: Article): string {
  const title = escapeMarkdown(article.title) || 'Untitled';
  const target = markdownLinkTarget(article.url);
  const source = article.source.name ?? article.source.domain;
  const details = [
    source ? escapeMarkdown(source) : null,
    timeOf(article),
    article.section ? escapeMarkdown(article.section) : null,
    article.sponsored ? 'sponsored' : null,
  ].filter((d): d is string => !!d);
  const head = target ? `[${title}](${target})` : title;
  return `- ${details.length ? `${head} — ${details.join(' · ')}` : head}`;
}

export function toMarkdown(result: ParseResult): string {
  const pageLink = markdownLinkTarget(result.url);
  const pageText = pageLink ? `<${pageLink}>` : escapeMarkdown(result.url);
  const title = result.page?.title ? escapeMarkdown(result.page.title) : '';
  const count = result.articles.length;
  const lines = [
    `# ${title || pageText}`,
    '',
    `Captured ${result.capturedAt}${title ? ` from ${pageText}` : ''} · ${count} ${count === 1 ? 'article' : 'articles'}`,
  ];
  for (const warning of result.warnings) lines.push('', `> Warning: ${escapeMarkdown(warning)}`);
  lines.push('', ...(count ? result.articles.map(itemOf) : ['No articles found.']));
  return `${lines.join('\n')}\n`;
}
