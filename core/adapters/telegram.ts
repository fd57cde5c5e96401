/**
 * Telegram channels' public web view (t.me/s/<channel>): news channels post a line or two and a link, and Telegram
 * shows the linked story as a preview card. Each post is a `.tgme_widget_message` (its number in `data-post`), its
 * text in `.tgme_widget_message_text`, its time in the footer's `<time datetime>`; a post that links a story holds
 * `a.tgme_widget_message_link_preview` around the outlet's name (`.link_preview_site_name`), the story's title
 * (`.link_preview_title`), its teaser (`.link_preview_description`) and its picture (a background image). The previews
 * are the stories; a photo's caption that leads with a bold headline and links one story elsewhere ("<b>Headline</b> …
 * 🔗 <a>Read more</a>") is one too, named by that headline. A post without either (the channel's own words, a poll, a
 * bare photo), or whose preview is of a channel, group or bot on Telegram itself (a recommended channel), is none.
 * The generic detector reads a channel as one poster's posts and finds no stories there.
 */
import type { Adapter, Article, Block, ParseContext } from '../types';
import { collapse, plainTextOf, textOf, truncate } from '../text';
import { parseMachineTime } from '../time';
import { documentBase, resolveUrl } from '../url';
import { registrableDomain, storySource } from '../domain';
import type { TitleHit } from '../fields/title';
import { NO_TIME, timeHit } from '../fields/time';
import { backgroundPicture, SNIPPET_MAX } from '../fields/snippet';
import { firstByClass, listOf } from '../dom';

const PREVIEW = 'tgme_widget_message_link_preview';

/** The posts that link a story, each with its preview or its captioned headline. */
function previewPosts(doc: Document, ctx: ParseContext): Block[] {
  return listOf(doc.getElementsByClassName('tgme_widget_message'))
    .filter((post) => isStoryPreview(firstByClass(post, PREVIEW)) || captionHeadline(post, ctx))
    .map((element) => ({ element, section: null }));
}

/** A preview of a story: a link with a title, to anything but a channel, a group or a bot on Telegram itself. */
function isStoryPreview(preview: Element | null): boolean {
  const href = preview?.getAttribute('href');
  return !!href && !!firstByClass(preview!, 'link_preview_title') && !TELEGRAM_CHAT.test(href);
}

/** A channel's, group's or bot's own address ("https://t.me/ciberseguridad_hoy", an invite "t.me/+AbC…"): no post. */
const TELEGRAM_CHAT = /^(?:https?:)?\/\/(?:t|telegram)\.me\/(?:s\/)?(?:\+|joinchat\/)?[\w-]+\/?(?:\?.*)?$/i;

function previewHeadline(block: Block, ctx: ParseContext): TitleHit | null {
  const preview = firstByClass(block.element, PREVIEW);
  if (!preview) return captionHeadline(block.element, ctx);
  const titleEl = firstByClass(preview, 'link_preview_title');
  const title = titleEl ? textOf(titleEl) : '';
  const url = title ? resolveUrl(preview.getAttribute('href'), documentBase(block.element.ownerDocument, ctx.url)) : null;
  return url ? { title, element: titleEl!, url } : null;
}

/**
 * A caption's bold first line, perhaps after an emoji ("🇬🇭 <b>…</b>"), when the caption links exactly one story
 * outside Telegram: the story's headline.
 */
function captionHeadline(post: Element, ctx: ParseContext): TitleHit | null {
  const text = firstByClass(post, 'tgme_widget_message_text');
  const lead = text?.firstElementChild;
  if (!text || !lead || (lead.tagName !== 'B' && lead.tagName !== 'STRONG') || !opensWith(text, lead)) return null;
  const base = documentBase(post.ownerDocument, ctx.url);
  const urls = listOf(text.querySelectorAll('a[href]'))
    .map((a) => resolveUrl(a.getAttribute('href'), base))
    .filter((url): url is string => !!url && registrableDomain(url) !== 't.me');
  const title = textOf(lead);
  return urls.length === 1 && title ? { title, element: lead, url: urls[0]! } : null;
}

/** Whether an element opens its parent's text, with nothing but emoji or other symbols before it. */
function opensWith(parent: Element, child: Element): boolean {
  for (let node = parent.firstChild; node && node !== child; node = node.nextSibling) {
    if (node.nodeType !== 3 || !SYMBOLS_ONLY.test(node.textContent ?? '')) return false;
  }
  return true;
}

const SYMBOLS_ONLY = /^[\p{Extended_Pictographic}\p{S}\ufe0f\u200d\s]*$/u;

/** The picture Telegram paints as the preview's background, beside the text or above it. */
function previewPicture(preview: Element, base: URL): string | null {
  return backgroundPicture(firstByClass(preview, 'link_preview_right_image') ?? firstByClass(preview, 'link_preview_image'), base);
}

function refinePreview(article: Article, block: Block, ctx: ParseContext): Article | null {
  const head = previewHeadline(block, ctx);
  if (!head) return null;
  const post = block.element;
  const preview = firstByClass(post, PREVIEW);
  const site = preview && firstByClass(preview, 'link_preview_site_name');
  const name = (site && plainTextOf(site)) || null;
  const stamp = post.querySelector('time[datetime]');
  const r = stamp ? parseMachineTime(stamp.getAttribute('datetime')!, ctx.now) : null;
  // A captioned post's teaser is the caption's text after its headline.
  const teaser = preview ? firstByClass(preview, 'link_preview_description') : null;
  const snippet = teaser ? plainTextOf(teaser) : preview ? '' : captionTeaser(post, head.element);
  const base = documentBase(post.ownerDocument, ctx.url);
  return {
    ...article,
    title: head.title,
    url: head.url,
    source: storySource(name, head.url),
    ...(r && stamp ? timeHit(textOf(stamp) || null, 'attribute', r) : NO_TIME),
    snippet: snippet ? truncate(snippet, SNIPPET_MAX) : null,
    author: null,
    imageUrl: preview ? previewPicture(preview, base) : backgroundPicture(firstByClass(post, 'tgme_widget_message_photo_wrap'), base),
    sponsored: false,
  };
}

/** The caption's words after its headline, up to its link ("Read more"). */
function captionTeaser(post: Element, headline: Element): string {
  const text = firstByClass(post, 'tgme_widget_message_text');
  if (!text) return '';
  let words = '';
  for (let node = headline.nextSibling; node && !(node.nodeType === 1 && (node as Element).tagName === 'A'); node = node.nextSibling) words += ` ${node.textContent ?? ''}`;
  return collapse(words.replace(/🔗/gu, ''));
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
