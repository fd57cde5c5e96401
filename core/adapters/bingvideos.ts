/**
 * Bing's video results (bing.com/videos/search): a grid of tiles, each `div.mc_vtvc` wrapping one link `a.mc_vtvc_link`
 * to Bing's player page, with the thumbnail (its duration badge "2:41:07" over it), the title `.mc_vtvc_title` (its full
 * words in `title`), a meta row of views and age (`.meta_pd_content`: "45 minutes ago") and a channel row naming the
 * host site and the channel (`.mc_vtvc_meta_row_channel_site` "YouTube" › `.mc_vtvc_meta_row_channel_name`
 * "WeatherNation"). For news queries these are the outlets' clips, each with its age: an aggregator's blocks. The
 * duration badge reads like a clock time, so the generic detector sees two times a tile and cannot group them; the
 * tiles are read here from their markup. The link is Bing's own page: the publisher's address is not inside it.
 */
import type { Article, Block, ParseContext } from '../types';
import { collapse, plainTextOf, textOf } from '../text';
import { documentBase, resolveUrl } from '../url';
import { storySource } from '../domain';
import type { TitleHit } from '../fields/title';
import { NO_TIME } from '../fields/time';
import { firstByClass, listOf } from '../dom';
import { ageOfText } from './link-story';

const TILE = 'mc_vtvc';

/** Whether the page is Bing's video results. */
export function isVideoResults(url: URL): boolean {
  return url.pathname.startsWith('/videos');
}

/** The result tiles, outermost, that hold their link. */
export function videoTiles(doc: Document): Block[] {
  return listOf(doc.getElementsByClassName(TILE))
    .filter((tile) => !tile.parentElement?.closest(`.${TILE}`) && tile.querySelector('a.mc_vtvc_link[href]'))
    .map((element) => ({ element, section: null }));
}

/** The tile's title (its full words from `title`, the shown ones else), its element and Bing's player link. */
export function videoHeadline(block: Block, ctx: ParseContext): TitleHit | null {
  const link = block.element.querySelector('a.mc_vtvc_link[href]');
  const titleEl = firstByClass(block.element, 'mc_vtvc_title');
  if (!link || !titleEl) return null;
  const title = collapse(titleEl.getAttribute('title') ?? '') || textOf(titleEl);
  const url = resolveUrl(link.getAttribute('href'), documentBase(block.element.ownerDocument, ctx.url));
  return title && url ? { title, element: titleEl, url } : null;
}

/** The tile's fields from its markup: the channel (else the host site) as the source, the age row as the time. */
export function refineVideoTile(article: Article, block: Block, ctx: ParseContext): Article | null {
  const head = videoHeadline(block, ctx);
  if (!head) return null;
  const tile = block.element;
  const channel = firstByClass(tile, 'mc_vtvc_meta_row_channel_name');
  const site = firstByClass(tile, 'mc_vtvc_meta_row_channel_site');
  const name = (channel && plainTextOf(channel)) || (site && plainTextOf(site)) || null;
  const age = firstByClass(tile, 'meta_pd_content');
  const time = (age && ageOfText(textOf(age), ctx.now, ctx.times)) || NO_TIME;
  const image = tile.querySelector('img[src]');
  return {
    ...article,
    title: head.title,
    url: head.url,
    source: storySource(name, head.url),
    ...time,
    snippet: null,
    author: null,
    imageUrl: image ? resolveUrl(image.getAttribute('src'), documentBase(tile.ownerDocument, ctx.url)) : null,
    sponsored: false,
  };
}
