import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { parsePage } from '../../../core/parse';

const url = 'https://www.yahoo.com/';
const now = new Date('2016-12-02T12:00:00Z');

/** A card of yahoo.com's 2016 stream: a background picture, an `h3 > a` headline, the provider in a bare `div`. */
function card2016(href: string, title: string, provider: string, picture = `<div style="background-image:url(https://s.yimg.com/a.jpg)"></div>`, extra = ''): string {
  return `<li class="js-stream-content Pos(r)">
  <div class="Py(14px) Cf">
    <div class="Pos(r)">${picture}</div>
    <h3 class="M(0) Py(1px)"><a class="Td(n) Fz(13px)" href="${href}"><span class="Fw(600)">${title}</span><u class="StretchedBox"></u></a></h3>
    <div class="Lh(1.2) Fz(11px) C(#96989f)">
      <div class="">${provider}</div>
    </div>
    ${extra}
  </div>
</li>`;
}

function parse(cards: string[]) {
  const html = `<html><body><div id="stream"><ul class="Mb(0)">${cards.join('\n')}</ul></div></body></html>`;
  return parsePage(documentFromHtml(html, url), { url: new URL(url), now }).articles;
}

describe("Yahoo's 2016 stream cards, read from their markup", () => {
  it('take the headline from `h3 > a` and the provider from its bare `div`; no time, teaser or author', () => {
    const [a, b] = parse([
      card2016('/news/russia-says-foil-cyber-attack-080134916.html', 'Russia says foreign spies plan cyber attack on banking system', 'Reuters'),
      card2016('/news/eu-leader-expects-bloc-extend-sanctions-russia-2017-171403224.html', 'EU leader expects bloc to extend sanctions on Russia in 2017', 'Associated Press'),
    ]);
    expect(a).toMatchObject({
      title: 'Russia says foreign spies plan cyber attack on banking system',
      url: 'https://www.yahoo.com/news/russia-says-foil-cyber-attack-080134916.html',
      source: { name: 'Reuters', domain: 'yahoo.com', mismatch: true },
      publishedAt: null,
      snippet: null,
      author: null,
      imageUrl: null,
      sponsored: false,
    });
    expect(b!.source.name).toBe('Associated Press');
  });

  it('name a publisher whose name is longer than a short label', () => {
    const provider = 'The Christian Science Monitor Science Desk';
    const [a] = parse([
      card2016('/news/pluto-hiding-gigantic-liquid-ocean-215038275.html', 'Pluto is hiding a gigantic liquid ocean', provider),
      card2016('/news/uss-military-edge-over-russia-170101129.html', "The US's military edge over Russia and China", 'Business Insider'),
    ]);
    expect(a!.source.name).toBe(provider);
  });

  it("take a card's picture when it is an image, not a background", () => {
    const picture = '<img src="https://s.yimg.com/uu/api/res/1.2/lake.jpg" width="600" height="312" alt="">';
    const [a] = parse([
      card2016('/news/mars-rover-finds-ancient-lake-bed-183000742.html', 'Mars rover finds signs of an ancient lake bed', 'Space.com', picture),
      card2016('/news/telescope-funding-approved-140233879.html', 'Funding approved for a new giant telescope in Chile', 'AFP'),
    ]);
    expect(a).toMatchObject({ source: { name: 'Space.com' }, imageUrl: 'https://s.yimg.com/uu/api/res/1.2/lake.jpg' });
  });

  it('leave a card that shows more (a teaser) to the generic rules, which read it', () => {
    const teaser = '<p>Astronomers found the faint moon in images taken over three nights last month.</p>';
    const [a] = parse([
      card2016('/news/telescope-spots-new-moon-150600444.html', 'Telescope spots a new moon around Neptune', 'Associated Press', undefined, teaser),
      card2016('/news/telescope-funding-approved-140233879.html', 'Funding approved for a new giant telescope in Chile', 'AFP'),
    ]);
    expect(a).toMatchObject({ source: { name: 'Associated Press' }, snippet: 'Astronomers found the faint moon in images taken over three nights last month.' });
  });
});

const japanUrl = 'https://news.yahoo.co.jp/';
const japanNow = new Date('2017-10-31T06:00:00Z');

