import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { parsePage } from '../../../core/parse';
import { isListing } from '../../../core/adapters/no-stories';
import { inParse } from '../../../core/memo';

const now = new Date('2025-04-09T18:22:00Z');
const ages = ['1m', '14m', '47m', '2h', '3h', '5h'];

/**
 * A forum's topic list (Discourse's markup): each row a heading that links to the thread, its tags and posters, and the
 * latest activity's time. `featured(i)` adds what a forum of shared news links shows beside a topic: the outlet's link.
 */
function topicList(site: string, thread: (i: number) => string, featured: (i: number) => string = () => ''): string {
  const rows = ages.map((age, i) => `<tr class="topic-list-item">
    <td class="main-link"><span class="link-top-line" role="heading" aria-level="2"><a href="${thread(i)}" class="title raw-topic-link">Topic number ${i} about the city's new transit plan</a>${featured(i)}</span>
      <div class="discourse-tags"><a href="/tag/transit">transit</a></div></td>
    <td class="posters"><a href="/u/user${i}"><img src="/avatar/${i}.png" alt=""></a></td>
    <td class="num posts"><span class="number">${i + 2}</span></td>
    <td class="num activity"><a href="${thread(i)}/4"><span class="relative-date">${age}</span></a></td>
  </tr>`);
  return `<html><head><title>Latest topics - ${site}</title></head><body><table class="topic-list"><tbody>${rows.join('')}</tbody></table></body></html>`;
}

function parse(html: string, url: string) {
  return parsePage(documentFromHtml(html, url), { url: new URL(url), now });
}

describe("a forum's threads", () => {
  it('are not news when each topic is a discussion that links nowhere beyond the forum', () => {
    const url = 'https://forum.homelab.example/c/networking/7';
    for (const thread of [(i: number) => `/t/topic-${i}/${41800 + i}`, (i: number) => `/forum/viewtopic.php?t=${900 + i}`, (i: number) => `/threads/topic-${i}.${5100 + i}/`, (i: number) => `/threads/topic-${i}.${5100 + i}/unread`]) {
      expect(parse(topicList('Homelab', thread), url).articles).toEqual([]);
    }
  });

  it("are news when each topic shares an outlet's story", () => {
    const url = 'https://talk.civicwire.example/latest';
    const result = parse(topicList('CivicWire', (i) => `/t/topic-${i}/${4800 + i}`, (i) => ` <a class="topic-featured-link" href="https://www.outlet${i}.example/2025/04/09/transit-plan">outlet${i}.example</a>`), url);
    expect(result.articles).toHaveLength(ages.length);
    expect(result.articles[0]!.url).toBe('https://talk.civicwire.example/t/topic-0/4800');
  });
});

describe("a podcast's episodes", () => {
  const episodes = (path: (i: number) => string): string =>
    `<html><body><h1>New releases</h1><ul class="episodes">${ages.map((age, i) => `<li class="episode"><img src="/art/${i}.jpg" alt=""><h3><a href="${path(i)}">Episode ${i}: the night the city grid went quiet</a></h3><a href="/podcast/show-${i}">Show number ${i}</a> · <span>${age} ago</span></li>`).join('')}</ul></body></html>`;

  it('are not news when most headlines open an episode page', () => {
    expect(parse(episodes((i) => `/episode/e4c1a9f0-77b2-4d1e-9a3e-0f1c2b8d6a5${i}`), 'https://play.podcasts.example/new').articles).toEqual([]);
    expect(parse(episodes((i) => `/episodes/${214 - i}-the-grid-went-quiet`), 'https://www.show.example/episodes').articles).toEqual([]);
  });

  it('are news when the headlines open stories', () => {
    expect(parse(episodes((i) => `/news/2025/04/09/grid-story-${i}`), 'https://news.example/latest').articles).toHaveLength(ages.length);
  });
});

describe("a conference's schedule", () => {
  const slot = (start: string, end: string, i: number): string => `<section class="slot"><div class="slot__time"><time datetime="2025-06-12T${start}:00+02:00">${start}</time>–<time datetime="2025-06-12T${end}:00+02:00">${end}</time></div>
    <div class="slot__sessions">${['Main Stage', 'IJ Hall', 'Amstel'].map((room, r) => `<article class="session"><span class="session__type">Talk</span><h3 class="session__title"><a href="/2025/sessions/talk-${i}-${r}">Talk number ${i}-${r} about consensus in production systems</a></h3>
    <ul class="session__speakers"><li><a href="/2025/speakers/speaker-${i}-${r}">Speaker ${i}-${r}</a></li></ul><p class="session__room">${room}</p></article>`).join('')}</div></section>`;
  const html = `<html><body><main><h1>Schedule</h1>${[['09:00', '09:45'], ['10:00', '10:40'], ['11:00', '11:40'], ['12:00', '12:40'], ['13:15', '13:55']].map(([s, e], i) => slot(s!, e!, i)).join('')}</main></body></html>`;

  it('is not news under any rule: its parallel sessions, headings each, are slots of the day', () => {
    expect(parse(html, 'https://conf.example/2025/schedule/day-2').articles).toEqual([]);
  });
});

describe("a live blog's posts", () => {
  const url = 'https://www.paper.example/sport/live/2025/apr/09/city-v-united-live';
  const posts = (permalink: (id: string) => string): string =>
    `<html><body><h1>City v United: live</h1>${ages.map((age, i) => `<article id="block-${i}" class="block"><p class="block-time"><a href="${permalink(`block-${i}`)}"><time datetime="2025-04-09T1${i}:00:00Z">${age} ago</time></a></p>
      <h2 class="block-title">Post number ${i}: the second half begins in the rain</h2><p>City press high; United sit deep and wait for the break.</p></article>`).join('')}</body></html>`;

  it("are not news when each post's time links to the post within the page itself", () => {
    expect(parse(posts((id) => `?page=with:${id}#${id}`), url).articles).toEqual([]);
    expect(parse(posts((id) => `#${id}`), url).articles).toEqual([]);
  });

  it('are news when each time links to a story of its own', () => {
    expect(parse(posts((id) => `/sport/2025/apr/09/${id}-second-half-report`), url).articles).toHaveLength(ages.length);
  });
});

