/** The collection in the shape it is stored in (see StoredCollection): page addresses written once, referred to by index. */
import { COLLECTION_VERSION, type Collection, type StoredCollection } from './types';

export function toStored(collection: Collection): StoredCollection {
  const table = pageTable();
  return { version: COLLECTION_VERSION, pages: table.pages, entries: collection.entries.map((e) => ({ ...e, pages: e.pages.map(table.indexOf) })) };
}

/** A table of page addresses filled as they are met: each address's index, added the first time. */
export function pageTable(): { pages: string[]; indexOf: (url: string) => number } {
  const pages: string[] = [];
  const index = new Map<string, number>();
  return {
    pages,
    indexOf(url) {
      let i = index.get(url);
      if (i === undefined) index.set(url, (i = pages.push(url) - 1));
      return i;
    },
  };
}
