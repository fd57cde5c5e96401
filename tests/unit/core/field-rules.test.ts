import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { GenericArticle } from '../../../core/fields/article';
import { parsePage } from '../../../core/parse';
import { isStoryLink, isTitleLike, titleOf } from '../../../core/fields/title';

const doc = documentFromHtml('<body></body>', 'https://links.example/');
import { viewOf } from '../../../core/fields/view';
import { attributionName, isLabel, isSponsorMark } from '../../../core/fields/labels';
import { inParse } from '../../../core/memo';

const url = 'https://links.example/';
const now = new Date('2025-06-10T14:00:00Z');

/** The generic reading of the first <div> of `html`, as a link aggregator's row. */
function read(html: string): { title: string; source: string } {
  const { title, source } = readAll(html);
  return { title, source };
}

/** The generic reading of the first <div> of `html`: its title, source and time. */
function readAll(html: string, page = url): { title: string; source: string; publishedAt: string | null } {
  return inParse(() => {
    const doc = documentFromHtml(`<body>${html}</body>`, page);
    const block = { element: doc.querySelector('div')!, section: null };
    const ctx = { url: new URL(page), now };
    const view = viewOf(block, ctx, new URL(page));
    const article = new GenericArticle('a1', 1, null, view, titleOf(view)!, {});
    return { title: article.title, source: article.source.name!, publishedAt: article.publishedAt };
  });
}

describe('title rules', () => {
  it.each(['210 comments', '1,204 points', '3.2k views', 'discuss', 'no comments'])('never take the counter %j for a headline', (text) => {
    expect(isTitleLike(text, now)).toBe(false);
  });

  it.each(['Všetky najnovšie »', 'Alle Meldungen →', 'Wszystkie wiadomości ›'])("never take a list's prompt to its whole page, %j, for a headline", (text) => {
    expect(isTitleLike(text, now)).toBe(false);
  });

  it.each(['Today \u200e21.5°C', '\u200e28°C Fair', 'Saturday 22°C'])('never take the forecast %j for a headline', (text) => {
    expect(isTitleLike(text, now)).toBe(false);
  });

  it("take no publisher's line marked as its attribution for the headline of a card that is one link", () => {
    const card = read(
      `<div><a href="https://links.example/en-us/news/politics/lawmakers-unveil-plan/ar-AA1yS3pQ"><div class="ts-attribution"><img class="logo" src="/logo.img?w=16&amp;h=16" alt=""><span>Capitol Wire Service</span></div><p class="ts-title">Lawmakers unveil bipartisan plan to extend child tax credit</p></a></div>`,
    );
    expect(card).toEqual({ title: 'Lawmakers unveil bipartisan plan to extend child tax credit', source: 'Capitol Wire Service' });
  });

  it.each(['Feed post number 3', 'Slide 2 of 5', 'Show all →', 'See more stories ›', 'View all 12 jobs'])(
    "never take a screen reader's numbered place or a list's prompt %j for a headline",
    (text) => {
      expect(isTitleLike(text, now)).toBe(false);
    },
  );

  it("take the linked headline of a section's one story, not the section's title above it ('Tema dal di'), and keep a kicker a kicker", () => {
    const lead = read(
      `<div><h2>Tema dal di</h2><article><p><span>La Quotidiana</span> · <time datetime="2026-10-26T06:45">avant 2 uras</time></p><h3><a href="https://www.laquotidiana.ch/novitads/grischun/il-cussegl-grond-debatta-il-preventiv">Il Cussegl grond debatta il preventiv 2027 dal chantun</a></h3></article></div>`,
    );
    expect(lead.title).toBe('Il Cussegl grond debatta il preventiv 2027 dal chantun');
    // A heading right before the headline's is its kicker: the headline stays the block's first heading's reading.
    const kicker = read(
      `<div><h2>Tema dal di</h2><h3><a href="https://www.laquotidiana.ch/novitads/grischun/il-cussegl-grond-debatta-il-preventiv">Il Cussegl grond debatta il preventiv 2027 dal chantun</a></h3><p><span>La Quotidiana</span> · avant 2 uras</p></div>`,
    );
    expect(kicker.title).toBe('Tema dal di');
  });

  it('still take headlines that start like such prompts', () => {
    expect(isTitleLike('Show all the receipts, judge tells the council', now)).toBe(true);
    expect(isTitleLike('Post 2 of the inquiry: what the minister knew', now)).toBe(true);
  });

  it("take a shared link card's headline, not the post's hidden heading, and no reaction's icon for its source", () => {
    const card = read(
      `<div><h2 class="visually-hidden">Feed post number 1</h2><p>Worth a read this morning.</p>
        <article><a href="https://www.ft.com/content/8d1c4e2a-3b5f-4a7e-9c2d-1f6e8a0b3c54"><h2><span>Why central banks are quietly rethinking their inflation targets</span></h2><div><span>ft.com • 6 min read</span></div></a></article>
        <ul><li><button type="button" aria-label="1,204 reactions"><img class="reactions-icon" src="/r.svg" alt="like" width="16" height="16"><span>1,204</span></button></li></ul></div>`,
    );
    expect(card).toEqual({ title: 'Why central banks are quietly rethinking their inflation targets', source: 'ft.com' });
  });

  it.each(['+5 sources', '21,390 readers', '1.2k viewers', '1.9K diggs'])('never take the tally %j for a source label', (text) => {
    expect(isLabel(text)).toBe(false);
  });

  it("take the partner, not the partnership, from a sponsored item's credit line ('- I samarbeid med Fjordkraft')", () => {
    const row = `<div><h3><a href="https://nyheter.example.no/annonse/slik-kutter-du-stromregningen">Slik kutter du strømregningen i vinter</a></h3><p>- I samarbeid med Fjordkraft</p></div>`;
    expect(read(row).source).toBe('Fjordkraft');
  });

  it.each(['Lees het volledige artikel op De Standaard »', 'Lire l’article complet sur Le Monde', 'Read the full story at Capitol Wire'])(
    'never take the lead on to the outlet %j for a headline',
    (text) => {
      expect(isTitleLike(text, now)).toBe(false);
    },
  );

  it.each(['(Remix)', '(Continued)', '(Extended Mix)'])("take no version's note in brackets after a headline %j for its publisher", (note) => {
    const row = `<div><a href="https://www.tracks.example/lowfield/tide-tables-extended">Lowfield - Tide Tables ${note}</a><span>2 hours ago</span></div>`;
    expect(read(row).source).toBe('tracks.example');
  });

  it("take a source marked 'sourceName' in a news database's line, past its document icon ('Article')", () => {
    const row = `<div><img src="/art.gif" alt="Article" width="12" height="12"><a href="https://global.factiva.example/aa/?ref=LBA0000020240309ek390012x">Chinese firm begins lithium carbonate shipments from Jujuy</a><div class="leadFields">By Lucinda Elliott, 612 words, 9 March 2024, 03:15 GMT, <span class="sourceName">Reuters News</span>, LBA, English</div></div>`;
    expect(readAll(row)).toMatchObject({ source: 'Reuters News', publishedAt: '2024-03-09T03:15:00.000Z' });
  });

  it("take a paper's name in guillemets for a source label ('«Хыпар»', 'ГТРК «Чувашия»'), not a control that points onward ('Далее »')", () => {
    expect(isLabel('«Хыпар»')).toBe(true);
    expect(isLabel('ГТРК «Чувашия»')).toBe(true);
    expect(isLabel('Далее »')).toBe(false);
  });

  it.each(['Send to a friend', 'Email this story', 'Senda vini', 'Tips en venn', 'Αποστολή σε φίλο', 'Envoyer à un ami', 'View them'])(
    "never take a story's own tool or a prompt %j for a headline",
    (text) => {
      expect(isTitleLike(text, now)).toBe(false);
    },
  );

  it("read a clock time with the date in the label after it ('short by Kriti Malhotra / 07:41 pm on 8 Jun 2025, Sunday')", () => {
    const card = `<div><h2><a href="https://www.thehindu.example/sci-tech/science/gaganyaan-test-flight/article6901.ece">ISRO to conduct second uncrewed Gaganyaan test flight in October</a></h2>
      <div class="meta">short by <span>Kriti Malhotra</span> / <span class="time">07:41 pm</span> on <span class="date">8 Jun 2025, Sunday</span></div></div>`;
    expect(readAll(card).publishedAt).toBe('2025-06-08T19:41:00.000Z');
  });

  it("take the name before a day and its clock time joined by a comma ('Maui Now · i nehinei, 4:15 p.m.')", () => {
    const lead = `<div><h3><a href="https://mauinow.com/2026/10/15/honoapiilani-highway-repair/">Ke hoʻomau nei ka hana hoʻoponopono ma ke alanui</a></h3><p><strong>Maui Now</strong> · yesterday, 4:15 p.m.</p><p>One lane will open at night until the end of November.</p></div>`;
    expect(readAll(lead)).toMatchObject({ source: 'Maui Now', publishedAt: '2025-06-09T16:15:00.000Z' });
  });

  it('still take names that begin with a number for source labels', () => {
    expect(isLabel('20 Minutes')).toBe(true);
    expect(isLabel('9to5Mac')).toBe(true);
  });

  it("take a headline without the marks a portal sets after its words inside the link ('NEW', '写真')", () => {
    const item = (marks: string) => `<div><a href="https://news.portal.example/pickup/6598214">米中 閣僚級の通商協議再開へ${marks}</a><span>7/8(水) 8:31</span></div>`;
    expect(read(item('<span class="labelIcon labelIcon--new">NEW</span>')).title).toBe('米中 閣僚級の通商協議再開へ');
    expect(read(item('<span class="icon">写真</span><span class="icon">new</span>')).title).toBe('米中 閣僚級の通商協議再開へ');
    expect(read(`<div><a href="https://news.portal.example/a/1">Council votes on the <em>new</em> harbour plan</a><span>2 hours ago</span></div>`).title).toBe('Council votes on the new harbour plan');
  });

  it('still take a headline about the weather', () => {
    expect(isTitleLike('Heatwave: London hits 35°C for the first time', now)).toBe(true);
  });

  it("never take a file to download (a release's archive) for a story link", () => {
    expect(isStoryLink(doc.createElement('a'), 'https://github.com/fernlabs/quillmark/archive/refs/tags/v2.4.1.tar.gz', new URL(url))).toBe(false);
    expect(isStoryLink(doc.createElement('a'), 'https://downloads.example.org/app-3.2.1.dmg', new URL(url))).toBe(false);
    expect(isStoryLink(doc.createElement('a'), 'https://paper.example.com/2025/06/08/zip-code-changes', new URL(url))).toBe(true);
  });

  it("never take a jump to a part of the page itself, nor a button that shares the page, for a story link", () => {
    const page = new URL('https://paper.example.com/sport/live/2026/mar/10/norwich-v-hull-live');
    expect(isStoryLink(doc.createElement('a'), `${page.href}?page=with:block-67cf#block-67cf`, page)).toBe(false);
    expect(isStoryLink(doc.createElement('a'), `${page.href}#key-events`, page)).toBe(false);
    expect(isStoryLink(doc.createElement('a'), 'https://paper.example.com/sport/2026/mar/10/norwich-v-hull-report#comments', page)).toBe(true);
    expect(isStoryLink(doc.createElement('a'), 'https://www.facebook.com/dialog/share?app_id=1&href=https%3A%2F%2Fpaper.example.com%2F', page)).toBe(false);
    expect(isStoryLink(doc.createElement('a'), 'https://twitter.com/intent/tweet?url=https%3A%2F%2Fpaper.example.com%2F', page)).toBe(false);
    expect(isStoryLink(doc.createElement('a'), 'https://www.linkedin.com/shareArticle?mini=true&url=x', page)).toBe(false);
    expect(isStoryLink(doc.createElement('a'), 'https://www.facebook.com/paper.example/posts/1234567890', page)).toBe(true);
  });

  it("never take a topic's or a tag's page of the site itself for a story link", () => {
    const page = new URL('https://www.courier.example/topics/');
    expect(isStoryLink(doc.createElement('a'), 'https://www.courier.example/topics/atlantic-hurricane-season/', page)).toBe(false);
    expect(isStoryLink(doc.createElement('a'), 'https://www.courier.example/tag/brexit', page)).toBe(false);
    expect(isStoryLink(doc.createElement('a'), 'https://www.courier.example/news/topic/selkirk-falls-transit-strike', page)).toBe(false);
    expect(isStoryLink(doc.createElement('a'), 'https://www.courier.example/topics/brexit/2026/03/25/deal-vote-delayed', page)).toBe(true);
  });

  it("never take a tracker's issue or pull request, a wiki's file or log page, or a stock's quote for a story link", () => {
    expect(isStoryLink(doc.createElement('a'), 'https://git.example.org/tidewater/tidewater/issues/4131', new URL(url))).toBe(false);
    expect(isStoryLink(doc.createElement('a'), 'https://github.com/fernlabs/quillmark/pull/88', new URL(url))).toBe(false);
    expect(isStoryLink(doc.createElement('a'), 'https://wiki.example.org/wiki/File:Harbour_Street_after_fire.jpg', new URL(url))).toBe(false);
    expect(isStoryLink(doc.createElement('a'), 'https://wiki.example.org/wiki/Special:Log/upload', new URL(url))).toBe(false);
    expect(isStoryLink(doc.createElement('a'), 'https://paper.example.com/news/issues/2025/06/08/water-rates-vote', new URL(url))).toBe(true);
    expect(isStoryLink(doc.createElement('a'), 'https://www.tickerscope.example/quote/VLTX', new URL(url))).toBe(false);
    expect(isStoryLink(doc.createElement('a'), 'https://git.example.org/kestrel-cms/kestrel/security/advisories/GHSA-7q2m-c9vx-4hfp', new URL(url))).toBe(false);
    expect(isStoryLink(doc.createElement('a'), 'https://paper.example.com/stocks/markets-rally-on-rate-hopes', new URL(url))).toBe(true);
    expect(isStoryLink(doc.createElement('a'), 'https://gitlab.com/parcelhop/dispatch-api/-/merge_requests/1287/diffs', new URL(url))).toBe(false);
  });

  it("never take a help centre's or a Q&A's own pages for a story link, and still another site's shared question", () => {
    const help = new URL('https://support.ledgerly.example/hc/en-gb');
    expect(isStoryLink(doc.createElement('a'), 'https://support.ledgerly.example/hc/en-gb/articles/33063032002586-How-to-send-your-first-invoice', help)).toBe(false);
    expect(isStoryLink(doc.createElement('a'), 'https://support.ledgerly.example/hc/en-gb/sections/360014182983-Bank-feeds', help)).toBe(false);
    expect(isStoryLink(doc.createElement('a'), 'https://support.ledgerly.example/support/solutions/articles/44002193745', help)).toBe(false);
    const shop = new URL('https://www.shop.example/ask/questions/asin/B0C1XYZ');
    expect(isStoryLink(doc.createElement('a'), 'https://www.shop.example/ask/questions/TxJ6NUDC4PABF9M/ref=ask_ql', shop)).toBe(false);
    expect(isStoryLink(doc.createElement('a'), 'https://qa.example.net/questions/4821/why-is-the-sky-blue', new URL(url))).toBe(true);
  });

  it("never take a task board's card or a reading site's book and review pages for a story link", () => {
    const board = new URL('https://trello.example/b/x7Kq2LmN/spring-catalogue');
    expect(isStoryLink(doc.createElement('a'), 'https://trello.example/c/spka5YFj/5-cover-shoot-call-sheet', board)).toBe(false);
    const reads = new URL('https://www.reads.example/');
    expect(isStoryLink(doc.createElement('a'), 'https://www.reads.example/book/show/58490567-the-last-orchard-on-vell', reads)).toBe(false);
    expect(isStoryLink(doc.createElement('a'), 'https://www.reads.example/review/show/6120384571', reads)).toBe(false);
    expect(isStoryLink(doc.createElement('a'), 'https://www.reads.example/blog/show/2841-the-best-books-of-the-month', reads)).toBe(true);
    const network = new URL('https://www.network.example/feed/');
    expect(isStoryLink(doc.createElement('a'), 'https://www.network.example/jobs/view/4098765432/?trk=feed_jobs_rec', network)).toBe(false);
    const tracker = new URL('https://bugs.tracker.example/buglist.cgi?product=kmail');
    expect(isStoryLink(doc.createElement('a'), 'https://bugs.tracker.example/show_bug.cgi?id=512044', tracker)).toBe(false);
    const market = new URL('https://www.market.example/nx/find-work/best-matches');
    expect(isStoryLink(doc.createElement('a'), 'https://www.market.example/jobs/WordPress-site-speed-optimisation_~01a2b3c4d5e6f70812/', market)).toBe(false);
    const events = new URL('https://www.events.example/d/ca--san-francisco/science-and-tech--events/');
    expect(isStoryLink(doc.createElement('a'), 'https://www.events.example/e/rust-in-the-bay-meetup-tickets-1098765432109', events)).toBe(false);
    const workshop = new URL('https://community.example/workshop/browse/?appid=294100&browsesort=mostrecent');
    expect(isStoryLink(doc.createElement('a'), 'https://community.example/sharedfiles/filedetails/?id=3457218709&searchtext=', workshop)).toBe(false);
  });

  it("never take a job offer's record by its slug, an event's page by its number, a catalogue's record, a short video or a company's profile for a story link", () => {
    const jobs = new URL('https://www.network.example/jobs/search?keywords=Reporter');
    expect(isStoryLink(doc.createElement('a'), 'https://www.network.example/jobs/view/breaking-news-reporter-at-reuters-4318820417?position=1', jobs)).toBe(false);
    expect(isStoryLink(doc.createElement('a'), 'https://www.network.example/company/thomson-reuters?trk=public_jobs', jobs)).toBe(false);
    const group = new URL('https://www.meet.example/newsroom-data-night-boston/events/');
    expect(isStoryLink(doc.createElement('a'), 'https://www.meet.example/newsroom-data-night-boston/events/311902256/', group)).toBe(false);
    const catalogue = new URL('https://library.catalogue.example/v2/search?query=local+news');
    expect(isStoryLink(doc.createElement('a'), 'https://library.catalogue.example/v2/record/S126C4401873', catalogue)).toBe(false);
    const videos = new URL('https://www.videos.example/results?search_query=crane+collapse');
    expect(isStoryLink(doc.createElement('a'), 'https://www.videos.example/shorts/J7yW2kQe0sN', videos)).toBe(false);
    // Another site's stories on such paths stay stories: a paper's "/companies/…" section, its events desk.
    const outlet = new URL('https://bayledger.example/');
    expect(isStoryLink(doc.createElement('a'), 'https://bayledger.example/companies/port-operator-automated-cranes', outlet)).toBe(true);
    expect(isStoryLink(doc.createElement('a'), 'https://bayledger.example/events/2025/06/08/harbour-festival-returns', outlet)).toBe(true);
  });

  it("read no story where a headline's block links only to what is no story (a job board's card: its record, the employer)", () => {
    const cards = [1, 2, 3].map((i) => `<li><div class="base-card"><a class="base-card__full-link" href="/jobs/view/reporter-${i}-at-outlet-43188204${i}"><span class="sr-only">Reporter number ${i} for the metro desk</span></a>
      <h3 class="base-search-card__title">Reporter number ${i} for the metro desk</h3><h4><a href="https://www.network.example/company/outlet-${i}">Outlet ${i}</a></h4>
      <span>New York, NY</span><time datetime="2025-06-0${i}">${i} days ago</time></div></li>`).join('');
    const page = 'https://www.network.example/jobs/search?keywords=Reporter';
    expect(parsePage(documentFromHtml(`<html><body><ul>${cards}</ul></body></html>`, page), { url: new URL(page), now }).articles).toEqual([]);
  });

  it("never take a shop's own product page for a story link ('/products/<handle>', '/product/<slug>/')", () => {
    const shop = new URL('https://tea.example/blogs/magazine/spring-harvest');
    expect(isStoryLink(doc.createElement('a'), 'https://tea.example/products/2024-jeju-woojeon-40g', shop)).toBe(false);
    expect(isStoryLink(doc.createElement('a'), 'https://tea.example/collections/green-tea/products/sejak-80g', shop)).toBe(false);
    expect(isStoryLink(doc.createElement('a'), 'https://tea.example/product/white-porcelain-teapot/', shop)).toBe(false);
    expect(isStoryLink(doc.createElement('a'), 'https://tea.example/blogs/magazine/woojeon-vs-sejak', shop)).toBe(true);
  });

  it("never take a name after a byline's 'by' for a headline", () => {
    const headline = (line: string): string | null =>
      inParse(() => {
        const page = documentFromHtml(`<body><div>${line} <time datetime="2025-06-10T08:02:11Z">6 hours ago</time></div></body>`, url);
        return titleOf(viewOf({ element: page.querySelector('div')!, section: null }, { url: new URL(url), now }, new URL(url)))?.title ?? null;
      });
    expect(headline('Resolved by <a href="/praman">Priya Raman</a>')).toBeNull();
    expect(headline('<a href="/2025/06/10/harbour-works-resume">Harbour works resume after the winter storms</a>')).toBe('Harbour works resume after the winter storms');
  });

  it("take the headline below a slug heading that links to a section of the site", () => {
    const card = read(
      `<div><h3 class="slug"><a href="/sections/health-shots/">Shots - Health News</a></h3><h2><a href="https://links.example/2025/06/09/nx-s1-5421/weight-loss-drug-insurers">A cheaper weight-loss drug is coming</a></h2><p>June 9, 2025</p></div>`,
    );
    expect(card.title).toBe('A cheaper weight-loss drug is coming');
  });

  it('still take a headline that starts with a number', () => {
    expect(isTitleLike('210 comments on the new tax rules, read', now)).toBe(true);
    expect(isTitleLike('3 ways the council could fix the buses', now)).toBe(true);
  });
});

