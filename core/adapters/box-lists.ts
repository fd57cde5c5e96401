/**
 * A box's heading and the list it names: "Most read", "Top stories" and their kin in the languages Byline reads, found
 * as headings, as plain elements whose whole text says so, or as a tab; and the list they name, whichever way a page
 * writes it (a list after the heading, past its tabs; the items beside it; a table's rows; lines after line breaks; a
 * tab's panel; one list per tab). The generic detector reads the items as stories (popularListSteps).
 */
import { textUpTo, textWithout } from '../text';
import { isBefore, listOf, matchingAny, queryOnce } from '../dom';
import { isHashRoute } from '../url';

export const LIST_HEADING_PARTS = ['h2', 'h3', 'h4', '[role="heading"]'];

/** A "Most read" box's title, as a heading or as a theme's title element (`div.block-title`, `.widget-title`, `.sb-title`). */
const POPULAR_HEADING_PARTS = [...LIST_HEADING_PARTS, '[class*="-title"]'];

/** A breaking-news bar's label ("Breaking news", "Son dakika", Chichewa "Nkhani zotentha"). */
const BREAKING_WORDS = 'breaking(?: news)?|عاجل|أخبار عاجلة|هەواڵی گرنگ|última hora|eilmeldung|dernière minute|son dakika|soñki haberler|срочно|速報|속보|nkhani zotentha';

/** A breaking-news bar's label: such a bar stands in the page's header, among its chrome, and names stories all the same. */
export const BREAKING = new RegExp(`^(?:${BREAKING_WORDS})(?:\\s|$|:)`, 'iu');

/**
 * A breaking-news bar's label as its class names it ("breaking-title", "breaking-news-label"): a theme's bar whose site
 * wrote its label in its own words (Setswana "Ga jaana", now); a news theme's "trending now" bar ("td-trending-now-title",
 * Sicilian "Ùrtimura", latest).
 */
const BREAKING_LABEL_CLASS = /(?:^|\s)(?:[a-z]{2,4}-)?(?:breaking(?:-news)?|trending-now)-(?:title|label|heading)(?:-text)?(?:\s|$)/;

/** Whether a heading is a breaking-news bar's label, by its words or its class. */
export function isBreakingLabel(heading: Element, text: string): boolean {
  return BREAKING.test(text) || hasBreakingLabelClass(heading);
}

function hasBreakingLabelClass(heading: Element): boolean {
  return BREAKING_LABEL_CLASS.test(heading.getAttribute('class') ?? '');
}

/**
 * The heading of a "Most read" (or "Top stories") list, in the languages Byline reads: such a list links to
 * stories with nothing beside them (no time, no publisher, no heading of their own), and its heading alone says so.
 */
