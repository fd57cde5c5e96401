import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { drudge } from '../../../core/adapters/drudge';
import { parsePage } from '../../../core/parse';
import { inParse } from '../../../core/memo';

const url = 'https://www.drudgereport.com/';
const now = new Date('2024-03-22T02:00:00Z');
const ctx = { url: new URL(url), now };

const DIRECTORY = ['http://www.abcnews.com/', 'http://www.theatlantic.com/', 'https://www.axios.com/', 'http://news.bbc.co.uk/default.stm', 'https://www.breitbart.com/']
  .map((href, i) => `<a href="${href}">PAPER ${i}</a><br>`)
  .join('\n');

const page = `<html><body><table><tr><td><tt><b>
<a href="https://nypost.com/2024/03/21/us-news/migrants-break-barriers-and-rush-border-guards-in-el-paso">100 migrants break barriers, rush guards in shocking El Paso scene...</a>
<hr>
<a href="https://www.dailymail.co.uk/news/article-13225281/Patrick-Carroll-real-estate-instagram-gun-videos-red-flag.html">Billionaire Miami real estate tycoon taken for mandated health evaluation...<br><br>
<i>Posting unhinged videos 'threatening cops'...</i></a>
<hr>
<a href="mailto:drudge@drudgereport.com">EMAIL: DRUDGE</a>
<hr>
${DIRECTORY}
</b></tt></td></tr></table></body></html>`;

describe('Drudge Report, headlines read from the markup', () => {
  const doc = documentFromHtml(page, url);

  it('reads a two-line headline link as its first line, without the generic rules', () => {
    const headlines = inParse(() => drudge.blocks(doc, ctx).map((b) => drudge.headline!(b, ctx)?.title ?? null));
    expect(headlines).toEqual([
      '100 migrants break barriers, rush guards in shocking El Paso scene...',
      'Billionaire Miami real estate tycoon taken for mandated health evaluation...',
    ]);
  });

  it('takes neither a mail link nor a directory of newspapers for a story', () => {
    const articles = parsePage(doc, ctx).articles;
    expect(articles.map((a) => a.source.name)).toEqual(['nypost.com', 'dailymail.co.uk']);
    expect(articles[1]!.snippet).toBeNull();
  });

  it("leaves a two-line link whose first line holds elements to the generic title rule", () => {
    const odd = documentFromHtml(`<body><a href="https://example.com/2024/03/21/story-of-the-day"><font color="red">RED</font> ALERT...<br><br>more</a></body>`, url);
    expect(inParse(() => drudge.blocks(odd, ctx).map((b) => drudge.headline!(b, ctx)))).toEqual([null]);
  });
});
