import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { parsePage } from '../../../core/parse';

const url = 'https://portal.example/';
const now = new Date('2025-06-08T18:00:00Z');

/** A side list of three bare story links under `heading`, beside a short list of timed stories. */
function page(heading: string, between = ''): string {
  const timed = [1, 2, 3]
    .map((i) => `<div class="item"><h3><a href="/news/2025/06/08/story-${i}">Timed story number ${i} about the city budget</a></h3><span>${i} hours ago</span></div>`)
    .join('');
  const popular = [1, 2, 3].map((i) => `<li><a href="/news/2025/06/0${i}/popular-${i}">Popular story number ${i} about the harbour works</a></li>`).join('');
  return `<html><body><main>${timed}</main><aside><h2>${heading}</h2>${between}<ol>${popular}</ol></aside></body></html>`;
}

/** The titles of the side list's stories that the parser finds on `html`. */
function popularFound(html: string): string[] {
  return parsePage(documentFromHtml(html, url), { url: new URL(url), now }).articles.map((a) => a.title).filter((t) => t.startsWith('Popular'));
}

describe('"Most read" lists', () => {
  it("read a row that is one link whole: its headline, and its outlet after the headline's words inside the link", () => {
    const rows = [1, 2, 3].map((i) => `<a class="list-group-item" href="/news/2025/06/0${i}/popular-${i}"><span class="badge">1 20${i}</span> Popular story number ${i} about the harbour works <small class="text-muted">Harbour Times</small></a>`).join('');
    const html = page('Most read').replace(/<ol>.*<\/ol>/, `<div class="list-group">${rows}</div>`);
    const popular = parsePage(documentFromHtml(html, url), { url: new URL(url), now }).articles.filter((a) => a.title.startsWith('Popular'));
    expect(popular.map((a) => [a.title, a.source.name])).toEqual([1, 2, 3].map((i) => [`Popular story number ${i} about the harbour works`, 'Harbour Times']));
  });

  it("are read in a box its class names so, whatever its heading's language (WordPress Popular Posts, Joomla's 'mostread')", () => {
    expect(popularFound(page('Xyzzy plugh'))).toHaveLength(0);
    expect(popularFound(page('Xyzzy plugh').replace('<aside>', '<aside class="widget popular-posts">'))).toHaveLength(3);
    expect(popularFound(page('Xyzzy plugh').replace('<ol>', '<ol class="mostread mod-list">'))).toHaveLength(3);
  });

  it("keep an item whose address has its neighbours' shape, though its short slug alone does not say it is a story", () => {
    const items = ['valtozik-a-nyugdijemeles-menetrendje', 'nato-csucs-washington-napirend', 'uzemanyagar-csutortok', 'ujabb-adathalasz-hullam-bankok', 'szigetfesztival-2024-program-bejelentve']
      .map((slug, i) => `<li><a href="/rovat${i % 2}/${slug}">Popular story number ${i} about the harbour works</a></li>`)
      .join('');
    const html = page('Most read').replace(/<ol>.*<\/ol>/, `<ol>${items}</ol>`);
    expect(popularFound(html)).toHaveLength(5);
    // A link to a section's front page is no story's shape.
    expect(popularFound(html.replace('/rovat0/uzemanyagar-csutortok', '/rovat0/'))).toHaveLength(4);
  });

  it("are no stories where they list publishers, each a logo and its name ('लोकप्रिय प्रकाशक', popular publishers)", () => {
    const tiles = ['दैनिक भास्कर', 'अमर उजाला', 'दैनिक जागरण', 'नवभारत टाइम्स']
      .map((name, i) => `<li><a href="/news/india/hindi/publisher+${i}-epaper-pub${i}"><img src="/logo-${i}.png" alt="${name}" width="48" height="48"><span>${name}</span></a></li>`)
      .join('');
    const html = page('Most read').replace('</aside>', `<section><h3>लोकप्रिय प्रकाशक</h3><ul>${tiles}</ul></section></aside>`);
    const titles = parsePage(documentFromHtml(html, url), { url: new URL(url), now }).articles.map((a) => a.title);
    expect(titles.filter((t) => t.startsWith('Popular'))).toHaveLength(3);
    expect(titles.filter((t) => /[\u0900-\u097f]/.test(t))).toEqual([]);
  });

  it.each(['Most read', "Today's top stories", 'Top headlines', 'Cele mai citite', 'Legolvasottabbak', 'پربازدیدترین‌ها', 'ข่าวยอดนิยม', 'Сейчас читают', 'Đọc nhiều nhất', 'הנקראים ביותר', 'সর্বাধিক পঠিত', '熱門新聞', 'Çok Okunanlar', 'Mest läst', 'ອ່ານຫຼາຍທີ່ສຸດ', 'Paling Popular', 'مقبول', 'Pinakabinabasa', 'Zinazosomwa zaidi', 'Најчитаније данас', 'Populiariausios per 24 val.', 'Най-четени', 'Les més llegides', 'அதிகம் படிக்கப்பட்டவை', 'Most important', 'Most discussed today', "Editor's picks", 'سب سے زیادہ پڑھی گئی', 'လူကြိုက်အများဆုံး', 'Los titulares más leídos hoy', 'ピックアップ', '人気記事ランキング（24時間）', '週間ランキング', '热榜', 'Meistgeklickt', '热点榜', 'ⵉⵜⵜⵡⴰⵖⵔⴰⵏ ⵓⴳⴳⴰⵔ', 'Akụkọ a gụrụ nke ukwuu', 'Ojelee vevéva / Más leídas', 'Paling Akèh Diwaca', 'Dzinonyanya Kuverengwa', 'מערסט געליינט', '댓글 많은 뉴스', 'Népszerű bejegyzések', 'Ӕппӕты фылдӕр кӕсгӕ', 'Δημοφιλή', 'Zowerengedwa kwambiri', 'E wiliki vakalevu', 'Tse balwang haholo', 'Më të lexuarat', 'Lohkkojuvvon eanemusat', 'Wo xlẽ wo geɖe', "Tei hi'ohia roa", "Juk'amp ullatanaka", 'Уггар дукха ешна хаамаш', 'Lo más lleío', 'An moyha redys', 'Iindaba ezifundwa khulu', 'Najwjace čitane', 'Ամենաընթերցվածը', 'ყველაზე კითხვადი', 'Nojczyściej czytane', 'Eñ çoq oqulğanlar', 'Nejwěcej cytane'])(
    'are read as stories under the heading %j',
    (heading) => {
      expect(popularFound(page(heading))).toHaveLength(3);
    },
  );

  it.each([
    ['アクセスランキング', '<div role="tablist"><button role="tab">総合</button><button role="tab">エンタメ</button><button role="tab">スポーツ</button></div>'],
    ['많이 본 뉴스', '<ul class="rankTab"><li><a href="#all" role="tab">전체</a></li><li><a href="/rank?sc=ent" role="tab">연예</a></li></ul><p>2025.06.08 18:00 기준</p>'],
  ])('are read past a row of tabs between the heading %j and the list', (heading, tabs) => {
    expect(popularFound(page(heading, tabs))).toHaveLength(3);
  });

  it("are read under a heading that holds a control and its status line (Google Sites' 'Copy heading link')", () => {
    const heading = `<div role="button" aria-label="Copiar vínculo del encabezado"><span></span></div><div role="status" aria-live="polite">Se copió el vínculo del encabezado</div><span>Lo más leído de la semana</span>`;
    expect(popularFound(page(heading))).toHaveLength(3);
  });

  it("are read under a heading that opens with a pictograph ('🔥 Most Read Today'), and in Luxembourgish, Kyrgyz, Kazakh, Aragonese, Rusyn, Abkhaz, Ladin, Udmurt, Slovene, Tagalog, Adyghe, Karachay-Balkar, Lezgian, Piedmontese, Avar, Ladino, Venetian, Sardinian, Ingush, Tuvan, Welsh, Maltese, Hausa, Yoruba, Faroese, Cebuano, Greek and Persian", () => {
    expect(popularFound(page('<span>🔥</span>Most Read Today'))).toHaveLength(3);
    expect(popularFound(page('Am meeschte gelies'))).toHaveLength(3);
    expect(popularFound(page('Эң көп окулган'))).toHaveLength(3);
    expect(popularFound(page('Көп оқылғандар'))).toHaveLength(3);
    expect(popularFound(page('Más leitos'))).toHaveLength(3);
    expect(popularFound(page('Найчітанїше'))).toHaveLength(3);
    expect(popularFound(page('Еиҳа иԥхьоу'))).toHaveLength(3);
    expect(popularFound(page('Plü lietes'))).toHaveLength(3);
    expect(popularFound(page('Тросэз лыдӟизы'))).toHaveLength(3);
    expect(popularFound(page('Najbolj brano'))).toHaveLength(3);
    expect(popularFound(page('Анахьыбэу зеджагъэхэр'))).toHaveLength(3);
    expect(popularFound(page('Эм кёп окъулгъанла'))).toHaveLength(3);
    expect(popularFound(page('Гзаф кIелнавай'))).toHaveLength(3);
    expect(popularFound(page('Le pì lesùe'))).toHaveLength(3);
    expect(popularFound(page('Киналдасаго цӀаларал'))).toHaveLength(3);
    expect(popularFound(page('Los mas meldados'))).toHaveLength(3);
    expect(popularFound(page('Le pì lete'))).toHaveLength(3);
    expect(popularFound(page('Sas prus lèghidas'))).toHaveLength(3);
    expect(popularFound(page('Дукхагӏа дийшараш'))).toHaveLength(3);
    expect(popularFound(page('Эң хөй номчуттунган'))).toHaveLength(3);
    expect(popularFound(page('Pì lesù'))).toHaveLength(3);
    expect(popularFound(page('Pinakabinasa'))).toHaveLength(3);
    expect(popularFound(page('Mwyaf poblogaidd'))).toHaveLength(3);
    expect(popularFound(page('L-Aktar Moqrija'))).toHaveLength(3);
    expect(popularFound(page('Mafi Karantawa'))).toHaveLength(3);
    expect(popularFound(page('Mest lisið'))).toHaveLength(3);
    expect(popularFound(page('Labing Gibasa'))).toHaveLength(3);
    expect(popularFound(page('Δημοφιλή σήμερα'))).toHaveLength(3);
    expect(popularFound(page('داغ‌ترین‌های امروز'))).toHaveLength(3);
    expect(popularFound(page('Àwọn Ìròyìn Tí A Kà Jù'))).toHaveLength(3);
  });

  it('are read in Haitian Creole, Malagasy, Kinyarwanda, Māori, Tatar, Uyghur, Assamese and Lingala', () => {
    expect(popularFound(page('Sa moun plis li'))).toHaveLength(3);
    expect(popularFound(page('Vaovao be mpamaky'))).toHaveLength(3);
    expect(popularFound(page('Izasomwe cyane'))).toHaveLength(3);
    expect(popularFound(page('Ngā kōrero rongonui'))).toHaveLength(3);
    expect(popularFound(page('Күп укылганнар'))).toHaveLength(3);
    expect(popularFound(page('ئەڭ كۆپ ئوقۇلغانلار'))).toHaveLength(3);
    expect(popularFound(page('জনপ্ৰিয় পোষ্টসমূহ'))).toHaveLength(3);
    expect(popularFound(page('Oyo batángi míngi lelo'))).toHaveLength(3);
  });

  it("are read under a breaking news bar's heading ('Breaking news', 'عاجل', 'Eilmeldung')", () => {
    expect(popularFound(page('Breaking news'))).toHaveLength(3);
    expect(popularFound(page('عاجل'))).toHaveLength(3);
    expect(popularFound(page('Eilmeldung'))).toHaveLength(3);
  });

  it("are read under a bare text right before the list, in a table layout's box (div.naslov_bloka), and under Basque's 'Irakurrienak'", () => {
    expect(popularFound(page('x').replace('<h2>x</h2>', '<div class="naslov_bloka">Najčitanije danas</div>'))).toHaveLength(3);
    expect(popularFound(page('Irakurrienak'))).toHaveLength(3);
  });

  it('are not read under a bare text before a list that names no such list', () => {
    expect(popularFound(page('x').replace('<h2>x</h2>', '<div class="naslov_bloka">Povezane vijesti iz regije</div>'))).toHaveLength(0);
  });

  it('leave the lead story above the lists in place when a timed list repeats it', () => {
    const lead = '<div class="lead"><h2><a href="/news/2025/06/08/story-1">Timed story number 1 about the city budget</a></h2><span>1 hour ago</span></div>';
    const html = page('Most read').replace('<main>', `<section class="hero">${lead}</section><main>`);
    const found = parsePage(documentFromHtml(html, url), { url: new URL(url), now }).articles;
    expect(found.filter((a) => a.title === 'Timed story number 1 about the city budget')).toHaveLength(2);
  });

  it('are read under a heading whose row holds tabs that switch the list in place ("日 周 月")', () => {
    const html = page('x').replace('<h2>x</h2>', '<div class="side-hd"><h2>点击排行</h2><span class="side-tab"><a class="on" href="javascript:;">日</a><a href="javascript:;">周</a><a href="#month">月</a></span></div>');
    expect(popularFound(html)).toHaveLength(3);
    expect(popularFound(page('포토 랭킹'))).toHaveLength(3);
  });

  it("are read in a UI kit's list of links written as a listbox (Vuetify's v-list), not in a listbox of options", () => {
    const links = (role: string) => page('Most read').replace(/<ol>(.*)<\/ol>/, (_, items: string) => `<div class="v-list" role="${role}">${items.replace(/<li>|<\/li>/g, '')}</div>`);
    expect(popularFound(links('listbox'))).toHaveLength(3);
    const options = page('Most read').replace(/<ol>(.*)<\/ol>/, (_, items: string) => `<div role="listbox" aria-multiselectable="true">${items.replace(/<li>/g, '<div role="option">').replace(/<\/li>/g, '</div>')}</div>`);
    expect(popularFound(options)).toHaveLength(0);
  });

  it("are read under a widget theme's title element that is no heading (div.block-title)", () => {
    const html = page('x').replace('<h2>x</h2>', '<div class="block-title"><span>مقبول</span></div>');
    expect(popularFound(html)).toHaveLength(3);
  });

  it("are read under a sidebar's title element (div.sb-title) that holds the list's tabs too", () => {
    const html = page('x').replace('<h2>x</h2>', '<div class="sb-title"><span class="tab active">Най-четени</span>\n      <a class="tab" href="/nai-cheteni?period=week">За седмицата</a></div>');
    expect(popularFound(html)).toHaveLength(3);
  });

  it("are read under a heading that names the window they count ('Most important · 24h'), which is no story's time", () => {
    const found = parsePage(documentFromHtml(page('Most important · 24h'), url), { url: new URL(url), now }).articles;
    expect(found.filter((a) => a.title.startsWith('Popular')).map((a) => a.publishedAt)).toEqual([null, null, null]);
  });

  it('are read after a wrapper that holds the heading alone', () => {
    const html = page('x').replace('<h2>x</h2>', '<div class="widget-tabs"><h3 class="widget-title is-active">সর্বাধিক পঠিত</h3></div>');
    expect(popularFound(html)).toHaveLength(3);
  });

  it("are read under a Chinese hot board's heading that follows the site's name, beside its \"See all\" link, its heat and badges no publisher", () => {
    const board = `<div class="hd"><h3><em>新闻汇</em>热榜</h3><a href="/hot">完整榜单 ›</a></div><ol>${[1, 2, 3]
      .map((i) => `<li><span class="rank">${i}</span><a class="t" href="/news/2025/06/0${i}/popular-${i}">Popular story number ${i} about the harbour works</a>${i === 1 ? '<span class="lab">热</span>' : ''}<span class="heat">${982 - i}.4万</span></li>`)
      .join('')}</ol>`;
    const html = page('x').replace(/<h2>x<\/h2>[\s\S]*<\/ol>/, board);
    const found = parsePage(documentFromHtml(html, url), { url: new URL(url), now }).articles.filter((a) => a.title.startsWith('Popular'));
    expect(found.map((a) => [a.section, a.source.name])).toEqual([['新闻汇热榜', 'portal.example'], ['新闻汇热榜', 'portal.example'], ['新闻汇热榜', 'portal.example']]);
  });

  it('are not read under a heading that names no such list', () => {
    expect(popularFound(page('Partners'))).toHaveLength(0);
  });
});

