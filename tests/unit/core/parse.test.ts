import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { parsePage } from '../../../core/parse';
import type { Article, ParseResult } from '../../../core/types';
import { adapterFor } from '../../../core/registry';

const now = new Date('2025-06-08T18:00:00Z');
const urls = ['https://example.org/news/story', 'https://daily8.com/news/story'];

function parse(doc: Document, url: string): ParseResult {
  return parsePage(doc, { url: new URL(url), now });
}

const html = (source: string) => (url: string) => documentFromHtml(source, url);
const withoutBody = (url: string) => {
  const doc = documentFromHtml('<title>t</title><h1>Hello</h1>', url);
  doc.body!.remove();
  return doc;
};
const withoutRoot = (url: string) => {
  const doc = documentFromHtml('<p>x</p>', url);
  doc.documentElement.remove();
  return doc;
};

const comments = html(`<main><p>Story text.</p><section class="comments"><h2>Comments (2)</h2>
  <div class="comment"><a href="/user/anna">anna</a> <span>5 hours ago</span>
    <p>I do not agree with the author at all, the numbers in the second paragraph are wrong.</p><a href="#reply">Reply</a></div>
  <div class="comment"><a href="/user/bob">bob</a> <span>2 hours ago</span>
    <p>Thanks for writing this, it explains the situation better than anything else I have read.</p><a href="#reply">Reply</a></div>
</section></main>`);

const sections = ['World', 'Business', 'Tech', 'Science', 'Sport', 'Culture', 'Opinion', 'Travel', 'Video', 'Weather'];
const menu = html(`<nav><ul>${sections.map((s) => `<li><a href="/${s.toLowerCase()}">${s} news today</a> <span>1h</span></li>`).join('')}</ul></nav>
  <ul class="footer-links">${sections.map((s) => `<li><a href="/about/${s}">About our ${s} desk</a></li>`).join('')}</ul>`);

const cases: Array<[string, (url: string) => Document]> = [
  ['an empty document', html('')],
  ['a document with no body', withoutBody],
  ['a document with no root element', withoutRoot],
  ['broken markup', html('<div><a href="/x">Unclosed <b>bold <time datetime="nope">5 hours ago<div></table></p><li><td>cell</a></i>')],
  ['two comments with times but no headline links', comments],
  ['a navigation menu with many links', menu],
];

