/** The collection in the shape it is stored in (see StoredCollection): page addresses written once, referred to by index. */
import { COLLECTION_VERSION, type Collection, type StoredCollection } from './types';

export function toStored(collection: Collection): StoredCollection {
  const pages: string[] = [];
  const index = new Map<string, number>();
  const indexOf = (url: string): number => {
    let i = index.get(url);
    if (i === undefined) index.set(url, (i = pages.push(url) - 1));
    return i;
  };
  return { version: COLLECTION_VERSION, pages, entries: collection.entries.map((e) => ({ ...e, pages: e.pages.map(indexOf) })) };
}
