import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { parsePage } from '../../../core/parse';

const now = new Date('2025-06-08T18:00:00Z');

function parse(html: string, url = 'https://portal.example/') {
  return parsePage(documentFromHtml(html, url), { url: new URL(url), now });
}

/** Three timed related stories of the reference layout, so that the page reads as a list of stories. */
const timed = [1, 2, 3]
  .map((i) => `<div class="item"><span class="src">Outlet ${i}</span> <span>${i} hours ago</span><h3><a href="https://outlet${i}.example/news/2025/06/08/story-${i}">Timed story number ${i} about the city budget</a></h3></div>`)
  .join('');

/** Three ranked stories, each an element of the box's own (`item`), after the box's title and its tabs. */
const ranked = (item: (i: number, inner: string) => string) =>
  [1, 2, 3].map((i) => item(i, `<a href="/clanek/5819${i}-popular-${i}">Popular story number ${i} about the harbour works</a><div class="zdroj">Outlet P${i}</div>`)).join('');

describe('a "Most read" box written without lists or headings', () => {
  it("reads its items when its title is a plain element and the items stand beside it ('<div>Nejčtenější</div>', tabs, then a <div> each)", () => {
    const box = `<div class="nejctenejsi"><div class="blok-nadpis">Nejčtenější</div><div class="zalozky"><div>Dnes</div><div>Týden</div></div>${ranked(
      (i, inner) => `<div class="polozka"><div class="poradi">${i}</div><div class="text">${inner}</div></div>`,
    )}</div>`;
    const articles = parse(`<html><body><main>${timed}</main><aside>${box}</aside></body></html>`).articles;
    expect(articles.filter((a) => a.title.startsWith('Popular')).map((a) => a.source.name)).toEqual(['Outlet P1', 'Outlet P2', 'Outlet P3']);
  });

  it('reads the rows of a table of ranked stories under its heading, past its tabs', () => {
    const table = `<div><h3>Meistgelesen</h3><ul class="reiter"><li><a href="javascript:;">Heute</a></li><li><a href="javascript:;">Woche</a></li></ul><table>${ranked(
      (i, inner) => `<tr><td class="rang">${i}.</td><td>${inner}</td></tr>`,
    )}</table></div>`;
    const articles = parse(`<html><body><main>${timed}</main><aside>${table}</aside></body></html>`).articles;
    expect(articles.filter((a) => a.title.startsWith('Popular'))).toHaveLength(3);
  });

  it("takes no far list for one named by a bar's plain label ('ÚLTIMA HORA' before a single line)", () => {
    const html = `<html><body><div class="ultima-hora"><strong>Breaking news</strong> <span>Schools closed in 22 districts after the floods</span></div><main>${timed}<ol>${ranked((i, inner) => `<li>${inner}</li>`)}</ol></main></body></html>`;
    expect(parse(html).articles.filter((a) => a.title.startsWith('Popular'))).toEqual([]);
  });
});

describe("a lead card that holds its story's related stories", () => {
  /** The lead: its headline and summary, its time row below them, then its related stories, each with outlet and age. */
  const lead = `<div class="promo"><div class="promo-body"><div><a href="https://www.bbc.co.uk/naidheachdan/articles/c4g7k2m9x1po"><h3>Ferry service to Oban cancelled for another week</h3></a><p>CalMac says the vessel will not be back in service until the end of the month.</p></div>
    <ul class="promo-meta"><li><time datetime="2025-06-08T17:21:00+01:00">39 minutes ago</time></li><li><a href="/sources/bbc-naidheachdan">BBC Naidheachdan</a></li></ul>
    <ul class="related">${[2, 3].map((h) => `<li><a href="https://www.paper${h}.example/news/ferry-${h}">Related ferry story ${h} about the islanders' timetable</a><span><span class="src">Paper ${h}</span> · <span>${h} hours ago</span></span></li>`).join('')}</ul></div></div>`;

  it('reads the lead with its own time and outlet, and its related stories as stories of their own', () => {
    const articles = parse(`<html><body><main>${lead}<section>${timed}</section></main></body></html>`).articles;
    expect(articles.slice(0, 3).map((a) => [a.title, a.source.name, a.publishedAt])).toEqual([
      ['Ferry service to Oban cancelled for another week', 'BBC Naidheachdan', '2025-06-08T16:21:00.000Z'],
      ["Related ferry story 2 about the islanders' timetable", 'Paper 2', '2025-06-08T16:00:00.000Z'],
      ["Related ferry story 3 about the islanders' timetable", 'Paper 3', '2025-06-08T15:00:00.000Z'],
    ]);
  });

  it('is no lead when it is a whole section of a list, its link to the rest after it', () => {
    const section = `<section><h2>Yesterday</h2><ol>${timed}</ol><a href="/day/2025-06-07">All stories from June 7 →</a></section>`;
    expect(parse(`<html><body>${section}</body></html>`).articles.map((a) => a.title)).not.toContain('All stories from June 7 →');
  });
});