describe('boxes of outlets, each its name over a list of its latest stories', () => {
  const outlets = [['TechCrunch', 'techcrunch.com'], ['The Verge', 'www.theverge.com'], ['Ars Technica', 'arstechnica.com']] as const;
  const box = ([name, host]: readonly [string, string], headerRow: boolean) => {
    const heading = `<h2 class="site-title"><a href="https://${host}/">${name}</a></h2>`;
    const items = [1, 2, 3, 4].map((i) => `<li><a href="https://${host}/2025/06/08/story-number-${i}-about-the-new-chips/">Story number ${i} about the new chips from ${name}</a></li>`).join('');
    return `<div class="site-box">${headerRow ? `<div class="site-box-header"><img src="/fav.png" alt="">${heading}<a class="site-rss" href="/feeds/x"><i class="fa fa-rss"></i></a></div>` : heading}<ul>${items}</ul></div>`;
  };
  const read = (headerRow: boolean) => {
    const url = 'https://alltop.example.com/tech';
    return parsePage(documentFromHtml(`<html lang="en"><body><main>${outlets.map((o) => box(o, headerRow)).join('')}</main></body></html>`, url), { url: new URL(url), now: new Date('2025-06-08T18:00:00Z') }).articles;
  };

  it("are read, each story with its outlet's domain, whether its heading stands alone or in a header row with a feed icon", () => {
    for (const headerRow of [false, true]) {
      const articles = read(headerRow);
      expect(articles.map((a) => a.title)).toEqual(outlets.flatMap(([name]) => [1, 2, 3, 4].map((i) => `Story number ${i} about the new chips from ${name}`)));
      expect(articles.map((a) => a.source.domain)).toEqual(outlets.flatMap(([, host]) => Array(4).fill(host.replace(/^www\./, ''))));
    }
  });
});

