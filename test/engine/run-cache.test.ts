/**
 * Runs that share a cache: the same results as cold runs, bit for bit, whatever came before; unchanged measures
 * are not evaluated again; earlier results are never changed by later runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../bench/synthetic';
import type { PolicyInstance, RunSpec, SimulationResult } from '../../src/engine';
import { indexDataset, RunCache, simulate } from '../../src/engine';
import { Memo, stableKey } from '../../src/engine/memo';
import { presetById } from '../../src/scenario/presets';
import { runSpecOf } from '../../src/scenario/run-spec';
import { datasetArb, runSpecArb } from '../fixtures/arbitraries';
import { indexOf, makeSpec } from '../fixtures/builders';

/** A result with its typed arrays as plain arrays, for deep comparison and snapshots. */
function plain(result: SimulationResult) {
  return {
    ...result,
    detail: {
      outcomes: result.detail.outcomes.map((o) => Array.from(o)),
      combined: Array.from(result.detail.combined),
      firstCaptured: result.detail.firstCaptured.map((f) => Array.from(f)),
    },
  };
}

/** One edit a user makes between runs: a lever of one measure, a measure switched, the seed, the horizon. */
const editArb = (other: fc.Arbitrary<RunSpec>) =>
  fc.oneof(
    fc.record({ kind: fc.constant('lever' as const), measure: fc.nat(4), from: other, key: fc.nat(20) }),
    fc.record({ kind: fc.constant('toggle' as const), measure: fc.nat(4) }),
    fc.record({ kind: fc.constant('seed' as const), seed: fc.nat(5) }),
    fc.record({ kind: fc.constant('spec' as const), spec: other }),
  );

type Edit = typeof editArb extends (o: never) => fc.Arbitrary<infer E> ? E : never;

/** Apply an edit: a lever takes its value from another random scenario's same measure. */
function edited(spec: RunSpec, edit: Edit): RunSpec {
  if (edit.kind === 'spec') return edit.spec;
  if (edit.kind === 'seed') return { ...spec, seed: edit.seed };
  const policies = spec.policies.map((p) => ({ ...p }));
  const i = edit.measure % policies.length;
  const policy = policies[i]!;
  if (edit.kind === 'toggle') {
    policies[i] = { ...policy, enabled: !policy.enabled };
  } else {
    const donor = edit.from.policies.find((p) => p.template === policy.template);
    const keys = Object.keys(donor?.params ?? {});
    if (donor && keys.length > 0) {
      const key = keys[edit.key % keys.length]!;
      policies[i] = { ...policy, params: { ...policy.params, [key]: donor.params[key] } };
    }
  }
  return makeSpec(policies as PolicyInstance[], { horizon: spec.horizon, seed: spec.seed });
}

describe('runs sharing a cache', () => {
  it('give exactly the results of cold runs, and never change an earlier result', () => {
    fc.assert(
      fc.property(
        datasetArb,
        runSpecArb,
        fc.array(editArb(runSpecArb), { minLength: 1, maxLength: 8 }),
        (dataset, start, edits) => {
          const index = indexOf(dataset);
          const cache = new RunCache();
          const seen: { result: SimulationResult; snapshot: string }[] = [];
          let spec = start;
          for (const edit of [null, ...edits]) {
            if (edit) spec = edited(spec, edit);
            const warm = simulate(index, spec, cache);
            expect(plain(warm)).toEqual(plain(simulate(index, spec)));
            seen.push({ result: warm, snapshot: JSON.stringify(plain(warm)) });
          }
          for (const { result, snapshot } of seen) expect(JSON.stringify(plain(result))).toBe(snapshot);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('re-evaluates only the measure whose lever moved', () => {
    const dataset = syntheticDataset({ transactions: 5_000, seed: 3 });
    const index = indexDataset(dataset);
    const scenario = presetById('april-2026-escalation')!;
    const spec = runSpecOf(scenario);
    const moved = runSpecOf({
      ...scenario,
      policies: scenario.policies.map((p) =>
        p.template === 'us-outbound' ? { ...p, params: { ...p.params, prohibitedComputeFlop: 3e24 } } : p,
      ),
    });
    const cache = new RunCache();
    const before = simulate(index, spec, cache);
    const after = simulate(index, moved, cache);
    expect(after.measures.map((m) => m.template)).toEqual(before.measures.map((m) => m.template));
    after.measures.forEach((m, i) => {
      const same = m.template !== 'us-outbound';
      // Reused: the very same arrays; re-evaluated: new ones.
      expect(m.series === before.measures[i]!.series).toBe(same);
      expect(after.detail.outcomes[i] === before.detail.outcomes[i]).toBe(same);
    });
    expect(plain(after)).toEqual(plain(simulate(index, moved)));
    // Another index: nothing is reused.
    const other = indexDataset(dataset);
    expect(simulate(other, spec, cache).measures[1]!.series).not.toBe(before.measures[1]!.series);
  });
});

describe('Memo', () => {
  it('keeps the entries used last, up to its limit', () => {
    const memo = new Memo<number>(2);
    let builds = 0;
    const get = (key: string) => memo.get(key, () => ++builds);
    expect([get('a'), get('b'), get('a')]).toEqual([1, 2, 1]);
    get('c'); // evicts b, the least recently used
    expect(memo.size).toBe(2);
    expect(get('a')).toBe(1);
    expect(get('b')).toBe(4);
  });
});

describe('stableKey', () => {
  it('ignores the order of object keys but not of array items', () => {
    expect(stableKey({ a: 1, b: { c: [1, 2], d: 'x' } })).toBe(stableKey({ b: { d: 'x', c: [1, 2] }, a: 1 }));
    expect(stableKey([1, 2])).not.toBe(stableKey([2, 1]));
    expect(stableKey({ a: 1e25 })).not.toBe(stableKey({ a: 3e24 }));
  });
});