/** A ranking card of Yahoo! Japan's 2017 top page: `li > a > span.rankNum + span.cap > span.ttl, span.source, span.date`. */
function rankingCard(rank: number, id: string, title: string, source: string, date: string): string {
  return `<li> <a href="https://headlines.yahoo.co.jp/hl?a=${id}"> <span class="rankNum">${rank}</span> <span class="cap"> <span class="ttl">${title}</span> <span class="source">${source}</span> <span class="date">${date}</span> </span> </a> </li>`;
}

function parseJapan(cards: string[]) {
  const html = `<html><body><div class="ranking"><h2>アクセスランキング</h2><ol>${cards.join('\n')}</ol></div></body></html>`;
  return parsePage(documentFromHtml(html, japanUrl), { url: new URL(japanUrl), now: japanNow }).articles;
}

describe("Yahoo! Japan's 2017 ranking cards, read from their markup", () => {
  it('take the headline from `.ttl`, the publisher from `.source`, the time from `.date` in JST', () => {
    const [a] = parseJapan([
      rankingCard(1, '20171031-00000052-jij-soci', '3億8000万円強奪事件で逮捕＝数人を、強盗傷害容疑―福岡県警', '時事通信', '10/31(火) 11:36'),
      rankingCard(2, '20171031-00000500-san-soci', '座間市アパートから複数遺体 自殺サイト背景か', '産経新聞', '10/31(火) 1:03'),
    ]);
    expect(a).toMatchObject({
      title: '3億8000万円強奪事件で逮捕＝数人を、強盗傷害容疑―福岡県警',
      url: 'https://headlines.yahoo.co.jp/hl?a=20171031-00000052-jij-soci',
      source: { name: '時事通信', domain: 'yahoo.co.jp' },
      publishedAt: '2017-10-31T02:36:00.000Z',
      time: { text: '10/31(火) 11:36', from: 'text' },
      snippet: null,
      author: null,
      sponsored: false,
    });
  });

  it("take a publisher's name of any length (one longer than a label's) for the publisher", () => {
    const source = 'International Broadcasting Corporation of Japan, Tokyo Desk';
    const [a] = parseJapan([
      rankingCard(1, '20171031-00000052-ibc-soci', '3億8000万円強奪事件で逮捕', source, '10/31(火) 11:36'),
      rankingCard(2, '20171031-00000500-san-soci', '座間市アパートから複数遺体 自殺サイト背景か', '産経新聞', '10/31(火) 1:03'),
    ]);
    expect(a).toMatchObject({ title: '3億8000万円強奪事件で逮捕', source: { name: source }, snippet: null });
  });
});

const ukUrl = 'https://uk.yahoo.com/';
const ukNow = new Date('2014-07-24T13:40:00Z');

/** A card of yahoo.com's 2014 stream: a picture link, `h3 > a`, `p.summary`, `span.source`, perhaps `span.time`, buttons. */
function card2014(href: string, title: string, summary: string, source: string, time = ''): string {
  return `<li class="content has-image voh-parent cf"><div class="wrapper cf"><a class="img ov-h thumb-left" href="${href}" tabindex="-1"><img src="https://s.yimg.com/ts/thumb.jpg" width="82" height="82" alt=""></a><div class="body"><div class="body-wrap"><h3 class="fw-b fz-s"><a href="${href}">${title}</a></h3><p class="summary mt-xxs">${summary}</p></div><div class="attribution fz-xxs"><span class="source">${source}</span>${time ? `<span class="time">${time}</span>` : ''}<ul class="interest-list dn"></ul></div></div><div class="side-buttons"><button class="save-button side-button">Save</button><button class="close side-button">Remove</button></div></div></li>`;
}

function parseUk(cards: string[]) {
  const html = `<html><body><div class="type_stream"><ul>${cards.join('')}</ul></div></body></html>`;
  return parsePage(documentFromHtml(html, ukUrl), { url: new URL(ukUrl), now: ukNow }).articles;
}

