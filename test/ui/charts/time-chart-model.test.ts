/**
 * Geometry of the light time-series chart: nice ticks, stacked bars (negative values below zero when signed),
 * the value extent, line paths broken at gaps and step lines, and the quarter under the pointer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  linePath,
  niceTicks,
  quarterAt,
  readoutEntries,
  stackSegments,
  valueExtent,
  yearLabelStep,
} from '../../../src/ui/charts/time-chart-model';

describe('niceTicks', () => {
  it('covers the domain with round steps', () => {
    expect(niceTicks(0, 27)).toEqual([0, 10, 20, 30]);
    expect(niceTicks(0, 8, 5, true)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(-3, 4)).toEqual([-4, -2, 0, 2, 4]);
  });

  it('gives whole steps for counts even on a tiny range', () => {
    expect(niceTicks(0, 2, 5, true)).toEqual([0, 1, 2]);
  });

  it('covers a narrow range far from zero (rounding follows the step, not a fixed number of digits)', () => {
    const ticks = niceTicks(-999_999_999_999.63, -999_999_999_999.76);
    expect(ticks[0]!).toBeLessThanOrEqual(-999_999_999_999.76);
    expect(ticks.at(-1)!).toBeGreaterThanOrEqual(-999_999_999_999.63);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!).toBeGreaterThan(ticks[i - 1]!);
  });

  it('keeps decimals clean (no 0.30000000000000004)', () => {
    expect(niceTicks(0, 0.9)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(niceTicks(0, 0.3, 4)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('opens an empty or one-value domain to include zero', () => {
    expect(niceTicks(0, 0)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(niceTicks(5, 5)[0]).toBe(0);
    expect(niceTicks(-5, -5).at(-1)).toBe(0);
    expect(niceTicks(Number.NaN, 3)).toEqual([0, 1]);
  });

  // The values drawn are counts, USD and their differences: whole numbers and cents up to ±1e12.
  // (A 32-bit integer times a scale: shrinking a failure stays quick.)
  const value = fc
    .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom(0.01, 1, 1000))
    .map(([n, scale]) => n * scale);

  it('always covers [min, max], ascending, at most 50 ticks (property)', () => {
    fc.assert(
      fc.property(value, value, fc.boolean(), (a, b, integer) => {
        const ticks = niceTicks(a, b, 5, integer);
        expect(ticks.length).toBeLessThanOrEqual(50);
        for (let i = 1; i < ticks.length; i++) expect(ticks[i]!).toBeGreaterThan(ticks[i - 1]!);
        expect(ticks[0]!).toBeLessThanOrEqual(Math.min(a, b) + 1e-9 * Math.abs(Math.min(a, b)));
        expect(ticks.at(-1)!).toBeGreaterThanOrEqual(Math.max(a, b) - 1e-9 * Math.abs(Math.max(a, b)));
      }),
    );
  });
});

describe('stackSegments', () => {
  const rows = [
    { quarter: '2025Q1', a: 2, b: 3 },
    { quarter: '2025Q2', a: 0, b: null },
    { quarter: '2025Q3', a: -1, b: 4 },
  ];

  it('stacks in key order from zero upwards and skips zeros and gaps', () => {
    expect(stackSegments(rows.slice(0, 2), ['a', 'b'], false)).toEqual([
      { q: 0, key: 'a', from: 0, to: 2 },
      { q: 0, key: 'b', from: 2, to: 5 },
    ]);
  });

  it('stacks negative values downwards on their own when signed', () => {
    expect(stackSegments(rows, ['a', 'b'], true).filter((s) => s.q === 2)).toEqual([
      { q: 2, key: 'a', from: 0, to: -1 },
      { q: 2, key: 'b', from: 0, to: 4 },
    ]);
  });

  it('gives the extent of bars and lines, always including zero', () => {
    const segments = stackSegments(rows, ['a', 'b'], true);
    expect(valueExtent(rows, [], segments)).toEqual([-1, 5]);
    expect(valueExtent([{ quarter: 'x', line: 9 }], ['line'], [])).toEqual([0, 9]);
    expect(valueExtent([{ quarter: 'x', line: 3 }], ['line'], [])[0]).toBe(0);
  });
});

describe('linePath', () => {
  const x = (q: number) => q * 10;
  const y = (v: number) => 100 - v;

  it('draws a polyline and breaks it where a value is missing', () => {
    expect(linePath([1, 2, null, 4, 5], x, y)).toBe('M0,99L10,98M30,96L40,95');
  });

  it('draws a step line that changes halfway between quarters', () => {
    expect(linePath([1, 3], x, y, true)).toBe('M0,99H5V97H10');
  });

  it('draws nothing for no values', () => {
    expect(linePath([null, undefined], x, y)).toBe('');
  });
});

describe('quarterAt', () => {
  it('finds the band under the pointer and clamps to the ends', () => {
    expect(quarterAt(0, 0, 100, 4)).toBe(0);
    expect(quarterAt(24.9, 0, 100, 4)).toBe(0);
    expect(quarterAt(25, 0, 100, 4)).toBe(1);
    expect(quarterAt(99, 0, 100, 4)).toBe(3);
    expect(quarterAt(500, 0, 100, 4)).toBe(3);
    expect(quarterAt(-5, 0, 100, 4)).toBe(0);
    expect(quarterAt(10, 0, 100, 0)).toBe(-1);
  });
});

describe('yearLabelStep', () => {
  it('labels every year where there is room, and thins labels so they never overlap', () => {
    // 64 quarters across ≈ 1,000 px (a chart the width of a large window): every year.
    expect(yearLabelStep(1000 / 64)).toBe(1);
    // Across ≈ 590 px (the main view at 1440 px): every second year.
    expect(yearLabelStep(590 / 64)).toBe(2);
    // Across ≈ 230 px (a chart in the printed brief): every fifth year.
    expect(yearLabelStep(230 / 64)).toBe(5);
    expect(yearLabelStep(0.5)).toBe(10);
  });

  it('always leaves at least 44 px per label, or labels only every tenth year (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 200, noNaN: true }), (band) => {
        const n = yearLabelStep(band);
        expect([1, 2, 5, 10]).toContain(n);
        if (n < 10) expect(band * 4 * n).toBeGreaterThanOrEqual(44);
      }),
    );
  });
});

describe('readoutEntries', () => {
  const lines = [
    { key: 'a:h', label: 'US rule', colour: 'blue' },
    { key: 'a:p', label: 'US rule (projection, modeled)', colour: 'blue', continues: 'a:h' },
  ];
  it('lists a series once at the seam where history and projection both have a value', () => {
    const entries = readoutEntries({ quarter: '2026Q3', 'a:h': 4, 'a:p': 4 }, [], lines);
    expect(entries.map((e) => e.label)).toEqual(['US rule']);
  });
  it('lists the projection part where the history has no value, bars first, and skips missing values', () => {
    const entries = readoutEntries(
      { quarter: '2027Q1', 'a:h': null, 'a:p': 6, denied: 2, allowed: null },
      [
        { key: 'denied', label: 'Denied', colour: 'red' },
        { key: 'allowed', label: 'Allowed', colour: 'green' },
      ],
      lines,
    );
    expect(entries.map((e) => [e.label, e.value])).toEqual([
      ['Denied', 2],
      ['US rule (projection, modeled)', 6],
    ]);
  });
});