describe("a wall of link aggregators' boxes, each its site's title link over its links, which lead to the posts' own sites", () => {
  const sites = ['Hacker News', 'Lobsters', 'Slashdot', 'Fark', 'Digg'];
  const links = (s: number, n: number) =>
    Array.from({ length: n }, (_, i) => `<li><a class="pl" href="https://blog${s}${i}.example/2025/06/0${(i % 7) + 1}/post-number-${i}-on-the-new-planner">Post number ${i} from box ${s} on the new query planner</a></li>`).join('');
  const box = (name: string, s: number, n: number) =>
    `<section class="box"><header class="box-head"><a class="box-title" href="https://www.${name.toLowerCase().replace(/\s/g, '')}.example/"><img class="fav" src="/f.png" alt="">${name}</a><button type="button">−</button></header><ul class="box-links">${links(s, n)}</ul></section>`;
  const read = (boxes: number) => {
    const url = 'https://popurls.example/';
    return parsePage(documentFromHtml(`<html lang="en"><body><main>${sites.slice(0, boxes).map((name, s) => box(name, s, 5)).join('')}</main></body></html>`, url), { url: new URL(url), now }).articles;
  };

  it('are read, each post with its own site', () => {
    const articles = read(5);
    expect(articles).toHaveLength(25);
    expect(articles[0]!.source.domain).toBe('blog00.example');
    expect(articles[0]!.section).toBe('Hacker News');
  });

  it('are not read when there are only a few such boxes (a footer\'s network of sites)', () => {
    expect(read(2)).toHaveLength(0);
  });
});

