/** Text helpers shared by the detector and the field rules. Text is read from the DOM, never layout. */

/** The elements whose subtrees no text is read from, by tag name. */
export const SKIPPED_TAGS = ['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object'];
// As tagName gives them: upper case in HTML, and an inline <svg> keeps its lower case.
const SKIP_TAGS = new Set([...SKIPPED_TAGS.map((tag) => tag.toUpperCase()), 'svg']);
/** Elements that flow within a line; a text piece's "line" is its nearest ancestor that is not one of these. */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK', 'Q', 'S',
  'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR',
]);

/** Whitespace as collapse sees it: JavaScript's \s (what trim removes too), and the zero-width space. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const WHITESPACE_RUN = /[\s\u00a0\u200b]+/g;
/** Marks that set the direction of the text around them ("&lrm;38 minutes ago&lrm;"): no characters of the text. */
const DIRECTION_MARK = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Whitespace other than a single space, and direction marks: what collapsing changes inside a text. */
const IRREGULAR_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200b\u200e\u200f\u2028-\u202f\u205f\u2066-\u2069\u3000\ufeff]| {2}/;

export function collapse(text: string): string {
  // Trimmed first: most texts then hold single spaces only (a re-indented page's line breaks and indents sit at a
  // text's ends), and trimming is all collapsing does. What trim takes off the ends, collapsing would take off too.
  const trimmed = text.trim();
  return IRREGULAR_SPACE.test(trimmed) ? trimmed.replace(DIRECTION_MARK, '').replace(WHITESPACE_RUN, ' ').trim() : trimmed;
}

export function isSkipped(el: Element): boolean {
  return SKIP_TAGS.has(el.tagName);
}

export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName);
}

/** isSkipped by tag name, for walks that have read it already. */
export function isSkippedTag(tagName: string): boolean {
  return SKIP_TAGS.has(tagName);
}

/** Visible-ish text of an element: text nodes outside script/style/template, whitespace collapsed. */
export function textOf(el: Element): string {
  return collapse(rawTextOf(el, Infinity)!);
}

/**
 * textOf(el), read natively (one textContent) where the text walk would add no space and skip nothing: every element
 * under `el` is inline, or `el` holds texts alone after one leading element without text (a publisher's logo before
 * its name), whose space collapsing trims.
 */
export function plainTextOf(el: Element): string {
  return holdsInlineAlone(el) || leadsWithEmptyElement(el) ? collapse(el.textContent ?? '') : textOf(el);
}

/** Whether every element under `el` is inline: visited in document order, child by child. */
export function holdsInlineAlone(el: Element): boolean {
  let e = el.firstElementChild;
  while (e) {
    if (!isInline(e)) return false;
    let after: Element | null = e.firstElementChild;
    for (let up: Element | null = e; !after && up && up !== el; up = up.parentElement) after = up.nextElementSibling;
    e = after;
  }
  return true;
}

function leadsWithEmptyElement(el: Element): boolean {
  const first = el.firstElementChild;
  return !!first && el.childElementCount === 1 && el.firstChild === first && first.textContent === '';
}

/**
 * textOf(el) as it would read with the inline elements in `left` (and what they hold) taken out: without copying
 * the element to remove them. An inline element adds no space of its own, so leaving it out is all removing does.
 */
export function textWithout(el: Element, left: ReadonlySet<Element>): string {
  return collapse(rawTextOf(el, Infinity, left)!);
}

/**
 * textOf(el) when it is at most `max` characters long, else null: reading stops as soon as the text is certainly
 * longer (a big neighbour of a short label need not be read to the end).
 */
export function textUpTo(el: Element, max: number): string | null {
  const raw = rawTextOf(el, max);
  if (raw === null) return null;
  const text = collapse(raw);
  return text.length <= max ? text : null;
}

/** Characters of a text that collapse keeps as they are (not whitespace). */
function solidLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}

