import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { snippetOf, tooLittleTextForSnippet } from '../../../core/fields/snippet';
import { titleOf } from '../../../core/fields/title';
import { viewOf } from '../../../core/fields/view';
import { inParse } from '../../../core/memo';

const page = 'https://links.example/';
const now = new Date('2025-06-10T14:00:00Z');

/** The first <div> of `html`: whether the shortcut rules a snippet out, and the snippet its view gives. */
function read(html: string): { ruledOut: boolean; snippet: string | null } {
  return inParse(() => {
    const doc = documentFromHtml(`<body>${html}</body>`, page);
    const block = doc.querySelector('div')!;
    const view = viewOf({ element: block, section: null }, { url: new URL(page), now }, new URL(page));
    const title = titleOf(view)!;
    return { ruledOut: tooLittleTextForSnippet(block, title.element), snippet: snippetOf(view, title) };
  });
}

const headline = '<a href="https://news.example/2025/06/10/markets-rally-as-rates-fall">Markets rally as rates fall across Europe</a>';

describe('a block whose text is too short for a teaser', () => {
  it.each([
    ['its headline alone', `<div>${headline}</div>`],
    ['its headline and a short label', `<div>${headline} <span>Reuters</span></div>`],
    ['its headline and short lines of their own', `<div><p>${headline}</p><p>Reuters</p><p>5 hours</p></div>`],
  ])('is ruled out without its view when it holds %s, and its view finds no snippet either', (_, html) => {
    expect(read(html)).toEqual({ ruledOut: true, snippet: null });
  });

  it('is not ruled out when a teaser line follows the headline, which its view finds', () => {
    const teaser = 'Stocks climbed on Tuesday as central banks signalled further cuts.';
    expect(read(`<div>${headline}<p>${teaser}</p></div>`)).toEqual({ ruledOut: false, snippet: teaser });
  });
});
