import { describe, expect, it } from 'vitest';
import { offsetsOf, scrollToShow, visibleRange } from '../../../components/virtual-window';

describe('the virtual list window', () => {
  const offsets = offsetsOf([30, 60, 60, 60, 30, 60]); // a heading, three rows, a heading, a row

  it('places each item below the ones before it', () => {
    expect(offsets).toEqual([0, 30, 90, 150, 210, 240, 300]);
    expect(offsetsOf([])).toEqual([0]);
  });

  it('renders the items that cross the view, plus the margin on each side', () => {
    expect(visibleRange(offsets, 0, 100, 0)).toEqual([0, 3]);
    expect(visibleRange(offsets, 95, 100, 0)).toEqual([2, 4]);
    expect(visibleRange(offsets, 95, 100, 60)).toEqual([1, 6]);
    // An item that ends exactly at the view's top, or starts at its bottom, is not in view.
    expect(visibleRange(offsets, 90, 60, 0)).toEqual([2, 3]);
  });

  it('renders nothing for an empty list and stays inside the list past its end', () => {
    expect(visibleRange([0], 0, 500, 100)).toEqual([0, 0]);
    expect(visibleRange(offsets, 10_000, 500, 0)).toEqual([6, 6]);
  });

  it('scrolls just enough to show an item, and not at all when it is in view', () => {
    expect(scrollToShow(offsets, 5, 0, 100)).toBe(200);
    expect(scrollToShow(offsets, 0, 200, 100)).toBe(0);
    expect(scrollToShow(offsets, 2, 80, 100)).toBe(80);
  });
});
