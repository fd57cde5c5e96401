/**
 * Lists of bare headline links beside a page's stories: a portal's section lists, its "Topics", a news story page's
 * side list (`<ul><li><a href="…/2026-05-11/doc-…">Headline</a></li>…</ul>`), which show no time, no outlet and no
 * heading of their own. Only on a page whose stories other rules found already: alone, such a list is as likely a
 * site's index of guides or a blog's archive as news.
 */
import type { Block, ParseContext } from '../types';
import { textOf, wordCount } from '../text';
import { isArticleUrl, resolveUrl } from '../url';
import { isStoryLink, isTitleLike } from '../fields/title';
import { listOf } from '../dom';
import { looksLikeTime } from '../time';
import type { Steps } from '../steps';
import { isHiddenCopy } from './no-stories';

/** Stories the other rules found at least before bare lists count: the page is a news listing. */
export const STORIES_BESIDE_BARE_LISTS = 4;
/** Items a bare list has at least, nearly all of them headlines. */
const MIN_ITEMS = 4;
const SHARE_OF_HEADLINES = 0.8;
/** Words a bare link has at least to be a headline, not a menu's entry ("Local news", "Weather forecast"). */
const HEADLINE_WORDS = 4;
/** What an item may hold beside its link: a rank ("1.", "10"), a bullet. */
const BESIDE_LINK = 4;
const PAUSE_EVERY = 20;
/** Characters a link's part has at most to be read as a date. */
const DATE_PART = 30;

/**
 * The items of bare headline lists outside the blocks found (`overlaps`) and the places no story is (`excluded`). An
 * item that leads to a story found already (`known`: a ticker repeating the page's headlines) is none.
 */
export function* bareLinkListSteps(
  ctx: ParseContext, root: Element, base: URL, excluded: (el: Element) => boolean, overlaps: (el: Element) => boolean,
  known: Set<string>, sectionOf: (list: Element, first: Element) => string | null,
): Steps<Block[]> {
  const blocks: Block[] = [];
  const lists = listOf(root.querySelectorAll('ul, ol'));
  for (let i = 0; i < lists.length; i++) {
    if (i % PAUSE_EVERY === 0) yield;
    if (ctx.budget?.spent()) break;
    const list = lists[i]!;
    // A list hidden from readers (a small screen's copy that AngularJS' ng-hide keeps out of sight) shows nothing.
    if (list.childElementCount < MIN_ITEMS || overlaps(list) || excluded(list) || isHiddenCopy(list)) continue;
    const items = listOf(list.children);
    const headlines: Array<{ element: Element; url: string }> = [];
    for (const element of items) {
      const url = element.tagName === 'LI' && !overlaps(element) ? bareHeadlineUrl(element, ctx, base) : null;
      if (url) headlines.push({ element, url });
    }
    if (headlines.length < MIN_ITEMS || headlines.length < items.length * SHARE_OF_HEADLINES) continue;
    const section = sectionOf(list, items[0]!);
    for (const { element, url } of headlines) if (!known.has(url)) blocks.push({ element, section });
  }
  return blocks;
}

/** Whether a part of the link is a date (a puzzle's "Tue · Mar 24 · by …"): a dated entry of an archive, no headline. */
function holdsDate(link: Element, now: Date): boolean {
  for (const part of listOf(link.getElementsByTagName('*'))) {
    const text = textOf(part);
    if (text.length <= DATE_PART && looksLikeTime(text, now)) return true;
  }
  return false;
}

/** A link's one-letter mark of its story's discussion, as a compact headline wall writes it ("c", "[c]"). */
const DISCUSSION_MARK = /^\[?c\]?$/;

/** The story an item leads to when it is one link and nothing more (bar a rank), its words a headline's; else null. */
function bareHeadlineUrl(item: Element, ctx: ParseContext, base: URL): string | null {
  const links = item.getElementsByTagName('a');
  if (links.length === 0 || links.length > 2) return null;
  const link = links[0]!;
  const href = link.getAttribute('href');
  // A second link is the same story's, or its discussion's short mark ("c", "[c]").
  const second = links.length === 2 ? links[1]! : null;
  const discussion = second && second.getAttribute('href') !== href ? textOf(second) : '';
  if (second && discussion && !DISCUSSION_MARK.test(discussion)) return null;
  const text = textOf(link);
  if (textOf(item).length - text.length - (discussion ? discussion.length + 1 : 0) > BESIDE_LINK || wordCount(text) < HEADLINE_WORDS || !isTitleLike(text, ctx.now) || holdsDate(link, ctx.now)) return null;
  const url = resolveUrl(href, base);
  return url && isArticleUrl(url) && isStoryLink(link, url, ctx.url) ? url : null;
}
