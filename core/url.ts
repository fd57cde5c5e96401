/** Link normalisation: absolute, http(s) only, redirect wrappers unwrapped, tracking parameters removed. */
import { currentParse, parseMemo, remembered } from './memo';
import { copyOfBase, isArchiveTodayHost, sharesCopy, unarchived, unproxied, withoutCapturePrefix } from './page-copies';

const TRACKING_PARAMS = /^(?:utm_\w+|(?:pk|piwik)_(?:campaign|kwd|keyword|source|medium|content|cid|group|placement)|mtm_\w+|clickid|origem|ssm|xtor|at_(?:medium|campaign|platform|creation|format|link|send_date)|fbclid|gclid|dclid|msclkid|snclid|ttclid|twclid|li_fat_id|mc_[ce]id|ocid|ref|ref_src|src|cmp(?:id)?|__twitter_impression|igshid|yclid|_hsenc|_hsmi|obOrigUrl|obclid|tblci|dicbo|\.tsrc|soc_src|soc_trk|pvs|wt_(?:mc|zmc|cc\d*)|relatedposts_\w+|rdt_cid|erid|[a-z0-9]{1,4}_click)$/i;
/** A blogging platform's trail of where a reader clicked ("?source=topic_portal---------0-84----------journalism------"). */
const SOURCE_TRAIL = /-{8}/;

/** A German portal's marker of the module a click came from ("?mc=nachrichten@meistgelesen", web.de and its kin). */
const MODULE_TRAIL = /^[\w.-]+(?:@[\w.-]+)+$/;

/** A word that says which list a click came from ("?from=hot", "?fm=ranking", "?from=timeline"): no page, no offset. */
const CLICK_ORIGIN = /^[a-z_]{2,24}$/i;

/**
 * Whether a query parameter only tracks the click: a tracking name, a `source` or `mc` that is such a trail, or a
 * `from` or `fm` that names where the click came from.
 */
/**
 * Parameters a site adds to its own links to count where a click came from, which a story's address does without:
 * MSN's click ids ("?ocid=…&cvid=…&ei=12"), ZUM's list and slot ("?cm=news_main_headline&selectTab=main&r=1&thumb=1"),
 * Dzen's listing ("?lang=ru&rubric=index&fan=1&t=…&persistent_id=…"), the New York Times' feed's ("?partner=rss").
 */
const SITE_TRACKING: ReadonlyArray<{ host: RegExp; params: RegExp }> = [
  { host: /(?:^|\.)msn\.(?:com|cn)$/, params: /^(?:cvid|ei)$/ },
  { host: /(?:^|\.)zum\.com$/, params: /^(?:cm|selectTab|r|thumb)$/ },
  { host: /(?:^|\.)dzen\.ru$/, params: /^(?:lang|rubric|fan|t|persistent_id)$/ },
  // The New York Times' feed links ("?partner=rss&emc=rss").
  { host: /(?:^|\.)nytimes\.com$/, params: /^(?:partner|emc)$/ },
];

/** The parameters that only count clicks on links to this host (see SITE_TRACKING), or null. */
function siteTracking(hostname: string): RegExp | null {
  for (const site of SITE_TRACKING) if (site.host.test(hostname)) return site.params;
  return null;
}

/** A document's identifier ("?ref=WSJO000020240312ek3c0005z", a news database's): a `ref` that is no click's origin. */
const DOCUMENT_REF = /^(?=.*\d)[\w-]{16,}$/;

function isTrackingParam(name: string, value: string, site: RegExp | null = null): boolean {
  return (
    (TRACKING_PARAMS.test(name) && !(name === 'ref' && DOCUMENT_REF.test(value))) || !!site?.test(name) || (name === 'source' && SOURCE_TRAIL.test(value)) || (name === 'mc' && MODULE_TRAIL.test(value)) ||
    ((name === 'from' || name === 'fm') && CLICK_ORIGIN.test(value))
  );
}

/**
 * The last step of a path that counts a click on a way out of the site, in several languages, perhaps followed by the
 * click's number ("/news/click/24118702/?url=…", "/r/c/9120044?u=…", an ad server's "/aclk?…&adurl=…"), or a mailer's
 * name before it ("/cgi-bin/dd_click.pl?u=…"), or a dot ("/.clicks?to=…", a Java CMS's servlet).
 */
const OUTBOUND_PATH =
  /^\/[a-z]{1,3}(?:\/[a-z]{1,3})?(?:\.php|\.aspx?|\.jsp|\.cfm)?(?:\/\d+)?\/?$|\/(?:[a-z0-9]+_|\.)?(?:l|go|goto|out|outgoing|redirect|redir|clicks?|clk|aclk|track|away|exit|jump|visit|external|ga-naar|naar|weiter|git|yonlendir|tikla|sortie|salir|vai|lire|leer|lesen|read|keluar|klik|klikk|klick|smella|rk|labas|presmeruj|genda|ohjaus|lluqsiy|bessi|kattint|przejdz|uscita|saida|izlaz|soma|clic|clique|ir|promo|fara|uitgaand|amach|wotkaz|jesce|odkaz|go-out)(?:\.php|\.aspx?|\.jsp|\.jsf|\.xhtml|\.do|\.action|\.cfm|\.pl|\.cgi)?(?:;jsessionid=[\w.-]+)?(?:\/[0-9a-z]{1,24}){0,2}\/?$/i;

