import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { documentFromHtml } from '../../../cli/dom';
import { parsePage } from '../../../core/parse';
import { LivePage } from '../../../core/live';
import { FEW_LIGHT_STORIES } from '../../../core/shadow';

const URL_ = new URL('https://feed.example/');
const NOW = new Date('2026-11-27T12:00:00Z');

/** A card whose attribution row and headline render in its own shadow tree. */
type Card = readonly [source: string, age: string, title: string, href: string];

const shadowCard = ([source, age, title, href]: Card) =>
  `<div class="attr"><span class="src">${source}</span> · <span>${age}</span></div><h3><a href="${href}">${title}</a></h3>`;

const CARDS: readonly Card[] = [
  ['Reuters', '3h', 'Ministers agree on a new deal for the grain corridor', 'https://www.reuters.com/world/a-1'],
  ['The Guardian', '5h', 'Storm warnings issued for the west coast overnight', 'https://www.theguardian.com/b-2'],
  ['BBC News', '7h', 'Rail strike called off after late-night talks succeed', 'https://www.bbc.com/news/c-3'],
];

/** A page saved with its shadow roots: a feed component whose shadow tree holds cards with shadow trees of their own. */
const SAVED = `<!doctype html><html lang="en"><head><title>Feed</title></head><body>
<header><a href="/">Home</a> <a href="/world">World</a></header>
<news-feed><template shadowrootmode="open"><h2>Top stories</h2><div class="grid"><slot></slot></div>
${CARDS.map((c) => `<story-card><template shadowrootmode="open">${shadowCard(c)}</template></story-card>`).join('\n')}
</template>
<story-card><template shadowrootmode="open"><div class="attr"><slot name="source"></slot> · <slot name="age"></slot></div><h3><slot name="headline"></slot></h3></template><span slot="age">9h</span><span slot="source">AP News</span><a slot="headline" href="https://apnews.com/d-4">Light story projected through slots into the card</a><a slot="draft" href="https://apnews.com/draft">A draft headline no slot of the card shows</a></story-card>
</news-feed>
</body></html>`;

describe('stories in shadow trees', () => {
  it('are read from a page saved with its declarative shadow roots, in the order a reader sees them', () => {
    const result = parsePage(documentFromHtml(SAVED, URL_.toString()), { url: URL_, now: NOW });
    expect(result.layout.kind).toBe('aggregator');
    expect(result.articles.map((a) => [a.title, a.source.name, a.publishedAt])).toEqual([
      // The light card is shown by the feed's slot, before the cards of the feed's own tree.
      ['Light story projected through slots into the card', 'AP News', '2026-11-27T03:00:00.000Z'],
      ...CARDS.map(([source, age, title]) => [title, source, new Date(NOW.getTime() - parseInt(age) * 3_600_000).toISOString()]),
    ]);
  });

  it('are not read from a closed shadow root, nor from light children no slot shows', () => {
    const closed = SAVED.replaceAll('shadowrootmode="open"', 'shadowrootmode="closed"');
    expect(parsePage(documentFromHtml(closed, URL_.toString()), { url: URL_, now: NOW }).articles).toEqual([]);
    const open = parsePage(documentFromHtml(SAVED, URL_.toString()), { url: URL_, now: NOW });
    expect(open.articles.map((a) => a.title)).not.toContain('A draft headline no slot of the card shows');
  });

  it('are read on a live page from its attached shadow roots, badged on the page\'s own elements, and followed as they change', () => {
    const dom = new JSDOM('<body><header><a href="/">Home</a></header><news-feed></news-feed></body>', { url: URL_.toString() });
    const doc = dom.window.document;
    const feed = doc.querySelector('news-feed')!.attachShadow({ mode: 'open' });
    feed.innerHTML = '<h2>Top stories</h2><div class="grid"></div>';
    const grid = feed.querySelector('.grid')!;
    const addCard = (c: Card) => {
      const host = doc.createElement('story-card');
      host.attachShadow({ mode: 'open' }).innerHTML = shadowCard(c);
      grid.append(host);
      return host;
    };
    const hosts = CARDS.slice(0, 2).map(addCard);

    const live = new LivePage(doc, URL_, NOW);
    expect(live.result().articles.map((a) => a.title)).toEqual(CARDS.slice(0, 2).map((c) => c[2]));
    // Each badge's block is the page's own element, inside the feed's shadow tree: the card's host.
    const ids = live.result().articles.map((a) => a.id);
    expect(ids.map((id) => live.elementOf(id))).toEqual(hosts);
    expect(live.shadowRoots()).toContain(feed);

    // A card the feed adds inside its shadow tree: no observer of the body sees it, one of the root does.
    const observer = new dom.window.MutationObserver(() => {});
    for (const root of live.shadowRoots()) observer.observe(root, { childList: true, subtree: true });
    const third = addCard(CARDS[2]!);
    const change = live.update(observer.takeRecords(), URL_, NOW);
    expect(change.upserted.map((u) => u.element)).toEqual([third]);
    expect(live.result().articles.map((a) => a.title)).toEqual(CARDS.map((c) => c[2]));
  });

  it('are found when components attach their shadow trees after the first read', () => {
    const dom = new JSDOM('<body><news-feed></news-feed></body>', { url: URL_.toString() });
    const doc = dom.window.document;
    const live = new LivePage(doc, URL_, NOW);
    expect(live.result().layout.kind).toBe('other');
    const feed = doc.querySelector('news-feed')!.attachShadow({ mode: 'open' });
    feed.innerHTML = CARDS.map((c) => `<article>${shadowCard(c)}</article>`).join('');
    // attachShadow makes no mutation record: an update with none looks for new shadow roots.
    const change = live.update([], URL_, NOW);
    expect(change.upserted).toHaveLength(3);
    expect(live.result().layout.kind).toBe('aggregator');
  });

  it('are not searched for on a live page that shows many stories of its own (the search walks every element)', () => {
    const light = Array.from({ length: FEW_LIGHT_STORIES }, (_, i) => `<article><span>Outlet ${i}</span> <span>${i + 1} hours ago</span><h3><a href="/story/${i}">Light story number ${i} on the front page</a></h3></article>`).join('');
    const dom = new JSDOM(`<body><main>${light}</main><share-bar></share-bar></body>`, { url: URL_.toString() });
    dom.window.document.querySelector('share-bar')!.attachShadow({ mode: 'open' }).innerHTML = '<a href="https://social.example/share">Share</a>';
    const live = new LivePage(dom.window.document, URL_, NOW);
    expect(live.result().articles).toHaveLength(FEW_LIGHT_STORIES);
    expect(live.shadowRoots()).toEqual([]);
    // With fewer stories of its own, the page's shadow roots are found (and watched).
    dom.window.document.querySelector('main')!.lastElementChild!.remove();
    live.reset(URL_, NOW);
    expect(live.shadowRoots()).toHaveLength(1);
  });
});