describe("a code host's commits", () => {
  it("are not news: each title's time follows what someone did to the code ('committed 3 hours ago')", () => {
    const commits = ages.map((age, i) => `<li class="commit"><div><h4><a href="/tidewater/quill/commit/a${i}f3c9e">Fix the parser for nested emphasis in link labels, case ${i}</a></h4>
      <div class="meta"><a href="/rsatoh">rsatoh</a> <span>committed</span> <relative-time>${age} ago</relative-time></div></div></li>`);
    expect(parse(`<html><body><h1>Commits</h1><ul class="commits">${commits.join('')}</ul></body></html>`, 'https://code.example/tidewater/quill/commits/main').articles).toEqual([]);
  });
});

describe("a library of publications", () => {
  const card = (i: number, file: string) => `<div class="rpl-card"><h3><a href="/resources/guides/${1700 + i}-guide-number-${i}">Guide number ${i} to the general environmental duty for business</a></h3>
    <p>Publication ${1700 + i}.3 · Published <time datetime="2025-04-0${i}">${i} April 2025</time></p>${file}</div>`;
  const url = 'https://www.agency.example.gov/publications-and-forms';
  const library = (file: (i: number) => string) => `<html><body><h1>Publications and forms</h1><div class="results">${ages.map((_, i) => card(i + 1, file(i + 1))).join('')}</div></body></html>`;

  it('is not news: each item offers its file to download beside its headline', () => {
    expect(parse(library((i) => `<a class="rpl-file__name" href="/files/publications/${1700 + i}-guide.pdf" download>Download PDF</a> <span>PDF · 2.1 MB</span>`), url).articles).toEqual([]);
  });

  it('is news when the files are the stories themselves (print clippings whose headline opens the PDF)', () => {
    const clip = (i: number) => `<div class="clip"><h3><a href="/clips/2025-04-0${i}_paper_s0${i}.pdf">Print story number ${i} about the cargo bike maker's new plant</a></h3><p>Die Zeit · <time datetime="2025-04-0${i}">${i} April 2025</time></p></div>`;
    const html = `<html><body><h1>Press clippings</h1><div class="results">${ages.map((_, i) => clip(i + 1)).join('')}</div></body></html>`;
    expect(parse(html, 'https://press.example.com/report/velotrax').articles).toHaveLength(ages.length);
  });
});

describe("a data portal's catalogue", () => {
  it('is not news: each dataset offers its files by format beside its headline ("CSV", "GeoJSON", "API")', () => {
    const dataset = (i: number) => `<li class="dataset-item"><h3 class="dataset-heading"><a href="/dataset/road-closures-${i}">Road closures and restrictions in ward ${i}</a></h3>
      <div class="dataset-org"><a href="/organization/transportation">Transportation Services</a></div>
      <p class="dataset-meta">Last updated <span class="automatic-local-datetime">${ages[i]} ago</span></p>
      <ul class="dataset-resources"><li><a href="/dataset/road-closures-${i}" class="badge">CSV</a></li><li><a href="/dataset/road-closures-${i}" class="badge">GeoJSON</a></li></ul></li>`;
    const html = `<html><body><h1>Datasets</h1><ul class="dataset-list">${ages.map((_, i) => dataset(i)).join('')}</ul></body></html>`;
    expect(parse(html, 'https://open.city.example/dataset/').articles).toEqual([]);
  });
});

describe("a search of records with a box to tick on each row", () => {
  it('is not news, while the same rows without the boxes would read as headlines', () => {
    const row = (i: number, box: string) => `<tr>${box}<td><h2><a href="/ark:/61903/1:1:QVHK-7P2${i}">Walter James Hendricks of Dayton number ${i}</a></h2><div>Principal</div><div>United States, Census, 1940</div></td></tr>`;
    const page = (box: string) => `<html><body><h1>Historical records</h1><table><tbody>${ages.map((_, i) => row(i, box)).join('')}</tbody></table></body></html>`;
    const url = 'https://records.example.org/search/record/results?q.surname=Hendricks';
    expect(parse(page('<td><input type="checkbox" aria-label="Select record"></td>'), url).articles).toEqual([]);
    expect(parse(page(''), url).articles).toHaveLength(ages.length);
  });
});

describe("a fitness app's activity feed", () => {
  it("is not news: each entry shows a workout's metrics ('Pace', 'Elev Gain'), and its kudos count is no headline", () => {
    const entry = (i: number) => `<div class="feed-entry"><a href="/athletes/${400 + i}"><img src="/a/${i}.jpg" alt=""></a><div><a href="/athletes/${400 + i}">Runner number ${i}</a>
      <time datetime="2025-04-09T1${i}:00:00Z">${ages[i]} ago</time> · Eugene, Oregon</div>
      <h3><a href="/activities/1390445521${i}">Morning tempo run along the river number ${i}</a></h3>
      <ul><li><span>Distance</span><div>8.04 mi</div></li><li><span>Pace</span><div>7:59 /mi</div></li><li><span>Elev Gain</span><div>312 ft</div></li></ul>
      <a href="/activities/1390445521${i}/kudos">12 kudos</a></div>`;
    const html = `<html><body><h1>Following</h1><div class="feed">${ages.map((_, i) => entry(i)).join('')}</div></body></html>`;
    expect(parse(html, 'https://fitness.example.com/dashboard').articles).toEqual([]);
  });
});

describe("a review site's recent activity", () => {
  it("is not news: each item says what a member did ('wrote a review for', 'uploaded 4 photos for', 'checked in for')", () => {
    const deeds = ['wrote a review for', 'uploaded 4 photos for', 'checked in for', 'updated a review for', 'wrote a review for', 'wrote a review for'];
    const item = (i: number) => `<li><div class="activity-item"><p><a href="/user_details?userid=member-${i}">Member ${i}.</a> <span>${deeds[i]}</span></p>
      <p><a href="/biz/restaurant-number-${i}-oakland">Restaurant number ${i} of the lake district</a></p><p>Vietnamese, Noodles</p><span>Mar ${20 + i}, 2025</span>
      <p>The pho was rich and the service friendly; we will be back for the spring rolls next week.</p></div></li>`;
    const html = `<html><body><h1>Recent activity in Oakland</h1><ul>${deeds.map((_, i) => item(i)).join('')}</ul></body></html>`;
    expect(parse(html, 'https://reviews.example.com/oakland').articles).toEqual([]);
  });
});

