import { afterEach, describe, expect, it, vi } from 'vitest';
import { JSDOM } from 'jsdom';
import { LivePage } from '../../../core/live';
import { BLOCKS_PER_STEP } from '../../../core/steps';
import { generic } from '../../../core/adapters/generic';

const URL_ = new URL('https://news.example/');
const NOW = new Date('2025-06-08T18:00:00Z');
const card = (i: number, age = `${i} hours ago`) =>
  `<article class="card"><span>Source ${i}</span> <span>${age}</span><h3><a href="/story/${i}">Headline number ${i} of the list</a></h3></article>`;

function page(cards: number[]) {
  const dom = new JSDOM(`<body><h1>News</h1><section id="list"><h2>Latest</h2>${cards.map((i) => card(i)).join('')}</section><footer><p id="f">Footer</p></footer></body>`, { url: URL_.toString() });
  const doc = dom.window.document;
  const live = new LivePage(doc, URL_, NOW);
  const observer = new dom.window.MutationObserver(() => {});
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  const html = (s: string) => {
    const t = doc.createElement('template');
    t.innerHTML = s;
    return t.content.firstElementChild!;
  };
  return { doc, live, apply: () => live.update(observer.takeRecords(), URL_, NOW), html };
}

const titles = (live: LivePage) => live.result().articles.map((a) => a.title);

afterEach(() => vi.restoreAllMocks());

describe('a live page', () => {
  it('reads the blocks present at load', () => {
    const { live } = page([1, 2, 3]);
    expect(titles(live)).toEqual(['Headline number 1 of the list', 'Headline number 2 of the list', 'Headline number 3 of the list']);
  });

  it('adds blocks appended by infinite scroll, in page order, reading only the new ones', () => {
    const { doc, live, apply, html } = page([1, 2, 3]);
    const spy = vi.spyOn(generic, 'blocks');
    doc.getElementById('list')!.append(html(card(4)), html(card(5)));
    const change = apply();
    expect(change.upserted.map((u) => u.article.title)).toEqual(['Headline number 4 of the list', 'Headline number 5 of the list']);
    expect(titles(live)).toHaveLength(5);
    expect(live.result().articles.map((a) => a.position)).toEqual([1, 2, 3, 4, 5]);
    expect(live.result().articles[4]!.section).toBe('Latest');
    // Siblings of known blocks are read as blocks directly: no search of the page.
    expect(spy).not.toHaveBeenCalled();
  });

  it('reads a page of results appended as one wrapper ("load more") within that wrapper', () => {
    const { doc, live, apply, html } = page([1, 2]);
    const spy = vi.spyOn(generic, 'blocks');
    const more = html(`<div class="page-2">${[7, 8, 9].map((i) => card(i)).join('')}</div>`);
    doc.body.insertBefore(more, doc.querySelector('footer'));
    apply();
    expect(titles(live)).toEqual([1, 2, 7, 8, 9].map((i) => `Headline number ${i} of the list`));
    expect(spy.mock.calls.every(([, , scope]) => scope === more)).toBe(true);
  });

  it('drops removed blocks and never shows a block twice after in-place replacement', () => {
    const { doc, live, apply, html } = page([1, 2, 3]);
    const second = doc.querySelectorAll('article')[1]!;
    second.replaceWith(html(card(2, '9 hours ago')));
    doc.querySelectorAll('article')[2]!.remove();
    const change = apply();
    expect(change.removed).toHaveLength(2);
    expect(titles(live)).toEqual(['Headline number 1 of the list', 'Headline number 2 of the list']);
    expect(live.result().articles[1]!.publishedAt).toBe('2025-06-08T09:00:00.000Z');
  });

  it('shows the current content of a recycled row', () => {
    const { doc, live, apply } = page([1, 2, 3]);
    const row = doc.querySelectorAll('article')[0]!;
    row.querySelector('a')!.textContent = 'A different story now in this row';
    row.querySelectorAll('span')[1]!.textContent = '7 hours ago';
    const change = apply();
    expect(change.upserted.map((u) => u.element)).toEqual([row]);
    expect(live.result().articles[0]).toMatchObject({ title: 'A different story now in this row', publishedAt: '2025-06-08T11:00:00.000Z' });
    expect(titles(live)).toHaveLength(3);
  });

  it('ignores changes outside the stories', () => {
    const { doc, apply } = page([1, 2]);
    doc.getElementById('f')!.textContent = 'Footer changed';
    expect(apply()).toEqual({ upserted: [], removed: [] });
  });

  it('reads a page in slices to the same result, pausing between slices', async () => {
    const { doc } = page(Array.from({ length: 60 }, (_, i) => i + 1));
    const whole = new LivePage(doc, URL_, NOW).result();
    const sliced = new LivePage(doc, URL_, NOW, false);
    expect(sliced.result().articles).toEqual([]);
    let pauses = 0;
    const { result } = await sliced.resetInSlices(URL_, NOW, async () => void pauses++, 0);
    expect(result.articles).toEqual(whole.articles);
    // Finding the blocks pauses too, not only reading them: a pause before each few blocks' headline checks and reads.
    expect(pauses).toBeGreaterThan(2 * Math.ceil(60 / BLOCKS_PER_STEP));
  });

  it('gives a story repeated across slices an id of its own', async () => {
    const { doc } = page([]);
    doc.getElementById('list')!.innerHTML = Array.from({ length: 45 }, () => card(3)).join('');
    const sliced = new LivePage(doc, URL_, NOW, false);
    const { result } = await sliced.resetInSlices(URL_, NOW, async () => {}, 0);
    expect(result.articles).toHaveLength(45);
    expect(new Set(result.articles.map((a) => a.id)).size).toBe(45);
    expect(result.articles.every((a) => sliced.elementOf(a.id))).toBe(true);
  });

  it('reads the page afresh after a navigation', () => {
    const { doc, live } = page([1, 2]);
    doc.getElementById('list')!.innerHTML = `<h2>Other</h2>${[5, 6, 7].map((i) => card(i)).join('')}`;
    const { result, change } = live.reset(new URL('https://news.example/other'), NOW);
    expect(result.url).toBe('https://news.example/other');
    expect(result.articles.map((a) => a.section)).toEqual(['Other', 'Other', 'Other']);
    expect(change.upserted).toHaveLength(3);
  });
});

