/**
 * Source-name rules, first good value wins: a host label that agrees with the link, an attribution line, a source-marked
 * element, the label beside the time, a publisher row above the headline, a logo, a publisher line below the headline.
 */
import { collapse, isSeparator, isSkippedTag, wordCount, type Piece } from '../text';
import { isComingText, looksLikeTime, metaParts } from '../time';
import { isWeekdayName } from '../date-words';
import { namesDomain, registrableDomain, slugNamesDomain } from '../domain';
import { isHomePage, isPersonPath, resolveUrl, siteHost, urlParts } from '../url';
import { attributionName, isBracketNote, isChip, isLabel, isSponsorMark, isUsPlace, NAME_LEAD_ALONE, unbracketed } from './labels';
import { isOutletLead, isSourceMarked, isTestIdSource } from './source-marks';
import type { TitleHit } from './title';
import { dataTimedOf, linkFor, timePartIn, viewOf, viewText, type BlockView } from './view';
import { namesLinkedHost } from './host-name';
import { isPublisherLink, isPublisherUrl, PUBLISHER_STEP, sitePathSteps } from './publisher-links';
import { isBefore, isBoxHeader, isHeadingTag, listOf } from '../dom';
import { creditOfLink } from './link-credit';
import { remembered } from '../memo';

type Rule = (view: BlockView, title: TitleHit | null) => string | null;

/**
 * Kickers and tags above a headline ("Celebrity Couples", "Politics", "Uttar Pradesh") name a topic or a place, a fact
 * check's rating its verdict ("False"), a coverage list's media type its kind ("Online", "Print"): not a publisher.
 */
const TOPIC_HINT =
  /(?:^|[-_\s])(?:categor(?:y|ies|ia|ie)|kicker|eyebrow|topic|tags?|chip|section|rubri(?:c|ca|que|k)|ressort|sezione|secao|seccion|label|badge|flag|state|region|location|city|country|place|dateline|geo|rating|verdict|type|format|kind)(?:$|[-_\s])/i;

/** Marks of an author's name: hCard's "author vcard", rel="author", itemprop="author". */
const AUTHOR_HINT = /(?:^|[-_\s])(?:author|vcard)(?:$|[-_\s])/i;

/**
 * A label that names no publisher: a topic or section tag, or an author (marked so, or linking to a person's page). A
 * label marked as a category that names the story's own site (by its words or its page's address) is its publisher all
 * the same: an aggregator built on a news system files each story under its outlet ("RTL Lëtzebuerg" on a story of
 * rtl.lu, "ቢቢሲ ትግርኛ" linking /category/bbc-tigrinya/ on one of bbc.com).
 */
function isTopicOrAuthor(el: Element, view: BlockView, title: TitleHit | null): boolean {
  for (let e: Element | null = el, depth = 0; e && e !== view.element && depth < 3; e = e.parentElement, depth++) {
    const marks = `${ownClassWords(e.getAttribute('class') ?? '')} ${e.getAttribute('data-testid') ?? ''}`;
    const rel = e.getAttribute('rel');
    if (rel === 'tag') return true;
    if (TOPIC_HINT.test(marks)) {
      if (!title) return true;
      const domain = registrableDomain(title.url);
      // The category's own page may name the outlet where its label is in another script ("/category/bbc-tigrinya/"),
      // or be the outlet's page on the site ("/tobraichean/the-herald", a section link styled as the others).
      const link = e.closest('a');
      const href = link?.getAttribute('href');
      return !namesDomain(viewText(view, el), domain) && !(href && (slugNamesDomain(href, domain) || isPublisherLink(link!, view.ctx.url)));
    }
    // An author's credit that names the outlet after the writer ("Von Markus Jäger, dpa"), or only an agency ("AFP"),
    // gives the outlet.
    if (isAuthorMark(e, marks)) return writesNoOutlet(labelName(viewText(view, el)));
    if (e === el && afterAuthorField(el)) return writesNoOutlet(labelName(viewText(view, el)));
    if (e.tagName === 'A' && (isPersonPath(e.getAttribute('href') ?? '') || isSectionLink(e, view.ctx.url))) return true;
  }
  return false;
}

/** An attribution led by a dash alone ("— Kristian Silva", "- Reuters"). */
const DASH_LEAD = /^\s*[-–—]/;
/** A dash that is a piece of its own, before a credit's pieces. */
const DASH_ALONE = /^[-–—]$/;

/** Whether an element is marked as an author's: its class ("author", "vcard"), rel="author", itemprop="author". */
function isAuthorMark(e: Element, marks = ownClassWords(e.getAttribute('class') ?? '')): boolean {
  return AUTHOR_HINT.test(marks) || e.getAttribute('rel') === 'author' || e.getAttribute('itemprop') === 'author';
}

/** Whether an author's credit names a writer alone: not an outlet after the writer, nor an agency. */
function writesNoOutlet(name: string): boolean {
  return !creditedOutlet(name) && !isAgencyName(name);
}

/** Whether the element (or one of two above it, inside the block) is marked as a writer's credit that names no outlet. */
function isWriterOnly(el: Element, view: BlockView, name: string): boolean {
  for (let e: Element | null = el, depth = 0; e && e !== view.element && depth < 3; e = e.parentElement, depth++) {
    if (isAuthorMark(e)) return writesNoOutlet(name);
  }
  return false;
}

/**
 * The words of a class that name the element itself: a BEM element's name after its block's ("region-item__meta" →
 * "meta": a story of the region's list, not a region's label), a CSS module's local name ("StoryCard_section__hN2Rp" →
 * "section").
 */
const GWT_WIDGET = /(?:^|\s)gwt-\w+/g;

function ownClassWords(cls: string): string {
  // A widget kit's class names the widget, whatever it shows: GWT writes every text as a "gwt-Label".
  if (cls.includes('gwt-')) cls = cls.replace(GWT_WIDGET, '');
  if (!cls.includes('__')) return cls;
  return cls
    .split(/\s+/)
    .map((token) => {
      const parts = token.split('__');
      if (parts.length < 2) return token;
      const last = parts[parts.length - 1]!;
      // A CSS module's hash ("hN2Rp") follows the local name, itself after the component's ("StoryCard_section").
      if (CSS_MODULE_HASH.test(last)) return parts[parts.length - 2]!.split('_').pop()!;
      return last;
    })
    .join(' ');
}