describe("an app's recent conversations", () => {
  it('are not news: a conversation is no story link', () => {
    const row = (i: number) => `<li><a href="/messages/member-${i}-4e11c${i}"><img src="/a/${i}.jpg" alt=""><span>Member ${i}</span><span>That sounds great, see you at the market on Thursday then</span><time datetime="2025-04-09T1${i}:00:00Z">${ages[i]}</time></a></li>`;
    const html = `<html><body><main><h1>People nearby</h1></main><aside><h2>Recent conversations</h2><ul>${ages.map((_, i) => row(i)).join('')}</ul></aside></body></html>`;
    expect(parse(html, 'https://www.dating.example.app/nearby').articles).toEqual([]);
  });
});

describe("a newspaper's election results and a broadcaster's weather alerts", () => {
  it("are not news: a race's count of precincts reporting", () => {
    const race = (i: number) => `<section class="RaceCard_card"><header><h3><a href="/elections/results/2026-primary/race-number-${i}/">Race number ${i} for the state senate seat</a></h3><p>Republican primary · District ${i}</p></header>
      <table><tbody><tr><td>Candidate A</td><td>55,695</td><td>51.2%</td></tr></tbody></table>
      <footer><span>6,391 of 6,912 precincts reporting (92%)</span> · <span>Updated ${i + 1}:58 a.m.</span></footer></section>`;
    const results = `<html><body><h1>Primary election results</h1><div>${ages.map((_, i) => race(i)).join('')}</div></body></html>`;
    expect(parse(results, 'https://www.paper.example.com/elections/results/2026-primary/').articles).toEqual([]);
  });

  it("are not news: an alert's 'Expires' time", () => {
    const alert = (i: number) => `<article class="alert-card"><h3><a href="/weather/alerts/severe-thunderstorm-warning-${i}">Severe Thunderstorm Warning for county number ${i}</a></h3>
      <dl><dt>Issued</dt><dd>Wed ${i + 1}:12 PM CDT</dd><dt>Expires</dt><dd>Wed ${i + 2}:45 PM CDT</dd></dl><p>Issued by NWS Tulsa OK</p></article>`;
    const alerts = `<html><body><h1>Active weather alerts</h1><div>${ages.map((_, i) => alert(i)).join('')}</div></body></html>`;
    expect(parse(alerts, 'https://www.station.example.com/weather/alerts').articles).toEqual([]);
  });
});

describe("a legislature's bill search and a package's release history", () => {
  it("are not news: a bill's 'Sponsors' and 'Last Action' fields", () => {
    const bill = (i: number) => `<article class="search-result"><h4><a href="/bills/hb26-11${i}">HB26-11${i}</a> | <a href="/bills/hb26-11${i}">Residential Tenant Deposit Returns, part ${i}</a></h4>
      <p>Concerning the return of a residential tenant's security deposit, and, in connection therewith, an itemized statement.</p>
      <dl><div><dt>Sponsors</dt><dd>Rep. A. Quintana, Sen. L. Brandt</dd></div><div><dt>Last Action</dt><dd><span>04/0${i + 1}/2025</span> | House Committee on Finance Refer Amended</dd></div></dl></article>`;
    const bills = `<html><body><h1>Bill search</h1><div class="view-content">${ages.map((_, i) => bill(i)).join('')}</div></body></html>`;
    expect(parse(bills, 'https://leg.state.example.gov/bill-search?session=2025').articles).toEqual([]);
  });

  it("are not news: a release's page ('/project/strata-http/3.2.0/'), even where the card holds a sentence", () => {
    const release = (i: number) => `<div class="release"><a class="card release__card" href="/project/strata-http/3.${i}.0/"><p class="release__version">3.${i}.0</p>
      <p><time datetime="2025-04-0${i + 1}T15:12:03+0000">Apr ${i + 1}, 2025</time></p><p class="release__yanked-reason">Reason this release was yanked: broken connection pool reuse on Python 3.14, use a newer one</p></a></div>`;
    const history = `<html><body><h1>strata-http 3.5.0</h1><h2>Release history</h2><div class="release-timeline">${ages.map((_, i) => release(i)).join('')}</div></body></html>`;
    expect(parse(history, 'https://pypi.example.org/project/strata-http/#history').articles).toEqual([]);
  });
});

describe("a freedom-of-information site's requests, a seismic agency's events and a station's playlist", () => {
  it("are not news: each request's headline opens its correspondence on the site ('/request/<slug>')", () => {
    const request = (i: number) => `<div class="request_listing"><span class="head"><a href="/request/bus_lane_penalty_income_${i}#incoming-29844${i}">Bus lane camera penalty income, part ${i}</a></span>
      <div class="requester">Response by <a href="/body/leeds_city_council">Leeds City Council</a> to <a href="/user/h_${i}">Harriet Coombes</a> on <time datetime="2025-04-0${i + 1}T17:42:10+01:00">${i + 1} April 2025</time>.</div>
      <span class="desc">Dear Leeds City Council, Please provide the total income received from bus lane camera penalty charge notices.</span><strong>Successful.</strong></div>`;
    const html = `<html><body><h1>View FOI requests</h1><div class="results">${ages.map((_, i) => request(i)).join('')}</div></body></html>`;
    expect(parse(html, 'https://foi.example.org/list/all').articles).toEqual([]);
  });

  it("are not news: each event is named by its place's distance and bearing from a town ('48 km NW of Karluk, Alaska')", () => {
    const quake = (i: number) => `<li><a class="event-link" href="https://quakes.example.gov/eventpage/ak02651184${i}/executive"><span class="mag">2.${i}</span><h6>4${i} km NW of Karluk, Alaska</h6><span class="time">2025-04-09 1${i}:12:45 (UTC)</span><aside>41.${i} km</aside></a></li>`;
    const html = `<html><body><h1>Latest earthquakes</h1><ul>${ages.map((_, i) => quake(i)).join('')}</ul></body></html>`;
    expect(parse(html, 'https://quakes.example.gov/map/').articles).toEqual([]);
  });

  it("are not news: each song links to a music store beside its title, and the day's shows run in the order of the day (6:00 AM, 10:00 AM, 3:00 PM)", () => {
    const song = (i: number) => `<li class="playlist-item"><time datetime="2025-04-09T1${7 - i}:5${i}:00-07:00">${5 - (i % 5)}:5${i} PM</time><img src="/art/${i}.jpg" alt="Album art for Record number ${i}">
      <div><h3><a href="/playlist/song/44182${i}-song-number-${i}">Song number ${i} of the afternoon set</a></h3><p>Artist number ${i}</p><p>Record number ${i}</p></div>
      <a href="https://bandcamp.com/search?q=song+${i}" aria-label="Find Song number ${i} on Bandcamp"><svg></svg></a></li>`;
    const shows = ['6:00 AM', '10:00 AM', '3:00 PM', '6:00 PM', '9:00 PM', '12:00 AM'].map((t, i) => `<li><span class="time">${t}</span><a href="/shows/show-number-${i}">The show number ${i}</a> <span class="host">with Host Number ${i}</span></li>`);
    const html = `<html><body><h1>Recently played</h1><ul class="playlist">${ages.map((_, i) => song(i)).join('')}</ul><aside><h2>On air today</h2><ul>${shows.join('')}</ul></aside></body></html>`;
    expect(parse(html, 'https://www.station.example.org/playlist').articles).toEqual([]);
  });
});

