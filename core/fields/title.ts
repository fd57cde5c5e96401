/** Title rules, first good value wins: a heading, a headline link's text, a title line inside a card link, link attributes. */
import { collapse, lineOf, textWithout, wordCount } from '../text';
import { looksLikeTime } from '../time';
import { DOI_PATH, isArticleUrl, isHashRoute, isHomePage, isJumpInPage, isPersonPage, isPersonPath, isSearchPath, isShareLink, urlParts } from '../url';
import { attributionName, isSponsorMark } from './labels';
import { isSourceMarked } from './source-marks';
import { isPublisherPath } from './publisher-links';
import { holdsLines, linkFor, LINES, viewText, type BlockLink, type BlockView } from './view';
import { listOf } from '../dom';
import { closingCredit } from './link-credit';

export interface TitleHit {
  title: string;
  /** The element holding the title text; used to find the link and to keep the title out of other fields. */
  element: Element;
  url: string | null;
}


/** Archives, installers and packages by their extension. */
const DOWNLOAD_FILE = /\.(?:zip|tar\.gz|tgz|gz|bz2|xz|7z|rar|exe|msi|dmg|pkg|deb|rpm|apk|appimage|iso|whl|jar)$/i;

/** Links that lead to an account, a login or a mailbox, not to a story: the sign-in page in several languages, a conversation. */
const NOT_A_STORY_PATH = /\/(?:account|login|signin|sign-in|signup|register|authenticate\.aspx|giris|uye-girisi|anmelden|connexion|inloggen|logowanie|accedi|entrar|acceso|messages|conversations|inbox)(?:\/|$)/i;

/** A conference's or a festival's session in its programme ("/programm/2026/deepfake-audio-im-wahlkampf-erkennen"). */
const SESSION_PAGE = /\/(?:programm|programme|program|schedule|agenda|sessions?|talks?)\/(?:(?:19|20)\d{2}\/)?[\w-]+\/?$/i;

/**
 * A wiki's page that is no article: a file, a log, a user's, a talk or a category page ("/wiki/File:…",
 * "/wiki/Special:Log/…", "/wiki/Datei:…").
 */
const WIKI_SPECIAL = /\/wiki\/(?:special|file|media|user|user_talk|talk|category|template|help|portal|wikipedia|spezial|datei|benutzer|diskussion|kategorie|sp%C3%A9cial|fichier|utilisateur|discussion|cat%C3%A9gorie|especial|archivo|usuario|categor%C3%ADa):/i;

/** A wiki page's editor or history ("?title=Talk:Heat_pump&action=edit&section=3"): a tool, no story. */
const WIKI_ACTION = /[?&](?:action|veaction)=(?:edit|editsource|history|submit|raw|info)(?:&|$)/;

/**
 * An issue, a pull or merge request (or its diff), a ticket of a project's tracker ("/tidewater/issues/4131", "/pull/88",
 * "/-/merge_requests/1287/diffs", Bugzilla's "/show_bug.cgi?id=512044"), a project's security advisory ("/security/advisories/GHSA-4x2c-…"); a stock's quote
 * page ("/quote/VLTX").
 */
const TRACKER_ITEM = /\/(?:issues|pulls?|merge_requests|tickets?)\/\d+(?:\/(?:diffs|commits|files|pipelines|changes))?\/?$|\/show_bug\.cgi$|\/security\/advisories\/GHSA(?:-[a-z0-9]{4}){3}\/?$|\/(?:quotes?|symbols?|stocks?)\/[A-Z0-9^][A-Z0-9.^=-]{0,11}\/?$/;

/**
 * A topic's or a tag's page of a site ("/topics/atlantic-hurricane-season/", "/tag/brexit", "/themen/klima"): the
 * topic's last step after a topic word, in the languages the labels read.
 */
const TOPIC_PAGE = /\/(?:topics?|tags?|tagged|hashtags?|subjects?|themen|thema|sujets?|temas?|tematiche|argomenti|onderwerpen|emner|ämnen|aiheet|tematy|konular|temy|теги|темы|тема)\/[^/]+\/?$/i;

/**
 * A package's or a project's release page ("/project/strata-http/3.2.0/", "/package/left-pad/v/1.3.0",
 * "/gems/rails/versions/8.0.1", "/releases/tag/v2.4.0"): a version of a piece of software, no story.
 */
const RELEASE_PAGE = /\/(?:project|packages?|gems|crates)\/[^/]+\/(?:v\/|versions\/)?v?\d+\.\d+(?:\.\d+)*[\w.+-]*\/?$|\/releases\/tag\/[^/]+\/?$/;

