/**
 * datasetStats: the exact shape the runner prints, on a small hand-made dataset and on the default one, with
 * imputed compute estimates counted (the default) and left out.
 */
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
    {
      id: 'f',
      companyId: 'hk',
      name: 'F (imputed)',
      date: '2024-02-01',
      trainingComputeFlop: 3.6e25,
      trainingComputeImputed: true,
      primarilyBiological: false,
      openWeights: false,
      provenance: { ...src, confidence: 'speculative' },
    },
    {
      id: 'g',
      companyId: 'hk',
      name: 'G',
      date: '2024-03-01',
      trainingComputeFlop: 2e23,
      primarilyBiological: false,
      openWeights: false,
      provenance: { ...src, confidence: 'likely' },
    },
  ],
  chips: [
    {
      id: 'h800',
      name: 'H800',
      vendor: 'NVIDIA',
      origin: 'US',
      tpp: 15832,
      performanceDensity: 19.4,
      interconnectGBs: 400,
      dataCenter: true,
    },
  ],
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
    {
      id: 't5',
      kind: 'hardware-in-use',
      date: '2024-05-01',
      companyId: 'cn',
      chipId: 'h800',
      units: 2048,
      supplierCountry: 'US',
      modelIds: ['a'],
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
      models: { total: 7, byProvenance: { sourced: 7, modeled: 0 } },
      transactions: {
        total: 5,
        byKind: {
          investment: { total: 3, sourced: 1, modeled: 2 },
          'chip-purchase': { total: 0, sourced: 0, modeled: 0 },
          'model-access': { total: 1, sourced: 1, modeled: 0 },
          'hardware-in-use': { total: 1, sourced: 1, modeled: 0 },
        },
      },
      // b counts (a Hong Kong co-developer); c does not; exactly 1e24 is not above 1e24; f is imputed, counted.
      modelsAboveByYear: {
        '1e23': { '2024': 4, '2025': 1 },
        '1e24': { '2024': 3 },
        '1e25': { '2024': 3 },
        '1e26': { '2024': 1 },
      },
      // Each developer at its first model above the line, by date: hk's imputed f (Feb 2024) before cn's a.
      // The US lab's models do not make it a Chinese developer; b's co-developer hk is not its developer.
      developersAbove: {
        '1e23': [
          {
            id: 'hk',
            firstDay: '2024-02-01',
            model: 'f',
            computeFlop: 3.6e25,
            confidence: 'speculative',
            imputed: true,
          },
          {
            id: 'cn',
            firstDay: '2024-05-01',
            model: 'a',
            computeFlop: 2e25,
            confidence: null,
            imputed: false,
          },
        ],
        '1e24': [
          {
            id: 'hk',
            firstDay: '2024-02-01',
            model: 'f',
            computeFlop: 3.6e25,
            confidence: 'speculative',
            imputed: true,
          },
          {
            id: 'cn',
            firstDay: '2024-05-01',
            model: 'a',
            computeFlop: 2e25,
            confidence: null,
            imputed: false,
          },
        ],
        '1e25': [
          {
            id: 'hk',
            firstDay: '2024-02-01',
            model: 'f',
            computeFlop: 3.6e25,
            confidence: 'speculative',
            imputed: true,
          },
          {
            id: 'cn',
            firstDay: '2024-05-01',
            model: 'a',
            computeFlop: 2e25,
            confidence: null,
            imputed: false,
          },
        ],
      },
      // t2 is after the move to Singapore, so it is not into a Chinese company.
      investmentsByYear: { '2025': { total: 2, withUsInvestor: 1 } },
    });
  });

  it('treats imputed estimates as unknown when asked: the model counts and first crossings move', () => {
    const s = datasetStats(tiny, { countImputed: false });
    expect(s.modelsAboveByYear).toEqual({
      '1e23': { '2024': 3, '2025': 1 },
      '1e24': { '2024': 2 },
      '1e25': { '2024': 2 },
      '1e26': { '2024': 1 },
    });
    // Without f, hk first crosses 1e23 with g (Mar 2024) and never 1e24.
    expect(s.developersAbove['1e23'].map((d) => [d.id, d.model, d.imputed])).toEqual([
      ['hk', 'g', false],
      ['cn', 'a', false],
    ]);
    expect(s.developersAbove['1e24'].map((d) => d.id)).toEqual(['cn']);
    expect(s.developersAbove['1e25'].map((d) => d.id)).toEqual(['cn']);
    // The input is not changed.
    expect(tiny.models.find((m) => m.id === 'f')?.trainingComputeFlop).toBe(3.6e25);
  });

  it('lists Zhipu above 1e25 on the default dataset (imputed, Epoch "likely"), and not without imputed estimates', async () => {
    const d = await defaultDataset();
    const above = datasetStats(d).developersAbove['1e25'];
    expect(above.map((x) => x.id)).toEqual(['zhipu-ai', 'bytedance', 'huawei', 'alibaba', 'moonshot-ai']);
    expect(above[0]).toEqual({
      id: 'zhipu-ai',
      firstDay: '2024-01-17',
      model: 'glm-4-0116',
      computeFlop: 1.2e25,
      confidence: 'likely',
      imputed: true,
    });
    const without = datasetStats(d, { countImputed: false }).developersAbove['1e25'];
    expect(without.map((x) => x.id)).toEqual(['bytedance', 'huawei', 'alibaba', 'moonshot-ai']);
    expect(without.every((x) => !x.imputed)).toBe(true);
  });

  it('summarises the default dataset', async () => {
    const s = datasetStats(await defaultDataset());
    expect(s.companies.byProvenance.sourced).toBe(121);
    expect(s.models).toEqual({ total: 342, byProvenance: { sourced: 342, modeled: 0 } });
    expect(s.transactions.byKind['model-access']?.sourced).toBe(11);
    expect(Object.keys(s.investmentsByYear)[0]).toBe('2015');
  });
});