describe("a thesis repository, a bug bounty's reports and programs, and a council's road closures", () => {
  it("are not news: each thesis cites its author surname first, with the publisher and the date in brackets", () => {
    const thesis = (i: number) => `<li><a class="item-list-title" href="/items/e73c5b19-90fa-4d2e-b8c4-1a6f2d0e8b7${i}">Topology optimisation of compliant mechanisms, volume ${i}</a><span class="item-list-authors">Zhang, Yiran${i ? `; Okafor, Chidinma` : ''}</span> (<span>University of Harwick</span>, <span>2025-04-0${i + 1}</span>)<div>Compliant mechanisms designed by density-based topology optimisation often fail once large displacements are considered.</div></li>`;
    const html = `<html><body><h1>Recent submissions</h1><ul>${ages.map((_, i) => thesis(i)).join('')}</ul></body></html>`;
    expect(parse(html, 'https://repository.example.ac.uk/collections/5f2b8d47').articles).toEqual([]);
  });

  it("take a bug report's card (its severity's score, 'High (7.6)') and a bounty program's ('Bounties up to €10,000') for no story", () => {
    const doc = documentFromHtml(`<html><body>
      <article id="report"><h3><a href="/reports/58213">Stored XSS in shipment label preview via crafted SVG upload</a></h3><div><span>High (7.6)</span><span>€1,500</span><span>Resolved</span><span>Disclosed <time datetime="2025-04-09T11:52:07Z">about 3 hours ago</time></span></div></article>
      <article id="program"><a href="/programs/ostrava-rail">Ostrava Rail Ticketing</a><span>Launched 2 days ago · Bounties up to €10,000</span></article>
      <article id="story"><h3><a href="https://news.example/2025/04/09/bug-bounty-payouts-rise">Bug bounty payouts rise to €10,000 as banks court researchers</a></h3><span>Reuters · 3 hours ago</span></article></body></html>`, 'https://bugtrail.example/hacktivity');
    const ctx = { url: new URL('https://bugtrail.example/hacktivity'), now };
    const listing = (id: string) => inParse(() => isListing(doc.getElementById(id)!, ctx));
    expect([listing('report'), listing('program'), listing('story')]).toEqual([true, true, false]);
  });

  it("are not news: each closure names its works' promoter and its diversion", () => {
    const closure = (i: number) => `<article><h3><a href="/roads/road-closures/mill-lane-closure-${i}">Mill Lane, Ashby Parva: road closure number ${i}</a></h3>
      <div><div>Dates</div><div><time datetime="2025-05-0${i + 1}T12:00:00Z">${i + 1} May 2025</time> to <time datetime="2025-05-15T12:00:00Z">15 May 2025</time></div></div>
      <div><div>Works promoter</div><div>Cadent Gas</div></div><div><div>Diversion</div><div><p>Via Station Road and Church Street.</p></div></div>
      <span>Notice published: <time datetime="2025-04-0${i + 1}T09:00:00Z">${i + 1} April 2025</time></span></article>`;
    const html = `<html><body><h1>Road closures</h1><div>${ages.map((_, i) => closure(i)).join('')}</div></body></html>`;
    expect(parse(html, 'https://www.county.example.gov.uk/roads/road-closures').articles).toEqual([]);
  });
});

describe("a trials registry's search and a court's hearings", () => {
  it("are not news: each trial lists its 'Date applied' and 'Recruitment status'", () => {
    const trial = (i: number) => `<li><article><h3><a href="/ISRCTN4821773${i}?q=asthma">Connected inhaler sensors for adults with asthma, study ${i}</a></h3><p>A connected inhaler sensor records when reliever and preventer inhalers are used.</p>
      <dl><div><dt>Condition</dt><dd>Asthma</dd></div><div><dt>Recruitment status</dt><dd>Recruiting</dd></div><div><dt>Date applied</dt><dd>0${i + 1}/04/2025</dd></div><div><dt>Last edited</dt><dd>0${i + 2}/04/2025</dd></div></dl></article></li>`;
    const html = `<html><body><h1>Search results</h1><ul>${ages.map((_, i) => trial(i)).join('')}</ul></body></html>`;
    expect(parse(html, 'https://trials.example.org/search?q=asthma').articles).toEqual([]);
  });

  it("are not news where each row links its case's name beside its webcast ('Archived webcast of R. v. Smith')", () => {
    const parties = ['Abdi-Rahman', 'T.J.B.', 'Okafor', 'Lindqvist', 'Moreau', 'Tremblay'];
    const row = (i: number) => `<tr><td><a href="/case-dossier/info/sum-eng.aspx?cas=4${i}123">His Majesty the King v. ${parties[i]}</a></td><td><time datetime="2025-04-0${i + 1}T13:30:00Z">April ${i + 1}, 2025</time></td>
      <td><a href="/case-dossier/info/webcastview-eng.aspx?cas=4${i}123">Archived webcast<span class="wb-inv"> of His Majesty the King v. ${parties[i]}</span></a></td></tr>`;
    const html = `<html><body><h1>Scheduled hearings</h1><table><tbody>${ages.map((_, i) => row(i)).join('')}</tbody></table></body></html>`;
    expect(parse(html, 'https://www.court.example.ca/case-dossier/cms-sgd/hear-aud-eng.aspx').articles).toEqual([]);
  });
});

