/** Registrable domains (public-suffix aware, through tldts) and the name-versus-domain check. */
import { getDomain } from 'tldts';
import { urlParts } from './url';
import { remembered } from './memo';
import type { ArticleSource } from './types';

export function registrableDomain(url: string | null): string | null {
  if (!url) return null;
  return remembered('domain', url, domainOf);
}

function domainOf(url: string): string | null {
  const host = urlParts(url)?.hostname;
  if (host === undefined) return null;
  // A page's links share a few hosts: each host is looked up in the suffix list once per parse.
  return remembered('host-domain', host, hostDomain);
}

function hostDomain(host: string): string | null {
  return getDomain(host, { allowPrivateDomains: false }) ?? (host || null);
}

/**
 * The source of a story linking to `url` whose block shows `name`: where it shows none, the link's domain is the name
 * (and cannot disagree with itself).
 */
export function storySource(name: string | null, url: string | null): ArticleSource {
  const domain = registrableDomain(url);
  return { name: name ?? domain, domain, mismatch: sourceMismatch(name, domain) };
}

const ASCII = /^[\x00-\x7f]*$/;
/** Letters and digits only, lowercased and without accents. ASCII (most names) needs no Unicode normalisation. */
const squash = (s: string): string =>
  ASCII.test(s) ? s.toLowerCase().replace(/[^a-z0-9]/g, '') : s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '');
/**
 * Whether a name spells out the first label of a domain, as a publisher names its site: "RTL Lëtzebuerg" (rtl.lu),
 * "Luxemburger Wort" (wort.lu).
 */
export function namesDomain(name: string, domain: string | null): boolean {
  const label = firstLabel(domain);
  if (label.length >= 3 && squash(name).includes(label)) return true;
  // Or gives its initials, as two-letter labels do: "Financial Times" (ft.com), "New York Times" (nytimes.com).
  return label.length >= 2 && name.split(/[\s\-–—.&]+/).filter(Boolean).length >= 2 && abbreviates(name, label);
}

/** A domain's first label, squashed ("rtl.lu" → "rtl"); empty without a domain. */
function firstLabel(domain: string | null): string {
  return domain ? squash(domain.split('.')[0] ?? '') : '';
}

/**
 * Whether the last step of an address (a category's page, "/category/bbc-tigrinya/") names a domain's first label:
 * spells it out, or starts with the label's first letters ("voa-tigrigna" for voanews.com).
 */
export function slugNamesDomain(href: string, domain: string | null): boolean {
  const label = firstLabel(domain);
  const slug = href.replace(/[?#].*$/, '').replace(/\/+$/, '').split('/').pop() ?? '';
  const first = squash(slug.split(/[-_]/)[0] ?? '');
  return label.length >= 3 && (squash(slug).includes(label) || (first.length >= 3 && label.startsWith(first)));
}

const STOP = new Set(['the', 'of', 'and', 'news', 'com', 'www', 'co', 'de', 'la', 'le', 'el']);

/**
 * True when a displayed source name clearly disagrees with the link's domain: neither contains the other, and the
 * name's initials are not the domain's label ("Russia Today" ~ rt.com, "The New York Times" ~ nytimes.com agree).
 */
export function sourceMismatch(name: string | null, domain: string | null): boolean {
  if (!name || !domain) return false;
  // A host shown as the source ("github.com", "blog.github.com"): the commonest agreement, seen without the work below.
  if (name === domain || name.endsWith(`.${domain}`)) return false;
  // Pages repeat their publishers: each pair is worked out once per parse.
  return remembered('mismatch', `${name}\n${domain}`, () => mismatchOf(name, domain));
}

function mismatchOf(name: string, domain: string): boolean {
  const label = squash(domain.split('.')[0] ?? domain);
  const full = squash(name);
  if (!label || !full) return false;
  if (full.includes(label) || label.includes(full) || squash(domain).includes(full)) return false;
  return !abbreviates(name, label);
}

/**
 * Whether a name's initials make a domain's squashed first label: "Russia Today" (rt), "Financial Times" (ft), "BBC
 * News" (bbcnews…), or the leading words' initials and the last word, "New York Times" (nytimes).
 */
function abbreviates(name: string, label: string): boolean {
  const words = name.split(/[\s\-–—.&]+/).filter(Boolean);
  const initials = squash(words.map((w) => w[0] ?? '').join(''));
  const initialsNoStop = squash(words.filter((w) => !STOP.has(w.toLowerCase())).map((w) => w[0] ?? '').join(''));
  if (label === initials || label === initialsNoStop || (!!initialsNoStop && label.startsWith(initialsNoStop + 'news'))) return true;
  const last = squash(words[words.length - 1] ?? '');
  const lead = squash(words.slice(0, -1).filter((w) => !STOP.has(w.toLowerCase())).map((w) => w[0] ?? '').join(''));
  return !!last && label === lead + last;
}