const CSS_MODULE_HASH = /^(?=[a-z0-9-]*[A-Z0-9])[A-Za-z0-9-]{5}$/;

/**
 * A link to a section of the site named as the link reads ("Politik" → "/politik/", "England" → "/news/england"): a
 * story's section after its time, not its publisher. Not a publisher's page on the site ("/source/reuters").
 */
function isSectionLink(link: Element, page: URL): boolean {
  const steps = sitePathSteps(link, page) ?? [];
  const last = steps[steps.length - 1];
  const text = link.textContent ?? '';
  // A slug is about as long as the name it writes: most links are ruled out before either is made.
  if (last && last.length <= 2 * text.length + 8 && text.length <= 2 * last.length + 8 && slugOf(safeDecode(last)) === slugOf(text)) {
    return !steps.slice(0, -1).some((step) => PUBLISHER_STEP.test(step));
  }
  return isSectionQuery(link, text, page);
}

/**
 * A script's page of one section, named by a value of its query as the link reads ("sehlopha.php?k=botlokotsebe"
 * read "Botlokotsebe", "index.php?cat=politics"), on the site itself. Not a publisher's ("source.php?name=reuters").
 */
function isSectionQuery(link: Element, text: string, page: URL): boolean {
  const href = link.getAttribute('href') ?? '';
  const query = href.indexOf('?');
  if (query < 0 || text.length > MAX_SECTION_NAME) return false;
  const host = /^(?:https?:)?\/\/([^/?#]+)/i.exec(href)?.[1];
  if (host && host.toLowerCase() !== page.host) return false;
  const script = href.slice(0, query).split('/').pop()!.replace(/\.\w+$/, '');
  if (PUBLISHER_STEP.test(script)) return false;
  const name = slugOf(text);
  if (!name) return false;
  for (const pair of href.slice(query + 1).split('#')[0]!.split('&')) {
    const [key = '', value = ''] = pair.split('=');
    if (slugOf(safeDecode(value.replace(/\+/g, ' '))) === name) return !PUBLISHER_STEP.test(key);
  }
  return false;
}

/** Characters a section's name holds at most. */
const MAX_SECTION_NAME = 40;

function safeDecode(step: string): string {
  try {
    return decodeURIComponent(step);
  } catch {
    return step;
  }
}

/** A name as a path writes it: lower case, no accents, words joined by hyphens. */
function slugOf(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}


/** Byline words beside a time ("submitted 8 hours ago by", "Posted by samzenpus"): who posted, not who published. */
const BYLINE =
  /^(?:by|(?:submitted|posted|shared|written|added|edited|updated|published)(?:\s+(?:by|on|at)\b.*)?)$|^(?:by|por|von|door|przez|di|par)\s|^(?:author|autor(?:in)?|auteur|autore|yazan|yazar|written by|door|кхьейди)\s*:/i;

/**
 * A label's text without the separators around it ("Reuters ·", "БелТА," → the name), a sponsor's mark before it, a chip after
 * it and the brackets that enclose it ("（共同通信）", "(Reuters)", "[AFP]" → the name).
 */
const labelText = (text: string): string => remembered('label-text', text, labelTextOf);

/** A square bracket opened before a name and not closed in its text. */
const UNCLOSED_BRACKET = /^\[(?=[^\]]*$)\s*/;

const labelTextOf = (text: string): string => {
  // "БелТА, <time>": a comma before the time the name stands beside ends no name.
  // "[BBC News, 4 Mar]": the bracket a credit opens, its date read apart, closes nothing.
  const cut = text.replace(/^[|·•∙‧\s]+|[|·•∙‧,，、\s]+$/g, '').replace(UNCLOSED_BRACKET, '');
  // "(rbb24 · 655 raz cytane)": brackets around the name and its chip alike.
  const trimmed = unbracketed(cut);
  // "Sponsored · Nile Pay", "محتوى مُموَّل · نايل باي": a sponsor's mark, then the advertiser's name; "15min · 18,2
  // tūkst. skaitė": the name, then a chip about the story (a count, a length, a rating).
  const marked = /^(.{1,48}?)\s+[·•|]\s+(.+)$/.exec(trimmed);
  // A chip may open with its icon ("Сердало · 👁 3 402", "Шын · 💬 34").
  const chip = marked?.[2]!.replace(CHIP_ICON, '');
  const bare = marked && isSponsorMark(marked[1]!) ? marked[2]! : marked && chip && (isChip(chip) || COUNT_AFTER_NAME.test(chip)) ? marked[1]! : trimmed;
  const name = unbracketed(bare);
  // "By Russia Today", "By Reuters": a byline that names an outlet, not a person, gives the outlet.
  const by = BY_OUTLET.exec(name)?.[1];
  // "mit dpa", "avec AFP": what the writer wrote with, the outlet.
  const joined = JOINED_OUTLET.exec(name)?.[1];
  if (joined && isOutletName(joined)) return joined;
  // "The Verge via Techmeme": the outlet, then the aggregator the story came through (a wire's "SMHI via TT" is whole).
  const carried = CARRIED_VIA.exec(name);
  if (carried && isOutletName(carried[1]!) && !isAgencyName(carried[2]!)) return carried[1]!;
  return creditedOutlet(by ?? name) ?? (by && isOutletName(by) ? by : name);
};

/**
 * A tally after a name, in any language's words: a number, perhaps grouped in thousands, then words in lower case
 * ("Tengrinews · 18 402 рет оқылды", "rbb24 · 655 raz cytane"). An outlet's name that starts with a number writes its
 * word with a capital ("20 Minutes") and stands first, not after another name.
 */
const COUNT_AFTER_NAME = /^\d{1,3}(?:[\s\u00a0\u202f.,]\d{3})*(?:[.,]\d)?\s*[kmbKMB]?\+?\s+\p{Ll}[\p{Ll}\p{M}\s.'’-]*$/u;

/** Pictographs and symbols before a chip's count ("👁 3 402", "💬 34"). */
const CHIP_ICON = /^[\p{Extended_Pictographic}\p{S}\ufe0f\u200d\s]+/u;

const CARRIED_VIA = /^(.{2,40}?)\s+via\s+(\S.{1,40})$/;

const JOINED_OUTLET = /^(?:mit|avec|with|con|com)\s+(.{2,40})$/i;

/** A label's name without its byline's "By" ("By Kenji Mori, Reuters" → "Kenji Mori, Reuters"). */
const labelName = (text: string): string => BY_OUTLET.exec(text.trim())?.[1] ?? text.trim();

/**
 * The outlet a writer's credit names after the writers: "(By) Renata Olsen, National Press Wire", "Kenji Mori and Clara
 * Wendt, Reuters", "Markus Jäger, dpa", and wire style's "JOSH HALVERSON Associated Press".
 */
function creditedOutlet(name: string): string | null {
  const credit = WRITER_AND_OUTLET.exec(name) ?? CAPS_WRITER_AND_OUTLET.exec(name);
  // "da Reuters", "avec AFP": the outlet without the word that joins it to the writer.
  const outlet = credit?.[2]!.replace(OUTLET_JOIN, '');
  return credit && outlet && isOutletName(outlet) && !isOutletName(credit[1]!) ? outlet : null;
}

/**
 * Writers' names, then the outlet after a comma, a bar, in brackets or after "with" ("Andrés Gil | EFE", "Stefano
 * Lazzarin (ANSA)", "Thomas Le Goff avec AFP", "João Silva, da Reuters").
 */
const WRITER_AND_OUTLET =
  /^(\p{Lu}[\p{L}.'-]*(?:\s+(?:\p{Lu}[\p{L}.'-]*|and|und|et|y|e|i|&|de|da|di|do|dos|van|von|le|la)){1,7})(?:,\s+|\s+[|/]\s+|\s+(?=(?:avec|with|mit|con|com)\s)|\s+\()(.{2,40}?)\)?$/u;
/** The word that joins an outlet to its writer: "da Reuters", "avec AFP", "with Reuters", "for The Guardian". */
const OUTLET_JOIN = /^(?:da|do|de|di|della|del|of|for|für|pour|para|per|avec|with|mit|con|com)\s+/i;
/** Writers' names in capitals, words apart ("JOSH HALVERSON", not "ABS-CBN"), then the outlet in its own case (AP's style). */
const CAPS_WRITER_AND_OUTLET = /^(\p{Lu}[\p{Lu}'-]+(?:\s+\p{Lu}[\p{Lu}.'-]*){1,3})\s+(\p{Lu}.*\p{Ll}.*)$/u;

