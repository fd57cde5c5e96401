import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { matchingAny } from '../../../core/dom';
import { inParse } from '../../../core/memo';

const page = 'https://news.example/';
const html = `<body>
  <div class="card"><span class="sourceName">Reuters</span><h3 class="card-title"><a href="/a">A</a></h3></div>
  <div class="card"><span class="Source">AP</span><h2>B</h2></div>
  <p class="press-line news-source">Press line</p>
  <p class="SOURCE">Another case</p>
  <svg class="src-icon"></svg>
</body>`;
const selectors = ['h2', '[class*="source"]', '[class*="Source"]', '[class*="-title"]', '[class*="press"]', '[class*="src"]', '[class*="outlet"]'];

/** What one native query per selector finds, in the order matchingAny promises. */
function reference(root: ParentNode): Element[] {
  const found = new Set<Element>();
  for (const s of selectors) for (const el of root.querySelectorAll(s)) found.add(el);
  return [...found];
}

describe('elements matching any of several selectors', () => {
  it('finds what the native queries find, in their order, words inside a class matched case by case', () => {
    const doc = documentFromHtml(html, page);
    const found = [...matchingAny(doc.body, selectors)];
    expect(found).toEqual(reference(doc.body));
    expect(found.map((el) => el.textContent)).toEqual(['B', 'Reuters', 'Press line', 'AP', 'A', '']);
  });

  it('answers the same inside a parse, and sees a page changed between two parses', () => {
    const doc = documentFromHtml(html, page);
    inParse(() => expect([...matchingAny(doc.body, selectors)]).toEqual(reference(doc.body)));
    const added = doc.createElement('em');
    added.className = 'outlet';
    doc.body.append(added);
    inParse(() => expect([...matchingAny(doc.body, selectors)]).toContain(added));
  });

  it('searches under the root only, not the root itself', () => {
    const doc = documentFromHtml(html, page);
    const card = doc.querySelector('.card')!;
    expect([...matchingAny(card, ['[class*="card"]', '[class*="source"]'])].map((el) => el.textContent)).toEqual(['A', 'Reuters']);
  });
});