describe('a card link that holds its headline and its teaser', () => {
  const card = (teaser: string) =>
    `<div><a href="https://news.example.kr/view/20260422n11842"><span class="ib"><em class="rank">1</em><img src="/t.jpg" alt=""></span><span class="tb"><strong class="tit">Government to cut KTX fares by 10% from July, Korail's burden expected to grow</strong><span class="txt">${teaser}</span></span></a><span class="press">Yonhap News</span> <span class="time">2 hours ago</span></div>`;

  it('takes the part its class calls the title, not the whole text, however long the teaser', () => {
    const short = 'The ministry said on the 22nd that basic fares for high-speed trains would fall from July 1.';
    const long = `${short} ${short} ${short}`;
    for (const teaser of [short, long]) expect(read(card(teaser)).title).toBe("Government to cut KTX fares by 10% from July, Korail's burden expected to grow");
  });
});

describe('a card link whose outlet and time come first', () => {
  it('takes the part its class calls the title, not an outlet of three words in the meta line', () => {
    const card = `<div><a class="result-header" href="https://www.washingtonpost.com/technology/2026/04/20/nasa-artemis-starship-refueling-test/">
      <div class="result-source"><div class="favicon-wrapper"><img class="favicon" src="/f.png" alt=""></div><span class="netloc">The Washington Post</span><span>•</span><span class="age">2 hours ago</span></div>
      <div class="title search-snippet-title">NASA’s Artemis timeline now hinges on Starship refueling test</div></a>
      <div class="snippet-description">A propellant transfer demonstration has become the critical path for the landing.</div></div>`;
    expect(read(card)).toEqual({ title: 'NASA’s Artemis timeline now hinges on Starship refueling test', source: 'The Washington Post' });
  });
});

describe('a feed reader’s row that is one link', () => {
  it('takes the story’s title, not the feed’s title before it, and names the feed the source', () => {
    const row = (feed: string) => `<div><a href="https://simonwillison.net/2026/May/12/raspberry-pi-cluster/" class="story_title">
      <div class="NB-story-feed"><img class="feed_favicon" src="/icon/1783102"><span class="feed_title">${feed}</span></div>
      <div class="NB-storytitles-content"><span class="NB-storytitles-title">Notes on running a 30B model on a Raspberry Pi cluster</span>
      <div class="NB-storytitles-content-preview">I spent the morning getting a four-board Pi 5 cluster to serve a quantized model. It works.</div></div></a>
      <span class="NB-storytitles-date">Today, 2:58pm</span></div>`;
    for (const feed of ["Simon Willison's Weblog", 'Ars Technica']) {
      expect(read(row(feed))).toEqual({ title: 'Notes on running a 30B model on a Raspberry Pi cluster', source: feed });
    }
  });
});

describe('a data attribute that names the day alone', () => {
  it('gives way to the label it sits on when that says the hour ("há 12 min")', () => {
    const card = `<div><h3><a href="https://24.sapo.pt/atualidade/artigos/governo-aprova-novo-regime-de-arrendamento">Governo aprova novo regime de arrendamento jovem</a></h3>
      <span class="article__source">Lusa</span> <time class="article__time" data-date="2025-06-10">há 12 min</time></div>`;
    expect(readAll(card, 'https://www.sapo.pt/').publishedAt).toBe('2025-06-10T13:48:00.000Z');
  });
});

describe('a headline with a date inside it', () => {
  it('gives way to the row’s own time label', () => {
    const row = `<div><a href="https://ny.eater.com/maps/best-new-restaurants-nyc-heatmap"><span class="feed_title">Eater NY</span>
      <span class="story-title">The Hottest New Restaurants in NYC, May 2025</span></a> <span class="date">Today, 10:00am</span></div>`;
    // "Today, 10:00am" on 10 June 2025, read in UTC; not 1 May.
    expect(readAll(row).publishedAt).toBe('2025-06-10T10:00:00.000Z');
  });
});

describe('a heading that packs several links', () => {
  it('gives its story link for the headline, not the comment count and topic around it', () => {
    const row = read(
      `<div><h3><span>Comments: <a href="https://news.example/story/10/11/02/1449249/google-bans-app#comments">27</a></span>
       <a href="/tag/yro">Your Rights Online:</a> <a href="https://news.example/story/10/11/02/1449249/google-bans-app">Google Bans Sale of Android Spying App</a>
       <span class="date">on Tuesday November 02, @11:05AM</span></h3><p>Posted by samzenpus</p></div>`,
    );
    expect(row.title).toBe('Google Bans Sale of Android Spying App');
  });

  it('keeps the whole heading when it links one story', () => {
    const row = read(`<div><h3><span>Exclusive:</span> <a href="https://news.example/2025/06/10/deal-done">How the deal got done</a></h3></div>`);
    expect(row.title).toBe('Exclusive: How the deal got done');
  });
});