/** textOf before collapsing; null once more than `max` characters that collapse keeps have been read. */
function rawTextOf(el: Element, max: number, left?: ReadonlySet<Element>): string | null {
  // Iterative, not recursive: pages nest thousands of levels deep and must not overflow the stack.
  let out = '';
  let solid = 0;
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      out += value;
      if (max !== Infinity && (solid += solidLength(value)) > max) return null;
    } else if (node.nodeType === 1 && !isSkipped(node as Element) && !left?.has(node as Element)) {
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
  return out;
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

/**
 * Whether the text walk ends a piece at this sibling of a text: an element it enters (not a script, svg…), unlike a
 * comment or another text, which join the piece.
 */
export function endsPiece(node: Node): boolean {
  return node.nodeType === 1 && !isSkipped(node as Element);
}

/** One run of text inside a block, with the element that holds it. */
export interface Piece {
  text: string;
  /** The element whose own text this is (text nodes of one element are joined). */
  element: Element;
}

/**
 * The text pieces of a block in document order: each element's own text, whitespace collapsed (not inside script, style
 * or template). The field rules read them from the block's view (fields/view.ts), which gathers them in the same walk.
 * With `wanted`, only the pieces whose text (before collapsing) passes it are collapsed and kept.
 */
export function piecesOf(root: Element, wanted?: RegExp): Piece[] {
  const pieces: Piece[] = [];
  firstPiece(root, (raw, element) => {
    const text = !wanted || wanted.test(raw) ? collapse(raw) : '';
    if (text) pieces.push({ text, element });
    return null;
  });
  return pieces;
}

/**
 * `read` asked about the pieces of piecesOf in turn, each as its raw text (before collapsing) and its element, until
 * it answers: that answer, or null. The walk stops there (a block's first age need not gather the rest).
 */
export function firstPiece<T>(root: Element, read: (raw: string, element: Element) => T | null): T | null {
  // The elements open on the way down, and the text the innermost has gathered since it opened or its last child
  // closed (entering a child ends its parent's piece, so no other open element holds text).
  const open: Element[] = [root];
  let raw = '';
  const flush = (): T | null => {
    if (!raw) return null;
    const answer = read(raw, open[open.length - 1]!);
    raw = '';
    return answer;
  };
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3) raw += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !isSkipped(node as Element)) {
      const answer = flush();
      if (answer !== null) return answer;
      if (node.firstChild) {
        open.push(node as Element);
        node = node.firstChild;
        continue;
      }
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) node = null;
      else {
        const answer = flush();
        if (answer !== null) return answer;
        open.pop();
      }
    }
    node = node?.nextSibling ?? null;
  }
  return flush();
}

/** The nearest ancestor-or-self of `el` (inside `within`) that is not an inline element. */
export function lineOf(el: Element, within: Element): Element {
  let cur = el;
  while (cur !== within && isInline(cur) && cur.parentElement) cur = cur.parentElement;
  return cur;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

function isCjk(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
}

/** Thai, Lao, Burmese and Khmer: scripts written without spaces between words, their vowels and tones marks of their own. */
function isUnspaced(c: number): boolean {
  return (c >= 0x0e00 && c <= 0x0eff) || (c >= 0x1000 && c <= 0x109f) || (c >= 0x1780 && c <= 0x17ff);
}

/** Characters of an unspaced script a word has, about: its letters and the marks on them. */
const UNSPACED_PER_WORD = 5;

/** Words: runs between whitespace that hold a letter or digit. One scan, no intermediate arrays. */
export function wordCount(text: string): number {
  let words = 0;
  let cjk = 0;
  let unspaced = 0;
  let wordy = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Tibetan's tsheg and shad mark its syllables and clauses off, as spaces do words elsewhere.
    if ((isSpace(c) && c !== 0x200b) || c === 0x0f0b || c === 0x0f0d) {
      if (wordy) words++;
      wordy = false;
    } else if (c < 128) {
      if (!wordy && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) wordy = true;
    } else {
      if (isCjk(c)) cjk++;
      else if (isUnspaced(c)) unspaced++;
      if (!wordy) {
        // A letter outside the BMP is a surrogate pair: test the whole code point.
        const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
        wordy = LETTER_OR_NUMBER.test(text.slice(i, wide ? i + 2 : i + 1));
      }
    }
  }
  if (wordy) words++;
  // CJK text has no spaces: count each ideograph/syllable run as words by length; Thai, Lao, Burmese and Khmer put
  // spaces between phrases, not words.
  return cjk > 0 || unspaced > 0 ? Math.max(words, Math.ceil(cjk / 2) + Math.ceil(unspaced / UNSPACED_PER_WORD)) : words;
}

/** Separators that sit between labels: "·", "|", "-", "•", "—". */
export function isSeparator(text: string): boolean {
  return /^[\s|·•∙‧\-–—,/:]*$/.test(text);
}

export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
