/** The storage items Byline keeps on this device (settings, which follow the reader, are in settings.ts). */
import { storage } from 'wxt/utils/storage';

/**
 * The collection (core/collection). Its version lives inside the value, where core/collection/read.ts migrates it and
 * refuses to write over one from a newer Byline; only the background writes it.
 */
export const COLLECTION_KEY = 'collection';
export const collectionItem = storage.defineItem<unknown>(`local:${COLLECTION_KEY}`, { fallback: null });

/** The popup's "Collect" switch: while on, every page Byline reads adds its articles to the collection. */
export const collectingItem = storage.defineItem<boolean>('local:collecting', { fallback: false });