describe('source rules', () => {
  it('name the site by the host label shown beside the headline when it agrees with the link', () => {
    const row = read(
      `<div><a href="https://blog.example.org/2025/06/rust-in-the-kernel">Rust in the kernel, a year on</a> <span>(blog.example.org)</span>
       <p>submitted <span>5 hours ago</span> by <a href="/user/alice">alice</a> · <a href="/c/1">12 comments</a></p></div>`,
    );
    expect(row).toEqual({ title: 'Rust in the kernel, a year on', source: 'blog.example.org' });
  });

  it("name the site by the address a search of the aggregator shows in brackets, split by its highlights", () => {
    const hit = read(
      `<div><a href="https://news.ycombinator.com/item?id=47291033"><span><em>Rust</em> 1.94.0 released</span></a> <a href="https://blog.rust-lang.org/2026/03/05/Rust-1.94.0/"><span>(https://blog.<em>rust</em>-lang.org/2026/03/05/<em>Rust</em>-1.94.0/)</span></a>
       <p><a href="https://news.ycombinator.com/item?id=47291033">812 points</a> | <a href="https://news.ycombinator.com/user?id=jh">jh</a> | <a href="https://news.ycombinator.com/item?id=47291033">5 days ago</a></p></div>`,
    );
    expect(hit.source).toBe('blog.rust-lang.org');
  });

  it("name no site by an address shown without brackets in a post's text (the card's name stands)", () => {
    const post = read(
      `<div><p>Finally getting coverage. <a href="https://www.coastalledger.com/news/2025/11/13/ferry-fuel/"><span>https://www.</span><span>coastalledger.com/news/2025/11/</span></a></p>
       <a href="https://www.coastalledger.com/news/2025/11/13/ferry-fuel/"><span class="status-card__host">The Coastal Ledger</span><strong class="status-card__title">Ferry operators warn of winter service cuts</strong></a> <time>5m</time></div>`,
    );
    expect(post.source).not.toBe('coastalledger.com');
  });

  it("name a shared story's site by the host label of the link that leads to it (a forum topic sharing a story)", () => {
    const topic = read(
      `<div><span role="heading"><a href="/t/eu-agrees-methane-limits/4821">EU agrees methane limits for imported gas</a> <a class="topic-featured-link" href="https://www.euractiv.com/section/energy/news/methane-limits/">euractiv.com</a></span> <span>2 hours ago</span></div>`,
    );
    expect(topic.source).toBe('euractiv.com');
  });

  it("take no count of a gallery's pictures for the publisher ('24 Mar 2026 · 48 images')", () => {
    const tile = readAll(`<div><h3><a href="https://photos.example.com/events/20260324-storm-fenna">Storm Fenna: damage in Northern Ireland</a></h3><p>24 Mar 2026 · 48 images</p></div>`);
    expect(tile.source).toBe('example.com');
  });

  it("take no count of saves or bookmarks for the publisher ('3.1k saves')", () => {
    for (const count of ['3.1k saves', '212 bookmarks']) {
      expect(read(`<div><h3><a href="https://www.cookwell.com/recipes/brown-butter-chocolate-chip-cookies">Brown-butter chocolate chip cookies, rested for two days</a></h3><span class="meta">${count}</span></div>`).source).toBe('cookwell.com');
    }
  });

  it("take no byline's word ('Por' before the writer's link) nor a portal's heat count ('热度 1206万') for the publisher", () => {
    const card = (meta: string) => `<div><h3><a href="https://www.horizonte.com.ar/opinion/el-costo-de-la-energia-que-nadie-quiere-pagar-nid1205">El costo de la energía que nadie quiere pagar</a></h3><span class="meta">${meta}</span></div>`;
    expect(read(card('Por <a href="/autor/martin-gimenez">Martín Giménez</a>')).source).not.toBe('Por');
    expect(read(card('热度 1206万')).source).toBe('horizonte.com.ar');
  });

  it("take no clip's length, comment count or share button for the publisher", () => {
    for (const label of ['Video 2:41', 'Kommentit (14)', 'Facebook', 'حفظ', 'Фото', 'Відео', 'Galería']) {
      const row = read(`<div><h3><a href="https://links.example/uutiset/2025/06/05/huuhkajat-kokoonpano-123">Huuhkajat nimesi kokoonpanonsa otteluun</a></h3><span>${label}</span> <span>klo 13.05</span></div>`);
      expect(row.source).toBe('links.example');
    }
  });

  it("take no episode's or story's length, nor a paper's pages or a bare count, for the publisher, and still an outlet named '20 Minutes'", () => {
    for (const label of ['1 hr 12 min', '52 min', '5 min read', '3 Min. Lesezeit', 'Pages: 929 - 931', '(21.4K)', '۲۴ ہزار بار پڑھی گئی', '١٢ ألف مشاهدة', '18,2 tūkst. skaitė']) {
      const row = read(`<div><h3><a href="https://links.example/uutiset/2025/06/05/huuhkajat-kokoonpano-123">Huuhkajat nimesi kokoonpanonsa otteluun</a></h3><span>${label}</span> <span>klo 13.05</span></div>`);
      expect(row.source).toBe('links.example');
    }
    const outlet = read('<div><h3><a href="https://www.20minutes.fr/politique/4151234-ministre">Le ministre annonce des renforts cet été</a></h3><span>20 Minutes</span> <span>il y a 7 heures</span></div>');
    expect(outlet.source).toBe('20 Minutes');
  });

  it("read the outlet before a count in any language's words, brackets around both or not ('Tengrinews · 18 402 рет оқылды', '(rbb24 · 655 raz cytane)')", () => {
    const row = (meta: string) => read(`<div><h3><a href="https://links.example/kk/news/48021/zheke-kolik-salygy">Жеке көлік салығы 2020 жылдан бастап өзгереді</a></h3><span class="meta">${meta}</span></div>`);
    expect(row('Tengrinews · 18 402 рет оқылды').source).toBe('Tengrinews');
    expect(row('Азаттық · 844 рет оқылды').source).toBe('Азаттық');
    expect(row('(rbb24 · 655 raz cytane)').source).toBe('rbb24');
    expect(row('Le Monde · 20 Minutes').source).toBe('Le Monde · 20 Minutes');
    expect(row('Сердало · 👁 3 402').source).toBe('Сердало');
    expect(row('Шын · 💬 34').source).toBe('Шын');
  });

  it("read the outlet before a day's word and its clock ('ier, 18:05'), an age of two units or a count of clicks, and a long name before its count", () => {
    const row = (meta: string) => readAll(`<div><h3><a href="https://links.example/va/48224/fera-de-sant-alessander">Bergum, la Fera de Sant'Alessander la torna in piassa</a></h3><small>${meta}</small></div>`);
    expect(row('<span class="font">Ol Giopì</span> · <span class="when">ier, 18:05</span>')).toMatchObject({ source: 'Ol Giopì', publishedAt: '2025-06-09T18:05:00.000Z' });
    expect(row('<span class="font">La Prealpina</span> · 1 dì, 9 or fa · 1.402 clic')).toMatchObject({ source: 'La Prealpina', publishedAt: '2025-06-09T05:00:00.000Z' });
    expect(row('<span>Radio Gherdëina Dolomites · 9 comentars</span>').source).toBe('Radio Gherdëina Dolomites');
  });

  it("read the outlet a story came through an aggregator from ('The Verge via Techmeme'), a wire's credit whole ('SMHI via TT'), and no points ('154 pts') for one", () => {
    const row = (meta: string) => read(`<div><h3><a href="https://www.theverge.com/2026/7/14/24190012/apple-foldable-iphone">Apple confirms a foldable iPhone for fall 2027</a></h3><span class="via">${meta}</span></div>`);
    expect(row('(The Verge via Techmeme)').source).toBe('The Verge');
    expect(row('SMHI via TT').source).toBe('SMHI via TT');
    expect(row('154 pts').source).toBe('theverge.com');
  });

  it("read a date that markup splits whole ('Sun June 8<sup>th</sup>, 2025 <small>at</small> 2:48 PM'), its ordinal suffix no outlet", () => {
    const row = readAll(`<div><h3><a href="https://arstechnica.com/cars/2025/06/faa-clears-first-evtol/">FAA clears first eVTOL air taxi for paid passenger flights</a></h3><div class="NB-story-permalink"><a href="https://popular.newsblur.com/story/faa-clears/16:a81c3e">Sun June 8<sup>th</sup>, 2025 <span></span> <small>at</small> 2:48 PM</a></div></div>`);
    expect(row.publishedAt).toBe('2025-06-08T14:48:00.000Z');
    expect(row.source).not.toBe('th');
  });

  it("take a feed's site, not the writer its plugin links there after 'Кхьейди:' (written by), for the publisher; 'Чешме:' (source) leads an outlet; no comments' count ('2 фикир')", () => {
    const row = read(`<div><span class="title"><a href="https://lezgigazet.ru/index.php/archives/41877">СтIал Сулейманан музейда цIийи выставка ачухна</a></span><small class="meta">Кхьейди: <a href="https://lezgigazet.ru">Зарема Алиева</a>, 11 декабрь 2024, 13:10</small></div>`);
    expect(row.source).not.toBe('Зарема Алиева');
    expect(attributionName('Чешме: РИА «Дагестан»')).toBe('РИА «Дагестан»');
    expect(isLabel('2 фикир')).toBe(false);
  });

  it("take the outlet after Emilian 'ed' (of) and Ingush 'Хьаст:' (source), and no count of views or comments in siSwati ('987 kubukwe', '8 imibono') for one", () => {
    const row = read(`<div><h3><a href="https://www.bolognatoday.it/cronaca/bici-rubate-montagnola-recuperate-garage.html">Bologna, bici rubate in Montagnola: recuperate 40 biciclette</a></h3><div><span>ed <a href="/aggregator/sources/2">BolognaToday</a></span></div></div>`);
    expect(row.source).toBe('BolognaToday');
    expect(attributionName('Хьаст: ГТРК «Ингушетия»')).toBe('ГТРК «Ингушетия»');
    for (const text of ['ed', '987 kubukwe', '2,315 kubukwe', '8 imibono']) expect(isLabel(text), text).toBe(false);
  });

  it("read a name in guillemets after a credit's dash whole ('- ГТРК «Марий Эл»'), and an arrow after a lead's name as no part of it", () => {
    expect(attributionName('- ГТРК «Марий Эл»')).toBe('ГТРК «Марий Эл»');
    expect(attributionName('Lees het volledige artikel op De Standaard »')).toBe('De Standaard');
  });

  it("take no topic's icon for the publisher's logo", () => {
    const story = read(
      `<div><h3><a href="https://links.example/article.pl?sid=25/08/24/0912207">Researchers coax a Voyager-era tape drive back to life</a></h3><div>posted on <b>Sunday August 24, @11:02AM</b> <a href="//links.example/search.pl?tid=hardware"><img src="/topics/hardware.png" alt="Hardware" width="40" height="40"></a></div></div>`,
    );
    expect(story.source).toBe('links.example');
  });

  it("take no poster's avatar for the publisher's logo, and still take a small logo", () => {
    const row = (img: string): string =>
      read(`<div><h3><a href="https://paper.example.com/story/bridge-reopens">The old bridge reopens to cyclists after two years</a></h3><p>${img} <span>3 hours ago</span></p></div>`).source;
    expect(row(`<img src="/u/41.png" alt="mara_v's user avatar" width="16" height="16">`)).toBe('example.com');
    expect(row(`<a href="/users/41/mara-v"><img src="/u/41.png" alt="mara_v" width="16" height="16"></a>`)).toBe('example.com');
    expect(row(`<img src="/u/41.png" class="avatar" alt="Mara Voss" width="24" height="24">`)).toBe('example.com');
    expect(row(`<img src="/logos/harbour-gazette.png" alt="Harbour Gazette" width="16" height="16">`)).toBe('Harbour Gazette');
  });

  it("take no word of 'from the … dept.' for a publisher", () => {
    const story = read(
      `<div><h3><a href="https://links.example/article.pl?sid=25/08/24/0912207">Researchers coax a Voyager-era tape drive back to life</a></h3><div>posted by <a href="/~jan/">jan</a> on <b>Sunday August 24, @11:02AM</b> <span>from the <b>rewind-and-play</b> dept.</span></div></div>`,
    );
    expect(story.source).toBe('links.example');
  });

  it('ignore a host label that names another site, and byline words beside the time', () => {
    const row = read(
      `<div><a href="https://paper.example.com/story/rust-in-the-kernel">Rust in the kernel, a year on</a> <span>(other.example.net)</span>
       <p>Posted by <span>5 hours ago</span></p></div>`,
    );
    // Neither "(other.example.net)" nor "Posted by": the link's domain names the source.
    expect(row).toEqual({ title: 'Rust in the kernel, a year on', source: 'example.com' });
  });

  it('name the publisher from the line below the headline in a card without a time', () => {
    const card = read(
      `<div><h3><a href="https://paper.example.com/news/markets-steady-after-rate-cut-123456">Markets steady after the rate cut</a></h3><div><div>Reuters</div></div></div>`,
    );
    expect(card).toEqual({ title: 'Markets steady after the rate cut', source: 'Reuters' });
  });

  it('do not take a topic tag below the headline for its publisher', () => {
    const card = read(
      `<div><h3><a href="https://paper.example.com/news/markets-steady-after-rate-cut-123456">Markets steady after the rate cut</a></h3><div class="story-category">Business</div></div>`,
    );
    expect(card.source).toBe('example.com');
  });

  it("do not take the section a story is filed in, linked after its time, for its publisher", () => {
    const row = read(
      `<div><h2><a href="https://links.example/politik/koalition-zeitplan-a-123">Union und SPD einigen sich auf einen Zeitplan</a></h2><footer><span>vor 8 Min.</span> • <a href="/politik/">Politik</a></footer></div>`,
    );
    expect(row.source).toBe('links.example');
  });

  it('do not take a section deeper in the site, or one its test id calls a tag, for its publisher', () => {
    const row = (meta: string): string =>
      read(`<div><a href="/news/articles/c3wy8ekd2v9o"><h2>Storms bring flooding across northern England</h2></a><div><span>12 mins ago</span> ${meta}</div></div>`).source;
    expect(row('<a href="/news/england">England</a>')).toBe('links.example');
    expect(row('<a data-testid="card-metadata-tag" href="/news/topics/c1">Weather</a>')).toBe('links.example');
    expect(row('- <a href="/media">Media</a>')).toBe('links.example');
  });

  it("take a label filed as a section that names the story's site by its initials ('Financial Times' for ft.com), or ends in them ('City A.M.')", () => {
    const row = (href: string, label: string, step = 'section'): string =>
      read(
        `<div><a href="${href}"><h3>Treasury prepares emergency loans for small firms</h3></a><ul><li><time datetime="2020-04-08T08:12:40Z">3h</time></li><li><a class="gs-c-section-link" href="/${step}/${label.toLowerCase().replace(/\W+/g, '-')}">${label}</a></li></ul></div>`,
      ).source;
    expect(row('https://www.ft.com/content/6b1c2e4a', 'Financial Times')).toBe('Financial Times');
    expect(row('https://www.cityam.com/pound-steadies/', 'City A.M.')).toBe('City A.M.');
    // A section of two words whose initials are not the site's label stays a section.
    expect(row('https://www.ft.com/content/6b1c2e4a', 'World Economy')).toBe('ft.com');
    // Unless it links to the aggregator's page of one publisher ("/tobraichean/the-herald", Gaelic for sources).
    expect(row('https://www.heraldscotland.com/news/25780911.gaelic-medium/', 'The Herald', 'tobraichean')).toBe('The Herald');
    expect(row('https://www.heraldscotland.com/news/25780911.gaelic-medium/', 'The Herald', 'source')).toBe('The Herald');
  });

  it("do not take the words inside a story's <time> for its publisher ('Published', visually hidden, in any language)", () => {
    const row = read(
      `<div><a href="https://www.bbc.co.uk/naidheachdan/articles/cz8v1q4n7l3o"><h3>Bòrd na Gàidhlig a' foillseachadh plana nàiseanta ùr gu 2031</h3></a><ul><li><time datetime="2025-06-10T11:05:00+01:00"><span class="gs-u-vh">Air fhoillseachadh</span><span>o chionn 3 uairean</span></time></li><li><a class="gs-c-section-link" href="/tobraichean/bbc-naidheachdan">BBC Naidheachdan</a></li></ul></div>`,
    );
    expect(row.source).toBe('BBC Naidheachdan');
  });

  it("take no count of comments in Hebrew ('48 תגובות'), nor an 'urgent' mark or a 'copy link' button, for a publisher", () => {
    expect(isLabel('48 תגובות')).toBe(false);
    expect(isLabel('דחוף')).toBe(false);
    expect(isLabel('העתקת קישור')).toBe(false);
    expect(isLabel('גלובס')).toBe(true);
  });

  it("read the outlet after a Tongan, Ossetian or Faroese 'Source:' and a Tongan 'Read it whole at'", () => {
    expect(attributionName('Maʻuʻanga: Matangi Tonga')).toBe('Matangi Tonga');
    expect(attributionName('Равзӕрӕн: «Ир» ТВ')).toBe('«Ир» ТВ');
    expect(attributionName('Kelda: Kringvarp Føroya')).toBe('Kringvarp Føroya');
    expect(attributionName('Lau kakato ʻi he Kaniva Tonga')).toBe('Kaniva Tonga');
  });

  it("take no Swedish lead on to the outlet ('Läs hela artikeln hos SVT Nyheter »') for a headline, nor a Sardinian count or badge for a name", () => {
    expect(attributionName('Läs hela artikeln hos SVT Nyheter')).toBe('SVT Nyheter');
    expect(isLabel('3 cummentos')).toBe(false);
    expect(isLabel('In limba')).toBe(false);
    expect(isSponsorMark('Cuntenutu patrotzinadu')).toBe(true);
  });

  it("take no Xitsonga byline's 'hi' nor its count of reads ('4,1k ku hlayiwa') for the publisher", () => {
    const row = read(`<div><a href="https://www.sabcnews.example/sabcnews/xitsonga-to-be-offered-in-all-schools/">Xitsonga to be offered in all Gauteng public schools</a> <span class="meta"><span class="author">hi <a href="https://links.example/author/sabc-news/">SABC News</a></span> | <span class="views">4,1k ku hlayiwa</span></span></div>`);
    expect(row.source).not.toBe('hi');
    expect(row.source).not.toBe('4,1k ku hlayiwa');
  });

  it("take the outlet after the writer of a credit in pieces ('- <span>Warren Pike</span>, <span>WSJ</span>'), an outlet after 'Umthombo:' or 'Fenten:', and no Cornish reading time ('2 myn. redya')", () => {
    expect(read(`<div><a href="https://www.wsj.com/opinion/the-midterms-are-about-prices-5b7e2c1a">The Midterms Are About Prices, Not Personalities</a> - <span class="auth_pub"><a class="auth" href="/authors/warren_pike/">Warren Pike</a>, <span class="pub">WSJ</span></span></div>`).source).toBe('WSJ');
    expect(read(`<div><h3><a href="https://www.sabcnews.example/sabcnews/mobile-classrooms-for-schools/">Education department to deliver 40 mobile classrooms</a></h3><ul><li><span class="field-label">Umthombo: </span><span class="field-value">SABC News</span></li></ul></div>`).source).toBe('SABC News');
    expect(isLabel('2 myn. redya')).toBe(false);
    // A Croatian count of views after the outlet ("24sata · 18.437 pregleda") is no part of its name.
    expect(read(`<div><a href="https://www.vijesti8.hr/web/vijesti/w/cijene-goriva-od-utorka">Cijene goriva od utorka: evo koliko ćemo plaćati</a><br><small>24sata · 18.437 pregleda</small></div>`).source).toBe('24sata');
  });

  it("read German 'Gesponsert' as a sponsor mark and a paper's plus badge ('LR+') as no outlet, while 'N+' names one", () => {
    expect(isSponsorMark('Gesponsert')).toBe(true);
    expect(isLabel('LR+')).toBe(false);
    expect(isLabel('FAZ +')).toBe(false);
    expect(isLabel('N+')).toBe(true);
  });

  it("take the outlet after a lone 'da' (from) and no newsroom ('Ła redasion'), coverage share ('Right 82%'), count of views ('1.204 afișări', '18,2 B okunma') or writer's role ('教育ジャーナリスト') for one", () => {
    // "da <a href=…/tgr/veneto>TGR Veneto</a>": a link to the outlet's section, not its home, after Italian "from".
    expect(read(`<div><h2><a href="https://www.rainews.it/tgr/veneto/articoli/2026/12/vicenza-teatro-olimpico-chiude-restauri-marzo-4c2d9e81.html">Vicenza, il Teatro Olimpico chiude per restauri fino a marzo</a></h2><footer><span class="fonte">da <a href="https://www.rainews.it/tgr/veneto">TGR Veneto</a></span></footer></div>`).source).toBe('TGR Veneto');
    for (const text of ['da', 'via', 'Ła redasion', 'La redazione', 'Right 82%', 'Lean Left 71.5 %']) expect(isLabel(text), text).toBe(false);
    expect(read(`<div><div><a href="https://stiri8.ro/articol/pensiile-cresc-de-la-1-ianuarie">Pensiile cresc de la 1 ianuarie: cât primesc pensionarii</a></div><div>Libertatea · 1.204 afișări</div></div>`).source).toBe('Libertatea');
    expect(read(`<div><h3><a href="https://haber8.com.tr/haber/asgari-ucret-ilk-toplanti">Asgari ücret için ilk toplantı tarihi belli oldu</a></h3><div>Habertürk · 18,2 B okunma</div></div>`).source).toBe('Habertürk');
    expect(isLabel('教育ジャーナリスト')).toBe(false);
    expect(isLabel('江口 拓真')).toBe(true);
  });

  it("take the outlet after Kashubian 'Zdrzódło:' and Friulian 'Sorzint:' (source), and no count of reads or comments in Kashubian, Catalan, Icelandic, Swahili or Armenian for one", () => {
    expect(read(`<div><h2><a href="https://radiokaszebe.pl/wejherowo-nowo-szkola/">Wejrowò: nowô szkòła z kaszëbsczim jãzëkã òtemkła dwiérze</a></h2><div class="entry-meta"><span>Zdrzódło:</span> <span class="author"><a href="/author/radio-kaszebe/">Radio Kaszëbë</a></span> / <span><a href="/2027/04/14/wejherowo/#comments">3 kòmentarze</a></span></div></div>`).source).toBe('Radio Kaszëbë');
    expect(read(`<div><h2><a href="/fur/gnove/2027/03/11/udin-plan-mobilitat-sostignibil">Udin, il Consei comunâl al aprove il plan pe mobilitât</a></h2><div><span class="sorzint">Sorzint: <span><a href="/fur/sorzint/il-diari">Il Diari</a></span></span></div></div>`).source).toBe('Il Diari');
    for (const [line, outlet] of [['Ara · 64 comentaris', 'Ara'], ['Vísir · 9,8 þús. lestrar', 'Vísir'], ['Mwananchi · maoni 212', 'Mwananchi'], ['Panorama.am · 9 870 դիտում', 'Panorama.am'], ['Radio Gdańsk · 2 310 czëtaniów', 'Radio Gdańsk']]) {
      expect(read(`<div><h3><a href="https://portal.example/news/2025/06/08/story-about-the-budget">A story about the city budget and the harbour works</a></h3><div>${line}</div></div>`).source, line).toBe(outlet);
    }
    expect(isLabel('Dôj kòmentôrz')).toBe(false);
  });

  it("take the outlet after Crimean Tatar 'Menba:', Silesian 'Źrōdło:' and Amharic 'ምንጭ:', Lower Sorbian 'Žrědło:', and no count of reads in Welsh, Basque, Khmer, Amharic, Crimean Tatar, Lower Sorbian, Faroese or Persian for one", () => {
    for (const [lead, outlet] of [['Menba:', 'QHA'], ['Źrōdło:', 'Dziennik Zachodni'], ['ምንጭ:', 'ዶይቸ ቬለ'], ['Žrědło:', 'rbb Łužyca']]) {
      expect(read(`<div><h3><a href="https://portal.example/news/2025/06/08/story-about-the-budget">A story about the city budget and the harbour works</a></h3><div><span class="label">${lead}</span> <span class="value">${outlet}</span></div></div>`).source, lead).toBe(outlet);
    }
    for (const [line, outlet] of [['Golwg360 · 8.2 mil o ddarlleniadau', 'Golwg360'], ['Berria · 8,4 mila irakurketa', 'Berria'], ['AKP · អ្នកអាន ៥.០២៧', 'AKP'], ['ፋና · 6,078 ጊዜ ተነቧል', 'ፋና'], ['QHA · 1 244 oquv', 'QHA'], ['Nowy Casnik · 1.284 raz cytane', 'Nowy Casnik'], ['KVF · 4.812 lesingar', 'KVF'], ['تسنیم · ۱۹٬۸۴۰ بازدید', 'تسنیم']]) {
      expect(read(`<div><h3><a href="https://portal.example/news/2025/06/08/story-about-the-budget">A story about the city budget and the harbour works</a></h3><div>${line}</div></div>`).source, line).toBe(outlet);
    }
  });

  it("take no outlet's name with a digit after a clock time for the time's date ('1:05 PM', then '9to5Mac')", () => {
    const row = readAll(`<div><table><tr><td class="rtme">1:05 PM</td><td><cite><a href="https://9to5mac.com/">9to5Mac</a>:</cite> <a href="https://9to5mac.com/2025/06/08/ios-beta-family-inbox/">iOS beta code references a Family Inbox feature for parents</a></td></tr></table></div>`);
    expect(row.publishedAt).toBe('2025-06-10T13:05:00.000Z');
  });

  it("read a label's epoch in its 'data-unix' attribute (a LiveView hook's) as the story's exact time", () => {
    expect(readAll(`<div><h3><a href="https://portal.example/news/2025/06/08/story-about-the-budget">A story about the city budget and the harbour works</a></h3><div>Ara · <span phx-hook="LocalTime" data-unix="1749391200">fa 3 hores</span></div></div>`).publishedAt).toBe('2025-06-08T14:00:00.000Z');
  });

  it("read a search ad's mark ('Search Ads', beside a Taboola advertiser) as a sponsor mark", () => {
    expect(isSponsorMark('Search Ads')).toBe(true);
  });

  it("take no link inside a post's sentence for its headline ('<a>Container ships are idling…</a> as a new customs system fails'), but a name the sentence runs on from stays a name", () => {
    const post = (body: string): string | null =>
      inParse(() => {
        const page = documentFromHtml(`<body><div><p>${body}</p><p>posted by <a href="/user/201377">tonycpsu</a> at 9:05 AM</p></div></body>`, url);
        return titleOf(viewOf({ element: page.querySelector('div')!, section: null }, { url: new URL(url), now }, new URL(url)))?.title ?? null;
      });
    expect(post(`<a href="https://www.reuters.com/world/us/container-ships-idle-customs-backlog-2026-03-09/">Container ships are idling off Long Beach</a> as a new customs filing system fails to talk to the old one.`)).toBeNull();
    expect(post(`The Kodak Carousel got its page and, of course, <a href="https://www.example.com/video/mad-men-pitch-2026-03-09">the Mad Men carousel pitch</a>.`)).toBeNull();
    // A headline with its credit after it is a headline.
    expect(post(`<a href="https://www.reuters.com/world/us/container-ships-idle-customs-backlog-2026-03-09/">Container ships are idling off Long Beach</a> via Reuters`)).toBe('Container ships are idling off Long Beach');
  });

  it("read no code host's repository for a headline ('feedkit / gleaner')", () => {
    expect(isTitleLike('feedkit / gleaner', now)).toBe(false);
    expect(isTitleLike('Senate passes the budget / House to vote next week', now)).toBe(true);
  });

  it("take neither a bar's share ('L 42%') nor a count of views in Yoruba ('3,482 ìwò') for a publisher", () => {
    expect(isLabel('L 42%')).toBe(false);
    expect(isLabel('42 %')).toBe(false);
    expect(isLabel('3,482 ìwò')).toBe(false);
    expect(isLabel('Aláròyé')).toBe(true);
  });

  it("take a Finnish sponsor after 'yhteistyössä' (in cooperation with), and no post type ('Text', 'Link') for a publisher", () => {
    expect(attributionName('yhteistyössä Elisa')).toBe('Elisa');
    expect(isLabel('Text')).toBe(false);
    expect(isLabel('Link')).toBe(false);
  });

  it("read a link card's headline beside the domain it shows in a part of its own ('npr.org' + headline), and no prompt to the comments or customer's question for one", () => {
    const card = read(
      `<div><a href="https://www.npr.org/2025/06/10/measles-cases"><div><img alt="" src="/preview.jpg"></div><div><span>npr.org</span><span><span>Measles cases top 2,000 for the year, CDC says</span></span></div></a><span>31m</span></div>`,
    );
    expect(card.title).toBe('Measles cases top 2,000 for the year, CDC says');
    expect(isTitleLike('Skip to comments.', now)).toBe(false);
    expect(isTitleLike('Q: Is there parking nearby?', now)).toBe(false);
    expect(isTitleLike('Q&A: What the new parking rules mean for residents', now)).toBe(true);
  });

  it("take the outlet after a Yoruba 'Orísun:' (source)", () => {
    const row = read(
      `<div><a href="https://www.bbc.com/yoruba/articles/c3d9k1x7e2go">Ìjọba ìpínlẹ̀ Ọ̀yọ́ ṣe ìfilọ́lẹ̀ ọ̀nà tuntun láti Ìbàdàn sí Ògbómọ̀ṣọ́</a><div><span>Orísun: <a href="https://www.bbc.com/yoruba">BBC News Yorùbá</a></span> <span>Ọjọ́ tí a gbé jáde: 05/11/2026</span></div><div>wákàtí 2 sẹ́yìn</div></div>`,
    );
    expect(row.source).toBe('BBC News Yorùbá');
  });

  it('take an outlet credited after its link up to the line break, not the teaser after it', () => {
    const row = read(
      `<div><ul><li><a href="https://www.gxangalo.com/vikipedio-en-esperanto-atingis-380000-artikolojn/">Vikipedio en Esperanto atingis 380 000 artikolojn</a> — <strong>Ĝangalo</strong><br>\n<em>Interese: preskaŭ kvarono de la novaj artikoloj estas pri biologiaj specioj.</em></li></ul></div>`,
    );
    expect(row.source).toBe('Ĝangalo');
  });

  it("take a feed's name whose brand leads a colon ('NPR Topics: News') for the publisher, and no rating's field and value", () => {
    const row = (label: string): string =>
      read(`<div><a href="https://www.npr.org/2026/05/12/nx-s1-5392/air-traffic-control-hiring-bill">Senate panel advances bipartisan bill to overhaul air traffic control hiring</a> <span>${label}</span> · <span>3 hours ago</span></div>`).source;
    expect(row('NPR Topics: News')).toBe('NPR Topics: News');
    expect(row('Factuality: High')).toBe('npr.org');
  });

  it("take a paper named for a role after 'The' ('The Hollywood Reporter') for the publisher, and not a writer's role", () => {
    const row = (label: string): string =>
      read(`<div><h3><a href="https://www.hollywoodreporter.com/business/digital/disney-plus-price-increase-europe-1236178/">Disney+ price increase takes effect across Europe</a></h3><div><span>${label}</span> · <span>2 hours ago</span></div></div>`).source;
    expect(row('The Hollywood Reporter')).toBe('The Hollywood Reporter');
    expect(row('Business Editor')).toBe('hollywoodreporter.com');
  });

  it("take an ad's advertiser above its headline past the ad's mark ('SmartAsset · Sponsored')", () => {
    const card = read(
      `<div><div><span>SmartAsset</span> <span>Sponsored</span></div><h3><a href="https://www.smartasset.com/retirement/retirement-calculator" rel="sponsored">This retirement calculator shows how much you really need to retire at 60</a></h3><p>Answer a few quick questions and get a personalised estimate.</p></div>`,
    );
    expect(card.source).toBe('SmartAsset');
  });

  it("take a writers' platform's publication named after 'in' for the publisher, past a paywall's badge, and a section above a story still not", () => {
    const card = (badge: string): string =>
      readAll(
        `<div><a href="/@agenciaefe"><p>Agencia EFE</p></a><p>in</p><a href="/cronica-ocho?source=post_page---author_recirc"><p>Crónica Ocho</p></a>${badge}<a href="/cronica-ocho/embalses-catalanes-superan-30-por-ciento-4b1e9c7d2a05"><h2>Los embalses catalanes superan el 30 % por primera vez en un año</h2></a><span>5h ago</span></div>`,
        'https://medium.com/cronica-ocho/agua-en-cataluna-2f8e1c',
      ).source;
    expect(card('')).toBe('Crónica Ocho');
    expect(card('<p>Member-only story</p>')).toBe('Crónica Ocho');
    const kicker = readAll(
      `<div><a href="/politics"><p>Politics</p></a><a href="/politics/budget-vote-delayed-4b1e9c7d2a05"><h2>Budget vote delayed again as talks stall</h2></a><span>5h ago</span></div>`,
      'https://medium.com/politics/other-story-2f8e1c',
    ).source;
    expect(kicker).toBe('medium.com');
  });

  it("never take a blog's tag page ('/tagged/bay-area-transit') for a story link", () => {
    const page = new URL('https://clipsheet.tumblr.com/post/753413876902182912/bay-area-transit');
    expect(isStoryLink(doc.createElement('a'), 'https://clipsheet.tumblr.com/tagged/bay-area-transit', page)).toBe(false);
  });

  it("take the name after a source field's label in two languages ('ᐱᒋᐊᕐᕕᖓ / Source:') or in Igbo ('Ebe o si:')", () => {
    const row = (lead: string): string =>
      read(`<div><a href="https://nunatsiaq.com/stories/article/iqaluit-council-approves-toonik-tyme-budget/">Iqaluit council approves Toonik Tyme budget after heated debate</a><div><span>${lead} </span><div>Nunatsiaq News</div></div><span>3 hours ago</span></div>`).source;
    expect(row('ᐱᒋᐊᕐᕕᖓ / Source:')).toBe('Nunatsiaq News');
    expect(read(`<div><a href="https://www.bbc.com/igbo/articles/c7dq2e8n4k1o">Gọọmentị Anambra ekwupụtala ụbọchị ọhụrụ maka mmeghe ụlọ akwụkwọ</a><span>awa 2 gara aga</span><div>Ebe o si: BBC News Igbo</div></div>`).source).toBe('BBC News Igbo');
  });

  it("take the name after Wolof's 'Jóge:' and Shona's 'Kubva ku:' (comes from), and a Javanese or Shona paid mark for none", () => {
    const row = (label: string): string =>
      read(`<div><a href="https://www.aggregator.example/xibaar/2026/06/10/asamble-nasiyonaal-sartu-suuf">Asamble nasiyonaal: dépite yi nangu nañu sàrtu suuf bu bees</a><p><span>${label}</span> · Am na 38 Minit</p></div>`).source;
    expect(row('Jóge: APS')).toBe('APS');
    expect(row('Kubva ku: The Herald')).toBe('The Herald');
    expect(isSponsorMark('Pariwara')).toBe(true);
    expect(isSponsorMark('Yakabhadharwa')).toBe(true);
  });

  it("read a date marked up for machines in a content attribute (RDFa's dc:date, Drupal's date field)", () => {
    const row = readAll(
      `<div><a href="https://nunatsiaq.com/stories/article/pond-inlet-floe-edge/">Pond Inlet hunters report early floe edge break-up</a><span class="date-display-single" property="dc:date" datatype="xsd:dateTime" content="2025-06-09T20:40:00-04:00">June 9, 2025 - 8:40pm</span></div>`,
    );
    expect(row.publishedAt).toBe('2025-06-10T00:40:00.000Z');
  });

  it("take a feed reader's feed name for the publisher ('span.websiteName', '.feed-title', 'Politics : NPR'), past an icon font's glyph", () => {
    const row = (feed: string) =>
      read(`<div><a href="./?get=f_5" class="item-element"><img class="favicon" src="f.php?h=05b7" alt="✇"><span class="websiteName">${feed}</span></a><a class="item-element title" href="https://www.francetvinfo.fr/economie/greve-sncf-le-trafic-des-ter-perturbe_7245871.html">Grève SNCF : le trafic des TER perturbé jeudi dans quatre régions</a><span class="date"><time datetime="2025-06-10T10:58:00+02:00">10:58</time></span></div>`).source;
    expect(row('franceinfo - Les Titres')).toBe('franceinfo - Les Titres');
    expect(row('Politics : NPR')).toBe('Politics : NPR');
    // A feed's whole title, longer than most names, where the page marks it as the feed's.
    expect(row('Le Monde.fr - Actualités et Infos en France et dans le monde')).toBe('Le Monde.fr - Actualités et Infos en France et dans le monde');
    const card = read(
      `<div><a class="title" href="https://www.tagesschau.de/inland/bundesrat-mietrecht-reform-100.html">Bundesrat stoppt Reform des Mietrechts vorerst</a> <span class="feed-title">tagesschau.de</span> <span class="updated">2 hours ago</span> <i class="material-icons">fullscreen</i></div>`,
    );
    expect(card.source).toBe('tagesschau.de');
  });

  it("take the story's link for the headline, not a longer link to a site's front page beside it (a feed's name)", () => {
    const card = read(
      `<div><a class="title" href="https://www.zeit.de/politik/deutschland/2026-03/klimaschutzprogramm-klage">Klimaschutzprogramm: Umweltverbände klagen</a> <a class="feed" href="https://www.zeit.de/index">ZEIT ONLINE | Nachrichten, News, Hintergründe und Debatten</a> <span>2 hours ago</span></div>`,
    );
    expect(card.title).toBe('Klimaschutzprogramm: Umweltverbände klagen');
  });

  it("take the host a link aggregator shows after 'at' whole, and no 'discuss' link, category line or '(again)' for the publisher", () => {
    const item = (after: string) =>
      read(`<div><h2><a href="https://engineering.fintech.example/2025/11/17/webpack-to-rspack/">Why we moved our build from webpack to Rspack${after}</a></h2> <address>at engineering.fintech.example</address> <p>posted by sam 3 hours ago <a href="/news/48870">discuss</a></p></div>`).source;
    expect(item('')).toBe('engineering.fintech.example');
    expect(item(' (again)')).toBe('engineering.fintech.example');
    const related = read(`<div><h4><a href="https://links.example/2024/03/13/the-archivist-of-lost-recipes/">The Archivist of Lost Recipes</a></h4><time>March 13, 2024</time><p class="context">In "Essays &amp; Criticism"</p></div>`).source;
    expect(related).toBe('links.example');
  });

  it("read a class's own word, not its block's: a region list's meta line names the publisher, a module's section does not", () => {
    const row = (meta: string): string =>
      read(`<div class="region-item"><a href="https://paper.example.com/view284548.html">Wild elephants raid cassava fields near the city</a>${meta}</div>`).source;
    expect(row('<p class="region-item__meta">Korat Post | 3 hours ago</p>')).toBe('Korat Post');
    expect(row('<p class="Card_meta__k3Jd9"><span>3 hours ago</span> <span class="Card_section__hN2Rp">Isaan</span></p>')).toBe('example.com');
  });

  it("take a desk for the publisher only where the page marks it as one (a class, an attribution's 'via')", () => {
    const row = (meta: string): string =>
      read(`<div><a href="https://www.msn.example/en-us/weather/topstories/winter-storm/ar-AA1yQk7d">Winter storm to bring heavy snow to the Plains</a><div>${meta} · <span>45m</span></div></div>`).source;
    expect(row('<span class="provider-name">Heartland Weather Desk</span>')).toBe('Heartland Weather Desk');
    expect(row('<span>Mumbai City Desk</span>')).toBe('msn.example');
    // An attribution's lead marks it too.
    expect(row('<span>via Energy Transition Desk</span>')).toBe('Energy Transition Desk');
  });

  it("take no paywall's call to act for a publisher, and the advertiser after a sponsor's lead", () => {
    const row = (meta: string): string =>
      read(`<div><h2><a href="https://paper.example.com/2025/06/10/treasury-rules">Treasury weighs new investment rules</a></h2><p>${meta}</p></div>`).source;
    expect(row('<span>Unlock this story with Pointer Pro</span>')).toBe('example.com');
    expect(row('<span>Sponsored content by Northwind Bank</span>')).toBe('Northwind Bank');
  });

  it('still take a publisher linked to its page on the aggregator, in any language', () => {
    const row = (meta: string): string =>
      read(`<div><h2><a href="https://paper.example.com/news/markets-steady-after-rate-cut-123456">Markets steady after the rate cut</a></h2><span>5 hours ago</span> · ${meta}</div>`).source;
    expect(row('<a href="/source/reuters">Reuters</a>')).toBe('Reuters');
    expect(row('<a href="/ro/surse/telegraf-24">Telegraf 24</a>')).toBe('Telegraf 24');
    expect(row('<a href="/de/quellen/spiegel">Spiegel</a>')).toBe('Spiegel');
    // A name whose page's address is its slug under a compound word ("/media-outlet/msn-uk"), or in Basque ("/iturria/berria").
    expect(row('<a href="/media-outlet/msn-uk">MSN UK</a>')).toBe('MSN UK');
    expect(row('<a href="/iturria/berria"><strong>Berria</strong></a>')).toBe('Berria');
  });

  it.each(['sursa', 'forras', 'sumber', 'nguon'])('take the label its class calls %j (source) for its publisher', (word) => {
    const row = read(
      `<div><span>ÚJ</span> <a href="https://paper.example.com/news/markets-steady-after-rate-cut-123456">Markets steady after the rate cut</a> <span class="${word}">Jurnalul de Seară</span></div>`,
    );
    expect(row.source).toBe('Jurnalul de Seară');
  });

  it("name an advertiser whose name stands in a piece of its own after 'Content from'", () => {
    const ad = read(
      `<div><span>Content from <b>Arlington Energy Partners</b></span><h3><a href="https://links.example/creativegroup/arlington-energy/grid-ready">How the grid gets ready for winter</a></h3></div>`,
    );
    expect(ad.source).toBe('Arlington Energy Partners');
  });

  it('take a label whose test id names it the source for the publisher', () => {
    const tile = read(
      `<div><div class="css-vialbl"><span class="css-promolbl">Promoted</span> · <span data-test-id="item-source">Brightwell Home</span></div><h3><a href="https://links.example/guides/smart-thermostat-winter-savings">Five ways smart thermostats cut winter bills</a></h3></div>`,
    );
    expect(tile.source).toBe('Brightwell Home');
  });

  it("take the publisher from a link to its page on the site, in the cell after the headline ('/izvor/blic')", () => {
    const row = read(
      `<div><span class="vr">пре 5 минута</span> <span class="ns"><a href="https://links.example/vest/184530/jutarnje-guzve-na-gazeli">Јутарње гужве на Газели због радова, саобраћај успорен</a></span> <span class="iz"><a href="https://links.example/izvor/blic">Блиц</a></span></div>`,
    );
    expect(row.source).toBe('Блиц');
  });

  it("take the outlet of an attribution that goes on with the time ('— Taifa Leo, saa 5 zilizopita')", () => {
    const row = read(`<div><a href="https://links.example/habari/2025/11/19/mwanariadha-avunja-rekodi">Mwanariadha chipukizi wa Iten avunja rekodi ya taifa</a> <em>— Taifa Leo, saa 5 zilizopita</em></div>`);
    expect(row.source).toBe('Taifa Leo');
  });

  it("take the publisher's line after the headline inside a row that is one link", () => {
    const row = read(
      `<div><a href="https://links.example/r/?to=https%3A%2F%2Fwww.bns.example%2Fnews%2F88120456"><span>prieš 15 min.</span> <span>Vyriausybė pritarė minimalios algos didinimui nuo sausio</span> <span><img src="/src/bns.svg" alt="" width="14" height="14">BNS</span></a></div>`,
    );
    expect(row.source).toBe('BNS');
  });

  it("take the advertiser's name after a sponsor's mark in one label ('Sponsored · Nile Pay')", () => {
    const ad = read(`<div><h3><a href="https://www.nilepay.example/savings-certificate">شهادة ادخار رقمية بعائد شهري من تطبيقك</a></h3><span>محتوى مُموَّل · نايل باي</span></div>`);
    expect(ad.source).toBe('نايل باي');
  });

  it("take no word cut by a search's highlighting ('From Handi-<mark>Transit</mark>') for a publisher after 'From'", () => {
    const result = read(
      `<div><h3><a href="https://links.example/news/canada/transit-strike-riders-explainer-1.7411520">What a transit strike would mean for 60,000 daily riders</a></h3><p>From Handi-<mark>Transit</mark> trips to school routes, here is what would keep running.</p><span>Nov 24, 2025</span></div>`,
    );
    expect(result.source).toBe('links.example');
  });

  it("take no sponsor's mark in another language ('Komerční sdělení', 'Materiał partnera') for the publisher", () => {
    for (const mark of ['Komerční sdělení', 'Materiał partnera', 'Iklan', 'Sponsorizzato', 'محتوى مُموَّل']) {
      const ad = readAll(`<div><span>${mark}</span><h3><a href="https://hypoteky.example/fixace-5-let">Nová hypotéka s fixací na 5 let: spočítejte si splátku</a></h3></div>`);
      expect(ad.source).toBe('hypoteky.example');
    }
  });

  it("name a press release's issuer after 'News provided by', a company's 'Co.' or ', Inc.' included", () => {
    const apart = read(
      `<div><h3><small>Nov 25, 2025, 14:00 ET</small> <a href="https://links.example/news-releases/ridgeway-opens-flagship-store-302618839.html">Ridgeway Outdoor Co. Opens Flagship Store in Denver</a></h3><p>News provided by <strong>Ridgeway Outdoor Co.</strong></p></div>`,
    );
    expect(apart.source).toBe('Ridgeway Outdoor Co.');
    const inline = read(
      `<div><h3><a href="https://links.example/news-releases/sunmoor-recall-302618801.html">Sunmoor Foods Issues Voluntary Recall of Almond Butter</a></h3><p>Courtesy of Sunmoor Foods, Inc.</p><span>2 hours ago</span></div>`,
    );
    expect(inline.source).toBe('Sunmoor Foods, Inc.');
  });

  it("name an advertiser after 'Contenu proposé par', and never a paywall's badge", () => {
    const ad = read(
      `<div><h3><a href="https://maison-verdier.example.fr/jura/savoir-faire">Le savoir-faire des vignerons du Jura à l’honneur</a></h3><p>Contenu proposé par Maison Verdier</p></div>`,
    );
    expect(ad.source).toBe('Maison Verdier');
    const locked = read(
      `<div><span>Article réservé aux abonnés</span><h3><a href="https://www.lavigie.example.fr/politique/article/2025/04/14/retraites-conclave_123.html">Réforme des retraites : le conclave reprend sous tension</a></h3><span>il y a 2 heures</span></div>`,
    );
    expect(locked.source).toBe('example.fr');
  });

  it("do not take a kicker inside the headline's heading, nor an author after 'Yazan:', for the publisher", () => {
    const kicker = read(
      `<div><h2><a href="https://www.kompass.example.de/wirtschaft/steuer-fristen-a-123"><span>Steuererklärung 2024</span> <span>Diese Fristen gelten jetzt</span></a></h2><footer>vor 3 Std.</footer></div>`,
    );
    expect(kicker.source).toBe('example.de');
    const author = read(
      `<div><h3><a href="https://www.aa.example.com.tr/ekonomi/faiz-karari/123">Merkez Bankası politika faizini indirdi</a></h3><span>Yazan: Ayşe Kaya</span> · <span>2 saat önce</span></div>`,
    );
    expect(author.source).toBe('example.com.tr');
  });

  it("do not take a kicker for the publisher when the headline link's tooltip reads 'Kicker: Headline'", () => {
    const ranked = read(
      `<div><span>1</span><a href="https://www.kompass.example.de/panorama/wetter-fruehling-a-0ac5" title="Wetter: Frühling kommt mit bis zu 18 Grad"><span>Wetter</span> <span>Frühling kommt mit bis zu 18 Grad</span></a></div>`,
    );
    expect(ranked).toEqual({ title: 'Frühling kommt mit bis zu 18 Grad', source: 'example.de' });
  });

  it('take the publisher named in brackets at the end of the headline, and a brand ending in "?"', () => {
    const tail = read(`<div><a href="https://www.seattletimes.example.com/business/boeing-deliveries/">Boeing beats its delivery target (The Seattle Times)</a> <span>35m</span></div>`);
    expect(tail.source).toBe('The Seattle Times');
    const video = read(`<div><a href="https://www.news.example.com/world/flooding-2025/">Flooding across the valley (video)</a> <span>35m</span></div>`);
    expect(video.source).toBe('example.com');
    // A note in lower-case words is no name.
    const note = read(`<div><a href="https://www.news.example.com/local/radio-rebuild/">I rebuilt my grandfather's shortwave radio (photos inside)</a> <span>35m</span></div>`);
    expect(note.source).toBe('example.com');
    const which = read(
      `<div><h2><a href="https://www.which.example.co.uk/news/heat-pump-grants">Heat pump grants: how to apply</a></h2><a href="https://www.which.example.co.uk/news/heat-pump-grants">Which?</a><span>2 days ago</span><a href="https://www.which.example.co.uk/news/heat-pump-grants">We explain the <b>grant</b> and who can claim it</a></div>`,
    );
    expect(which.source).toBe('Which?');
  });

  it("take the label above a story of the page's own site for its publisher only when it is an outlet's name", () => {
    const kicker = read(`<div><span>Belgrado</span><h3><a href="https://links.example/internacional/2025-06-08/protestas-belgrado.html">Miles de personas protestan en Belgrado</a></h3><span>hace 2 horas</span></div>`);
    expect(kicker.source).toBe('links.example');
    const outlet = read(`<div><span>Russia Today</span><h3><a href="https://links.example/news/2025-06-08/paris-drones">Paris wants to produce drones in Ukraine</a></h3><span>5 hours ago</span></div>`);
    expect(outlet.source).toBe('Russia Today');
  });

  it("take an outlet named after a time's 'by' for the publisher ('12 mins ago by The Scotsman'), and never a poster", () => {
    const outlet = read(`<div><a href="https://links.example/story/2025/10/02/boe-holds-rates-nl48231">Bank of England holds rates as inflation edges down</a> <small>38 mins ago by The Scotsman</small></div>`);
    expect(outlet.source).toBe('The Scotsman');
    const poster = read(`<div><a href="https://links.example/story/2025/10/02/boe-holds-rates-nl48231">Bank of England holds rates as inflation edges down</a> <small>38 mins ago by jsmith42</small></div>`);
    expect(poster.source).toBe('links.example');
  });

  it("take an outlet named after 'By' for the publisher, and never a person named there", () => {
    const outlet = read(
      `<div><p>By Russia Today</p><p>Updated 5 hours ago</p><h3><a href="https://pressgrid.example.com/news/paris-drones-20250608">Paris wants to produce drones in Ukraine</a></h3></div>`,
    );
    expect(outlet.source).toBe('Russia Today');
    const wire = read(`<div><p>By AFP</p><p>5 hours ago</p><h3><a href="https://pressgrid.example.com/news/flood-20250608">Floods close the valley road</a></h3></div>`);
    expect(wire.source).toBe('AFP');
    const person = read(`<div><p>By Jane Doe</p><p>5 hours ago</p><h3><a href="https://pressgrid.example.com/news/flood-20250608">Floods close the valley road</a></h3></div>`);
    expect(person.source).toBe('example.com');
  });

  it('take a label whose class ends in "media" for the publisher, and no news desk', () => {
    const ranked = read(
      `<div><a href="/articles/aDu0Xc93F2"><span class="ranking_title">「まさか自分が」詐欺被害の80代女性が語る手口</span><span class="ranking_meta"><span class="ranking_media">FNNプライムオンライン</span> <span class="ranking_time">3時間前</span></span></a></div>`,
    );
    expect(ranked.source).toBe('FNNプライムオンライン');
    const desk = read(
      `<div><a href="https://paper.example.com/city/heavy-rain-lashes-the-city-123">Heavy rain lashes the city</a><div><span>Mumbai City Desk</span> / Updated: Jun 8, 2025, 15:21 IST</div></div>`,
    );
    expect(desk.source).toBe('example.com');
  });

  it("name the outlet a news system files the story under as its category when the name spells the link's site", () => {
    const filed = (label: string): string =>
      read(
        `<div><h3><a href="https://www.rtl.lu/politik/news/a/2398114.html">Chamber stëmmt iwwer Logementspak of</a></h3>
         <p><span class="news-list-date"><time datetime="2026-03-11">virun 20 Minutten</time></span> <span class="news-list-category">${label}</span></p></div>`,
      ).source;
    expect(filed('RTL Lëtzebuerg')).toBe('RTL Lëtzebuerg');
    // A topic filed the same way is no outlet: the link's site names the story.
    expect(filed('Politik')).toBe('rtl.lu');
  });

  it("take neither a link to the aggregator's full coverage nor an advertisement's mark for the outlet", () => {
    const row = read(
      `<div><span>TechCabal</span><a href="https://techcabal.com/2026/03/09/mtn-nigeria-restores-4g-services/">MTN Nigeria restores 4G services in Abuja after fibre cuts</a>
       <div><span>2 days ago</span> <a href="/story/mtn-nigeria-restores-4g#coverage">Full coverage</a></div></div>`,
    );
    expect(row.source).toBe('TechCabal');
    const ad = read(
      `<div><a href="https://www.mbank.kg/deposits">MBank: сомдук депозит боюнча жылына 14% чейин</a><p><span>Жарнама</span> · <span>2 саат мурун</span></p></div>`,
    );
    expect(ad.source).toBe('mbank.kg');
  });

  it('read the outlet and the time of a line that brackets the time after the name', () => {
    const row = readAll(
      `<div><a href="https://www.myjoyonline.com/three-arrested-over-viral-video/">Three arrested over viral video of assault on nurse</a> <small>myjoyonline.com (5 hours ago)</small></div>`,
    );
    expect(row.source).toBe('myjoyonline.com');
    expect(row.publishedAt).toBe('2025-06-10T09:00:00.000Z');
  });
});

