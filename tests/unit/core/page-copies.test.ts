import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { parsePage } from '../../../core/parse';
import { pageCopyOf } from '../../../core/page-copies';
import { LivePage } from '../../../core/live';

const NOW = new Date('2026-11-27T19:00:00Z');
const CAPTURE = 'https://web.archive.org/web/20261118143512/https://news.ycombinator.com/';

/** A Hacker News front page of four stories, each link written by `link` (as an archive or a proxy rewrites it). */
function hackerNews(link: (href: string) => string, head = ''): string {
  const rows = [1, 2, 3, 4].map((i) => `
    <tr class="athing" id="4${i}"><td class="title"><span class="rank">${i}.</span></td><td class="title"><span class="titleline">
      <a href="${link(`https://example${i}.com/story-${i}?utm_source=hn`)}">Story number ${i} about a thing that happened</a>
      <span class="sitebit comhead"> (<a href="${link(`https://news.ycombinator.com/from?site=example${i}.com`)}"><span class="sitestr">example${i}.com</span></a>)</span></span></td></tr>
    <tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score">${i * 10} points</span> by
      <a href="${link(`https://news.ycombinator.com/user?id=u${i}`)}" class="hnuser">u${i}</a>
      <span class="age"><a href="${link(`https://news.ycombinator.com/item?id=4${i}`)}">${5 - i} hours ago</a></span> |
      <a href="${link(`https://news.ycombinator.com/item?id=4${i}`)}">12&nbsp;comments</a></span></td></tr>`);
  return `<html><head>${head}</head><body><center><table id="hnmain"><tr><td><table class="itemlist">${rows.join('')}</table></td></tr></table></center></body></html>`;
}

const parse = (html: string, url: string) => parsePage(documentFromHtml(html, url), { url: new URL(url), now: NOW });

describe('an archive’s capture', () => {
  it('is read as the page it copies: its adapter, its original links, its times counted back from the capture', () => {
    const result = parse(hackerNews((href) => `/web/20261118143512/${href}`), CAPTURE);
    expect(result.url).toBe(CAPTURE);
    expect(result.capturedAt).toBe('2026-11-18T14:35:12.000Z');
    expect(result.layout.adapter).toBe('hackernews');
    expect(result.articles.map((a) => a.url)).toEqual([1, 2, 3, 4].map((i) => `https://example${i}.com/story-${i}`));
    expect(result.articles.map((a) => a.source.domain)).toEqual([1, 2, 3, 4].map((i) => `example${i}.com`));
    // "4 hours ago" on the 18th's capture, not on the day it is read.
    expect(result.articles[0]!.publishedAt).toBe('2026-11-18T10:35:12.000Z');
  });

  it('unwraps absolute rewritten links, a rewritten <base> and images’ "im_" links alike', () => {
    const html = hackerNews((href) => `https://web.archive.org/web/20261118143512/${href}`, '<base href="/web/20261118143512/https://news.ycombinator.com/">');
    const result = parse(html, 'https://web.archive.org/web/20261118143512id_/https://news.ycombinator.com/news');
    expect(result.articles).toHaveLength(4);
    expect(result.articles.every((a) => a.url?.startsWith('https://example'))).toBe(true);
  });

  it('reads the live page the same way (the content script’s LivePage)', () => {
    const doc = documentFromHtml(hackerNews((href) => `/web/20261118143512/${href}`), CAPTURE);
    const live = new LivePage(doc, new URL(CAPTURE), NOW);
    const result = live.result();
    expect(result.capturedAt).toBe('2026-11-18T14:35:12.000Z');
    expect(result.articles[0]?.url).toBe('https://example1.com/story-1');
  });

  it('is told by a 14-digit moment that is a date, under an archive’s prefix of its own', () => {
    expect(pageCopyOf(new URL('https://arquivo.pt/wayback/20240102030405/https://www.publico.pt/'))?.original.href).toBe('https://www.publico.pt/');
    expect(pageCopyOf(new URL('https://wayback.archive-it.org/4567/20230615120000/http://example.org/news'))?.capturedAt?.toISOString()).toBe('2023-06-15T12:00:00.000Z');
    expect(pageCopyOf(new URL('https://web.archive.org/web/20261399143512/https://news.ycombinator.com/'))).toBeNull();
    expect(pageCopyOf(new URL('https://news.ycombinator.com/item?id=20261118143512'))).toBeNull();
  });

  it('leaves an archive’s link that a live page shares as a story its own', () => {
    const archived = 'https://web.archive.org/web/20190101000000/https://example1.com/story-1';
    const result = parse(hackerNews((href) => (href.startsWith('https://example1.com') ? archived : href)), 'https://news.ycombinator.com/');
    expect(result.articles[0]!.url).toBe(archived);
    expect(result.capturedAt).toBe(NOW.toISOString());
  });
});