describe("a digest's links under the days it lists them on", () => {
  const day = (heading: string, items: string[]) =>
    `<h2 id="${heading}">${heading}<a hidden class="anchor" aria-hidden="true" href="#d">#</a></h2><ul>${items
      .map((slug) => `<li><a href="https://www.${slug}.example/2025/06/${slug}-story/">The ${slug} story of the week about the language congress</a> — <strong>${slug}</strong></li>`)
      .join('')}</ul>`;

  it('dates each untimed link by the day written in the heading above its list', () => {
    const html = `<html lang="eo"><body><article><h1>Weekly digest</h1>${day('Sabato, la 7-an de junio', ['liberafolio', 'kontakto'])}${day('Vendredo, la 6-an de junio', ['gxangalo', 'monato'])}</article></body></html>`;
    const articles = parse(html, 'https://digest.example/2025-23/').articles;
    expect(articles.map((a) => a.publishedAt?.slice(0, 10))).toEqual(['2025-06-07', '2025-06-07', '2025-06-06', '2025-06-06']);
  });

  it("reads a column of commentary under days written in plain elements ('<div class=\"date_header\">'), each piece's outlet in a span of class 'pub'", () => {
    const column = (heading: string, outlets: string[]) =>
      `<div class="date_header">${heading}</div><ul class="commentary">${outlets
        .map((o, i) => `<li><a href="https://www.${o.toLowerCase().replace(/ /g, '')}.example/opinion/2025/06/column-${i}">Column number ${i} on the budget fight in ${o}</a> - <span class="auth_pub"><span class="auth">Writer ${i}</span>, <span class="pub">${o}</span></span></li>`)
        .join('')}</ul>`;
    const html = `<html><body><div id="alpha">${column('Sunday, June 8', ['WSJ', 'NY Times', 'Nat Review'])}<div class="ad"></div>${column('Saturday, June 7', ['The Atlantic', 'NY Post', 'City Journal'])}</div></body></html>`;
    const articles = parse(html, 'https://politics.example/').articles;
    expect(articles.map((a) => [a.source.name, a.publishedAt?.slice(0, 10)])).toEqual([
      ['WSJ', '2025-06-08'],
      ['NY Times', '2025-06-08'],
      ['Nat Review', '2025-06-08'],
      ['The Atlantic', '2025-06-07'],
      ['NY Post', '2025-06-07'],
      ['City Journal', '2025-06-07'],
    ]);
  });
});