describe('publishers whose names read like something else', () => {
  it("name an outlet whose brand stands before a colon ('RTRS: Vijesti') or is written as initials ('B.T.')", () => {
    const row = (credit: string) =>
      read(`<div><a href="https://www.news.example.ba/vijesti/story-number-1-about-the-budget">Story number one about the budget</a><p>The teaser of the story.</p><p>${credit}</p></div>`).source;
    expect(row('- RTRS: Vijesti')).toBe('RTRS: Vijesti');
    expect(row('- B.T.')).toBe('B.T.');
    // A rating's field and value is still no outlet.
    expect(row('Factuality: High')).toBe('example.ba');
  });
});

describe("a cluster's count of related stories and a Vietnamese sponsor's mark", () => {
  it("take neither '5 liên quan' (5 related) for a headline nor 'Tài trợ' (sponsored) for the outlet", () => {
    expect(isTitleLike('5 liên quan', now)).toBe(false);
    const ad = read(`<div><a href="https://vinfast.example.vn/vf3-uu-dai">Ưu đãi lớn cho khách hàng mua xe điện trong tháng ba</a><p><span>Tài trợ</span></p></div>`);
    expect(ad.source).toBe('example.vn');
  });
});

describe("a station's place and a comma beside the name", () => {
  it("name the station, not its city and state ('NewsChannel 9 KSWT · Amarillo, TX')", () => {
    const row = read(`<div><div><img src="/bug.png" alt=""> <strong>NewsChannel 9 KSWT</strong> <span>· Amarillo, TX</span></div>
      <h3><a href="https://kswt9.com/news/local/wildfire-near-canyon-forces-evacuations">Wildfire near Canyon forces evacuations as winds gust</a></h3><p>Tue, June 10th 2025, 8:31 AM CDT</p></div>`);
    expect(row.source).toBe('NewsChannel 9 KSWT');
  });

  it("name the outlet without the comma before its time ('БелТА, 10:02')", () => {
    const row = read(`<div><a href="https://www.belta.example.by/politics/view/story-number-one-123/">Story number one about the budget in Minsk</a><p>БелТА, <time datetime="2025-06-10T07:02:00Z">10:02</time></p></div>`);
    expect(row.source).toBe('БелТА');
  });
});

