/** An error's own words (a DOMException from the clipboard is an Error in browsers, not in every test DOM). */
export function messageOf(err: unknown): string {
  return typeof err === 'object' && err !== null && typeof (err as { message?: unknown }).message === 'string' ? (err as { message: string }).message : String(err);
}
