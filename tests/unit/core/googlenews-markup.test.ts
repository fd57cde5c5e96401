import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { parsePage } from '../../../core/parse';

const url = 'https://news.google.com/search?q=markets&hl=en-US&gl=US&ceid=US%3Aen';
const now = new Date('2025-06-08T18:00:00Z');
const FAVICON = 'https://encrypted-tbn1.gstatic.com/faviconV2?url=https://www.bloomberg.com&client=NEWS_360&size=96&type=FAVICON';

/** A story card of the 2021– markup: overlay link, headline link, byline, thumbnail, publisher row, time, menu. */
function card(token: string, title: string, byline: string, thumbnail: string | null): string {
  const read = `./read/CBMi${token}?hl=en-US&amp;gl=US&amp;ceid=US%3Aen`;
  const figure = thumbnail ? `<figure class="K0q4G" role="presentation"><img class="Quavad" src="${thumbnail}"></figure>` : '';
  return `<article class="IFHyqb DeXSAc"><div class="m5k28"><div class="XlKvRb"><a class="WwrzSb" href="${read}" aria-hidden="true" tabindex="-1"></a></div>
<div class="B6pJDd"><div class="IL9Cne"><a class="JtKRv" href="${read}" data-n-tid="29">${title}</a></div><div class="MkYNL"><span>${byline}</span></div></div>${figure}</div>
<div class="UOVeFe"><div class="oovtQ"><img class="qEdqNd" src="${FAVICON}" alt=""><div class="a7P8l"><div class="vr1PYe" data-n-tid="9">Bloomberg.com</div></div></div>
<hr><time class="hvbAAd" datetime="2025-06-08T15:00:00Z">3 hours ago</time>
<div class="CDnO5b"><span><button aria-label="More - ${title}" data-n-tid="27"><svg width="24" height="24"><path d="M12 8"></path></svg></button><div role="tooltip">More</div></span></div></div></article>`;
}

/** A story card of the 2018–2020 markup: the headline in an `<h3>`, its summary under it. */
const SUMMARY = 'Shares fell across Asia on Monday as traders weighed the latest figures on inflation and jobs.';
const oldCard = `<article class="MQsxIb xTewfe"><h3 class="ipQwMb"><a class="DY5T1d" href="./articles/CBMiSWh0dHBzOi8vd3d3LmV4YW1wbGUuY29tL21hcmtldHM?hl=en-US">Asian markets slip as investors await US data</a></h3>
<div class="Da10Tb"><span class="xBbh9">${SUMMARY}</span></div>
<div class="QmrVtf"><a class="wEwyrc" data-n-tid="9" href="./publications/CAAqBwgKMIv">Example Times</a><time class="WW6dff" datetime="seconds: 1749387600">1 hour ago</time></div></article>`;

const page = `<html lang="en-US"><body><main><c-wiz>
${card('ONE', 'The AI Model That Tanked the Stock Market', 'By Joe Weisenthal, Tracy Alloway &amp; Dashiell Bennett', '/api/attachments/CC8iK0NnNVBNbTlO=-w200-h112-p-df-rw')}
${card('TWO', 'Stocks rebound as chipmakers recover from record rout', 'By Vildana Hajric', null)}
${oldCard}
</c-wiz></main></body></html>`;