describe("Yahoo's 2014 stream cards, read from their markup", () => {
  it('take the headline from `h3 > a`, the teaser from `.summary`, the publisher from `.source`, the age from `.time`', () => {
    const [a, b] = parseUk([
      card2014('https://uk.yahoo.com/movies/fifty-shades-of-grey-movies-first-full-trailer-92727456111.html', 'Fifty Shades Of Grey Movies First Full Trailer', 'Bring out the blindfolds; the first full trailer for the film is here.', 'Yahoo Movies UK', '32 mins ago'),
      card2014('http://uk.news.yahoo.com/lamb-kebabs-found-contain-no-lamb-105908881.html', 'Lamb kebabs found to contain no lamb', 'It’s alright though lads, there was no horsemeat in them.', 'TheJournal.ie'),
    ]);
    expect(a).toMatchObject({
      title: 'Fifty Shades Of Grey Movies First Full Trailer',
      source: { name: 'Yahoo Movies UK', domain: 'yahoo.com' },
      publishedAt: '2014-07-24T13:08:00.000Z',
      time: { text: '32 mins ago', from: 'text' },
      snippet: 'Bring out the blindfolds; the first full trailer for the film is here.',
      imageUrl: 'https://s.yimg.com/ts/thumb.jpg',
      author: null,
      sponsored: false,
    });
    expect(b).toMatchObject({ source: { name: 'TheJournal.ie' }, publishedAt: null });
  });

  it('take a short summary for the teaser: it is the card\'s own', () => {
    const [a] = parseUk([
      card2014('http://uk.news.yahoo.com/lamb-kebabs-found-contain-no-lamb-105908881.html', 'Lamb kebabs found to contain no lamb', 'No horsemeat, though.', 'TheJournal.ie', '1 hour ago'),
      card2014('https://uk.yahoo.com/movies/fifty-shades-of-grey-movies-first-full-trailer-92727456111.html', 'Fifty Shades Of Grey Movies First Full Trailer', 'Bring out the blindfolds; the first full trailer for the film is here.', 'Yahoo Movies UK'),
    ]);
    expect(a!.snippet).toBe('No horsemeat, though.');
  });
});

describe("Yahoo's 2014 lazy pictures and featured videos, read from their markup", () => {
  const placeholder = 'https://s.yimg.com/os/mit/media/m/base/images/transparent-1093278.png';
  const lazy = (picture: string, size = 'width="82" height="82"') =>
    `<img src="${placeholder}" style="background-image:url('${picture}');" ${size} alt="" title="" class="lzbg">`;

  it("take a lazy picture's own address, not its transparent placeholder's", () => {
    const picture = 'https://s.yimg.com/ts/api/res/1.2/Nl6Z--/http://magazines.zenfs.com/resizer/5851.jpg';
    const html = card2014('https://uk.yahoo.com/movies/fifty-shades-of-grey-movies-first-full-trailer-92727456111.html', 'Fifty Shades Of Grey Movies First Full Trailer', 'Bring out the blindfolds; the first full trailer for the film is here.', 'Yahoo Movies UK', '32 mins ago');
    const [a] = parseUk([
      html.replace(/<img [^>]*>/, lazy(picture)),
      card2014('http://uk.news.yahoo.com/lamb-kebabs-found-contain-no-lamb-105908881.html', 'Lamb kebabs found to contain no lamb', 'It’s alright though lads, there was no horsemeat in them.', 'TheJournal.ie'),
    ]);
    expect(a!.imageUrl).toBe(picture);
  });

  it('take a featured video: its headline link, the link\'s site for the source, its lazy picture, no teaser', () => {
    const video = (slug: string, title: string, picture: string) => {
      const href = `https://uk.screen.yahoo.com/video/playlist/${slug}.html`;
      return `<li class="video-unit " data-time-ago="14 hrs ago"><div class="video-wrapper"><a href="${href}" title="${title}" class="d-b">${lazy(picture, 'width="auto" height="auto"')}<span class="video-icon"><i class="icon-sprite"></i></span></a></div><div class="title "><a href="${href}" title="${title}" class="ov-h fz-xs d-b fw-b">${title}</a></div></li>`;
    };
    const html = `<html><body><div class="featured-videos"><ul>${video('snakes/shocking-video-baby-sleeping-surrounded-113013202', 'Baby surrounded by cobra snakes sleeps', 'https://s.yimg.com/dh/ap/default/140723/Snakes1.jpg')}${video('underwater/caught-camera-fisherman-helps-stingray-122000560', 'Fisherman helps stingray give birth', 'https://s.yimg.com/dh/ap/default/140722/bm_stingray.jpg')}</ul></div></body></html>`;
    const [a] = parsePage(documentFromHtml(html, ukUrl), { url: new URL(ukUrl), now: ukNow }).articles;
    expect(a).toMatchObject({
      title: 'Baby surrounded by cobra snakes sleeps',
      url: 'https://uk.screen.yahoo.com/video/playlist/snakes/shocking-video-baby-sleeping-surrounded-113013202.html',
      source: { name: 'yahoo.com', domain: 'yahoo.com' },
      snippet: null,
      imageUrl: 'https://s.yimg.com/dh/ap/default/140723/Snakes1.jpg',
    });
  });
});