describe("a shop's new products (Shopify's Dawn theme)", () => {
  it("are not news: a price with its currency code ('$489.00 USD'), a rating out of 5.0, a 'Choose options' button", () => {
    const card = (i: number, extra: string) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><h3 class="card__heading"><a href="/products/trail-tent-${i}-person">Trail tent for ${i} people, ultralight edition</a></h3>
      <div class="caption-with-letter-spacing">Kestrel Works</div><p>Launched <time datetime="2025-04-0${i}T10:00:00Z">${i} days ago</time></p>${extra}</div></div></li>`;
    const page = (extra: string) => `<html><body><h1>What's new</h1><ul class="product-grid">${[1, 2, 3, 4].map((i) => card(i, extra)).join('')}</ul></body></html>`;
    const url = 'https://outdoors.example.com/collections/new';
    expect(parse(page('<div class="price"><span class="price-item">$489.00 USD</span></div>'), url).articles).toEqual([]);
    expect(parse(page('<p>From $489 with the footprint</p><button type="button" class="quick-add__submit">Choose options</button>'), url).articles).toEqual([]);
    expect(parse(page('<span class="rating" aria-label="4.9 out of 5.0 stars"></span>'), url).articles).toEqual([]);
  });
});

describe('lists of things to come and of courses', () => {
  const url = 'https://ling.westbrook.example.edu/courses';
  const story = (i: number) => `<li><h3><a href="https://news.example.com/2025/04/0${i}/campus-story-number-${i}">Campus story number ${i} about the new library wing</a></h3><span>Westbrook Today</span> · <span>${i + 1}h ago</span></li>`;

  it("are no stories: a deadline's time ahead however its words read ('Wed, Apr 16')", () => {
    const deadline = (i: number) => `<li class="deadline"><div><time datetime="2025-04-${16 + i}T12:00:00Z">${['Wed', 'Thu', 'Fri', 'Sat'][i]}, Apr ${16 + i}</time> <span>in ${7 + i} days</span></div>
      <div><a href="/intranet/deadlines/proposal-round-${i}">Course proposals for the spring term due to the committee, round ${i}</a></div></li>`;
    expect(parse(`<html><body><h2>Upcoming deadlines</h2><ul>${[0, 1, 2, 3].map(deadline).join('')}</ul></body></html>`, url).articles).toEqual([]);
    // Beside stories, the stories alone.
    expect(parse(`<html><body><ul>${[0, 1, 2, 3].map(deadline).join('')}</ul><ul>${[1, 2, 3].map(story).join('')}</ul></body></html>`, url).articles).toHaveLength(3);
  });

  it("are no stories: a catalogue's courses, with their credits and instructor", () => {
    const course = (i: number) => `<li><h3><span>LING 10${i}0</span> <a href="/courses/ling-10${i}0-introduction-to-language-part-${i}">Introduction to language, sound and meaning, part ${i}</a></h3>
      <dl><div><dt>Credits</dt><dd>3</dd></div><div><dt>Instructor</dt><dd>Dr. Amara Okonkwo</dd></div><div><dt>Offered</dt><dd>Fall 2025</dd></div></dl><p>A survey of how languages work.</p></li>`;
    expect(parse(`<html><body><h2>Introductory courses</h2><ul>${[0, 1, 2, 3].map(course).join('')}</ul></body></html>`, url).articles).toEqual([]);
  });
});


describe("a help centre's recent activity (Zendesk)", () => {
  const kinds = ['Article updated', 'Post created', 'Article created', 'Comment added', 'Article updated', 'Article updated'];
  const html = `<html><head><title>Ledgerly Help Centre</title></head><body><main>
    <section class="categories blocks"><h2>Categories</h2><ul class="blocks-list">${['Getting started', 'Invoices & quotes', 'Payments', 'Bank feeds', 'VAT & Making Tax Digital'].map((name, i) => `<li class="blocks-item"><a class="blocks-item-link" href="/hc/en-gb/categories/36000014661${i}-${name.replace(/\W+/g, '-')}"><h4 class="blocks-item-title">${name}</h4><p class="blocks-item-description">Everything about ${name.toLowerCase()} in your account and how to set it up.</p></a></li>`).join('')}</ul></section>
    <section class="recent-activity"><h2 class="recent-activity-header">Recent activity</h2><ul class="recent-activity-list">${kinds.map((kind, i) => `<li class="recent-activity-item">
      <h3 class="recent-activity-item-parent"><a href="/hc/en-gb/sections/36001418298${i}-Bank-feeds">Bank feeds</a></h3>
      <a class="recent-activity-item-link" href="/hc/en-gb/${kind.startsWith('Post') ? 'community/posts' : 'articles'}/3306303200258${i}-How-to-reconcile-a-bank-line-number-${i}">How to reconcile a bank line number ${i} with an invoice</a>
      <div class="recent-activity-item-meta"><span class="recent-activity-item-time"><time datetime="2025-04-0${9 - i}T08:48:12Z">${ages[i]} ago</time></span> <span class="recent-activity-item-comment">${kind}</span></div></li>`).join('')}</ul></section>
  </main></body></html>`;

  it('is not news: its articles, sections and posts are the help centre’s own pages', () => {
    expect(parse(html, 'https://support.ledgerly.io/hc/en-gb').articles).toEqual([]);
  });
});

describe('a scholarly search’s results', () => {
  const results = (withCites: boolean): string => `<html><body><div id="gs_res_ccl_mid">${[1, 2, 3, 4, 5].map((i) => `<div class="gs_r gs_or gs_scl"><div class="gs_ri">
    <h3 class="gs_rt"><a href="https://www.journal.example/science/article/pii/S00489697250${i}">Microplastic ingestion by juvenile trout number ${i} along an urban-to-rural gradient</a></h3>
    <div class="gs_a">R Whitfield, AM Osei, P Kowalczyk - Science of The Total Environment, 2025 - Elsevier</div>
    <div class="gs_rs"><span class="gs_age">${i} days ago - </span>We sampled juvenile brown trout at twelve sites and counted particles in the gut.</div>
    <div class="gs_fl"><a href="#">Save</a> <a href="#">Cite</a> ${withCites ? `<a href="/scholar?cites=99804521388309010${i}">Cited by ${i}</a>` : ''} <a href="/scholar?q=related:x${i}">Related articles</a></div></div></div>`).join('')}</div></body></html>`;

  it('are no news, by their authors-journal-publisher lines or their "Cited by" links', () => {
    expect(parse(results(false), 'https://scholar.example.com/scholar?q=microplastics&scisbd=1').articles).toEqual([]);
    expect(parse(results(true).replace(/<div class="gs_a">[^<]*<\/div>/g, ''), 'https://scholar.example.com/scholar?q=microplastics&scisbd=1').articles).toEqual([]);
  });
});