describe('publishers named by a link to their front page', () => {
  const river = (cite: string): string =>
    read(`<div><cite>${cite}</cite> <a href="https://techcrunch.example/2025/11/12/glint-launches-subscription/">Glint launches a $4.99 subscription with shared albums</a></div>`).source;

  it('take the name that links to the front page of the site the headline leads to', () => {
    expect(river('<a href="https://techcrunch.example/author/sarah-perez/">Sarah Perez</a> / <a href="https://techcrunch.example/">TechCrunch</a>:')).toBe('TechCrunch');
  });

  it("take a publication's name that links to its front page on a platform's subdomain", () => {
    const post = readAll(
      `<div><a class="pub-name" href="https://capitalledger.penwire.example/?utm_source=penwire">The Capital Ledger</a> <a href="https://penwire.example/@maraquint">Mara Quint</a><a href="https://capitalledger.penwire.example/p/the-feds-quiet-balance-sheet-problem"><h3>The Fed's quiet balance-sheet problem</h3></a></div>`,
      'https://penwire.example/home',
    );
    expect(post.source).toBe('The Capital Ledger');
  });

  it("take the name after a lead that points on to the outlet ('Read on …', 'More from …')", () => {
    expect(river('<a href="https://techcrunch.example/">Read on TechCrunch</a>')).toBe('TechCrunch');
    const card = read(
      `<div><h3><a href="https://wire.example/2025/06/13/stopgap-bill">Senate passes stopgap funding bill hours before deadline</a></h3><p><span>3h ago</span></p><p>More from Capitol Wire</p></div>`,
    );
    expect(card.source).toBe('Capitol Wire');
  });

  it("take no control that points onward to the outlet ('Kaynağa git ›') for its name", () => {
    expect(river('<a href="https://techcrunch.example/">Kaynağa git ›</a>')).toBe('techcrunch.example');
  });
});

