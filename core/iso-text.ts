import { remembered } from './memo';

/**
 * An instant written out in ISO form (`Date#toISOString`), once per value and parse: writing one out costs about as
 * much as reading a short label, and a page's stories share a few instants ("2 hours ago" on many of them; an exact
 * time's range starts and ends where it stands).
 */
export function isoText(date: Date): string {
  return remembered('iso-text', String(date.getTime()), () => date.toISOString());
}
