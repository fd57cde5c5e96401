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
  // Iterative, not recursive: pages nest thousands of levels deep and must not overflow the stack.
  let out = '';
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !isSkipped(node as Element)) {
      const e = node as Element;
      if (e.tagName === 'BR' || !isInline(e)) out += ' ';
      if (e.firstChild) {
        node = e.firstChild;
        continue;
      }
    }
    node = next(node, el, (closed) => {
      if (closed.nodeType === 1 && !isInline(closed as Element)) out += ' ';
    });
  }
  return collapse(out);
}

/**
 * The node after `node` in document order, skipping its subtree, without leaving `root`; `onClose` hears each element
 * whose subtree is finished on the way up. Null at the end of `root`.
 */
function next(node: Node, root: Node, onClose?: (closed: Node) => void): Node | null {
  let cur: Node | null = node;
  while (cur && cur !== root) {
    if (cur !== node || cur.nodeType === 1) onClose?.(cur);
    if (cur.nextSibling) return cur.nextSibling;
    cur = cur.parentNode;
  }
  return null;
}

/** One run of text inside a block, with the element that holds it. */
export interface Piece {
  text: string;
  /** The element whose own text this is (text nodes of one element are joined). */
  element: Element;
}

/**
 * The text pieces of a block in document order: each element's own text, whitespace collapsed. `onElement` sees every
 * element of the walk (not inside script, style or template), so callers gather what they need in the same pass.
 */
export function piecesOf(root: Element, onElement?: (el: Element) => void): Piece[] {
  const pieces: Piece[] = [];
  // The elements open on the way down, and the text each has gathered since its last child element.
  const open: Element[] = [root];
  const own: string[] = [''];
  const flush = (): void => {
    const i = open.length - 1;
    if (!own[i]) return;
    const text = collapse(own[i]!);
    if (text) pieces.push({ text, element: open[i]! });
    own[i] = '';
  };
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3) own[own.length - 1] += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !isSkipped(node as Element)) {
      flush();
      onElement?.(node as Element);
      if (node.firstChild) {
        open.push(node as Element);
        own.push('');
        node = node.firstChild;
        continue;
      }
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) node = null;
      else {
        flush();
        open.pop();
        own.pop();
      }
    }
    node = node?.nextSibling ?? null;
  }
  flush();
  return pieces;
}

/** The nearest ancestor-or-self of `el` (inside `within`) that is not an inline element. */
export function lineOf(el: Element, within: Element): Element {
  let cur = el;
  while (cur !== within && isInline(cur) && cur.parentElement) cur = cur.parentElement;
  return cur;
}

const ASCII = /^[\x00-\x7f]*$/;

export function wordCount(text: string): number {
  if (ASCII.test(text)) return asciiWordCount(text);
  // CJK text has no spaces: count each ideograph/syllable run as words by length.
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return cjk > 0 ? Math.max(words, Math.ceil(cjk / 2)) : words;
}

/** wordCount of ASCII text without the regular expressions: runs between whitespace that hold a letter or digit. */
function asciiWordCount(text: string): number {
  let words = 0;
  let wordy = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      if (wordy) words++;
      wordy = false;
    } else if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) wordy = true;
  }
  return wordy ? words + 1 : words;
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
