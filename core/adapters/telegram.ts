/**
 * Telegram channels' public web view (t.me/s/<channel>): news channels post a line or two and a link, and Telegram
 * shows the linked story as a preview card. Each post is a `.tgme_widget_message` (its number in `data-post`), its
 * text in `.tgme_widget_message_text`, its time in the footer's `<time datetime>`; a post that links a story holds
 * `a.tgme_widget_message_link_preview` around the outlet's name (`.link_preview_site_name`), the story's title
 * (`.link_preview_title`), its teaser (`.link_preview_description`) and its picture (a background image). The previews
 * are the stories; a post without one (the channel's own words, a poll, a photo) is none. The generic detector reads a
 * channel as one poster's posts and finds no stories there.
 */
import type { Adapter, Article, Block, ParseContext } from '../types';
import { plainTextOf, textOf, truncate } from '../text';
import { parseMachineTime } from '../time';
import { documentBase, resolveUrl } from '../url';
import { storySource } from '../domain';
import type { TitleHit } from '../fields/title';
import { NO_TIME, timeHit } from '../fields/time';
import { backgroundPicture, SNIPPET_MAX } from '../fields/snippet';
import { firstByClass, listOf } from '../dom';

const PREVIEW = 'tgme_widget_message_link_preview';

/** The posts that link a story, each with its preview. */
function previewPosts(doc: Document): Block[] {
  return listOf(doc.getElementsByClassName('tgme_widget_message'))
    .filter((post) => firstByClass(post, PREVIEW)?.hasAttribute('href') && firstByClass(post, 'link_preview_title'))
    .map((element) => ({ element, section: null }));
}

function previewHeadline(block: Block, ctx: ParseContext): TitleHit | null {
  const preview = firstByClass(block.element, PREVIEW);
  const titleEl = preview && firstByClass(preview, 'link_preview_title');
  const title = titleEl ? textOf(titleEl) : '';
  const url = title ? resolveUrl(preview!.getAttribute('href'), documentBase(block.element.ownerDocument, ctx.url)) : null;
  return url ? { title, element: titleEl!, url } : null;
}

/** The picture Telegram paints as the preview's background, beside the text or above it. */
function previewPicture(preview: Element, base: URL): string | null {
  return backgroundPicture(firstByClass(preview, 'link_preview_right_image') ?? firstByClass(preview, 'link_preview_image'), base);
}

function refinePreview(article: Article, block: Block, ctx: ParseContext): Article | null {
  const head = previewHeadline(block, ctx);
  if (!head) return null;
  const post = block.element;
  const preview = firstByClass(post, PREVIEW)!;
  const site = firstByClass(preview, 'link_preview_site_name');
  const name = (site && plainTextOf(site)) || null;
  const stamp = post.querySelector('time[datetime]');
  const r = stamp ? parseMachineTime(stamp.getAttribute('datetime')!, ctx.now) : null;
  const teaser = firstByClass(preview, 'link_preview_description');
  const snippet = teaser ? plainTextOf(teaser) : '';
  return {
    ...article,
    title: head.title,
    url: head.url,
    source: storySource(name, head.url),
    ...(r && stamp ? timeHit(textOf(stamp) || null, 'attribute', r) : NO_TIME),
    snippet: snippet ? truncate(snippet, SNIPPET_MAX) : null,
    author: null,
    imageUrl: previewPicture(preview, documentBase(post.ownerDocument, ctx.url)),
    sponsored: false,
  };
}

export const telegram: Adapter = {
  id: 'telegram',
  label: 'Telegram channels',
  hosts: ['t.me'],
  paths: /^\/s\//,
  matches: ['*://t.me/s/*'],
  examples: ['https://t.me/s/europa_kompakt', 'https://t.me/s/durov'],
  blocks: previewPosts,
  headline: previewHeadline,
  refine: refinePreview,
  refinesLazily: true,
};