describe('an archive.today capture', () => {
  const TODAY = 'https://archive.ph/2026.11.18-143512/https://news.ycombinator.com/';

  it('at its long address is read as the page it copies, its links unwrapped and its times counted from the capture', () => {
    const result = parse(hackerNews((href) => `https://archive.ph/o/Xk3Pq/${href}`), TODAY);
    expect(result.capturedAt).toBe('2026-11-18T14:35:12.000Z');
    expect(result.layout.adapter).toBe('hackernews');
    expect(result.articles.map((a) => a.url)).toEqual([1, 2, 3, 4].map((i) => `https://example${i}.com/story-${i}`));
    expect(result.articles[0]!.publishedAt).toBe('2026-11-18T10:35:12.000Z');
  });

  it('at its short address still links to the originals (the capture names no moment: its times count from now)', () => {
    const result = parse(hackerNews((href) => `https://archive.ph/o/Xk3Pq/${href}`), 'https://archive.ph/Xk3Pq');
    expect(result.articles.map((a) => a.url)).toEqual([1, 2, 3, 4].map((i) => `https://example${i}.com/story-${i}`));
    expect(result.articles.map((a) => a.source.domain)).toEqual([1, 2, 3, 4].map((i) => `example${i}.com`));
  });

  it('is told by its own hosts and a moment that is a date', () => {
    expect(pageCopyOf(new URL('https://archive.today/2024.01.02-030405/https://www.publico.pt/'))?.capturedAt?.toISOString()).toBe('2024-01-02T03:04:05.000Z');
    expect(pageCopyOf(new URL('https://archive.ph/2024.13.02-030405/https://www.publico.pt/'))).toBeNull();
    expect(pageCopyOf(new URL('https://example.org/2024.01.02-030405/https://www.publico.pt/'))).toBeNull();
  });
});

describe('a translation proxy’s page', () => {
  it('is read as the original site: the proxy’s hosts and parameters are gone from its links', () => {
    const proxied = (href: string): string => {
      const u = new URL(href);
      u.hostname = u.hostname.replace(/-/g, '--').replace(/\./g, '-') + '.translate.goog';
      u.searchParams.set('_x_tr_sl', 'de');
      u.searchParams.set('_x_tr_tl', 'en');
      return u.href;
    };
    const result = parse(hackerNews(proxied), 'https://news-ycombinator-com.translate.goog/?_x_tr_sl=auto&_x_tr_tl=en');
    expect(result.url).toBe('https://news-ycombinator-com.translate.goog/?_x_tr_sl=auto&_x_tr_tl=en');
    expect(result.layout.adapter).toBe('hackernews');
    expect(result.capturedAt).toBe(NOW.toISOString());
    expect(result.articles.map((a) => a.url)).toEqual([1, 2, 3, 4].map((i) => `https://example${i}.com/story-${i}`));
  });

  it('decodes a doubled hyphen as a hyphen of the host', () => {
    expect(pageCopyOf(new URL('https://www-sueddeutsche--zeitung-de.translate.goog/politik?_x_tr_sl=de'))?.original.href).toBe('https://www.sueddeutsche-zeitung.de/politik');
  });
});
