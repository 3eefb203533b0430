/**
 * Worked examples for the US outbound investment rule, from the rule text (31 CFR Part 850; domain-facts A).
 */
import { describe, expect, it } from 'vitest';
import { explainCompany, explainTransaction, simulate } from '../../../src/engine';
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

const outbound = (params: Record<string, unknown> = {}) => makePolicy('us-outbound', { params });

/** One company with one model, one deal: the outcome of that deal. */
function outcome(opts: {
  company?: Parameters<typeof makeCompany>[0];
  flop?: number | null;
  biological?: boolean;
  modelDate?: string;
  deal?: Partial<Parameters<typeof makeInvestment>[0]>;
  params?: Record<string, unknown>;
}): string | null {
  const company = makeCompany(opts.company ?? { id: 'target' });
  const models =
    opts.flop === undefined
      ? []
      : [
          makeModel({
            id: 'model',
            companyId: company.id,
            date: opts.modelDate ?? '2024-06-01',
            trainingComputeFlop: opts.flop,
            primarilyBiological: opts.biological ?? false,
          }),
        ];
  const transactions = [makeInvestment({ id: 'deal', companyId: company.id, ...opts.deal })];
  return outcomesOf(makeDataset({ companies: [company], models, transactions }), [outbound(opts.params)])
    .deal!['us-outbound']!;
}

describe('us-outbound: training compute lines (850.224(k), 850.217(d)(3): "greater than")', () => {
  it('does not prohibit a model trained with exactly 1e25 operations; it is notifiable', () => {
    expect(outcome({ flop: 1e25 })).toBe('notifiable');
  });
  it('prohibits a model just above 1e25', () => {
    expect(outcome({ flop: 1.0000001e25 })).toBe('prohibited');
  });
  it('makes 3.6e25 (GLM-4-Plus, Epoch estimate) prohibited', () => {
    expect(outcome({ flop: 3.6e25 })).toBe('prohibited');
  });
  it('leaves exactly 1e23 out and makes 2e23 notifiable', () => {
    expect(outcome({ flop: 1e23 })).toBeNull();
    expect(outcome({ flop: 2e23 })).toBe('notifiable');
  });
  it('prohibits a primarily biological model at 2e24 (line 1e24) but only notifies a general one', () => {
    expect(outcome({ flop: 2e24, biological: true })).toBe('prohibited');
    expect(outcome({ flop: 2e24, biological: false })).toBe('notifiable');
  });
  it('ignores a model released after the deal, unless the look-ahead reaches it', () => {
    expect(outcome({ flop: 3e25, modelDate: '2025-09-01', deal: { date: '2025-06-01' } })).toBeNull();
    expect(
      outcome({
        flop: 3e25,
        modelDate: '2025-09-01',
        deal: { date: '2025-06-01' },
        params: { lookaheadMonths: 3 },
      }),
    ).toBe('prohibited');
    expect(
      outcome({
        flop: 3e25,
        modelDate: '2025-09-02',
        deal: { date: '2025-06-01' },
        params: { lookaheadMonths: 3 },
      }),
    ).toBeNull();
  });
  it('moves the capture when the line moves: 1e24 prohibits a 3.4e24 model (DeepSeek-V3)', () => {
    expect(outcome({ flop: 3.4e24 })).toBe('notifiable');
    expect(outcome({ flop: 3.4e24, params: { prohibitedComputeFlop: 1e24 } })).toBe('prohibited');
  });
});

describe('us-outbound: effective date (applies to transactions completed on or after 2 Jan 2025)', () => {
  it('does not cover a deal completed the day before', () => {
    expect(outcome({ flop: 3e25, deal: { date: '2025-01-01' } })).toBeNull();
  });
  it('covers a deal completed on the effective date', () => {
    expect(outcome({ flop: 3e25, deal: { date: '2025-01-02' } })).toBe('prohibited');
  });
  it('stops covering after an effective-to date', () => {
    const company = makeCompany({ id: 'target' });
    const data = makeDataset({
      companies: [company],
      models: [makeModel({ id: 'm', companyId: 'target', trainingComputeFlop: 3e25 })],
      transactions: [makeInvestment({ id: 'late', companyId: 'target', date: '2027-01-01' })],
    });
    expect(
      outcomesOf(data, [makePolicy('us-outbound', { effectiveTo: '2026-12-31' })]).late!['us-outbound'],
    ).toBeNull();
  });
});