describe('a most-read list whose times are clock times alone', () => {
  const list = (clocks: string[]): string =>
    `<html><body><main><h2>Most read today</h2><ol>${clocks
      .map((clock, i) => `<li><a href="/news/2025/06/08/most-read-${i}"><span class="num">${i + 1}</span><span class="title">Most read story number ${i + 1} about the city's tram works</span></a><div class="meta"><span class="source">City Courier</span> · <time datetime="2025-06-08T${clock}:00Z">${clock}</time></div></li>`)
      .join('')}</ol></main></body></html>`;
  const found = (clocks: string[]): number => parsePage(documentFromHtml(list(clocks), url), { url: new URL(url), now }).articles.length;

  it('is read when its times step back within the day (a ranking, not a schedule)', () => {
    expect(found(['09:12', '11:48', '07:30', '14:05', '16:40'])).toBe(5);
  });

  it('is no list of stories when its times run in the order of the day, past midnight at most once (a schedule)', () => {
    expect(found(['18:00', '19:30', '21:00', '23:15', '00:30'])).toBe(0);
  });
});

describe("a digest's link cards, each a title link to another site's story with no heading", () => {
  const cards = (site: (i: number) => string) =>
    `<html><body><main><h2>Top picks for you</h2>${[1, 2, 3, 4].map((i) => `<div class="link-card"><div class="link-card__body">
      <a class="link-card__title" href="${site(i)}/2025/06/0${i}/deep-work-story-${i}">Story number ${i} on deep work and its daily limit</a>
      <div class="link-card__meta"><span class="link-card__domain">outlet${i}.example</span> · <span>8 min read</span></div>
      <p class="link-card__description">Research on elite performers suggests that four hours of focused work a day may be the ceiling.</p></div></div>`).join('')}</main></body></html>`;
  const read = (site: (i: number) => string) => parsePage(documentFromHtml(cards(site), url), { url: new URL(url), now }).articles;

  it('are stories, each with its own site', () => {
    const articles = read((i) => `https://www.outlet${i}.example`);
    expect(articles.map((a) => a.source.domain)).toEqual(['outlet1.example', 'outlet2.example', 'outlet3.example', 'outlet4.example']);
  });

  it("are not read as stories when the title links lead to the site's own pages (a forum's topics, a show's episodes)", () => {
    expect(read(() => 'https://portal.example')).toHaveLength(0);
  });
});

