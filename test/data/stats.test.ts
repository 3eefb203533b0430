/** datasetStats: the exact shape the runner prints, on a small hand-made dataset and on the default one. */
import { describe, expect, it } from 'vitest';
import { datasetStats } from '../../src/data/dataset-stats';
import type { Dataset } from '../../src/engine';
import { defaultDataset } from './helpers';

const src = { kind: 'sourced' as const, sources: ['test'] };
const mod = { kind: 'modeled' as const, sources: ['gen'], notes: 'generator v1, seed 1' };

const tiny: Dataset = {
  format: 'yardstick-dataset',
  version: 1,
  name: 'tiny',
  asOf: '2026-01-01',
  companies: [
    { id: 'cn', name: 'CN lab', kind: 'company', hq: 'CN', sectors: ['ai'], endUses: [], provenance: src },
    { id: 'hk', name: 'HK uni', kind: 'university', hq: 'HK', sectors: ['ai'], endUses: [], provenance: src },
    {
      id: 'mover',
      name: 'Moves to SG',
      kind: 'company',
      hq: 'CN',
      relocations: [{ date: '2025-07-01', hq: 'SG' }],
      sectors: ['ai'],
      endUses: [],
      provenance: mod,
    },
    { id: 'us', name: 'US lab', kind: 'company', hq: 'US', sectors: ['ai'], endUses: [], provenance: src },
  ],
  models: [
    {
      id: 'a',
      companyId: 'cn',
      name: 'A',
      date: '2024-05-01',
      trainingComputeFlop: 2e25,
      primarilyBiological: false,
      openWeights: true,
      provenance: src,
    },
    {
      id: 'b',
      companyId: 'us',
      name: 'B',
      date: '2024-06-01',
      trainingComputeFlop: 5e26,
      primarilyBiological: false,
      openWeights: false,
      otherCompanyIds: ['hk'],
      provenance: src,
    },
    {
      id: 'c',
      companyId: 'us',
      name: 'C',
      date: '2024-06-01',
      trainingComputeFlop: 5e26,
      primarilyBiological: false,
      openWeights: false,
      provenance: src,
    },
    {
      id: 'd',
      companyId: 'cn',
      name: 'D',
      date: '2025-01-01',
      trainingComputeFlop: 1e24,
      primarilyBiological: false,
      openWeights: false,
      provenance: src,
    },
    {
      id: 'e',
      companyId: 'cn',
      name: 'E',
      date: '2025-01-01',
      trainingComputeFlop: null,
      primarilyBiological: false,
      openWeights: false,
      provenance: src,
    },
  ],
  chips: [],
  transactions: [
    {
      id: 't1',
      kind: 'investment',
      date: '2025-03-01',
      companyId: 'mover',
      instrument: 'equity',
      investors: [{ name: 'X', country: 'US' }],
      amountUsd: 1,
      provenance: mod,
    },
    {
      id: 't2',
      kind: 'investment',
      date: '2025-09-01',
      companyId: 'mover',
      instrument: 'equity',
      investors: [{ name: 'X', country: 'US' }],
      amountUsd: 1,
      provenance: mod,
    },
    {
      id: 't3',
      kind: 'investment',
      date: '2025-09-01',
      companyId: 'cn',
      instrument: 'equity',
      investors: [{ name: 'Y', country: 'CN' }],
      amountUsd: null,
      provenance: src,
    },
    {
      id: 't4',
      kind: 'model-access',
      date: '2025-09-01',
      companyId: null,
      teacher: { developer: 'Z', country: 'US', access: 'closed-api' },
      exchanges: null,
      provenance: src,
    },
  ],
};

describe('datasetStats', () => {
  it('returns exactly the documented shape', () => {
    expect(datasetStats(tiny)).toEqual({
      companies: {
        total: 4,
        byKind: { company: 3, university: 1, 'government-lab': 0, 'nonprofit-lab': 0 },
        byProvenance: { sourced: 3, modeled: 1 },
      },
      models: { total: 5, byProvenance: { sourced: 5, modeled: 0 } },
      transactions: {
        total: 4,
        byKind: {
          investment: { total: 3, sourced: 1, modeled: 2 },
          'chip-purchase': { total: 0, sourced: 0, modeled: 0 },
          'model-access': { total: 1, sourced: 1, modeled: 0 },
        },
      },
      // b counts (a Hong Kong co-developer); c does not; exactly 1e24 is not above 1e24.
      modelsAboveByYear: {
        '1e23': { '2024': 2, '2025': 1 },
        '1e24': { '2024': 2 },
        '1e25': { '2024': 2 },
        '1e26': { '2024': 1 },
      },
      // t2 is after the move to Singapore, so it is not into a Chinese company.
      investmentsByYear: { '2025': { total: 2, withUsInvestor: 1 } },
    });
  });

  it('summarises the default dataset', async () => {
    const s = datasetStats(await defaultDataset());
    expect(s.companies.byProvenance.sourced).toBe(121);
    expect(s.models).toEqual({ total: 342, byProvenance: { sourced: 342, modeled: 0 } });
    expect(s.transactions.byKind['model-access']?.sourced).toBe(11);
    expect(Object.keys(s.investmentsByYear)[0]).toBe('2015');
  });
});
