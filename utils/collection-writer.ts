/**
 * The one writer of the collection (it runs in the background): sightings from every tab are queued and written one
 * batch at a time, so no tab's write undoes another's. A write that would pass the quota, or that the browser refuses,
 * leaves what was stored as it was and is reported to the popup.
 */
import { addSighting, joinCollections } from '../core/collection/merge';
import { readCollection } from '../core/collection/read';
import { COLLECTION_QUOTA_BYTES, storedBytes } from '../core/collection/size';
import { toStored } from '../core/collection/stored';
import { EMPTY_COLLECTION, type Collection, type Sighting, type StoredCollection } from '../core/collection/types';
import { messageOf } from './error-message';
import { COLLECTION_KEY } from './storage';

export type CollectionProblem =
  /** The collection has reached its quota; `notSaved` new stories were left out. */
  | { kind: 'full'; notSaved: number }
  /** The browser refused the write (its words in `message`); what was stored stays. */
  | { kind: 'write'; message: string; notSaved: number }
  /** A newer Byline wrote this collection; this one reads it but does not write over it. */
  | { kind: 'newer'; version: number };

export interface CollectionStore {
  getValue(): Promise<unknown>;
  setValue(value: StoredCollection): Promise<void>;
}

export class CollectionWriter {
  private chain: Promise<unknown> = Promise.resolve();
  private pending: Sighting[] = [];
  /** What storage holds, once read (only this writer changes it). */
  private cached: Collection | null = null;
  problem: CollectionProblem | null = null;

  constructor(
    private readonly store: CollectionStore,
    private readonly quota = COLLECTION_QUOTA_BYTES,
  ) {}

  /** Adds a page's articles; sightings that arrive while a write is running go into the next one together. */
  add(sighting: Sighting): Promise<void> {
    this.pending.push(sighting);
    return this.serial(() => this.drain());
  }

  /** Empties the collection; resolves to what it held, as stored (for undo), or null when nothing was removed. */
  clear(): Promise<StoredCollection | null> {
    return this.serial(async () => {
      const current = await this.current();
      if (!current) return null;
      await this.save(EMPTY_COLLECTION, 0);
      return toStored(current);
    });
  }

  /** Puts a cleared collection back (read like stored data: it came by message), with what was collected since after it. */
  restore(removed: StoredCollection): Promise<void> {
    return this.serial(async () => {
      const read = readCollection(removed);
      const current = await this.current();
      if (current && read.ok) await this.save(joinCollections(read.collection, current), 0);
    });
  }

  private async drain(): Promise<void> {
    const sightings = this.pending.splice(0);
    if (!sightings.length) return;
    let collection = await this.current();
    if (!collection) return;
    let added = 0;
    for (const sighting of sightings) {
      const outcome = addSighting(collection, sighting);
      collection = outcome.collection;
      added += outcome.added;
    }
    await this.save(collection, added);
  }

  /** The stored collection, or null (and the problem noted) when this Byline may not write it. */
  private async current(): Promise<Collection | null> {
    if (this.cached) return this.cached;
    const read = readCollection(await this.store.getValue());
    if (!read.ok) {
      this.problem = { kind: 'newer', version: read.version };
      return null;
    }
    return (this.cached = read.collection);
  }

  private async save(collection: Collection, added: number): Promise<void> {
    const stored = toStored(collection);
    if (storedBytes(COLLECTION_KEY, stored) > this.quota) {
      this.problem = { kind: 'full', notSaved: added };
      return;
    }
    try {
      await this.store.setValue(stored);
      this.cached = collection;
      this.problem = null;
    } catch (err) {
      // The browser's write is all or nothing: storage still holds the collection as it was, and so does the cache.
      this.problem = { kind: 'write', message: messageOf(err), notSaved: added };
    }
  }

  private serial<T>(job: () => Promise<T>): Promise<T> {
    const run = this.chain.then(job, job);
    this.chain = run.catch(() => undefined);
    return run;
  }
}