describe('"Most read" boxes of a table layout', () => {
  /** Three timed stories, then a side table whose first row holds the box's title in its wrappers (cell, font, bold). */
  const tableBox = (title: string, rows: (inner: string, i: number) => string) => {
    const timed = [1, 2, 3].map((i) => `<tr><td><a href="/news/2025/06/08/story-${i}">Timed story number ${i} about the city budget</a> <font color="#888">${i} hours ago</font></td></tr>`).join('');
    const items = [1, 2, 3].map((i) => rows(`${i}. <a href="frett.cfm?id=2840${i}">Popular story number ${i} about the harbour works</a> <font color="#888">(Outlet ${i})</font>`, i)).join('');
    return `<html><body><table><tr><td><table>${timed}</table></td><td>${items.startsWith('<tr') ? `<table><tr><td bgcolor="#A0141E"><font color="#fff"><b>${title}</b></font></td></tr>${items}</table>` : `<table><tr><td bgcolor="#B22"><font><b>${title}</b></font></td></tr></table>${items}`}</td></tr></table></body></html>`;
  };

  it("read the rows after the title's own row ('<tr><td><font><b>Mest lesið</b></font></td></tr>', then a row each)", () => {
    expect(popularFound(tableBox('Mest lesið', (inner) => `<tr><td>${inner}</td></tr>`))).toHaveLength(3);
  });

  it("read the rows of the table after the title's own table ('Mest lest i dag', Lotus Domino's embedded view)", () => {
    expect(popularFound(tableBox('Mest lest i dag', (inner, i) => (i === 1 ? '<table>' : '') + `<tr><td>${inner}</td></tr>` + (i === 3 ? '</table>' : '')))).toHaveLength(3);
  });

  it("read the table a layout table's next row holds alone, its links routes in the fragment (GWT: '<tr><td><table>…', '#artikull:31766')", () => {
    const html = tableBox('Më të lexuarat', (inner, i) => (i === 1 ? '<tr><td><table><colgroup><col></colgroup><tbody>' : '') + `<tr><td>${inner}</td></tr>` + (i === 3 ? '</tbody></table></td></tr><tr><td>Sondazh: A duhet?</td></tr>' : ''))
      .replace(/frett\.cfm\?id=(\d+)/g, '#artikull:$1');
    expect(popularFound(html)).toHaveLength(3);
  });

  it("read the rows after the title's own row whose classes alternate in Slovak ('neparny', 'parny')", () => {
    expect(popularFound(tableBox('Najčítanejšie', (inner, i) => `<tr class="${i % 2 ? 'neparny' : 'parny'}"><td>${inner}</td></tr>`))).toHaveLength(3);
  });

  it("read a Greek title in capitals, which drop their accents ('ΤΑ ΠΙΟ ΔΗΜΟΦΙΛΗ')", () => {
    expect(popularFound(tableBox('ΤΑ ΠΙΟ ΔΗΜΟΦΙΛΗ', (inner) => `<tr><td>${inner}</td></tr>`))).toHaveLength(3);
  });

  it('read a box once when its heading and the text inside it both name it (<h2><span>Most read</span></h2>)', () => {
    expect(popularFound(page('<span>Most read</span>'))).toHaveLength(3);
  });
});

