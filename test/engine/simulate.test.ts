/**
 * The run: per-quarter series, the combined view, overlaps and companies captured.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine';
import {
  indexOf,
  makeChipPurchase,
  makeCompany,
  makeDataset,
  makeInvestment,
  makeModel,
  makePolicy,
  makeSpec,
} from '../fixtures/builders';

const data = makeDataset({
  companies: [
    makeCompany({ id: 'zhipu', leading: true, listings: [{ list: 'entity-list', from: '2025-01-15' }] }),
    makeCompany({ id: 'deepseek', leading: true }),
    makeCompany({ id: 'small' }),
  ],
  models: [
    makeModel({ id: 'glm', companyId: 'zhipu', date: '2024-08-29', trainingComputeFlop: 3.6e25 }),
    makeModel({ id: 'v3', companyId: 'deepseek', date: '2024-12-26', trainingComputeFlop: 3.4e24 }),
  ],
  transactions: [
    makeInvestment({ id: 'zhipu-2026', companyId: 'zhipu', date: '2026-06-01', amountUsd: 100e6 }),
    makeInvestment({ id: 'deepseek-2026', companyId: 'deepseek', date: '2026-06-15', amountUsd: null }),
    makeInvestment({ id: 'small-2026', companyId: 'small', date: '2026-06-20', amountUsd: 5e6 }),
    makeChipPurchase({
      id: 'zhipu-chips',
      companyId: 'zhipu',
      chipId: 'h800',
      date: '2024-02-01',
      units: 500,
    }),
  ],
});
const policies = [
  makePolicy('us-outbound'),
  makePolicy('export-controls'),
  makePolicy('cn-approval', { params: { approvalRate: 0 } }),
];
const result = simulate(indexOf(data), makeSpec(policies));
const q = (label: string) => result.quarters.indexOf(label as never);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('simulate', () => {
  it('returns one series per enabled measure over the horizon, and marks history vs projection', () => {
    expect(result.quarters).toHaveLength(64);
    expect(result.measures.map((m) => m.policyId)).toEqual(['us-outbound', 'export-controls', 'cn-approval']);
    expect(result.historyQuarters).toBe(q('2026Q3') + 1);
  });
  it('counts deals by outcome, USD with unknown amounts set aside, and companies per quarter', () => {
    const outbound = result.measures[0]!.series;
    expect(outbound.byOutcome.prohibited[q('2026Q2')]).toBe(1);
    expect(outbound.byOutcome.notifiable[q('2026Q2')]).toBe(1);
    expect(outbound.deals[q('2026Q2')]).toBe(2);
    expect(outbound.dealsUsd[q('2026Q2')]).toBe(100e6);
    expect(outbound.dealsUsdUnknown[q('2026Q2')]).toBe(1);
    expect(outbound.companies[q('2026Q2')]).toBe(2);
    expect(outbound.relevantDeals[q('2026Q2')]).toBe(3);
  });
  it("takes the most severe outcome per deal in the combined view and keeps each measure's hits", () => {
    // Zhipu's round: prohibited (outbound) beats denied (China); DeepSeek's: denied beats notifiable.
    expect(result.combined.byOutcome.prohibited[q('2026Q2')]).toBe(1);
    expect(result.combined.byOutcome.denied[q('2026Q2')]).toBe(1);
    expect(result.combined.byOutcome.notifiable[q('2026Q2')]).toBe(0);
    expect(result.combined.deals[q('2026Q2')]).toBe(2);
    expect(result.measures[2]!.series.byOutcome.denied[q('2026Q2')]).toBe(2);
  });
  it('counts overlaps by the exact set of measures', () => {
    const find = (ids: string[]) => result.overlaps.find((o) => o.measures.join() === ids.join())!;
    expect(result.overlaps).toHaveLength(7);
    expect(find(['us-outbound', 'cn-approval'])).toEqual({
      measures: ['us-outbound', 'cn-approval'],
      deals: 2,
      companies: 1,
    });
    expect(find(['us-outbound', 'export-controls', 'cn-approval']).companies).toBe(1);
    expect(find(['export-controls']).deals).toBe(1);
  });
  it("accumulates companies captured and never lets the combined count fall below a measure's", () => {
    const combined = result.combined.companiesCumulative;
    expect(combined.at(-1)).toBe(2);
    for (const m of result.measures)
      m.series.companiesCumulative.forEach((v, i) => {
        expect(combined[i]).toBeGreaterThanOrEqual(v);
      });
  });
  it('counts companies with a stopped deal apart from those only reviewed', () => {
    const outbound = result.measures[0]!.series;
    expect(outbound.companiesCumulative[q('2026Q2')]).toBe(2);
    expect(outbound.companiesStopped[q('2026Q2')]).toBe(1);
    expect(outbound.companiesStoppedCumulative.at(-1)).toBe(1);
    expect(result.combined.companiesStoppedCumulative.at(-1)).toBe(2);
  });
  it('counts the companies in scope whose deals would be stopped (the prohibited tier)', () => {
    expect(result.measures[0]!.series.companiesInScopeStopped[q('2025Q1')]).toBe(1);
    expect(result.measures[1]!.series.companiesInScopeStopped[q('2025Q1')]).toBe(1);
    expect(result.measures[2]!.series.companiesInScopeStopped.every((v) => v === 0)).toBe(true);
    const lowered = simulate(
      indexOf(data),
      makeSpec([makePolicy('us-outbound', { params: { prohibitedComputeFlop: 1e24 } })]),
    );
    expect(lowered.measures[0]!.series.companiesInScopeStopped[q('2025Q1')]).toBe(2);
  });
  it('counts companies in scope without a deal', () => {
    expect(result.measures[0]!.series.companiesInScope[q('2025Q1')]).toBe(2);
    expect(result.measures[1]!.series.companiesInScope[q('2025Q1')]).toBe(1);
  });
  it('drops a disabled measure from the result', () => {
    const off = simulate(
      indexOf(data),
      makeSpec(policies.map((p, i) => (i === 1 ? { ...p, enabled: false } : p))),
    );
    expect(off.measures.map((m) => m.policyId)).toEqual(['us-outbound', 'cn-approval']);
    expect(sum(off.combined.byKind['chip-purchase'])).toBe(0);
  });
  it('handles an empty dataset and a scenario with no measures', () => {
    const empty = simulate(indexOf(makeDataset({})), makeSpec([]));
    expect(empty.measures).toEqual([]);
    expect(sum(empty.combined.deals)).toBe(0);
    expect(empty.overlaps).toEqual([]);
  });
});
