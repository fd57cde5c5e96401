/** Builds the DOM a browser would build from saved page bytes: jsdom's spec-compliant (parse5) HTML parser. */
import { JSDOM } from 'jsdom';
import iconv from 'iconv-lite';

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * Saved pages often declare the wrong charset (re-saved as UTF-8, the old meta tag kept). Bytes that decode as UTF-8
 * are read as UTF-8; anything else by the charset its <meta> declares, else windows-1252, as browsers default to.
 */
export function decodeHtml(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // iconv-lite, not TextDecoder: Node's TextDecoder reads windows-1252 as Latin-1 (0x92 stays U+0092, not ’).
    const head = iconv.decode(Buffer.from(bytes.subarray(0, 2048)), 'latin1');
    const label = META_CHARSET.exec(head)?.[1];
    const charset = label && !/^utf-?8$/i.test(label) && iconv.encodingExists(label) ? label : 'windows-1252';
    // WHATWG maps the Latin-1 labels to windows-1252, as browsers do.
    return iconv.decode(Buffer.from(bytes), /^(?:iso-?8859-1|latin-?1|us-ascii|ascii)$/i.test(charset) ? 'windows-1252' : charset);
  }
}

export function documentFromHtml(html: string | Uint8Array, url: string): Document {
  // Scripts never run and nothing is fetched: the page is data.
  const dom = new JSDOM(typeof html === 'string' ? html : decodeHtml(html), { url, contentType: 'text/html' });
  return dom.window.document;
}
