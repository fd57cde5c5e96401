import { describe, expect, it } from 'vitest';
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