describe('us-outbound: covered foreign person (850.221, EO 14105 Annex)', () => {
  it('covers Hong Kong and Macau targets', () => {
    expect(outcome({ company: { id: 'target', hq: 'HK' }, flop: 3e25 })).toBe('prohibited');
    expect(outcome({ company: { id: 'target', hq: 'MO' }, flop: 3e25 })).toBe('prohibited');
  });
  it('covers a Singapore company 60 % PRC-owned but not one 40 % PRC-owned', () => {
    expect(
      outcome({ company: { id: 'target', hq: 'SG', ownership: { CN: 0.6, SG: 0.4 } }, flop: 3e25 }),
    ).toBe('prohibited');
    expect(
      outcome({ company: { id: 'target', hq: 'SG', ownership: { CN: 0.4, SG: 0.6 } }, flop: 3e25 }),
    ).toBeNull();
  });
  it('covers the 40 % company when the ownership threshold drops to 25 % (COINS-style)', () => {
    expect(
      outcome({
        company: { id: 'target', hq: 'SG', ownership: { CN: 0.4, SG: 0.6 } },
        flop: 3e25,
        params: { ownershipThreshold: 0.25 },
      }),
    ).toBe('prohibited');
  });
  it('follows relocations: a company that moved to Singapore is not covered after the move', () => {
    const company = { id: 'target', hq: 'CN', relocations: [{ date: '2025-07-01', hq: 'SG' }] };
    expect(outcome({ company, flop: 3e25, deal: { date: '2025-04-25' } })).toBe('prohibited');
    expect(outcome({ company, flop: 3e25, deal: { date: '2025-12-29' } })).toBeNull();
  });
  it('does not cover a US company', () => {
    expect(outcome({ company: { id: 'target', hq: 'US' }, flop: 3e25 })).toBeNull();
  });
});

describe('us-outbound: investors (850.229: a U.S. person)', () => {
  it('does not cover a Chinese-only round', () => {
    expect(
      outcome({
        flop: 3e25,
        deal: {
          investors: [
            { name: 'Tencent', country: 'CN' },
            { name: 'HongShan', country: 'CN' },
          ],
        },
      }),
    ).toBeNull();
  });
  it('covers a round with one US investor among Chinese ones', () => {
    expect(
      outcome({
        flop: 3e25,
        deal: {
          investors: [
            { name: 'Tencent', country: 'CN' },
            { name: 'Benchmark', country: 'US' },
          ],
        },
      }),
    ).toBe('prohibited');
  });
  it('covers allied investors in a mirror rule', () => {
    const deal = { investors: [{ name: 'Allied Fund', country: 'JP' }] };
    expect(outcome({ flop: 3e25, deal })).toBeNull();
    expect(outcome({ flop: 3e25, deal, params: { investorCountries: ['JP', 'GB'] } })).toBe('prohibited');
  });
});

describe('us-outbound: end uses (850.224(j) exclusive → prohibited; 850.217(d) designed for → notifiable)', () => {
  it('prohibits AI designed exclusively for military use', () => {
    expect(outcome({ company: { id: 'target', endUses: [{ use: 'military', exclusive: true }] } })).toBe(
      'prohibited',
    );
  });
  it('notifies AI with a non-exclusive military use', () => {
    expect(
      outcome({
        company: {
          id: 'target',
          endUses: [
            { use: 'military', exclusive: false },
            { use: 'general', exclusive: false },
          ],
        },
      }),
    ).toBe('notifiable');
  });
  it('notifies AI intended for robotics control, and leaves general-purpose small AI out', () => {
    expect(outcome({ company: { id: 'target', endUses: [{ use: 'robotics', exclusive: false }] } })).toBe(
      'notifiable',
    );
    expect(outcome({ company: { id: 'target' }, flop: 1e22 })).toBeNull();
  });
});

