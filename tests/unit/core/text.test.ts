import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { isInline, textOf, textWithout } from '../../../core/text';

describe('text without some inline elements', () => {
  it('reads as the text of a copy with those elements removed', () => {
    const doc = documentFromHtml(
      `<a id="x"><span class="icNew">NEW</span>Markets <i class="icon"><b>▶</b></i>rally<div>as <span class="icLive">LIVE</span>rates</div> fall<br>today</a>`,
      'https://news.example/',
    );
    const el = doc.getElementById('x')!;
    const icons = [...el.querySelectorAll('[class^="ic"]')].filter(isInline);
    const copy = el.cloneNode(true) as Element;
    for (const icon of copy.querySelectorAll('[class^="ic"]')) icon.remove();
    expect(textWithout(el, new Set(icons))).toBe(textOf(copy));
    expect(textWithout(el, new Set(icons))).toBe('Markets rally as rates fall today');
  });
});
