/**
 * What link aggregators (Hacker News, Lobsters) share: a story row whose headline link is the story, a host shown
 * beside it as its source (the link's own host for text posts, which show none), and an age somewhere in the row's text.
 */
import type { Article, ParseContext } from '../types';
import { collapse, firstPiece, textOf } from '../text';
import { parseTimeText, type TimeOptions } from '../time';
import { documentBase, resolveUrl, siteHost } from '../url';
import { storySource } from '../domain';
import { timeHit, type TimeHit } from '../fields/time';

/** The host a label shows, "github.com/torvalds" → "github.com"; null when the label is not a host. */
export function hostFromLabel(text: string): string | null {
  const host = text.split('/')[0]?.trim() ?? '';
  return /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(host) ? host.toLowerCase() : null;
}

/** The story's title, link and source from its headline link and the host shown beside it. */
export function linkStoryFields(
  article: Article,
  row: Element,
  headline: Element | null,
  shownHost: string | null,
  ctx: ParseContext,
): Pick<Article, 'title' | 'url' | 'source'> {
  const base = documentBase(row.ownerDocument, ctx.url);
  const url = headline ? resolveUrl(headline.getAttribute('href'), base) ?? article.url : article.url;
  const title = headline ? textOf(headline) || article.title : article.title;
  return { title, url, source: storySource(shownHost ?? siteHost(url) ?? article.source.name, url) };
}

/**
 * The first piece of the element's text that reads as an age ("3 hours ago"), separators aside. With `hint`, pieces
 * that lack it are passed over unread (a site whose ages always say "ago").
 */
export function ageInText(el: Element, now: Date, options?: TimeOptions, hint?: RegExp): TimeHit | null {
  return firstPiece(el, (raw) => (!hint || hint.test(raw) ? ageOfText(raw, now, options) : null));
}

/**
 * A piece's age, its separators taken out. Collapsing once, after they are, gives what collapsing before and after
 * gives: separators and white space alike become single spaces between words.
 */
export function ageOfText(raw: string, now: Date, options?: TimeOptions): TimeHit | null {
  const text = collapse(raw.replace(/[|·]/g, ' '));
  const r = text ? parseTimeText(text, now, options) : null;
  return r ? timeHit(text, 'text', r) : null;
}
