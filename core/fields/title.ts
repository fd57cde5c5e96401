/** Title rules, first good value wins: a heading, a headline link's text, a title line inside a card link, link attributes. */
import { collapse, lineOf, textOf, wordCount } from '../text';
import { looksLikeTime } from '../time';
import { attributionName, isSponsorMark } from './labels';
import { linkFor, type BlockView } from './view';

export interface TitleHit {
  title: string;
  /** The element holding the title text; used to find the link and to keep the title out of other fields. */
  element: Element;
  url: string | null;
}

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

export function isTitleLike(text: string, view: BlockView): boolean {
  const words = wordCount(text);
  return (
    words >= 2 && words <= 40 && text.length >= 8 && text.length <= 300 &&
    !attributionName(text) && !isSponsorMark(text) && !looksLikeTime(text, view.ctx.now)
  );
}

type Rule = (view: BlockView) => TitleHit | null;

const fromHeading: Rule = (view) => {
  for (const h of view.element.querySelectorAll(HEADING)) {
    const text = textOf(h);
    if (isTitleLike(text, view)) return { title: text, element: h, url: linkFor(view, h)?.url ?? null };
  }
  return null;
};

const fromLinkText: Rule = (view) => {
  let best: TitleHit | null = null;
  let bestWords = 0;
  for (const link of view.links) {
    // A link that wraps the whole card is read line by line (next rule), not as one title.
    if (link.element.contains(view.element) || link.element.querySelector('div, p, h1, h2, h3, h4, h5, h6, li')) continue;
    const text = textOf(link.element) || collapse(link.element.getAttribute('title') ?? '');
    const words = wordCount(text);
    if (isTitleLike(text, view) && words > bestWords) {
      best = { title: text, element: link.element, url: link.url };
      bestWords = words;
    }
  }
  return best;
};

/** A card that is one big link, no heading: the first line inside it that reads as a headline. */
const fromCardLine: Rule = (view) => {
  for (const link of view.links) {
    const within = link.element.contains(view.element) ? view.element : link.element;
    for (const piece of view.pieces) {
      if (!within.contains(piece.element) || piece === view.timePiece) continue;
      const line = lineOf(piece.element, within);
      const text = line === within ? piece.text : textOf(line);
      if (isTitleLike(text, view) && wordCount(text) >= 3 && !isSnippetLength(text)) return { title: text, element: line, url: link.url };
    }
  }
  return null;
};

const fromLinkAttributes: Rule = (view) => {
  for (const link of view.links) {
    const text = collapse(link.element.getAttribute('title') ?? link.element.getAttribute('aria-label') ?? '');
    if (isTitleLike(text, view)) return { title: text, element: link.element, url: link.url };
  }
  return null;
};

function isSnippetLength(text: string): boolean {
  return text.length > 200;
}

const RULES: Rule[] = [fromHeading, fromLinkText, fromCardLine, fromLinkAttributes];

export function titleOf(view: BlockView): TitleHit | null {
  for (const rule of RULES) {
    const hit = rule(view);
    if (hit) return hit.url ? hit : { ...hit, url: view.links[0]?.url ?? null };
  }
  return null;
}