describe("Yahoo! Japan's 2017 topic items, read from their markup", () => {
  const item = (id: number, title: string, tag = 'p') =>
    `<li><div><${tag} class="ttl"><a href="https://news.yahoo.co.jp/pickup/${id}">${title}<span class="icPhoto">写真</span></a></${tag}></div></li>`;

  it('take the link\'s words without its icon marks for the headline, and read no time in them', () => {
    const html = `<html><body><div class="topics"><ul>${item(6259424, '座間9遺体「殺害し証拠隠滅」', 'h1')}${item(6259428, '10月31日から郵便料金を値上げへ')}</ul></div></body></html>`;
    const [a, b] = parsePage(documentFromHtml(html, japanUrl), { url: new URL(japanUrl), now: japanNow }).articles;
    expect(a).toMatchObject({ title: '座間9遺体「殺害し証拠隠滅」', source: { name: 'yahoo.co.jp' }, publishedAt: null });
    expect(b).toMatchObject({ title: '10月31日から郵便料金を値上げへ', url: 'https://news.yahoo.co.jp/pickup/6259428', publishedAt: null, snippet: null });
  });
});

describe("Yahoo's 2026 topic stream, each card with a 'View comments' link", () => {
  it("reads each card whole, with its provider and age, and takes no 'View comments' link for a story", () => {
    const at = new Date('2026-03-12T14:30:00Z');
    const item = (slug: string, provider: string, age: string) => `<li class="stream-item" data-testid="stream-item">
      <a href="/news/articles/${slug}.html" aria-hidden="true" tabindex="-1"><img src="https://s.yimg.com/ny/api/res/${slug}.jpg" alt=""></a>
      <div><div class="publishing" data-testid="publishing"><span>${provider}</span><span aria-hidden="true">•</span><time datetime="">${age}</time></div>
      <h3><a href="/news/articles/${slug}.html" class="stream-title">Story ${slug.split('-').join(' ')} in the capital today</a></h3>
      <p>The teaser of the story, a sentence about what happened.</p>
      <div><button type="button" aria-label="Share"></button><a href="/news/articles/${slug}.html#comments" class="comments-link">View comments</a></div></div></li>`;
    const html = `<html><body><h2>Latest</h2><ul class="stream-items">${item('senate-vote-stopgap-141102558', 'CBS News', '19m ago')}${item('democrats-senate-races-135830471', 'Politico', '31m ago')}</ul></body></html>`;
    const found = parsePage(documentFromHtml(html, 'https://www.yahoo.com/news/politics/'), { url: new URL('https://www.yahoo.com/news/politics/'), now: at }).articles;
    expect(found.map((a) => [a.source.name, a.publishedAt])).toEqual([['CBS News', '2026-03-12T14:11:00.000Z'], ['Politico', '2026-03-12T13:59:00.000Z']]);
  });
});

describe("Yahoo News search results of 2026, each link Yahoo's click redirect", () => {
  it("reads each result's story at its outlet, a BBC story's id after /articles/ too", () => {
    const at = new Date('2026-08-14T18:00:00Z');
    const target = ['https://www.bbc.com/news/articles/c4g7z2k8n1wo', 'https://www.reuters.com/world/europe/greece-wildfires-evia-heat-wave-2026-08-14/'];
    const result = (href: string, i: number) => `<li><div class="dd NewsArticle"><h4 class="s-title"><a href="https://r.search.yahoo.com/_ylt=Awr${i};_ylu=Y29sbwNi/RV=2/RE=1787338800/RO=10/RU=${encodeURIComponent(href)}/RK=2/RS=c6d6${i}-">Story number ${i} about the wildfires on Evia</a></h4>
      <span class="s-source">Outlet ${i}</span> <span class="s-time">· ${i + 2} hours ago</span><p class="s-desc">The story's teaser, a sentence long.</p></div></li>`;
    const html = `<html><body><ol class="searchCenterMiddle">${target.map(result).join('')}</ol></body></html>`;
    const url = 'https://news.search.yahoo.com/search?p=wildfire';
    const found = parsePage(documentFromHtml(html, url), { url: new URL(url), now: at }).articles;
    expect(found.map((a) => a.url)).toEqual(target);
  });
});
