import { COLLECTION_URL } from '../collection/view';

/** Export file names: byline-<host>-<yyyymmdd-hhmm>.<ext> (byline-collection-… for the collection), the time in UTC of the capture. */
export function exportFileName(pageUrl: string, capturedAt: string, ext: string): string {
  let host = pageUrl === COLLECTION_URL ? 'collection' : 'page';
  try {
    host = new URL(pageUrl).hostname.replace(/^www\./, '') || host;
  } catch {
    /* keep the default */
  }
  const d = new Date(capturedAt);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const stamp = Number.isNaN(d.getTime())
    ? 'undated'
    : `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}-${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}`;
  return `byline-${host.replace(/[^a-z0-9.-]/gi, '_')}-${stamp}.${ext}`;
}
