/**
 * The round-value ladder of the log-scale sliders: every rung is 1, 2 or 5 × 10^n and exactly the number its
 * text says; the keyboard reaches the lines people quote.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestRung, roundLadder, stepRound } from '../../../src/ui/controls/round-steps';

const FLOP = roundLadder(1e20, 1e28);

/** Whether `v` is m × 10^n with m in {1, 2, 5}, exactly as typed. */
function isRound(v: number): boolean {
  const [m, e] = v.toExponential().split('e');
  return ['1', '2', '5'].includes(m!) && Number(`${m}e${e}`) === v;
}

describe('roundLadder', () => {
  it('holds 1, 2 and 5 of each decade from 1e20 to 1e28, in order', () => {
    expect(FLOP.slice(0, 4)).toEqual([1e20, 2e20, 5e20, 1e21]);
    expect(FLOP.at(-1)).toBe(1e28);
    expect(FLOP).toHaveLength(25);
    expect([...FLOP].sort((a, b) => a - b)).toEqual(FLOP);
  });

  it('has only round rungs, each the same number as its text, within the range', () => {
    fc.assert(
      fc.property(fc.integer({ min: -6, max: 30 }), fc.integer({ min: 0, max: 12 }), (lo, span) => {
        const min = Number(`1e${lo}`) * 0.7;
        const max = Number(`1e${lo + span}`) * 1.3;
        const ladder = roundLadder(min, max);
        for (const v of ladder) {
          expect(isRound(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(min);
          expect(v).toBeLessThanOrEqual(max);
        }
        expect(ladder.length).toBeGreaterThanOrEqual(3 * span);
      }),
    );
  });

  it('is empty for a range it cannot draw', () => {
    expect(roundLadder(0, 10)).toEqual([]);
    expect(roundLadder(10, 1)).toEqual([]);
  });
});

describe('stepRound', () => {
  it('reaches 1e23, 1e24 and 1e25 exactly by single steps from the default line', () => {
    let v = 1e25;
    const seen: number[] = [];
    for (let i = 0; i < 6; i++) {
      v = stepRound(FLOP, v, -1);
      seen.push(v);
    }
    expect(seen).toEqual([5e24, 2e24, 1e24, 5e23, 2e23, 1e23]);
    expect(stepRound(FLOP, 1e23, 6)).toBe(1e25);
  });

  it('from any value, lands on a round value next to it in the step’s direction', () => {
    fc.assert(
      fc.property(fc.double({ min: 20, max: 28, noNaN: true }), fc.constantFrom(1, -1), (log, dir) => {
        const value = 10 ** log;
        const next = stepRound(FLOP, value, dir);
        expect(isRound(next)).toBe(true);
        if (dir > 0) {
          expect(next >= value || next === 1e28).toBe(true);
          expect(FLOP.filter((r) => r > value && r < next)).toEqual([]);
        } else {
          expect(next <= value || next === 1e20).toBe(true);
          expect(FLOP.filter((r) => r < value && r > next)).toEqual([]);
        }
      }),
    );
  });

  it('stops at the ends of the ladder', () => {
    expect(stepRound(FLOP, 1e28, 1)).toBe(1e28);
    expect(stepRound(FLOP, 1e20, -3)).toBe(1e20);
    expect(stepRound(FLOP, 3.5e24, 3)).toBe(2e25);
    expect(stepRound(FLOP, 3.5e24, -1)).toBe(2e24);
  });
});

describe('nearestRung', () => {
  it('finds the rung nearest on a log scale', () => {
    expect(FLOP[nearestRung(FLOP, 1e25)]).toBe(1e25);
    expect(FLOP[nearestRung(FLOP, 3.5e24)]).toBe(5e24);
    expect(FLOP[nearestRung(FLOP, 1.3e24)]).toBe(1e24);
  });
});

describe('stepRound near a rung', () => {
  it('treats a value a rounding error from a rung as on it', () => {
    expect(stepRound(FLOP, 10 ** 23, -1)).toBe(5e22);
    expect(stepRound(FLOP, 10 ** 23, 1)).toBe(2e23);
  });
});