const BY_OUTLET = /^(?:by|von|par|por|door|przez)\s+(.{2,40})$/i;
/** Words that outlets' names have and people's do not ("Russia Today", "Associated Press", "Yahoo News"). */
const OUTLET_WORD =
  /(?:^|\s)(?:news|today|times|post|press|agency|agence|agencia|journal|herald|tribune|daily|media|tv|radio|magazine|gazette|wire|network|associated|reuters|bloomberg|guardian|telegraph|independent|chronicle|standard|observer|economist|insider|broadcasting|weekly|monthly|review|nachrichten|zeitung|presse|noticias|notícias|notizie)(?:$|\s)/i;
/** An outlet's initials: "AP", "AFP", "BBC", "CNN", "dpa". */
const OUTLET_INITIALS = /^(?:[A-Z]{2,5}|dpa|ANSA|EFE)$/;

/** An agency's or an outlet's name by its initials or its words ("AFP", "The Associated Press"), not by "The" alone. */
function isAgencyName(name: string): boolean {
  return OUTLET_INITIALS.test(name) || OUTLET_WORD.test(name);
}

function isOutletName(name: string): boolean {
  // A person's name never starts with "The" ("The Scotsman", "The Athletic").
  return isAgencyName(name) || /^[Tt]he\s+\p{Lu}/u.test(name);
}

// A word naming the host the block links to ("15min" beside 15min.lt's story) is its publisher, though it reads like a
// time or a length.
const usable = (text: string, view: BlockView, title: TitleHit | null, marked = false): boolean =>
  (namesLinkedHost(text, view.links) ||
    (isLabel(text, marked) && !isSponsorMark(text) && !BYLINE.test(text) && !looksLikeTime(text, view.ctx.now) && !isComingText(text, view.ctx.now, view.ctx.times))) &&
  !(title && title.title === text);

/** Characters a lead standing alone holds at most ("Content from", "News provided by", "Loharano:"). */
const LEAD_ALONE = 32;

const fromAttribution: Rule = (view, title) => {
  for (let i = 0; i < view.pieces.length; i++) {
    const p = view.pieces[i]!;
    if (title?.element.contains(p.element)) continue;
    // "- <span>Warren Pike</span>, <span>WSJ</span>": a dash alone, the writer, a comma, then the outlet, each a piece.
    if (DASH_ALONE.test(p.text) && view.pieces[i + 2]?.text === ',' && view.pieces[i + 3]) {
      const outlet = labelText(view.pieces[i + 3]!.text);
      if (outlet && usable(outlet, view, title, true)) return outlet;
    }
    // "Content from <b>Arlington Energy Partners</b>", "News provided by <strong>…</strong>": the lead and the name in
    // pieces of their own.
    // A bilingual lead gives its other language after a slash ("ᐱᒋᐊᕐᕕᖓ / Source:", "Ffynhonnell / Source:").
    const next = p.text.length <= LEAD_ALONE && NAME_LEAD_ALONE.test(p.text.split(' / ').pop()!.trim()) ? view.pieces[i + 1] : undefined;
    const found = next ? next.text : attributionName(p.text);
    // "— Taifa Leo, saa 5 zilizopita": the attribution goes on with the story's time; "— Sasha Brennan, Circuit
    // Weekly": a writer, then the outlet.
    const name = found && labelText(withoutTime(found, view));
    // The lead marks the name as the provider's; a dash alone does not where the page marks the line as its writer's
    // ("<span class=author>— Kristian Silva</span>", a feed reader's line). "Source:" does ("<div class=jeg_meta_author>Fuente: …").
    if (name && usable(name, view, title, true) && !(DASH_LEAD.test(p.text) && isWriterOnly(p.element, view, name))) return name;
  }
  return null;
};

/** A name without the story's time after it, in one text: "Taifa Leo, saa 5 zilizopita", "Vidzemes Ziņotājs, vakar 18:40". */
function withoutTime(text: string, view: BlockView): string {
  const parts = metaParts(text, view.ctx.now, view.ctx.times);
  return parts.length === 2 && looksLikeTime(parts[1]!, view.ctx.now, view.ctx.times) ? parts[0]! : text;
}

