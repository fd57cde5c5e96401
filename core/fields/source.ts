/** Source-name rules, first good value wins: attribution line, a source-marked element, the label beside the time, a logo. */
import { collapse, isSeparator } from '../text';
import { looksLikeTime } from '../time';
import { attributionName, isLabel, isSponsorMark } from './labels';
import type { TitleHit } from './title';
import type { BlockView } from './view';

type Rule = (view: BlockView, title: TitleHit | null) => string | null;

const SOURCE_HINT = /(?:^|[-_\s])(?:source|publisher|provider|outlet|site-?name|press|media-?name)(?:$|[-_\s])/i;

const usable = (text: string, view: BlockView, title: TitleHit | null): boolean =>
  isLabel(text) && !isSponsorMark(text) && !looksLikeTime(text, view.ctx.now) && !(title && title.title === text);

const fromAttribution: Rule = (view, title) => {
  for (const p of view.pieces) {
    if (title?.element.contains(p.element)) continue;
    const name = attributionName(p.text);
    if (name && usable(name, view, title)) return name;
  }
  return null;
};

const fromMarkedElement: Rule = (view, title) => {
  for (const p of view.pieces) {
    const el = p.element.closest('[class], [itemprop], [data-source]');
    if (!el || !view.element.contains(el)) continue;
    const hint = `${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''} ${el.hasAttribute('data-source') ? 'source' : ''}`;
    if (SOURCE_HINT.test(hint) && usable(p.text, view, title)) return p.text;
  }
  return null;
};

/** The short label just before the time ("Russia Today · 5 hours ago"), else just after it. */
const besideTime: Rule = (view, title) => {
  const at = view.timePiece ? view.pieces.indexOf(view.timePiece) : -1;
  if (at < 0) return null;
  const near = (step: number): string | null => {
    for (let i = at + step; i >= 0 && i < view.pieces.length; i += step) {
      const p = view.pieces[i];
      if (!p || isSeparator(p.text)) continue;
      if (title?.element.contains(p.element)) return null;
      const text = p.text.replace(/^[|·•\s]+|[|·•\s]+$/g, '');
      return usable(text, view, title) ? text : null;
    }
    return null;
  };
  return near(-1) ?? near(1);
};

const fromLogo: Rule = (view, title) => {
  for (const img of view.element.querySelectorAll('img[alt]')) {
    const alt = collapse(img.getAttribute('alt') ?? '');
    if (usable(alt, view, title) && !/logo$/i.test(alt)) return alt;
  }
  return null;
};

const RULES: Rule[] = [fromAttribution, fromMarkedElement, besideTime, fromLogo];

export function sourceNameOf(view: BlockView, title: TitleHit | null): string | null {
  for (const rule of RULES) {
    const name = rule(view, title);
    if (name) return name;
  }
  return null;
}