describe('"Most read" portlets', () => {
  it("read a portlet whose title holds empty corner spans and whose items alternate 'odd' and 'even' classes (Plone)", () => {
    const items = [1, 2, 3, 4]
      .map((i) => `<dd class="portletItem ${i % 2 ? 'odd' : 'even'}"><a href="/societat/popular-story-${i}" class="tile">Popular story number ${i} about the harbour works</a><span class="portletItemDetails">Outlet ${i}</span></dd>`)
      .join('');
    const portlet = `<dl class="portlet"><dt class="portletHeader"><span class="portletTopLeft"></span>Les més llegides<span class="portletTopRight"></span></dt>${items}<dd class="portletFooter"><a href="/mes">Més…</a></dd></dl>`;
    expect(popularFound(page('Latest').replace(/<aside>.*<\/aside>/s, `<aside>${portlet}</aside>`))).toHaveLength(4);
  });
});

describe('a side list of clock times written with a dot', () => {
  it('is read on a Finnish page ("<span class=kello>15.05</span> <a>…</a>"), each time today in Helsinki', () => {
    const items = ['15.05', '14.41', '14.07'].map((t, i) => `<li><span class="kello">${t}</span> <a href="/uutinen/9312${i}/uutinen-${i}">Tuore uutinen numero ${i} hallituksen aikataulusta</a></li>`).join('');
    const html = `<html lang="fi"><body><div class="tuoreimmat"><div class="card-header">Tuoreimmat</div><ul>${items}</ul></div></body></html>`;
    const articles = parsePage(documentFromHtml(html, url), { url: new URL(url), now: new Date('2018-11-13T13:20:00Z') }).articles;
    expect(articles.map((a) => a.publishedAt)).toEqual(['2018-11-13T13:05:00.000Z', '2018-11-13T12:41:00.000Z', '2018-11-13T12:07:00.000Z']);
  });

  it('is read on a Slovene page ("16.32"), each time today in Ljubljana', () => {
    const items = ['16.32', '16.05', '15.48'].map((t, i) => `<li><p><b>${t}</b></p><p><a href="/novica/novica-${i}">Sveža novica številka ${i} o vladnem odloku</a></p><p>STA</p></li>`).join('');
    const html = `<html lang="sl-SI"><body><div class="zadnje"><h4>Najnovejše</h4><ul>${items}</ul></div></body></html>`;
    const articles = parsePage(documentFromHtml(html, url), { url: new URL(url), now: new Date('2021-11-24T16:00:00Z') }).articles;
    expect(articles.map((a) => a.publishedAt)).toEqual(['2021-11-24T15:32:00.000Z', '2021-11-24T15:05:00.000Z', '2021-11-24T14:48:00.000Z']);
  });
});