describe('us-outbound: listed persons (prong recalled, an assumption off by default)', () => {
  const company = { id: 'target', listings: [{ list: 'entity-list' as const, from: '2025-01-15' }] };
  const on = { listedPersonsProhibited: true };
  it('is off by default: a listed developer above 1e23 is only notifiable', () => {
    expect(outcome({ company, flop: 4e24, deal: { date: '2025-03-01' } })).toBe('notifiable');
  });
  it('when on, prohibits deals with a listed developer engaged in a covered activity from the listing date', () => {
    expect(outcome({ company, flop: 4e24, deal: { date: '2025-03-01' }, params: on })).toBe('prohibited');
    expect(outcome({ company, flop: 4e24, deal: { date: '2025-01-14' }, params: on })).toBe('notifiable');
    expect(outcome({ company, flop: 4e24, deal: { date: '2025-01-15' }, params: on })).toBe('prohibited');
  });
  it('needs a covered activity: a listed university with an "ai" tag and no model above 1e23 is not covered', () => {
    // Harbin Institute of Technology and Beihang: Entity-Listed, general uses, no model above the notifiable line.
    const university = { ...company, kind: 'university' as const };
    expect(outcome({ company: university, flop: 5e22, deal: { date: '2025-03-01' }, params: on })).toBeNull();
    expect(outcome({ company: university, deal: { date: '2025-03-01' }, params: on })).toBeNull();
  });
  it('reaches a listed chip designer with a notifiable semiconductor activity', () => {
    const designer = {
      ...company,
      sectors: ['semiconductors' as const],
      semiconductorActivities: ['design' as const],
    };
    expect(outcome({ company: designer, deal: { date: '2025-03-01' }, params: on })).toBe('prohibited');
    expect(outcome({ company: designer, deal: { date: '2025-03-01' } })).toBe('notifiable');
  });
});

describe('us-outbound: semiconductors and quantum (850.224, 850.217(a)–(c))', () => {
  it('prohibits advanced fabrication and notifies other design', () => {
    expect(
      outcome({
        company: {
          id: 'target',
          sectors: ['semiconductors'],
          endUses: [],
          semiconductorActivities: ['advanced-fab'],
        },
      }),
    ).toBe('prohibited');
    expect(
      outcome({
        company: {
          id: 'target',
          sectors: ['semiconductors'],
          endUses: [],
          semiconductorActivities: ['design'],
        },
      }),
    ).toBe('notifiable');
  });
  it('prohibits every quantum activity, and nothing when quantum is switched off', () => {
    const company = {
      id: 'target',
      sectors: ['quantum' as const],
      endUses: [],
      quantumActivities: ['computer' as const],
    };
    expect(outcome({ company })).toBe('prohibited');
    expect(outcome({ company, params: { coverQuantum: false } })).toBeNull();
  });
});

describe('us-outbound: exceptions (850.501) → excepted, shown but not captured', () => {
  it('excepts publicly traded securities by default and covers them when the exception is removed', () => {
    expect(outcome({ flop: 3e25, deal: { instrument: 'public-securities' } })).toBe('excepted');
    expect(
      outcome({
        flop: 3e25,
        deal: { instrument: 'public-securities' },
        params: { exceptPublicSecurities: false },
      }),
    ).toBe('prohibited');
  });
  it('excepts an LP commitment of USD 1.5 m but not one of USD 3 m (de minimis USD 2 m)', () => {
    expect(outcome({ flop: 3e25, deal: { instrument: 'lp-fund', lpCommitmentUsd: 1.5e6 } })).toBe('excepted');
    expect(outcome({ flop: 3e25, deal: { instrument: 'lp-fund', lpCommitmentUsd: 3e6 } })).toBe('prohibited');
    expect(outcome({ flop: 3e25, deal: { instrument: 'lp-fund', lpCommitmentUsd: 2e6 } })).toBe('excepted');
  });
  it('excepts a commitment binding before 2 Jan 2025 even when completed after', () => {
    expect(outcome({ flop: 3e25, deal: { date: '2025-03-01', bindingCommitmentDate: '2024-12-01' } })).toBe(
      'excepted',
    );
    expect(outcome({ flop: 3e25, deal: { date: '2025-03-01', bindingCommitmentDate: '2025-01-02' } })).toBe(
      'prohibited',
    );
  });
  it('excepts only commitments made before 2 Jan 2025, not any made before a later effective date', () => {
    const later = (bindingCommitmentDate: string) =>
      outcomesOf(
        makeDataset({
          companies: [makeCompany({ id: 'target' })],
          models: [makeModel({ id: 'm', companyId: 'target', trainingComputeFlop: 3e25 })],
          transactions: [
            makeInvestment({ id: 'deal', companyId: 'target', date: '2027-06-01', bindingCommitmentDate }),
          ],
        }),
        [makePolicy('us-outbound', { effectiveFrom: '2027-01-01' })],
      ).deal!['us-outbound'];
    expect(later('2024-12-31')).toBe('excepted');
    expect(later('2025-01-01')).toBe('excepted');
    expect(later('2025-01-02')).toBe('prohibited');
    expect(later('2026-06-01')).toBe('prohibited');
    expect(
      outcome({
        flop: 3e25,
        deal: { date: '2025-03-01', bindingCommitmentDate: '2024-12-01' },
        params: { exceptBindingCommitments: false },
      }),
    ).toBe('prohibited');
  });
  it('leaves plain debt outside the rule (not a covered transaction, so not "excepted" either)', () => {
    expect(outcome({ flop: 3e25, deal: { instrument: 'debt' } })).toBeNull();
    expect(outcome({ flop: 3e25, deal: { instrument: 'convertible-debt' } })).toBe('prohibited');
  });
  it('does not count excepted deals as captured', () => {
    const company = makeCompany({ id: 'target' });
    const data = makeDataset({
      companies: [company],
      models: [makeModel({ id: 'm', companyId: 'target', trainingComputeFlop: 3e25 })],
      transactions: [makeInvestment({ id: 'ipo', companyId: 'target', instrument: 'public-securities' })],
    });
    const result = simulate(indexOf(data), makeSpec([outbound()]));
    const m = result.measures[0]!;
    expect(m.series.deals.reduce((a, b) => a + b, 0)).toBe(0);
    expect(m.series.byOutcome.excepted.reduce((a, b) => a + b, 0)).toBe(1);
    expect(m.series.companiesCumulative.at(-1)).toBe(0);
  });
});