describe('pages and parts of pages that hold no stories', () => {
  it("reads no story on a wiki's talk page, nor a link to a page's editor", () => {
    const thread = (i: number) =>
      `<div class="thread"><h2>Section ${i} needs better sources <a href="/w/index.php?title=Talk:Heat_pump&action=edit&section=${i}">edit</a></h2><p>The efficiency figures look off, see <a href="/wiki/Vapor-compression_refrigeration">vapor-compression refrigeration</a>. Editor ${i} (talk) 14:2${i}, 3 June 2025 (UTC)</p></div>`;
    const html = `<html><body>${[1, 2, 3, 4].map(thread).join('')}</body></html>`;
    expect(parse(html, 'https://en.wikipedia.org/wiki/Talk:Heat_pump').articles).toEqual([]);
  });

  it("reads no story on a council information system's page (its generator 'SessionNet'): meetings and agenda items", () => {
    const item = (i: number) =>
      `<tr><td>Ö ${i}</td><td><a href="vo0050.php?__kvonr=41${i}">Bebauungsplan Nr. 8${i} „Am Mühlbach“ – Aufstellungsbeschluss und Beteiligung</a></td><td>Vorlage ${i}/2026</td><td><time datetime="2025-06-0${i}">0${i}.06.2025</time></td></tr>`;
    const html = (generator: string) => `<html><head><meta name="generator" content="${generator}"></head><body><table class="smc-table">${[1, 2, 3, 4, 5].map(item).join('')}</table></body></html>`;
    const at = 'https://ratsinfo.wendelsheim.example/bi/si0057.php?__ksinr=2318';
    expect(parse(html('SessionNet 5.5.2 bi (Layout 6)'), at).articles).toEqual([]);
    expect(parse(html('WordPress 6.5'), at).articles).toHaveLength(5);
  });

  it("reads no story in a library's catalogue (its generator 'Koha'): its records of books and press articles", () => {
    const item = (i: number) =>
      `<tr><td><a href="/cgi-bin/koha/opac-detail.pl?biblionumber=4821${i}">Periodismo digital y nuevas audiencias en la prensa regional, tomo ${i}</a></td><td>La Nación</td><td><time datetime="2025-06-0${i}">0${i}.06.2025</time></td></tr>`;
    const html = (generator: string) => `<html><head><meta name="generator" content="${generator}"></head><body><table class="table-striped">${[1, 2, 3, 4, 5].map(item).join('')}</table></body></html>`;
    const at = 'https://catalogo.biblioteca.example/cgi-bin/koha/opac-search.pl?q=periodismo';
    expect(parse(html('Koha 23.1109000'), at).articles).toEqual([]);
    expect(parse(html('WordPress 6.5'), at).articles).toHaveLength(5);
  });

  it("reads no story in a broadcaster's schedule, whose items mark their start (schema.org 'startDate'), nor in job offers open to all genders ('(m/w/d)')", () => {
    const slot = (i: number, start: string) =>
      `<article><h3><a href="/2025/06/0${i}/evening-bulletin-${i}">Evening news bulletin number ${i} with the weather</a></h3><time ${start} datetime="2025-06-0${i}T10:00:00Z">0${i}.06.2025</time><p>The latest national and international news.</p></article>`;
    const schedule = (start: string) => `<html><body><main>${[1, 2, 3, 4].map((i) => slot(i, start)).join('')}</main></body></html>`;
    expect(parse(schedule('itemprop="startDate"')).articles).toEqual([]);
    expect(parse(schedule('')).articles).toHaveLength(4);
    const job = (i: number, title: string) =>
      `<article class="job"><h2><a href="/stellenangebote--job-${i}-hamburg--1310842${i}-inline.html">${title}</a></h2><span class="company">NDR Norddeutscher Rundfunk</span> <span class="place">Hamburg</span> <time datetime="2025-06-0${i}T09:00:00Z">vor ${8 - i} Tagen</time></article>`;
    const jobs = ['Redakteur (m/w/d) Nachrichten / Newsdesk', 'Social Media Redakteur (w/m/d) Lokales', 'Chef vom Dienst (m/w/d) Digital', 'Senior Editor Wirtschaft (m/f/d)'];
    expect(parse(`<html><body><main>${jobs.map((t, i) => job(i + 1, t)).join('')}</main></body></html>`).articles).toEqual([]);
  });

  it("reads no story in a podcast directory's episodes (player.fm) nor in a journal's issue, whose papers' addresses hold their DOI", () => {
    const episode = (i: number) => `<article><h3><a href="/series/plenario-aberto/31${i}-episodio-${i}-sobre-o-orcamento">#31${i} – Quem manda no Orçamento de 2027, parte ${i}?</a></h3><span>Plenário Aberto</span> <time datetime="2026-03-1${i}T08:00:00Z">1${i} mar 2026</time></article>`;
    expect(parse(`<html lang="pt"><body><main>${[1, 2, 3, 4].map(episode).join('')}</main></body></html>`, 'https://pt.player.fm/series/plenario-aberto').articles).toEqual([]);
    const paper = (i: number, path: string) => `<article><h3><a href="${path}${i}">Partisan cues and the local news gap, evidence from newspaper closures ${i}</a></h3><span>Political Behavior</span> <time datetime="2025-06-0${i}T08:00:00Z">0${i} June 2025</time></article>`;
    const issue = (path: string) => `<html><body><main>${[1, 2, 3, 4].map((i) => paper(i, path)).join('')}</main></body></html>`;
    expect(parse(issue('/article/10.1007/s11109-024-0993'), 'https://link.springer.com/journal/11109/volumes-and-issues/47-2').articles).toEqual([]);
    expect(parse(issue('/article/2025/06/local-news-gap-'), 'https://link.springer.com/journal/11109/volumes-and-issues/47-2').articles).toHaveLength(4);
  });

  it("reads no story in a closed dialog (a menu drawer's copy of the latest stories), the same list beside it read", () => {
    const item = (i: number) => `<li><span>1${i}:05</span> <a href="/k/8832${i}">Story number ${i} about the new city bus routes</a></li>`;
    const list = `<ul>${[1, 2, 3].map(item).join('')}</ul>`;
    expect(parse(`<html><body><dialog id="drawer">${list}</dialog></body></html>`).articles).toEqual([]);
    expect(parse(`<html><body><dialog id="drawer" open>${list}</dialog></body></html>`).articles).toHaveLength(3);
  });

  it("reads no story in a reference manager's web library (zotero.org), where the same rows elsewhere are read", () => {
    const item = (i: number) =>
      `<tr><td><a href="/groups/newsroom_lab/items/itemKey/ABCD123${i}">Local news deserts and civic engagement, part ${i} of the county study</a></td><td>Okafor, Lind</td><td>Journal Article</td><td><time datetime="2025-06-0${i}">0${i}.06.2025</time></td></tr>`;
    const html = `<html><body><table class="library-items">${[1, 2, 3, 4, 5].map(item).join('')}</table></body></html>`;
    expect(parse(html, 'https://www.zotero.org/groups/newsroom_lab/items').articles).toEqual([]);
    expect(parse(html, 'https://research.example/groups/newsroom_lab/items').articles).toHaveLength(5);
  });

  it("reads no story on a wiki's special page in any language (its body's class 'ns--1': Polish 'Specjalna:Ostatnie zmiany')", () => {
    const row = (i: number) =>
      `<table class="mw-changeslist-line mw-enhanced-rc" data-mw-ts="2025060816${5 - i}811"><tbody><tr><td></td><td class="mw-enhanced-rc" colspan="2">&#160;&#160;16:${5 - i}8&#160;</td><td class="mw-changeslist-line-inner"><span class="mw-title"><a href="/wiki/Katastrofa_kolejowa_pod_Koluszkami_${i}" class="mw-changeslist-title" title="Katastrofa kolejowa pod Koluszkami ${i}">Katastrofa kolejowa pod Koluszkami ${i}</a></span> <span class="mw-changeslist-links"><span><a href="/w/index.php?title=Katastrofa_kolejowa_pod_Koluszkami_${i}&amp;diff=7841254${i}&amp;oldid=7841212${i}">różn.</a></span><span><a href="/w/index.php?title=Katastrofa_kolejowa_pod_Koluszkami_${i}&amp;action=history">hist.</a></span></span> <span class="mw-diff-bytes">+31${i}</span> <a href="/wiki/Wikipedysta:Nekrolog_${i}" class="mw-userlink"><bdi>Nekrolog ${i}</bdi></a></td></tr></tbody></table>`;
    const html = (body: string) => `<html><body class="${body}"><div class="mw-changeslist"><h4>8 czerwca 2025</h4><div>${[1, 2, 3, 4].map(row).join('')}</div></div></body></html>`;
    const at = 'https://pl.wikipedia.org/w/index.php?title=Specjalna:Ostatnie_zmiany';
    expect(parse(html('mediawiki ltr ns--1 ns-special mw-special-Recentchanges'), at).articles).toEqual([]);
    // The same rows on a page of another namespace are read as they stand.
    expect(parse(html('mediawiki ltr ns-4 ns-subject'), at).articles).toHaveLength(4);
  });

  it("reads no rated film or product as a story ('★★★½' in an element of its own), where the same rows unrated read as stories", () => {
    const rows = (rating: string) =>
      [1, 2, 3, 4]
        .map((i) => `<tr><td><a href="https://www.outlet${i}.example/2025/06/08/festival-${i}">Film number ${i} of the summer festival reviewed</a></td>${rating}<td>${i} hours ago</td></tr>`)
        .join('');
    const read = (rating: string) => parse(`<html><body><table>${rows(rating)}</table></body></html>`, 'https://films.example/').articles;
    expect(read('<td class="rating"><span>★★★½</span></td>')).toEqual([]);
    expect(read('<td class="rating"><span>Festival</span></td>')).toHaveLength(4);
  });

  it("reads no time in a form's control, nor takes a thread's heading with its count for a headline", () => {
    const settings = `<div id="manage"><h2>My alerts (4)</h2><label>Deliver at</label> <div role="listbox"><div>8:00 AM</div></div><a href="/alerts/feeds/1">RSS</a></div>`;
    const comments = `<section id="comments"><h2>Comments (3)</h2><ol>${[1, 2, 3].map((i) => `<li class="comment"><p><strong>Reader ${i}</strong> · <time datetime="2025-06-08T1${i}:00:00Z">${i} hours ago</time></p><p>See also <a href="https://forum.example/t/${i}">the thread in the forum</a>.</p></li>`).join('')}</ol></section>`;
    const titles = parse(`<html><body><main>${timed}</main>${settings}${comments}</body></html>`).articles.map((a) => a.title);
    expect(titles).toEqual(['Timed story number 1 about the city budget', 'Timed story number 2 about the city budget', 'Timed story number 3 about the city budget']);
  });

  it("takes no menu's link for the headline of a top bar that shows the date", () => {
    const bar = `<div class="bar"><div class="top"><a class="logo" href="/"><img src="/logo.svg" alt="Portal"></a><div class="date">8 June 2025</div><a href="/login">Log in</a></div><div class="menu">${['Home', 'Domestic', 'World', 'Business', 'Science and technology', 'Culture']
      .map((m) => `<a href="/${m.toLowerCase().replace(/ /g, '-')}">${m}</a>`)
      .join('')}</div></div>`;
    const titles = parse(`<html><body><div class="layout">${bar}<main>${timed}</main><div class="footer"><div>Updated at 19:45</div><div>${['About us', 'Our sources', 'Advertising', 'Privacy policy', 'Contact'].map((m) => `<a href="/${m.toLowerCase().replace(/ /g, '-')}">${m}</a>`).join('')}</div></div></div></body></html>`).articles.map((a) => a.title);
    expect(titles).toHaveLength(3);
  });

  it("takes no sign-in link for the headline of a top bar that shows the date (SharePoint's 'Authenticate.aspx')", () => {
    const bar = `<table class="barra"><tr><td><span>terça-feira, 8 de Junho de 2025</span> | <span>Actualizado às 10:50</span></td><td><a href="/_layouts/15/Authenticate.aspx?Source=%2Fnoticias%2FPaginas%2Fexercitos%2Ddo%2Dmundo%2Daprendem%2Dcom%2Da%2Ducrania%2Easpx" class="ms-signInLink">Iniciar sessão</a></td></tr></table>`;
    const titles = parse(`<html><body>${bar}<main>${timed}</main></body></html>`).articles.map((a) => a.title);
    expect(titles).toHaveLength(3);
  });
});

