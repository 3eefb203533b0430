import { describe, expect, it } from 'vitest';
import { uniformOf } from '../../src/engine';

describe('uniformOf', () => {
  it('is stable for the same id and seed, and changes with either', () => {
    expect(uniformOf('acc-minimax-2026', 1)).toBe(uniformOf('acc-minimax-2026', 1));
    expect(uniformOf('acc-minimax-2026', 1)).not.toBe(uniformOf('acc-minimax-2026', 2));
    expect(uniformOf('acc-minimax-2026', 1)).not.toBe(uniformOf('acc-moonshot-2026', 1));
  });
  it('spreads ids evenly over [0, 1)', () => {
    const values = Array.from({ length: 20_000 }, (_, i) => uniformOf(`tx-${i}`, 7));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const buckets = new Array(10).fill(0);
    for (const v of values) buckets[Math.floor(v * 10)]++;
    for (const b of buckets) expect(Math.abs(b - 2000)).toBeLessThan(200);
  });
});
