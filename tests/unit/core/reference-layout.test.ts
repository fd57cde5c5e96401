import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentFromHtml } from '../../../cli/dom';
import { parsePage } from '../../../core/parse';
import { ROOT } from '../../helpers/fixtures';

const now = new Date('2025-06-08T18:00:00Z');
const demoUrl = 'http://127.0.0.1:5178/byline-demo/';
const result = parsePage(documentFromHtml(readFileSync(join(ROOT, 'demo', 'reference-page.html')), demoUrl), { url: new URL(demoUrl), now });

describe('the bundled demo page (the reference layout)', () => {
  it('is an aggregator with the three related stories, read by the generic detector', () => {
    expect(result.layout).toMatchObject({ kind: 'aggregator', adapter: 'generic' });
    expect(result.articles.map((a) => a.title)).toEqual([
      'Paris wants to produce drones in Ukraine',
      'Germany planning major bunker expansion',
      'Ukraine planned drone attack on Russian ships in Asia',
    ]);
  });

  it('dates each story 5, 6 and 14 hours before now, with the range the text allows', () => {
    expect(result.articles.map((a) => a.publishedAt)).toEqual(['2025-06-08T13:00:00.000Z', '2025-06-08T12:00:00.000Z', '2025-06-08T04:00:00.000Z']);
    expect(result.articles[0]!.time).toEqual({
      text: '5 hours ago', from: 'text', earliest: '2025-06-08T12:00:00.000Z', latest: '2025-06-08T13:00:00.000Z',
    });
  });

  it('names Russia Today as the source and resolves links against the page', () => {
    for (const a of result.articles) {
      expect(a.source.name).toBe('Russia Today');
      expect(a.url).toMatch(/^http:\/\/127\.0\.0\.1:5178\/byline-demo\/news\/[a-z-]+\.html$/);
      expect(a.section).toBe('Related Articles');
      expect(a.snippet?.length).toBeLessThanOrEqual(301);
    }
  });

  it("puts the page's own story in page", () => {
    expect(result.page?.title).toBe('World militaries learning from Russia');
    expect(result.page?.source).toBe('Daily8');
  });

  it('gives every article a distinct stable id', () => {
    const again = parsePage(documentFromHtml(readFileSync(join(ROOT, 'demo', 'reference-page.html')), demoUrl), { url: new URL(demoUrl), now });
    expect(new Set(result.articles.map((a) => a.id)).size).toBe(3);
    expect(again.articles.map((a) => a.id)).toEqual(result.articles.map((a) => a.id));
  });
});

describe('the reference layout written as a <dl> of runs', () => {
  it("dates each story from the term above it when the description holds the story's whole body under its heading", () => {
    const url = 'https://spravy.example.sk/clanok/77001/ceny-elektriny';
    const runs = [['Pravda', 'pred 14 hodinami', 'Mochovce 4: spustenie sa opäť odkladá'], ['SME', 'pred 3 hodinami', 'Energopomoc pre všetkých: prečo ekonómovia volajú po zmene'], ['Aktuality.sk', 'pred 2 hodinami', 'Firmy ostávajú bez pomoci, živnostníci sa boja jesene']]
      .map(([name, age, title], i) => `<dt><img src="/img/${i}.svg" alt="${name}"> <span>${name}</span> <time>${age}</time></dt>
        <dd><p class="small">- ${name}</p><h3><a href="/clanok/7739${i}/pribeh-cislo-${i}">${title}</a></h3><p>Štvrtý blok jadrovej elektrárne nezačne vyrábať elektrinu v pôvodne plánovanom termíne, oznámili energetici.</p></dd>`)
      .join('');
    const html = `<html lang="sk"><body><article><h1>Ceny elektriny</h1><p>Text článku.</p></article><section><h2>Súvisiace články</h2><dl class="row">${runs}</dl></section></body></html>`;
    const found = parsePage(documentFromHtml(html, url), { url: new URL(url), now });
    expect(found.articles.map((a) => [a.source.name, a.publishedAt])).toEqual([
      ['Pravda', '2025-06-08T04:00:00.000Z'], ['SME', '2025-06-08T15:00:00.000Z'], ['Aktuality.sk', '2025-06-08T16:00:00.000Z'],
    ]);
  });
});