export const POPULAR = new RegExp(
  '^(?:the |our |les |els |las |los |as |os |die )?(?:most (?:read|popular|viewed|watched|shared|clicked|important|discussed|commented|e-?mailed)|editor(?:s|\'s|’s|s\')? (?:picks|choice)|(?:popular|trending)(?! (?:zip|neighbou?rhoods?|searches|search|tags?|topics|products|categories|cities|destinations|places|homes|listings|brands|stores|apps|games|courses|recipes|questions|people|authors|publishers|sources|channels)(?![a-z]))(?: now| today| stories| news)?|' +
    "(?:today's )?top (?:stories|news|headlines)|" +
    `${BREAKING_WORDS}|` +
    'meistgelesen(?:e)?|meistgeklickt(?:e)?|meistgesehen(?:e)?|am meisten gelesen|beliebteste?|les plus (?:lus|populaires|partagés)|lo más (?:leído|visto)|(?:(?:titulares|noticias|artículos|notas) )?más (?:leídas|leídos|vistas?|vistos)|' +
    'mais (?:lidas|lidos|vistas|vistos)|(?:i |le )?più (?:letti|lette|visti|viste|cliccati)|meest (?:gelezen|bekeken)|najpopularniejsze|najczęściej czytane|nojczyściej czytane|eñ çoq oqulğanlar|ամենաընթերցվածը|ամենաընթերցված|ყველაზე კითხვადი|ყველაზე წაკითხული|najwjace čitane|najwěcej cytane|nejwěcej cytane|' +
    'nejčtenější|najčítanejšie|самое (?:читаемое|популярное)|самые (?:читаемые|популярные)|популярное|популярне|найпопулярніше|найчитаніше|найчітанїше|еиҳа иԥхьоу|plü lietes|тросэз лыдӟизы|анахьыбэу зеджагъэхэр|гзаф к[Ӏӏi1l]елнавай|le pì lesùe|pì lesù|дукхаг[Ӏӏi1l]а дийшараш|(?:эң )?хөй номчуттунган|le pì lete|los mas meldados|sas prus l[èe]ghidas|киналдасаго ц[Ӏӏi1l]аларал|(?:эм )?кёп окъулгъанла(?:р)?|najbolj (?:brano|brane|brani)|найчітанїшы|(?:en )?çok okunan(?:lar)?|mest (?:lästa?|lest|læste)|luetuimmat|eniten luetut|' +
    'cele mai (?:citite|populare|vizualizate|comentate)|legolvasottabb(?:ak)?|legnépszerűbb(?:ek)?|népszerű (?:bejegyzések|cikkek|hírek)|τα πιο (?:διαβασμ[έε]να|δημοφιλ[ήη])|ӕппӕты фылдӕр кӕсгӕ|уггар дукха ешна(?: хаамаш)?|(?:iindaba )?ezifundwa khulu|an moyha redys|lo más lleío|(?:les|los) más lleíes|más lleíos|más leitos|δημοφιλ[ήη]|δημοφιλ[έε]στερα|' +
    'сейчас читают|đọc nhiều(?: nhất)?|xem nhiều(?: nhất)?|הנקראים ביותר|הכי נקראים|پربازدیدترین(?:\u200c?ها)?|پربیننده‌?ترین|پرخواننده‌?ترین|' +
    'ข่าวยอดนิยม|ยอดนิยม|อ่านมากที่สุด|ອ່ານຫຼາຍທີ່ສຸດ|ຂ່າວຍອດນິຍົມ|ຍອດນິຍົມ|সর্বাধিক পঠিত|সবচেয়ে বেশি পঠিত|সর্বাধিক পঠিত সংবাদ|熱門(?:新聞|文章|排行)?|熱點|' +
    'လူကြိုက်အများဆုံး|အများဆုံးဖတ်ရှုသော|irakurrienak|gehien irakurri(?:ak|takoak)|ikusienak|mees gelees|(?:am )?meeschte gelies(?:en)?|mwyaf poblogaidd|mest lisið|labing gibasa|(?:sa moun )?plis li|ئەڭ كۆپ ئوقۇلغان(?:لار)?|জনপ্ৰিয় পোষ্ট(?:সমূহ)?|oyo batángi míngi(?: lelo)?|күп укылган(?:нар)?|(?:vaovao )?be mpamaky|izasomwe cyane|(?:ngā )?kōrero rongonui|δημοφιλή σήμερα|داغ‌?ترین(?:‌?های?)?(?: امروز)?|mafi (?:karantawa|shahara)|(?:àwọn )?ìròyìn tí a kà jù|(?:y )?mwyaf darllenedig|(?:l-)?aktar (?:moqrija|moqrijin|popolari)|(?:эң )?көп окулган(?:дар)?|(?:ең )?көп оқылған(?:дар)?|máis (?:lidas|lidos|vistas|vistos)|(?:самае|найбольш) (?:чытанае|папулярнае)|ugu (?:akhriska badan|badan la akhriyey|akhrisan badan)|زۆرترین (?:خوێنراو|بینراو)|populiariausi(?:os|ų)?|skaitomiausi(?:os|ų)?|populārākie|lasītākie|visvairāk lasītie|loetuimad|populaarseimad|най-четени(?:те)?|най-популярни(?:те)?|най-четено|més (?:llegides|llegits|vistes|vistos)|அதிகம் (?:படித்தவை|படிக்கப்பட்டவை|வாசிக்கப்பட்டவை)|' +
    'terpopuler|paling (?:banyak dibaca|popular)|pinakabinabasa|pinakabinasa|pinakasikat|(?:zinazosomwa|zilizosomwa) zaidi|најчитаније|najčitanije|najcitanije|مقبول(?:ترین)?(?: خبریں)?|سب سے زیادہ پڑھی (?:جانے والی|گئی|گئیں)|सबसे ज़?्यादा पढ़ी गईं?|लोकप्रिय|' +
    'mai legits?|juk[\'’]amp ullatanaka|tei hi[\'ʻ’]ohia roa|lohkkojuvvon eanemusat|wo xlẽ wo geɖe|(?:më )?të lexuara(?:t)?|tse (?:balwang|baloang|balileng) haholo|zowerengedwa kwambiri|(?:e )?wiliki vakalevu|(?:yên )?herî zêde (?:têne |hatine )?xwendin|paling ak[eè]h diwaca|dzinonyanya kuverengwa|מערסט געליינט|is mó (?:a )?léadh|ⵉⵜⵜⵡⴰⵖⵔⴰⵏ(?: ⵓⴳⴳⴰⵔ)?|(?:yettwaɣran|ttwaɣran|ittwaɣran)(?: aṭas| s waṭas)?|(?:akụkọ )?a gụrụ nke ukwuu|(?:ndị )?a kacha gụọ|ojelee(?: vevéva)?|' +
    'ట్రెండింగ్(?: వార్తలు)?|ఎక్కువగా చదివినవి|ટ્રેન્ડિંગ(?: સમાચાર)?|સૌથી વધુ વંચાયેલા|ពេញនិយម|អានច្រើនជាងគេ|их уншсан(?: мэдээ)?|их уншигдсан|በብዛት የተነበቡ|ഏറ്റവും കൂടുതൽ വായിച്ചത്|најчитани|најчитано|mest lesið|mest lesnar|vinsælt(?: núna)?|' +
    '많이 본 뉴스|가장 많이 본 뉴스|댓글 많은(?: 뉴스)?|(?:포토 |언론사별 )?랭킹|(?:週間|月間|日間|総合|デイリー|アクセス|人気記事|人気)?ランキング|人気(?:記事|ランキング)?|ピックアップ|注目(?:記事|ニュース)|おすすめ記事|' +
    // A Chinese board is often named after its site ("新闻汇热榜", "微博热搜"): a few Han characters may come first.
    '\\p{Script=Han}{0,6}(?:(?:热点|热门|点击)排行榜?|热门(?:新闻|文章)?|排行榜?|热点榜?|热榜|热搜榜?)|الأكثر (?:قراءة|مشاهدة))(?:\\s|$|:|（|\\()',
  'iu',
);

