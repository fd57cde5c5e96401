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

/** The items that pass `keep`, in order, with a pause offered after each few: a list of thousands of blocks is checked in steps. */
export function* filterSteps<T>(items: readonly T[], keep: (item: T) => boolean): Steps<T[]> {
  const kept: T[] = [];
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % BLOCKS_PER_STEP === 0) yield;
    if (keep(items[i]!)) kept.push(items[i]!);
  }
  return kept;
}

const clock = (): number => globalThis.performance?.now() ?? Date.now();

/** Runs all the steps at once, as one parse. */
export function runSteps<T>(steps: Steps<T>): T {
  return inParse(() => {
    let step = steps.next();
    while (!step.done) step = steps.next();
    return step.value;
  });
}

/**
 * Runs the steps in slices of at most about `sliceMs`, awaiting `pause()` before each slice; at least one step a slice.
 * A slice ends early rather than start a step that would carry it past `sliceMs` if it took as long as the last one.
 */
export async function runStepsInSlices<T>(steps: Steps<T>, pause: () => Promise<void>, sliceMs: number): Promise<T> {
  const memory = newParseMemory();
  for (;;) {
    await pause();
    const start = clock();
    const step = inParse(() => {
      let s = steps.next();
      for (let last = clock() - start, at = start + last; !s.done && at - start + last < sliceMs; ) {
        s = steps.next();
        const end = clock();
        last = end - at;
        at = end;
      }
      return s;
    }, memory);
    if (step.done) return step.value;
  }
}