describe('chips beside an outlet', () => {
  it("pass over a bias chip between the outlet's name and the headline above it ('CNN Business · Lean Left')", () => {
    const card = `<div><p>Left</p><div><img src="/cnn.png" alt=""><span>CNN Business</span><span>Lean Left</span></div><h3><a href="https://www.cnn.com/2026/09/15/economy/fed-meeting-rate-cut">Fed meeting: why this week's rate cut may not lower your mortgage</a></h3><p>2 hours ago</p></div>`;
    expect(readAll(card).source).toBe('CNN Business');
  });

  it("pass over a story's language chip between the outlet and the time ('MyJoyOnline · EN · 3 hours ago', '[рус]')", () => {
    const row = (chip: string) =>
      `<div><div><span class="badge">MyJoyOnline</span> <span class="lang">${chip}</span> <span>3 hours ago</span></div><h3><a href="https://www.myjoyonline.example/cedi-gains-against-dollar/">Cedi gains 1.2% against the dollar in the first week of March</a></h3></div>`;
    expect(readAll(row('EN')).source).toBe('MyJoyOnline');
    expect(readAll(row('[рус]')).source).toBe('MyJoyOnline');
    expect(isLabel('AP')).toBe(true);
  });

  it("take no bar's letter ('L' on a slice too narrow for its share) for the outlet", () => {
    expect(isLabel('L')).toBe(false);
    expect(isLabel('LBC')).toBe(true);
  });

  it("take no factuality rating ('High Factuality') or contributor's badge ('Contributor') for the outlet", () => {
    const row = (chip: string) =>
      `<div><a href="https://www.cbsnews.example.com/news/wildfire-smoke-air-quality-alerts/">Canadian wildfire smoke prompts air quality alerts across the Midwest</a><div><span>CBS News</span><span>${chip}</span><span>2h</span></div></div>`;
    expect(readAll(row('High Factuality')).source).toBe('CBS News');
    expect(readAll(row('Mixed Factuality')).source).toBe('CBS News');
    expect(readAll(row('Contributor')).source).toBe('CBS News');
  });
});

