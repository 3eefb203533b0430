/**
 * Many marks, few pixels: charts draw every mark of a small dataset and one per pixel of a large one.
 */
import { describe, expect, it } from 'vitest';
import { cloudDots } from '../../../src/ui/charts/cloud-image';
import { countAboveSorted, MANY_MARKS, onePerPixel } from '../../../src/ui/charts/pixel-marks';

describe('onePerPixel', () => {
  it('keeps every mark, same array, up to MANY_MARKS', () => {
    const items = Array.from({ length: MANY_MARKS }, () => 0);
    expect(onePerPixel(items, (x) => x)).toBe(items);
  });
  it('keeps the first mark of each key, in order, above MANY_MARKS', () => {
    const items = Array.from({ length: MANY_MARKS + 1 }, (_, i) => ({ i, key: i % 3 }));
    expect(onePerPixel(items, (x) => x.key).map((x) => x.i)).toEqual([0, 1, 2]);
  });
});

describe('cloudDots', () => {
  const many = (dot: (i: number) => { cx: number; cy: number; modeled: boolean }) =>
    Array.from({ length: MANY_MARKS + 1 }, (_, i) => dot(i));
  it('draws dots on the same half pixel once', () => {
    expect(cloudDots(many((i) => ({ cx: 100 + (i % 2) * 0.1, cy: 50, modeled: false })))).toHaveLength(1);
  });
  it('keeps dots half a pixel apart, and filled and hollow dots on the same spot', () => {
    expect(cloudDots(many((i) => ({ cx: 100 + (i % 4) * 0.5, cy: 50, modeled: false })))).toHaveLength(4);
    expect(cloudDots(many((i) => ({ cx: 100, cy: 50, modeled: i % 2 === 0 })))).toHaveLength(2);
  });
});

describe('countAboveSorted', () => {
  it('counts values strictly above, as a filter would', () => {
    const sorted = [20, 21, 21, 23.5, 25, 25, 27];
    for (const v of [19, 20, 21, 22, 25, 26.9, 27, 28])
      expect(countAboveSorted(sorted, v)).toBe(sorted.filter((x) => x > v).length);
    expect(countAboveSorted([], 1)).toBe(0);
  });
});
