import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentFromHtml } from '../../../cli/dom';
import { parsePage, parseSteps } from '../../../core/parse';
import { runStepsInSlices } from '../../../core/steps';
import { fixtures } from '../../helpers/fixtures';

describe('a parse run in slices', () => {
  it.each(fixtures())('reads $adapter/$slug to the same result as a parse at once', async ({ dir, expected }) => {
    const doc = documentFromHtml(readFileSync(join(dir, 'source.html')), expected.url);
    const ctx = { url: new URL(expected.url), now: new Date(expected.now) };
    const whole = parsePage(doc, ctx);
    // A slice of 0 ms runs one step a slice: every pause the parse offers is taken.
    const sliced = await runStepsInSlices(parseSteps(doc, ctx), async () => {}, 0);
    expect(sliced.result).toEqual(whole);
  });
});

describe('the slices of a long parse', () => {
  /** Steps that each take `ms` on a clock the test moves, returning how many steps each slice ran. */
  async function sliceSizes(stepMs: number[], sliceMs: number): Promise<number[]> {
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock);
    try {
      const sizes: number[] = [];
      function* steps(): Generator<void, string, void> {
        for (const ms of stepMs) {
          clock += ms;
          sizes[sizes.length - 1]!++;
          yield;
        }
        return 'done';
      }
      const value = await runStepsInSlices(steps(), async () => void sizes.push(0), sliceMs);
      expect(value).toBe('done');
      return sizes.filter((n) => n > 0);
    } finally {
      now.mockRestore();
    }
  }

  it('end before a step that would carry the page past the slice, so the page waits no longer than a slice', async () => {
    // Steps of 8 ms in slices of 20 ms: two a slice (16 ms), not a third that would hold the page for 24.
    expect(await sliceSizes(Array(6).fill(8), 20)).toEqual([2, 2, 2]);
  });

  it('still run a step longer than a slice, one to a slice', async () => {
    expect(await sliceSizes([30, 30, 1, 1], 20)).toEqual([1, 1, 2]);
  });
});