describe('us-outbound: companies in scope and explanations', () => {
  const data = makeDataset({
    companies: [makeCompany({ id: 'zhipu', name: 'Zhipu AI' }), makeCompany({ id: 'tiny' })],
    models: [
      makeModel({
        id: 'glm-4-plus',
        name: 'GLM-4-Plus',
        companyId: 'zhipu',
        date: '2024-08-29',
        trainingComputeFlop: 3.6e25,
        provenance: { kind: 'sourced', sources: ['Epoch AI'], confidence: 'speculative' },
      }),
    ],
    transactions: [makeInvestment({ id: 'round', companyId: 'zhipu', date: '2025-03-01' })],
  });
  it('counts a company in scope from the quarter the rule takes effect, with or without a deal', () => {
    const result = simulate(indexOf(data), makeSpec([outbound()]));
    const q = result.quarters.indexOf('2025Q1');
    expect(result.measures[0]!.series.companiesInScope[q - 1]).toBe(0);
    expect(result.measures[0]!.series.companiesInScope[q]).toBe(1);
  });
  it('explains the deciding fact: model, value, line, margin and source', () => {
    const explanation = explainTransaction(indexOf(data), makeSpec([outbound()]), 'round')!;
    expect(explanation.outcome).toBe('prohibited');
    const compute = explanation.measures[0]!.findings.find((f) => f.param === 'prohibitedComputeFlop')!;
    expect(compute).toMatchObject({
      met: true,
      value: 3.6e25,
      threshold: 1e25,
      unit: 'FLOP',
      subject: { name: 'GLM-4-Plus' },
    });
    expect(compute.margin).toBeCloseTo(3.6);
    expect(compute.source?.confidence).toBe('speculative');
    // A figure from the source's compute column is not flagged as imputed.
    expect(compute.imputed).toBeUndefined();
  });
  it('flags a deciding figure that is an imputed estimate (Epoch gives GLM-4-Plus’s only in its notes)', () => {
    const imputed = makeDataset({
      ...data,
      models: data.models.map((m) => ({ ...m, trainingComputeImputed: true })),
    });
    const explanation = explainTransaction(indexOf(imputed), makeSpec([outbound()]), 'round')!;
    expect(explanation.outcome).toBe('prohibited');
    const compute = explanation.measures[0]!.findings.find((f) => f.param === 'prohibitedComputeFlop')!;
    expect(compute).toMatchObject({ met: true, value: 3.6e25, imputed: true });
  });
  it('finds the smallest one-parameter change that releases a company, verified', () => {
    const explanation = explainCompany(
      indexOf(data),
      makeSpec([outbound({ notifiableComputeFlop: 1e26 })]),
      'zhipu',
    )!;
    const m = explanation.measures[0]!;
    expect(m.firstCaptured).toBe('2025Q1');
    expect(m.releases.map((r) => r.param)).toContain('prohibitedComputeFlop');
    expect(m.releases.find((r) => r.param === 'prohibitedComputeFlop')!.to).toBe(3.6e25);
    expect(m.releases.map((r) => r.param)).toContain('effectiveFrom');
  });
  it('does not offer a compute change when the notifiable line still captures', () => {
    const explanation = explainCompany(indexOf(data), makeSpec([outbound()]), 'zhipu')!;
    expect(explanation.measures[0]!.releases.map((r) => r.param)).not.toContain('prohibitedComputeFlop');
  });
});
