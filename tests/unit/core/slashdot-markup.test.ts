import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { collapse, textOf } from '../../../core/text';
import { isMarkLike, textBeyond } from '../../../core/adapters/slashdot';

/** The test it stands for (slashdot.ts MARK_LIKE): one to 20 letters, with marks and white space around them only. */
const MARK_LIKE = /^[\p{M}\p{Cf}\s]*(?:\p{L}[\p{M}\p{Cf}\s]*){1,20}$/u;

describe('a text that may be part of a sponsor mark', () => {
  it('is told as the pattern tells it, an ASCII text by its characters', () => {
    const texts = [
      'Sponsored', '  Ad  ', '\n\t\t', '', 'Read More...', 'page 2', 'abcdefghijklmnopqrst', 'abcdefghijklmnopqrstu',
      'a b c d e f g h i j k l m n o p q r s t u', 'Anzeige\v', 'Publicité', 'x\u00a0y', '\u200eAd\u200e', '広告', 'ad\u0301',
      '@', '[x]', '`', '{', '~', 'Ad\x7f', '\x00Ad',
    ];
    for (const text of texts) expect(isMarkLike(text), JSON.stringify(text)).toBe(MARK_LIKE.test(text));
  });

  it('answers as the pattern on every single character and on ASCII mixes', () => {
    for (let c = 0; c < 0x3100; c++) {
      const text = String.fromCharCode(c);
      expect(isMarkLike(text), `U+${c.toString(16)}`).toBe(MARK_LIKE.test(text));
      expect(isMarkLike(`Ad ${text}`), `Ad U+${c.toString(16)}`).toBe(MARK_LIKE.test(`Ad ${text}`));
    }
  });
});

describe('the text a snippet is cut from', () => {
  const summary = 'Google is not letting a handset application that spies on text messages be sold. '.repeat(8);

  it('of text and inline elements, is a prefix of the whole text longer than the cut', () => {
    const doc = documentFromHtml(
      `<div id="x">\n\t\tdbune writes <i>"${summary}<a href="/a">spies   on</a>\n\t${summary}"</i></div>`,
      'https://slashdot.org/',
    );
    const el = doc.getElementById('x')!;
    const whole = textOf(el);
    const head = textBeyond(el, 300);
    expect(head.length).toBeGreaterThan(300);
    expect(head.length).toBeLessThan(whole.length);
    expect(whole.startsWith(head)).toBe(true);
  });

  it('is the whole text when it is short, or when a part is a block', () => {
    const doc = documentFromHtml(
      `<div id="short"> A <b>short</b>\n summary </div><div id="box"><div>${summary}</div><p>${summary}</p></div>`,
      'https://slashdot.org/',
    );
    expect(textBeyond(doc.getElementById('short')!, 300)).toBe('A short summary');
    const box = doc.getElementById('box')!;
    expect(textBeyond(box, 300)).toBe(textOf(box));
  });

  it('keeps white space cut in the middle of a run as one space, as collapsing the whole does', () => {
    const raw = `${'word '.repeat(70)}\n\n\t\t${'next '.repeat(70)}`;
    const doc = documentFromHtml(`<div id="x">${raw}</div>`, 'https://slashdot.org/');
    const head = textBeyond(doc.getElementById('x')!, 340);
    expect(collapse(raw).startsWith(head)).toBe(true);
    expect(head.length).toBeGreaterThan(340);
  });
});
