import { describe, expect, it } from 'vitest';
import { formatIssue, parseDataset } from '../../src/engine';
import {
  makeChipPurchase,
  makeCompany,
  makeDataset,
  makeHardwareInUse,
  makeInvestment,
  makeModel,
} from '../fixtures/builders';

function problems(raw: unknown): string[] {
  const parsed = parseDataset(raw);
  return parsed.ok ? [] : parsed.issues.map(formatIssue);
}

describe('parseDataset', () => {
  const good = makeDataset({
    companies: [makeCompany({ id: 'zhipu' })],
    models: [makeModel({ id: 'glm', companyId: 'zhipu', trainingComputeFlop: 3.6e25 })],
    transactions: [makeInvestment({ id: 'round', companyId: 'zhipu' })],
  });

  it('accepts a valid dataset', () => {
    expect(problems(good)).toEqual([]);
  });
  it('names the path and the bad value of an impossible date', () => {
    const bad = structuredClone(good);
    (bad.transactions[0] as { date: string }).date = '2025-13-01';
    expect(problems(bad)).toEqual(['transactions[0].date: expected YYYY-MM-DD, got "2025-13-01"']);
  });
  it('reports every problem, not just the first', () => {
    const bad = structuredClone(good) as unknown as Record<string, unknown[]>;
    (bad.companies![0] as Record<string, unknown>).hq = 'China';
    (bad.models![0] as Record<string, unknown>).trainingComputeFlop = -1;
    (bad.transactions![0] as Record<string, unknown>).kind = 'loan';
    const found = problems(bad);
    expect(found).toHaveLength(3);
    expect(found[0]).toBe('companies[0].hq: expected a two-letter country code such as CN, got "China"');
    expect(found[1]).toMatch(/^models\[0\]\.trainingComputeFlop: /);
    expect(found[2]).toMatch(/^transactions\[0\]\.kind: /);
  });
  it('refuses unknown fields by name, and a wrong format or version', () => {
    expect(problems({ ...good, colour: 'red' })).toEqual(['unknown field "colour"']);
    expect(problems({ ...good, version: 2 })[0]).toMatch(/^version: expected one of 1/);
    expect(problems({ ...good, format: 'other' })[0]).toMatch(/^format: /);
  });
  it('checks cross-references and duplicates', () => {
    const bad = makeDataset({
      companies: [makeCompany({ id: 'a' }), makeCompany({ id: 'a' })],
      models: [makeModel({ id: 'm', companyId: 'ghost' })],
      transactions: [makeChipPurchase({ id: 'c', companyId: 'a', chipId: 'no-such-chip' })],
    });
    expect(problems(bad)).toEqual([
      'companies[1].id: duplicate id "a"',
      'models[0].companyId: unknown company "ghost"',
      'transactions[0].chipId: unknown chip "no-such-chip"',
    ]);
  });
  it('accepts chips seen in use and imputed compute, and checks their chip and model references', () => {
    const inUse = makeDataset({
      companies: [makeCompany({ id: 'lab' })],
      models: [
        makeModel({ id: 'v3', companyId: 'lab', trainingComputeFlop: 3.6e25, trainingComputeImputed: true }),
      ],
      transactions: [makeHardwareInUse({ id: 'seen', companyId: 'lab', chipId: 'h800', modelIds: ['v3'] })],
    });
    expect(problems(inUse)).toEqual([]);
    const bad = structuredClone(inUse);
    bad.transactions = [
      makeHardwareInUse({ id: 'seen', companyId: 'lab', chipId: 'no-such-chip', modelIds: ['v3', 'ghost'] }),
    ];
    expect(problems(bad)).toEqual([
      'transactions[0].chipId: unknown chip "no-such-chip"',
      'transactions[0].modelIds[1]: unknown model "ghost"',
    ]);
    // The fields of a purchase that a record of use does not have are refused, not ignored.
    const priced = structuredClone(inUse);
    (priced.transactions[0] as unknown as Record<string, unknown>).amountUsd = 1;
    expect(problems(priced)).toEqual(['transactions[0]: unknown field "amountUsd"']);
  });
  it('refuses ownership shares above 100 %', () => {
    const bad = makeDataset({ companies: [makeCompany({ id: 'a', ownership: { CN: 0.7, US: 0.5 } })] });
    expect(problems(bad)).toEqual(['companies[0].ownership: shares add up to 1.200, more than 1']);
  });
  it('caps a flood of problems with a count', () => {
    const transactions = Array.from({ length: 500 }, (_, i) => ({
      ...makeInvestment({ id: `t${i}`, companyId: null }),
      date: 'bad',
    }));
    const found = problems(makeDataset({ transactions }));
    expect(found).toHaveLength(201);
    expect(found.at(-1)).toBe('…and 300 more problems');
  });
  it('never throws on junk', () => {
    for (const junk of [null, 42, 'x', [], { format: 'yardstick-dataset' }, { companies: 'x' }]) {
      expect(parseDataset(junk).ok).toBe(false);
    }
  });
});