describe('labels that are no names, and time labels that say more than they show', () => {
  it("take no count of reads ('18 412 lectures') or icon font's ligature ('more_vert') for the outlet", () => {
    const row = (label: string) =>
      `<div><a href="https://www.aps.sn/actualites/inondations-keur-massar-jaxaay">Inondations à Keur Massar : les habitants de Jaxaay pieds dans l'eau</a><span>${label}</span><span>2h</span></div>`;
    expect(readAll(row('18 412 lectures')).source).toBe('aps.sn');
    expect(readAll(row('1 204 visualizaciones')).source).toBe('aps.sn');
    expect(readAll(row('<i class="google-material-icons">more_vert</i>')).source).toBe('aps.sn');
    expect(readAll(row('4.2 مىڭ قېتىم كۆرۈلدى')).source).toBe('aps.sn');
  });

  it("take no media type ('Online', 'Print', 'Radio'), no call to act ('Artikel lesen', 'Learn More') for the outlet, and a Chinese '贊助' for a sponsor's mark", () => {
    const row = (label: string) =>
      `<div><a href="https://www.aps.sn/actualites/inondations-keur-massar-jaxaay">Inondations à Keur Massar : les habitants de Jaxaay pieds dans l'eau</a><span>${label}</span><span>2h</span></div>`;
    for (const label of ['Online', 'Print', 'Radio', 'Artikel lesen', 'Beitrag anhören', 'PDF ansehen', 'Learn More']) expect(readAll(row(label)).source).toBe('aps.sn');
    expect(isSponsorMark('贊助')).toBe(true);
  });

  it.each(['Publireportage', 'Partnerinhalt', 'Contenu sponsorisé'])("read a Swiss paper's %j as a sponsor's mark", (mark) => {
    expect(isSponsorMark(mark)).toBe(true);
  });

  it('read a shortened time by its words for screen readers ("8 分" with aria-label="8 分前")', () => {
    const row = `<div><a href="https://news.example.jp/articles/typhoon-10-flights">台風10号接近で九州発着便の欠航相次ぐ</a><span>毎日新聞</span><span tabindex="0" aria-label="2 時間前">2 時間</span></div>`;
    expect(readAll(row, 'https://news.example.jp/').publishedAt).toBe('2025-06-10T12:00:00.000Z');
  });

  it('take a relative time after a numeric date without its clock ("Publicado el 10/06/2025 | hace 2 horas")', () => {
    const row = `<div><a href="https://www.bancaynegocios.example/recaudacion-seniat-abril/">Recaudación del Seniat creció 18 % en abril</a><span>Fuente: Banca y Negocios</span> | <span>Publicado el 10/06/2025</span> | <span>hace 2 horas</span></div>`;
    expect(readAll(row).publishedAt).toBe('2025-06-10T12:00:00.000Z');
  });

  it("read a whole-card link's bold title beside its time in one line (<strong class=rankingnews_title>…</strong><span>1시간전</span>)", () => {
    const row = `<div><a href="https://n.news.example.com/mnews/ranking/article/001/0039655138"><em>1</em><div><strong class="rankingnews_title">장마전선 북상…수도권 내일 새벽부터 최대 150㎜ 폭우</strong><span>1시간전</span></div><div><img src="/t.jpg" alt=""></div></a></div>`;
    expect(readAll(row).title).toBe('장마전선 북상…수도권 내일 새벽부터 최대 150㎜ 폭우');
  });
});

describe('a favicon named by its tooltip', () => {
  it("reads the outlet from a favicon's title where its alt is empty (<img alt=\"\" title=\"中央社\">)", () => {
    const row = `<div><div><img class="favicon" src="https://www.google.com/s2/favicons?domain=cna.com.tw&sz=32" width="16" height="16" alt="" title="中央社"><span>1 小時前</span></div><h3><a href="https://www.cna.com.tw/news/aipl/202608130123.aspx">卡努颱風持續增強 氣象署：明晨可能發布海上警報</a></h3></div>`;
    expect(readAll(row).source).toBe('中央社');
  });
});

describe('outlets filed as categories', () => {
  it("read a category's label as the outlet where its page's address names the story's site ('/category/bbc-tigrinya/')", () => {
    const card = (category: string, label: string) =>
      `<div><a href="https://aggregator.example/category/${category}/" class="td-post-category">${label}</a><h3><a href="https://www.bbc.com/tigrinya/articles/c0k7wy3d2q8o">ፕረዚደንት ኬንያ ንዕላል ምስ መራሕቲ ኢትዮጵያ ናብ ኣዲስ ኣበባ በጺሖም</a></h3><time datetime="2025-06-10T11:40:12+03:00">ቅድሚ 40 ደቒቕ</time></div>`;
    expect(readAll(card('bbc-tigrinya', 'ቢቢሲ ትግርኛ'), 'https://aggregator.example/').source).toBe('ቢቢሲ ትግርኛ');
    // A topic's category is no outlet.
    expect(readAll(card('politics', 'ፖለቲካ'), 'https://aggregator.example/').source).toBe('bbc.com');
  });
});

