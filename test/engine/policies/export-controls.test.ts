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
  it('leaves the H20 (TPP 2368, density 2.9) below both 2023 tests until the April 2025 requirement', () => {
    expect(outcome('h20', { date: '2025-04-08' })).toBeNull();
  });
  it('denies the H20 from 9 Apr 2025 while no licences were granted, then requires a licence from 8 Aug 2025', () => {
    expect(outcome('h20', { date: '2025-04-09' })).toBe('denied');
    expect(outcome('h20', { date: '2025-08-07' })).toBe('denied');
    expect(outcome('h20', { date: '2025-08-08' })).toBe('licence-required');
  });
  it('denies the H200 until case-by-case review from 15 Jan 2026, then requires a licence', () => {
    expect(outcome('h200', { date: '2026-01-14' })).toBe('denied');
    expect(outcome('h200', { date: '2026-01-15' })).toBe('licence-required');
  });
  it('shows the H200 licence terms in the explanation', () => {
    const company = makeCompany({ id: 'buyer' });
    const data = makeDataset({
      companies: [company],
      transactions: [makeChipPurchase({ id: 'buy', companyId: 'buyer', chipId: 'h200', date: '2026-03-01' })],
    });
    const findings = explainTransaction(indexOf(data), makeSpec([rule()]), 'buy')!.measures[0]!.findings;
    expect(findings.find((f) => f.param === 'licensedChips')!.test).toMatch(/50 % of US-customer volume/);
  });
  it('does not control the H20 when it is on neither list', () => {
    expect(
      outcome('h20', { date: '2025-06-01', params: { licensedChips: [], informedChips: [] } }),
    ).toBeNull();
    expect(outcome('h20', { date: '2025-06-01', params: { informedChips: [] } })).toBeNull();
    expect(outcome('h20', { date: '2025-09-01', params: { informedChips: [] } })).toBe('licence-required');
  });
});

describe('export-controls: 2023 rule dates (announced 17 Oct 2023)', () => {
  const at = (
    chipId: string,
    date: string,
    params: Record<string, unknown> = { phaseIn2023: 'as-enacted' },
  ) =>
    outcomesOf(
      makeDataset({
        companies: [makeCompany({ id: 'buyer' })],
        transactions: [makeChipPurchase({ id: 'buy', companyId: 'buyer', chipId, date })],
      }),
      [rule(params, '2023-10-17')],
    ).buy!['export-controls'];
  it('controls the named data-centre chips (A800, H800) from 23 Oct 2023', () => {
    expect(at('h800', '2023-10-22')).toBeNull();
    expect(at('h800', '2023-10-23')).toBe('denied');
    expect(at('a800', '2023-10-23')).toBe('denied');
  });
  it('controls other chips (RTX 4090, TPP 5285) from 17 Nov 2023', () => {
    expect(at('rtx-4090', '2023-11-16')).toBeNull();
    expect(at('rtx-4090', '2023-11-17')).toBe('denied');
  });
  it('without the phase-in (the default, as links made before it meant), controls every chip from the effective date', () => {
    expect(at('rtx-4090', '2023-10-17', {})).toBe('denied');
    expect(at('rtx-4090', '2023-10-17', { phaseIn2023: 'none' })).toBe('denied');
    expect(at('h800', '2023-10-17', { phaseIn2023: 'none' })).toBe('denied');
  });
  it('the phase-in does not touch the 2022 rule', () => {
    expect(at('a100', '2023-10-18', { ruleVersion: '2022', phaseIn2023: 'as-enacted' })).toBe('denied');
  });
});

describe('export-controls: is-informed letters (Aug 2022) with no performance test', () => {
  it('denies a named chip from the letter date, and nothing else', () => {
    const params = {
      ruleVersion: 'none',
      entityList: false,
      informedChips: [{ chipId: 'a100', from: '2022-08-31' }],
    };
    const at = (chipId: string, date: string) =>
      outcomesOf(
        makeDataset({
          companies: [makeCompany({ id: 'buyer' })],
          transactions: [makeChipPurchase({ id: 'buy', companyId: 'buyer', chipId, date })],
        }),
        [rule(params, '2022-08-31')],
      ).buy!['export-controls'];
    expect(at('a100', '2022-08-30')).toBeNull();
    expect(at('a100', '2022-08-31')).toBe('denied');
    expect(at('h800', '2022-09-15')).toBeNull();
  });
});

describe('export-controls: the Affiliates rule (29 Sep 2025; suspended 10 Nov 2025)', () => {
  const parent = makeCompany({ id: 'parent', listings: [{ list: 'entity-list', from: '2024-01-01' }] });
  const sub = makeCompany({ id: 'buyer', parent: 'parent' });
  const at = (date: string, params: Record<string, unknown> = { affiliatesRule: 'as-enacted' }) =>
    outcomesOf(
      makeDataset({
        companies: [parent, sub],
        transactions: [makeChipPurchase({ id: 'buy', companyId: 'buyer', chipId: 'rtx-4090d', date })],
      }),
      [rule(params)],
    ).buy!['export-controls'];
  it('treats a subsidiary of a listed parent as listed from 29 Sep to 9 Nov 2025', () => {
    expect(at('2025-09-28')).toBeNull();
    expect(at('2025-09-29')).toBe('denied');
    expect(at('2025-11-09')).toBe('denied');
    expect(at('2025-11-10')).toBeNull();
  });
  it('not suspended, it keeps applying; off, it never does', () => {
    expect(at('2026-03-01', { affiliatesRule: 'not-suspended' })).toBe('denied');
    expect(at('2025-10-01', { affiliatesRule: 'off' })).toBeNull();
    expect(at('2025-10-01', {})).toBeNull();
    expect(at('2025-10-01', { affiliatesRule: 'as-enacted', entityList: false })).toBeNull();
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
  it('does not cover a purchase the day before the effective date, and covers one on the day', () => {
    const company = makeCompany({ id: 'buyer' });
    const on = (date: string) =>
      outcomesOf(
        makeDataset({
          companies: [company],
          transactions: [makeChipPurchase({ id: 'buy', companyId: 'buyer', chipId: 'a100', date })],
        }),
        [rule({ ruleVersion: '2022' })],
      ).buy!['export-controls'];
    expect(on('2022-10-06')).toBeNull();
    expect(on('2022-10-07')).toBe('denied');
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