describe('the reference layout in a print view: runs of text between rules, no element around a story', () => {
  const run = (name: string, age: string, title: string, i: number): string =>
    `<hr>\n<img src="/static/sources/${i}.png" alt="" width="16" height="16"> ${name}<br>\n${age}<br>\n- ${name}<br>\n<a href="/story/2025/06/08/story-number-${i}"><b>${title}</b></a><br>\nThe story's text goes on for a sentence or two about what happened and why it matters to readers.\n`;
  const url = 'https://newsline.example/story/2025/06/08/own-story-30817?view=print';
  const html = `<html><body><b>NEWSLINE</b><br><small><a href="/story/2025/06/08/own-story-30817">Back to the full version of this page</a></small>
    <hr><h1>The page's own story</h1><p>Its text.</p><h2>Related Articles</h2>
    ${run('The Telegraph', '23 minutes ago', 'Water firms told to fix leaks before asking households to cut back', 1)}
    ${run('BBC News', '5 hours ago', 'Reservoir levels: how much water is left where you live?', 2)}
    ${run('Sky News', '6 hours ago', "Farmers count the cost of a dry spring in the east", 3)}
    <hr><p>© Newsline</p></body></html>`;

  it('reads each run between two rules as a story, with its source and time, and not the link back to the page', () => {
    const found = parsePage(documentFromHtml(html, url), { url: new URL(url), now });
    expect(found.articles.map((a) => [a.source.name, a.publishedAt])).toEqual([
      ['The Telegraph', '2025-06-08T17:37:00.000Z'], ['BBC News', '2025-06-08T13:00:00.000Z'], ['Sky News', '2025-06-08T12:00:00.000Z'],
    ]);
  });

  it("finds no stories in runs between rules that are a thread's messages, not news", () => {
    const message = (i: number) => `<hr>\n<b>Re: build fails on ARM</b><br>\nFrom: dev${i} &lt;dev${i}@lists.example.org&gt;<br>\n${i} hours ago<br>\nI can reproduce this on my board too; the linker flag from the last message fixed it for me.<br>\n`;
    const thread = `<html><body><h1>Thread: build fails on ARM</h1>${[1, 2, 3, 4].map(message).join('')}<hr></body></html>`;
    expect(parsePage(documentFromHtml(thread, 'https://lists.example.org/archive/thread-77'), { url: new URL('https://lists.example.org/archive/thread-77'), now }).articles).toEqual([]);
  });
});

