import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { parsePage } from '../../../core/parse';

const url = 'https://www.google.co.nz/search?q=asthma&tbm=nws';
const now = new Date('2020-03-06T02:00:00Z');
const PLACEHOLDER = 'data:image/gif;base64,R0lGODlhAQABAIAAAP';
const FAVICON = 'https://encrypted-tbn0.gstatic.com/faviconV2?url=https://www.rnz.co.nz&client=NEWS_360&size=96';
const THUMBNAIL = 'https://encrypted-tbn0.gstatic.com/images?q=tbn:ANd9GcQ1';

/** A result of the 2020–21 markup: g-card, div.dbsr, one link around the thumbnail, publisher, heading, summary, date. */
function dbsr(href: string, publisher: string, title: string, summary: string, date: string): string {
  return `<div><g-card class="nChh6e"><div><div><div class="dbsr"><a href="${href}"><div class="KWQBje">
<div class="vC5xic"><g-img><img class="rISBZc" src="${PLACEHOLDER}"></g-img></div>
<div class="hI5pFf"><div class="XTjFC WF4CUc">${publisher}<g-img class="QyR1Ze"><img class="rISBZc" src="${PLACEHOLDER}"></g-img></div>
<div class="JheGif jBgGLd" role="heading">${title}</div>
<div class="yJHHTd"><div class="Y3v8qd">${summary}</div><div class="wxp1Sb"><span class="YCV9ed"><span class="WG9SHc"><span>${date}</span></span></span></div></div></div>
</div></a></div></div></div></g-card></div>`;
}

/** A result of the 2022– markup: div.SoaBEf, a.WlydOe, the favicon beside the publisher, the thumbnail after the text. */
function soaBEf(href: string, publisher: string, title: string, summary: string, age: string): string {
  return `<div><div class="SoaBEf"><div class="SoAPf"><a class="WlydOe" href="${href}"><div class="SoAPf">
<div class="MgUUmf"><g-img class="QyR1Ze"><img class="YQ4gaf" src="${FAVICON}"></g-img><span>${publisher}</span></div>
<div class="n0jPhd" role="heading">${title}</div><div class="GI74Re">${summary}</div><div class="OSrXXb"><span>${age}</span></div></div>
<div class="uhHOwf"><img src="${THUMBNAIL}"></div></a></div></div></div>`;
}

const page = `<html lang="en-NZ"><body><div id="search"><div id="rso">
${dbsr('https://www.stuff.co.nz/motoring/119994958/fleet', 'Stuff.co.nz', 'Thinking about taking your <br>business fleet electric?', 'Selected for the campaign are NZ Post, <b>Asthma</b> NZ, a not-for-profit centring in Auckland ...', '5/03/2020')}
${dbsr('https://www.scoop.co.nz/stories/GE2003/S00025/nature.htm', 'Scoop.co.nz', 'New Research Shows Wellbeing Benefits Of Spending Time ...', 'Warning For Parents As <b>Asthma</b> Hospitalisations Spike On Return To School ...', '4/03/2020')}
${soaBEf('https://www.rnz.co.nz/news/national/asthma', 'RNZ', 'Asthma clinics see a rise in cases as the school term starts', 'Doctors in Wellington say the start of the school year brings a spike in <b>asthma</b> attacks every March.', '3 hours ago')}
</div></div></body></html>`;

describe('Google Search news results read from their card markup', () => {
  const articles = parsePage(documentFromHtml(page, url), { url: new URL(url), now }).articles;

  it("reads the heading, the publisher above it and the summary's whole line", () => {
    expect(articles.map((a) => [a.title, a.source.name])).toEqual([
      ['Thinking about taking your business fleet electric?', 'Stuff.co.nz'],
      ['New Research Shows Wellbeing Benefits Of Spending Time ...', 'Scoop.co.nz'],
      ['Asthma clinics see a rise in cases as the school term starts', 'RNZ'],
    ]);
    expect(articles[0]!.url).toBe('https://www.stuff.co.nz/motoring/119994958/fleet');
    expect(articles[0]!.snippet).toBe('Selected for the campaign are NZ Post, Asthma NZ, a not-for-profit centring in Auckland ...');
  });

  it("reads a numeric date in the page's order (day first in New Zealand), and an age", () => {
    expect(articles[0]!.time).toEqual({ text: '5/03/2020', from: 'text', earliest: '2020-03-05T00:00:00.000Z', latest: '2020-03-06T00:00:00.000Z' });
    expect(articles[2]!.publishedAt).toBe('2020-03-05T23:00:00.000Z');
  });

  it("takes the thumbnail for the image, not the publisher's favicon, and a placeholder for none", () => {
    expect(articles[0]!.imageUrl).toBeNull();
    expect(articles[2]!.imageUrl).toBe(THUMBNAIL);
    expect(articles.map((a) => [a.author, a.sponsored])).toEqual([[null, false], [null, false], [null, false]]);
  });
});