describe("a Drupal aggregator's feed items, each age a placeholder of its sentence", () => {
  it('reads "<em class=placeholder>12 minit</em> bifo" as an age, in the zone of an XHTML page that gives only xml:lang', () => {
    const items = [['12 minit', 12], ['1 aoa 20 minit', 80], ['3 aoa', 180]]
      .map(([age], i) => `<div class="feed-item"><h3 class="feed-item-title"><a href="https://www.dailypost.example/news/story-${i}">Nius stori namba ${i} blong Port Vila tede</a></h3>
        <div class="feed-item-meta"><a href="/aggregator/sources/${i}" class="feed-item-source">Daily Post</a> - <span class="feed-item-date"><em class="placeholder">${age}</em> bifo</span></div></div>`)
      .join('');
    const html = `<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="bi"><body><div id="aggregator">${items}</div></body></html>`;
    const now = new Date('2026-07-30T23:40:00Z');
    const articles = parsePage(documentFromHtml(html, url), { url: new URL(url), now }).articles;
    expect(articles.map((a) => a.publishedAt)).toEqual(['2026-07-30T23:28:00.000Z', '2026-07-30T22:20:00.000Z', '2026-07-30T20:40:00.000Z']);
  });
});

describe("a breaking-news bar in the page's header", () => {
  it("is read as stories, though the header is the page's chrome ('Nkhani zotentha:' over a ticker's list)", () => {
    const ticker = [1, 2, 3].map((i) => `<li><a href="https://outlet${i}.example/news/2025/06/08/breaking-${i}">Popular breaking story ${i} about the flood warning</a></li>`).join('');
    const html = page('Most read').replace('<body>', `<body><header><div class="breaking"><strong>Nkhani zotentha:</strong><ul class="newsticker">${ticker}</ul></div><nav><a href="/">Home</a></nav></header>`);
    const breaking = (h: string) => popularFound(h).filter((t) => t.startsWith('Popular breaking'));
    expect(breaking(html)).toHaveLength(3);
    // A "Most read" box in the header is the header's.
    expect(breaking(html.replace('Nkhani zotentha:', 'Most read'))).toHaveLength(0);
  });

  it("is read under Crimean Tatar 'Soñki haberler:' (latest news) in the header", () => {
    const ticker = [1, 2, 3].map((i) => `<li><a href="https://outlet${i}.example/news/2025/06/08/breaking-${i}">Popular breaking story ${i} about the flood warning</a></li>`).join('');
    const html = page('Most read').replace('<body>', `<body><header><div class="breaking"><strong>Soñki haberler:</strong><ul class="newsticker">${ticker}</ul></div><nav><a href="/">Home</a></nav></header>`);
    expect(popularFound(html).filter((t) => t.startsWith('Popular breaking'))).toHaveLength(3);
  });

  it("is read where the header's navigation holds it and its class alone names it ('breaking-title' over Setswana 'Ga jaana')", () => {
    const ticker = [1, 2, 3].map((i) => `<li class="news-item"><a href="https://outlet${i}.example/news/2025/06/08/breaking-${i}">Popular breaking story ${i} about the flood warning</a></li>`).join('');
    const bar = (label: string) => `<header><nav id="top-nav"><div class="breaking"><span class="breaking-title"><span class="breaking-title-text">${label}</span></span><ul class="breaking-news">${ticker}</ul></div></nav></header>`;
    const breaking = (h: string) => popularFound(h).filter((t) => t.startsWith('Popular breaking'));
    expect(breaking(page('Most read').replace('<body>', `<body>${bar('Ga jaana')}`))).toHaveLength(3);
    // The same list under a plain title of the navigation is the navigation's.
    expect(breaking(page('Most read').replace('<body>', `<body>${bar('Ga jaana').replaceAll('breaking-title', 'menu-title')}`))).toHaveLength(0);
  });

  it("is read when a news theme's class names it a 'trending now' bar ('td-trending-now-title' over Sicilian 'Ùrtimura')", () => {
    const items = [1, 2, 3].map((i) => `<div class="td_module_trending_now"><a href="https://outlet${i}.example/news/2025/06/08/trending-${i}">Popular trending story ${i} about the flood warning</a></div>`).join('');
    const bar = (cls: string) => `<div class="td-trending-now-wrapper"><div class="${cls}">Ùrtimura</div><div class="td-trending-now-display-area">${items}</div></div>`;
    const trending = (h: string) => popularFound(h).filter((t) => t.startsWith('Popular trending'));
    expect(trending(page('Most read').replace('<body>', `<body>${bar('td-trending-now-title')}`))).toHaveLength(3);
    expect(trending(page('Most read').replace('<body>', `<body>${bar('td-menu-title')}`))).toHaveLength(0);
  });
});
