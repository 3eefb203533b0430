/**
 * The data pipeline (src/data/pipeline.ts): the assumption "Count imputed compute estimates" both ways. On, an
 * estimate a source gives only in its notes counts like any other; off, it is unknown everywhere — in the index
 * the measures read, and in the projection, which grows developers from their known compute.
 */
import { describe, expect, it } from 'vitest';
import { prepareIndex, withoutImputedCompute } from '../../src/data/pipeline';
import { projectDataset } from '../../src/data/projection';
import { OUTCOME_OF_CODE, simulate } from '../../src/engine';
import { DEFAULT_ASSUMPTIONS } from '../../src/scenario/schema';
import {
  makeCompany,
  makeDataset,
  makeInvestment,
  makeModel,
  makePolicy,
  makeSpec,
} from '../fixtures/builders';

// Zhipu-like: GLM-4-Plus at 3.6e25 FLOP only in Epoch's notes (imputed), GLM-4.5 at 4.4e24 in the column.
const data = makeDataset({
  asOf: '2026-08-19',
  companies: [makeCompany({ id: 'zhipu' })],
  models: [
    makeModel({
      id: 'glm-4-plus',
      companyId: 'zhipu',
      date: '2024-08-29',
      trainingComputeFlop: 3.6e25,
      trainingComputeImputed: true,
    }),
    makeModel({ id: 'glm-4-5', companyId: 'zhipu', date: '2025-08-05', trainingComputeFlop: 4.42e24 }),
  ],
  transactions: [makeInvestment({ id: 'round', companyId: 'zhipu', date: '2025-03-01' })],
});

const options = (countImputedCompute: boolean) => ({
  assumptions: { ...DEFAULT_ASSUMPTIONS, projection: false, countImputedCompute },
  horizonTo: '2030Q4' as const,
  sourcedOnly: false,
});

function outcomeOfRound(countImputedCompute: boolean): string | null {
  const index = prepareIndex(data, options(countImputedCompute));
  const result = simulate(index, makeSpec([makePolicy('us-outbound')]));
  return OUTCOME_OF_CODE[result.detail.combined[index.tx.byId.get('round')!]!] ?? null;
}

describe('withoutImputedCompute', () => {
  it('makes imputed figures unknown and leaves every other record and the input as they were', () => {
    const out = withoutImputedCompute(data);
    expect(out.models.map((m) => m.trainingComputeFlop)).toEqual([null, 4.42e24]);
    expect(out.models[1]).toBe(data.models[1]);
    expect(out.transactions).toBe(data.transactions);
    expect(data.models[0]!.trainingComputeFlop).toBe(3.6e25);
  });
  it('returns the dataset itself when it holds no imputed figure', () => {
    const plain = withoutImputedCompute(data);
    expect(withoutImputedCompute(plain)).toBe(plain);
  });
});

describe('prepareIndex and the assumption countImputedCompute', () => {
  it('on (the default): the imputed 3.6e25 is above 1e25, so a US deal in March 2025 is prohibited', () => {
    expect(DEFAULT_ASSUMPTIONS.countImputedCompute).toBe(true);
    expect(prepareIndex(data, options(true)).models.computeFlop[0]).toBe(3.6e25);
    expect(outcomeOfRound(true)).toBe('prohibited');
  });
  it('off: the figure is unknown; with no other model above 1e23 by then, the deal is not covered', () => {
    expect(prepareIndex(data, options(false)).models.computeFlop[0]).toBeNaN();
    expect(outcomeOfRound(false)).toBeNull();
  });
  it('off: the projection grows the developer from its known compute only', () => {
    const project = (countImputedCompute: boolean) => {
      const index = prepareIndex(
        data,
        {
          ...options(countImputedCompute),
          assumptions: { ...options(countImputedCompute).assumptions, projection: true },
        },
        projectDataset,
      );
      return index.dataset.models.filter((m) => m.provenance.kind === 'modeled');
    };
    const on = project(true);
    const off = project(false);
    expect(on.length).toBeGreaterThan(0);
    expect(off.length).toBeGreaterThan(0);
    // The projection's first model grows from the developer's largest of the last year (GLM-4.5 either way here),
    // but with the imputed figure counted the pace is set by two models, not one.
    expect(off.every((m) => m.trainingComputeImputed !== true)).toBe(true);
    expect(JSON.stringify(on)).not.toBe(JSON.stringify(off));
  });
});
