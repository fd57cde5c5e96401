import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { collapse, isInline, piecesOf, plainTextOf, textOf, textWithout, wordCount } from '../../../core/text';
import { attributionName } from '../../../core/fields/labels';

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

describe('the text pieces of a block', () => {
  it('with a filter, are those whose text passes it, read as without one', () => {
    const doc = documentFromHtml(
      `<table><tr><td id="x"><span>68 points</span>\n   by <a href="user?id=kine">kine</a>\n   22 hours ago  |\n   <a href="item?id=4">56 comments</a></td></tr></table>`,
      'https://news.example/',
    );
    const row = doc.getElementById('x')!;
    const all = piecesOf(row);
    expect(all.map((p) => p.text)).toEqual(['68 points', 'by', 'kine', '22 hours ago |', '56 comments']);
    expect(piecesOf(row, /\bago\b/i)).toEqual(all.filter((p) => /\bago\b/i.test(p.text)));
  });
});

describe('the plain text of an element', () => {
  it.each([
    ['inline elements alone', '<span id="x">submitted <time>3 hours</time> ago by <a href="/u/kine">kine</a></span>', 'submitted 3 hours ago by kine'],
    ['a leading logo, then the name', '<a id="x"><img src="logo.png" alt="">  Yonhap News</a>', 'Yonhap News'],
    ['lines, which the text walk spaces', '<div id="x"><p>First line</p><p>second line</p></div>', 'First line second line'],
    ['a script, which the text walk passes by', '<span id="x">Reuters<script>var a = 1;</script></span>', 'Reuters'],
  ])('reads as its text when it holds %s', (_, html, text) => {
    const el = documentFromHtml(html, 'https://news.example/').getElementById('x')!;
    expect(plainTextOf(el)).toBe(textOf(el));
    expect(plainTextOf(el)).toBe(text);
  });
});

describe('collapse', () => {
  it('drops the marks that set the text direction, so a marked age still reads as a time', () => {
    expect(collapse('\u200e38 minutes ago\u200e')).toBe('38 minutes ago');
    expect(collapse('\u2067Reuters\u2069 \u00a0- \u200f2h')).toBe('Reuters - 2h');
  });

  it('keeps the joiners that Persian and Indic scripts spell words with', () => {
    expect(collapse('می\u200cشود')).toBe('می\u200cشود');
  });

  it('reads a re-indented text as its words with single spaces, whatever white space or marks stand at its ends', () => {
    expect(collapse('\n        Show HN: a tiny parser\n      ')).toBe('Show HN: a tiny parser');
    expect(collapse('\u200e \n 5 minutes  ago \u00a0')).toBe('5 minutes ago');
    expect(collapse(' \u200b\t')).toBe('');
  });
});

describe('an attribution line', () => {
  it('names the source after "Source:" in Chinese, Korean and Arabic, with or without a dash first, and the provider after Japanese "提供：" and Spanish "Presentado por"', () => {
    expect(attributionName('- 来源：东方观察网')).toBe('东方观察网');
    expect(attributionName('提供：すまいバリュー査定')).toBe('すまいバリュー査定');
    expect(attributionName('Presentado por Banco Pampa')).toBe('Banco Pampa');
    expect(attributionName('출처: 한빛통신')).toBe('한빛통신');
    expect(attributionName('- Russia Today')).toBe('Russia Today');
  });
});

describe('the words of a text', () => {
  it('counts words between spaces, and words of scripts written without spaces by their length', () => {
    expect(wordCount('Parliament passes the 2026 budget')).toBe(5);
    // Lao and Thai headlines: one run of letters, about a word for every five of them.
    expect(wordCount('ນັກທ່ອງທ່ຽວຕ່າງປະເທດເດີນທາງມາຫຼວງພະບາງເພີ່ມຂຶ້ນໃນລະດູໜາວ')).toBeGreaterThanOrEqual(8);
    expect(wordCount('นายกรัฐมนตรีประกาศมาตรการช่วยเหลือเกษตรกร')).toBeGreaterThanOrEqual(6);
    // A publisher's name stays a few words.
    expect(wordCount('ວຽງຈັນທູເດ')).toBeLessThanOrEqual(2);
    expect(wordCount('東京新聞')).toBe(2);
    // Tibetan marks its syllables off with the tsheg ("་"), not spaces.
    expect(wordCount('བོད་མིའི་སྒྲིག་འཛུགས་ཀྱིས་ཚོགས་འདུ་ཆེན་མོ་འཚོགས་པ།')).toBeGreaterThanOrEqual(8);
  });
});

describe('a credit line whose name starts with its own lower-case article', () => {
  it("reads the name ('- la Repubblica', 'via il Post'), not a lower-case article before a common word", () => {
    expect(attributionName('- la Repubblica')).toBe('la Repubblica');
    expect(attributionName('via il Post')).toBe('il Post');
    expect(attributionName('- la redazione')).toBeNull();
    expect(attributionName('From the magazine')).toBeNull();
  });
});