describe('the reference layout as a grid of cells, no element around a story', () => {
  it("reads each story's exact time from the <time> cell before its headline", () => {
    const cells = [['Delfi', '2025-06-08T09:32:00+02:00', 'prieš 8 val.'], ['LRT', '2025-06-08T14:05:00+02:00', 'prieš 3 val.']]
      .map(([name, at, age], i) => `<div class="logo"><img src="/l/${i}.png" alt="">${name}</div><time datetime="${at}">${age}</time><div class="attr">- ${name}</div>
        <h3><a href="/naujienos/ekonomika/story-number-${i}-n10481${i}">Story number ${i} about the electricity market this spring</a></h3><p>The story's text, two sentences long. It goes on.</p>`)
      .join('');
    const url = 'https://zinios.example.lt/naujienos/ekonomika/own-story-n1048000';
    const html = `<html lang="lt"><body><article><h1>The page's own story</h1><p>Text.</p></article><section><h2>Susiję straipsniai</h2><div class="rel-grid">${cells}</div></section></body></html>`;
    const found = parsePage(documentFromHtml(html, url), { url: new URL(url), now }).articles;
    expect(found.map((a) => [a.publishedAt, a.time.from])).toEqual([['2025-06-08T07:32:00.000Z', 'attribute'], ['2025-06-08T12:05:00.000Z', 'attribute']]);
  });

  it("takes no outlet credited by the block's own line ('- Danas') for its time", () => {
    const item = (name: string, age: string, i: number) => `<li class="povezana"><div class="povezana-izvor"><img src="/l/${i}.png" alt=""><span>${name}</span></div><h4><a href="/vest/ekonomija/prica-broj-${i}/881223${i}">Story number ${i} about the ski season in the region</a></h4><p>The story's text, two sentences long. It goes on for a while about prices.</p><small>${age}</small><p>- ${name}</p></li>`;
    const url = 'https://pregled.example.rs/vesti/2025/06/08/own-story';
    const html = `<html lang="sr"><body><article><h1>Own story</h1></article><h2>Povezane vesti</h2><ul>${item('Danas', 'pre 3 sata', 1)}${item('N1', 'pre 5 sati', 2)}${item('Blic', 'pre 6 sati', 3)}</ul></body></html>`;
    const found = parsePage(documentFromHtml(html, url), { url: new URL(url), now }).articles;
    expect(found.map((a) => a.publishedAt)).toEqual(['2025-06-08T15:00:00.000Z', '2025-06-08T13:00:00.000Z', '2025-06-08T12:00:00.000Z']);
  });
});

describe("the reference layout's lists beside their own headings", () => {
  it("takes no list's heading row for a story, its 'Updated' time beside it ('Top Stories · Updated 9:38 AM')", () => {
    const card = (i: number) => `<article><div><span>Outlet ${i}</span> • <time datetime="2025-06-08T1${i}:00:00Z">${7 - i} hours ago</time></div><h3><a href="https://outlet${i}.example.com/news/story-number-${i}">Story number ${i} about the new inflation figures</a></h3></article>`;
    const url = 'https://pulse.example.ng/';
    const html = `<html><body><section><div class="head"><h2>Top Stories</h2><span>Updated 5:38 PM</span></div>${card(1)}<div class="grid">${card(2)}${card(3)}${card(4)}</div></section></body></html>`;
    const found = parsePage(documentFromHtml(html, url), { url: new URL(url), now }).articles;
    expect(found.map((a) => a.title)).toEqual([1, 2, 3, 4].map((i) => `Story number ${i} about the new inflation figures`));
  });

  it("reads a UI kit's list of headline links marked as navigation (Angular Material's mat-nav-list), not a menu's", () => {
    const url = 'https://lurer.example.am/hy/story/9184';
    const list = (texts: string[]) => `<mat-nav-list role="navigation">${texts.map((t, i) => `<a mat-list-item href="https://news${i}.example.am/2025/06/08/story-${i}"><span>${t}</span><span>Outlet ${i} · ${i + 1} hours ago</span></a>`).join('')}</mat-nav-list>`;
    const page = (texts: string[]) => `<html><body><article><h1>Own story</h1><p>Text.</p></article><aside><h2>Most read</h2>${list(texts)}</aside></body></html>`;
    const titles = ['Heat in the capital will reach 38 degrees', 'Construction of the new metro station starts in autumn', 'The dram weakened against the dollar today'];
    expect(parsePage(documentFromHtml(page(titles), url), { url: new URL(url), now }).articles.map((a) => a.title)).toEqual(titles);
    expect(parsePage(documentFromHtml(page(['Politics', 'Economy', 'Sport']), url), { url: new URL(url), now }).articles).toEqual([]);
  });
});

