/**
 * An instant written out in ISO form (`Date#toISOString`), remembered by its value: writing one out costs about as
 * much as reading a short label, and a page's stories share a few instants ("2 hours ago" on many of them; an exact
 * time's range starts and ends where it stands).
 */
const written = new Map<number, string>();
/** Instants remembered at most: a page of 10,000 stories reads far fewer distinct ones. */
const MAX_WRITTEN = 4096;

export function isoText(date: Date): string {
  const ms = date.getTime();
  let text = written.get(ms);
  if (text === undefined) {
    if (written.size >= MAX_WRITTEN) written.clear();
    written.set(ms, (text = date.toISOString()));
  }
  return text;
}
