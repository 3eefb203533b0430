/**
 * Worked examples for the US chip export controls, from ECCN 3A090 as amended in Oct 2022 and Oct 2023
 * (domain-facts B2–B3).
 */
import { describe, expect, it } from 'vitest';
import { explainCompany, explainTransaction, simulate } from '../../../src/engine';
import { chipTests, isControlled } from '../../../src/engine/policies/export-controls';
import {
  CHIPS,
  indexOf,
  makeChipPurchase,
  makeCompany,
  makeDataset,
  makeHardwareInUse,
  makeModel,
  makePolicy,
  makeSpec,
  outcomesOf,
} from '../../fixtures/builders';

const rule = (params: Record<string, unknown> = {}, effectiveFrom = '2022-10-07') =>
  makePolicy('export-controls', { effectiveFrom, params });

function outcome(
  chipId: string,
  opts: {
    date?: string;
    params?: Record<string, unknown>;
    company?: Parameters<typeof makeCompany>[0];
    supplierCountry?: string;
  } = {},
): string | null {
  const company = makeCompany(opts.company ?? { id: 'buyer' });
  const transactions = [
    makeChipPurchase({
      id: 'buy',
      companyId: company.id,
      chipId,
      date: opts.date ?? '2024-06-01',
      ...(opts.supplierCountry ? { supplierCountry: opts.supplierCountry } : {}),
    }),
  ];
  return outcomesOf(makeDataset({ companies: [company], transactions }), [rule(opts.params)]).buy![
    'export-controls'
  ]!;
}

const chip = (id: string) => CHIPS.find((c) => c.id === id)!;

describe('export-controls: the A800/H800 workaround and the 2023 fix', () => {
  it('lets the A800 and H800 through the 2022 rule (interconnect 400 GB/s < 600)', () => {
    expect(outcome('a800', { params: { ruleVersion: '2022' } })).toBeNull();
    expect(outcome('h800', { params: { ruleVersion: '2022' } })).toBeNull();
  });
  it('denies the A100 under the 2022 rule (TPP 4992 ≥ 4800 and 600 GB/s ≥ 600)', () => {
    expect(outcome('a100', { params: { ruleVersion: '2022' } })).toBe('denied');
  });
  it('denies the A800 and H800 under the 2023 rule (TPP ≥ 4800, interconnect no longer tested)', () => {
    expect(outcome('a800', { params: { ruleVersion: '2023' } })).toBe('denied');
    expect(outcome('h800', { params: { ruleVersion: '2023' } })).toBe('denied');
  });
  it('applies the density prong only to data-centre chips: the RTX 4090D (TPP 4707, density 7.7) passes', () => {
    const tests = chipTests({ ruleVersion: '2023' } as never);
    expect(isControlled(chip('rtx-4090d'), tests)).toBe(false);
    expect(isControlled({ ...chip('rtx-4090d'), dataCenter: true }, tests)).toBe(true);
    expect(outcome('rtx-4090', { params: { ruleVersion: '2023' } })).toBe('denied');
  });
});

describe('export-controls: the H20 and H200 under licence', () => {
  it('leaves the H20 (TPP 2368, density 2.9) below both 2023 tests until the licence requirement', () => {
    expect(outcome('h20', { date: '2025-04-08' })).toBeNull();
    expect(outcome('h20', { date: '2025-04-09' })).toBe('licence-required');
  });
  it('denies the H200 until case-by-case review from 15 Jan 2026, then requires a licence', () => {
    expect(outcome('h200', { date: '2026-01-14' })).toBe('denied');
    expect(outcome('h200', { date: '2026-01-15' })).toBe('licence-required');
  });
  it('does not control the H20 when it is not on the licensed list', () => {
    expect(outcome('h20', { date: '2025-06-01', params: { licensedChips: [] } })).toBeNull();
  });
});

describe('export-controls: the Entity List', () => {
  const listed = { id: 'buyer', listings: [{ list: 'entity-list' as const, from: '2019-05-16' }] };
  it('denies an Entity-Listed buyer even a consumer GPU below every test', () => {
    expect(outcome('rtx-4090d', { company: listed })).toBe('denied');
    expect(outcome('rtx-4090d')).toBeNull();
  });
  it('lets the listed buyer through when the Entity List test is off', () => {
    expect(outcome('rtx-4090d', { company: listed, params: { entityList: false } })).toBeNull();
  });
  it('denies the listed buyer a licensed chip too (licence policy for listed parties is denial)', () => {
    expect(outcome('h20', { company: listed, date: '2025-09-01' })).toBe('denied');
  });
});