const fromMarkedElement: Rule = (view, title) => {
  const hinted = new Map<Element, boolean>();
  for (const p of view.pieces) {
    const el = markedElementOf(view, p.element);
    if (!el) continue;
    // Pieces of one card share their marked element: whether it marks a publisher is read once.
    let hint = hinted.get(el);
    if (hint === undefined) hinted.set(el, (hint = isSourceMarked(el) || inSourceComponent(el, view) || inTestIdSource(el, view)));
    const text = hint ? withoutTime(labelText(p.text), view) : '';
    if (text && usable(text, view, title, true)) return text;
  }
  return null;
};

/** Whether an element is a part of a component named for the publisher ("<vg-badge-source>" around "<span class=nom>"). */
function inSourceComponent(el: Element, view: BlockView): boolean {
  const parent = el === view.element ? null : el.parentElement;
  return !!parent && parent.localName.includes('-') && isSourceMarked(parent);
}

/**
 * Whether an element sits in one a few levels up whose test id names the publisher ("publicationName"), past elements
 * whose classes say nothing: atomic CSS gives every span a class ("be b io z bj").
 */
function inTestIdSource(el: Element, view: BlockView): boolean {
  for (let e: Element | null = el.parentElement, depth = 0; e && depth < 3; e = e === view.element ? null : e.parentElement, depth++) {
    if (isTestIdSource(e)) return true;
  }
  return false;
}

/**
 * The nearest element at or above `el` within the block that has a class, itemprop or data-source attribute (as
 * `closest('[class], [itemprop], [data-source]')` inside the block) or a test id naming a publisher, or null. The
 * answers for the elements on the way are kept: the pieces of a block share their ancestors.
 */
function markedElementOf(view: BlockView, el: Element): Element | null {
  const marked = (view.memo.marked ??= new Map());
  const chain: Element[] = [];
  let found: Element | null = null;
  for (let e: Element | null = el; e; e = e === view.element ? null : e.parentElement) {
    const known = marked.get(e);
    if (known !== undefined) {
      found = known;
      break;
    }
    chain.push(e);
    if (e.hasAttribute('class') || e.hasAttribute('itemprop') || e.hasAttribute('data-source') || isTestIdSource(e)) {
      found = e;
      break;
    }
  }
  for (const e of chain) marked.set(e, found);
  return found;
}

/**
 * The short label just before the time ("Russia Today · 5 hours ago"), else just after it: a part of the time's own
 * text when the page writes the meta line as one text, else the pieces beside it. A block that shows its time twice
 * (a "5h" badge on its picture, "Reuters · Posted 5 hours ago" below) is asked beside each.
 */
const besideTime: Rule = (view, title) => {
  const first = view.timePiece;
  if (!first) return labelBesidePiece(view, title, null, null, silentTimeAt(view));
  const found = labelBesidePiece(view, title, first, view.timeText, view.pieces.indexOf(first));
  if (found) return found;
  for (let i = view.pieces.indexOf(first) + 1; i < view.pieces.length; i++) {
    const p = view.pieces[i]!;
    const text = timePartIn(p.text, view.ctx);
    const label = text ? labelBesidePiece(view, title, p, text, i) : null;
    if (label) return label;
  }
  return null;
};

/** The label beside one time piece at index `at` (or, with no piece, beside a silent time standing there). */
function labelBesidePiece(view: BlockView, title: TitleHit | null, piece: Piece | null, timeText: string | null, at: number): string | null {
  // "12 mins ago by Reuters": an outlet after the time's "by" (a person there is who posted it).
  const by = piece && timeText && piece.text.startsWith(timeText) ? /^\s+by\s+(.+)$/i.exec(piece.text.slice(timeText.length))?.[1] : undefined;
  if (by && isOutletName(by) && usable(by, view, title)) return by;
  const parts = piece ? metaParts(piece.text, view.ctx.now, view.ctx.times) : [];
  if (piece && timeText && parts.length > 1) {
    if (isTopicOrAuthor(piece.element, view, title)) return null;
    // The time is one part, or a day and its clock time joined ("Jun 8 · 04:00 UTC", "i nehinei, 4:15 p.m.").
    const i = parts.findIndex((p) => timeText === p || timeText.startsWith(`${p} `) || timeText.startsWith(`${p}, `));
    const after = i + (parts[i] === timeText ? 1 : 2);
    // A weekday before the date ("Sa, 14 Mär 2026") is the date's.
    const label = (part: string | undefined): string | null => {
      const text = part && labelText(part);
      return text && !isWeekdayName(text) && usable(text, view, title) ? text : null;
    };
    if (i < 0) return null;
    const found = label(parts[i - 1]) ?? label(parts[after]);
    // A time that opens its piece ("| March 12, 2024 | 24 minutes") may have the name in the piece before it
    // ("Maya Lindqvist | <em>Outside</em>"): it is sought below, as for a time alone.
    if (found || i > 0 || !/^[|·•]/.test(piece.text.trim())) return found;
  }
  if (at < 0) return null;
  // Words inside the same <time> as the time are its own ("<time><span class=visually-hidden>Published</span>3 hours
  // ago</time>", in any language): no name.
  const timeElement = piece?.element.closest('time') ?? null;
  // The pieces before the time, and after it (a silent time has no piece of its own: the one at its index follows it).
  const near = (step: number): string | null => {
    for (let i = step < 0 || piece !== null ? at + step : at; i >= 0 && i < view.pieces.length; i += step) {
      const p = view.pieces[i];
      if (!p || isSeparator(p.text) || isIconGlyph(p.element) || timeElement?.contains(p.element)) continue;
      if (title?.element.contains(p.element) || isTopicOrAuthor(p.element, view, title) || afterBy(view.pieces, i)) return null;
      if (title && isSecondStoryLink(view, p.element, title)) return null;
      const text = labelText(p.text);
      // A rating's or a count's chip stands between the time and the name ("Midland Courier · Center · Factuality: High · 1h ago").
      if (isChipOf(view, text)) continue;
      return usable(text, view, title) ? text : null;
    }
    return null;
  };
  return near(-1) ?? near(1);
}

/** A chip beside the publisher's name (a count, a length, a rating), unless it names the host the block links to ("15min"). */
function isChipOf(view: BlockView, text: string): boolean {
  return isChip(text) && !namesLinkedHost(text, view.links);
}

/** Words a publisher's name in a second link to the story has at most ("BBC", "The Irish Times"). */
const NAME_IN_LINK_WORDS = 3;