/**
 * A help centre's page: an article, a section, a category or a community post (Zendesk's "/hc/en-gb/articles/<id>-…",
 * Freshdesk's "/support/solutions/articles/<id>").
 */
const HELP_CENTRE_PAGE = /\/hc\/(?:[a-z]{2}(?:-[a-z0-9]{2,4})?\/)?(?:articles|sections|categories|community\/(?:posts|topics))\/\d|\/support\/(?:solutions(?:\/articles)?|discussions\/topics)\/\d/i;

/**
 * A card of a task board ("/c/spka5YFj/5-cover-shoot-call-sheet", Trello's), a book's or a reader's review's page of a
 * reading site ("/book/show/4821-…", "/review/show/…"), a member's film diary ("/films/diary/…"), a job offer
 * ("/jobs/view/4098765432/", "/jobs/view/breaking-news-reporter-at-reuters-4318820417", "/jobs/WordPress-speed_~01a2b3c4d5e6f7/"),
 * an event's tickets ("/e/…-tickets-1234567") or its page by number ("/events/311902256/"), a game's workshop item
 * ("/sharedfiles/filedetails/?id=…"), a short video ("/shorts/J7yW2kQe0sN", "/reel/C8x…"), a company's profile
 * ("/company/thomson-reuters"), a catalogue's record ("/v2/record/S126C4401873"): a record, not a story.
 */
const RECORD_PAGE = /^\/c\/[A-Za-z0-9]{8}(?:\/|$)|\/(?:book|review|user_challenges)\/show\/\d|\/films?\/(?:diary|year)\/|\/jobs\/view\/(?:[\w-]+-)?\d|\/events\/\d{6,}\/?$|^\/(?:shorts|reels?)\/[\w-]{6,}\/?$|^\/company\/[^/]+\/?$|\/records?\/[A-Z]*\d[A-Z0-9]{5,}\/?$|\/jobs\/[^/]*_~[0-9a-z]{8,}\/?$|\/e\/[\w-]+-tickets-\d+|^\/sharedfiles\/filedetails\/?$/;

/** A recipe's page of the site itself ("/recipes/brown-butter-pumpkin-blondies", "/rezepte/…", "/recettes/…"): a dish, not a story. */
const RECIPE_PAGE = /^(?:\/[a-z]{2}(?:-[a-z]{2})?)?\/(?:recipes?|rezepte?|recettes?|recetas?|ricette|receitas?|recepten|przepisy)\/[^/]+\/?$/i;

