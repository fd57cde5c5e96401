/** A video's length on its thumbnail ("1:48" in a "duration" badge): a clock time's digits, not a time of day. */

/** A clock time alone ("1:32") in a video's duration badge is a length, not a time of day. */
const DURATION_HINT = /duration|length|runtime|playtime|video-time|(?:^|[-_\s])dur(?:$|[-_\s])/i;

/** A clip's length alone: "14:22", "1:02:45" (a video's badge, not a clock time). */
export const CLIP_LENGTH = /^\d{1,2}:\d{2}(?::\d{2})?$/;

/** A clip's length in minutes, with its hours ("15 min", "1 h 5 min", "52m"): a "15 min" alone may be an age. */
const MINUTES_LENGTH = /^(?:\d{1,2}\s*(?:h|hr|hrs|t|std)\.?\s*)?\d{1,3}\s*(?:min|mins|m)\.?$/i;

/** Whether a text of the element is a clip's length that the element (or one of two above) marks as a duration. */
export function isDurationBadge(el: Element, text: string): boolean {
  if (!CLIP_LENGTH.test(text) && !MINUTES_LENGTH.test(text)) return false;
  for (let e: Element | null = el, depth = 0; e && depth < 3; e = e.parentElement, depth++) {
    if (DURATION_HINT.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('data-testid') ?? ''}`)) return true;
  }
  return false;
}
