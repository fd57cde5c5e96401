/**
 * Pages one site serves as a copy of another's: a web archive's capture and a translation proxy's page.
 *
 * - A capture of the Wayback Machine, or of an archive built on its software (Archive-It, arquivo.pt, the UK's and the
 *   Library of Congress's web archives…), sits at the archive's prefix, the capture's moment (14 digits, UTC) and the
 *   original address: "https://web.archive.org/web/20261118143512/https://news.google.com/home". Its links are
 *   rewritten the same way ("/web/20261118143512/https://www.bbc.com/news/…", images with "im_" after the digits).
 * - archive.today (archive.ph, archive.is and its other names) serves a capture at "/2026.11.20-081502/https://…" (the
 *   moment in UTC), or at a short id ("/Xk3Pq") that names neither, and rewrites each link of it as
 *   "https://archive.ph/o/Xk3Pq/https://www.bbc.com/news/…".
 * - Google Translate's website proxy serves "www.spiegel.de" as "www-spiegel-de.translate.goog" (a hyphen for each dot,
 *   two for each hyphen), with its `_x_tr_*` parameters in the query.
 *
 * Byline reads such a copy as the page it copies: its adapter, its zone and its links are the original's, and a
 * capture's relative times ("3 hours ago") count back from the moment of the capture, not from today.
 */

/** A page read as the copy of another. */
export interface PageCopy {
  /** The address the copy was served at (the ParseResult's url). */
  served: URL;
  /** The address of the page it copies. */
  original: URL;
  /** When an archive captured it: the moment its relative times count from. */
  capturedAt: Date | null;
}

