/** Builds the DOM a browser would build from saved page bytes: jsdom's spec-compliant (parse5) HTML parser. */
import { JSDOM } from 'jsdom';

/**
 * Saved pages often declare the wrong charset (re-saved as UTF-8, the old meta tag kept). Bytes that decode as UTF-8
 * are read as UTF-8; anything else goes through jsdom's HTML encoding sniffing (BOM, meta charset, windows-1252).
 */
export function decodeHtml(bytes: Uint8Array): string | Uint8Array {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes;
  }
}

export function documentFromHtml(html: string | Uint8Array, url: string): Document {
  const input = typeof html === 'string' ? html : decodeHtml(html);
  // Scripts never run and nothing is fetched: the page is data.
  const dom = new JSDOM(typeof input === 'string' ? input : Buffer.from(input), { url, contentType: 'text/html' });
  return dom.window.document;
}