describe("a shop's reviews and featured items", () => {
  const html = `<html><body><main><h2>Reviews</h2><ul>${[1, 2, 3, 4, 5].map((i) => `<li class="review-card"><div><a href="/people/buyer${i}">Buyer ${i}</a> <span>Mar ${i}, 2025</span></div>
    <span class="rating"><span class="wt-screen-reader-only">5 out of 5 stars</span><input type="hidden" name="rating" value="5"></span>
    <p>Lovely glaze and a good weight in the hand, arrived well packed.</p>
    <a class="listing" href="https://www.shop.example/listing/157834290${i}/speckled-stoneware-mug-handmade">Purchased item: Speckled Stoneware Mug, Handmade Ceramic Coffee Cup</a></li>`).join('')}</ul>
    <h2>Featured items</h2><ul>${[1, 2, 3, 4].map((i) => `<li><a href="https://www.shop.example/listing/14922177${i}/set-of-4-ramen-bowls-handmade"><h3>Set of 4 Ramen Bowls, Handmade Pottery number ${i}</h3><p class="price"><span class="currency-symbol">$</span><span class="currency-value">38.00</span></p></a></li>`).join('')}</ul></main></body></html>`;

  it('are no news: the reviews rate with a star rating written as text, the items show their price in parts', () => {
    expect(parse(html, 'https://www.shop.example/shop/WrenHollowPottery/reviews').articles).toEqual([]);
  });
});

describe("a newspaper's corrections", () => {
  const day = (date: string, n: number): string => `<section class="day"><h2><time datetime="${date}">${date}</time></h2><ul>${Array.from({ length: n }, (_, i) => `<li class="item">
    <p><strong class="label">${i % 2 ? 'Clarification:' : 'Correction:'}</strong> A story on Tuesday about the school board misstated the vote on the calendar. It passed 5-2.</p>
    <p>Original story: <a href="https://www.sentinel.example/news/education/${date.replace(/-/g, '/')}/board-calendar-vote-${i}/">Board adopts year-round calendar pilot number ${i}</a></p></li>`).join('')}</ul></section>`;
  const html = `<html><body><main><h1>Corrections and clarifications</h1>${day('2025-04-08', 2)}${day('2025-04-07', 1)}${day('2025-04-06', 3)}</main></body></html>`;

  it('are notes about stories, no news list', () => {
    expect(parse(html, 'https://www.sentinel.example/corrections/').articles).toEqual([]);
  });
});

describe("a library's new books and a call for tenders", () => {
  const rows = (fields: (i: number) => string) =>
    `<html><body><main>${[1, 2, 3, 4].map((i) => `<div class="item"><h3><a href="/2025/04/0${i}/record-number-${i}-on-the-history-of-the-port">Record number ${i} on the history of the port and its trade</a></h3>
      <p>${fields(i)}</p><p>Added: <time datetime="2025-04-0${i}">${i} April 2025</time></p></div>`).join('')}</main></body></html>`;

  it('are records, not stories: a shelfmark, a deadline for tenders', () => {
    expect(parse(rows((i) => `<span class="label">Shelfmark:</span> HF 3508.${i} T${i}`), 'https://library.example/new-titles/history').articles).toEqual([]);
    expect(parse(rows((i) => `<span>Date limite de réponse : 2${i}/04/2025</span>`), 'https://marches.example/avis').articles).toEqual([]);
  });
});

describe("a neighbourhood's feed of people's posts", () => {
  /** Posts under the poster's picture and name (links to their page), a subject that links nowhere, its text and age. */
  const feed = (subject: (i: number) => string) =>
    `<html><body><div data-testid="feed-container">${ages
      .map(
        (age, i) => `<div data-testid="feed-item-card"><article><div><a href="/profile/01J8KX2QF${i}/"><span>MV</span></a>
          <div><a href="/profile/01J8KX2QF${i}/">Neighbour ${i}</a></div><div><a href="/neighborhood/sellwood/">Sellwood</a> · <a href="/p/38492011${i}/">${age}</a></div></div>
          <div>${subject(i)}<p>Around 7:30 our taps went to a trickle near 13th. Did anyone else notice it this morning?</p></div></article></div>`,
      )
      .join('')}</div></body></html>`;

  it("are not news: each post's subject links nowhere, under its poster's page", () => {
    expect(parse(feed((i) => `<h2>Anyone else lose water pressure this morning, street ${i}?</h2>`), 'https://neighbours.example/news_feed/').articles).toEqual([]);
  });

  it('are news when each subject is the link to a story', () => {
    const linked = feed((i) => `<h2><a href="https://www.outlet.example/news/2025/04/09/water-pressure-${i}">Water pressure drops across the city, street ${i}</a></h2>`);
    expect(parse(linked, 'https://neighbours.example/news_feed/').articles).toHaveLength(ages.length);
  });
});

