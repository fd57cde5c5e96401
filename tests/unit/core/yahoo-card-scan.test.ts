import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { cardPieces } from '../../../core/adapters/yahoo-card-scan';
import { isProviderLabel } from '../../../core/adapters/yahoo-labels';
import { piecesOf } from '../../../core/text';

const now = new Date('2016-12-01T18:00:00Z');

/** The first <li> of `html`. */
function card(html: string): Element {
  return documentFromHtml(`<body><ul>${html}</ul></body>`, 'https://www.yahoo.com/').querySelector('li')!;
}

describe("Yahoo's card pieces", () => {
  it('are the text pieces of the card, the whitespace between its elements passed over', () => {
    const li = card(
      `<li>\n  <div>\n    <h3> <a href="/news/clean-athletes-still-waiting-140511721--spt.html"><span>Clean athletes\n still waiting</span><u></u></a> </h3>\n` +
        `    <div>\u00a0<div>The Associated Press</div>\u200e</div>\n  </div>\n</li>`,
    );
    const pieces = cardPieces(li);
    expect(pieces.map((p) => [p.text, p.element.tagName])).toEqual([['Clean athletes still waiting', 'SPAN'], ['The Associated Press', 'DIV']]);
    expect(pieces).toEqual(piecesOf(li));
  });
});

describe("Yahoo's provider labels", () => {
  it('take a short name, and no time, count, pager or prompt', () => {
    expect(isProviderLabel('The Associated Press', now)).toBe(true);
    expect(isProviderLabel('3 hours ago', now)).toBe(false);
    expect(isProviderLabel('11', now)).toBe(false);
    expect(isProviderLabel('1-3 of 18', now)).toBe(false);
    expect(isProviderLabel('New details »', now)).toBe(false);
    expect(isProviderLabel('10/31(火) 12:10', now)).toBe(false);
  });
});
