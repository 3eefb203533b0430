/**
 * Invariants over random datasets and scenarios (DESIGN §8): lowering a threshold never captures fewer; a
 * disabled measure changes nothing else; combined ≥ each measure; runs are repeatable; inputs are not mutated;
 * chips seen in use are never counted as deals; counting imputed compute estimates never captures fewer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutImputedCompute } from '../../src/data/pipeline';
import {
  type Dataset,
  indexDataset,
  type PolicyInstance,
  parseDataset,
  type SimulationResult,
  simulate,
  templateOf,
} from '../../src/engine';
import { datasetArb, policiesArb } from '../fixtures/arbitraries';
import { makeSpec } from '../fixtures/builders';

const RUNS = { numRuns: 150 };

function run(dataset: unknown, policies: PolicyInstance[]): SimulationResult {
  const parsed = parseDataset(dataset);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return simulate(indexDataset(parsed.value), makeSpec(policies));
}

function capturedCompanies(result: SimulationResult, i: number): number {
  return result.measures[i]!.series.companiesCumulative.at(-1)!;
}
function capturedDeals(result: SimulationResult, i: number): number {
  return result.measures[i]!.series.deals.reduce((a, b) => a + b, 0);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Parameters where a lower value captures more (or the same), by measure position. */
const LOWER_CAPTURES_MORE: [number, string][] = [
  [0, 'prohibitedComputeFlop'],
  [0, 'notifiableComputeFlop'],
  [0, 'biologicalComputeFlop'],
  [0, 'ownershipThreshold'],
  [0, 'lpDeMinimisUsd'],
  [2, 'minExchanges'],
  [3, 'minValuationUsd'],
  [3, 'minComputeFlop'],
];