/** Wrappers whose target sits in a query parameter of the link itself (decoded where the site encodes it). */
/** Names of the parameter that holds an outbound link's destination ("ziel", Norwegian "mal", Finnish "kohde"). */
const OUTBOUND_PARAMS = ['url', 'u', 'to', 'dest', 'destination', 'target', 'goto', 'link', 'redirect', 'redir', 'doel', 'ziel', 'mal', 'kohde', 'hedef', 'cil', 'cel', 'destino', 'r', 'rurl', 'uddg', 'adurl', 'lp', 'ds_dest_url', 'slod'];

/** Google's hosts on any country's domain. */
const GOOGLE_HOST = /(^|\.)google\.[a-z.]+$/;

const WRAPPERS: Array<{ host: RegExp; path: RegExp; param: string[]; decode?: (value: string) => string | null }> = [
  // Web search's "/url?q=", Google News's "/news/url?…&url=" before 2018.
  { host: GOOGLE_HOST, path: /^\/(?:news\/)?url$/, param: ['q', 'url'] },
  { host: /(^|\.)facebook\.com$/, path: /^\/l\.php$/, param: ['u'] },
  // Threads' and Instagram's link shims: "l.threads.net/?u=<target>&e=…", "l.instagram.com/?u=…".
  { host: /^l\.(?:threads\.(?:net|com)|instagram\.com)$/, path: /^\/?$/, param: ['u'] },
  { host: /^out\.reddit\.com$/, path: /^\//, param: ['url'] },
  // Bing click tracking: u=a1<URL-safe base64 of the target>; before about 2017, "/cr?…&r=<target>".
  { host: /(^|\.)bing\.com$/, path: /^\/ck\/a$/, param: ['u'], decode: (v) => (v.startsWith('a1') ? base64Url(v.slice(2)) : v) },
  { host: /(^|\.)bing\.com$/, path: /^\/cr$/, param: ['r'] },
  // Recommendation widgets and ad servers that carry the destination in the click link.
  { host: /(^|\.)taboola\.com$/, path: /click/, param: ['redir'] },
  { host: /(^|\.)outbrain\.com$/, path: /\/network\/redir|^\/redir/, param: ['url', 'redir'] },
  { host: /^insight\.adsrvr\.org$/, path: /^\/track\/clk/, param: ['r'] },
  // OpenX's click counter on an ad host: "ads.<site>/www/delivery/ck.php?oaparams=2__bannerid=412__zoneid=7__oadest=<target>".
  { host: /^(?:ads?|adserver|openx|ox)\.|(^|\.)openx\.net$/, path: /\/ck\.php$/, param: ['oaparams', 'oadest'], decode: (v) => /(?:^|__)oadest=(.+)$/.exec(v)?.[1] ?? (/^https?:/i.test(v) ? v : null) },
  // Tumblr's link posts: "t.umblr.com/redirect?z=<target>&t=…".
  { host: /^t\.umblr\.com$/, path: /^\/redirect$/, param: ['z'] },
  // A mail's link as Outlook's Safe Links rewrote it, pasted into a page ("eur03.safelinks.protection.outlook.com/?url=").
  { host: /(^|\.)safelinks\.protection\.outlook\.com$/, path: /^\/?$/, param: ['url'] },
  // Any site's outbound-click counter: a path that says it leads away ("/ga-naar", "/git", "/out", "/click") or a
  // one-step path of a few letters ("/r", "/ki"), the destination whole in a parameter named for it ("ziel", Norwegian "mal", Finnish "kohde"). (A login's "returnurl" or a share button's "/share?url=" is none.)
  // A destination in base64 is read too (DataLife Engine's "/engine/go.php?url=aHR0cHM6Ly9…").
  { host: /./, path: OUTBOUND_PATH, param: OUTBOUND_PARAMS, decode: (v) => (BASE64_HTTP.test(v) ? base64Url(v.replace(/=+$/, '')) : v) },
  // A site's own ad server or click counter on a host of its own ("ads.inkpod.app/c/cmp_44120?dest=<target>").
  { host: /^(?:ads?|adserver|clicks?|trk|track(?:ing)?|redirect|out)\.[\w-]+\.[a-z.]{2,}$/, path: /^\//, param: OUTBOUND_PARAMS },
];
/** "http:/" or "https:" in base64 ("aHR0cDov", "aHR0cHM6"): a destination a click counter encoded. */
const BASE64_HTTP = /^aHR0cHM6|^aHR0cDov/;

/** Any site wrapper's host, in one test: most links are on none of them (the outbound counters' paths say theirs). */
const WRAPPER_HOST = new RegExp(WRAPPERS.filter((w) => w.path !== OUTBOUND_PATH).map((w) => w.host.source).join('|'));

/** The bytes of URL-safe base64 (padding optional); null when it is not base64. */
export function base64UrlBytes(value: string): Uint8Array | null {
  const b64 = value.replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*$/.test(b64)) return null;
  try {
    return Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** URL-safe base64 decoded as UTF-8 text; null when it is not base64. */
export function base64Url(value: string): string | null {
  const bytes = base64UrlBytes(value);
  return bytes ? new TextDecoder().decode(bytes) : null;
}

export function isHttpUrl(url: string | null | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}

/** The base URL of a document: its `<base href>` resolved against the page URL. */
// Asked for by adapters for every block: during a parse the query and the URL it builds are made once (the page
// cannot change in the middle of a parse; between parses it may).
const bases = new WeakMap<Document, { parse: object; page: URL; base: URL }>();

export function documentBase(doc: Document, pageUrl: URL): URL {
  const parse = currentParse();
  if (!parse) return baseOf(doc, pageUrl);
  const known = bases.get(doc);
  if (known?.parse === parse && known.page === pageUrl) return known.base;
  const base = baseOf(doc, pageUrl);
  bases.set(doc, { parse, page: pageUrl, base });
  return base;
}

function baseOf(doc: Document, pageUrl: URL): URL {
  // The first <base> with an address, from the tag's collection (faster than a query; most pages have none).
  const bases = doc.getElementsByTagName('base');
  let href: string | null = null;
  for (let i = 0; i < bases.length && href === null; i++) href = bases[i]!.getAttribute('href');
  if (href) {
    try {
      // A copy's <base> is the copy's too: an archive's prefix goes, a proxy's host stands for the original's.
      const copy = copyOfBase(pageUrl);
      const parsed = new URL(copy?.capturedAt ? withoutCapturePrefix(href) : href, pageUrl);
      const base = (copy && unproxied(parsed)) || parsed;
      sharesCopy(base, pageUrl);
      return base;
    } catch {
      /* a broken <base> is ignored, as browsers do */
    }
  }
  return pageUrl;
}

/**
 * An absolute http(s) URL the URL parser would leave as it is (bar the "/" of an empty path): a lowercase scheme, a
 * plain lowercase domain (no IP address, port, user or punycode), and a path, query and fragment of characters that are
 * never percent-encoded. Checking this is much cheaper than `new URL`, and most links of a page pass.
 */
const SIMPLE_HTTP = /^https?:\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*)(\/[\w\-.~!$&'()*+,;=:@%/]*)?(\?[\w\-.~!$&()*+,;=:@%/?]*)?(#[\w\-.~!$&()*+,;=:@%/?#]*)?$/;
/** A host whose last label starts with a digit may be an IPv4 address, which the parser rewrites ("1.2.3" → "1.2.0.3"). */
const NAME_LAST_LABEL = /(?:^|\.)[a-z][a-z0-9-]*$/;
const PUNYCODE_LABEL = /(?:^|\.)xn--/;
/** "." and ".." segments (also written %2e) are removed by the parser. */
const DOT_SEGMENT = /\/\.\.?(?:\/|$)|%2e/i;

export interface UrlParts {
  /** The URL as the parser prints it. */
  readonly href: string;
  readonly hostname: string;
  readonly pathname: string;
  /** "" or "?…" with something after the "?", as URL.search. */
  readonly search: string;
  /** "" or "#…" with something after the "#", as URL.hash. */
  readonly hash: string;
}

/** The parts of a simple absolute http(s) URL (see SIMPLE_HTTP), read without the URL parser; null for any other. */
export function simpleHttpParts(url: string): UrlParts | null {
  const m = SIMPLE_HTTP.exec(url);
  if (!m) return null;
  const [, hostname, path, query, fragment] = m;
  if (!NAME_LAST_LABEL.test(hostname!) || PUNYCODE_LABEL.test(hostname!) || (path && DOT_SEGMENT.test(path))) return null;
  const pathname = path ?? '/';
  const search = query && query.length > 1 ? query : '';
  const hash = fragment && fragment.length > 1 ? fragment : '';
  const href = path ? url : `${url.slice(0, url.length - (query?.length ?? 0) - (fragment?.length ?? 0))}/${query ?? ''}${fragment ?? ''}`;
  return { href, hostname: hostname!, pathname, search, hash };
}

/** urlParts for a URL that must be valid: throws on an invalid one, as `new URL` does. */
export function validUrlParts(url: string): UrlParts {
  const parts = urlParts(url);
  if (!parts) throw new TypeError(`Invalid URL: ${url}`);
  return parts;
}

/** Host, path and query of an absolute URL string (the parser only when the string is not a simple one); null if invalid. */
export function urlParts(url: string): UrlParts | null {
  // The same resolved links are asked about by several rules and adapters.
  return remembered('parts', url, partsOf);
}

function partsOf(url: string): UrlParts | null {
  const simple = simpleHttpParts(url);
  if (simple) return simple;
  try {
    const u = new URL(url);
    return { href: u.href, hostname: u.hostname, pathname: u.pathname, search: u.search, hash: u.hash };
  } catch {
    return null;
  }
}

/** Whether a link jumps to a part of the page itself: its address and a fragment ("?page=with:block-…#block-…"). */
export function isJumpInPage(url: string, page: URL): boolean {
  const u = urlParts(url);
  return !!u && !!u.hash && !HASH_ROUTE.test(u.hash) && u.hostname === page.hostname && u.pathname === page.pathname;
}

/** A single-page app's route in the fragment ("#!baca/58190", AJAX-crawlable sites'; "#/article/12"; a GWT place, "#artikull:31857"): a page of its own. */
const HASH_ROUTE = /^#!?\/?[\w-]+\/[\w-]|^#!?[a-z][\w-]*:[\w-]+/i;

export function isHashRoute(hash: string): boolean {
  return HASH_ROUTE.test(hash);
}

/**
 * A button that shares the page on a social network ("Share on Facebook": its share dialog, Twitter's tweet intent,
 * LinkedIn's and Reddit's submit forms, WhatsApp's and Telegram's send links, an e-mail's): never a story.
 */
const SHARE_PATH = /^\/(?:dialog\/(?:share|feed)|sharer(?:\/sharer)?\.php|share(?:\.php|Article|\/url)?|intent\/(?:tweet|post)|submit|send|pin\/create\/button)\/?$/i;
const SHARE_HOST = /(?:^|\.)(?:facebook\.com|twitter\.com|x\.com|linkedin\.com|reddit\.com|whatsapp\.com|wa\.me|t\.me|telegram\.me|pinterest\.com|bsky\.app|threads\.net|vk\.com|tumblr\.com)$/i;

export function isShareLink(url: string): boolean {
  const u = urlParts(url);
  return !!u && SHARE_PATH.test(u.pathname) && SHARE_HOST.test(u.hostname);
}

/** The host a reader names a link by: its hostname without "www." (null for none or an invalid URL). */
export function siteHost(url: string | null | undefined): string | null {
  return (url && urlParts(url)?.hostname.replace(/^www\./, '')) || null;
}

/** Resolves an href against the base; returns a clean absolute http(s) URL or null. */
// Pages repeat links (a headline, its image, its comments); resolving is the parser's commonest step, so it is cached
// per base URL. Bounded: a pathological page cannot grow it without limit.
const resolved = new WeakMap<URL, Map<string, string | null>>();
const CACHE_LIMIT = 20_000;

export function resolveUrl(href: string | null | undefined, base: URL): string | null {
  if (!href) return null;
  let cache = resolved.get(base);
  if (!cache) resolved.set(base, (cache = new Map()));
  const hit = cache.get(href);
  if (hit !== undefined) return hit;
  const url = resolveUncached(href, base);
  if (cache.size < CACHE_LIMIT) cache.set(href, url);
  return url;
}

function resolveUncached(href: string, base: URL): string | null {
  // In an archive's capture every link carries the archive's prefix: the link is the original's.
  const raw = copyOfBase(base)?.capturedAt ? withoutCapturePrefix(href.trim()) : href.trim();
  // A fragment alone jumps within the page, but for a single-page app's route ("#!baca/58190", "#/article/12").
  if (!raw || (raw.startsWith('#') && !HASH_ROUTE.test(raw)) || /^(?:javascript|data|vbscript|mailto|tel):/i.test(raw)) return null;
  const simple = resolveSimple(raw, base);
  if (simple !== undefined) return simple;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return cleanUrl(unwrap(unproxied(url) ?? unarchived(url) ?? url)).toString();
}

/** A scheme at the start of a link ("foo:bar" is absolute, not a relative path). */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The parts of `href` resolved against `base` when that provably needs no URL parser: the link (absolute, or joined to
 * an http(s) base as the parser joins it) is a simple URL (see SIMPLE_HTTP). Null when that cannot be shown cheaply.
 */
function joinSimple(href: string, base: URL): UrlParts | null {
  let joined: string;
  if (href.startsWith('http://') || href.startsWith('https://')) joined = href;
  else {
    const b = baseParts(base);
    if (!b) return null;
    if (href.startsWith('//')) joined = b.protocol + href;
    else if (href[0] === '/') joined = b.origin + href;
    else if (!href || href[0] === '?' || href[0] === '\\' || SCHEME.test(href)) return null;
    else {
      // A path relative to the base's folder; "./x" is "x". Dot segments anywhere are left to the parser.
      const rest = href.startsWith('./') ? href.slice(2) : href;
      if (rest[0] === '/' || rest[0] === '.' || rest[0] === '?' || rest[0] === '#') return null;
      joined = b.folder + rest;
    }
  }
  return simpleHttpParts(joined);
}

/** What relative links are joined to: an http(s) base without user or password, else null (the parser joins). */
interface BaseParts {
  protocol: string;
  origin: string;
  /** The origin and the path up to its last "/". */
  folder: string;
}

// Read once per base URL object, like the links resolved against it (see resolveUrl): each getter of a URL builds a
// new string.
const basePartsOf = new WeakMap<URL, BaseParts | null>();

function baseParts(base: URL): BaseParts | null {
  let parts = basePartsOf.get(base);
  if (parts === undefined) {
    const { protocol, username, password, origin, pathname } = base;
    parts = (protocol === 'http:' || protocol === 'https:') && !username && !password
      ? { protocol, origin, folder: origin + pathname.slice(0, pathname.lastIndexOf('/') + 1) }
      : null;
    basePartsOf.set(base, parts);
  }
  return parts;
}

/** The parts of `new URL(href, base)`, without the parser when the link is a simple one; null when it is invalid. */
export function parseUrl(href: string, base: URL): UrlParts | null {
  const simple = joinSimple(href, base);
  if (simple) return simple;
  try {
    const u = new URL(href, base);
    return { href: u.href, hostname: u.hostname, pathname: u.pathname, search: u.search, hash: u.hash };
  } catch {
    return null;
  }
}

/**
 * The cleaned URL of a link when it provably needs no URL parser: a simple URL (see joinSimple), no redirect
 * wrapper's, with no tracking parameter to remove. Undefined when that cannot be shown cheaply: the full path decides.
 */
function resolveSimple(raw: string, base: URL): string | undefined {
  const parts = joinSimple(raw, base);
  if (!parts) return undefined;
  if (parts.search && OUTBOUND_PATH.test(parts.pathname)) return undefined;
  if (WRAPPER_HOST.test(parts.hostname) && WRAPPERS.some((w) => w.host.test(parts.hostname) && w.path.test(parts.pathname))) return undefined;
  if ((parts.hash && TRACKING_HASH.test(parts.hash)) || parts.pathname.includes(';_yl') || YAHOO_REDIRECT_HOST.test(parts.hostname)) return undefined;
  if (parts.hostname.endsWith('.translate.goog') || isArchiveTodayHost(parts.hostname) || BARE_TARGET.test(parts.search)) return undefined;
  if (parts.pathname.startsWith('/amp/') && GOOGLE_HOST.test(parts.hostname)) return undefined;
  const site = siteTracking(parts.hostname);
  if (!parts.search || (!site && !TRACKING_IN_QUERY.test(parts.search))) {
    // The link is its own parts: the rules that ask for them next (its host, its path) need not read it again.
    parseMemo<UrlParts | null>('parts')?.set(parts.href, parts);
    return parts.href;
  }
  // A simple URL's query starts at its first "?" and its fragment at its first "#".
  const { href, search } = parts;
  const hash = href.includes('#') ? href.slice(href.indexOf('#')) : '';
  return href.slice(0, href.indexOf('?')) + withoutTracking(search, site) + hash;
}

/**
 * The query without its tracking parameters, as `URLSearchParams.delete` rewrites it (every pair decoded and encoded
 * again as application/x-www-form-urlencoded), or unchanged when it has none. For the ASCII queries of simple URLs.
 */
function withoutTracking(search: string, site: RegExp | null): string {
  const pairs = search.slice(1).split('&').filter(Boolean).map((sequence) => {
    const eq = sequence.indexOf('=');
    return eq < 0 ? [formDecode(sequence), ''] : [formDecode(sequence.slice(0, eq)), formDecode(sequence.slice(eq + 1))];
  });
  const kept = pairs.filter(([name, value]) => !isTrackingParam(name!, value!, site));
  if (kept.length === pairs.length) return search;
  const query = kept.map(([name, value]) => `${formEncode(name!)}=${formEncode(value!)}`).join('&');
  return query ? `?${query}` : '';
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** "+" as a space, percent escapes as UTF-8 bytes (a malformed escape stays as it is). ASCII input only. */
function formDecode(text: string): string {
  const plain = text.replace(/\+/g, ' ');
  if (!plain.includes('%')) return plain;
  const bytes: number[] = [];
  let ascii = true;
  for (let i = 0; i < plain.length; i++) {
    const escape = plain.charCodeAt(i) === 0x25 && /^[0-9a-f]{2}$/i.test(plain.slice(i + 1, i + 3));
    const byte = escape ? parseInt(plain.slice(i + 1, i + 3), 16) : plain.charCodeAt(i);
    if (byte > 0x7f) ascii = false;
    bytes.push(byte);
    if (escape) i += 2;
  }
  if (!ascii) return utf8.decode(new Uint8Array(bytes));
  // ASCII bytes are their own UTF-8 decoding (in chunks: a call takes only so many arguments).
  let out = '';
  for (let i = 0; i < bytes.length; i += 4096) out += String.fromCharCode(...bytes.slice(i, i + 4096));
  return out;
}

const utf8Encoder = new TextEncoder();
const ASCII = /^[\x00-\x7f]*$/;
/** Text that application/x-www-form-urlencoded writes as it is. */
const FORM_PLAIN = /^[A-Za-z0-9*\-._]*$/;

/** application/x-www-form-urlencoded: ASCII letters, digits and *-._ as they are, space as "+", the rest escaped. */
function formEncode(text: string): string {
  if (FORM_PLAIN.test(text)) return text;
  let out = '';
  // ASCII text is its own UTF-8 encoding.
  const bytes = ASCII.test(text) ? Array.from(text, (c) => c.charCodeAt(0)) : utf8Encoder.encode(text);
  for (const b of bytes) {
    const plain = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x2a || b === 0x2d || b === 0x2e || b === 0x5f;
    out += b === 0x20 ? '+' : plain ? String.fromCharCode(b) : `%${b < 16 ? '0' : ''}${b.toString(16).toUpperCase()}`;
  }
  return out;
}

/**
 * Yahoo's click redirects: before about 2014 the target after "*" or "**" in the path, escaped or not
 * ("us.lrd.yahoo.com/…/**http%3A//…", "rd.yahoo.co.jp/media/news/…/*http://…"); its search's, the target escaped in the
 * path's "RU=" step ("r.search.yahoo.com/_ylt=…/RV=2/RE=…/RO=10/RU=https%3a%2f%2f…/RK=2/RS=…").
 */
const YAHOO_REDIRECT_HOST = /^(?:[a-z]+\.)?(?:lrd|rds|rd|r\.search)\.yahoo\.(?:com|co\.jp)$/;
const YAHOO_REDIRECT_TARGET = /\/\*{1,2}(https?(?::|%3A).*)$|\/RU=(https?(?::|%3A)[^/]*)\//i;

/**
 * A click tracker's link whose whole query is the destination, escaped or not (an ad server's
 * "ad.doubleclick.net/ddm/trackclk/N738…;dc_trk_cid=…?https://www.bbva.mx/…").
 */
const BARE_TARGET = /^\?(https?(?::|%3A)(?:\/\/|%2F%2F).+)$/i;

/** The address a redirect carries in its path or query, escaped ("https%3A%2F%2F…") or not; null when it is none. */
function carriedUrl(target: string): URL | null {
  try {
    return new URL(/^https?%3A/i.test(target) ? decodeURIComponent(target) : target);
  } catch {
    return null;
  }
}

/** Google's AMP viewer: "google.com/amp/s/<host>/<path>" shows the AMP page at https://<host>/<path> ("/amp/<host>/…": http). */
const AMP_VIEWER = /^\/amp\/(s\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+\/.*)$/i;

function unwrap(url: URL): URL {
  for (let depth = 0; depth < 3; depth++) {
    const amp = GOOGLE_HOST.test(url.hostname) ? AMP_VIEWER.exec(url.pathname) : null;
    const viewed = amp && carriedUrl(`${amp[1] ? 'https' : 'http'}://${amp[2]}${url.search}`);
    if (viewed) {
      url = viewed;
      continue;
    }
    const redirect = YAHOO_REDIRECT_HOST.test(url.hostname) ? YAHOO_REDIRECT_TARGET.exec(url.pathname + url.search) : null;
    const carried = redirect?.[1] ?? redirect?.[2] ?? (SHARE_PATH.test(url.pathname) ? null : BARE_TARGET.exec(url.search)?.[1]);
    if (carried) {
      const next = carriedUrl(carried);
      if (!next) return url;
      url = next;
      continue;
    }
    const wrapper = WRAPPERS.find((w) => w.host.test(url.hostname) && w.path.test(url.pathname));
    const values = wrapper?.param.map((p) => url.searchParams.get(p)).map((v) => (v && wrapper.decode ? wrapper.decode(v) : v)) ?? [];
    // The destination whole, or a path of the site itself that a click counter leads on to ("tikla.php?hedef=ekonomi%2F…html").
    const target = values.find((v) => v && /^https?:\/\//i.test(v)) ?? (wrapper?.path === OUTBOUND_PATH ? values.find((v) => v && SITE_PATH.test(v)) : undefined);
    if (!target) return url;
    try {
      url = new URL(target, url);
    } catch {
      return url;
    }
  }
  return url;
}

/** A path of a site's own story as a click counter carries it: a slug of three words or more, or a page's file name. */
const SITE_PATH = /^\/?(?:[\w-]+\/)*[\w-]*(?:\w+-\w+-\w+[\w-]*|\w\.html?)(?:\/|$)/;

const TRACKING_IN_QUERY = /[?&](?:from=|fm=|utm_|pk_|mtm_|piwik_|clickid|origem|ssm|xtor|at_|fbclid|gclid|dclid|msclkid|snclid|ttclid|twclid|li_fat_id|mc_[ce]id|ocid|ref|src|cmp|__twitter|igshid|yclid|_hs|obOrigUrl|obclid|tblci|dicbo|\.tsrc|soc_|pvs=|wt_|relatedposts_|rdt_cid|erid=|[a-z0-9]{1,4}_click=|source=[^&#]*-{8}|mc=[^&#]*@)/i;

/**
 * A click id written in the fragment: a recommendation vendor's ("#tblciGiBqX3m9…", Taboola's), a portal's teaser slot
 * ("#.A1000108", web.de's and GMX's), a feed's campaign marker ("#xtor=RSS-3-[lestitres]", "#utm_source=…"): no part
 * of the story's address.
 */
const TRACKING_HASH = /^#(?:tblci|xtor=|utm_|\.A\d+$)/i;

/** Yahoo's tracking written into the path as parameters (";_ylt=AvWJ…;_ylu=X3oD…", to about 2014). */
const TRACKING_IN_PATH = /;_yl[a-z]=[^;?#/]*/g;

function cleanUrl(url: URL): URL {
  if (url.hash && TRACKING_HASH.test(url.hash)) {
    url = new URL(url.toString());
    url.hash = '';
  }
  if (url.pathname.includes(';_yl')) {
    url = new URL(url.toString());
    url.pathname = url.pathname.replace(TRACKING_IN_PATH, '');
  }
  const site = siteTracking(url.hostname);
  if (!url.search || (!site && !TRACKING_IN_QUERY.test(url.search))) return url;
  const out = new URL(url.toString());
  // forEach, not the iterator: URLSearchParams is not iterable from Firefox content scripts.
  const keys: string[] = [];
  const tracking = new Set<string>();
  out.searchParams.forEach((value, key) => {
    keys.push(key);
    if (isTrackingParam(key, value, site)) tracking.add(key);
  });
  for (const key of tracking) out.searchParams.delete(key);
  if (keys.every((key) => tracking.has(key))) out.search = '';
  return out;
}

/**
 * An article address, not a home, section or author page: a dated path, or a part of the path or a query value that
 * holds a long number (five digits), a slug (two hyphens) or an opaque id token (msn's "ar-BB1khL67").
 */
/** A DOI in a path ("/article/10.1007/s11109-024-09938-2"): "10." and a registrant's number, a slash, the item's suffix. */
export const DOI_PATH = /\/10\.\d{4,9}\/[^/]+/;

export function isArticleUrl(url: string): boolean {
  const u = urlParts(url);
  // A search for a topic ("/search?p=Dora+Bryan+dies", a trending term) is no article, whatever its query holds.
  if (!u || isSearchPath(u.pathname)) return false;
  if (DATED_PATH.test(u.pathname)) return true;
  if (hasArticlePart(u.pathname, true)) return true;
  // A single-page app's story is a route in its fragment ("#!baca/58190", "#artikull:31857").
  if (u.hash && HASH_ROUTE.test(u.hash) && hasArticlePart(u.hash.slice(1), true)) return true;
  // A search's terms in the query ("/alerts/s?q=offshore+wind&msgid=a7c1f0e2"): its other values are the search's.
  if (SEARCH_QUERY.test(u.search)) return false;
  if ((SCRIPT_PATH.test(u.pathname) && SCRIPT_STORY_ID.test(u.search)) || CMS_NODE.test(u.pathname) || NUMBERED_PAGE.test(u.pathname)) return true;
  let found = false;
  // forEach, not the iterator: URLSearchParams is not iterable from Firefox content scripts. A query that is a path
  // alone ("index.ssf?/base/news/1060876264193020.xml") is a key without a value.
  if (u.search) new URLSearchParams(u.search).forEach((value, key) => (found ||= hasArticlePart(value, false) || (!value && key.startsWith('/') && hasArticlePart(key, true))));
  return found;
}

/**
 * A script's page of one story, its number in the query ("pale.php?id=5120&sehlopha=litaba", "article.php?sid=812",
 * "index.php?option=com_content&view=article&id=312"): the news systems of the early web number their stories so.
 */
const SCRIPT_PATH = /\.(?:php\d?|aspx?|cfm|jsp|do|action|pl|cgi)$/i;
/**
 * A content system's page of one numbered node or story: eZ Publish's "/content/view/full/4812", Drupal's "/node/3120",
 * a headless CMS's "/articles/3802" (a year is an archive's: "/news/2025").
 */
const CMS_NODE = /\/(?:content\/view\/full|node|articles?|stor(?:y|ies)|posts?|news)\/(?!(?:19|20)\d{2}\/?$)\d{3,}\/?$/i;
const SCRIPT_STORY_ID = /[?&](?:id|sid|aid|nid|storyid|story_id|story|articleid|article_id|article|newsid|news_id|itemid)=\d{3,}(?:&|$)/i;
/** A year and a month in the path ("/2026/06/"), or a year, a section and the month and day ("/2003/US/08/14/"). */
const DATED_PATH = /\/(?:19|20)\d{2}\/(?:[A-Za-z]{2,12}\/\d{1,2}\/\d{1,2}|\d{1,2})(?:\/|$)/;
/** A page named by its number under a section ("/news/regionalnews/5571.htm"), not a year's ("/2003.html") nor a list's ("/page/100.html"). */
const NUMBERED_PAGE = /\/(?!(?:page|pages|p|seite|pagina|strona)\/)[\w-]+\/(?!(?:19|20)\d{2}\.)\d{3,}\.(?:s?html?|asp|php)$/i;
const SEARCH_PATH = /\/search(?:\/|$)/i;
const SEARCH_QUERY = /[?&](?:q|query|search|keywords?|term)=/i;

/** Whether a path is a search's ("/search", "/news/search/…"): a list of results, never a story. */
export function isSearchPath(path: string): boolean {
  return SEARCH_PATH.test(path);
}

/**
 * Whether a text holds an article's part: five digits in a row, two hyphens in one part, or an id token — a run
 * between "-", "_" and "." of six or more characters with a letter and digits ("BB1keBKm", "rcna144416"; not "top10").
 * With `slashes`, "/" separates parts (a whole path read at once); a query value is one part. One pass over the
 * characters, nothing copied: a page asks this of every link.
 */
function hasArticlePart(text: string, slashes: boolean): boolean {
  let digitRun = 0;
  let hyphens = 0;
  let tokenLength = 0;
  let tokenDigits = 0;
  let tokenLetter = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    const partEnd = c === -1 || (slashes && c === 47); /* "/" */
    if (partEnd || c === 45 || c === 95 || c === 46) {
      /* end of a token: "-", "_", "." or the part's end */
      if (tokenLength >= 6 && tokenLetter && (tokenDigits >= 2 || (tokenDigits === 1 && tokenLength >= 8))) return true;
      tokenLength = 0;
      tokenDigits = 0;
      tokenLetter = false;
      if (c === 45 && ++hyphens >= 2) return true;
      if (partEnd) hyphens = 0;
      digitRun = 0;
      continue;
    }
    tokenLength++;
    if (c >= 48 && c <= 57) {
      tokenDigits++;
      if (++digitRun >= 5) return true;
    } else {
      digitRun = 0;
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) tokenLetter = true;
    }
  }
  return false;
}

/** A person's page: "/@maya", "/author/jdoe/", "/users/42", "/u/name", "/profile/…", "/people/…" (not "/@maya/a-post"). */
const PERSON_PATH = /\/(?:members?|users?|u|profiles?|authors?|people|writers?|contributors?|staff)(?:\/|$)|^\/@[^/]+\/?$/i;
/**
 * The same, held to the whole path: one name after the person word ("/by/martinek/", "/profile/jane-doe"). On another
 * site a word such as "people" may name a section of stories ("/people/2025/06/08/…"), never a single name after it,
 * and a name has a few words, a story's slug more ("/people/acme-names-new-chief-operating-officer/").
 */
const PERSON_PAGE = /^\/(?:@[^/]+|(?:by|members?|users?|u|profiles?|authors?|people|writers?|contributors?|staff|athletes?)\/[^/_-]+(?:[_-][^/_-]+){0,3})\/?$/i;

const pathOf = (href: string): string => href.replace(/^(?:[a-z]+:)?\/\/[^/]+/i, '').replace(/[?#].*$/, '');

/** Whether a path (or an href, its scheme and host ignored) leads to a person's page on the site it is on. */
export function isPersonPath(path: string): boolean {
  const p = pathOf(path);
  // A step that holds an encoded address ("/u/feed/feed%2Fhttps%3A%2F%2F…", a reader's feed) names no person, nor
  // does a story's slug in a section named like people ("/people/mariage-de-la-chanteuse-aida-dieng_a48150.html").
  return PERSON_PATH.test(p) && !/%2F/i.test(p) && !STORY_SLUG_END.test(p);
}

/** A last step of six words or more: a story's slug, never a person's name. */
const STORY_SLUG_END = /\/[^/_-]+(?:[_-][^/_-]+){5,}\/?$/;

/** Whether a path (or an href) is a person's page whatever the site: the word and one name, nothing after. */
export function isPersonPage(path: string): boolean {
  return PERSON_PAGE.test(pathOf(path));
}

/** Whether a URL is a site's home page: no path (or "/", or its index page: "/index", "/index.html") and no query. */
export function isHomePage(url: string): boolean {
  const u = urlParts(url);
  return !!u && (u.pathname === '/' || u.pathname === '' || INDEX_PAGE.test(u.pathname)) && !u.search;
}

const INDEX_PAGE = /^\/index(?:\.(?:html?|php|aspx?|jsp))?$/i;
