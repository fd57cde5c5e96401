/**
 * Naver's story blocks whose markup says where each field is, read without the generic view of the block
 * (fields/view.ts), whose search for a time label reads every text of it (a Korean headline with a digit or "전" goes
 * through the date readers):
 *  - a section home's headline cluster (2019–2022): `li.cluster_item` holding a thumbnail `.cluster_thumb` (a line
 *    of a cluster, `.as_line`, shows none), the headline link `a.cluster_text_headline`, the teaser `.cluster_text_lede`
 *    and the publisher `.cluster_text_press`;
 *  - a box of the ranking by publisher (2022): an `li` holding a thumbnail link `a.ranking_thumb`, the headline link
 *    `a.list_tit` and the publisher's link `a.list_press` (with the publisher's logo, no picture of the story);
 *  - a bare list of headlines ("분야별 주요뉴스"): an `li` that is one headline link and nothing else.
 * None of them shows a time, an author or an ad. The publisher is the text of its label as the site writes it (the label
 * names the publisher and nothing else: it is not weighed as a name); the picture is the thumbnail's image. Blocks of
 * other shapes are read by the generic rules.
 */
import type { Block, ParseContext } from '../types';
import { collapse, plainTextOf, truncate } from '../text';
import { documentBase, resolveUrl } from '../url';
import { rememberedFor } from '../memo';
import type { TitleHit } from '../fields/title';
import { SNIPPET_MAX, SNIPPET_MIN } from '../fields/snippet';
import { firstByClass } from '../dom';

/** The headline links' classes, and the classes of the teaser, the publisher's label and the thumbnail beside each. */
const HEADLINE_CLASS = /(?:^|\s)(cluster_text_headline|list_tit)(?:\s|$)/;
const LEDE_CLASS: Record<string, string | undefined> = { cluster_text_headline: 'cluster_text_lede' };
const PRESS_CLASS: Record<string, string | undefined> = { cluster_text_headline: 'cluster_text_press', list_tit: 'list_press' };
const THUMB_CLASS: Record<string, string | undefined> = { cluster_text_headline: 'cluster_thumb', list_tit: 'ranking_thumb' };

/** A block of a shape read from its markup: its headline, and the elements of its teaser, publisher and picture it shows. */
export interface KnownStory {
  headline: TitleHit;
  /** Whether the block is a bare list item: its headline link and nothing else (no label, no publisher). */
  bare: boolean;
  lede: Element | null;
  press: Element | null;
  thumb: Element | null;
}

const stories = new WeakMap<Element, { parse: object; value: KnownStory | null }>();

/** The block as one of the shapes above, or null (asked for the headline, and again when the block is refined). */
export function knownStory(block: Block, ctx: ParseContext): KnownStory | null {
  return rememberedFor(stories, block.element, (el) => readStory(el, ctx));
}

function readStory(block: Element, ctx: ParseContext): KnownStory | null {
  const found = headlineLink(block);
  // A headline link holds its words alone (a link holding elements is weighed part by part by the generic rules).
  if (!found || !found.link.hasAttribute('href') || found.link.childElementCount > 0) return null;
  const title = plainTextOf(found.link);
  const url = resolveUrl(found.link.getAttribute('href'), documentBase(block.ownerDocument, ctx.url));
  if (!title || !url) return null;
  const byClass = (names: Record<string, string | undefined>): Element | null => {
    const name = found.kind && names[found.kind];
    return name ? firstByClass(block, name) : null;
  };
  return {
    headline: { title, element: found.link, url },
    bare: !found.kind,
    lede: byClass(LEDE_CLASS),
    press: byClass(PRESS_CLASS),
    thumb: byClass(THUMB_CLASS),
  };
}

/** The headline link by its class, or the one link that a bare list item is (its kind then null). */
function headlineLink(block: Element): { link: Element; kind: string | null } | null {
  const links = block.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    const kind = HEADLINE_CLASS.exec(links[i]!.getAttribute('class') ?? '')?.[1];
    if (kind) return { link: links[i]!, kind };
  }
  const only = block.firstElementChild;
  const bare = block.tagName === 'LI' && links.length === 1 && block.childElementCount === 1 && only === links[0];
  // Nothing but the link: no label beside it.
  return bare && collapse(block.textContent ?? '') === collapse(only.textContent ?? '') ? { link: only, kind: null } : null;
}

/** The publisher a known story's label names, if it shows one. */
export function pressOfStory(story: KnownStory): string | null {
  return (story.press && plainTextOf(story.press)) || null;
}

/** The teaser of a known story: its lede, when it is long enough to be one. */
export function ledeOf(story: KnownStory): string | null {
  const text = story.lede ? plainTextOf(story.lede) : '';
  return text.length >= SNIPPET_MIN ? truncate(text, SNIPPET_MAX) : null;
}

/**
 * The picture of a known story that shows a thumbnail: the thumbnail's image (its address, or the one it waits to load),
 * as the site gives it, the story's own by its place.
 */
export function thumbnailOf(story: KnownStory, base: URL): string | null {
  const img = story.thumb?.getElementsByTagName('img')[0];
  const src = img && (img.getAttribute('src') ?? img.getAttribute('data-src'));
  return src && !src.startsWith('data:') ? resolveUrl(src, base) : null;
}