/** A capture's path: up to three steps of the archive's own, the moment (and a modifier: "id_", "im_"), the original. */
const CAPTURE_PATH = /^((?:\/[\w.-]+){0,3}?)\/(\d{14})(?:[a-z]{2}_)?\/(https?:\/\/?[^/].*)$/i;
/** The same prefix at the start of a link of a capture, absolute, protocol-relative or root-relative. */
const CAPTURE_LINK = /^(?:(?:https?:)?\/\/[^/?#]+)?(?:\/[\w.-]+){0,3}?\/\d{14}(?:[a-z]{2}_)?\/(?=https?:\/)/i;
const PROXY_HOST = /^([a-z0-9-]+)\.translate\.goog$/i;
/** archive.today's names. */
const ARCHIVE_TODAY_HOST = /^(?:www\.)?archive\.(?:ph|today|is|li|vn|fo|md)$/i;
/** A capture of archive.today at its long address: the moment (yyyy.MM.dd-hhmmss, UTC) and the original. */
const ARCHIVE_TODAY_CAPTURE = /^\/(\d{4})\.(\d{2})\.(\d{2})-(\d{6})\/(https?:\/\/?[^/].*)$/i;
/** A link of an archive.today capture: "/o/<the capture's id>/" and the original. */
const ARCHIVE_TODAY_LINK = /^\/o\/[A-Za-z0-9]{4,12}\/(https?:\/\/?[^/].*)$/i;
const PROXY_PARAM = /^_x_tr_/;

const copies = new WeakMap<URL, PageCopy | null>();
/** Each copy's original URL object, and the bases made from it: links resolved against them are the copy's. */
const copyOfOriginal = new WeakMap<URL, PageCopy>();

/** The page the URL serves a copy of, or null when it serves its own. */
export function pageCopyOf(url: URL): PageCopy | null {
  let copy = copies.get(url);
  if (copy === undefined) {
    copy = captureOf(url) ?? proxiedPageOf(url);
    copies.set(url, copy);
    if (copy) copyOfOriginal.set(copy.original, copy);
  }
  return copy;
}

function captureOf(url: URL): PageCopy | null {
  const path = url.pathname + url.search + url.hash;
  const today = ARCHIVE_TODAY_HOST.test(url.hostname) ? ARCHIVE_TODAY_CAPTURE.exec(path) : null;
  const m = today ? null : CAPTURE_PATH.exec(path);
  const capturedAt = today ? momentOf(today.slice(1, 5).join('')) : m ? momentOf(m[2]!) : null;
  const original = today?.[5] ?? m?.[3];
  if (!original || !capturedAt) return null;
  try {
    return { served: url, original: new URL(withBothSlashes(original)), capturedAt };
  } catch {
    return null;
  }
}

/** A capture's moment, yyyyMMddhhmmss in UTC; null when the digits are no date. */
function momentOf(digits: string): Date | null {
  const [y, mo, d, h, mi, s] = [0, 4, 6, 8, 10, 12].map((at, i) => Number(digits.slice(at, i === 0 ? 4 : at + 2)));
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
  return date.getUTCMonth() === mo! - 1 && date.getUTCDate() === d! && h! < 24 && mi! < 60 && s! < 60 ? date : null;
}

/** Archives collapse "https://" in a path to "https:/" at times. */
function withBothSlashes(address: string): string {
  return address.replace(/^(https?:\/)(?!\/)/i, '$1/');
}

function proxiedPageOf(url: URL): PageCopy | null {
  const original = unproxied(url);
  return original ? { served: url, original, capturedAt: null } : null;
}

/** The address a translation proxy's link stands for, or null when it is none. */
export function unproxied(url: URL): URL | null {
  const m = PROXY_HOST.exec(url.hostname);
  if (!m) return null;
  const host = m[1]!.replace(/--/g, '\0').replace(/-/g, '.').replace(/\0/g, '-');
  try {
    const original = new URL(url.toString());
    original.hostname = host;
    const names: string[] = [];
    original.searchParams.forEach((_, name) => names.push(name));
    for (const name of names) if (PROXY_PARAM.test(name)) original.searchParams.delete(name);
    if (names.every((name) => PROXY_PARAM.test(name))) original.search = '';
    return original;
  } catch {
    return null;
  }
}

/** Whether links at this host may be archive.today's links of a capture (see `unarchived`). */
export function isArchiveTodayHost(hostname: string): boolean {
  return ARCHIVE_TODAY_HOST.test(hostname);
}

/**
 * The original an archive.today capture's link stands for ("https://archive.ph/o/Xk3Pq/https://x.com/a" is
 * "https://x.com/a"), or null when it is none. The archive writes such links on every capture, long address or short.
 */
export function unarchived(url: URL): URL | null {
  if (!ARCHIVE_TODAY_HOST.test(url.hostname)) return null;
  const m = ARCHIVE_TODAY_LINK.exec(url.pathname + url.search + url.hash);
  if (!m) return null;
  try {
    return new URL(withBothSlashes(m[1]!));
  } catch {
    return null;
  }
}

/**
 * The context a parse of the page works in: a copy is read as the page it copies, at the moment of its capture (or
 * `now`, whichever is earlier). The page's own pages are returned as they are.
 */
export function asOriginal<T extends { url: URL; now: Date }>(ctx: T): T {
  const copy = pageCopyOf(ctx.url);
  if (!copy) return ctx;
  const now = copy.capturedAt && copy.capturedAt < ctx.now ? copy.capturedAt : ctx.now;
  return { ...ctx, url: copy.original, now };
}

/** The address of the page the URL shows: the original of a copy, else the URL itself. */
export function originalOf(url: URL): URL {
  return pageCopyOf(url)?.original ?? url;
}

/** The address a parse's page was served at: the copy's when it read one as its original. */
export function servedUrl(url: URL): URL {
  return copyOfOriginal.get(url)?.served ?? url;
}

/** The copy whose links are resolved against this base (the copy's original address or a base made from it). */
export function copyOfBase(base: URL): PageCopy | null {
  return copyOfOriginal.get(base) ?? null;
}

/** Links resolved against `base` are the copy's as well (a `<base href>` of the copy). */
export function sharesCopy(base: URL, from: URL): void {
  const copy = copyOfOriginal.get(from);
  if (copy) copyOfOriginal.set(base, copy);
}

/** A link of a capture without the archive's prefix ("/web/20261118143512/https://x.com/a" is "https://x.com/a"). */
export function withoutCapturePrefix(href: string): string {
  const m = CAPTURE_LINK.exec(href);
  return m ? withBothSlashes(href.slice(m[0].length)) : href;
}