/** A question's page of a Q&A: a shop's customer questions ("/ask/questions/Tx19Y…"), a forum's ("/questions/4821/…"). */
const QUESTION_PAGE = /\/ask\/questions?\/|\/questions?\/\d+(?:[/?#-]|$)/i;

/** A shop's product page: Shopify's "/products/<handle>" (in a collection, a locale), WooCommerce's "/product/<slug>". */
const PRODUCT_PAGE = /^(?:\/[a-z]{2}(?:-[a-z]{2})?)?(?:\/collections\/[^/]+)?\/products?\/[^/]+\/?$/i;

export function isStoryLink(link: Element, url: string | null, pageUrl: URL): boolean {
  if (/\bauthor\b/i.test(link.getAttribute('rel') ?? '')) return false;
  if (!url) return true;
  const u = urlParts(url);
  if (!u) return true;
  // A file to download (a release's archive, an installer), a wiki's file or log page, a tracker's issue, a quote: no story.
  if (DOWNLOAD_FILE.test(u.pathname) || WIKI_SPECIAL.test(u.pathname) || TRACKER_ITEM.test(u.pathname) || WIKI_ACTION.test(u.search)) return false;
  const sameSite = u.hostname === pageUrl.hostname;
  // A release's page of the site itself (a package index's history); a release that a link aggregator shares is a story.
  if (sameSite && RELEASE_PAGE.test(u.pathname)) return false;
  // A jump to a part of the page itself (a live blog's post, "?page=with:block-…#block-…"; a contents entry), the page
  // itself without its view's query (a print view's "Back to the full version"), a button that shares the page: no story.
  if (isJumpInPage(url, pageUrl) || (sameSite && !u.search && u.pathname === pageUrl.pathname && !isHashRoute(u.hash)) || isShareLink(url)) return false;
  // A post's author: a person's page, on the site itself or elsewhere (a comment system's profile pages).
  if (isPersonPage(u.pathname)) return false;
  // A recent search, the sign-in page, a member's, a publisher's, a topic's, a help centre's, a question's, a product's,
  // a record's, a recipe's or a scholarly paper's (its DOI in the path) page of the site itself.
  return !(sameSite && (NOT_A_STORY_PATH.test(u.pathname) || SESSION_PAGE.test(u.pathname) || isSearchPath(u.pathname) || isPersonPath(u.pathname) || isPublisherPath(u.pathname) || TOPIC_PAGE.test(u.pathname) || HELP_CENTRE_PAGE.test(u.pathname) || QUESTION_PAGE.test(u.pathname) || PRODUCT_PAGE.test(u.pathname) || RECORD_PAGE.test(u.pathname) || RECIPE_PAGE.test(u.pathname) || DOI_PATH.test(u.pathname)));
}

/** isStoryLink of a link of the view, asked once per link: several rules ask about the same links. */
function isStoryLinkOf(view: BlockView, link: BlockLink): boolean {
  const known = (view.memo.story ??= new Map());
  let story = known.get(link.element);
  if (story === undefined) known.set(link.element, (story = isStoryLink(link.element, link.url, view.ctx.url)));
  return story;
}

/** Whether a link leads to a section of the page's own site ("/sections/health-shots/"): its own host, no article's address. */
function isSectionOf(url: string, page: URL): boolean {
  const u = urlParts(url);
  return !!u && u.hostname === page.hostname && !isArticleUrl(url);
}

/**
 * A link aggregator's counters and prompts under a story ("210 comments", "1.2k points", "View comments", "discuss"), a
 * thread's heading with its count ("Comments (3)", "Komentoj (3)"): never a headline.
 */
const COUNTER = /^(?:\d[\d,.]*\s*k?\s*(?:comments?|points?|repl(?:y|ies)|votes?|likes?|shares?|views?|messages?|reactions?|kudos|liên quan)|(?:no|add a|leave a) comments?|(?:view|read|see|show|join)(?: all)?(?: the)?(?: \d[\d,.]*)? comments?|(?:skip|jump|go) to (?:the )?comments?\.?|comments?|discuss|(?:comments?|komentoj|kommentare|commentaires|comentarios|comentários|commenti|reacties|komentarze|комментарии|коментарі)\s*\(\d+\))$/i;

/** Whether a link's words are a discussion's counter or prompt ("11 Comments", "View comments"), no headline. */
export function isCounterText(text: string): boolean {
  return COUNTER.test(text);
}

/** A software release's name ("v2.3.1 — June 6, 2025", "3.12.0 released"): a changelog entry, not a headline. */
const RELEASE = /^v?\d+\.\d+\.\d+\b/i;

/** A place in a feed numbered for screen readers ("Feed post number 3", "Slide 2 of 5", "Item 4"): never a headline. */
const NUMBERED_PLACE = /^(?:feed\s+)?(?:post|item|story|slide|card|result|entry|update)\s+(?:number\s+|no\.\s*|#\s*)?\d+(?:\s+of\s+\d+)?$/i;

/**
 * A prompt to a list's whole page ("Show all →", "View all 12 jobs", "See more ›", "View them", "Všetky najnovšie »"):
 * never a headline. (A row's "See more results" link, with no arrow, may stand for its row: it leads to a search,
 * which is no story either.)
 */
const MORE_PROMPT = /^(?:všetky|všechny|alle|toutes? les|todas las|todos los|tutt[ie](?: le| i)?|wszystkie|все|всі|sve|svi|kaikki|alla)(?:\s+[^\s→›»]+){0,2}\s*[→›»]$|^(?:show|see|view)\s+them$|^(?:show|see|view|browse|explore)\s+all(?:\s+[^\s→›»]+){0,2}\s*[→›»]?$|^(?:show|see|view|browse|explore|load|read)\s+more(?:\s+[^\s→›»]+){0,2}\s*[→›»]$/i;

/**
 * A story's own tools as a link ("Send to a friend", "Senda vini", "Tips en venn", "Αποστολή σε φίλο", "Print this
 * article"): the page's story offers them, no story of a list.
 */
const ARTICLE_TOOL =
  /^(?:(?:send|e-?mail|forward)(?: (?:this|the))?(?: (?:story|article|page|link))?(?: to an?(?: friend| colleague))?|tell an? friend|print(?: (?:this|the))? (?:story|article|page)|senda (?:vini|frétt|á vin)|tips (?:en|ein) venn|tipsa en vän|tip en ven|send til en ven|αποστολή σε φίλο|envoyer (?:à un ami|cet article)|(?:an einen freund|artikel) (?:senden|versenden)|enviar (?:a un amigo|por correo)|invia (?:a un amico|per e-?mail)|stuur (?:door|naar een vriend)|wyślij znajomemu|отправить другу|lähetä ystävälle|poslat (?:příteli|známému))$/iu;

export function isTitleLike(text: string, now: Date): boolean {
  // The length first: it needs no scan of the text.
  if (text.length < 8 || text.length > 300) return false;
  const words = wordCount(text);
  if (words < 2 || words > 40 || /:$/.test(text) || CUSTOMER_QUESTION.test(text) || REPOSITORY.test(text) || COUNTER.test(text) || RELEASE.test(text) || JOB_TITLE.test(text) || NUMBERED_PLACE.test(text) || MORE_PROMPT.test(text) || ARTICLE_TOOL.test(text) || isForecast(text, words)) return false;
  return !attributionName(text) && !isSponsorMark(text) && !looksLikeTime(text, now);
}

/** A job offer's title with the genders it is open to ("Redakteur (m/w/d)", "Editor (m/f/x)", "(all genders)"): no headline. */
const JOB_TITLE = /\((?:[mwfdx]\s*\/\s*){2}[mwfdx]\)|\((?:all genders|alle geschlechter)\)|\b(?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|m\/w\/x)\b/i;

/** A code host's repository by its owner and name ("feedkit / gleaner"): no headline. */
const REPOSITORY = /^[\w.-]+ \/ [\w.-]+$/;

/** A customer's question on a shop's or a place's page ("Q: Is there parking nearby?"): no headline. */
const CUSTOMER_QUESTION = /^Q:\s.+\?$/;

/** A weather widget's line ("Today 21.5°C", "28°C Fair"): a temperature in a few words. */
function isForecast(text: string, words: number): boolean {
  return words <= 3 && /\d\s*°/.test(text);
}

type Rule = (view: BlockView) => TitleHit | null;

/** Headings about a person (a post's author, a member's rank), not a story. */
const PERSON_HINT = /(?:^|[-_\s])(?:user\w*|author\w*|members?|profile|avatar|poster)(?:$|[-_\s])/i;

function isAboutPerson(el: Element, block: Element): boolean {
  for (let e: Element | null = el; e && e !== block; e = e.parentElement) {
    if (PERSON_HINT.test(e.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/**
 * A link of a menu inside the block: one of a row of links that are all their parent holds ("Home Sport Science and
 * technology Culture", a site's top bar or its footer's links, written as plain `div`s): a way to a section, no headline.
 */
function isMenuEntry(link: Element, block: Element): boolean {
  const row = link.parentElement;
  if (!row || row === block || row.childElementCount < MENU_LINKS || !block.contains(row)) return false;
  for (let el = row.firstElementChild; el; el = el.nextElementSibling) if (el.tagName !== 'A') return false;
  return true;
}

/** Links a menu's row holds at least. */
const MENU_LINKS = 5;

/** A link inside a running sentence ("I read <a>the manual</a> but…") is a citation, not a headline: words touch it. */
function isInSentence(link: Element): boolean {
  const words = (n: Node | null): boolean => !!n && n.nodeType === 3 && /\p{L}{2,}/u.test(n.nodeValue ?? '');
  // A name after a byline's "by" ("Resolved by <a>Priya Raman</a>", "Posted by <a>…</a>") is who did it.
  const before = link.previousSibling;
  if (before && before.nodeType === 3 && BY_BEFORE.test(before.nodeValue ?? '')) return true;
  // A link that closes its paragraph with its outlet in brackets ("…: <a>…</a> (Spiegel).") ends the sentence.
  const credit = (n: Node | null): boolean => !!n && n.nodeType === 3 && !n.nextSibling && closingCredit(n.nodeValue ?? '') !== null;
  if (words(link.previousSibling) && words(link.nextSibling) && !credit(link.nextSibling)) return true;
  // A link of a few words that a sentence runs on from ("<a>Container ships are idling…</a> as a new customs system
  // fails…") or leads into ("…a Wikipedia page and, of course, <a>the Mad Men pitch</a>."): words of a post's text, no
  // headline. (A name the sentence runs on from, "<a>Dave_T</a> earned a badge", is who did it.)
  // The texts beside the link are asked first: most links have none such, and their own words need not be read.
  const after = link.nextSibling;
  const runsOn = !!after && after.nodeType === 3 && RUNS_ON.test(after.nodeValue ?? '') && !CREDIT_AFTER.test(after.nodeValue ?? '');
  const leadsIn = !runsOn && !!before && before.nodeType === 3 && LEADS_IN.test((before.nodeValue ?? '').slice(-LEAD_IN_CHARS));
  return (runsOn || leadsIn) && wordCount(collapse(link.textContent ?? '')) >= SENTENCE_LINK_WORDS;
}

/** Words a link inside a sentence holds at least, for the sentence to make it no headline: a name holds fewer. */
const SENTENCE_LINK_WORDS = 3;

/** Text after a link that goes on with the sentence: a word in lower case, then two more words. */
const RUNS_ON = /^\s*\p{Ll}[\p{L}'’-]*\s+\p{L}+\s+\p{L}/u;
/** …unless it credits the link's outlet or writer ("via The Verge", "by Jane Doe", "von Spiegel"). */
const CREDIT_AFTER = /^\s*(?:via|by|from|von|par|por|de|di|door|av|från|dari|oleh|tramite|через|от)\s/i;
/** Text before a link that leads into it mid-sentence: three words or more, the last in lower case ("…and, of course, "). */
const LEADS_IN = /(?:\p{L}+[^\p{L}]+){2}\p{Ll}[\p{L}'’-]*,?\s+$/u;
/** The end of the text before a link that LEADS_IN reads: its last words, not a long paragraph from its start. */
const LEAD_IN_CHARS = 80;


/** The word before a name that says who did something: "by", and as other languages write it. */
const BY_BEFORE = /(?:^|\s)(?:by|von|par|por|door|av|przez|от)\s+$/i;

const fromHeading: Rule = (view) => {
  // A heading that links to a site's home page names the site (a feed's blog name above its post), one that links to a
  // section of the page's own site names the section (a "slug" above the headline): a later heading that links to a
  // story is the headline.
  // A heading that links nowhere, above one that links to a story, titles the box the story stands in ("Tema dal di",
  // topic of the day, over the lead's linked headline): the linked heading is the headline.
  let site: TitleHit | null = null;
  let plain: TitleHit | null = null;
  for (const h of view.headings) {
    if (isAboutPerson(h, view.element)) continue;
    const part = headlineLinkIn(view, h);
    if (part) return part;
    const text = viewText(view, h);
    const link = linkFor(view, h);
    if (!isTitleLike(text, view.ctx.now) || (link && !isStoryLinkOf(view, link))) continue;
    const hit = { title: text, element: h, url: link?.url ?? null };
    if (!hit.url) plain ??= hit;
    else if (!(isHomePage(hit.url) || isSectionOf(hit.url, view.ctx.url))) return plain && !isBoxTitle(plain.element, h) ? plain : hit;
    else site ??= hit;
  }
  return plain ?? site;
};

/**
 * Whether a heading stands right before the element that holds a later one (a section's title over its article), not
 * right before that heading itself (a kicker over its headline).
 */
function isBoxTitle(heading: Element, later: Element): boolean {
  const next = heading.nextElementSibling;
  return !!next && next !== later && next.contains(later);
}

/**
 * The headline inside a heading that packs several links (a comment count, vote buttons, a topic link, then the story
 * link: "Comments: 27 + - Your Rights Online: Google Bans Sale of…"): its longest title-like story link. Null for a
 * heading with one target, whose whole text is the headline.
 */
function headlineLinkIn(view: BlockView, heading: Element): TitleHit | null {
  let best: TitleHit | null = null;
  let bestWords = 0;
  const targets = new Set<string>();
  for (const link of view.links) {
    if (link.encloses || !heading.contains(link.element) || link.url === null) continue;
    targets.add(link.url);
    const text = viewText(view, link.element);
    const words = wordCount(text);
    if (words > bestWords && isTitleLike(text, view.ctx.now) && isStoryLinkOf(view, link)) {
      best = { title: text, element: link.element, url: link.url };
      bestWords = words;
    }
  }
  return targets.size >= 2 ? best : null;
}

const fromLinkText: Rule = (view) => {
  let best: TitleHit | null = null;
  let bestWords = 0;
  // A link to a site's front page names the site (a feed reader's feed link beside the story's): it is the headline
  // only where no other link reads as one.
  let front: TitleHit | null = null;
  // A link its class calls the title ("a.item-element.title") is the headline, however long a link beside it.
  let titled: TitleHit | null = null;
  // A story's first link that reads as a headline is its headline; a later link to it is its subtitle or teaser.
  const headed = new Set<string>();
  for (const link of view.links) {
    // A link that wraps the whole card is read line by line (next rule), not as one title.
    if (link.encloses || holdsLines(link) || headed.has(link.url)) continue;
    if (!isStoryLinkOf(view, link) || isInSentence(link.element) || isMenuEntry(link.element, view.element)) continue;
    const { text, element } = linkHeadline(link.element, view);
    if (!isTitleLike(text, view.ctx.now)) continue;
    headed.add(link.url);
    if (link.url && isHomePage(link.url)) {
      front ??= { title: text, element, url: link.url };
      continue;
    }
    const classes = link.element.getAttribute('class');
    if (!titled && classes && TITLE_CLASS.test(classes) && !OTHER_TITLE_CLASS.test(classes)) titled = { title: text, element, url: link.url };
    const words = wordCount(text);
    if (words > bestWords) {
      best = { title: text, element, url: link.url };
      bestWords = words;
    }
  }
  return titled ?? best ?? front;
};

/**
 * A link's headline: its text, or, when it holds several labelled parts ("Reuters" + "Stocks slip…"), the longest
 * part that reads as a headline.
 */
function linkHeadline(link: Element, view: BlockView): { text: string; element: Element } {
  // Marks after the headline's words, inside its link ("…再開へ<span class=labelIcon>NEW</span>"): no words of it.
  const marks = new Set<Element>();
  for (let m = link.lastElementChild; m && m.childElementCount === 0 && ICON_MARK.test(m.textContent?.trim() ?? '') && endsBeforeMarks(m, marks); m = m.previousElementSibling) {
    marks.add(m);
  }
  if (marks.size > 0 && link.firstChild?.nodeType === 3) {
    const text = textWithout(link, marks);
    if (isTitleLike(text, view.ctx.now)) return { text, element: link };
  }
  const parts = partsOf(link, view);
  const titles = parts.length < 2 ? [] : parts.filter((p) => isTitleLike(p.text, view.ctx.now));
  // The part its class calls the title ("status-card__title"), else the longest: a card's description reads as one too.
  const best = titles.find((p) => TITLE_CLASS.test(p.element.getAttribute('class') ?? '')) ?? titles.sort((a, b) => b.text.length - a.text.length)[0];
  // The whole text only when no part is the headline.
  const chosen = best ?? { text: viewText(view, link) || collapse(link.getAttribute('title') ?? ''), element: link };
  return chosen.text.length > HEADLINE_WITH_TEASER ? (titledLeadIn(chosen, view) ?? chosen) : chosen;
}

/** Whether nothing but white space lies between an element and the end of its parent, or the marks after it. */
function endsBeforeMarks(el: Element, marks: ReadonlySet<Element>): boolean {
  for (let n = el.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 1 ? !marks.has(n as Element) : n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '') return false;
  }
  return true;
}

/** The marks a portal sets after a headline's words: new, with a photo or a video, breaking, updated. */
const ICON_MARK = /^(?:new!?|写真|動画|画像|速報|更新|video|photos?)$/i;

/** A class that calls its element the headline: "card__title", "headline", "PromoTitle", Korean portals' "tit", "news_tit". */
const TITLE_CLASS = /title|headline|heading|(?:^|[\s_-])tit(?:$|[\s_-])/i;

/** Longer than most headlines: a link's text this long may be its headline and its teaser in one. */
const HEADLINE_WITH_TEASER = 150;

/**
 * A headline at the head of a longer text, in an element of its own that its class or its boldness calls the title,
 * its teaser after it ("<a><strong class=tit>Headline</strong><span class=txt>Teaser…</span></a>").
 */
function titledLeadIn(whole: { text: string; element: Element }, view: BlockView): { text: string; element: Element } | null {
  const walker = whole.element.ownerDocument.createTreeWalker(whole.element, 1 /* SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (!(TITLE_CLASS.test(el.getAttribute('class') ?? '') || /^(?:STRONG|B|H[1-6])$/.test(el.tagName))) continue;
    const text = viewText(view, el);
    const at = whole.text.indexOf(text);
    if (at >= 0 && at <= 8 && whole.text.length - text.length >= 60 && isTitleLike(text, view.ctx.now)) return { text, element: el };
  }
  return null;
}

/** How deep a link's parts are sought through wrappers that hold them all (`<a><img><span><span>…</span><span>…</span></span></a>`). */
const PART_DEPTH = 3;

/**
 * A link's labelled parts: its children with text, or those of the one child (or wrapper) that holds them all. Parts
 * count only when they hold all of the link's text: a headline written as the link's own text beside a badge is one.
 */
function partsOf(link: Element, view: BlockView): { text: string; element: Element }[] {
  let box = link;
  for (let depth = 0; depth < PART_DEPTH; depth++) {
    // Most headline links hold one child or none, which holds no more: no parts to weigh.
    if (box.childElementCount === 0) return [];
    if (box.childElementCount === 1) {
      box = box.firstElementChild!;
      continue;
    }
    const parts = listOf(box.children).map((c) => ({ text: viewText(view, c), element: c })).filter((p) => p.text);
    if (parts.length >= 2) {
      if (box === link) return parts;
      const squash = (t: string): number => t.replace(/\s+/g, '').length;
      return parts.reduce((n, p) => n + squash(p.text), 0) === squash(viewText(view, link)) ? parts : [];
    }
    if (parts.length === 0) return [];
    box = parts[0]!.element;
  }
  return [];
}

/** A card that is one big link, no heading: the first line inside it that reads as a headline. */
const fromCardLine: Rule = (view) => {
  const timeElement = view.timePiece?.element ?? null;
  for (const link of view.links) {
    // Only a link that is the card: it wraps the block, or holds block-level lines.
    const isCard = link.encloses || holdsLines(link);
    if (!isCard || !isStoryLinkOf(view, link)) continue;
    const within = link.encloses ? view.element : link.element;
    const titled = titledPiece(view, within);
    if (titled) return { ...titled, url: link.url };
    for (const piece of view.pieces) {
      if (!within.contains(piece.element) || piece === view.timePiece) continue;
      let line = lineOf(piece.element, within);
      if (timeElement && line !== within && line.contains(timeElement)) {
        // The line that holds the time is the meta line ("The Guardian · 3h"), not the headline; but an element that
        // holds lines of its own (a strong headline, a teaser paragraph, the meta line) is no line: its inline
        // headline reads alone.
        // So does a bold title its class names so ("<strong class=rankingnews_title>…</strong><span>1시간전</span>").
        if (piece.element.contains(timeElement) || !(line.querySelector(LINES) || inComponentApart(timeElement, piece.element, line) || isBoldTitle(piece.element))) continue;
        line = piece.element;
      }
      // The publisher's line ("<img class=logo> Capitol Wire Service") is marked as such: no headline.
      if (isSourceMarked(piece.element) || (line !== within && isSourceMarked(line))) continue;
      const text = line === within ? piece.text : viewText(view, line);
      // A link card's line that puts its site's domain before the headline ("npr.org" + "Measles cases top 2,000…").
      const beside = line === within ? null : headlineBesideDomain(view, line);
      if (beside) return { ...beside, url: link.url };
      // A bare link holding one run of text is its own headline, however short ("STOCK HIT").
      const bare = within === view.element && view.pieces.length === 1;
      if (isTitleLike(text, view.ctx.now) && (wordCount(text) >= 3 || bare) && !isSnippetLength(text)) return { title: text, element: line, url: link.url };
    }
  }
  return null;
};

/**
 * The piece of a card an element its class calls the title holds ("<div class=title>…</div>" below a meta line of
 * the outlet and the time): the headline, whatever lines come before it.
 */
function titledPiece(view: BlockView, within: Element): { title: string; element: Element } | null {
  for (const piece of view.pieces) {
    if (!within.contains(piece.element) || piece === view.timePiece) continue;
    for (let e: Element | null = piece.element; e && e !== within; e = e.parentElement) {
      const classes = e.getAttribute('class') ?? '';
      // A feed's or a site's title beside the story's is its name, not its headline.
      if (!TITLE_CLASS.test(classes) || OTHER_TITLE_CLASS.test(classes)) continue;
      const text = viewText(view, e);
      if (isTitleLike(text, view.ctx.now) && wordCount(text) >= 3 && !isSnippetLength(text) && !isSourceMarked(e)) return { title: text, element: e };
      break;
    }
  }
  return null;
}

/**
 * The headline of a line that holds a domain alone in a part of its own beside it: its longest part that reads as a
 * headline. Null for any other line.
 */
function headlineBesideDomain(view: BlockView, line: Element): { title: string; element: Element } | null {
  const parts = view.pieces.filter((p) => line.contains(p.element));
  if (parts.length < 2 || !parts.some((p) => DOMAIN_TEXT.test(p.text))) return null;
  const titles = parts.filter((p) => isTitleLike(p.text, view.ctx.now) && wordCount(p.text) >= 3);
  const best = titles.sort((a, b) => b.text.length - a.text.length)[0];
  return best ? { title: best.text, element: best.element } : null;
}

/** A domain as a card shows it: "npr.org", "www.kqed.org". */
const DOMAIN_TEXT = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;

/** A class that calls its element the title of something else than the story: a feed's, a site's, a section's. */
const OTHER_TITLE_CLASS = /(?:feed|site|source|channel|section|author|blog|publisher|page|widget|sub)[-_]?title/i;

function isBoldTitle(el: Element): boolean {
  return (el.tagName === 'STRONG' || el.tagName === 'B') && TITLE_CLASS.test(el.getAttribute('class') ?? '');
}

/**
 * Whether the time sits in a component of its own within the line, apart from the piece ("<msft-attribution>Reuters ·
 * 3h</msft-attribution><span>Headline</span>"): a component lays its row out as a box of its own, a line apart.
 */
function inComponentApart(time: Element, piece: Element, line: Element): boolean {
  let child = time;
  while (child.parentElement && child.parentElement !== line) child = child.parentElement;
  return child.localName.includes('-') && !child.contains(piece);
}

/**
 * A briefing's item: its headline in bold at its head, its words, then the outlet's name linking to the story
 * ("<strong>Governors push back on…</strong>. A bipartisan group… (<a class=src>The Ledger</a>)"): the bold lead is the
 * headline, the outlet's link its address.
 */
const fromBoldLead: Rule = (view) => {
  const lead = view.element.firstElementChild;
  if (!lead || (lead.tagName !== 'STRONG' && lead.tagName !== 'B') || lead.querySelector('a[href]')) return null;
  const source = view.links.find((l) => !l.encloses && isSourceMarked(l.element) && isStoryLinkOf(view, l));
  if (!source) return null;
  const text = viewText(view, lead).replace(/[.:]$/, '');
  return isTitleLike(text, view.ctx.now) ? { title: text, element: lead, url: source.url } : null;
};

/** An image or overlay link without text of its own, named by its title or label attribute. */
const fromLinkAttributes: Rule = (view) => {
  for (const link of view.links) {
    if (!isStoryLinkOf(view, link) || viewText(view, link.element).length > 2) continue;
    const text = collapse(link.element.getAttribute('title') ?? link.element.getAttribute('aria-label') ?? '');
    if (isTitleLike(text, view.ctx.now)) return { title: text, element: link.element, url: link.url };
  }
  return null;
};

function isSnippetLength(text: string): boolean {
  return text.length > 200;
}

const RULES: Rule[] = [fromHeading, fromBoldLead, fromLinkText, fromCardLine, fromLinkAttributes];

export function titleOf(view: BlockView): TitleHit | null {
  if (view.memo.title === undefined) view.memo.title = readTitle(view);
  return view.memo.title;
}

function readTitle(view: BlockView): TitleHit | null {
  for (const rule of RULES) {
    const hit = rule(view);
    if (!hit) continue;
    if (hit.url) return { ...hit, url: linkPostTarget(view, hit.url) ?? hit.url };
    // A headline without a link of its own leads where the block's first link to a story does (not to a job offer's
    // record or a company's page).
    return { ...hit, url: view.links.find((l) => isStoryLinkOf(view, l))?.url ?? null };
  }
  return null;
}

/**
 * A link post's story: where its headline opens the post's discussion on the site itself ("/post/39877201", a Lemmy
 * community's), the one link off the site that shows its own host as its words ("apnews.com") leads to the story the
 * post shares. Null for any other headline.
 */
function linkPostTarget(view: BlockView, url: string): string | null {
  const u = urlParts(url);
  if (!u || u.hostname !== view.ctx.url.hostname || !DISCUSSION_PAGE.test(u.pathname)) return null;
  let target: string | null = null;
  for (const link of view.links) {
    const parts = urlParts(link.url);
    if (!parts || parts.hostname === u.hostname) continue;
    const host = parts.hostname.replace(/^www\./, '');
    const shown = collapse(link.element.textContent ?? '').replace(/^www\./, '');
    if (shown !== host && !(shown.length > 3 && host.endsWith(`.${shown}`))) continue;
    if (target !== null && target !== link.url) return null;
    target = link.url;
  }
  return target;
}

/** A post's discussion page on a link aggregator of its own: Lemmy's "/post/<id>", a forum's "/comments/<id>". */
const DISCUSSION_PAGE = /\/(?:post|posts|comments|item|t|topic|link)\/\d+\/?$/;
