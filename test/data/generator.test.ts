/** The long-tail generator is deterministic in its seed. */
import { describe, expect, it } from 'vitest';
import { buildSourcedCore } from '../../scripts/data/lib/sourced-core';
import { generateModeledPopulation } from '../../src/data/generator';
import { CHIP_LAUNCHES, eraChips } from '../../src/data/generator/chips-flows';
import { Rng } from '../../src/data/generator/prng';

const core = { ...buildSourcedCore(), asOf: '2026-08-19' };

describe('long-tail generator', () => {
  it('gives identical output for the same seed', () => {
    expect(JSON.stringify(generateModeledPopulation(core, 7))).toBe(
      JSON.stringify(generateModeledPopulation(core, 7)),
    );
  });

  it('gives different output for a different seed', () => {
    expect(JSON.stringify(generateModeledPopulation(core, 7))).not.toBe(
      JSON.stringify(generateModeledPopulation(core, 8)),
    );
  });

  it('dates everything on or before asOf and labels it modeled', () => {
    const out = generateModeledPopulation(core, 3);
    for (const t of out.transactions) {
      expect(t.date <= core.asOf).toBe(true);
      expect(t.provenance).toEqual({
        kind: 'modeled',
        sources: ['yardstick-long-tail-v1'],
        notes: 'generator v1, seed 3',
      });
    }
    expect(out.companies.every((c) => /^m-ai-\d{4}$/.test(c.id))).toBe(true);
  });

  it('offers a chip only from its launch, and no chip before the first one shipped', () => {
    expect(eraChips('2016-06-01')).toEqual([]);
    expect(eraChips('2017-07-01')).toEqual([['v100', 1]]);
    // From 17 Oct 2023 the era lists the H20, L20, RTX 4090D and Ascend 910B; only the 910B had shipped.
    expect(eraChips('2023-10-17').map(([id]) => id)).toEqual(['ascend-910b']);
    expect(eraChips('2023-12-28').map(([id]) => id)).toEqual(['rtx-4090d', 'ascend-910b']);
    expect(eraChips('2024-04-01').map(([id]) => id)).toEqual(['h20', 'l20', 'rtx-4090d', 'ascend-910b']);
    for (const seed of [1, 2, 3])
      for (const t of generateModeledPopulation(core, seed).transactions)
        if (t.kind === 'chip-purchase') expect(t.date >= CHIP_LAUNCHES[t.chipId]!.date, t.chipId).toBe(true);
  });

  it('uses a seeded stream, never ambient randomness', () => {
    const a = Rng.derive(1, 'x');
    const b = Rng.derive(1, 'x');
    expect([a.next(), a.normal(), a.int(10)]).toEqual([b.next(), b.normal(), b.int(10)]);
    expect(Rng.derive(1, 'x').next()).not.toBe(Rng.derive(1, 'y').next());
  });
});
