/** Where a badge goes: a corner of its block that covers neither the headline nor another link. Pure geometry. */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const GAP = 4;

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/**
 * Tries the block's top-right corner, its bottom-right corner, then just above and just below the block; the first
 * spot that overlaps none of `avoid` wins (above the block when none is free).
 */
export function placeBadge(block: Box, badge: { width: number; height: number }, avoid: Box[]): { left: number; top: number } {
  const left = Math.max(block.left, block.left + block.width - badge.width - GAP);
  const spots = [
    { left, top: block.top + GAP },
    { left, top: block.top + block.height - badge.height - GAP },
    { left, top: block.top - badge.height - 2 },
    { left, top: block.top + block.height + 2 },
  ];
  const inside = block.height >= badge.height + 2 * GAP;
  for (const spot of inside ? spots : spots.slice(2)) {
    const box = { ...spot, width: badge.width, height: badge.height };
    if (!avoid.some((a) => overlaps(box, a))) return spot;
  }
  return spots[2]!;
}