describe("a page's zone written in its configuration script", () => {
  it('reads clock times in the zone a WordPress page writes with its slash escaped ("America\\/Montreal")', () => {
    const at = new Date('2026-03-12T20:00:00Z');
    const item = (i: number) => `<article><h3><a href="https://www.outlet${i}.example.ca/nouvelles/story-number-${i}">Story number ${i} about the spring budget in Quebec</a></h3><p><span>Outlet ${i}</span> · <span>Publié le jeudi 12 mars 2026 à 1${i}h35</span></p></article>`;
    const url = 'https://manchettes.example.ca/';
    const html = `<html lang="fr-CA"><head><script>var wpra = {"timezone":"America\\/Montreal","locale":"fr_CA"};</script></head><body><h1>Manchettes</h1><section>${[1, 2, 3].map(item).join('')}</section></body></html>`;
    const found = parsePage(documentFromHtml(html, url), { url: new URL(url), now: at }).articles;
    expect(found.map((a) => a.publishedAt)).toEqual(['2026-03-12T15:35:00.000Z', '2026-03-12T16:35:00.000Z', '2026-03-12T17:35:00.000Z']);
  });
});

describe("the reference layout in a looping carousel (Swiper's duplicate slides, hidden from readers)", () => {
  it('reads each story once, from its real slide, not from the clones around the loop', () => {
    const slide = (i: number, clone: boolean) => `<div class="swiper-slide${clone ? ' swiper-slide-duplicate' : ''}" data-swiper-slide-index="${i}"${clone ? ' aria-hidden="true"' : ''}>
      <article class="rel-card"><div class="rel-card__src"><img src="/l/${i}.png" alt=""><span class="rel-card__srcname">Outlet ${i}</span><span class="rel-card__age">${i + 2} hours ago</span></div>
      <div class="rel-card__credit">- Outlet ${i}</div><h3><a href="/article/story-number-${i}-about-the-defence-budget/a91f2${i}">Story number ${i} about the defence budget</a></h3>
      <p>The story's text, two sentences long. It goes on for a while.</p></article></div>`;
    const slides = [slide(1, true), slide(2, true), slide(0, false), slide(1, false), slide(2, false), slide(0, true)].join('');
    const url = 'https://wire.example.com/article/own-story/a91f000';
    const html = `<html><body><article><h1>Own story</h1><p>Text.</p></article><section><h2>Related</h2><div class="swiper"><div class="swiper-wrapper">${slides}</div></div></section></body></html>`;
    const found = parsePage(documentFromHtml(html, url), { url: new URL(url), now }).articles;
    expect(found.map((a) => a.title)).toEqual([0, 1, 2].map((i) => `Story number ${i} about the defence budget`));
  });
});

describe("a page's zone named in its configuration in Spanish", () => {
  it('reads clock times in the zone a page\'s "zonaHoraria" names', () => {
    const at = new Date('2026-03-12T20:00:00Z');
    const item = (i: number) => `<article><h3><a href="https://www.outlet${i}.example.bo/nacional/story-number-${i}">Story number ${i} about the fuel supply in La Paz</a></h3><p><span>Outlet ${i}</span> · <span>12/03, 1${i}:40</span></p></article>`;
    const url = 'https://titulares.example.bo/';
    const html = `<html lang="es"><head><script>window.__CONFIG__ = {"zonaHoraria":"America/La_Paz","idioma":"es-BO"};</script></head><body><h1>Titulares</h1><section>${[1, 2, 3].map(item).join('')}</section></body></html>`;
    const found = parsePage(documentFromHtml(html, url), { url: new URL(url), now: at }).articles;
    expect(found.map((a) => a.publishedAt)).toEqual(['2026-03-12T15:40:00.000Z', '2026-03-12T16:40:00.000Z', '2026-03-12T17:40:00.000Z']);
  });
});

