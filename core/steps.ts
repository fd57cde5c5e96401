/**
 * Long parser work as a generator that yields between small steps, so one piece of code serves both ways of running
 * it: straight through (parsePage, the CLI, tests) or a slice at a time with the page given the main thread between
 * slices (the content script on a page of thousands of blocks). Either way every step runs in the same parse memory,
 * so the result is the same.
 */
import { inParse, newParseMemory } from './memo';

/** Work that yields (nothing) between steps and returns its value at the end. */
export type Steps<T> = Generator<void, T, void>;

/**
 * Blocks read (or checked) in one step. A pause is offered after each few rather than each one: resuming a generator
 * through its chain of `yield*` costs something, and a few blocks take well under a millisecond.
 */
export const BLOCKS_PER_STEP = 8;

const clock = (): number => globalThis.performance?.now() ?? Date.now();

/** Runs all the steps at once, as one parse. */
export function runSteps<T>(steps: Steps<T>): T {
  return inParse(() => {
    let step = steps.next();
    while (!step.done) step = steps.next();
    return step.value;
  });
}

/** Runs the steps in slices of about `sliceMs`, awaiting `pause()` before each slice; at least one step a slice. */
export async function runStepsInSlices<T>(steps: Steps<T>, pause: () => Promise<void>, sliceMs: number): Promise<T> {
  const memory = newParseMemory();
  for (;;) {
    await pause();
    const start = clock();
    const step = inParse(() => {
      let s = steps.next();
      while (!s.done && clock() - start < sliceMs) s = steps.next();
      return s;
    }, memory);
    if (step.done) return step.value;
  }
}