describe('export-controls: scope', () => {
  it('does not cover chips from non-US suppliers (Huawei Ascend)', () => {
    expect(outcome('ascend-910b', { supplierCountry: 'CN' })).toBeNull();
  });
  it('does not cover a buyer outside the destination countries', () => {
    expect(outcome('h800', { company: { id: 'buyer', hq: 'SG' } })).toBeNull();
  });
  it('covers Hong Kong buyers', () => {
    expect(outcome('h800', { company: { id: 'buyer', hq: 'HK' } })).toBe('denied');
  });
  it('does not cover a purchase before the effective date', () => {
    const company = makeCompany({ id: 'buyer' });
    const data = makeDataset({
      companies: [company],
      transactions: [makeChipPurchase({ id: 'buy', companyId: 'buyer', chipId: 'a100', date: '2022-10-06' })],
    });
    expect(outcomesOf(data, [rule({ ruleVersion: '2022' })]).buy!['export-controls']).toBeNull();
  });
  it('lets a custom rule move every number', () => {
    expect(
      outcome('h20', { date: '2024-06-01', params: { ruleVersion: 'custom', tppThreshold: 2000 } }),
    ).toBe('denied');
    expect(
      outcome('h800', {
        params: {
          ruleVersion: 'custom',
          useInterconnectTest: true,
          interconnectThresholdGBs: 300,
          useDensityTest: false,
        },
      }),
    ).toBe('denied');
  });
});

describe('export-controls: companies and models', () => {
  it('counts buyers with a captured purchase and companies whose models used now-controlled chips', () => {
    const data = makeDataset({
      companies: [makeCompany({ id: 'deepseek' }), makeCompany({ id: 'other' })],
      models: [
        makeModel({
          id: 'v3',
          companyId: 'deepseek',
          date: '2024-12-26',
          trainingComputeFlop: 3.4e24,
          trainingChips: [{ chipId: 'h800', units: 2048 }],
        }),
      ],
      transactions: [makeChipPurchase({ id: 'buy', companyId: 'other', chipId: 'h800', date: '2023-11-01' })],
    });
    const result = simulate(indexOf(data), makeSpec([rule({ ruleVersion: '2023' }, '2023-10-17')]));
    const m = result.measures[0]!;
    expect(m.series.companiesCumulative.at(-1)).toBe(1);
    expect(m.series.units.reduce((a, b) => a + b, 0)).toBe(1000);
    const trained = m.extra.companiesTrainedOnControlledChips!;
    expect(trained[result.quarters.indexOf('2024Q3')]).toBe(0);
    expect(trained[result.quarters.indexOf('2024Q4')]).toBe(1);
    const under2022 = simulate(indexOf(data), makeSpec([rule({ ruleVersion: '2022' })]));
    expect(under2022.measures[0]!.extra.companiesTrainedOnControlledChips!.at(-1)).toBe(0);
  });
});

describe('export-controls: chips seen in use are evidence, not purchases', () => {
  // DeepSeek-V3 was trained on 2,048 H800s (released Dec 2024, after the Oct 2023 rule). That shows the lab had
  // the chips, not when or how it bought them: H800s were sold legally until the 2023 rule.
  const lab = makeCompany({ id: 'deepseek' });
  const data = makeDataset({
    companies: [lab],
    models: [makeModel({ id: 'v3', name: 'DeepSeek-V3', companyId: 'deepseek', date: '2024-12-26' })],
    transactions: [
      makeHardwareInUse({
        id: 'seen',
        companyId: 'deepseek',
        chipId: 'h800',
        date: '2024-12-26',
        modelIds: ['v3'],
      }),
      makeChipPurchase({ id: 'bought', companyId: 'deepseek', chipId: 'h800', date: '2024-12-26' }),
    ],
  });
  const both = [rule({ ruleVersion: '2023' }, '2023-10-17'), rule({ ruleVersion: '2022' }, '2022-10-07')].map(
    (p, i) => ({ ...p, id: `rule-${i}` }),
  );

  it('never denies or licenses one, whatever the rule; the same chips bought that day are denied', () => {
    const outcomes = outcomesOf(data, both);
    expect(outcomes.seen).toEqual({ 'rule-0': null, 'rule-1': null, combined: null });
    expect(outcomes.bought).toEqual({ 'rule-0': 'denied', 'rule-1': null, combined: 'denied' });
    // Listed on the Entity List, the buyer's purchases of any US chip are denied; chips seen in use still are not.
    const listed = makeDataset({
      ...data,
      companies: [makeCompany({ id: 'deepseek', listings: [{ list: 'entity-list', from: '2020-01-01' }] })],
    });
    expect(outcomesOf(listed, both).seen!.combined).toBeNull();
  });

  it('does not count one among the deals a share is taken of', () => {
    const result = simulate(indexOf(data), makeSpec(both));
    const q = result.quarters.indexOf('2024Q4');
    expect(result.measures[0]!.series.relevantDeals[q]).toBe(1);
    expect(result.combined.relevantDeals[q]).toBe(1);
    expect(result.combined.deals[q]).toBe(1);
  });

  it('shows it in the company explanation as evidence, with the models it rests on, and explains no outcome', () => {
    const index = indexOf(data);
    const explanation = explainCompany(index, makeSpec(both), 'deepseek')!;
    expect(explanation.chipsInUse).toEqual([
      {
        id: 'seen',
        date: '2024-12-26',
        chip: { id: 'h800', name: 'NVIDIA H800' },
        units: 2048,
        models: [{ id: 'v3', name: 'DeepSeek-V3' }],
        source: data.transactions[0]!.provenance,
      },
    ]);
    const seen = explainTransaction(index, makeSpec(both), 'seen')!;
    expect(seen.outcome).toBeNull();
    expect(seen.measures.every((m) => m.outcome === null && m.findings.length === 0)).toBe(true);
  });
});