describe("MSN's carousel", () => {
  it('reads each slide once: its hidden slides are stories shown in turn, its wrap-around copy of the first is none', () => {
    const slide = (i: number, hidden: boolean, clone = false) =>
      `<div class="slide${clone ? ' clone' : ''}" role="group"${hidden ? ' aria-hidden="true"' : ''}><a class="slide-link" href="https://www.msn.com/es-es/noticias/espana/slide-story-${i}/ar-AA1wGMF${i}"><div class="slide-text"><span class="provider-name">EL PAÍS</span> <span class="age">${i + 1} h</span><h2>Slide story number ${i} about the housing law</h2></div></a></div>`;
    const cards = [5, 6, 7]
      .map((i) => `<div class="card"><a href="https://www.msn.com/es-es/noticias/mundo/card-story-${i}/ar-AA1wGMF${i}"><h3>Card story number ${i} about the climate summit</h3></a><span class="provider-name">Reuters</span> <span>${i} h</span></div>`)
      .join('');
    const html = `<html><body><div class="info-pane">${slide(1, false)}${slide(2, true)}${slide(3, true)}${slide(1, true, true)}</div><div class="feed">${cards}</div></body></html>`;
    const titles = parse(html, 'https://www.msn.com/es-es/noticias').articles.map((a) => a.title);
    expect(titles.filter((t) => t.startsWith('Slide'))).toEqual([
      'Slide story number 1 about the housing law',
      'Slide story number 2 about the housing law',
      'Slide story number 3 about the housing law',
    ]);
  });
});

