import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { documentBase, isArticleUrl, isHomePage, isPersonPage, isPersonPath, resolveUrl } from '../../../core/url';
import { publisherUrlIn } from '../../../core/adapters/googlenews';

const base = new URL('https://daily8.com/news/world/page.html');

describe('resolveUrl', () => {
  it('resolves relative and protocol-relative links against the base', () => {
    expect(resolveUrl('other.html', base)).toBe('https://daily8.com/news/world/other.html');
    expect(resolveUrl('/about', base)).toBe('https://daily8.com/about');
    expect(resolveUrl('../sport/x', base)).toBe('https://daily8.com/news/sport/x');
    expect(resolveUrl('//cdn.example.org/a.jpg', base)).toBe('https://cdn.example.org/a.jpg');
    expect(resolveUrl('  https://rt.com/news/1/  ', base)).toBe('https://rt.com/news/1/');
  });

  it.each(['javascript:void(0)', 'JavaScript:alert(1)', 'data:text/html,hi', 'mailto:a@b.c', '#', '#comments', '', null, undefined])(
    'rejects %j',
    (href) => expect(resolveUrl(href, base)).toBeNull(),
  );

  it("unwraps an aggregator's out-link whose click id is a hex token ('/out/9c41d2?u=…')", () => {
    expect(resolveUrl('https://lootfeed.gg/out/9c41d2?u=https%3A%2F%2Fwww.nintendolife.com%2Fnews%2F2026%2F03%2Fdirect&pos=top-1', base)).toBe('https://www.nintendolife.com/news/2026/03/direct');
  });

  it("unwraps an ad server's click link whose whole query is the destination, and leaves a share button's alone", () => {
    expect(resolveUrl('https://ad.doubleclick.net/ddm/trackclk/N7384.2903SITE/B31234567.398765432;dc_trk_aid=567890123;dc_trk_cid=198765432;dc_lat=;dc_rdid=?https://www.bbva.mx/personas/productos/tarjetas.html?utm_source=portal', base))
      .toBe('https://www.bbva.mx/personas/productos/tarjetas.html');
    expect(resolveUrl('https://clk.example-ads.com/c/123?https%3A%2F%2Fshop.example.org%2Foffer', base)).toBe('https://shop.example.org/offer');
    expect(resolveUrl('https://www.facebook.com/sharer.php?https://daily8.com/x', base)).toBe('https://www.facebook.com/sharer.php?https://daily8.com/x');
  });

  it("keeps a single-page app's route in the fragment ('#!baca/58190', '#/article/12') and drops a jump within the page", () => {
    expect(resolveUrl('#!baca/58190', base)).toBe('https://daily8.com/news/world/page.html#!baca/58190');
    expect(resolveUrl('#/article/12-budget-vote', base)).toBe('https://daily8.com/news/world/page.html#/article/12-budget-vote');
    expect(resolveUrl('#section-2', base)).toBeNull();
  });

  it('rejects links that are not http(s)', () => {
    expect(resolveUrl('ftp://example.org/file', base)).toBeNull();
  });

  it("removes a feed's campaign marker written in the fragment ('#xtor=RSS-3-[lestitres]') and Webtrekk's 'wt_mc'", () => {
    expect(resolveUrl('https://www.francetvinfo.fr/economie/greve-sncf_7245871.html#xtor=RSS-3-[lestitres]', base)).toBe('https://www.francetvinfo.fr/economie/greve-sncf_7245871.html');
    expect(resolveUrl('https://www.heise.de/news/Chipkrise-10312345.html?wt_mc=rss.red.ho.ho.atom.beitrag.beitrag', base)).toBe('https://www.heise.de/news/Chipkrise-10312345.html');
  });

  it("removes Jetpack's related-posts markers, Reddit's ad click id and a site's own click id ('?d8_click=…')", () => {
    expect(resolveUrl('https://longreads.com/2024/03/13/the-archivist-of-lost-recipes/?relatedposts_hit=1&relatedposts_origin=332188&relatedposts_position=1', base)).toBe('https://longreads.com/2024/03/13/the-archivist-of-lost-recipes/');
    expect(resolveUrl('https://www.alderboots.example/trail-68?rdt_cid=5018273346152', base)).toBe('https://www.alderboots.example/trail-68');
    expect(resolveUrl('https://www.brightwell.example/switch/fixed?nm_click=8f2a91c4&plan=2', base)).toBe('https://www.brightwell.example/switch/fixed?plan=2');
  });

  it("removes the click counts a portal adds to its own links (MSN's cvid and ei, ZUM's list and slot, Dzen's listing), and only on its links", () => {
    expect(resolveUrl('https://www.msn.cn/zh-cn/news/other/story/ar-AA1fBMNC?ocid=msedgntp&cvid=8f1e2d3c4b5a&ei=12', base)).toBe('https://www.msn.cn/zh-cn/news/other/story/ar-AA1fBMNC');
    expect(resolveUrl('https://news.zum.com/articles/98231457?cm=news_main_headline&selectTab=main&r=1&thumb=1', base)).toBe('https://news.zum.com/articles/98231457');
    expect(resolveUrl('https://dzen.ru/news/story/Minfin--5cecac4a?lang=ru&rubric=index&fan=1&t=1771417200&persistent_id=3401884919', base)).toBe('https://dzen.ru/news/story/Minfin--5cecac4a');
    expect(resolveUrl('https://www.outlet.example/story?r=1&t=30', base)).toBe('https://www.outlet.example/story?r=1&t=30');
  });

  it("keeps a news database's document reference ('?ref=WSJO000020240312ek3c0005z') and drops a click's ('?ref=hn'), and the New York Times' feed marks", () => {
    expect(resolveUrl('https://global.factiva.example/aa/?ref=WSJO000020240312ek3c0005z&pp=1', base)).toBe('https://global.factiva.example/aa/?ref=WSJO000020240312ek3c0005z&pp=1');
    expect(resolveUrl('https://blog.example.org/post?ref=hn', base)).toBe('https://blog.example.org/post');
    expect(resolveUrl('https://www.nytimes.com/2024/03/12/world/americas/argentina-lithium.html?partner=rss&emc=rss', base)).toBe('https://www.nytimes.com/2024/03/12/world/americas/argentina-lithium.html');
  });

  it("removes a Russian ad's registry token ('?erid=…')", () => {
    expect(resolveUrl('https://shop.example.ru/scooters/winter?erid=2SDnjcVm7Xq&utm_source=portal', base)).toBe('https://shop.example.ru/scooters/winter');
  });

  it("removes a published Notion page's view source ('?pvs=25')", () => {
    expect(resolveUrl('https://field-notes.notion.site/Storm-surge-barrier-vote-delayed-1f2e3d4c5b6a?pvs=25', base)).toBe('https://field-notes.notion.site/Storm-surge-barrier-vote-delayed-1f2e3d4c5b6a');
  });

  it('removes tracking parameters and keeps the others', () => {
    expect(resolveUrl('https://rt.com/a?id=7&utm_source=x&utm_medium=y&fbclid=abc&gclid=def&page=2', base)).toBe('https://rt.com/a?id=7&page=2');
    expect(resolveUrl('https://rt.com/a?utm_campaign=z', base)).toBe('https://rt.com/a');
    // A word that says which list the click came from; a number is an offset, kept.
    expect(resolveUrl('https://www.yaowen8.example.tw/story/2026/08/13/b19e44d?from=hot', base)).toBe('https://www.yaowen8.example.tw/story/2026/08/13/b19e44d');
    expect(resolveUrl('https://topics.example.jp/article/ntv-2026030900398114?fm=ranking', base)).toBe('https://topics.example.jp/article/ntv-2026030900398114');
    expect(resolveUrl('https://news.example/search?q=flood&from=20', base)).toBe('https://news.example/search?q=flood&from=20');
    // News apps' and ad networks' click ids (SmartNews, TikTok, X, LinkedIn).
    expect(resolveUrl('https://www.nerdwallet.com/best/credit-cards/2026?snclid=AbX71kQp92', base)).toBe('https://www.nerdwallet.com/best/credit-cards/2026');
    expect(resolveUrl('https://shop.example.com/a?ttclid=1&twclid=2&li_fat_id=3&page=2', base)).toBe('https://shop.example.com/a?page=2');
    // Matomo's (formerly Piwik's) campaign parameters; a parameter that merely starts the same way is the story's own.
    expect(resolveUrl('https://www.rtl.lu/politik/news/a/2398114.html?pk_campaign=feed&pk_source=aggregator', base)).toBe('https://www.rtl.lu/politik/news/a/2398114.html');
    expect(resolveUrl('https://wort.lu/a?mtm_campaign=x&id=4', base)).toBe('https://wort.lu/a?id=4');
    expect(resolveUrl('https://example.org/item?pk_id=42', base)).toBe('https://example.org/item?pk_id=42');
    // AT Internet's and El País's campaign markers on feed links.
    expect(resolveUrl('https://www.lemonde.fr/politique/article/2025/12/08/budget_6651234_823448.html?xtor=RSS-3208', base)).toBe('https://www.lemonde.fr/politique/article/2025/12/08/budget_6651234_823448.html');
    expect(resolveUrl('https://www.bbc.com/mundo/articles/c4ng?at_medium=RSS&at_campaign=rss', base)).toBe('https://www.bbc.com/mundo/articles/c4ng');
    expect(resolveUrl('https://elpais.com/espana/2026-03-12/ley-de-familias.html?ssm=RSS', base)).toBe('https://elpais.com/espana/2026-03-12/ley-de-familias.html');
    // A Czech ad server's click counter, its target in "cil".
    expect(resolveUrl('https://ad.zpravodajec.cz/klik?kampan=20931&cil=https%3A%2F%2Fwww.moravia-rezidence.cz%2Flisen', base)).toBe('https://www.moravia-rezidence.cz/lisen');
    // A Hungarian portal's click counter ("kattint").
    expect(resolveUrl('https://www.portal.example.hu/kattint.php?url=https%3A%2F%2Ftelex.hu%2Fbelfold%2F2026%2F03%2F12%2Fhir', base)).toBe('https://telex.hu/belfold/2026/03/12/hir');
    // A Brazilian portal's mark of the module a click came from ("?origem=mais-lidas").
    expect(resolveUrl('https://g1.example.com.br/economia/noticia/2026/03/12/selic.ghtml?origem=mais-lidas', base)).toBe('https://g1.example.com.br/economia/noticia/2026/03/12/selic.ghtml');
    // Yahoo search's click redirect, the target escaped in its path's "RU=" step.
    expect(resolveUrl('https://r.search.yahoo.com/_ylt=AwrFGuc25d7;_ylu=Y29sbwNiZjEE/RV=2/RE=1787338800/RO=10/RU=https%3a%2f%2fwww.bbc.com%2fnews%2farticles%2fc4g7z2k8n1wo/RK=2/RS=c6d6317c-', base)).toBe('https://www.bbc.com/news/articles/c4g7z2k8n1wo');
    // An ad network's click id on a sponsored story's link.
    expect(resolveUrl('https://www.healthytips.example/senior-benefits-2026?clickid=Yx9a77', base)).toBe('https://www.healthytips.example/senior-benefits-2026');
    // Yahoo's tracking written into the path, to about 2014.
    expect(resolveUrl('http://news.yahoo.com/s/ap/20100415/us_lending;_ylt=AvWJrE0L;_ylu=X3oDMTNj', base)).toBe('http://news.yahoo.com/s/ap/20100415/us_lending');
    expect(resolveUrl('http://news.yahoo.com/video/politics-15749633/;_ylt=AtqLr0D4', base)).toBe('http://news.yahoo.com/video/politics-15749633/');
    // Yahoo's own list markers ("Most Popular", shares).
    expect(resolveUrl('https://news.yahoo.com/ring-found-014512873.html?.tsrc=mostpopular', base)).toBe('https://news.yahoo.com/ring-found-014512873.html');
    expect(resolveUrl('https://news.yahoo.com/story-1.html?soc_src=social-sh&soc_trk=tw&id=3', base)).toBe('https://news.yahoo.com/story-1.html?id=3');
    expect(resolveUrl('https://rt.com/a?id=7#top', base)).toBe('https://rt.com/a?id=7#top');
    // A mail archive's click counter, its mailer's name before "click" ("/cgi-bin/dd_click.pl?…&u=<target>").
    expect(resolveUrl('https://www.docksidedigest.example/cgi-bin/dd_click.pl?issue=4112&lnk=1&u=https%3A%2F%2Fwww.coastlinefreight.example%2Fnews%2Fa', base)).toBe('https://www.coastlinefreight.example/news/a');
    // A newspaper's campaign marker on shared links ("?CMP=share_btn_url"), as the cmpid of others.
    expect(resolveUrl('https://www.theguardian.com/law/2026/nov/26/barristers-vote?CMP=share_btn_url', base)).toBe('https://www.theguardian.com/law/2026/nov/26/barristers-vote');
    expect(resolveUrl('https://rt.com/a?cmpid=nl&id=3', base)).toBe('https://rt.com/a?id=3');
    // A blogging platform's trail of where the click came from, but not a source that says something.
    expect(resolveUrl('https://inkwell.example/ledger/a-story-4f2a9c81e7b3?source=topic_portal---------0-84----------journalism-----', base)).toBe(
      'https://inkwell.example/ledger/a-story-4f2a9c81e7b3',
    );
    expect(resolveUrl('/ledger/a-story-4f2a9c81e7b3?source=topic_portal---------0-84---&id=2', base)).toBe(`${base.origin}/ledger/a-story-4f2a9c81e7b3?id=2`);
    expect(resolveUrl('https://data.example/series?source=eurostat&id=2', base)).toBe('https://data.example/series?source=eurostat&id=2');
    // A German portal's marker of the module clicked ("mc=nachrichten@meistgelesen"), but not an "mc" that says something.
    expect(resolveUrl('http://finanzen.portal.example/nachrichten/9145288-Oelpreis.html?mc=nachrichten@ticker@finanzen', base)).toBe(
      'http://finanzen.portal.example/nachrichten/9145288-Oelpreis.html',
    );
    expect(resolveUrl('https://shop.example/item?mc=42', base)).toBe('https://shop.example/item?mc=42');
  });

  it('unwraps Google and Facebook redirect links, and cleans their target', () => {
    const target = 'https://www.reuters.com/world/story?id=1&utm_source=google';
    expect(resolveUrl(`https://www.google.com/url?sa=t&q=${encodeURIComponent(target)}`, base)).toBe('https://www.reuters.com/world/story?id=1');
    expect(resolveUrl(`https://l.facebook.com/l.php?u=${encodeURIComponent(target)}&h=AT0`, base)).toBe('https://www.reuters.com/world/story?id=1');
  });

  it.each([
    [
      "Yahoo's click redirect before about 2014 (the target escaped after \"/**\")",
      'http://us.lrd.yahoo.com/_ylt=AqK3/SIG=12p4b0v9u/EXP=1271433000/**http%3A//www.metrodispatch.com/news/2010/04/15/story.html',
      'http://www.metrodispatch.com/news/2010/04/15/story.html',
    ],
    [
      'Yahoo! Japan\'s before about 2012 (the target after "*")',
      'http://rd.yahoo.co.jp/media/news/headlines/topics/dom/*http://headlines.yahoo.co.jp/hl?a=20081005-00000104-jih-soci',
      'http://headlines.yahoo.co.jp/hl?a=20081005-00000104-jih-soci',
    ],
    [
      'Bing\'s click tracking before about 2017 ("/cr?…&r=<target>")',
      'http://www.bing.com/cr?IG=5C5A&CID=0D6A&rd=1&h=ZbS9&v=1&r=http%3a%2f%2fwww.capitolcourier.com%2fnews%2f2015%2f06%2f17%2fhighway-bill&p=DevEx,5062.1',
      'http://www.capitolcourier.com/news/2015/06/17/highway-bill',
    ],
    [
      "a JSP site's outbound counter",
      'http://news.nurinet.example/redirect.jsp?url=http%3A%2F%2Fwww.hangangilbo.example%2Fnews%2FarticleView.html%3Fidxno%3D552817&oid=145',
      'http://www.hangangilbo.example/news/articleView.html?idxno=552817',
    ],
    [
      'Google News before 2018 ("/news/url?…&url=" with the target unencoded)',
      'http://news.google.com/news/url?sa=t&fd=R&usg=AFQj&url=http://www.oregonlive.com/news/2013/10/story.html',
      'http://www.oregonlive.com/news/2013/10/story.html',
    ],
    [
      "a portal's teaser slot in the fragment",
      'http://portal.mailwelt.example/Nachrichten/Panorama/9145377-Sturm-Bahn,cc=00000550420.html#.A1000108',
      'http://portal.mailwelt.example/Nachrichten/Panorama/9145377-Sturm-Bahn,cc=00000550420.html',
    ],
  ])('reads the story behind %s', (_, wrapped, story) => {
    expect(resolveUrl(wrapped, base)).toBe(story);
  });

  it("unwraps any site's outbound-click counter that carries the whole destination", () => {
    const target = 'https://nos.nl/artikel/2591044-netcongestie?utm_source=bundel';
    expect(resolveUrl(`/ga-naar?url=${encodeURIComponent(target)}&pos=1`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    expect(resolveUrl(`https://ad.quotidiano8.it/click?cid=88&dest=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    expect(resolveUrl(`https://www.haberler8.com.tr/git?u=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    expect(resolveUrl(`https://actu.lefil.example/lire?u=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // Finnish "ohjaus" (steering) and "kohde" (target); a Java server's page with its session in the path.
    expect(resolveUrl(`https://www.uutisnosto.example/ohjaus?kohde=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    expect(resolveUrl(`http://www.notizie8.example/redirect.xhtml;jsessionid=7C2E9B41A0D3F58E?url=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // Quechua "lluqsiy" and Sardinian "bessi" (go out).
    expect(resolveUrl(`https://willakuy.example/lluqsiy?url=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    expect(resolveUrl(`https://noas.example/bessi/4412?to=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // Threads' and Instagram's link shims.
    expect(resolveUrl(`https://l.threads.net/?u=${encodeURIComponent(target)}&e=ATmm6TCD`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // Icelandic "smella" (click) with "slod" (path); Bitrix's banner counter "/bitrix/rk.php?goto="; Tagalog "labas" (out).
    expect(resolveUrl(`http://www.frettagattin.example/smella.cfm?auglysing=112&slod=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    expect(resolveUrl(`https://hyparsem.example/bitrix/rk.php?id=44&event1=banner&goto=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    expect(resolveUrl(`https://balita8.example/labas?u=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // Luganda "genda" (go).
    expect(resolveUrl(`https://www.amawulire.example/genda.php?id=88214&url=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // OpenX's click counter: the destination after "__oadest=" inside its parameters.
    expect(resolveUrl(`http://ads.hadashot8.example/www/delivery/ck.php?oaparams=2__bannerid=412__zoneid=7__cb=5e1f0a2b3c__oadest=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // A Java CMS's click counter, a servlet behind a dot ("/.clicks?to=").
    expect(resolveUrl(`/.clicks?to=${encodeURIComponent(target)}&feed=rtr&pos=1`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // Upper Sorbian "wótkaz" (link), under the site's language ("/hsb/wotkaz?url=…&nid=9981").
    expect(resolveUrl(`https://www.luzica8.example/hsb/wotkaz?url=${encodeURIComponent(target)}&nid=9981`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // Google's AMP viewer: the AMP page it shows ("/amp/s/<host>/<path>", https; "/amp/<host>/<path>", http).
    expect(resolveUrl('/amp/s/m.yna.co.kr/amp/view/AKR20221005071200003', new URL('https://www.google.com/search?q=x&tbm=nws'))).toBe('https://m.yna.co.kr/amp/view/AKR20221005071200003');
    expect(resolveUrl('https://www.google.co.kr/amp/www.example.kr/amp/42', base)).toBe('http://www.example.kr/amp/42');
    // Rusyn and Slovak "odkaz" (link).
    expect(resolveUrl(`http://www.novynky8.example/odkaz?url=${encodeURIComponent(target)}&z=podobne&p=1`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // UMI.CMS' "go-out.php".
    expect(resolveUrl(`https://hybar07.example/go-out.php?url=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // A click counter's path of a few steps after its word ("/click/ad/117?goto=…").
    expect(resolveUrl(`http://hapar8.example/click/ad/117?goto=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // DataLife Engine's counter, its destination in base64 ("/engine/go.php?url=aHR0cHM6Ly9…").
    expect(resolveUrl(`https://ivorshor.example/engine/go.php?url=${encodeURIComponent(btoa(target))}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // Neapolitan "jesce" (go out).
    expect(resolveUrl(`https://www.nutizie8.example/jesce?u=${encodeURIComponent(target)}&pos=1`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // Czech "přesměruj" (redirect).
    expect(resolveUrl(`http://www.zpravy8.example/presmeruj?url=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // Norwegian "klikk" (click) and "mal" (target).
    expect(resolveUrl(`https://ad.nyhetsradar.example/klikk?kampanje=441&mal=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // A one-step path of a few letters: "/ki" (Hungarian "out"), "/r".
    expect(resolveUrl(`https://www.hirek.example/ki?u=${encodeURIComponent(target)}&r=belfold&p=1`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    expect(resolveUrl(`/r?url=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    expect(resolveUrl(`https://ad.haber.example/tikla?cid=8812&hedef=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    expect(resolveUrl(`https://adclick.g.doubleclick.net/pcs/click?xai=AKAOjsv3&adurl=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // Tumblr's link posts.
    expect(resolveUrl(`https://t.umblr.com/redirect?z=${encodeURIComponent(target)}&t=ZDQ2ZjU1&b=t%3AHx5Jq2nW`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // A feed's own ad server, Google's way: "/aclk?sa=L&ai=…&adurl=…".
    expect(resolveUrl(`https://ad.orbitfeed.example/aclk?sa=L&ai=CxQ74420&adurl=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // Malay "keluar" (out) and "klik" (click).
    expect(resolveUrl(`https://www.himpun.example/keluar?u=${encodeURIComponent(target)}&p=terkini`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    expect(resolveUrl(`https://ad.himpun.example/klik?cid=88213&dest=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // Serbian "izlaz" (exit), Swahili "soma" (read).
    expect(resolveUrl(`https://www.brze.example/izlaz?url=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    expect(resolveUrl(`https://habari.example/soma.php?id=88213&url=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // French "clic"; a click counter that leads on to a path of its own site.
    expect(resolveUrl(`https://pub.infocontinu.example/clic?campagne=mv-1125&dest=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    expect(resolveUrl(`/tikla.php?id=482940&hedef=${encodeURIComponent('ekonomi/izmir-korfez-gecisi-icin-ihale-takvimi-h482940.html')}`, base)).toBe(`${base.origin}/ekonomi/izmir-korfez-gecisi-icin-ihale-takvimi-h482940.html`);
    // Spanish "ir" (go).
    expect(resolveUrl(`https://titulares.example/ir.php?url=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // Portuguese "clique" (click) with "destino".
    expect(resolveUrl(`http://www.noticias8.example/clique?anuncio=92&destino=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // Slovak "presmeruj" (redirect) as a Struts action, its session in the path.
    expect(resolveUrl(`http://www.spravy8.example/spravy/presmeruj.do;jsessionid=7A3F9C2E1B8D4056.app2?kampan=112&url=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // A site's ad server on a host of its own, whatever its path says ("ads.<site>/c/<campaign>?dest=").
    expect(resolveUrl(`https://ads.inkpod.example/c/cmp_44120?dest=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // A click counter's path with the click's number after it.
    expect(resolveUrl(`https://blockpulse.example/news/click/24118702/?url=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    expect(resolveUrl(`https://app.clips.example/r/c/9120044?u=${encodeURIComponent(target)}&rid=7Hq2`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // A search ad's click counter ("ds_dest_url"); a recommendation vendor's click id in the fragment.
    expect(resolveUrl(`https://clickserve.dartsearch.example/link/click?lid=43700081234567&ds_dest_url=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    expect(resolveUrl('https://www.finwiseguide.example/articles/overlooked-account#tblciGiBqX3m9vK2hTz7LpQe1RcYgIOLmQSCSp1Qo7a2l6fWE3eLsAQ', base)).toBe('https://www.finwiseguide.example/articles/overlooked-account');
    expect(resolveUrl('https://news.example/live/updates#post-12', base)).toBe('https://news.example/live/updates#post-12');
    // A promotion's click counter ("/promo/?c=…&u=").
    expect(resolveUrl(`https://www.pregled.example/promo/?c=zima25&u=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // An ad's landing page ("lp").
    expect(resolveUrl(`https://adclick.kabar.example/c?cid=5521&lp=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // A ColdFusion site's "track.cfm"; a mail's link as Outlook's Safe Links rewrote it.
    expect(resolveUrl(`https://www.univ.example/news/track.cfm?itn=2298&url=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    expect(resolveUrl(`https://eur03.safelinks.protection.outlook.com/?url=${encodeURIComponent(target)}&data=05%7C02&reserved=0`, base)).toBe(
      'https://nos.nl/artikel/2591044-netcongestie',
    );
    // Icelandic "fara" (go) with its "slod" (path); Dutch "uitgaand" (outgoing).
    expect(resolveUrl(`https://frettir.example/fara?id=918297&slod=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    expect(resolveUrl(`https://www.bundel.example/uitgaand?doel=${encodeURIComponent(target)}&bron=related`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
    // Irish "amach" (out).
    expect(resolveUrl(`https://cnuasach.example/amach?id=48215&url=${encodeURIComponent(target)}`, base)).toBe('https://nos.nl/artikel/2591044-netcongestie');
  });

  it('leaves a login, a share button and a story path alone, whatever address they carry', () => {
    const target = encodeURIComponent('https://rt.com/news/1');
    expect(resolveUrl(`https://site.example/users/login?returnurl=${target}`, base)).toBe(`https://site.example/users/login?returnurl=${target}`);
    expect(resolveUrl(`https://site.example/share?url=${target}`, base)).toBe(`https://site.example/share?url=${target}`);
    expect(resolveUrl(`https://site.example/news/go-green?url=${target}`, base)).toBe(`https://site.example/news/go-green?url=${target}`);
    expect(resolveUrl(`https://site.example/news/ai?url=${target}`, base)).toBe(`https://site.example/news/ai?url=${target}`);
  });

  it('leaves a Google link alone when its target is not an http(s) URL', () => {
    expect(new URL(resolveUrl('https://www.google.com/url?q=javascript:alert(1)', base)!).hostname).toBe('www.google.com');
  });
});

describe('documentBase', () => {
  it('honours <base href>, resolved against the page URL', () => {
    const doc = documentFromHtml('<base href="/mirror/"><a href="x.html">x</a>', base.toString());
    const b = documentBase(doc, base);
    expect(b.toString()).toBe('https://daily8.com/mirror/');
    expect(resolveUrl('x.html', b)).toBe('https://daily8.com/mirror/x.html');
  });

  it('is the page URL when there is no <base>', () => {
    expect(documentBase(documentFromHtml('<p>hi</p>', base.toString()), base).toString()).toBe(base.toString());
  });
});

describe('isArticleUrl', () => {
  it.each([
    'https://news.example/2025/06/10/port-expansion',
    'https://valleypost.example/economy/article/4471203',
    'https://www.eveningledger.example/news/factory-orders-rise-in-may',
    'https://www.msn.com/en-us/news/world/ar-BB1khL67',
    'https://www.nbcnews.com/politics/rcna144416',
    'https://paper.example/read?story=city-council-votes-again',
    // A script's page of one numbered story, as the news systems of the early web wrote it.
    'https://www.litabakajeno.example/pale.php?id=5120&sehlopha=litaba',
    'https://portal.example/index.php?option=com_content&view=article&id=312',
    // A single-page app's story in its fragment (a GWT place).
    'http://www.lajme8.example/#artikull:31857',
    // A Struts action's numbered story; an eZ Publish node's and a Drupal node's page.
    'http://www.spravy8.example/spravy/clanok.do?id=4812',
    'https://www.nyheter8.example/content/view/full/4812',
    'https://news.example/node/3120',
    // A headless CMS's numbered story.
    'https://www.news8.example/articles/3802',
    // Pages of 2003: a numbered page under a section, a date with a section inside it, a query that is a path.
    'http://www.nypost.com/news/regionalnews/5571.htm',
    'http://www.cnn.com/2003/US/08/14/power.outage/index.html',
    'http://www.cleveland.com/news/plaindealer/index.ssf?/base/news/1060876264193020.xml',
  ])('takes %s for a story', (url) => {
    expect(isArticleUrl(url)).toBe(true);
  });

  it.each([
    'https://news.example/',
    'https://news.example/politics/',
    'https://news.example/columnists/jane-doe',
    'https://shelf.example.com/windows/photo-studio',
    'https://news.example/top10',
    'https://uk.search.yahoo.com/search?cs=bz&p=Dora%20Bryan%20dies&fr=fp-tts-903',
    'https://www.litabakajeno.example/sehlopha.php?k=litaba',
    'https://news.example/page.php?id=12',
    // A year's archive.
    'https://news.example/news/2025',
    'https://news.example/archive/2003.html',
    // A list's page by its number.
    'https://news.example/page/100.html',
    'https://news.example/#section-3',
    'not a url',
  ])('does not take %s for a story', (url) => {
    expect(isArticleUrl(url)).toBe(false);
  });
});

describe('home pages and people\'s pages', () => {
  it('tells a site\'s home page from its other pages', () => {
    expect(isHomePage('https://janvermeulen.nl/')).toBe(true);
    expect(isHomePage('https://janvermeulen.nl')).toBe(true);
    expect(isHomePage('https://janvermeulen.nl/posts/2025/nas/')).toBe(false);
    expect(isHomePage('https://search.example/?q=nas')).toBe(false);
  });

  it("takes a search's results for no article, whatever ids its query carries", () => {
    expect(isArticleUrl('https://alerts.newsping.example/alerts/s?q=offshore+wind&source=alertsmail&msgid=a7c1f0e2b9d44e6b')).toBe(false);
    expect(isArticleUrl('https://news.example/article?id=20251113-88213')).toBe(true);
  });

  it('tells a person\'s page from a story', () => {
    expect(isPersonPath('/@mayaokafor')).toBe(true);
    expect(isPersonPath('https://substack.example/@mayaokafor')).toBe(true);
    expect(isPersonPath('/author/jdoe/')).toBe(true);
    expect(isPersonPath('/@mayaokafor/a-post')).toBe(false);
    expect(isPersonPath('/u/mayaokafor')).toBe(true);
    expect(isPersonPath('/u/feed/feed%2Fhttps%3A%2F%2Fwww.circuitledger.com%2Ffeed%2F')).toBe(false);
    expect(isPersonPage('https://disqus.com/by/martinek/')).toBe(true);
    expect(isPersonPage('https://news.example/people/2025/06/08/celebrity-wedding')).toBe(false);
    // A story's slug under a "people" section names no person.
    expect(isPersonPage('https://www.utilityweek.example/people/aldermoor-water-names-new-chief-operating-officer/')).toBe(false);
    expect(isPersonPage('https://news.example/people/jane-mary-doe-smith')).toBe(true);
    expect(isPersonPath('/people/mariage-de-la-chanteuse-aida-dieng-les-images_a48150.html')).toBe(false);
    expect(isPersonPath('/people/jane-mary-doe-smith')).toBe(true);
  });
});

describe("a Google News story token's publisher address", () => {
  const token = (url: string): string => {
    const bytes = new TextEncoder().encode(url);
    const length = bytes.length < 128 ? [bytes.length] : [(bytes.length & 0x7f) | 0x80, bytes.length >> 7];
    const all = [0x08, 0x13, 0x22, ...length, ...bytes];
    return btoa(String.fromCharCode(...all)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  };
  const partsOf = (href: string) => {
    const u = new URL(href);
    return { href: u.href, hostname: u.hostname, pathname: u.pathname, search: u.search, hash: u.hash };
  };

  it('is read where the token carries it in the clear, with a one- or two-byte length', () => {
    const short = 'https://www.harborledger.example/news/2020/10/14/bridge-repairs-approved/';
    const long = `https://www.coastwire.example/${'a-long-slug-'.repeat(12)}story`;
    expect(publisherUrlIn(partsOf(`https://news.google.com/articles/${token(short)}?hl=en-US`))).toBe(short);
    expect(publisherUrlIn(partsOf(`https://news.google.com/rss/articles/${token(long)}?oc=5`))).toBe(long);
  });

  it('is none in a sealed token, nor off Google News', () => {
    expect(publisherUrlIn(partsOf('https://news.google.com/read/CBMihwFBVV95cUxNQ25FZUlDQ3ZQUTgtc3F5UEFmVkFZc29OaVByLVd2QTJRNmthdGk5SDVRa1FpdFQtS09QSTRPZnJD?hl=en-US'))).toBeNull();
    expect(publisherUrlIn(partsOf(`https://news.example.com/articles/${token('https://www.harborledger.example/x')}`))).toBeNull();
  });
});