describe('Google News cards read from their markup', () => {
  const articles = parsePage(documentFromHtml(page, url), { url: new URL(url), now }).articles;

  it('reads the headline link, the publisher row and the <time datetime>', () => {
    expect(articles.map((a) => a.title)).toEqual([
      'The AI Model That Tanked the Stock Market',
      'Stocks rebound as chipmakers recover from record rout',
      'Asian markets slip as investors await US data',
    ]);
    expect(articles[0]!.url).toBe('https://news.google.com/read/CBMiONE?hl=en-US&gl=US&ceid=US%3Aen');
    expect(articles[0]!.source.name).toBe('Bloomberg.com');
    expect(articles[0]!.publishedAt).toBe('2025-06-08T15:00:00.000Z');
    expect(articles[0]!.time).toMatchObject({ text: '3 hours ago', from: 'attribute' });
  });

  it("names the publisher shown by its wordmark alone by the image's alt text", () => {
    const wordmark = card('THREE', 'The rescue nobody wants to name', 'By Nils Pryor', null).replace(
      /<div class="oovtQ">.*?<\/div><\/div><\/div>/s,
      '<div class="oovtQ"><img class="qEdqNd ZGOijd" src="https://news.google.com/api/attachments/CC8iK0NnNU5=-h48-w180" alt="The Guardian"></div>',
    );
    const read = parsePage(documentFromHtml(`<html><body><main><c-wiz>${wordmark}${card('ONE', 'The AI Model That Tanked the Stock Market', 'By Joe', null)}</c-wiz></main></body></html>`, url), { url: new URL(url), now });
    expect(read.articles[0]!.source.name).toBe('The Guardian');
  });

  it('takes every name of the byline for the author, and the byline for no summary', () => {
    expect(articles[0]!.author).toBe('Joe Weisenthal, Tracy Alloway & Dashiell Bennett');
    expect(articles[0]!.snippet).toBeNull();
    expect(articles[1]!.author).toBe('Vildana Hajric');
  });

  it("takes the figure's picture for the image, and the publisher's favicon for none", () => {
    expect(articles[0]!.imageUrl).toBe('https://news.google.com/api/attachments/CC8iK0NnNVBNbTlO=-w200-h112-p-df-rw');
    expect(articles[1]!.imageUrl).toBeNull();
    expect(articles.every((a) => !a.sponsored)).toBe(true);
  });

  it('leaves a card of the 2018–2020 markup to the generic rules, which read its summary', () => {
    expect(articles[2]!.snippet).toBe(SUMMARY);
    expect(articles[2]!.source.name).toBe('Example Times');
    expect(articles[2]!.publishedAt).toBe('2025-06-08T13:00:00.000Z');
  });
});

describe('Google News cards in Italian', () => {
  it('take the byline after "Di" for the author, and the wordmark for the publisher', () => {
    const read = './read/CBMiTRE?hl=it&amp;gl=IT&amp;ceid=IT%3Ait';
    const html = `<html lang="it"><body><main><c-wiz>${[1, 2]
      .map(
        (i) => `<article class="IFHyqb DeXSAc"><div class="m5k28"><div class="XlKvRb"><a class="WwrzSb" href="${read}${i}" aria-hidden="true" tabindex="-1"></a></div>
<div class="B6pJDd"><div class="IL9Cne"><a class="JtKRv" href="${read}${i}" data-n-tid="29">Documento di finanza pubblica numero ${i}: cosa cambia per le famiglie</a></div><div class="MkYNL"><span>Di Gianni Trovati</span></div></div></div>
<div class="UOVeFe"><div class="oovtQ_wrap"><div class="MCAGUe"><img class="qEdqNd y3G2Ed" src="https://lh3.googleusercontent.com/wordmark-${i}=h14" alt="Il Sole 24 ORE" height="14"></div></div>
<hr><time class="hvbAAd" datetime="2025-06-08T1${i}:00:00Z">${8 - i} ore fa</time></div></article>`,
      )
      .join('')}</c-wiz></main></body></html>`;
    const page = 'https://news.google.com/search?q=finanza&hl=it&gl=IT&ceid=IT%3Ait';
    const articles = parsePage(documentFromHtml(html, page), { url: new URL(page), now }).articles;
    expect(articles.map((a) => [a.source.name, a.author])).toEqual([
      ['Il Sole 24 ORE', 'Gianni Trovati'],
      ['Il Sole 24 ORE', 'Gianni Trovati'],
    ]);
  });
});

describe('a News Showcase panel', () => {
  const story = (i: number) => `<article class="IFHyqb" jslog="85008"><a class="JtKRv" href="./read/CBMiShowcaseToken${i}?hl=en-GB">Showcase story number ${i} about the budget and the energy bills</a>
    <div class="UOVeFe"><time class="hvbAAd" datetime="2025-06-08T1${i}:00:00Z">${7 - i} hours ago</time></div></article>`;
  const panel = (name: string) => `<div class="Sdipub" data-panel-type="HIGHLIGHTS"><div class="Isw6Yb"><img class="qEdqNd" src="https://lh3.example/logo=h28" alt="" height="28"><div class="vr1PYe">${name}</div><div class="z0Wt4c"><span class="lXOq6c">Free access</span></div></div>
    <div class="yJ9YQe"><h3 class="ZFKvRb">Today’s essentials</h3></div><div class="XPgdFf">${[1, 2, 3].map(story).join('')}</div></div>`;

  it("gives each story the publisher its panel's header names once", () => {
    const page = 'https://news.google.com/showcase?hl=en-GB&gl=GB&ceid=GB%3Aen';
    const articles = parsePage(documentFromHtml(`<html lang="en-GB"><body><main>${panel('The Independent')}</main></body></html>`, page), { url: new URL(page), now }).articles;
    expect(articles.map((a) => a.source.name)).toEqual(['The Independent', 'The Independent', 'The Independent']);
  });
});
