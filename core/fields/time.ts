/** Time rules, first good value wins: machine-readable attributes, then the visible time text. */
import type { ArticleTime } from '../types';
import { parseMachineTime, parseTimeText, type TimeOptions, type TimeReading } from '../time';
import { collapse } from '../text';
import { DATA_TIME_ATTRS, dataTimedOf, viewOf, type BlockView } from './view';

export interface TimeHit {
  time: ArticleTime;
  publishedAt: string | null;
}


// A page's blocks share readings (one per label text and parse): each is written out in ISO form once.
const isoOf = new WeakMap<TimeReading, [string, string, string]>();

/** The time fields of an article from a reading of its label. */
export function timeHit(text: string | null, from: ArticleTime['from'], r: TimeReading): TimeHit {
  let iso = isoOf.get(r);
  if (!iso) isoOf.set(r, (iso = [r.publishedAt.toISOString(), r.earliest.toISOString(), r.latest.toISOString()]));
  const [publishedAt, earliest, latest] = iso;
  return { publishedAt, time: { text, from, earliest, latest } };
}

type Rule = (view: BlockView, options: TimeOptions) => TimeHit | null;

const fromTimeElement: Rule = (view, options) => {
  for (const el of view.times) {
    const r = parseMachineTime(el.getAttribute('datetime') ?? '', view.ctx.now, options);
    if (r) return timeHit(collapse(el.textContent ?? '') || null, 'attribute', r);
  }
  return null;
};

const fromDataAttribute: Rule = (view, options) => {
  for (const el of dataTimedOf(view)) {
    for (const attr of DATA_TIME_ATTRS) {
      const value = el.getAttribute(attr);
      const r = value ? parseMachineTime(value, view.ctx.now, options) : null;
      if (r) return timeHit(collapse(el.textContent ?? '').slice(0, 48) || null, 'attribute', r);
    }
  }
  return null;
};

/** The visible time label, with a machine-readable `title` on it or its parent when there is one. */
const fromText: Rule = (view, options) => {
  const piece = view.timePiece;
  const text = view.timeText;
  if (!piece || !text) return null;
  for (const el of [piece.element, piece.element.parentElement]) {
    // A tooltip of several lines ("Published: …", then "Received: …") gives its first.
    const title = el?.getAttribute('title')?.split('\n')[0];
    const r = title ? parseMachineTime(title, view.ctx.now, options) : null;
    if (r) return timeHit(text, 'attribute', r);
  }
  const r = parseTimeText(text, view.ctx.now, options);
  return r ? timeHit(text, 'text', r) : null;
};

const RULES: Rule[] = [fromTimeElement, fromDataAttribute, fromText];

export const NO_TIME: TimeHit = { publishedAt: null, time: { text: null, from: null, earliest: null, latest: null } };

/** The block's time, or its meta row's (see Block.meta) when the block itself shows none. */
export function timeOf(view: BlockView, options: TimeOptions = {}): TimeHit {
  const found = timeIn(view, options);
  if (found || !view.meta) return found ?? NO_TIME;
  return timeIn(viewOf({ element: view.meta, section: null }, view.ctx, view.base), options) ?? NO_TIME;
}

function timeIn(view: BlockView, options: TimeOptions): TimeHit | null {
  for (const rule of RULES) {
    const found = rule(view, options);
    if (found) return found;
  }
  return null;
}