describe("a club's posts, a show's episodes and events to come", () => {
  it("are not news when each post's subject links to its own page on the site, beside its poster's page", () => {
    const posts = ages
      .map((age, i) => `<li class="post-summary"><img alt="Runner ${i}" src="/a/${i}.jpg"><div><a class="post-title" href="/clubs/287431/posts/2918843${i}">Marathon recap number ${i} and the photo thread</a><div><a href="/athletes/665018${i}">Runner ${i}</a> · <span>${age}</span> · 27 comments</div></div></li>`)
      .join('');
    expect(parse(`<html><body><ul>${posts}</ul></body></html>`, 'https://www.strava.example/clubs/287431').articles).toEqual([]);
  });

  it("are not news when each headline opens a show's page at one of its episodes (Apple Podcasts' '?i=')", () => {
    const episodes = ages
      .map((age, i) => `<li><a href="https://podcasts.apple.com/us/podcast/port-strike-talks-${i}/id1222114325?i=100070247494${i}"><p>${age}</p><h3>Port strike talks, storm cleanup and the Fed, day ${i}</h3><p>The three biggest stories of the day, in ten minutes.</p></a></li>`)
      .join('');
    expect(parse(`<html><body><ul>${episodes}</ul></body></html>`, 'https://podcasts.apple.com/us/podcast/up-first/id1222114325').articles).toEqual([]);
  });

  it("take an item whose class says it is an event ('li.event') for no story, and one a class only mentions events for one", () => {
    const doc = documentFromHtml(`<html><body><ul>
      <li id="event" class="event"><div class="event-details"><a class="event-title" href="/clubs/287431/group_events/1520334">Wednesday social run along the lakefront</a><div>Wed, 6:00 PM · Lincoln Park Zoo</div></div></li>
      <li id="story" class="story event-coverage"><a href="https://news.example/2025/04/09/marathon-road-closures">Marathon road closures announced for the weekend</a><span>Reuters · 3 hours ago</span></li></ul></body></html>`, 'https://www.strava.example/clubs/287431');
    const ctx = { url: new URL('https://www.strava.example/clubs/287431'), now };
    expect(inParse(() => isListing(doc.getElementById('event')!, ctx))).toBe(true);
    expect(inParse(() => isListing(doc.getElementById('story')!, ctx))).toBe(false);
  });

  it("are not news when their days without a year fall in the weeks to come ('Apr 17', read alone as last year's)", () => {
    const list = (days: string[]) =>
      `<html><body><ul>${days.map((day, i) => `<li><strong>${day}</strong> · <a href="https://outlet${i}.example/news/gathering-${i}">Community gathering number ${i} at the harbour</a></li>`).join('')}</ul></body></html>`;
    expect(parse(list(['Apr 17', 'Apr 24', 'May 7']), 'https://nuhou.example/').articles).toEqual([]);
    expect(parse(list(['Apr 1', 'Apr 4', 'Apr 7']), 'https://nuhou.example/').articles).toHaveLength(3);
  });

  it("take no story from a post's navigation to the day before ('<nav>← Monday, April 7 · All digests</nav>')", () => {
    const stories = [1, 2, 3].map((i) => `<p><a href="https://outlet${i}.example/2025/04/08/story-${i}">Outlet story number ${i} about the harbour works</a> <span>${i} hours ago</span></p>`).join('');
    const html = `<html><body><div class="digest">${stories}<nav class="digest-nav"><a href="/day/2025-04-07/" rel="prev">← Monday, April 7</a> · <a href="/day/">All the digests of the month</a></nav></div></body></html>`;
    expect(parse(html, 'https://digest.example/day/2025-04-09/').articles.map((a) => a.title)).toHaveLength(3);
  });
});

/** A list of six dated rows, each a headline link and the extra lines `extra(i)` adds. */
function rows(site: string, href: (i: number) => string, extra: (i: number) => string): string {
  const items = ages.map((age, i) => `<div class="result"><h2><a href="${href(i)}">Provision of news wire services number ${i} for the press office</a></h2><div class="sub">House of Commons</div>${extra(i)}<div class="when">${age} ago</div></div>`);
  return `<html><head><title>${site}</title></head><body><div class="results">${items.join('')}</div></body></html>`;
}

describe('notices and records with fields of their own', () => {
  it("are not news: a call for tenders' notices ('Procurement stage', 'Notice status', 'Contract value') and a library's databases ('Vendor/Provider:')", () => {
    const url = 'https://www.contracts.example/Search/Results';
    const tender = (i: number) => `<div class="entry"><strong>Procurement stage</strong> Awarded contract</div><div class="entry"><strong>Notice status</strong> Closed</div><div class="entry"><strong>Contract value</strong> £${i + 2}00,000</div>`;
    expect(parse(rows('Contracts', (i) => `https://www.contracts.example/Notice/3ce1268c-9c80-42e3-bfec-${i}fee8ed2305d`, tender), url).articles).toEqual([]);
    const database = () => `<div class="vendor">Vendor/Provider: <span>NewsBank</span></div>`;
    expect(parse(rows('Databases', (i) => `https://infoweb.newsbank.example/apps/news/collection-${i}-world-news-archive`, database), url).articles).toEqual([]);
    // The same rows without those fields are stories.
    expect(parse(rows('News', (i) => `https://www.contracts.example/news/2025/04/09/story-${i}`, () => ''), url).articles).toHaveLength(6);
  });
});

describe("a podcast player's new episodes", () => {
  it("are not news: each row's line gives its date and its length ('Today • 24 min')", () => {
    const url = 'https://overcast.example/podcasts';
    const cells = ['Today', 'Today', 'Yesterday', 'Yesterday', 'Apr 7', 'Apr 6']
      .map((day, i) => `<a class="episodecell" href="/+AAb7Lr3Q${i}"><div class="titlestack"><div class="caption2">The Journal.</div><div class="title">Episode number ${i} about who gets to sell your electricity</div><div class="caption2">${day} • ${20 + i} min</div></div></a>`)
      .join('');
    expect(parse(`<html><body><h2>New Episodes</h2><div class="list">${cells}</div></body></html>`, url).articles).toEqual([]);
  });
});

describe("a recipe blog's archive", () => {
  it("is not news: each post opens a recipe's page ('/recipes/<dish>')", () => {
    const url = 'https://kitchen.example/recipes?month=10-2025';
    const posts = ['brown-butter-pumpkin-blondies', 'white-bean-and-kale-soup', 'sheet-pan-gnocchi-with-sausage', 'apple-cider-donut-cake']
      .map((slug, i) => `<article class="BlogList-item"><a href="/recipes/${slug}" class="BlogList-item-title">Recipe number ${i} for the autumn kitchen table</a><time datetime="2025-04-0${i + 2}">April ${i + 2}, 2025</time><p>Chewy, fudgy and easy: one bowl, no mixer, and it freezes beautifully for a month.</p></article>`)
      .join('');
    expect(parse(`<html><body><main>${posts}</main></body></html>`, url).articles).toEqual([]);
  });
});

describe("a council's meeting calendar", () => {
  it("is not news: each row offers to add its meeting to a calendar ('Add this meeting to your calendar', an iCalendar file)", () => {
    const url = 'https://harlansprings.legistar.example/Calendar.aspx';
    const ical = () => `<a title="Add this meeting to your calendar" href="View.ashx?M=IC&amp;ID=137040"><img src="icon_ical.gif" alt="iCalendar"></a>`;
    expect(parse(rows('Calendar', (i) => `https://harlansprings.legistar.example/news/2025/04/0${i + 1}/meeting-${i}`, ical), url).articles).toEqual([]);
  });
});

