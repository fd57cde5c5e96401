import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { readCollection } from '../../../core/collection/read';
import { COLLECTION_VERSION } from '../../../core/collection/types';
import { CollectionWriter } from '../../../utils/collection-writer';
import { memoryStore } from '../../helpers/collections';
import { collectionItem } from '../../../utils/storage';
import type { Article } from '../../../core/types';
import { makeArticle } from '../../helpers/articles';
import { AGGREGATOR_HTML, resultFor } from '../../helpers/results';

const titles = (value: unknown): string[] => {
  const read = readCollection(value);
  return read.ok ? read.collection.entries.map((e) => e.article.title) : [];
};
const sighting = (pageUrl: string, ...articles: Article[]) => ({ pageUrl, seenAt: '2026-03-01T10:00:00.000Z', articles });

describe('the collection writer', () => {
  it('keeps sightings from several tabs arriving at once, none undoing another', async () => {
    const store = memoryStore();
    const writer = new CollectionWriter(store);
    await Promise.all([
      writer.add(sighting('https://a/', makeArticle(1, 'One', 'R', null))),
      writer.add(sighting('https://b/', makeArticle(2, 'Two', 'R', null))),
      writer.add(sighting('https://c/', makeArticle(3, 'Three', 'R', null), makeArticle(1, 'One', 'R', null))),
    ]);
    expect(titles(store.value)).toEqual(['One', 'Two', 'Three']);
  });

  it('keeps what was stored when the browser refuses a write, and says so', async () => {
    const store = memoryStore();
    const writer = new CollectionWriter(store);
    await writer.add(sighting('https://a/', makeArticle(1, 'One', 'R', null)));
    store.fail = new Error('QUOTA_BYTES quota exceeded');
    await writer.add(sighting('https://b/', makeArticle(2, 'Two', 'R', null)));
    expect(titles(store.value)).toEqual(['One']);
    expect(writer.problem).toEqual({ kind: 'write', message: 'QUOTA_BYTES quota exceeded', notSaved: 1 });
    // Once storage takes writes again, nothing of the collection before the failure is missing.
    store.fail = null;
    await writer.add(sighting('https://c/', makeArticle(3, 'Three', 'R', null)));
    expect(titles(store.value)).toEqual(['One', 'Three']);
    expect(writer.problem).toBeNull();
  });

  it('stops at its quota without touching what is stored', async () => {
    const store = memoryStore();
    const writer = new CollectionWriter(store, 1500);
    await writer.add(sighting('https://a/', makeArticle(1, 'One', 'R', null)));
    await writer.add(sighting('https://b/', ...[2, 3, 4, 5].map((n) => makeArticle(n, `Story ${n}`, 'R', null))));
    expect(titles(store.value)).toEqual(['One']);
    expect(writer.problem).toEqual({ kind: 'full', notSaved: 4 });
  });

  it('never writes over a collection from a newer Byline', async () => {
    const newer = { version: COLLECTION_VERSION + 1, entries: [{ something: 'else' }] };
    const store = memoryStore(newer);
    const writer = new CollectionWriter(store);
    await writer.add(sighting('https://a/', makeArticle(1, 'One', 'R', null)));
    expect(await writer.clear()).toBeNull();
    expect(store.value).toBe(newer);
    expect(writer.problem).toEqual({ kind: 'newer', version: COLLECTION_VERSION + 1 });
  });

  it('clears, and puts back what it cleared along with what came since', async () => {
    const store = memoryStore();
    const writer = new CollectionWriter(store);
    await writer.add(sighting('https://a/', makeArticle(1, 'One', 'R', null), makeArticle(2, 'Two', 'R', null)));
    const removed = await writer.clear();
    expect(titles(store.value)).toEqual([]);
    await writer.add(sighting('https://b/', makeArticle(3, 'Three', 'R', null)));
    await writer.restore(removed!);
    expect(titles(store.value)).toEqual(['One', 'Two', 'Three']);
  });
});

describe('the background and the collection', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    background.main();
  });

  const send = async (message: object, sender: object) => (await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {}))[0];
  const page = { id: fakeBrowser.runtime.id, tab: { id: 3 }, url: 'https://daily8.com/news/story' };
  const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };

  it('adds the articles a content script sends to the collection in storage.local', async () => {
    await send({ type: 'byline:collect', result: resultFor(AGGREGATOR_HTML) }, page);
    expect(titles(await collectionItem.getValue())).toEqual(['First related story headline', 'Second related story headline']);
  });

  it('ignores a malformed reading, and one from another extension', async () => {
    const result = resultFor(AGGREGATOR_HTML);
    await send({ type: 'byline:collect', result: { ...result, articles: [{ title: '<img src=x>' }] } }, page);
    await send({ type: 'byline:collect', result }, { ...page, id: 'another-extension' });
    expect(await collectionItem.getValue()).toBeNull();
  });

  it('lets only Byline\'s own pages clear the collection, not a content script', async () => {
    await send({ type: 'byline:collect', result: resultFor(AGGREGATOR_HTML) }, page);
    expect(await send({ type: 'byline:collection-clear' }, page)).toBeUndefined();
    expect(titles(await collectionItem.getValue())).toHaveLength(2);
    const removed = await send({ type: 'byline:collection-clear' }, popup);
    expect(titles(await collectionItem.getValue())).toEqual([]);
    await send({ type: 'byline:collection-restore', collection: removed }, popup);
    expect(titles(await collectionItem.getValue())).toHaveLength(2);
  });
});