describe('a live page of stories split into two rows', () => {
  const rows = (i: number) =>
    `<tr class="story"><td><a href="https://site${i}.example/2025/06/08/story-${i}">Story number ${i} of the front page</a> <span>(site${i}.example)</span></td></tr>` +
    `<tr><td><span>${i} hours ago</span> by <a href="/user?id=u${i}">u${i}</a> | <a href="/item?id=${i}">${i} comments</a></td></tr><tr class="gap"></tr>`;

  function table(n: number) {
    const items = Array.from({ length: n }, (_, i) => rows(i + 1)).join('');
    const dom = new JSDOM(`<body><table><tbody id="t">${items}</tbody></table></body>`, { url: 'https://links.example/' });
    const doc = dom.window.document;
    const url = new URL('https://links.example/');
    const live = new LivePage(doc, url, NOW);
    const observer = new dom.window.MutationObserver(() => {});
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    return { doc, live, apply: () => live.update(observer.takeRecords(), url, NOW) };
  }

  it('reads the time of rows appended later from the row below each headline', () => {
    const { doc, live, apply } = table(3);
    expect(live.result().articles.map((a) => a.publishedAt)).toEqual(['2025-06-08T17:00:00.000Z', '2025-06-08T16:00:00.000Z', '2025-06-08T15:00:00.000Z']);
    const tbody = doc.getElementById('t')!;
    tbody.insertAdjacentHTML('beforeend', rows(4) + rows(5));
    const change = apply();
    expect(change.upserted.map((u) => [u.article.title, u.article.publishedAt])).toEqual([
      ['Story number 4 of the front page', '2025-06-08T14:00:00.000Z'],
      ['Story number 5 of the front page', '2025-06-08T13:00:00.000Z'],
    ]);
    expect(live.result().articles).toHaveLength(5);
  });

  it('keeps the time when a headline row is re-read', () => {
    const { doc, live, apply } = table(3);
    const link = doc.querySelector('tr.story a')!;
    link.textContent = 'Story number 1 of the front page, updated';
    const change = apply();
    expect(change.upserted.map((u) => [u.article.title, u.article.publishedAt])).toEqual([['Story number 1 of the front page, updated', '2025-06-08T17:00:00.000Z']]);
    expect(live.result().articles).toHaveLength(3);
  });
});