/** A name of a few words linked to the story itself, above its headline (an advertiser's name over its ad's headline). */
function isNameLinkedToStory(view: BlockView, link: Element, title: TitleHit): boolean {
  return !!title.url && link.tagName === 'A' && linkFor(view, link)?.url === title.url && wordCount(viewText(view, link)) <= NAME_IN_LINK_WORDS;
}

/**
 * A name of a few words linking its outlet's page on the site, whose address names the story's site: an aggregator on a
 * news system files each story under its outlet ("ቢቢሲ ትግርኛ" linking /category/bbc-tigrinya/ on a story of bbc.com).
 */
function isOutletPageLink(view: BlockView, link: Element, title: TitleHit | null): boolean {
  const href = title?.url && link.tagName === 'A' ? linkFor(view, link)?.url : null;
  return (
    !!href && wordCount(viewText(view, link)) <= NAME_IN_LINK_WORDS && urlParts(href)?.hostname === view.ctx.url.hostname &&
    slugNamesDomain(href, registrableDomain(title!.url))
  );
}

/**
 * A publication's page on a writers' platform, after its writer's name and "in" ("Agencia EFE in <a href=/cronica-ocho>
 * Crónica Ocho</a>" above "/cronica-ocho/embalses-…"): the story's path starts with the link's.
 */
function isPublicationLink(view: BlockView, at: number, link: Element, title: TitleHit): boolean {
  if (at < 1 || view.pieces[at - 1]!.text.trim().toLowerCase() !== 'in') return false;
  const page = urlParts(linkFor(view, link)?.url ?? '');
  const story = urlParts(title.url ?? '');
  return !!page && !!story && page.hostname === story.hostname && page.pathname.length > 1 && story.pathname.startsWith(`${page.pathname.replace(/\/$/, '')}/`);
}

/**
 * Whether a piece sits in a second link to the story, beside the headline's own (a subtitle or a teaser linked like
 * the headline): a line of the story, not its publisher. A card that is one link holds every label in it, and a link
 * of a few words that is a name is the publisher's (a search result's "BBC" linking to the story).
 */
function isSecondStoryLink(view: BlockView, el: Element, title: TitleHit): boolean {
  const link = el.closest('a[href]');
  if (!link || !view.element.contains(link) || link.contains(title.element)) return false;
  return !!title.url && linkFor(view, el)?.url === title.url && wordCount(viewText(view, link)) > NAME_IN_LINK_WORDS;
}

/** Words that put a name after them as its author: "Posted by", "By", "von", "par", Sesotho's "Ka" alone… */
const BY_LEAD = /(?:^|\s)(?:by|von|par|por|di|door|przez)$|^(?:ka|hi)$/i;
/** A field's name that puts its writer after it: "Author:", Lezgian "Кхьейди:" (written by). */
const AUTHOR_FIELD = /^(?:author|autor(?:in)?|auteur|autore|yazar|кхьейди)\s*:$/i;

/**
 * Whether a name's element follows an author field's name in its line ("Кхьейди: <a>Зарема Алиева</a>", "Author:
 * <a>…</a>").
 */
function afterAuthorField(el: Element): boolean {
  return AUTHOR_FIELD.test(collapse(el.previousSibling?.textContent ?? ''));
}

/** Whether the piece at `i` follows a byline's "by" ("Posted by Soulskill"): a poster or author, not a publisher. */
function afterBy(pieces: Piece[], i: number): boolean {
  const before = pieces[i - 1];
  return !!before && BY_LEAD.test(before.text);
}

/**
 * Where a block's machine-readable time without text of its own (`<span data-timestamp="…"></span>`) sits among its
 * pieces, as the index a piece there would have; -1 when the block has no such time.
 */
function silentTimeAt(view: BlockView): number {
  const el = view.times[0] ?? dataTimedOf(view)[0];
  if (!el || el === view.element || collapse(el.textContent ?? '')) return -1;
  const after = view.pieces.findIndex((p) => isBefore(el, p.element));
  return after < 0 ? view.pieces.length : after;
}

/** A publisher row just above the headline ("Reuters" then "Stocks slip as…"). */
const aboveTitle: Rule = (view, title) => {
  if (!title) return null;
  // Above a story of the page's own site the row is mostly its kicker ("Belgrado", "Economía", "Berita"): only an
  // outlet's name there names a publisher (an aggregator that hosts other outlets' stories: "Russia Today").
  const own = isOwnStory(view, title);
  const first = view.pieces.findIndex((p) => title.element.contains(p.element));
  // A kicker inside the headline's own heading ("Koalitionsverhandlungen" above the words of the headline) is its topic.
  const heading = title.element.closest(HEADING);
  const ownHeading = heading && view.element.contains(heading) ? heading : null;
  for (let i = first - 1; i >= 0; i--) {
    const p = view.pieces[i]!;
    // An ad's mark beside its advertiser ("SmartAsset · Sponsored") and a paywall's badge ("Member-only story") are
    // passed over to the name.
    // So is a rating's chip beside the name ("CNN Business · Lean Left").
    if (isSeparator(p.text) || p === view.timePiece || isSponsorMark(p.text) || PAYWALL_BADGE.test(p.text) || isIconGlyph(p.element) || isChipOf(view, labelText(p.text))) continue;
    if (ownHeading?.contains(p.element)) return null;
    // A label inside another link or a button is a control ("12 comments"), not the publisher; but a link to a site's
    // home page names that site (a feed's blog name above its post).
    const control = p.element.closest('a[href], button, [role="button"]');
    const publication = !!control && isPublicationLink(view, i, control, title);
    if (control && view.element.contains(control) && !control.contains(title.element) && !linksHome(view, control) && !isNameLinkedToStory(view, control, title) && !isOutletPageLink(view, control, title) && !publication) return null;
    // A bold lead with a colon before the headline names its outlet ("Global Dispatch: <a>…</a>").
    const text = isOutletLead(p.element) ? labelText(p.text).replace(/:$/, '').trim() : labelText(p.text);
    // A station's or a story's place beside its name ("NewsChannel 9 KSWT · Amarillo, TX"): the name is before it.
    if (isUsPlace(p.text.replace(/^[·•|\s]+/u, ''))) continue;
    // The headline link's tooltip that reads "Kicker: Headline" says what the label above the headline is.
    if (control?.getAttribute('title')?.startsWith(`${text}:`)) return null;
    // An ad's advertiser, above the headline of an ad that the site's own click counter leads to, is named though.
    // So is a publication on a writers' platform, whose stories are all the platform's.
    if (own && !publication && !isOutletName(text) && !HOST_LABEL.test(text) && !view.pieces.some((q) => isSponsorMark(q.text))) return null;
    return usable(text, view, title) && (publication || !isTopicOrAuthor(p.element, view, title)) && !endsLabelChain(view, i) ? text : null;
  }
  return null;
};

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** A badge that says a story is for paying readers. */
const PAYWALL_BADGE = /^(?:member-only story|members[- ]only|subscribers? only|subscriber exclusive|premium)$/i;