describe("a story's section and its credits, never its outlet", () => {
  const page = 'https://www.litaba.example/';
  it("read a section link to a script's page named by its query as the section it is ('sehlopha.php?k=botlokotsebe' read 'Botlokotsebe')", () => {
    const row = (label: string, href: string) =>
      `<div><h3><a href="pale.php?id=5131&amp;sehlopha=botlokotsebe">Mapolesa a Maseru a tšoere banna ba bararo ka lebaka la bosholu ba likoloi</a></h3><div class="lintlha"><a href="${href}" class="sehlopha">${label}</a> · <span class="nako">2 hours ago</span></div></div>`;
    expect(readAll(row('Botlokotsebe', 'sehlopha.php?k=botlokotsebe'), page).source).toBe('litaba.example');
    // A publisher's page on the site names the publisher.
    expect(readAll(row('Reuters', 'source.php?name=reuters'), page).source).toBe('Reuters');
  });

  it("pass over a Sesotho byline ('Ka <b>Lerato Mohapi</b>') and a count of comments ('Maikutlo (12)')", () => {
    const row = `<div><h1><a href="pale.php?id=5120">Morena Letsie III o kopa Basotho ho boloka khotso moketeng oa Moshoeshoe</a></h1><div class="lintlha">Ka <b>Lerato Mohapi</b> | 2 hours ago | <a href="pale.php?id=5120#maikutlo">Maikutlo (12)</a></div></div>`;
    expect(readAll(row, page).source).toBe('litaba.example');
  });

  it("pass over a readers' count ('2,418 owerenga') and the term over a story's details (Joomla's '<dt>Details</dt>')", () => {
    const popular = `<div><a href="https://nkhanihub.example/2026/03/02/mbiri-ya-3-malichi-1959/">Mbiri ya 3 Malichi 1959: Chifukwa chake timakumbukira ofera ufulu</a> <span class="wpp-views">2,418 owerenga</span></div>`;
    expect(readAll(popular, 'https://nkhanihub.example/').source).toBe('nkhanihub.example');
    const item = `<div><h2><a href="/tukutuku/matanitu/1284-na-bose-levu">Na Bose Levu Vakaturaga ena soqoni ena vula o Okosita</a></h2><dl class="article-info"><dt class="article-info-term">Ivakamacala</dt><dd class="createdby" itemprop="author">Volai: <span itemprop="name">Mere Tuisawau</span></dd><dd class="published"><time datetime="2025-06-10T13:05:20+12:00">10 Jiune 2025</time></dd></dl></div>`;
    expect(readAll(item, 'https://www.tukutukuvou.example/').source).toBe('tukutukuvou.example');
  });

  it("take a topic chip for no outlet (<span class=chip>Housing</span>) and read the logo's name", () => {
    const card = `<div><a href="https://www.theguardian.com/society/2026/nov/10/ministers-fast-track-planning"><img class="story-card__logo" src="/logos/guardian.png" alt="The Guardian"><h3>Ministers to fast-track planning for 12 new towns, says housing secretary</h3><span>14m</span></a><div class="story-card__actions"><span class="chip">Housing</span></div></div>`;
    expect(readAll(card, 'https://inkpod.example/').source).toBe('The Guardian');
  });

  it("read the outlet a link to its page on the site names after its lead ('More from Delfi', 'Daugiau iš Delfi')", () => {
    const card = `<div><h3><a href="/straipsniai/78216-vokietija-planuoja">Vokietija planuoja didelę slėptuvių plėtrą po karo pradžios</a></h3><p>Federalinė tarnyba nori požeminius garažus paversti slėptuvėmis.</p><div><a href="/saltiniai/delfi">Daugiau iš Delfi</a></div></div>`;
    expect(readAll(card, 'https://naujienos8.example/').source).toBe('Delfi');
  });
});

describe('writers, chips and weekdays beside a story, and its times', () => {
  it("take a dashed line the page marks as its writer's for no outlet, but a 'Source:' line so marked for one", () => {
    const row = (line: string) =>
      `<div><a class="title" href="https://www.abc.net.au/news/2026-03-04/level-crossing-review/105031874">Victorian Government orders review of level-crossing removal contracts</a> <span class="author">${line}</span> <span class="feed">ABC News</span> <span>2 hours ago</span></div>`;
    expect(readAll(row('&mdash; Kristian Silva'), 'https://reader.example/tt-rss/').source).not.toBe('Kristian Silva');
    expect(readAll(`<div><h3><a href="https://titulares.example/2025/06/10/fedecamaras-pide-revisar/">Fedecámaras pide revisar la carga tributaria municipal</a></h3><div class="jeg_meta_author"><span class="by">Fuente:</span> <a href="https://www.eluniversal.com/economia/219934/fedecamaras">El Universal</a></div><div>hace 4 horas</div></div>`, 'https://titulares.example/').source).toBe('El Universal');
  });

  it("read no weekday before a date as an outlet ('Sa, 14 Jun 2025'), nor a views label ('조회수') or a Kirundi count of comments ('4 Ivyiyumviro')", () => {
    expect(readAll(`<div><a href="https://www.pressreader.example/germany/die-welt/20250607/281655375102311">Bundestag streitet über verpflichtende Musterung</a><div><span>Sa, 7 Jun 2025</span></div></div>`, 'https://www.pressreader.example/').source).toBe('pressreader.example');
    expect(readAll(`<div><a href="https://n.news.naver.com/article/032/0003419527"><strong>국방부, 병사 휴대전화 사용 시간 연장 추진</strong><span class="list_view"><span class="blind">조회수</span>127,418</span></a><span>2시간 전</span></div>`, 'https://portal.example/').source).toBe('naver.com');
    expect(readAll(`<div><h2><a href="https://igicaniro.example/2025/06/10/inama-nkuru/">Inama nkuru y’igihugu yemeje ingengo y’imari y’amashure</a></h2><span>hashize amasaha 3</span> <a href="https://igicaniro.example/2025/06/10/inama-nkuru/#comments">4 Ivyiyumviro</a></div>`, 'https://igicaniro.example/').source).toBe('igicaniro.example');
  });

  it("read the time a story was published before the time it was last edited (<time class=\"entry-date updated\"> first)", () => {
    const card = `<div><h2><a href="https://igicaniro.example/2025/06/10/abanyeshure/">Abanyeshure 1.200 ba Kaminuza bararangije amashure yabo</a></h2><div class="hide"><time class="entry-date updated" datetime="2025-06-10T13:38:51+02:00">10 Ruheshi 2025</time></div><span><time class="entry-date published" datetime="2025-06-10T13:32:00+02:00">hashize iminota 8</time></span></div>`;
    expect(readAll(card, 'https://igicaniro.example/').publishedAt).toBe('2025-06-10T11:32:00.000Z');
  });
});

describe("curated links' credits in square brackets", () => {
  it("read the outlet after a link in brackets ('[Financial Times — paywall]', '[Grist]. Pairs well…', '[BBC News, 4 Mar]')", () => {
    const item = (credit: string) => `<div><ul><li><a href="https://www.ft.com/content/5b1d2e7a-8c44-4f0e-9a73-2d6c1e0f9b31">Why insurers are quietly pulling out of Europe's flood plains</a> ${credit}</li></ul></div>`;
    expect(readAll(item('[Financial Times — paywall]'), 'https://loosethreads.example/issue-87/').source).toBe('Financial Times');
    expect(readAll(item("[Grist]. Pairs well with last week's piece."), 'https://loosethreads.example/issue-87/').source).toBe('Grist');
    expect(readAll(item('[BBC News, 4 Mar]'), 'https://loosethreads.example/issue-87/').source).toBe('BBC News');
  });

  it("take an API's field ('source.id: reuters') and a paid article's badge ('有料') for no outlet", () => {
    const card = `<div><div><span title="source.name">Reuters</span><span>source.id: reuters</span></div><h3><a href="https://www.reuters.com/markets/us/feds-waller-says-case-june-cut-weakening-2025-06-10/">Fed's Waller says case for June cut is weakening</a></h3><span>34 min ago</span></div>`;
    expect(readAll(card, 'https://newsapi.example/explorer').source).toBe('Reuters');
    const paid = `<div><a href="https://news.yahoo.example/articles/4a8e3f2b9c1d"><span>有料</span><span>年収800万円でも「老後が不安」な人の家計に共通する盲点</span></a><span>2時間前</span></div>`;
    expect(readAll(paid, 'https://news.yahoo.example/').source).not.toBe('有料');
  });
});

describe('source field labels', () => {
  it("read the name after a source field's label of its own ('Loharano:' then 'Gazetiko', a CMS's label and value)", () => {
    const row = (label: string) =>
      `<div><a href="https://www.gazetiko.example.mg/tazomoka-mitombo-ny-tranga/">Tazomoka: Mitombo ny tranga any amin'ny faritra</a><div><span class="views-label">${label}</span><div>Gazetiko</div></div><div><time datetime="2025-06-10T06:47:00Z">Talata 10 Jona 2025 - 09:47</time></div></div>`;
    expect(readAll(row('Loharano: ')).source).toBe('Gazetiko');
    expect(readAll(row('Source:')).source).toBe('Gazetiko');
  });
});

describe('time rules', () => {
  const story = (meta: string): string | null =>
    readAll(`<div><h3><a href="https://paper.example.com/2025/06/10/bridge-reopens">The old bridge reopens to cyclists</a></h3><p>${meta}</p></div>`).publishedAt;

  it("read a date and the clock time in the label after it as one time (\"June 10, 2025 • 9:12 AM ET\")", () => {
    expect(story('<span class="date">June 10, 2025</span> &bull; <span class="time">9:12 AM ET</span>')).toBe('2025-06-10T13:12:00.000Z');
  });

  it('read a dotted date and the clock time on the line below it as one time ("08.06.2025<br>19:42")', () => {
    expect(story('08.06.2025<br><span class="muted">19:42</span>')).toBe('2025-06-08T19:42:00.000Z');
  });

  it("move a tooltip's zone-less wall clock by whole hours into the range of the label it explains", () => {
    // "4m" at 14:00 UTC; the tooltip gives the reader's time in UTC-6.
    expect(story('<span title="Published: Tue, Jun 10, 2025, 7:56 AM">4m</span>')).toBe('2025-06-10T13:56:00.000Z');
  });

  it("read the hour from a label that says it when the machine value names the day alone (<time datetime=\"2025-06-10\">2 hours ago</time>)", () => {
    expect(story('<time datetime="2025-06-10">2 hours ago</time>')).toBe('2025-06-10T12:00:00.000Z');
    // A label that says the day alone adds nothing to the machine value.
    expect(story('<time datetime="2025-06-10">10 June 2025</time>')).toBe(story('<time datetime="2025-06-10"></time>'));
  });

  it("take a tooltip that names its offset as written, even where the label beside it disagrees ('14 órája')", () => {
    expect(story('<abbr class="published timeago" title="2025-06-10T09:10:00+02:00">2 hours ago</abbr>')).toBe('2025-06-10T07:10:00.000Z');
  });

  it("read the ISO time a framework binds to the label in a data attribute of its own naming ('data-publisert')", () => {
    expect(story('<span class="tid" data-publisert="2025-06-10T10:05:00.000Z">for 4 timer siden</span>')).toBe('2025-06-10T10:05:00.000Z');
  });

  it('read the datetime of a custom element (<time-ago datetime>)', () => {
    expect(story('<time-ago datetime="2025-06-10T08:10:00-03:00">há 3 horas</time-ago>')).toBe('2025-06-10T11:10:00.000Z');
  });

  it("keep a tooltip that a rounded label explains (\"7h\" for 6 h 40 min)", () => {
    expect(story('<span title="Tue, Jun 10, 2025, 7:20 AM">7h</span>')).toBe('2025-06-10T07:20:00.000Z');
  });

  it("take a later time label over two numbers that may be a web story's page counter (\"01/10\", then \"2 hours ago\")", () => {
    expect(story('<span class="counter">01/10</span> <span>Reuters · 2 hours ago</span>')).toBe('2025-06-10T12:00:00.000Z');
    // Alone, the two numbers are still a day and a month.
    expect(story('<span>Reuters · 06/09</span>')).toBe(story('<span>Reuters · June 9</span>'));
  });

  it("read an hAtom abbreviation's machine-readable title (<abbr class=\"published\" title=\"2025-06-10T09:15:00+05:30\">)", () => {
    expect(story('<abbr class="published" title="2025-06-10T09:15:00+05:30">ৰাতিপুৱা</abbr>')).toBe('2025-06-10T03:45:00.000Z');
  });

  it("read a time shown only as an icon's tooltip (a clock icon with title=\"June 10, 2025 09:15\")", () => {
    expect(story('Reuters <i class="fa-regular fa-clock" data-bs-toggle="tooltip" title="June 10, 2025 09:15"></i>')).toBe('2025-06-10T09:15:00.000Z');
    expect(story('Reuters <span class="icon-clock" aria-label="2 hours ago"></span>')).toBe('2025-06-10T12:00:00.000Z');
    // A tooltip that is more than a time ("Saved on June 9"), or one on an element that shows text, is none.
    expect(story('Reuters <i class="icon-bookmark" title="Saved to your list on June 9, 2025"></i>')).toBeNull();
  });
});
