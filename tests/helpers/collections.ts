/** The collection kept in memory, written by the real CollectionWriter: storage that can be made to refuse writes. */
import type { StoredCollection } from '../../core/collection/types';
import type { CollectionConnector } from '../../utils/collection-connector';
import { CollectionWriter, type CollectionStore } from '../../utils/collection-writer';

export type MemoryStore = CollectionStore & { value: unknown; fail: Error | null; listeners: Array<(v: unknown) => void> };

export function memoryStore(initial: unknown = null): MemoryStore {
  const store: MemoryStore = {
    value: initial,
    fail: null,
    listeners: [],
    getValue: async () => store.value,
    setValue: async (v: StoredCollection) => {
      if (store.fail) throw store.fail;
      store.value = structuredClone(v);
      for (const listener of store.listeners) listener(store.value);
    },
  };
  return store;
}

/** What the popup sees: the store read and watched directly, changes made through the writer (as the background does). */
export function memoryCollections(store: MemoryStore, writer = new CollectionWriter(store)): CollectionConnector & { on: boolean } {
  const connector = {
    on: false,
    read: async () => store.value,
    watch: (callback: (v: unknown) => void) => {
      store.listeners.push(callback);
      return () => void store.listeners.splice(store.listeners.indexOf(callback), 1);
    },
    collecting: async () => connector.on,
    setCollecting: async (on: boolean) => void (connector.on = on),
    clear: () => writer.clear(),
    restore: (removed: StoredCollection) => writer.restore(removed),
    problem: async () => writer.problem,
  };
  return connector;
}
