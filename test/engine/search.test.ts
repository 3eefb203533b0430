/** The one binary search: against a linear scan, on random sorted arrays. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound, partitionPoint, upperBound } from '../../src/engine/search';

const sortedArb = fc
  .array(fc.integer({ min: -50, max: 50 }), { maxLength: 40 })
  .map((xs) => Int32Array.from(xs.sort((a, b) => a - b)));

describe('search', () => {
  it('finds the first index where a monotone predicate turns false (the length if never)', () => {
    expect(partitionPoint(0, () => true)).toBe(0);
    expect(partitionPoint(5, (i) => i < 3)).toBe(3);
    expect(partitionPoint(5, () => true)).toBe(5);
    expect(partitionPoint(5, () => false)).toBe(0);
  });
  it('lowerBound and upperBound agree with a linear scan', () => {
    fc.assert(
      fc.property(sortedArb, fc.integer({ min: -60, max: 60 }), (sorted, v) => {
        expect(lowerBound(sorted, v)).toBe(sorted.filter((x) => x < v).length);
        expect(upperBound(sorted, v)).toBe(sorted.filter((x) => x <= v).length);
      }),
    );
  });
});
