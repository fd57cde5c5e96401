import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { parsePage } from '../../../core/parse';

const now = new Date('2026-04-18T09:00:00Z');
const url = 'https://news.example.jp/';
const read = (body: string) => parsePage(documentFromHtml(`<html lang="ja"><body>${body}</body></html>`, url), { url: new URL(url), now }).articles;

/** Four stories with their outlet and time: the page is a news listing. */
const timed = `<section><h2>最新ニュース</h2><ul class="latest">${[1, 2, 3, 4].map((i) =>
  `<li><a href="/article/domestic/society/1221${i}-410165${i}/">政府が電気料金の補助を延長へ　夏まで ${i}</a><span class="media">共同通信</span><time datetime="2026-04-18T0${i}:00:00Z">4/18(土) ${9 + i}:00</time></li>`).join('')}</ul></section>`;
const topics = ['Tomei Expressway collision kills 3, 12 km traffic jam', 'Rice prices rise for the fifth week in a row', 'Cherry blossoms in full bloom in Sapporo, nine days early', 'Popular ramen chain to close forty of its stores', 'Chinese ships in Senkaku waters for the third day'];
const bare = (items: string[]) => `<section><h2>Topics</h2><ul class="topics">${items.map((t, i) =>
  `<li><a href="/topics/detail/20260418-0000008${i}/">${t}</a><span class="icPhoto"><img src="/ic_photo.png" alt="写真"></span></li>`).join('')}</ul></section>`;

describe('bare headline lists', () => {
  it('are read beside the stories of a news listing, each link a story named by its site (not by the photo icon beside it)', () => {
    const articles = read(timed + bare(topics));
    expect(articles.map((a) => a.title).slice(4)).toEqual(topics);
    expect(articles.slice(4).map((a) => [a.section, a.source.name, a.publishedAt])).toEqual(topics.map(() => ['Topics', 'example.jp', null]));
  });

  it("are read with a compact wall's 'new' badge and discussion mark beside each link ('new <a>…</a> <a>c</a>')", () => {
    const marked = `<section><h2>Hacker News</h2><ul>${topics.map((t, i) =>
      `<li>${i < 2 ? '<span class="nw">new</span> ' : ''}<a href="/topics/detail/20260418-0000008${i}/">${t}</a> <a class="cm" href="https://news.ycombinator.com/item?id=4687230${i}">c</a></li>`).join('')}</ul></section>`;
    expect(read(timed + marked).map((a) => a.title).slice(4)).toEqual(topics);
  });

  it('are no stories alone: a page of nothing else may be an index of guides', () => {
    expect(read(bare(topics))).toEqual([]);
  });

  it('add nothing where they repeat the stories found (a ticker of the headlines)', () => {
    const ticker = `<ul class="ticker">${[1, 2, 3, 4].map((i) => `<li><a href="/article/domestic/society/1221${i}-410165${i}/">政府が電気料金の補助を延長へ　夏まで ${i}</a></li>`).join('')}</ul>`;
    expect(read(ticker + timed)).toHaveLength(4);
  });

  it('leave menus of sections and dated archive entries alone', () => {
    const menu = `<ul class="menu">${['Politics', 'Business news', 'World', 'Sport results', 'Culture and arts'].map((t, i) => `<li><a href="/section-${i}/">${t}</a></li>`).join('')}</ul>`;
    const archive = `<ul class="archive">${[24, 23, 22, 21, 20].map((d) => `<li><a href="/games/mini/2026-03-${d}/"><span>Tue</span><span>Mar ${d}</span><span>by Joel Fagliano-Ross</span></a></li>`).join('')}</ul>`;
    expect(read(timed + menu + archive)).toHaveLength(4);
  });
});