describe('engine properties', () => {
  it.each(LOWER_CAPTURES_MORE)('lowering measure %i %s never captures fewer deals or companies', (i, key) => {
    fc.assert(
      fc.property(
        datasetArb,
        policiesArb(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (dataset, policies, factor) => {
          const before = run(dataset, policies);
          const p = policies[i]!;
          const spec = templateOf(p.template)!.params.find((s) => s.key === key)!;
          const min = spec.kind === 'number' ? spec.min : 0;
          const value = Math.max(min, (p.params[key] as number) * factor);
          const lowered = policies.map((x, j) =>
            j === i ? { ...p, params: { ...p.params, [key]: value } } : x,
          );
          const after = run(dataset, lowered);
          expect(capturedDeals(after, i)).toBeGreaterThanOrEqual(capturedDeals(before, i));
          expect(capturedCompanies(after, i)).toBeGreaterThanOrEqual(capturedCompanies(before, i));
        },
      ),
      RUNS,
    );
  });

  it('raising the detection rate never blocks fewer flows', () => {
    fc.assert(
      fc.property(
        datasetArb,
        policiesArb(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (dataset, policies, extra) => {
          const p = policies[2]!;
          const rate = p.params.detectionRate as number;
          const raised = policies.map((x, j) =>
            j === 2 ? { ...p, params: { ...p.params, detectionRate: rate + (1 - rate) * extra } } : x,
          );
          expect(capturedDeals(run(dataset, raised), 2)).toBeGreaterThanOrEqual(
            capturedDeals(run(dataset, policies), 2),
          );
        },
      ),
      RUNS,
    );
  });

  it('disabling a measure removes exactly its hits (without cross-measure listings)', () => {
    fc.assert(
      fc.property(
        datasetArb,
        policiesArb(fc.constant(false)),
        fc.integer({ min: 0, max: 3 }),
        (dataset, policies, off) => {
          const all = run(dataset, policies);
          const fewer = run(
            dataset,
            policies.map((p, j) => (j === off ? { ...p, enabled: false } : p)),
          );
          const kept = all.measures.filter((_, j) => j !== off);
          expect(fewer.measures.map((m) => m.series)).toEqual(kept.map((m) => m.series));
          expect(fewer.detail.outcomes).toEqual(all.detail.outcomes.filter((_, j) => j !== off));
        },
      ),
      RUNS,
    );
  });

  it('never counts fewer combined than any single measure', () => {
    fc.assert(
      fc.property(datasetArb, policiesArb(), (dataset, policies) => {
        const result = run(dataset, policies);
        for (const m of result.measures) {
          m.series.deals.forEach((v, q) => {
            expect(result.combined.deals[q]).toBeGreaterThanOrEqual(v);
          });
          m.series.companiesCumulative.forEach((v, q) => {
            expect(result.combined.companiesCumulative[q]).toBeGreaterThanOrEqual(v);
          });
          m.series.companiesInScope.forEach((v, q) => {
            expect(result.combined.companiesInScope[q]).toBeGreaterThanOrEqual(v);
          });
        }
      }),
      RUNS,
    );
  });

  it('gives identical results on two runs and never mutates its inputs', () => {
    fc.assert(
      fc.property(datasetArb, policiesArb(), (dataset, policies) => {
        const frozenData = deepFreeze(structuredClone(dataset));
        const frozenPolicies = deepFreeze(structuredClone(policies));
        const a = run(frozenData, frozenPolicies);
        const b = run(frozenData, frozenPolicies);
        expect(a).toEqual(b);
        expect(frozenData).toEqual(dataset);
        expect(frozenPolicies).toEqual(policies);
      }),
      { numRuns: 60 },
    );
  });

  it('never gives chips seen in use (hardware-in-use) an outcome, nor counts them among any deals', () => {
    fc.assert(
      fc.property(datasetArb, policiesArb(), (dataset, policies) => {
        const parsed = parseDataset(dataset);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
        const index = indexDataset(parsed.value);
        const result = simulate(index, makeSpec(policies));
        const inUse = (t: number) =>
          parsed.value.transactions[index.tx.source[t]!]!.kind === 'hardware-in-use';
        for (let t = 0; t < index.tx.count; t++) {
          if (!inUse(t)) continue;
          for (const codes of result.detail.outcomes) expect(codes[t]).toBe(0);
          expect(result.detail.combined[t]).toBe(0);
        }
        // The same run without them: every series and overlap is the same (shares included).
        const deals: Dataset = {
          ...parsed.value,
          transactions: parsed.value.transactions.filter((t) => t.kind !== 'hardware-in-use'),
        };
        const without = simulate(indexDataset(deals), makeSpec(policies));
        expect(without.measures).toEqual(result.measures);
        expect(without.combined).toEqual(result.combined);
        expect(without.overlaps).toEqual(result.overlaps);
      }),
      RUNS,
    );
  });

  it('counting imputed compute estimates never captures fewer deals or companies than leaving them out', () => {
    fc.assert(
      fc.property(datasetArb, policiesArb(), (dataset, policies) => {
        const counted = run(dataset, policies);
        const unknown = run(withoutImputedCompute(dataset), policies);
        counted.measures.forEach((_, i) => {
          expect(capturedDeals(counted, i)).toBeGreaterThanOrEqual(capturedDeals(unknown, i));
          expect(capturedCompanies(counted, i)).toBeGreaterThanOrEqual(capturedCompanies(unknown, i));
        });
        // Without imputed figures in the data, the assumption changes nothing.
        if (!dataset.models.some((m) => m.trainingComputeImputed))
          expect(withoutImputedCompute(dataset)).toBe(dataset);
      }),
      RUNS,
    );
  });

  it('gives the same outcomes whatever the order of measures', () => {
    fc.assert(
      fc.property(datasetArb, policiesArb(), (dataset, policies) => {
        const a = run(dataset, policies);
        const b = run(dataset, [...policies].reverse());
        expect(b.detail.combined).toEqual(a.detail.combined);
        expect(b.detail.outcomes).toEqual([...a.detail.outcomes].reverse());
      }),
      { numRuns: 80 },
    );
  });
});
