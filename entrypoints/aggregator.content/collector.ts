/**
 * While "Collect" is on, hands each reading of the page (the first, and every change after it: scroll steps, "load
 * more", navigation) to the background, which adds it to the collection. Readings closer together than DELAY_MS go
 * as one.
 */
import type { ParseResult } from '../../core/types';
import { sendToBackground } from '../../utils/messaging';
import { collectingItem } from '../../utils/storage';

const DELAY_MS = 500;

export class Collector {
  private on = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly reading: () => ParseResult | null) {}

  /** Follows the switch; returns the remover. */
  async start(): Promise<() => void> {
    const unwatch = collectingItem.watch((on) => {
      this.on = on === true;
      this.changed();
    });
    this.on = (await collectingItem.getValue().catch(() => false)) === true;
    this.changed();
    return () => {
      unwatch();
      if (this.timer) clearTimeout(this.timer);
    };
  }

  /** The page's reading changed (or the switch did). */
  changed(): void {
    if (!this.on || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.send();
    }, DELAY_MS);
  }

  private send(): void {
    const result = this.reading();
    if (!this.on || !result || result.layout.kind !== 'aggregator' || !result.articles.length) return;
    sendToBackground({ type: 'byline:collect', result }).catch(() => {
      /* the background may be waking up: the next change sends the page again, in full */
    });
  }
}
