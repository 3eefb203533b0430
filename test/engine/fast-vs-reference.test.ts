/**
 * The fast path against the reference: over random datasets and scenarios, `simulate` (columnar index,
 * per-company timelines, one fold over the outcome codes) gives exactly the `SimulationResult` of the
 * deliberately straightforward `referenceSimulate` (the rule text evaluated for every transaction, and the scope
 * test for every company at every quarter's end). Series, overlaps, per-transaction outcomes and first captures
 * must agree number for number.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../bench/synthetic';
import type { Dataset, RunSpec, SimulationResult } from '../../src/engine';
import { prepareMeasures, simulate, TEMPLATES } from '../../src/engine';
import { presetById, presets } from '../../src/scenario/presets';
import { runSpecOf } from '../../src/scenario/run-spec';
import { datasetArb, runSpecArb } from '../fixtures/arbitraries';
import {
  indexOf,
  makeCompany,
  makeDataset,
  makeInvestment,
  makeModel,
  makePolicy,
  makeSpec,
  outcomesOf,
} from '../fixtures/builders';
import { REFERENCES } from './policies/references';
import { referenceSimulate } from './reference-simulate';

const ISO = /^(\d{4})-(\d{2})-\d{2}$/;

/** Move every date in a dataset to the last day of its month (the arbitraries only draw days 1–28). */
function atMonthEnds(dataset: Dataset): Dataset {
  const move = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const m = ISO.exec(value);
      if (!m) return value;
      const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
      return `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}`;
    }
    if (Array.isArray(value)) return value.map(move);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'id' ? v : move(v)]));
    return value;
  };
  return move(dataset) as Dataset;
}

/** Typed arrays as plain arrays, so a difference prints readably. */
function plainDetail(result: SimulationResult) {
  return {
    outcomes: result.detail.outcomes.map((o) => Array.from(o)),
    combined: Array.from(result.detail.combined),
    firstCaptured: result.detail.firstCaptured.map((f) => Array.from(f)),
    standing: result.detail.standing.map((f) => Array.from(f)),
  };
}

function expectSame(dataset: Dataset, spec: RunSpec): void {
  const fast = simulate(indexOf(dataset), spec);
  const reference = referenceSimulate(dataset, spec);
  expect(plainDetail(fast)).toEqual(plainDetail(reference));
  const { detail: _f, ...fastRest } = fast;
  const { detail: _r, ...referenceRest } = reference;
  expect(fastRest).toEqual(referenceRest);
}

describe('the fast path equals the reference implementation', () => {
  it('has a reference for every measure in the registry, in the same order', () => {
    expect(REFERENCES.map((r) => r.template)).toEqual(TEMPLATES.map((t) => t.id));
  });
  it('on random datasets and scenarios', () => {
    fc.assert(
      fc.property(datasetArb, runSpecArb, (dataset, spec) => expectSame(dataset, spec)),
      { numRuns: 300 },
    );
  });

  it('on random datasets with every date at a month end (month arithmetic at its edges)', () => {
    fc.assert(
      fc.property(datasetArb, runSpecArb, (dataset, spec) => expectSame(atMonthEnds(dataset), spec)),
      { numRuns: 200 },
    );
  });

  it("evaluates a few deals by the rule directly exactly as the fast path does (explanations' path)", () => {
    fc.assert(
      fc.property(datasetArb, runSpecArb, fc.infiniteStream(fc.boolean()), (dataset, spec, picks) => {
        const index = indexOf(dataset);
        const only = Int32Array.from(
          Array.from({ length: index.tx.count }, (_, t) => t).filter(() => picks.next().value),
        );
        for (const m of prepareMeasures(index, spec)) {
          const all = new Uint8Array(index.tx.count);
          m.prepared.evaluate(all);
          const some = new Uint8Array(index.tx.count);
          m.prepared.evaluate(some, only);
          expect(Array.from(only, (t) => some[t])).toEqual(Array.from(only, (t) => all[t]));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('counts a model in development by calendar months: 31 Mar is not within a month after 28 Feb', () => {
    // Found by the reference: the engine used to shift the release date back a month (31 Mar → 28 Feb) and
    // so counted a deal on 28 Feb, although 28 Feb + 1 month is 28 Mar, before the release.
    const dataset = makeDataset({
      companies: [makeCompany({ id: 'lab' })],
      models: [makeModel({ id: 'm', companyId: 'lab', date: '2025-03-31', trainingComputeFlop: 3e25 })],
      transactions: [
        makeInvestment({ id: 'feb-28', companyId: 'lab', date: '2025-02-28' }),
        makeInvestment({ id: 'mar-01', companyId: 'lab', date: '2025-03-01' }),
      ],
    });
    const policies = [makePolicy('us-outbound', { params: { lookaheadMonths: 1 } })];
    const outcomes = outcomesOf(dataset, policies);
    expect(outcomes['feb-28']!['us-outbound']).toBeNull();
    expect(outcomes['mar-01']!['us-outbound']).toBe('prohibited');
    expectSame(dataset, makeSpec(policies));
  });

  it('agrees at the look-ahead boundary, whatever the month lengths', () => {
    // A model released near a month's end, and a deal about `months` before it: where month ends clamp.
    const releaseArb = fc
      .tuple(
        fc.integer({ min: 2016, max: 2029 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 27, max: 31 }),
      )
      .map(([y, m, d]) => Date.UTC(y, m - 1, Math.min(d, new Date(Date.UTC(y, m, 0)).getUTCDate())));
    const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        releaseArb,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -2, max: 2 }),
        (release, months, offset) => {
          const r = new Date(release);
          const lastOfTarget = new Date(
            Date.UTC(r.getUTCFullYear(), r.getUTCMonth() - months + 1, 0),
          ).getUTCDate();
          const deal = Date.UTC(
            r.getUTCFullYear(),
            r.getUTCMonth() - months,
            Math.min(r.getUTCDate(), lastOfTarget) + offset,
          );
          const dataset = makeDataset({
            companies: [makeCompany({ id: 'lab' })],
            models: [makeModel({ id: 'm', companyId: 'lab', date: iso(release), trainingComputeFlop: 3e25 })],
            transactions: [makeInvestment({ id: 'deal', companyId: 'lab', date: iso(deal) })],
          });
          const policies = [
            makePolicy('us-outbound', { effectiveFrom: '2015-01-01', params: { lookaheadMonths: months } }),
          ];
          expectSame(dataset, makeSpec(policies));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on a synthetic benchmark dataset under every preset', () => {
    const dataset = syntheticDataset({ transactions: 1500, companies: 150, seed: 7 });
    const ids = presets().map((p) => p.id);
    for (const id of [
      'april-2026-escalation',
      'tougher-us-rule',
      'allied-coordination',
      'export-controls-2022-vs-2023',
      'us-outbound-2025',
      'coins-act',
    ])
      expect(ids, `preset ${id} is missing`).toContain(id);
    for (const id of ids) {
      const preset = presetById(id);
      if (!preset) throw new Error(`preset ${id} did not load`);
      expectSame(dataset, runSpecOf(preset));
    }
  });
});
