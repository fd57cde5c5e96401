/** Ordered adapters: site adapters first, the generic detector last. No host is claimed by two site adapters. */
import { getDomain, getPublicSuffix } from 'tldts';
import type { Adapter } from './types';
import { daily8 } from './adapters/daily8';
import { hackernews } from './adapters/hackernews';
import { lobsters } from './adapters/lobsters';
import { googleNews } from './adapters/googlenews';
import { googleSearch } from './adapters/googlesearch';
import { techmeme } from './adapters/techmeme';
import { reddit } from './adapters/reddit';
import { yahoo } from './adapters/yahoo';
import { bingNews } from './adapters/bingnews';
import { msn } from './adapters/msn';
import { naverNews } from './adapters/navernews';
import { slashdot } from './adapters/slashdot';
import { drudge } from './adapters/drudge';
import { outbrain } from './adapters/outbrain';
import { telegram } from './adapters/telegram';
import { wikipediaCurrentEvents } from './adapters/wikipedia-current-events';
import { generic } from './adapters/generic';

export const SITE_ADAPTERS: readonly Adapter[] = [
  daily8, hackernews, lobsters, googleNews, googleSearch, techmeme, reddit, yahoo, bingNews, msn, naverNews, slashdot, drudge, telegram, wikipediaCurrentEvents, outbrain,
];
export const ADAPTERS: readonly Adapter[] = [...SITE_ADAPTERS, generic];

export function hostMatches(hostname: string, host: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  if (host.endsWith('.*')) {
    // "google.*": google.<any public suffix> itself or its www host (not its other subdomains: news.google.com is not
    // Google Search).
    const name = host.slice(0, -2);
    // Most hosts do not hold the name at all: no look-up in the suffix list for them.
    if (!h.includes(name)) return false;
    const domain = getDomain(h);
    const named = !!domain && domain.startsWith(`${name}.`) && getPublicSuffix(h) === domain.slice(name.length + 1);
    return named && (h === domain || h === `www.${domain}`);
  }
  return h === host || h.endsWith(`.${host}`);
}

export function claims(adapter: Adapter, url: URL): boolean {
  return adapter.hosts.some((host) => hostMatches(url.hostname, host)) && (!adapter.paths || adapter.paths.test(url.pathname));
}

/** The site adapter that claims the URL, else the generic detector. */
export function adapterFor(url: URL): Adapter {
  return SITE_ADAPTERS.find((a) => claims(a, url)) ?? generic;
}