/** Whether the headline links to the page's own site. */
function isOwnStory(view: BlockView, title: TitleHit): boolean {
  const domain = registrableDomain(title.url);
  return !!domain && domain === registrableDomain(view.ctx.url.href);
}

/** Whether a link leads to a site's home page. */
function linksHome(view: BlockView, el: Element): boolean {
  const url = el.tagName === 'A' ? view.links.find((l) => l.element === el)?.url : null;
  return !!url && isHomePage(url);
}

/**
 * Whether the piece at `i` ends a chain of labels on one line ("United States · Politics" above a headline): a kicker's
 * path of places and topics, whose last label is no publisher. A time before it ("5h · Reuters") is no label.
 */
function endsLabelChain(view: BlockView, i: number): boolean {
  const separator = view.pieces[i - 1];
  const before = view.pieces[i - 2];
  if (!separator || !before || !isSeparator(separator.text) || before === view.timePiece) return false;
  return before.element.parentElement === view.pieces[i]!.element.parentElement && isLabel(labelText(before.text));
}

/**
 * A publisher line just below the headline ("Stocks slip as…" then "Reuters"), in a block with no time after the headline
 * (beside which a label would sit; a time before it, "20:48 Headline TRT Haber", leaves the line below to name the
 * publisher): the first text after the headline, a label of its own line, not a control or a topic tag.
 */
const belowTitle: Rule = (view, title) => {
  const time = view.timePiece?.element;
  if (!title || (time && (!isBefore(time, title.element) || time.contains(title.element)))) return null;
  // A card that is one link holds its publisher's line after the headline's words ("<a><span class=badge>1 208</span>
  // Headline <small>Заман</small></a>"): the pieces of the headline are those its words hold.
  let last = -1;
  view.pieces.forEach((p, i) => {
    if (title.element.contains(p.element) && (last < 0 || title.title.includes(p.text))) last = i;
  });
  for (let i = last + 1; last >= 0 && i < view.pieces.length; i++) {
    const p = view.pieces[i]!;
    if (isSeparator(p.text)) continue;
    // A control is no publisher's line, but a link to the publisher's page on the site names it ("/izvor/blic"), and
    // a card that is one link holds its publisher's line too.
    const control = p.element.closest('a[href], button, [role="button"]');
    if (control && view.element.contains(control) && !control.contains(title.element) && !isPublisherLink(control, view.ctx.url) && !isOutletPageLink(view, control, title)) return null;
    const text = labelText(p.text);
    // A count after the headline ("(12)" comments), or a badge ("False", a fact check's rating), stands between it and
    // the publisher's line.
    if (isChipOf(view, text) || isBadge(p.element, view) || isFieldsTerm(p.element)) continue;
    return usable(text, view, title) && !isTopicOrAuthor(p.element, view, title) ? text : null;
  }
  return null;
};

/**
 * The term over a story's details in a description list ("<dl><dt>Details</dt><dd>Written by …</dd><dd>Published …"),
 * as Joomla writes it: the name of what follows, not a publisher.
 */
function isFieldsTerm(el: Element): boolean {
  const term = el.closest('dt');
  return !!term && term.nextElementSibling?.tagName === 'DD' && term.nextElementSibling.nextElementSibling?.tagName === 'DD';
}

/** A badge on a story, marked so by its class: a fact check's rating ("False", "Missing context"), a flag. */
const BADGE_HINT = /(?:^|[-_\s])(?:rating|verdict|badge|flag)(?:$|[-_\s])/i;

