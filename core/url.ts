/** Link normalisation: absolute, http(s) only, redirect wrappers unwrapped, tracking parameters removed. */

const TRACKING_PARAMS = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_[ce]id|ocid|ref|ref_src|src|cmpid|__twitter_impression|igshid|yclid|_hsenc|_hsmi|obOrigUrl|obclid|tblci|dicbo)$/i;

/** Wrappers whose target sits in a query parameter of the link itself (decoded where the site encodes it). */
const WRAPPERS: Array<{ host: RegExp; path: RegExp; param: string[]; decode?: (value: string) => string | null }> = [
  { host: /(^|\.)google\.[a-z.]+$/, path: /^\/url$/, param: ['q', 'url'] },
  { host: /(^|\.)facebook\.com$/, path: /^\/l\.php$/, param: ['u'] },
  { host: /^out\.reddit\.com$/, path: /^\//, param: ['url'] },
  // Bing click tracking: u=a1<URL-safe base64 of the target>.
  { host: /(^|\.)bing\.com$/, path: /^\/ck\/a$/, param: ['u'], decode: (v) => (v.startsWith('a1') ? base64Url(v.slice(2)) : v) },
  // Recommendation widgets and ad servers that carry the destination in the click link.
  { host: /(^|\.)taboola\.com$/, path: /click/, param: ['redir'] },
  { host: /(^|\.)outbrain\.com$/, path: /\/network\/redir|^\/redir/, param: ['url', 'redir'] },
  { host: /^insight\.adsrvr\.org$/, path: /^\/track\/clk/, param: ['r'] },
];

function base64Url(value: string): string | null {
  try {
    const b64 = value.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  } catch {
    return null;
  }
}

export function isHttpUrl(url: string | null | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}

/** The base URL of a document: its `<base href>` resolved against the page URL. */
export function documentBase(doc: Document, pageUrl: URL): URL {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  if (href) {
    try {
      return new URL(href, pageUrl);
    } catch {
      /* a broken <base> is ignored, as browsers do */
    }
  }
  return pageUrl;
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
  const raw = href.trim();
  if (!raw || raw.startsWith('#') || /^(?:javascript|data|vbscript|mailto|tel):/i.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return cleanUrl(unwrap(url)).toString();
}

function unwrap(url: URL): URL {
  for (let depth = 0; depth < 3; depth++) {
    const wrapper = WRAPPERS.find((w) => w.host.test(url.hostname) && w.path.test(url.pathname));
    const target = wrapper?.param
      .map((p) => url.searchParams.get(p))
      .map((v) => (v && wrapper.decode ? wrapper.decode(v) : v))
      .find((v) => v && /^https?:\/\//i.test(v));
    if (!target) return url;
    try {
      url = new URL(target);
    } catch {
      return url;
    }
  }
  return url;
}

const TRACKING_IN_QUERY = /[?&](?:utm_|fbclid|gclid|dclid|msclkid|mc_[ce]id|ocid|ref|src|cmpid|__twitter|igshid|yclid|_hs|obOrigUrl|obclid|tblci|dicbo)/i;

function cleanUrl(url: URL): URL {
  if (!url.search || !TRACKING_IN_QUERY.test(url.search)) return url;
  const out = new URL(url.toString());
  // forEach, not the iterator: URLSearchParams is not iterable from Firefox content scripts.
  const keys: string[] = [];
  out.searchParams.forEach((_, key) => keys.push(key));
  const tracking = keys.filter((key) => TRACKING_PARAMS.test(key));
  for (const key of tracking) out.searchParams.delete(key);
  if (tracking.length === keys.length) out.search = '';
  return out;
}
