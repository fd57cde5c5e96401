/** Ordered adapters: site adapters first, the generic detector last. No host is claimed by two site adapters. */
import { getDomain, getPublicSuffix } from 'tldts';
import type { Adapter } from './types';
import { daily8 } from './adapters/daily8';
import { generic } from './adapters/generic';

export const SITE_ADAPTERS: readonly Adapter[] = [daily8];
export const ADAPTERS: readonly Adapter[] = [...SITE_ADAPTERS, generic];

export function hostMatches(hostname: string, host: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  if (host.endsWith('.*')) {
    // "google.*": the registrable domain is google.<public suffix>, whatever the suffix.
    const name = host.slice(0, -2);
    const domain = getDomain(h);
    return !!domain && domain.startsWith(`${name}.`) && getPublicSuffix(h) === domain.slice(name.length + 1);
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