describe('a box of lines in a table layout of about 2000', () => {
  it("reads a 'Most e-mailed' box's links, one per line after a line break, each with its outlet after it", () => {
    const lines = ['Reuters', 'AP', 'CNET News.com']
      .map((outlet, i) => `${i + 1}. <A HREF="story.pl?id=2001031${i}">Boxed story number ${i} about the market selloff</A> (${outlet})<BR>`)
      .join('');
    const box = `<TABLE><TR><TD BGCOLOR="#CC0000"><FONT SIZE=1><B>MOST E-MAILED</B></FONT></TD></TR><TR><TD><FONT SIZE=1>${lines}</FONT></TD></TR></TABLE>`;
    const articles = parse(`<html><body><main>${timed}</main><TABLE><TR><TD>${box}</TD></TR></TABLE></body></html>`, 'http://www.wire.example/cgi-bin/index.pl').articles;
    expect(articles.filter((a) => a.title.startsWith('Boxed')).map((a) => a.source.name)).toEqual(['Reuters', 'AP', 'CNET News.com']);
  });

  it("takes no list of a site's places or codes for a 'Most read' box ('Popular ZIP codes', 'Popular neighborhoods')", () => {
    const codes = [97202, 97211, 97212, 97213].map((zip) => `<li><a href="/portland-or-${zip}/">${zip} Real Estate homes for sale</a></li>`).join('');
    const titles = parse(`<html><body><main>${timed}</main><h2>Popular ZIP codes</h2><ul>${codes}</ul></body></html>`).articles.map((a) => a.title);
    expect(titles.filter((t) => t.includes('Real Estate'))).toEqual([]);
    expect(parse(`<html><body><main>${timed}</main><h2>Popular stories</h2><ul>${codes}</ul></body></html>`).articles.filter((a) => a.title.includes('Real Estate'))).toHaveLength(4);
  });
});

