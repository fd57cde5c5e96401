/** The arithmetic of a virtualised list with known item heights: where each item sits and which ones are in view. */

/** Tops of items of the given heights: offsets[i] is where item i starts, offsets[n] the height of them all. */
export function offsetsOf(heights: readonly number[]): number[] {
  const offsets = new Array<number>(heights.length + 1);
  offsets[0] = 0;
  for (let i = 0; i < heights.length; i++) offsets[i + 1] = offsets[i]! + heights[i]!;
  return offsets;
}

/** The items [start, end) that overlap the band from `top - margin` to `top + height + margin`. */
export function visibleRange(offsets: readonly number[], top: number, height: number, margin: number): [number, number] {
  const n = offsets.length - 1;
  // The first item that ends below the band's top, and the first that starts below its bottom.
  const start = firstIndex(n, (i) => offsets[i + 1]! > top - margin);
  const end = firstIndex(n, (i) => offsets[i]! >= top + height + margin);
  return [start, Math.max(start, end)];
}

/** The scroll position that brings item i fully into a viewport of `height` (unchanged when it already is). */
export function scrollToShow(offsets: readonly number[], i: number, top: number, height: number): number {
  const [itemTop, itemBottom] = [offsets[i]!, offsets[i + 1]!];
  if (itemTop < top) return itemTop;
  if (itemBottom > top + height) return Math.max(0, itemBottom - height);
  return top;
}

/** The smallest i in [0, n) for which `test` holds (it must hold for every larger i too), else n. */
function firstIndex(n: number, test: (i: number) => boolean): number {
  let [lo, hi] = [0, n];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