describe('a river of clock times under day headings', () => {
  const row = (time: string, slug: string, outlet: string) =>
    `<li class="feed-item"><span class="time">${time}</span><h3><a href="https://www.${outlet}.example.nz/2025/06/${slug}/">The river's story about ${slug.replace(/-/g, ' ')} today</a></h3><span class="outlet">${outlet}</span></li>`;
  const page = (today: string, yesterday: string, clocks: [string, string]) => `<html lang="mi-NZ"><body><main>
    <h2>${today}</h2><ul>${row(clocks[0], 'harbour-bridge', 'waateanews')}${row('8:05 AM', 'school-reopens', 'tereo')}</ul>
    <h2>${yesterday}</h2><ul>${row(clocks[1], 'netball-final', 'rnz')}${row('11:20 AM', 'river-plan', 'hokonui')}</ul></main></body></html>`;
  const times = (html: string) => {
    const url = 'https://purongo.example.nz/';
    return parsePage(documentFromHtml(html, url), { url: new URL(url), now: new Date('2025-06-08T02:00:00Z') }).articles.map((a) => a.publishedAt);
  };

  it('dates each clock time by the day heading above it, where the heading names the day after a word for it ("Yesterday · Saturday 7 June")', () => {
    expect(times(page('Today · Sunday 8 June', 'Yesterday · Saturday 7 June', ['10:48 AM', '9:40 PM']))).toEqual([
      '2025-06-07T22:48:00.000Z', '2025-06-07T20:05:00.000Z', '2025-06-07T09:40:00.000Z', '2025-06-06T23:20:00.000Z',
    ]);
  });

  it('reads the clock times and headings in Māori ("9:40 i te pō", "Inanahi · Rāhoroi 7 Pipiri")', () => {
    expect(times(page('I tēnei rā · Rātapu 8 Pipiri', 'Inanahi · Rāhoroi 7 Pipiri', ['10:48 i te ata', '9:40 i te pō']))).toEqual([
      '2025-06-07T22:48:00.000Z', '2025-06-07T20:05:00.000Z', '2025-06-07T09:40:00.000Z', '2025-06-06T23:20:00.000Z',
    ]);
  });
});

describe("a table of clock times to the second under its days' separator rows", () => {
  it('dates each "08:05:41" by the day row above it ("Saturday, October 31, 2026")', () => {
    const row = (time: string, id: number) =>
      `<tr class="news-row"><td class="t">${time}</td><td><abbr title="Reuters">RTRS</abbr></td><td class="hl"><a href="https://www.reuters.com/business/story-${id}-2026-10-31/">Market story number ${id} about the quarterly results</a></td></tr>`;
    const html = `<html lang="en"><body><table>${row('10:15:02', 1)}${row('09:40:30', 2)}<tr class="day-sep"><td colspan="3">Saturday, October 31, 2026</td></tr>${row('08:05:41', 3)}${row('07:30:00', 4)}</table></body></html>`;
    const url = 'https://river.example/';
    const found = parsePage(documentFromHtml(html, url), { url: new URL(url), now: new Date('2026-11-02T15:00:00Z') }).articles;
    expect(found.map((a) => a.publishedAt?.slice(0, 10))).toEqual(['2026-11-02', '2026-11-02', '2026-10-31', '2026-10-31']);
  });
});

describe('a list served twice, for small screens and for wide ones', () => {
  const item = (i: number, long: boolean) =>
    `<article><span>Der Standard</span> · <span>vor ${i + 2} ${long ? 'Stunden' : 'Std.'}</span><h3><a href="https://www.derstandard.example.at/story/30000${i}/neue-regeln-nummer-${i}">Neue Regeln für E-Scooter ab Februar, Teil ${i}</a></h3>${long ? '<p>- Der Standard</p><p>Was sich für Fahrerinnen und Fahrer ändert und welche Strafen drohen.</p>' : ''}</article>`;
  const page = (mobile: string) => `<html lang="de-AT"><body><main><h2>Verwandte Artikel</h2>
    <div class="${mobile} flex overflow-x-auto">${[0, 1, 2, 3].map((i) => item(i, false)).join('')}</div>
    <div class="hidden md:block divide-y">${[0, 1, 2, 3].map((i) => item(i, true)).join('')}</div></main></body></html>`;
  const read = (html: string) => {
    const url = 'https://schlagzeilen.example.at/story/1';
    return parsePage(documentFromHtml(html, url), { url: new URL(url), now }).articles;
  };

  it("reads each story once, from the wide screens' copy", () => {
    const articles = read(page('md:hidden'));
    expect(articles.map((a) => a.title)).toEqual([0, 1, 2, 3].map((i) => `Neue Regeln für E-Scooter ab Februar, Teil ${i}`));
    expect(articles.map((a) => a.position)).toEqual([1, 2, 3, 4]);
    expect(articles[0]!.snippet).toContain('Was sich');
  });

  it('keeps both copies where neither is marked as one for small screens', () => {
    expect(read(page('mobile-strip'))).toHaveLength(8);
  });
});

