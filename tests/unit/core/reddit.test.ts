import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { parsePage } from '../../../core/parse';

const url = 'https://old.reddit.com/r/programming/';
const now = new Date('2025-06-08T18:00:00Z');

// Before <time> (about 2011), the tagline said the age in words.
const TAGLINE = 'submitted 6 hours ago by';

function row(id: string, title: string, href: string, extra = ''): string {
  return `<div class="thing link" data-fullname="t3_${id}">
  <div class="entry">
    <p class="title"><a class="title" href="${href}">${title}</a></p>
    <p class="tagline">${TAGLINE} <a class="author" href="/user/${id}">someone_${id}</a> to <a class="subreddit" href="/r/programming/">programming</a></p>
    ${extra}
    <ul class="flat-list buttons"><li><a class="comments" href="/r/programming/comments/${id}/">12 comments</a></li></ul>
  </div>
</div>`;
}

const selfText = 'I have been comparing editors for a week now and would like to hear what everyone here uses every day.';
const page = `<html><body><div id="siteTable">
${row('aa1', 'A new release of the compiler is out today', 'https://blog.example.org/release')}
${row('aa2', 'Ask: which editor do you use, and why?', '/r/programming/comments/aa2/ask/', `<div class="expando"><div class="usertext-body"><div class="md"><p>${selfText}</p></div></div></div>`)}
${row('aa3', 'Try the fastest hosted database for free', 'https://ads.example.com/db', '<a rel="nofollow sponsored" href="https://ads.example.com/db">Learn more</a>')}
</div></body></html>`;

describe('Reddit, old rows read from their markup', () => {
  const articles = parsePage(documentFromHtml(page, url), { url: new URL(url), now }).articles;

  it('gives a link post no snippet: its tagline ("submitted … by … to …") is no teaser', () => {
    expect(articles[0]!.title).toBe('A new release of the compiler is out today');
    expect(articles[0]!.snippet).toBeNull();
    expect(articles[0]!.publishedAt).toBe('2025-06-08T12:00:00.000Z');
  });

  it("takes an expanded self post's text as its snippet", () => {
    expect(articles[1]!.snippet).toBe(selfText);
  });

  it('marks a row with a rel="sponsored" link as sponsored, and only that row', () => {
    expect(articles.map((a) => a.sponsored)).toEqual([false, false, true]);
  });
});