describe("a carousel's hidden slides", () => {
  it('are stories it shows in turn, where each has a story of its own; its copy of a slide for the wrap-around is none', () => {
    const slide = (i: number, hidden: boolean) =>
      `<div class="hero_item"${hidden ? ' aria-hidden="true"' : ''}><a href="https://www.outlet${i}.example/2025/06/08/hero-${i}"><div class="hero_title">Hero story number ${i} about the storm warning</div></a><div><span>Outlet ${i}</span> · <span>${i} h</span></div></div>`;
    const html = `<html><body><div class="hero">${slide(1, false)}${slide(2, true)}${slide(3, true)}${slide(1, true)}</div></body></html>`;
    expect(parse(html).articles.map((a) => a.title)).toEqual([
      'Hero story number 1 about the storm warning',
      'Hero story number 2 about the storm warning',
      'Hero story number 3 about the storm warning',
    ]);
  });
});

describe("Bing News' cards", () => {
  it("read the list of a card's related stories ('Autres articles'), each credited to its own outlet, not the card's", () => {
    const card = (i: number) => `<div class="news-card"><a class="title" href="https://www.outlet${i}.example/2025/06/08/lead-${i}" data-author="Outlet ${i}">Lead story number ${i} about the pension reform report</a>
      <div class="source"><span>Outlet ${i}</span> <span aria-label="Il y a ${i} heures">${i} h</span></div>
      <div class="rel"><div>Autres articles</div><ul>${['Libération', 'BFMTV']
        .map((o, k) => `<li><a href="https://www.rel${i}${k}.example/2025/06/08/related-${i}-${k}">Related story ${i}-${k} about the pension reform report</a><span> · ${o}</span></li>`)
        .join('')}</ul></div></div>`;
    const articles = parse(`<html><body><main>${[1, 2, 3].map(card).join('')}</main></body></html>`, 'https://www.bing.com/news?setlang=fr&cc=FR').articles;
    expect(articles.filter((a) => a.title.startsWith('Related story 1')).map((a) => a.source.name)).toEqual(['Libération', 'BFMTV']);
    expect(articles.filter((a) => a.title.startsWith('Lead')).map((a) => a.source.name)).toEqual(['Outlet 1', 'Outlet 2', 'Outlet 3']);
  });
});