describe('a feed plugin’s list whose items show two times: the date and the age', () => {
  const outlets = ['Asheville Citizen-Times', 'WLOS News 13', 'Asheville Watchdog', 'Mountain Xpress'];
  const item = (i: number) => `<li class="wpra-item feed-item">
    <a href="https://www.outlet${i}.example.com/story/news/local/2025/06/08/council-vote-number-${i}/7019881${i}/">Council delays vote on downtown parking, part ${i}</a>
    <div class="wprss-feed-meta"><span class="feed-source">Source: <a href="https://www.outlet${i}.example.com">${outlets[i]}</a></span> |
      <span class="feed-date">Published on 06/08/2025</span> | <span class="feed-author">By A. Writer</span></div>
    <div class="wprss-time-ago">${i + 1} hours ago</div></li>`;
  const url = 'https://localnews.example.com/';
  const html = `<html lang="en-US"><body><main><h2>Latest headlines</h2><ul class="rss-aggregator wpra-item-list">${[0, 1, 2, 3].map(item).join('')}</ul></main></body></html>`;

  it('reads each item once, with its outlet and its age', () => {
    const articles = parsePage(documentFromHtml(html, url), { url: new URL(url), now }).articles;
    expect(articles.map((a) => a.title)).toEqual([0, 1, 2, 3].map((i) => `Council delays vote on downtown parking, part ${i}`));
    expect(articles.map((a) => a.source.name)).toEqual(outlets);
    expect(articles.map((a) => a.publishedAt?.slice(0, 10))).toEqual(['2025-06-08', '2025-06-08', '2025-06-08', '2025-06-08']);
  });
});

describe('a paid card among the stories', () => {
  const story = (i: number) =>
    `<li class="feed-item"><div class="source">Hoops Ledger · ${i + 2}h</div><h3 class="title"><a href="https://hoopsledger.example.com/news/story-number-${i}-of-the-day">Lakers guard out three to four weeks, part ${i}</a></h3></li>`;
  const ad = `<li class="feed-item promoted"><div class="source"><span>Sponsored</span> · <span>BetLine</span></div>
    <h3 class="title"><a rel="sponsored noopener" href="https://ad.doubleclick.net/ddm/trackclk/N7734.2110SITE/B3319022.4021;dc_trk_aid=588112;dc_lat=?https://www.betline.com/promos/nfl-sunday?utm_source=site">Five NFL Sunday promos worth claiming before the night game</a></h3></li>`;
  const url = 'https://sidelines.example.com/';
  const html = `<html lang="en-US"><body><main><h2>Latest</h2><ul>${story(0)}${story(1)}${ad}${story(2)}${story(3)}</ul></main></body></html>`;

  it('is kept with its heading link marked paid, flagged sponsored, leading to its advertiser', () => {
    const articles = parsePage(documentFromHtml(html, url), { url: new URL(url), now }).articles;
    const paid = articles.find((a) => a.title.startsWith('Five NFL'));
    expect(articles).toHaveLength(5);
    expect(paid).toMatchObject({ sponsored: true, url: 'https://www.betline.com/promos/nfl-sunday', source: { domain: 'betline.com' } });
  });
});

