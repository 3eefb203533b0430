/**
 * The calibration's own arithmetic: `meets` for each kind of tolerance at its edges, and `median` for odd, even,
 * unsorted and empty lists.
 */
import { describe, expect, it } from 'vitest';
import { median } from '../../src/data/calibration/measures';
import { type CalibrationTarget, meets, TARGETS } from '../../src/data/calibration/targets';

const target = (tolerance: CalibrationTarget['tolerance'], value = 100): CalibrationTarget => ({
  ...TARGETS[0]!,
  value,
  tolerance,
});

describe('meets', () => {
  it('relative: within ±20 % of 100 means 80 to 120, edges included', () => {
    const t = target({ kind: 'relative', value: 0.2 });
    expect([80, 100, 120].map((v) => meets(t, v))).toEqual([true, true, true]);
    expect([79.9, 120.1, 0].map((v) => meets(t, v))).toEqual([false, false, false]);
  });
  it('absolute: within ±5 of 100', () => {
    const t = target({ kind: 'absolute', value: 5 });
    expect([95, 105].map((v) => meets(t, v))).toEqual([true, true]);
    expect([94.9, 105.1].map((v) => meets(t, v))).toEqual([false, false]);
  });
  it('at-most and at-least bound one side only', () => {
    expect(meets(target({ kind: 'at-most' }), 100)).toBe(true);
    expect(meets(target({ kind: 'at-most' }), 0)).toBe(true);
    expect(meets(target({ kind: 'at-most' }), 100.5)).toBe(false);
    expect(meets(target({ kind: 'at-least' }), 100)).toBe(true);
    expect(meets(target({ kind: 'at-least' }), 1e9)).toBe(true);
    expect(meets(target({ kind: 'at-least' }), 99.5)).toBe(false);
  });
  it('never meets a target with a measurement that is not a number', () => {
    const all: CalibrationTarget['tolerance'][] = [
      { kind: 'relative', value: 1e12 },
      { kind: 'absolute', value: 1e12 },
      { kind: 'at-most' },
      { kind: 'at-least' },
    ];
    for (const tolerance of all)
      for (const v of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
        expect(meets(target(tolerance), v)).toBe(false);
  });
});

describe('median', () => {
  it('takes the middle of an odd list, sorted numerically (not as text)', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([10, 9, 100])).toBe(10);
  });
  it('averages the two middle values of an even list', () => {
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([4, 1])).toBe(2.5);
    expect(median([5, 5, 1, 9])).toBe(5);
  });
  it('is NaN for an empty list and leaves its input unsorted', () => {
    expect(median([])).toBeNaN();
    const input = [3, 1, 2];
    median(input);
    expect(input).toEqual([3, 1, 2]);
  });
});
