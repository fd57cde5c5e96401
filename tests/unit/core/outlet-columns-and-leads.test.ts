import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { parsePage } from '../../../core/parse';

const now = new Date('2026-05-19T14:00:00Z');

function parse(html: string, url: string) {
  return parsePage(documentFromHtml(html, url), { url: new URL(url), now }).articles;
}

/** A board of outlet columns: each column's header holds its outlet's name, linking to the outlet's home page. */
function board(head: (name: string, home: string) => string): string {
  const columns = [
    ['The Verge', 'https://www.theverge.com/', 'https://www.theverge.com/news/70351'],
    ['Slashdot', 'https://slashdot.org/', 'https://tech.slashdot.org/story/26/05/19/11552'],
    ['Ars Technica', 'https://arstechnica.com/', 'https://arstechnica.com/gadgets/2026/05/story'],
  ]
    .map(([name, home, story]) => {
      const rows = [1, 2, 3].map((i) => `<li><a class="r__t" href="${story}${i}/">${name} headline number ${i} about the new chips</a> <span class="r__age">${i}h</span></li>`).join('');
      return `<section class="col">${head(name!, home!)}<ol class="col__rows">${rows}</ol></section>`;
    })
    .join('');
  return `<html><body><main class="grid">${columns}</main></body></html>`;
}

describe("an outlet's column", () => {
  it("takes its outlet's name from the heading in the column's header, its home page a parent of the stories' hosts (slashdot.org over tech.slashdot.org)", () => {
    const html = board((name, home) => `<header class="col__head"><img src="/icons/x.png" alt=""><h2><a href="${home}">${name}</a></h2><span title="last fetched">↻ 4m</span></header>`);
    const sources = new Set(parse(html, 'https://headrows.example/').map((a) => a.source.name));
    expect(sources).toEqual(new Set(['The Verge', 'Slashdot', 'Ars Technica']));
  });

  it("reads a feed's title without what it says the feed holds ('The Verge – Latest')", () => {
    const html = board((name, home) => `<h2><a href="${home}">${name} – Latest</a></h2>`);
    const sources = new Set(parse(html, 'https://headrows.example/').map((a) => a.source.name));
    expect(sources).toEqual(new Set(['The Verge', 'Slashdot', 'Ars Technica']));
  });
});

describe("a front page's lead story", () => {
  const page = (lead: string) =>
    `<html><body><div class="lead">${lead}<div class="lintlha">Ka <b>Lerato Mohapi</b> | 2 hours ago</div></div>` +
    [1, 2, 3].map((i) => `<div class="item"><h3><a href="pale.php?id=513${i}">Story number ${i} about the council budget</a></h3><span>${i + 2} hours ago</span></div>`).join('') +
    '</body></html>';

  it('is a story of the list where the h1 links to another page of the site (<h1><a href="pale.php?id=5120">…</a></h1>)', () => {
    const titles = parse(page('<h1><a href="pale.php?id=5120">Morena Letsie III o kopa Basotho ho boloka khotso</a></h1>'), 'https://www.litaba.example/').map((a) => a.title);
    expect(titles).toContain('Morena Letsie III o kopa Basotho ho boloka khotso');
    expect(titles).toHaveLength(4);
  });

  it("is the page's own headline on a story's page, and no story of its list", () => {
    const titles = parse(page('<h1><a href="pale.php?id=5120">Morena Letsie III o kopa Basotho ho boloka khotso</a></h1>'), 'https://www.litaba.example/pale.php?id=5120').map((a) => a.title);
    expect(titles).not.toContain('Morena Letsie III o kopa Basotho ho boloka khotso');
  });
});

describe('MSN cards that link to the provider', () => {
  it("reads a card of the feed whose one link is the provider's own page, without MSN's tags on it", () => {
    const card = (href: string, title: string, provider: string) =>
      `<cs-content-card class="card"><a class="card-outer-link" href="${href}" aria-label="${title}"></a><div class="content-wrapper"><div class="attribution"><span class="provider-name">${provider}</span> · <span class="age">10 時間</span></div><h3 class="title">${title}</h3></div></cs-content-card>`;
    const html = `<html><body><div class="feed">${[
      card('https://www.msn.com/ja-jp/news/national/story-one/ar-AA1XROtD?ocid=msedgntp&amp;pc=U531', '熊本で震度4 津波の心配なし 気象庁', '日テレNEWS NNN'),
      card('https://forbesjapan.com/articles/detail/81244?ocid=msedgntp&amp;pc=U531', '株主総会シーズン到来 今年の注目は「物言う株主」の提案件数', 'Forbes JAPAN'),
      card('https://www.msn.com/ja-jp/autos/news/story-three/ar-AA1fdXDK?ocid=msedgntp&amp;pc=U531', '軽EVの新型、航続距離300キロ超え 価格は200万円台前半から', 'レスポンス'),
    ].join('')}</div></body></html>`;
    const articles = parse(html, 'https://www.msn.com/ja-jp/feed');
    expect(articles.map((a) => a.url)).toContain('https://forbesjapan.com/articles/detail/81244');
    expect(articles.find((a) => a.url?.includes('forbesjapan'))?.source.name).toBe('Forbes JAPAN');
    // A card whose one link is a malformed address is passed over, and the feed still read.
    const broken = html.replace('https://forbesjapan.com/articles/detail/81244?ocid=msedgntp&amp;pc=U531', 'http://[broken');
    expect(parse(broken, 'https://www.msn.com/ja-jp/feed').map((a) => a.title)).toHaveLength(2);
  });
});