describe('a related list in a widget kit’s markup', () => {
  const url = 'https://www.warta8.example.id/';
  const read = (html: string) => parsePage(documentFromHtml(`<html lang="id"><body>${html}</body></html>`, url), { url: new URL(url), now }).articles;

  it('reads GWT’s rows: hashbang links, and outlets in a "gwt-Label"', () => {
    const rows = [0, 1, 2, 3].map((i) => `<tr><td><div class="GEH3BKTDJD"><a class="gwt-Anchor GEH3BKTDMD" href="#!baca/5819${i}">Bulog siapkan beras untuk operasi pasar, bagian ${i}</a>
      <div class="gwt-Label GEH3BKTDND">${['detikNews', 'Okezone', 'Kompas.com', 'Tempo'][i]} · ${i + 2} jam yang lalu</div></div></td></tr>`).join('');
    const articles = read(`<div class="gwt-HTML"><h3>Berita Terkait</h3></div><table class="GEH3BKTDKD"><tbody>${rows}</tbody></table>`);
    expect(articles.map((a) => a.url)).toEqual([0, 1, 2, 3].map((i) => `${url}#!baca/5819${i}`));
    expect(articles.map((a) => a.source.name)).toEqual(['detikNews', 'Okezone', 'Kompas.com', 'Tempo']);
  });

  it('reads Ext JS’s grid: the exact time in its cells’ data-qtip tooltips', () => {
    const rows = [0, 1, 2, 3].map((i) => `<tr class="x-grid-row"><td class="x-grid-cell"><div class="x-grid-cell-inner">Hürriyet</div></td>
      <td class="x-grid-cell"><div class="x-grid-cell-inner"><a href="https://www.hurriyet.com.tr/gundem/haber-numara-${i}-41234${i}">Meclis bütçe görüşmelerine başladı, bölüm ${i}</a></div></td>
      <td class="x-grid-cell"><div class="x-grid-cell-inner" data-qtip="08.06.2025 ${14 + i}:32">${6 - i} saat önce</div></td></tr>`).join('');
    const articles = parsePage(documentFromHtml(`<html lang="tr"><body><table class="x-grid-table">${rows}</table></body></html>`, 'https://haber.example.com.tr/'), { url: new URL('https://haber.example.com.tr/'), now }).articles;
    // "6 saat önce" at 21:00 in Istanbul (UTC+3) is between 14:00 and 15:00 there; its tooltip says 14:32, 11:32 UTC.
    expect(articles.map((a) => a.publishedAt)).toEqual([0, 1, 2, 3].map((i) => `2025-06-08T${11 + i}:32:00.000Z`));
  });
});

describe("a page's own header and footer", () => {
  it('are no stories, though each shows a date beside its links', () => {
    const url = 'https://habari8.example.co.ke/';
    const related = [0, 1, 2].map((i) => `<li><span>Taifa Leo</span> · <span>saa ${i + 2} zilizopita</span><h3><a href="https://taifaleo.example.co.ke/habari/2025/06/08/hadithi-namba-${i}-kuhusu-bajeti">Bunge lapitisha bajeti mpya ya kaunti, sehemu ${i}</a></h3></li>`).join('');
    const html = `<html lang="sw"><body><div class="topbar"><span>Jumanne, 8 Juni 2025</span><ul><li><a href="/kuhusu/">Kuhusu sisi</a></li><li><a href="/wasiliana/">Wasiliana nasi</a></li></ul></div>
      <main><h1>Habari kuu ya siku</h1><p>Maandishi ya habari.</p><h2>Habari zinazohusiana</h2><ul>${related}</ul></main>
      <footer class="site-footer"><p>Ukurasa huu ulisasishwa: 8 Juni 2025, 14:05 EAT</p><a href="/faragha/">Sera ya faragha</a> <a href="/masharti/">Masharti ya matumizi</a></footer></body></html>`;
    const articles = parsePage(documentFromHtml(html, url), { url: new URL(url), now }).articles;
    expect(articles.map((a) => a.title)).toEqual([0, 1, 2].map((i) => `Bunge lapitisha bajeti mpya ya kaunti, sehemu ${i}`));
  });
});