describe("an aggregator's boxes that name what they hold elsewhere", () => {
  it("reads the list of a tab's panel, hidden until its tab is chosen ('<a href=\"#tab-citite\">Cele mai citite</a>')", () => {
    const tabs = `<div class="ui-tabs"><ul class="ui-tabs-nav"><li><a href="#tab-similare">Ştiri similare</a></li><li><a href="#tab-citite">Cele mai citite</a></li></ul>
      <div id="tab-similare">${timed}</div><div id="tab-citite" class="ui-tabs-hide"><ol>${ranked((i, inner) => `<li>${inner}</li>`)}</ol></div></div>`;
    expect(parse(`<html><body>${tabs}</body></html>`).articles.filter((a) => a.title.startsWith('Popular'))).toHaveLength(3);
  });

  it("names a column's stories after its heading, a link to the aggregator's own page of the outlet under its name", () => {
    const column = `<div class="bloc-font"><h3><a href="spip.php?site3"><img src="/logo3.png" alt=""> Jornalet</a></h3><ul>${[1, 2, 3]
      .map((i) => `<li><a href="https://www.jornalet.com/nova/1987${i}/story-${i}">Column story number ${i} about the regional council</a> <small>1${i} de mai</small></li>`)
      .join('')}</ul></div>`;
    const articles = parse(`<html lang="oc"><body><main>${timed}</main>${column}</body></html>`, 'https://recapte.example/').articles;
    expect(articles.filter((a) => a.title.startsWith('Column')).map((a) => a.source.name)).toEqual(['Jornalet', 'Jornalet', 'Jornalet']);
  });

  it("reads a lead set as the page's h1, its headline a link to another site's story, and no event its microformat marks", () => {
    const lead = `<div class="a-la-una"><h1><a href="https://www.jornalet.com/nova/19851/lead">The lead story about the bilingual schools</a></h1><p><span class="font">Jornalet</span> — <span>3 hours ago</span></p></div>`;
    const events = `<ul>${[16, 21, 23].map((d) => `<li class="vevent"><abbr class="dtstart" title="2025-06-${d}T19:00:00Z">${d} June</abbr> — <a href="/event-${d}" class="summary">Concert of the summer season number ${d}</a></li>`).join('')}</ul>`;
    const titles = parse(`<html><body>${lead}<main>${timed}</main>${events}</body></html>`).articles.map((a) => a.title);
    expect(titles).toContain('The lead story about the bilingual schools');
    expect(titles.filter((t) => t.startsWith('Concert'))).toEqual([]);
  });
});

describe('boxes of lists in site builders and streamed pages', () => {
  it("reads a tabbed 'Most read' box's lists, one per tab ('Today', 'This week')", () => {
    const tabs = `<h2>Најчитаније</h2><div class="quicktabs-wrapper"><ul class="quicktabs-tabs"><li><a href="?qt=0#qt">Данас</a></li><li><a href="?qt=1#qt">Ове недеље</a></li></ul>
      <div><div class="tabpage"><ol>${ranked((i, inner) => `<li>${inner}</li>`)}</ol></div><div class="tabpage"><ol>${ranked((i, inner) => `<li>${inner.replace(/popular-(\d)/g, 'weekly-$1').replace(/Popular story/g, 'Popular weekly story')}</li>`)}</ol></div></div></div>`;
    expect(parse(`<html><body><main>${timed}</main><aside>${tabs}</aside></body></html>`).articles.filter((a) => a.title.startsWith('Popular'))).toHaveLength(6);
  });

  it("reads a box's items through the wrappers a site builder puts around them (a summary block's container and list)", () => {
    const box = `<div><div class="summary-block-header"><h3><span>Most read</span></h3></div><div class="summary-block-wrapper"><div class="container"><div class="summary-item-list">${ranked(
      (i, inner) => `<div class="summary-item">${inner}</div>`,
    )}</div></div></div></div>`;
    expect(parse(`<html><body><main>${timed}</main><aside>${box}</aside></body></html>`).articles.filter((a) => a.title.startsWith('Popular'))).toHaveLength(3);
  });

  it('reads the stories React streams in hidden segments ("<div hidden id=\\"S:1\\">") that its scripts move into place', () => {
    const segment = `<div hidden id="S:1"><div class="list">${timed}</div></div><script>$RC("B:1","S:1")</script>`;
    const html = `<html><body><main><template id="B:1"></template><div class="skeleton">Loading…</div></main>${segment}</body></html>`;
    expect(parse(html).articles.map((a) => a.title)).toHaveLength(3);
    expect(parse(html.replace('id="S:1"', 'id="menu-1"')).articles).toEqual([]);
  });
});

