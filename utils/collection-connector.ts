/** The popup's way to the collection: it reads storage itself and asks the background (the one writer) for changes. */
import type { StoredCollection } from '../core/collection/types';
import type { CollectionProblem } from './collection-writer';
import { sendToBackground } from './messaging';
import { collectingItem, collectionItem } from './storage';

export interface CollectionConnector {
  /** The collection as stored (read with core/collection/read.ts). */
  read(): Promise<unknown>;
  /** Calls back with the stored value on every change; returns the remover. */
  watch(callback: (stored: unknown) => void): () => void;
  collecting(): Promise<boolean>;
  setCollecting(on: boolean): Promise<void>;
  /** Empties it; resolves to what it held (for undo), or null when nothing was removed. */
  clear(): Promise<StoredCollection | null>;
  restore(removed: StoredCollection): Promise<void>;
  /** What went wrong with the latest write, if anything. */
  problem(): Promise<CollectionProblem | null>;
}

export const browserCollections: CollectionConnector = {
  read: () => collectionItem.getValue(),
  watch: (callback) => collectionItem.watch(callback),
  collecting: async () => (await collectingItem.getValue()) === true,
  setCollecting: (on) => collectingItem.setValue(on),
  clear: () => sendToBackground({ type: 'byline:collection-clear' }),
  restore: (removed) => sendToBackground({ type: 'byline:collection-restore', collection: removed }),
  problem: async () => (await sendToBackground({ type: 'byline:collection-status' })) ?? null,
};
