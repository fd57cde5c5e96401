/**
 * Lobsters listings (front page, /newest, /recent, /top, /t/<tag>, /domains/<host>, a story page's own story).
 *
 * Each story is an `li.story`: a `span.link` headline (`a.u-url`), tags, an `a.domain` label, then a byline with the
 * submitter, a `<span title="2024-05-01 10:11:12 -0500">3 hours ago</span>` age and the comments link. The generic
 * reading finds the block but takes the submitter beside the age for the source, and it misreads one-word headlines:
 * the comments link is a `role="heading"` too ("12 comments"). Refine reads the story's own parts.
 */
import type { Adapter, Article, Block, ParseContext } from '../types';
import { textOf } from '../text';
import { parseMachineTime } from '../time';
import { NO_TIME, timeHit, type TimeHit } from '../fields/time';
import { genericBlocks } from './generic';
import { ageInText, hostFromLabel, linkStoryFields } from './link-story';
import { listOf } from '../dom';

/** The headline link; `span.link a` covers markup from before the microformat classes. */
function headlineOf(story: Element): Element | null {
  return story.querySelector('.link a.u-url[href], a.u-url[href]') ?? story.querySelector('.link a[href]');
}

function storyBlocks(doc: Document): Block[] {
  const blocks: Block[] = [];
  for (const story of listOf(doc.querySelectorAll('.story'))) {
    // A story nested in another (none today) would be counted twice.
    if (story.parentElement?.closest('.story') || !headlineOf(story)) continue;
    blocks.push({ element: story, section: null });
  }
  return blocks;
}

/** "github.com/alice" (Lobsters may show an origin path) → "github.com". */
function displayedDomain(story: Element): string | null {
  const label = story.querySelector('a.domain, .domain');
  return label ? hostFromLabel(textOf(label)) : null;
}

/**
 * "2024-05-01 10:11:12 -0500" → "2024-05-01T10:11:12-05:00". Lobsters writes Rails' default format; only ISO 8601 is
 * parsed alike by every browser's Date.
 */
function isoOf(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(?:(Z|UTC)|([+-]\d{2}):?(\d{2}))?$/i.exec(value.trim());
  if (!m) return value.trim();
  const zone = m[3] ? 'Z' : m[4] ? `${m[4]}:${m[5]}` : '';
  return `${m[1]}T${m[2]}${zone}`;
}

/** The epoch first: it names the instant whatever the zone; the Rails timestamps may come without their offset. */
const MACHINE_ATTRS = ['data-at-unix', 'datetime', 'title'];

/**
 * Lobsters writes its times in the server's wall-clock time, US Central ("2025-06-08 08:52:51 -0500" in summer): a
 * timestamp that has lost its offset is read there.
 */
const LOBSTERS_ZONE = 'America/Chicago';

/** The age from the byline: the instant in the age label's attribute, else its text ("3 hours ago"). */
function ageOf(byline: Element, now: Date): TimeHit | null {
  for (const el of listOf(byline.querySelectorAll('time, [title], [datetime], [data-at-unix]'))) {
    for (const attr of MACHINE_ATTRS) {
      const value = el.getAttribute(attr);
      const r = value ? parseMachineTime(isoOf(value), now, { timeZone: LOBSTERS_ZONE }) : null;
      if (r) return timeHit(textOf(el) || null, 'attribute', r);
    }
  }
  return ageInText(byline, now);
}

function authorOf(byline: Element): string | null {
  const user = byline.querySelector('.u-author') ?? byline.querySelector('a[href^="/~"], a[href^="/u/"]');
  const name = user ? textOf(user) : '';
  return name || null;
}

function refine(article: Article, block: Block, ctx: ParseContext): Article {
  const story = block.element;
  // Text posts link to their own discussion page and show no domain: lobste.rs is their source.
  const fields = linkStoryFields(article, story, headlineOf(story), displayedDomain(story), ctx);
  const byline = story.querySelector('.byline');
  const age = (byline && ageOf(byline, ctx.now)) ?? NO_TIME;
  return {
    ...article,
    ...fields,
    publishedAt: age.publishedAt,
    time: age.time,
    author: (byline && authorOf(byline)) ?? article.author,
    // The only images are 16px avatars; Lobsters shows no teasers (a text post's body is not on the listing).
    imageUrl: null,
    snippet: null,
  };
}

export const lobsters: Adapter = {
  id: 'lobsters',
  label: 'Lobsters',
  hosts: ['lobste.rs'],
  matches: ['*://lobste.rs/*'],
  examples: ['https://lobste.rs/', 'https://lobste.rs/newest', 'https://lobste.rs/t/programming'],
  timeZone: LOBSTERS_ZONE,
  blocks(doc: Document, ctx: ParseContext): Block[] {
    const stories = storyBlocks(doc);
    return stories.length > 0 ? stories : genericBlocks(doc, ctx);
  },
  refine(article: Article, block: Block, ctx: ParseContext): Article {
    // Blocks from the generic fallback are not story items; its reading stands.
    return block.element.matches('.story') ? refine(article, block, ctx) : article;
  },
  refinesLazily: true,
};