describe("a feed reader's pane of headlines", () => {
  const rows = (href: (i: number) => string) =>
    [1, 2, 3, 4]
      .map((i) => `<div class="hl Unread" id="RROW-${i}"><div class="left"><input type="checkbox"></div><div class="title"><a class="title" href="${href(i)}">Feed story number ${i} about the tram network's speed</a></div><span class="feed"><a href="#">Outlet ${i}</a></span><div class="updated">${i} hours ago</div></div>`)
      .join('');

  it("reads the rows of a listbox whose headlines lead to other sites' stories (Tiny Tiny RSS), not those of a mailbox's", () => {
    const reader = parse(`<html><body><div id="headlines-frame" role="listbox">${rows((i) => `https://outlet${i}.example/news/2025/06/08/story-${i}`)}</div></body></html>`, 'https://reader.example/tt-rss/');
    expect(reader.articles.map((a) => a.title)).toHaveLength(4);
    const mailbox = parse(`<html><body><div id="messagelist" role="listbox">${rows((i) => `/mail/?_task=mail&_uid=${i}&_action=show`)}</div></body></html>`, 'https://mail.example/');
    expect(mailbox.articles).toEqual([]);
  });
});

describe('a box of clips beside the stories', () => {
  it("reads no age from a clip's length that its class marks as one ('<span class=Areena_duration>15 min</span>')", () => {
    const clips = [1, 2]
      .map((i) => `<li><a href="https://areena.example/1-7204183${i}"><span>Ođđasat number ${i} of the evening news</span><span class="Areena_duration">1${i} min</span></a></li>`)
      .join('');
    const articles = parse(`<html><body><main>${timed}</main><aside><h2>Areenas</h2><ul>${clips}</ul></aside></body></html>`).articles;
    // The stories are read, and no clip is timed by its length.
    expect(articles.filter((a) => a.title.startsWith('Timed'))).toHaveLength(3);
    expect(articles.filter((a) => a.title.startsWith('Ođđasat') && a.publishedAt !== null)).toEqual([]);
  });
});

describe('a list timed by Dzongkha dates', () => {
  it('reads each story with its date and clock time, though each label spells its parts out at length', () => {
    const items = [[5, 9, 5, 'སྔ་ཆ་'], [5, 4, 50, 'ཕྱི་ཆ་'], [4, 11, 40, 'སྔ་ཆ་']]
      .map(([day, hour, minute, half], i) => `<div class="entry"><div class="title"><a href="https://www.druknyida.example/srid-don/story-${i}">སྲིད་དོན་ གནས་ཚུལ་ ${i + 1} ཐིམ་ཕུ་ཁྲོམ་སྡེ་གིས་ ལས་འགུལ་ འགོ་བཙུགས་ཅི།</a></div><div class="date">སྤྱི་ལོ་2025 ཟླ་དྲུག་པ་ ཚེས་ ${day} ཆུ་ཚོད་ ${hour} སྐར་མ་ ${String(minute).padStart(2, '0')} ${half}</div></div>`)
      .join('');
    const articles = parse(`<html lang="dz"><body><main>${items}</main></body></html>`, 'https://www.druknyida.example/').articles;
    expect(articles.map((a) => a.publishedAt)).toEqual(['2025-06-05T03:05:00.000Z', '2025-06-05T10:50:00.000Z', '2025-06-04T05:40:00.000Z']);
  });
});
