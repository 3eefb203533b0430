/**
 * Worked examples for the Patriotic Investment Act (S.5188, 25 Sep 2024; docs/SOURCES.md, "The Patriotic
 * Investment Act"): gains on disqualified PRC securities taxed as ordinary income, from the effective date, never stopped.
 */
import { describe, expect, it } from 'vitest';
import { explainCompany, explainTransaction, simulate, TEMPLATES } from '../../../src/engine';
import {
  indexOf,
  makeCompany,
  makeDataset,
  makeInvestment,
  makeModel,
  makePolicy,
  makeSpec,
  outcomesOf,
} from '../../fixtures/builders';

const tax = (params: Record<string, unknown> = {}, effectiveFrom = '2025-03-25') =>
  makePolicy('us-investment-tax', { params, effectiveFrom });

function dataset(deal: Partial<Parameters<typeof makeInvestment>[0]> = {}, hq = 'CN') {
  return makeDataset({
    companies: [makeCompany({ id: 'lab', hq })],
    models: [makeModel({ id: 'm', companyId: 'lab', date: '2024-01-01', trainingComputeFlop: 2e23 })],
    transactions: [makeInvestment({ id: 'deal', companyId: 'lab', amountUsd: 100e6, ...deal })],
  });
}

function outcome(
  deal: Partial<Parameters<typeof makeInvestment>[0]> = {},
  params: Record<string, unknown> = {},
  hq = 'CN',
) {
  return outcomesOf(dataset(deal, hq), [tax(params)]).deal!['us-investment-tax'];
}

/** The expected extra tax the run writes for the one deal. */
function taxOf(
  deal: Partial<Parameters<typeof makeInvestment>[0]> = {},
  params: Record<string, unknown> = {},
) {
  const index = indexOf(dataset(deal));
  const result = simulate(index, makeSpec([tax(params)]));
  return { perDeal: result.detail.amounts[0]!.taxUsd![0]!, result };
}

describe('us-investment-tax: what is covered', () => {
  it('is registered with the taxed outcome and the taxUsd amount channel', () => {
    const t = TEMPLATES.find((x) => x.id === 'us-investment-tax')!;
    expect(t.outcomes).toEqual(['taxed']);
    expect(t.amounts?.map((a) => a.key)).toEqual(['taxUsd']);
  });
  it('taxes a round from the effective date: the day before is not covered, the day of is', () => {
    expect(outcome({ date: '2025-03-24' })).toBeNull();
    expect(outcome({ date: '2025-03-25' })).toBe('taxed');
  });
  it('covers companies based in China, Hong Kong and Macau, not elsewhere', () => {
    expect(outcome({}, {}, 'HK')).toBe('taxed');
    expect(outcome({}, {}, 'MO')).toBe('taxed');
    expect(outcome({}, {}, 'SG')).toBeNull();
  });
  it('needs a US taxpayer among the investors', () => {
    expect(outcome({ investors: [{ name: 'Gulf Fund', country: 'AE' }] })).toBeNull();
    expect(
      outcome({
        investors: [
          { name: 'Gulf Fund', country: 'AE' },
          { name: 'US Fund', country: 'US' },
        ],
      }),
    ).toBe('taxed');
  });
  it('under the outbound option, covers only AI developers above 1e23 operations by the deal date', () => {
    expect(outcome({}, { coveredCompanies: 'outbound' })).toBe('taxed');
    const small = makeDataset({
      companies: [makeCompany({ id: 'lab' })],
      models: [makeModel({ id: 'm', companyId: 'lab', date: '2024-01-01', trainingComputeFlop: 1e23 })],
      transactions: [makeInvestment({ id: 'deal', companyId: 'lab' })],
    });
    // Exactly 1e23 is not above the line.
    expect(outcomesOf(small, [tax({ coveredCompanies: 'outbound' })]).deal!['us-investment-tax']).toBeNull();
  });
  it('never stops a deal: a deal the outbound rule prohibits stays prohibited, one it notifies becomes taxed', () => {
    const data = makeDataset({
      companies: [makeCompany({ id: 'big' }), makeCompany({ id: 'mid' })],
      models: [
        makeModel({ id: 'b', companyId: 'big', date: '2024-01-01', trainingComputeFlop: 2e25 }),
        makeModel({ id: 'm', companyId: 'mid', date: '2024-01-01', trainingComputeFlop: 2e23 }),
      ],
      transactions: [
        makeInvestment({ id: 'to-big', companyId: 'big' }),
        makeInvestment({ id: 'to-mid', companyId: 'mid' }),
      ],
    });
    const rows = outcomesOf(data, [makePolicy('us-outbound'), tax()]);
    expect(rows['to-big']).toMatchObject({ 'us-outbound': 'prohibited', combined: 'prohibited' });
    expect(rows['to-mid']).toMatchObject({ 'us-outbound': 'notifiable', combined: 'taxed' });
  });
});

