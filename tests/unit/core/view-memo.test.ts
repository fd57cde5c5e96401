import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { dataTimedOf, noteDataTimes, timePartIn, viewOf } from '../../../core/fields/view';
import { listReading } from '../../../core/adapters/no-stories';
import { shapeOf } from '../../../core/dom';
import { timePartOf } from '../../../core/time';
import { inParse } from '../../../core/memo';
import type { ParseContext } from '../../../core/types';

const page = 'https://news.example/';

describe('a text\'s time part, remembered for the parse', () => {
  const now = new Date('2025-06-10T14:00:00Z');
  const texts = ['5 hours ago', 'Reuters · 5 hours ago', 'Reuters', '10/06/2025', 'hoje, 20h30', 'every day at 08:00'];

  it('answers as timePartOf does, and again after the parse learns the page\'s zone and order of dates', () => {
    const ctx: ParseContext = { url: new URL(page), now };
    inParse(() => {
      expect(texts.map((t) => timePartIn(t, ctx))).toEqual(texts.map((t) => timePartOf(t, now, ctx.times)));
      ctx.times = { timeZone: 'America/Sao_Paulo', dayFirst: true };
      expect(texts.map((t) => timePartIn(t, ctx))).toEqual(texts.map((t) => timePartOf(t, now, ctx.times)));
    });
  });
});

describe('a list\'s texts and shapes, each read once', () => {
  it('gives each element\'s textContent and shape as they are, however often asked', () => {
    const doc = documentFromHtml('<body><ul class="feed"><li class="item odd"><b>Reuters</b> 5 hours ago</li><li>Plain</li></ul></body>', page);
    const reading = listReading();
    const [first, second] = [...doc.querySelectorAll('li')];
    for (let i = 0; i < 2; i++) {
      expect([reading.text(first!), reading.shape(first!)]).toEqual(['Reuters 5 hours ago', shapeOf(first!)]);
      expect([reading.text(second!), reading.shape(second!)]).toEqual(['Plain', 'LI.']);
    }
  });
});

describe('whether the page has timestamp attributes, as the detector found', () => {
  it('is what the views read, in the parse that noted it', () => {
    const doc = documentFromHtml('<body><div><span data-timestamp="1749564000">x</span><a href="/a">A story of the day that leads</a></div></body>', page);
    const ctx: ParseContext = { url: new URL(page), now: new Date('2025-06-10T14:00:00Z') };
    const block = { element: doc.querySelector('div')!, section: null };
    const timed = inParse(() => dataTimedOf(viewOf(block, ctx, new URL(page))));
    expect(timed.map((el) => el.tagName)).toEqual(['SPAN']);
    expect(inParse(() => (noteDataTimes(doc, ctx, false), dataTimedOf(viewOf(block, ctx, new URL(page)))))).toEqual([]);
  });
});