describe('release notes', () => {
  it("are not news: each release links its tag on a code host or its download beside its heading", () => {
    const url = 'https://feedwise.example/releases/';
    const release = (i: number) => `<footer><a href="https://downloads.feedwise.example/mac/Feedwise-6.4.${i}.zip">Download 6.4.${i}</a> · <a href="https://github.com/feedwise/feedwise/releases/tag/mac-6.4.${i}">Tag on GitHub</a></footer>`;
    expect(parse(rows('Releases', (i) => `https://feedwise.example/news/2025/04/0${i + 1}/release-${i}`, release), url).articles).toEqual([]);
  });

  it("are a link aggregator's stories where the headline itself opens the release's tag", () => {
    const url = 'https://echojs.example/';
    const items = ages
      .map((age, i) => `<article><h2><a href="https://github.com/mrdoob/three.js/releases/tag/r18${i}">Three.js r18${i} released with new WebGPU nodes</a></h2> <address>at github.com</address><p>posted by <a href="/user/u${i}">u${i}</a> ${age} ago <a href="/news/4871${i}">discuss</a></p></article>`)
      .join('');
    expect(parse(`<html><body><section>${items}</section></body></html>`, url).articles).toHaveLength(6);
  });
});

describe("a paper's newsletters page", () => {
  it("is not news: each newsletter offers its own control to sign up ('Sign up to Headlines UK')", () => {
    const url = 'https://www.paper.example/email-newsletters';
    const signUp = (i: number) => `<form method="post" action="/email/many"><label><input type="checkbox" name="newsletters" value="41${i}" aria-label="Sign up to Newsletter ${i}"><span>Sign up</span></label></form>`;
    expect(parse(rows('Newsletters', (i) => `https://www.paper.example/news/2025/04/0${i + 1}/newsletter-${i}`, signUp), url).articles).toEqual([]);
  });
});

describe("a job board's, a classifieds board's and an obituaries site's cards", () => {
  const url = 'https://board.example/search?q=journaliste';
  const story = (i: number) => `https://board.example/news/2025/04/0${i + 1}/item-${i}`;

  it("are not news: a job's pay written the French way ('2 350 € par mois', 'À partir de 2 100 € par mois', '32 000 € - 36 000 € par an')", () => {
    for (const pay of ['2 350 € par mois', 'À partir de 2 100 € par mois', '32 000 € - 36 000 € par an']) {
      expect(parse(rows('Emplois', story, () => `<ul class="meta"><li><div>${pay}</div></li></ul>`), url).articles).toEqual([]);
    }
  });

  it("are not news: a job's contract as a label of its own ('CDI', 'Temps partiel', 'Vollzeit', 'Full-time')", () => {
    for (const contract of ['CDI', 'Temps partiel', 'Vollzeit', 'Full-time']) {
      expect(parse(rows('Emplois', story, () => `<ul class="meta"><li><div>${contract}</div></li></ul>`), url).articles).toEqual([]);
    }
    // The word in a headline is no label: a story about contracts stays one.
    const headline = (i: number) => `<p>Le CDI en question: story ${i}</p>`;
    expect(parse(rows('Actualités', story, headline), url).articles).toHaveLength(6);
  });

  it("are not news: a classified ad's price in złoty, alone or negotiable ('85 zł', '450 złdo negocjacji')", () => {
    for (const price of ['85 zł', '450 zł<span>do negocjacji</span>']) {
      expect(parse(rows('Ogłoszenia', story, () => `<p data-testid="ad-price">${price}</p>`), url).articles).toEqual([]);
    }
  });

  it("are not news: a product's price in yen and its star rating as Amazon Japan writes them ('￥1,760', '5つ星のうち4.4')", () => {
    const card = (i: number) => `<div class="price"><span class="a-price-symbol">￥</span><span class="a-price-whole">1,7${i}0</span></div><div><span class="a-icon-alt">5つ星のうち4.${i}</span></div>`;
    expect(parse(rows('本', story, card), url).articles).toEqual([]);
    // A story that names a sum in yen, with no rating, stays one.
    expect(parse(rows('ニュース', story, (i) => `<p>Budget of ￥${i} trillion approved by the cabinet</p>`), url).articles).toHaveLength(6);
  });

  it("are not news: a recipe's facts in Portuguese ('Preparo: 55 min', 'Rendimento: 12 fatias')", () => {
    const facts = (i: number) => `<ul class="recipe-meta"><li><span>Preparo:</span> ${40 + i} min</li><li><span>Rendimento:</span> ${i + 8} fatias</li></ul>`;
    expect(parse(rows('Bolos', story, facts), url).articles).toEqual([]);
  });

  it("are not news: a death notice's guest book and flowers ('Guest Book (41 entries)', 'Send Flowers')", () => {
    const links = (i: number) => `<div class="actions"><a href="/obituary-${i}#guestbook">Guest Book (${i + 3} entries)</a> <a href="https://flowers.example/?pid=${i}">Send Flowers</a></div>`;
    expect(parse(rows('Obituaries', story, links), url).articles).toEqual([]);
  });
});

describe("a conference's programme", () => {
  it("is not news: each item opens a session's page in the programme ('/programm/2026/<talk>')", () => {
    const url = 'https://www.medientage.example/programm';
    expect(parse(rows('Programm', (i) => `https://www.medientage.example/programm/2026/session-${i}-deepfake-audio-erkennen`, () => ''), url).articles).toEqual([]);
  });
});

describe("a status page's incidents, a library's records and an auction's sold items", () => {
  const url = 'https://records.example/search';
  const story = (i: number) => `https://records.example/news/2025/04/0${i + 1}/item-${i}`;

  it("are not news: an incident's updates by their stage ('<strong>Monitoring</strong> - A fix has been deployed')", () => {
    expect(parse(rows('Incidents', story, () => `<div class="update"><strong>Monitoring</strong> - A fix has been deployed and the backlog is draining.</div>`), url).articles).toEqual([]);
  });

  it("are not news: a catalogue's record by its controls ('Place hold', 'Not holdable', 'Where is it?')", () => {
    for (const control of ['Place hold', 'Not holdable', 'Where is it?']) {
      expect(parse(rows('Catalogue', story, () => `<div class="actions"><button type="button">${control}</button></div>`), url).articles).toEqual([]);
    }
  });

  it("are not news: an item sold at auction ('Verkauft 25. Nov 2026') or priced with its currency's code first ('EUR 20,00')", () => {
    expect(parse(rows('Verkaufte Artikel', story, () => `<span class="s-item__title--tag">Verkauft 25. Nov 2026</span>`), url).articles).toEqual([]);
    expect(parse(rows('Artikel', story, () => `<span class="s-item__price">EUR 20,00</span>`), url).articles).toEqual([]);
  });
});