describe('us-investment-tax: the expected extra tax', () => {
  it('is amount × (multiple − 1) × (ordinary − capital-gains rate): $100m at 2× → $17m at 37 % vs 20 %', () => {
    expect(taxOf().perDeal).toBeCloseTo(100e6 * 1 * (0.37 - 0.2), 2);
  });
  it('scales with the multiple and the US share', () => {
    expect(taxOf({}, { gainMultiple: 3, usShare: 0.5 }).perDeal).toBeCloseTo(100e6 * 0.5 * 2 * 0.17, 2);
    expect(taxOf({}, { gainMultiple: 0.8 }).perDeal).toBe(0);
  });
  it('is negative when the ordinary rate is set below the capital-gains rate (rates both ways)', () => {
    expect(taxOf({}, { ordinaryRate: 0.3, capitalGainsRate: 0.2 }).perDeal).toBeCloseTo(10e6, 2);
    expect(taxOf({}, { ordinaryRate: 0.15, capitalGainsRate: 0.2 }).perDeal).toBeCloseTo(-5e6, 2);
  });
  it('is zero for holdings of a year or less (their gain is ordinary income already)', () => {
    expect(taxOf({}, { holdingYears: 1 }).perDeal).toBe(0);
    expect(taxOf({}, { holdingYears: 1.5 }).perDeal).toBeCloseTo(17e6, 2);
  });
  it('is unknown (left out of the sums) when the round amount is unknown', () => {
    const { perDeal, result } = taxOf({ amountUsd: null });
    expect(perDeal).toBeNaN();
    expect(result.measures[0]!.amounts.taxUsd!.reduce((a, b) => a + b, 0)).toBe(0);
  });
  it('sums per quarter for the measure and the combined view', () => {
    const { result } = taxOf();
    const q = result.quarters.indexOf('2025Q2');
    expect(result.measures[0]!.amounts.taxUsd![q]).toBeCloseTo(17e6, 2);
    expect(result.amounts.taxUsd![q]).toBeCloseTo(17e6, 2);
  });
  it('leaves a deal another measure stops out of the combined sum', () => {
    const data = makeDataset({
      companies: [makeCompany({ id: 'big' })],
      models: [makeModel({ id: 'b', companyId: 'big', date: '2024-01-01', trainingComputeFlop: 2e25 })],
      transactions: [makeInvestment({ id: 'deal', companyId: 'big', amountUsd: 100e6 })],
    });
    const result = simulate(indexOf(data), makeSpec([makePolicy('us-outbound'), tax()]));
    const q = result.quarters.indexOf('2025Q2');
    expect(result.measures[1]!.amounts.taxUsd![q]).toBeCloseTo(17e6, 2);
    expect(result.amounts.taxUsd![q]).toBe(0);
    // The overlap of the two measures carries the deal's amount; the others carry none.
    expect(result.overlaps).toEqual([
      { measures: ['us-outbound'], deals: 0, companies: 0, amounts: { taxUsd: 0 } },
      { measures: ['us-investment-tax'], deals: 0, companies: 0, amounts: { taxUsd: 0 } },
      { measures: ['us-outbound', 'us-investment-tax'], deals: 1, companies: 1, amounts: { taxUsd: 17e6 } },
    ]);
  });
  it('explains the outcome with the clause, the computation and the amount', () => {
    const index = indexOf(dataset());
    const explanation = explainTransaction(index, makeSpec([tax()]), 'deal')!;
    expect(explanation.outcome).toBe('taxed');
    const last = explanation.measures[0]!.findings.at(-1)!;
    expect(last).toMatchObject({ outcome: 'taxed', met: true, value: 17e6, unit: 'USD' });
    expect(last.test).toContain('(0.37 − 0.2)');
    const outbound = explainTransaction(index, makeSpec([tax({ coveredCompanies: 'outbound' })]), 'deal')!;
    expect(outbound.measures[0]!.findings.map((f) => f.clause)).toContain(
      '31 CFR 850.224 (covered AI activity)',
    );
  });
  it('explains a company: its standing is taxed, and leaving its country out of scope releases it', () => {
    const out = explainCompany(indexOf(dataset()), makeSpec([tax()]), 'lab')!;
    const m = out.measures[0]!;
    expect(m.standing).toBe('taxed');
    expect(m.capturedDeals).toBe(1);
    expect(m.status[0]).toMatchObject({ met: true, value: 'CN', param: 'countries' });
    // The engine adds a later effective date itself; the outbound option would not release this AI developer.
    expect(m.releases.map((r) => r.param)).toEqual(['countries', 'effectiveFrom']);
    const elsewhere = explainCompany(indexOf(dataset({}, 'SG')), makeSpec([tax()]), 'lab')!;
    expect(elsewhere.measures[0]!.standing).toBe('out-of-scope');
  });
});
