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

describe("Reddit's search results and comments pages", () => {
  const result = (id: string, title: string, outbound: string | null, sub: string): string => `<div class="search-result search-result-link" data-fullname="t3_${id}">
    <header class="search-result-header"><a href="https://old.reddit.com/r/${sub}/comments/${id}/slug/" class="search-title">${title}</a></header>
    <div class="search-result-meta"><span class="search-score">812 points</span> <span class="search-time">submitted <time datetime="2025-06-08T1${id.length}:00:00+00:00">3 hours ago</time></span>
    <span class="search-author"> by <a class="author" href="https://old.reddit.com/user/u${id}">u${id}</a></span> <span> to <a href="https://old.reddit.com/r/${sub}/" class="search-subreddit-link">r/${sub}</a></span></div>
    ${outbound ? `<div class="search-result-footer"><a href="${outbound}" class="search-link">${outbound.slice(0, 40)}...</a></div>` : ''}</div>`;

  it("name a link post's outlet by the address shown below it, a text post's community", () => {
    const searchUrl = 'https://old.reddit.com/search?q=heat+pump';
    const html = `<html><body><div class="search-result-listing">${result('ab1', 'Federal heat pump rebates frozen as payments pause', 'https://apnews.com/article/heat-pump-rebates-4f1c9e0a', 'news')}
      ${result('ab22', 'Is a heat pump worth it in a cold climate?', null, 'hvacadvice')}</div></body></html>`;
    const articles = parsePage(documentFromHtml(html, searchUrl), { url: new URL(searchUrl), now }).articles;
    expect(articles.map((a) => [a.title, a.source.name, a.url])).toEqual([
      ['Federal heat pump rebates frozen as payments pause', 'apnews.com', 'https://old.reddit.com/r/news/comments/ab1/slug/'],
      ['Is a heat pump worth it in a cold climate?', 'r/hvacadvice', 'https://old.reddit.com/r/hvacadvice/comments/ab22/slug/'],
    ]);
  });

  it("list nothing on a post's comments page: the post is the page's own story", () => {
    const postUrl = 'https://old.reddit.com/r/programming/comments/aa1/a_new_release/';
    const html = `<html><body class="comments-page"><div class="sitetable linklisting">${row('aa1', 'A new release of the compiler is out today', 'https://blog.example.org/release')}</div>
      <div class="commentarea"><div class="thing comment" data-fullname="t1_c1"><p class="tagline"><a class="author" href="/user/x">x</a> <time datetime="2025-06-08T17:00:00+00:00">1 hour ago</time></p><div class="md"><p>Great news, finally.</p></div></div></div></body></html>`;
    expect(parsePage(documentFromHtml(html, postUrl), { url: new URL(postUrl), now }).articles).toEqual([]);
  });

  it("list nothing on a user's comments page: each comment names the post it answers, which is no story of the page", () => {
    const userUrl = 'https://old.reddit.com/user/harbour_watch/comments/';
    const comment = (i: number) => `<div class="thing comment" data-fullname="t1_c${i}" data-subreddit="news">
      <p class="parent"><a class="title" href="https://www.outlet${i}.example/news/2025/06/08/story-${i}">Story number ${i} about the harbour works</a> by <a class="author" href="/user/op${i}">op${i}</a> in <a class="subreddit hover" href="/r/news/">news</a></p>
      <div class="entry"><p class="tagline"><a class="author" href="/user/harbour_watch">harbour_watch</a> <span class="score">${i * 4} points</span> <time datetime="2025-06-08T1${i}:00:00+00:00">${8 - i} hours ago</time></p>
      <div class="md"><p>I walked past the site yesterday and it is nowhere near done.</p></div>
      <ul class="flat-list buttons"><li><a class="bylink" href="/r/news/comments/p${i}/story/c${i}/">permalink</a></li></ul></div></div>`;
    const html = `<html><body class="listing-page profile-page"><div id="siteTable" class="sitetable nestedlisting">${[1, 2, 3, 4].map(comment).join('')}</div></body></html>`;
    expect(parsePage(documentFromHtml(html, userUrl), { url: new URL(userUrl), now }).articles).toEqual([]);
  });
});

describe("Reddit's 2018 redesign, before its cards were marked post-container", () => {
  it("reads each scroller card, a link post's outlet from the outbound link that shows its host", () => {
    const card = (id: string, title: string, outbound: string) => `<div class="scrollerItem s1r3zmnv-7" id="t3_${id}" tabindex="-1"><div><span>Posted by</span> <a href="/user/u${id}/">u/u${id}</a>
      <a data-click-id="timestamp" href="https://www.reddit.com/r/technology/comments/${id}/slug/">6 hours ago</a></div>
      <a data-click-id="body" href="/r/technology/comments/${id}/slug/"><h2>${title}</h2></a>
      <a href="${outbound}" class="b5szba-0" target="_blank">${outbound.replace(/^https:\/\/(www\.)?/, '').slice(0, 22)}...</a></div>`;
    const feed = 'https://www.reddit.com/r/technology/';
    const html = `<html><body><div class="rpBJOHq2PR60pnwJlUyP0">${card('9hk3n7', 'State regulators vote to cap the fees cities can charge for 5G small cells', 'https://arstechnica.com/tech-policy/2018/09/state-regulators-cap-5g/')}
      ${card('9hk4aa', 'The chip shortage is easing faster than expected', 'https://www.theverge.com/2018/9/20/chip-shortage')}</div></body></html>`;
    const articles = parsePage(documentFromHtml(html, feed), { url: new URL(feed), now }).articles;
    expect(articles.map((a) => [a.source.name, a.url])).toEqual([
      ['arstechnica.com', 'https://arstechnica.com/tech-policy/2018/09/state-regulators-cap-5g/'],
      ['theverge.com', 'https://www.theverge.com/2018/9/20/chip-shortage'],
    ]);
  });
});
