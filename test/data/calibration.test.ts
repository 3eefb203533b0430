/** Every calibration target in src/data/calibration/targets.ts is met by the shipped dataset. */
import { describe, expect, it } from 'vitest';
import { describeTolerance, meets, TARGETS } from '../../src/data/calibration/targets';
import { defaultDataset } from './helpers';

describe('calibration', () => {
  it.each(TARGETS.map((t) => [t.id, t] as const))('%s', async (_, target) => {
    const measured = target.measure(await defaultDataset());
    expect(
      meets(target, measured),
      `${target.label}: target ${target.value} (${describeTolerance(target)}), generated ${measured}`,
    ).toBe(true);
  });

  it('has a source, tolerance and measure description for every target', () => {
    for (const t of TARGETS) {
      expect(t.source.length).toBeGreaterThan(10);
      expect(t.measuredAs.length).toBeGreaterThan(10);
    }
    expect(new Set(TARGETS.map((t) => t.id)).size).toBe(TARGETS.length);
  });
});
