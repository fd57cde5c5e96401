/** Time rules, first good value wins: machine-readable attributes, then the visible time text. */
import type { ArticleTime } from '../types';
import { parseMachineTime, parseTimeText, type TimeOptions, type TimeReading } from '../time';
import { collapse } from '../text';
import { DATA_TIME_ATTRS, dataTimedOf, type BlockView } from './view';

export interface TimeHit {
  time: ArticleTime;
  publishedAt: string | null;
}


function hit(text: string | null, from: ArticleTime['from'], r: TimeReading): TimeHit {
  return {
    publishedAt: r.publishedAt.toISOString(),
    time: { text, from, earliest: r.earliest.toISOString(), latest: r.latest.toISOString() },
  };
}

type Rule = (view: BlockView, options: TimeOptions) => TimeHit | null;

const fromTimeElement: Rule = (view, options) => {
  for (const el of view.times) {
    const r = parseMachineTime(el.getAttribute('datetime') ?? '', view.ctx.now, options);
    if (r) return hit(collapse(el.textContent ?? '') || null, 'attribute', r);
  }
  return null;
};

const fromDataAttribute: Rule = (view, options) => {
  for (const el of dataTimedOf(view)) {
    for (const attr of DATA_TIME_ATTRS) {
      const value = el.getAttribute(attr);
      const r = value ? parseMachineTime(value, view.ctx.now, options) : null;
      if (r) return hit(collapse(el.textContent ?? '').slice(0, 48) || null, 'attribute', r);
    }
  }
  return null;
};

/** The visible time label, with a machine-readable `title` on it or its parent when there is one. */
const fromText: Rule = (view, options) => {
  const piece = view.timePiece;
  if (!piece) return null;
  for (const el of [piece.element, piece.element.parentElement]) {
    const title = el?.getAttribute('title');
    const r = title ? parseMachineTime(title, view.ctx.now, options) : null;
    if (r) return hit(piece.text, 'attribute', r);
  }
  const r = parseTimeText(piece.text, view.ctx.now, options);
  return r ? hit(piece.text, 'text', r) : null;
};

const RULES: Rule[] = [fromTimeElement, fromDataAttribute, fromText];

export const NO_TIME: TimeHit = { publishedAt: null, time: { text: null, from: null, earliest: null, latest: null } };

export function timeOf(view: BlockView, options: TimeOptions = {}): TimeHit {
  for (const rule of RULES) {
    const found = rule(view, options);
    if (found) return found;
  }
  return NO_TIME;
}