function isBadge(el: Element, view: BlockView): boolean {
  for (let e: Element | null = el, depth = 0; e && e !== view.element && depth < 2; e = e.parentElement, depth++) {
    if (BADGE_HINT.test(e.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/** A piece that opens a web address in brackets: its link may show it whole. */
const SHOWN_ADDRESS = /^\(\s*https?:\/\//i;

/**
 * A host name as a link aggregator shows it beside a headline: "(github.com)", "i.imgur.com", "at blog.example.com";
 * or, in brackets, the whole address of the story an aggregator's search shows
 * ("(https://blog.rust-lang.org/2026/03/05/Rust-1.94.0/)").
 * Its host is the first group that matched.
 */
const HOST_LABEL = /^(?:\(\s*https?:\/\/((?:[a-z0-9-]+\.)+[a-z]{2,})(?::\d+)?(?:[/?#][^\s()]*)?\s*\)|\(?\s*(?:(?:at|from|via|on)\s+)?((?:[a-z0-9-]+\.)+[a-z]{2,})\s*\)?)$/i;

/** The link's site as the block names it ("(github.com)" after the headline): a host that agrees with the link's domain. */
const fromHostLabel: Rule = (view, title) => {
  const domain = title?.url ? registrableDomain(title.url) : null;
  if (!domain) return null;
  for (const p of view.pieces) {
    const address = SHOWN_ADDRESS.test(p.text);
    if ((p.text.length > 70 && !address) || title!.element.contains(p.element)) continue;
    // An address is shown whole by its link, whose search highlights may split it ("(https://blog.<em>rust</em>-lang.org/…)").
    const shown = address ? p.element.closest('a[href]') : null;
    const label = HOST_LABEL.exec(shown ? viewText(view, shown) : p.text);
    const host = (label?.[1] ?? label?.[2])?.toLowerCase();
    const site = host ? registrableDomain(`https://${host}/`) : null;
    // The host the headline leads to, or the host a link of its own leads to (a forum topic's link to the story it shares).
    if (site && (site === domain || site === registrableDomain(linkFor(view, p.element)?.url ?? null))) return host!.replace(/^www\./, '');
  }
  return null;
};

/**
 * A name that links to the front page of the site the headline leads to ("Sarah Perez / <a>TechCrunch</a>:"), by host:
 * a publication on a platform's subdomain too ("capitalledger.penwire.com").
 */
/** The name a link to an outlet's page shows: after its lead where it has one ("Read on X", "More from X"). */
function linkName(view: BlockView, link: Element): string {
  const shown = viewText(view, link);
  return attributionName(shown) ?? labelText(shown);
}

const fromHomeLink: Rule = (view, title) => {
  const site = title?.url ? siteHost(title.url) : null;
  // Not the page's own site: its logo or home link names the page, not a story's publisher.
  if (!site || site === siteHost(view.ctx.url.href)) return null;
  for (const link of view.links) {
    if (link.encloses || link.element.contains(title!.element) || !isHomePage(link.url) || siteHost(link.url) !== site) continue;
    // A writer's name that a feed plugin links to the feed's site ("Кхьейди: <a href=https://lezgigazet.ru>Зарема
    // Алиева</a>").
    if (afterAuthorField(link.element)) continue;
    // "Read on The Hilltop Ledger": the name after a lead that points on to the outlet.
    const text = linkName(view, link.element);
    if (usable(text, view, title)) return text;
  }
  return null;
};

/** A class that marks its element as the story's source ("src", "source", "outlet"): an image in it is the logo. */
const SOURCE_BOX = /(?:^|[-_\s])(?:src|source|outlet)(?:$|[-_\s])/i;

/** A publisher's logo: an image marked as a logo or icon, or one small enough to be one. A photo's alt describes the photo. */
function isLogo(img: Element): boolean {
  // A topic's icon links to the topic's stories ("search.pl?tid=hardware", "/tag/energy"), a publisher's logo does not.
  // A person's picture (an avatar, or an image linking to a member's page) shows who posted, not who published.
  const link = img.closest('a[href]');
  const href = link?.getAttribute('href') ?? '';
  if (link && (TOPIC_LINK.test(href) || isPersonPath(href))) return false;
  const hint = `${img.getAttribute('class') ?? ''} ${img.getAttribute('src') ?? ''} ${img.parentElement?.getAttribute('class') ?? ''}`;
  if (AVATAR.test(hint) || AVATAR.test(img.getAttribute('alt') ?? '')) return false;
  // A button's icon is the control's (a reaction's "like" beside its count), unless it says it is a publisher's logo.
  if (img.closest('button') && !/logo|publisher|source/i.test(hint)) return false;
  // "loghi": Italian's logos. An image in an element marked as the source ("<div class=src><img alt=…>") is its logo.
  if (/logo|loghi|icon|favicon|brand|publisher|source/i.test(hint) || SOURCE_BOX.test(img.parentElement?.getAttribute('class') ?? '')) return true;
  const w = Number(img.getAttribute('width') ?? NaN);
  const h = Number(img.getAttribute('height') ?? NaN);
  return (w > 0 && w <= 64) || (h > 0 && h <= 40);
}

const AVATAR = /avatar|gravatar|userpic|profile[-_ ]?(?:pic|photo|image)/i;

const TOPIC_LINK = /\/(?:search(?:\.\w+)?|tags?|topics?|category|categories)(?:[/?#]|$)|[?&](?:tid|topic|tag)=/i;

/**
 * What an icon drawn beside a count or a control is called: words in lower case ("clap", "responses", "more options").
 * A drawn logo bears the publisher's name as written ("Reuters", "BBC News", "theverge.com").
 */
const ICON_NAME = /^[a-z]+(?: [a-z]+)*$/;

/** An icon font's glyph, written as its ligature's name ("<i class=material-icons>fullscreen</i>"): no word at all. */
function isIconGlyph(el: Element): boolean {
  return (el.tagName === 'I' || el.tagName === 'SPAN') && ICON_FONT.test(el.getAttribute('class') ?? '');
}

const ICON_FONT = /(?:^|\s)material-(?:icons|symbols)(?:-[a-z]+)?(?:\s|$)/;

/** An icon's class ("icon-plus", "ui_icon"): a symbol of the site's own (a subscribers' badge), not an outlet's logo. */
function isIconClass(el: Element): boolean {
  const cls = el.getAttribute('class') ?? '';
  return /(?:^|[\s_-])icons?(?:$|[\s_-])/i.test(cls) && !/logo/i.test(cls);
}

/** Logos drawn rather than loaded: an inline svg or an element in the image role, named by its aria-label. */
const DRAWN_LOGOS = '[role="img"][aria-label], svg[aria-label]';

const fromLogo: Rule = (view, title) => {
  for (const img of view.images) {
    // Its alt text, or where that is empty its tooltip (a favicon with title="中央社").
    const named = img.getAttribute('alt') || img.getAttribute('title');
    if (!named) continue;
    const alt = collapse(named).replace(/\s+logo$/i, '');
    if (isLogo(img) && usable(alt, view, title)) return alt;
  }
  for (const logo of listOf(view.element.querySelectorAll(DRAWN_LOGOS))) {
    const label = collapse(logo.getAttribute('aria-label') ?? '').replace(/\s+logo$/i, '');
    if (isLogo(logo) && !ICON_NAME.test(label) && !isIconClass(logo) && usable(label, view, title)) return label;
  }
  return null;
};

/** A publisher named in brackets at the end of the headline's own text: "Boeing beats its target (The Seattle Times)". */
const fromTitleTail: Rule = (view, title) => {
  const name = title ? TITLE_TAIL.exec(title.title)?.[1]?.trim() : null;
  return name && usable(name, view, title) && !isBracketNote(name) ? name : null;
};

const TITLE_TAIL = /\S\s+\(([^()]{2,40})\)$/;

/**
 * A link to one publisher's page on the aggregator itself ("/periodico/el-pais/", "/source/reuters"), named as the
 * publisher: a kiosk's card of a newspaper, its name above its front page's headline.
 */
const fromPublisherLink: Rule = (view, title) => {
  for (const link of view.links) {
    if (link.encloses || title?.element.contains(link.element) || !isPublisherLink(link.element, view.ctx.url)) continue;
    // The link may say so ("More from Delfi", "Daugiau iš Delfi"): the name after the lead.
    const text = linkName(view, link.element);
    if (text && usable(text, view, title) && !isTopicOrAuthor(link.element, view, title)) return text;
  }
  return null;
};

/**
 * A curated issue's credit of its headline link: the outlet after it ("(The Atlantic)", "— Northfield Post", "by … in
 * The Continental"), closing its text ("… (Axios)") or leading its item ("The Associated Press: …").
 */
const fromLinkCredit: Rule = (view, title) => {
  const link = title?.element.closest('a[href]');
  const credit = link && view.element.contains(link) ? creditOfLink(link) : null;
  const name = credit ? labelText(credit) : null;
  return name && usable(name, view, title) ? name : null;
};

const RULES: Rule[] = [fromHostLabel, fromHomeLink, fromAttribution, fromMarkedElement, besideTime, aboveTitle, fromLogo, fromLinkCredit, belowTitle, fromTitleTail, fromPublisherLink];

/**
 * The publisher named in a story's other rows when the page writes the story as sibling elements (a `<dl>`'s "há 5
 * horas", "- Folha de S.Paulo", then the headline; or the headline, "<dd class=source>", then the date): the rows
 * between its time and its headline, each read on its own, by the rules that need no headline beside them (an
 * attribution, a marked label); else the time's own row.
 */
export function sourceBetween(view: BlockView, title: TitleHit | null): string | null {
  const meta = view.meta;
  if (!meta || meta.parentElement !== view.element.parentElement) return null;
  const [first, last] = isBefore(meta, view.element) ? [meta, view.element] : [view.element, meta];
  for (let row: Element | null = first.nextElementSibling; row && row !== last; row = row.nextElementSibling) {
    const rowView = viewOf({ element: row, section: null }, view.ctx, view.base);
    const name = fromAttribution(rowView, title) ?? fromMarkedElement(rowView, title);
    if (name) return name;
  }
  // Else the time's own row, which may mark the publisher beside the time ("<dd><span class=src>…</span> • 12 min ago</dd>";
  // an unmarked label there is as often the story's section).
  const metaView = viewOf({ element: meta, section: null }, view.ctx, view.base);
  return fromAttribution(metaView, title) ?? fromMarkedElement(metaView, title);
}

/** Levels climbed from a block to the list whose heading may name its publisher (the item, its list, the column). */
const HEADING_LEVELS = 3;

/**
 * The publisher a list's head names: a heading that links to the front page of the site the story leads to (a page of
 * one column per outlet: "<h2><a href=https://bayledger.com/>The Bay Ledger</a></h2>", or the outlet's logo); or a box's
 * head that links to one publisher's page on the aggregator and shows its logo and name above its list (a portal's
 * ranking by press: "<a href=/press/931/ranking><img alt=한누리일보> 한누리일보</a>").
 */
export function sourceOfListHeading(view: BlockView, title: TitleHit | null): string | null {
  const site = title?.url ? siteHost(title.url) : null;
  if (!site) return null;
  const offSite = site !== siteHost(view.ctx.url.href);
  let el: Element | null = view.element;
  for (let level = 0; el && level < HEADING_LEVELS; level++, el = el.parentElement) {
    let prev = el.previousElementSibling;
    while (prev && (isSkippedTag(prev.tagName) || BOX_CONTROLS.has(prev.tagName))) prev = prev.previousElementSibling;
    if (!prev) continue;
    if (prev.tagName === 'A' && prev.hasAttribute('href')) {
      const name = publisherHeadName(prev, view);
      if (name) return name;
      continue;
    }
    const heading = offSite ? headingOfHead(prev) : null;
    if (!heading) continue;
    const link = heading.querySelector('a[href]');
    const url = link ? resolveUrl(link.getAttribute('href'), view.base) : null;
    if (!url) return null;
    // The link's words, or its logo's: not the heading's controls beside it ("×" to hide the column).
    // A feed's title names its outlet, then what the feed holds ("FBC News – Latest"): the outlet's name is the first
    // part.
    const shown = collapse(link!.textContent ?? '') || collapse(link!.getAttribute('title') ?? link!.querySelector('img[alt]')?.getAttribute('alt') ?? '');
    const name = shown.replace(FEED_TAIL, '');
    // The heading links to the outlet's home page (slashdot.org over tech.slashdot.org's stories), or to the
    // aggregator's own page of it under the outlet's name ("<h3><a href="spip.php?site3">Jornalet</a></h3>" over
    // jornalet.com's stories).
    const home = isHomePage(url) && (siteHost(url) === site || site.endsWith(`.${siteHost(url)}`));
    const ownPage = !home && siteHost(url) === siteHost(view.ctx.url.href) && !!name && namesDomain(name, registrableDomain(title!.url));
    if (!home && !ownPage) return null;
    return name && isLabel(name) ? name : null;
  }
  return null;
}

/**
 * The heading that heads a list: a heading element, or the one heading in a box's header before it ("<header
 * class=col__head><img> <h2><a href=https://www.theverge.com/>The Verge</a></h2> <span>↻ 2m</span></header>").
 */
function headingOfHead(el: Element): Element | null {
  if (isHeadingTag(el.tagName)) return el;
  if (!isBoxHeader(el)) return null;
  const headings = el.querySelectorAll('h1, h2, h3, h4, h5, h6');
  return headings.length === 1 ? headings[0]! : null;
}

/** What a feed's title says it holds after the outlet's name: " – Latest", " | Top stories", " - RSS". */
const FEED_TAIL = /\s+[–—|:-]\s+(?:latest(?: news| stories| headlines)?|top (?:stories|news)|headlines|home(?: ?page)?|news ?feed|rss(?: feed)?|all news)$/i;

/** A box's controls between its head and its list ("Subscribe"). */
const BOX_CONTROLS = new Set(['BUTTON', 'FORM', 'INPUT']);

/**
 * The name a box's head gives, when it links to a publisher's page on the aggregator's own site ("/press/931/ranking")
 * and shows the publisher's logo with its name (the logo's alt text, the same as the words beside it, if any).
 */
function publisherHeadName(head: Element, view: BlockView): string | null {
  const url = resolveUrl(head.getAttribute('href'), view.base);
  if (!url || registrableDomain(url) !== registrableDomain(view.ctx.url.href) || !isPublisherUrl(url)) return null;
  const logo = collapse(head.querySelector('img[alt]')?.getAttribute('alt') ?? '');
  const words = collapse(head.textContent ?? '');
  return logo && (!words || words === logo) && isLabel(logo) ? logo : null;
}

export function sourceNameOf(view: BlockView, title: TitleHit | null): string | null {
  for (const rule of RULES) {
    const name = rule(view, title);
    if (name) return name;
  }
  return null;
}
