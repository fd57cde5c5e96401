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

describe("a feed's box named in its heading's words", () => {
  it("reads its untimed links as the site's stories, the site named by the heading ('RTPA · Les Noticies' over rtpa.es)", () => {
    const items = ['Adrian-Barbon-presenta-los-presupuestos_111761470112', 'El-Musel-recibe-el-primer-barcu_111761465590', 'Cangues-estrena-aparcamientu_111761458871']
      .map((slug, i) => `<li><a href="https://www.rtpa.es/asturies:${slug}.html">RTPA story number ${i} about the regional budget</a></li>`)
      .join('');
    const box = (title: string) => `<html><body><main><p>Portal</p></main><aside><div class="block"><h2 class="block__title">${title}</h2><div class="block__content"><div class="item-list"><ul>${items}</ul></div><div class="more-link"><a href="/aggregator/sources/3">Más</a></div></div></div></aside></body></html>`;
    const found = parse(box('RTPA · Les Noticies'), 'https://llume.example/');
    expect(found.map((a) => a.title)).toEqual(['RTPA story number 0 about the regional budget', 'RTPA story number 1 about the regional budget', 'RTPA story number 2 about the regional budget']);
    // A heading whose words name another site is no such box.
    expect(parse(box('Les Noticies · Asturies'), 'https://llume.example/')).toEqual([]);
  });
});

describe("a blog's feed widget in a navigation (WordPress wraps its RSS widget's list in <nav>)", () => {
  it('reads each item, its link to an outlet\'s story and its date after it, as a story', () => {
    const items = ['tshikota-residents-march-to-municipal-offices', 'elim-hospital-gets-new-maternity-ward', 'soutpansberg-farmers-count-losses-after-hailstorm']
      .map((slug, i) => `<li><a class="rsswidget" href="https://www.limpopomirror.example/news/view/${slug}">Mirror story number ${i} about the district council</a> <span class="rss-date">1${7 + i} May 2026</span></li>`)
      .join('');
    const html = `<html><body><main><p>Portal</p></main><aside><h4>Limpopo Mirror</h4><nav aria-label="Limpopo Mirror"><ul>${items}</ul></nav></aside></body></html>`;
    expect(parse(html, 'https://ritoravanhu.example/').map((a) => a.publishedAt?.slice(0, 10))).toEqual(['2026-05-17', '2026-05-18', '2026-05-19']);
    // A menu's links to the site's sections stay a menu.
    const menu = `<html><body><nav aria-label="Main"><ul><li><a href="/news/">News</a> <span>new</span></li><li><a href="/sport/">Sport</a></li><li><a href="/culture/">Culture</a></li></ul></nav></body></html>`;
    expect(parse(menu, 'https://ritoravanhu.example/')).toEqual([]);
  });
});

describe("a link aggregator's link posts (a Lemmy community)", () => {
  it("lead to the story each shares, the link off the site that shows its host, not to the post's discussion", () => {
    const posts = [['apnews.com', 'https://apnews.com/article/texas-app-store-age-law-5e1f0c7a92d4'], ['denverpost.com', 'https://www.denverpost.com/2026/05/19/boulder-wildfire-evacuations/'], ['reuters.com', 'https://www.reuters.com/world/africa/un-famine-sudan-2026-05-19/']]
      .map(([host, url], i) => `<div class="post-listing"><div class="post-title"><h1 class="h5"><a title="Comments" href="/post/3987720${i}">Shared story number ${i} about the state court ruling</a></h1></div><p class="small"><a class="fst-italic" href="${url}">${host}</a></p><div class="small">by <a class="person-listing" href="/u/poster${i}">poster${i}</a> <span title="Tuesday, May 19th, 2026 at 1${i}:05:00 AM GMT+00:00">${3 - i}h</span></div><a href="/post/3987720${i}?scrollToComments=true">${10 + i} comments</a></div>`)
      .join('');
    const found = parse(`<html><body><main>${posts}</main></body></html>`, 'https://lemmy.example/c/news');
    expect(found.map((a) => [a.url, a.source.name])).toEqual([
      ['https://apnews.com/article/texas-app-store-age-law-5e1f0c7a92d4', 'apnews.com'],
      ['https://www.denverpost.com/2026/05/19/boulder-wildfire-evacuations/', 'denverpost.com'],
      ['https://www.reuters.com/world/africa/un-famine-sudan-2026-05-19/', 'reuters.com'],
    ]);
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