/** Pictographs and symbols before a heading's words ("🔥 Most Read Today"). */
export const LEADING_SYMBOLS = /^[\p{Extended_Pictographic}\p{S}\ufe0f\u200d\s]+/u;

/** Items a "Most read" list has at least: its heading says what it is, so two will do. */
export const MIN_POPULAR_ITEMS = 2;

/** Characters a "Most read" heading holds at most. */
export const POPULAR_HEADING_CHARS = 40;

/**
 * A "Most read" box as its class names it, whatever its heading's language: WordPress Popular Posts' widget
 * (`aside.popular-posts`, `ul.wpp-list`), Joomla's module (`ul.mostread`), a theme's `most-read` or `most-popular` box.
 */
const POPULAR_WIDGET_CLASS = /(?:^|\s)(?:popular-posts|wpp-widget|wpp-list|most-read|most-popular|mostread|mostpopular)(?:\s|$)/;
/** Elements a box holds beside its heading at most: its list, perhaps in a wrapper, and a link to more. */
const BOX_PARTS = 3;

/** Whether a heading's box is a "Most read" box by its class, or the list in it is (`<h3>…</h3><div><ul class="mostread">`). */
function isPopularWidget(box: Element | null): boolean {
  if (!box) return false;
  if (POPULAR_WIDGET_CLASS.test(box.getAttribute('class') ?? '')) return true;
  if (box.childElementCount > BOX_PARTS) return false;
  for (let part = box.firstElementChild; part; part = part.nextElementSibling) {
    const list = LIST_TAG.test(part.tagName) ? part : part.firstElementChild;
    if (list && POPULAR_WIDGET_CLASS.test(list.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/** A heading's words when they name a "Most read" list, else null. */
export function popularHeadingText(heading: Element, statusLines: boolean): string | null {
  const text = textUpTo(heading, POPULAR_HEADING_CHARS);
  if (text && (POPULAR.test(text.replace(LEADING_SYMBOLS, '')) || hasBreakingLabelClass(heading) || isPopularWidget(heading.parentElement))) return text;
  // Some site builders put a control and its status line in each heading (Google Sites' "Copy heading link" and its
  // "Heading link copied"): they are no words of the heading.
  if (!statusLines || heading.childElementCount === 0) return null;
  const controls = new Set(listOf(heading.querySelectorAll('[role="status"], [role="button"]')));
  if (controls.size === 0) return null;
  const words = textWithout(heading, controls);
  return words.length <= POPULAR_HEADING_CHARS && POPULAR.test(words.replace(LEADING_SYMBOLS, '')) ? words : null;
}

/**
 * Where a "Most read" heading may stand: a heading element, or a bare text right before a list (a
 * `<div class="naslov_bloka">Najčitanije danas</div>` over its `<ol>`). Each maps to false: not a leaf heading.
 */
export function popularHeadings(root: Element): Map<Element, boolean> {
  const headings = new Map<Element, boolean>();
  for (const el of matchingAny(root, POPULAR_HEADING_PARTS)) headings.set(el, false);
  for (const tag of ['ol', 'ul']) {
    for (const list of queryOnce(root, tag)) {
      const before = list.previousElementSibling;
      if (before && before.childElementCount === 0) headings.set(before, false);
    }
  }
  return headings;
}

/**
 * The items of a box whose heading stands beside them, each an element of the same tag and class after it (past a row
 * of tabs): `<div class="box"><div>Most read</div><div class="tabs">…</div><div class="item">…</div>…</div>`.
 */
function siblingItemsAfter(heading: Element): { box: Element; items: Element[] } | null {
  const own = soleHolder(heading);
  const first = pastTabs(own);
  // A list after the heading, or a list the next element holds alone (a layout table's next row), is the box's list.
  if (!first || LIST_TAG.test(first.tagName) || LIST_TAG.test(throughWrappers(first).tagName)) return null;
  const kind = kindOf(first);
  const items: Element[] = [];
  for (let el: Element | null = first; el && el.tagName === first.tagName && kindOf(el) === kind; el = el.nextElementSibling) items.push(el);
  return items.length >= MIN_POPULAR_ITEMS ? { box: own.parentElement!, items } : null;
}

const LIST_TAG = /^(?:OL|UL|TABLE)$/;

/**
 * An item's class without the marks of its place in the list ("portletItem odd", "portletItem even"; "first", "last";
 * Slovak "parny", "neparny").
 */
function kindOf(el: Element): string {
  return (el.getAttribute('class') ?? '').replace(PLACE_CLASS, ' ').trim();
}

const PLACE_CLASS = /(?:^|\s)(?:odd|even|first|last|alt|parny|neparny|sudy|lichy)(?=\s|$)/g;

/**
 * The list that is a heading's next element (past a row of tabs), or a table's rows there, or the one list inside that
 * element; else null.
 */
function listRightAfterHeading(heading: Element): Element | null {
  const next = pastTabs(soleHolder(heading));
  if (!next) return null;
  if (next.tagName === 'OL' || next.tagName === 'UL') return next;
  const inside = listsInside(next);
  return inside.length === 1 ? inside[0]! : rowsOf(next);
}

/** A table's rows: its one body, else null. */
function onlyBody(table: Element): Element | null {
  const bodies = (table as HTMLTableElement).tBodies;
  return bodies.length === 1 ? bodies[0]! : null;
}

/** The rows of a table, or of the table an element holds alone (a layout table's next row, its cell, the ranked rows). */
function rowsOf(el: Element): Element | null {
  const table = el.tagName === 'TABLE' ? el : throughWrappers(el);
  return table.tagName === 'TABLE' ? onlyBody(table) : null;
}

/**
 * The list a heading names, past a row of tabs: the next element, or the one list inside it, or the first list after it
 * in its parent; or the next element itself when its children are all of one kind (a `<div>` of `<article>`s).
 */
function listAfter(heading: Element): Element | null {
  const next = pastTabs(rowOf(heading));
  if (next && (next.tagName === 'OL' || next.tagName === 'UL')) return next;
  // The one list inside it; several are a page of clusters under one heading ("Top news"), no list of stories.
  const inside = next ? listsInside(next) : [];
  if (inside.length > 1) return null;
  if (inside.length === 1) return inside[0]!;
  // A table of ranked rows ("1. | Headline / Outlet"): its rows' body.
  const rows = next && rowsOf(next);
  if (rows) return rows;
  // Its items, or those of the wrapper it holds alone (a site builder's "summary block": wrapper, container, items).
  const box = next && throughWrappers(next);
  if (box && box.childElementCount >= MIN_POPULAR_ITEMS && listOf(box.children).every((c) => c.tagName === box!.firstElementChild!.tagName)) return box;
  for (const list of listOf(heading.parentElement?.querySelectorAll('ol, ul') ?? [])) {
    if (isBefore(heading, list) && !isTabRow(list)) return list;
  }
  return null;
}

/**
 * The list of the panel a tab names ("<a href="#tab-citite">Cele mai citite</a>" over a panel with that id, hidden
 * until the tab is chosen): the panel's one list.
 */
function tabPanelList(heading: Element): Element | null {
  const href = heading.closest('a[href^="#"]')?.getAttribute('href');
  const panel = href && href.length > 1 ? heading.ownerDocument.getElementById(href.slice(1)) : null;
  if (!panel || panel.contains(heading)) return null;
  const lists = listOf(panel.querySelectorAll('ol, ul'));
  return lists.length === 1 ? lists[0]! : null;
}

/**
 * The links after a heading written as lines of one element, a line break after each ("1. <a>…</a> (Reuters)<br>"), as
 * table layouts of about 2000 write a box's list: the row after the heading's own (a cell alone in its row), down
 * through its wrappers to the element that holds the lines.
 */
function linkRunAfter(heading: Element): { holder: Element; links: Element[] } | null {
  const from = rowOf(heading);
  let next = from.nextElementSibling;
  if (!next && from.tagName === 'TD' && from.parentElement?.childElementCount === 1) next = from.parentElement.nextElementSibling;
  if (!next) return null;
  const holder = throughWrappers(next);
  const links: Element[] = [];
  let breaks = 0;
  for (let child = holder.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName === 'A') links.push(child);
    else if (child.tagName === 'BR') breaks++;
    else return null;
  }
  return links.length >= MIN_POPULAR_ITEMS && breaks >= links.length - 1 ? { holder, links } : null;
}

/** Wrappers around a box's list or run of lines (a row, its cell, a <font>; a site builder's wrapper and container). */
const RUN_WRAPPERS = 3;

/**
 * The lists of a box of tabs after its heading, one list per tab ("Today", "This week"), each shown as its tab is
 * chosen: their items, all stories of the box.
 */
function tabbedLists(heading: Element): { holder: Element; items: Element[] } | null {
  const next = rowOf(heading).nextElementSibling;
  if (!next) return null;
  const all = listOf(next.querySelectorAll('ol, ul'));
  const tabs = all.filter(isTabRow);
  const lists = all.filter((l) => !isTabRow(l));
  if (tabs.length !== 1 || lists.length < 2 || lists.length !== tabs[0]!.childElementCount) return null;
  return { holder: next, items: lists.flatMap((l) => listOf(l.children)) };
}

/**
 * The element whose next sibling a heading names: the heading, or the wrapper it stands alone in (a tab strip's only
 * tab), or with "See all" links or tabs after it (a box's header row: "新闻汇热榜 · 完整榜单 ›"), up to two levels.
 */
function rowOf(heading: Element): Element {
  let from = soleHolder(heading);
  for (let depth = 0; depth < 2 && from.parentElement && headsItsRow(from); depth++) from = from.parentElement;
  return from;
}

/**
 * The element that holds a heading and nothing else, up through the wrappers a table layout puts around a box's title
 * ("<tr><td bgcolor><font><b>Mest lesið</b></font></td></tr>"): where the box's items follow it.
 */
function soleHolder(heading: Element): Element {
  let el = heading;
  const length = (heading.textContent ?? '').trim().length;
  for (let depth = 0; depth < SOLE_WRAPPERS; depth++) {
    const parent = el.parentElement;
    if (!parent || parent.childElementCount !== 1 || parent === el.ownerDocument.body || (parent.textContent ?? '').trim().length !== length) break;
    el = parent;
  }
  return el;
}

/** Wrappers around a box's title at most: a table's own, its row, the cell, a <font>, a <b>. */
const SOLE_WRAPPERS = 6;

/** The element after another, past any row of tabs or buttons ("総合", "エンタメ"; "전체", "연예") between them. */
function pastTabs(el: Element): Element | null {
  let next = el.nextElementSibling;
  while (next && isTabRow(next)) next = next.nextElementSibling;
  return next;
}

/** The lists inside an element that are no rows of tabs. */
function listsInside(el: Element): Element[] {
  return listOf(el.querySelectorAll('ol, ul')).filter((l) => !isTabRow(l));
}

/** An element, or the one it holds alone, down through wrappers (RUN_WRAPPERS at most). */
function throughWrappers(el: Element): Element {
  let box = el;
  for (let depth = 0; box.childElementCount === 1 && depth < RUN_WRAPPERS; depth++) box = box.firstElementChild!;
  return box;
}

/** Whether an element leads its parent and nothing but "See all" links or tabs follow it there ("日 周 月"). */
function headsItsRow(el: Element): boolean {
  if (el.parentElement!.firstElementChild !== el) return false;
  for (let next = el.nextElementSibling; next; next = next.nextElementSibling) if (!isMoreLink(next) && !isTabRow(next)) return false;
  return true;
}

/** Characters a "See all" link ("More ›", "完整榜单 ›", "Alle anzeigen") has at most. */
const MORE_LINK_CHARS = 20;

function isMoreLink(el: Element): boolean {
  return el.tagName === 'A' && el.hasAttribute('href') && el.childElementCount === 0 && (el.textContent ?? '').trim().length <= MORE_LINK_CHARS;
}

/** A row of tabs or buttons, not a list of stories: a tab list, tabs (as its class says), or no link at all. */
function isTabRow(el: Element): boolean {
  return (
    el.getAttribute('role') === 'tablist' || TABS_CLASS.test(el.getAttribute('class') ?? '') || el.querySelector('[role="tab"]') !== null ||
    listOf(el.querySelectorAll('a[href]')).every(switchesInPlace)
  );
}

/** A class that calls a list its box's tabs ("quicktabs-tabs", "ui-tabs-nav", "tab-list"). */
const TABS_CLASS = /(?:^|[\s_-])tabs?(?:-nav|-list)?(?:$|\s)/i;

/** A link that switches the page's view in place ("javascript:;", "#week"): a tab's, no way to a story (a route in the fragment is). */
export function switchesInPlace(a: Element): boolean {
  const href = a.getAttribute('href')!.trim();
  return /^javascript:/i.test(href) || (href.startsWith('#') && !isHashRoute(href));
}

/**
 * The list a "Most read" heading names, and its items: the items beside it, the list after it (only right after it,
 * or inside the element right after it, for a heading known by its words alone), a tab's panel, lines after line
 * breaks, or one list per tab. Null when it names none.
 */
export function boxItems(heading: Element, leaf: boolean): { list: Element; items: Element[] } | null {
  const siblings = siblingItemsAfter(heading);
  if (siblings) return { list: siblings.box, items: siblings.items };
  const after = (leaf ? listRightAfterHeading(heading) : listAfter(heading)) ?? tabPanelList(heading);
  if (after) return { list: after, items: listOf(after.children).filter((item) => item.tagName === after.firstElementChild?.tagName) };
  const run = linkRunAfter(heading);
  if (run) return { list: run.holder, items: run.links };
  const tabbed = tabbedLists(heading);
  return tabbed ? { list: tabbed.holder, items: tabbed.items } : null;
}
