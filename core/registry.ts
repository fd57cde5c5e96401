/** Ordered adapters: site adapters first, the generic detector last. No host is claimed by two site adapters. */
import type { Adapter } from './types';
import { daily8 } from './adapters/daily8';
import { generic } from './adapters/generic';

export const SITE_ADAPTERS: readonly Adapter[] = [daily8];
export const ADAPTERS: readonly Adapter[] = [...SITE_ADAPTERS, generic];

export function hostMatches(hostname: string, host: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return h === host || h.endsWith(`.${host}`);
}

/** The site adapter that claims the URL, else the generic detector. */
export function adapterFor(url: URL): Adapter {
  return SITE_ADAPTERS.find((a) => a.hosts.some((host) => hostMatches(url.hostname, host))) ?? generic;
}