describe.each(urls)('parsePage on %s', (url) => {
  it.each(cases)('returns a valid result with no articles for %s', (_, make) => {
    const result = parse(make(url), url);
    expect(result).toMatchObject({ schemaVersion: 1, url, capturedAt: now.toISOString(), articles: [] });
    expect(['other', 'article']).toContain(result.layout.kind);
    expect(result.layout.confidence).toBeGreaterThanOrEqual(0);
    expect(result.layout.confidence).toBeLessThanOrEqual(1);
    expect(result.warnings).toEqual([]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('an adapter that fails on one block', () => {
  it('leaves that block its generic reading and the page its other articles', () => {
    const source = `<ul>${[1, 2, 3]
      .map((n) => `<li><h3><a href="/news/2025/06/08/story-number-${n}">Council approves plan number ${n} for the harbour</a></h3><span>Wire Press</span> · <time datetime="2025-06-08T1${n}:00:00Z">${n}h ago</time></li>`)
      .join('')}</ul>`;
    const doc = documentFromHtml(source, urls[0]!);
    const adapter = { ...adapterFor(new URL(urls[0]!)), refine: (article: Article) => {
      if (article.title.includes('number 2')) throw new Error('unforeseen markup');
      return { ...article, title: article.title.toUpperCase() };
    } };
    const result = parsePage(doc, { url: new URL(urls[0]!), now, adapter });
    expect(result.articles.map((a) => a.title)).toEqual([
      'COUNCIL APPROVES PLAN NUMBER 1 FOR THE HARBOUR',
      'Council approves plan number 2 for the harbour',
      'COUNCIL APPROVES PLAN NUMBER 3 FOR THE HARBOUR',
    ]);
  });
});

describe('an adapter that names the headline', () => {
  // Each story's first link is its dossier's, a longer one than its short headline: the site knows which is which.
  const source = `<ul>${[1, 2, 3]
    .map((n) => `<li><a href="/harbour/port-expansion-plans-${n}">Harbour authority and port expansion plans</a> <a class="story" href="/news/2025/06/08/story-${n}">Plan ${n} passes</a> <span>Wire Press</span> · <time datetime="2025-06-08T1${n}:00:00Z">${n}h ago</time></li>`)
    .join('')}</ul>`;
  const url = new URL(urls[0]!);
  const base = adapterFor(url);
  const named = {
    ...base,
    blocks: (doc: Document) => [...doc.querySelectorAll('li')].map((element) => ({ element, section: null })),
    blockSteps: undefined,
    headline: (block: { element: Element }) => {
      const link = block.element.querySelector('a.story');
      return link && !link.textContent!.includes('2') ? { title: link.textContent!, element: link, url: (link as HTMLAnchorElement).href } : null;
    },
  };

  it("gives its stories that headline, and the generic rules' source and time", () => {
    const result = parsePage(documentFromHtml(source, url.toString()), { url, now, adapter: named });
    const first = result.articles[0]!;
    expect({ title: first.title, url: first.url, source: first.source.name, publishedAt: first.publishedAt }).toEqual({
      title: 'Plan 1 passes', url: 'https://example.org/news/2025/06/08/story-1', source: 'Wire Press', publishedAt: '2025-06-08T11:00:00.000Z',
    });
    expect(result.articles[2]!.title).toBe('Plan 3 passes');
  });

  it('leaves a block whose headline it does not name to the generic rules', () => {
    const result = parsePage(documentFromHtml(source, url.toString()), { url, now, adapter: named });
    const generic = parsePage(documentFromHtml(source, url.toString()), { url, now, adapter: { ...named, headline: () => null } });
    expect(result.articles[1]).toEqual(generic.articles[1]);
    expect(result.articles[1]!.title).not.toBe('Plan 2 passes');
  });
});

describe("a page's clock", () => {
  const page = (lang: string) =>
    `<html lang="${lang}"><body><main><ul>${[1, 2, 3, 4].map((i) => `<li><h3><a href="https://www.aps.example.sn/actualites/story-number-${i}-about-the-harvest">Kaolack : les producteurs réclament le paiement numéro ${i}</a></h3><span>APS</span> · <span>Aujourd'hui à 1${i}h58</span></li>`).join('')}</ul></main></body></html>`;
  const times = (lang: string, url: string) =>
    parsePage(documentFromHtml(page(lang), url), { url: new URL(url), now: new Date('2025-06-04T19:00:00Z') }).articles.map((a) => a.publishedAt);

  it("is its country's where its domain names one and its language tag names no region (a French page at '.sn' keeps Dakar's time)", () => {
    expect(times('fr', 'https://www.teranga-infos.sn/')[0]).toBe('2025-06-04T11:58:00.000Z');
    // At '.com', the language alone tells it: French is read in Paris time.
    expect(times('fr', 'https://www.teranga-infos.com/')[0]).toBe('2025-06-04T09:58:00.000Z');
    // A region in the tag says more than the domain.
    expect(times('fr-SN', 'https://www.teranga-infos.fr/')[0]).toBe('2025-06-04T11:58:00.000Z');
    expect(times('fr', 'https://www.teranga-infos.fr/')[0]).toBe('2025-06-04T09:58:00.000Z');
  });

  it('is the zone of the language its title is written in where the page has no language tag (a Chinese portal at ".com")', () => {
    const html = (title: string) => `<html><head><title>${title}</title></head><body><ul>${[1, 2, 3, 4].map((i) =>
      `<li><a href="https://www.example-news.com/a/2025-06-04/doc-${i}0001.shtml">国家发改委：加快推进重大项目建设 第${i}批</a><span class="src">新华社</span><span class="time">2025-06-04 1${i}:12</span></li>`).join('')}</ul></body></html>`;
    const first = (title: string) => {
      const url = 'https://news.example-portal.com/';
      return parsePage(documentFromHtml(html(title), url), { url: new URL(url), now: new Date('2025-06-04T19:00:00Z') }).articles[0]?.publishedAt;
    };
    // 11:12 in Beijing is 03:12 UTC.
    expect(first('百度新闻——海量中文资讯平台')).toBe('2025-06-04T03:12:00.000Z');
    expect(first('News portal')).toBe('2025-06-04T11:12:00.000Z');
  });
});

describe("a blog's days of posts (Blogger's date headers)", () => {
  const post = (i: number, time: string, ago: string): string => `<div class="post-outer"><div class="post hentry">
    <div class="post-thumb"><a href="https://blog.example/2025/06/post-${i}.html"><img src="/t${i}.jpg" alt=""></a></div>
    <h2 class="post-title"><a href="https://www.outlet${i}.example/news/2025/06/story-number-${i}-about-the-harbour">Story number ${i} about the harbour works and the new quay</a></h2>
    <div class="post-info"><span class="post-author">By <a href="https://www.blogger.com/profile/${i}" rel="author">Ada Obi</a></span>
    <a class="timestamp-link" href="https://blog.example/2025/06/post-${i}.html"><abbr class="published" title="${time}">${ago}</abbr></a>
    <a class="comment-link" href="https://blog.example/2025/06/post-${i}.html#comment-form">${i} comments</a></div>
    <div class="post-body">The council said the works would take two more weeks than planned…</div></div></div>`;
  const day = (date: string, posts: string[]): string => `<div class="date-outer"><h2 class="date-header"><span>${date}</span></h2><div class="date-posts">${posts.join('')}</div></div>`;
  const page = `<html><body><div class="blog-posts">${day('Sunday, June 8, 2025', [post(1, '2025-06-08T15:00:00Z', '3 hours ago'), post(2, '2025-06-08T12:00:00Z', '6 hours ago'), post(3, '2025-06-08T10:00:00Z', '8 hours ago')])}${day('Saturday, June 7, 2025', [post(4, '2025-06-07T09:00:00Z', '1 day ago')])}${day('Friday, June 6, 2025', [post(5, '2025-06-06T09:00:00Z', '2 days ago')])}</div></body></html>`;

  it('reads the post of a day that has only one, beside days of several', () => {
    const got = parse(documentFromHtml(page, 'https://blog.example/'), 'https://blog.example/').articles.map((a) => a.title);
    expect(got).toEqual([1, 2, 3, 4, 5].map((i) => `Story number ${i} about the harbour works and the new quay`));
  });
});
