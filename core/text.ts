/** Text helpers shared by the detector and the field rules. Text is read from the DOM, never layout. */

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT']);
/** Elements that flow within a line; a text piece's "line" is its nearest ancestor that is not one of these. */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK', 'Q', 'S',
  'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR',
]);

export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

export function isSkipped(el: Element): boolean {
  return SKIP_TAGS.has(el.tagName);
}

export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName);
}

/** Visible-ish text of an element: text nodes outside script/style/template, whitespace collapsed. */
export function textOf(el: Element): string {
  const parts: string[] = [];
  collectText(el, parts);
  return collapse(parts.join(''));
}

function collectText(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out.push(child.nodeValue ?? '');
    else if (child.nodeType === 1) {
      const el = child as Element;
      if (isSkipped(el)) continue;
      if (el.tagName === 'BR' || !isInline(el)) out.push(' ');
      collectText(el, out);
      if (!isInline(el)) out.push(' ');
    }
  }
}

/** One run of text inside a block, with the element that holds it. */
export interface Piece {
  text: string;
  /** The element whose own text this is (text nodes of one element are joined). */
  element: Element;
}

/** The text pieces of a block in document order: each element's own text, whitespace collapsed. */
export function piecesOf(root: Element): Piece[] {
  const pieces: Piece[] = [];
  const walk = (el: Element): void => {
    let own = '';
    const flush = (): void => {
      const text = collapse(own);
      if (text) pieces.push({ text, element: el });
      own = '';
    };
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) own += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const c = child as Element;
        if (isSkipped(c)) continue;
        flush();
        walk(c);
      }
    }
    flush();
  };
  walk(root);
  return pieces;
}

/** The nearest ancestor-or-self of `el` (inside `within`) that is not an inline element. */
export function lineOf(el: Element, within: Element): Element {
  let cur = el;
  while (cur !== within && isInline(cur) && cur.parentElement) cur = cur.parentElement;
  return cur;
}

export function wordCount(text: string): number {
  // CJK text has no spaces: count each ideograph/syllable run as words by length.
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return cjk > 0 ? Math.max(words, Math.ceil(cjk / 2)) : words;
}

/** Separators that sit between labels: "·", "|", "-", "•", "—". */
export function isSeparator(text: string): boolean {
  return /^[\s|·•\-–—,/:]*$/.test(text);
}

export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
