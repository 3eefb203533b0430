/**
 * Worked examples for China's reported approval requirement for US capital (Bloomberg, 24 Apr 2026;
 * domain-facts C3). No thresholds were published: the tests pin the modeled semantics of DESIGN §3.4.
 */
import { describe, expect, it } from 'vitest';
import {
  makeCompany,
  makeDataset,
  makeInvestment,
  makeModel,
  makePolicy,
  outcomesOf,
} from '../../fixtures/builders';

const approval = (params: Record<string, unknown> = {}) => makePolicy('cn-approval', { params });

function outcome(
  company: Parameters<typeof makeCompany>[0],
  deal: Partial<Parameters<typeof makeInvestment>[0]> = {},
  params: Record<string, unknown> = {},
  models: Parameters<typeof makeModel>[0][] = [],
): string | null {
  const data = makeDataset({
    companies: [makeCompany(company)],
    models: models.map(makeModel),
    transactions: [makeInvestment({ id: 'deal', companyId: company.id, date: '2026-06-01', ...deal })],
  });
  return outcomesOf(data, [approval(params)]).deal!['cn-approval']!;
}

describe('cn-approval: scope', () => {
  it('requires approval for US money into a leading firm and denies all at approval rate 0', () => {
    expect(outcome({ id: 'moonshot', leading: true }, {}, { approvalRate: 1 })).toBe('approval-required');
    expect(outcome({ id: 'moonshot', leading: true }, {}, { approvalRate: 0 })).toBe('denied');
  });
  it('covers secondary share sales to US investors', () => {
    expect(
      outcome({ id: 'bytedance', leading: true }, { instrument: 'secondary' }, { approvalRate: 1 }),
    ).toBe('approval-required');
  });
  it('brings in a firm valued at USD 1 bn but not one at USD 0.9 bn', () => {
    expect(
      outcome({ id: 'x', valuations: [{ date: '2026-01-01', usd: 1e9 }] }, {}, { approvalRate: 1 }),
    ).toBe('approval-required');
    expect(
      outcome({ id: 'x', valuations: [{ date: '2026-01-01', usd: 0.9e9 }] }, {}, { approvalRate: 1 }),
    ).toBeNull();
  });
  it('uses the valuation known on the deal date', () => {
    expect(
      outcome({ id: 'x', valuations: [{ date: '2026-07-01', usd: 5e9 }] }, {}, { approvalRate: 1 }),
    ).toBeNull();
  });
  it('brings in a firm with a model above 1e24, and drops it when the compute test is off', () => {
    const models = [{ id: 'm', companyId: 'x', date: '2025-06-01', trainingComputeFlop: 3e24 }];
    expect(outcome({ id: 'x' }, {}, { approvalRate: 1 }, models)).toBe('approval-required');
    expect(outcome({ id: 'x' }, {}, { approvalRate: 1, scopeCompute: false }, models)).toBeNull();
  });
  it('ignores Chinese-only rounds, firms outside China and deals before the report', () => {
    expect(
      outcome({ id: 'x', leading: true }, { investors: [{ name: 'Tencent', country: 'CN' }] }),
    ).toBeNull();
    expect(outcome({ id: 'x', leading: true, hq: 'SG' })).toBeNull();
    expect(outcome({ id: 'x', leading: true }, { date: '2026-04-23' })).toBeNull();
  });
});

describe('cn-approval: approval rate', () => {
  it('approves a share close to the rate, decided by a stable seeded hash', () => {
    const transactions = Array.from({ length: 200 }, (_, i) =>
      makeInvestment({ id: `deal-${i}`, companyId: 'x', date: '2026-06-01' }),
    );
    const data = makeDataset({ companies: [makeCompany({ id: 'x', leading: true })], transactions });
    const rows = Object.values(outcomesOf(data, [approval({ approvalRate: 0.3 })]));
    const approved = rows.filter((r) => r['cn-approval'] === 'approval-required').length;
    expect(rows.every((r) => r['cn-approval'] !== null)).toBe(true);
    expect(approved).toBeGreaterThan(40);
    expect(approved).toBeLessThan(80);
    expect(Object.values(outcomesOf(data, [approval({ approvalRate: 0.3 })]))).toEqual(rows);
  });
});

describe('cn-approval: the report of 24 Apr 2026, day before and day of', () => {
  it('covers a deal dated 24 Apr 2026 but not one dated 23 Apr 2026', () => {
    const leading = { id: 'moonshot', leading: true };
    expect(outcome(leading, { date: '2026-04-23' }, { approvalRate: 1 })).toBeNull();
    expect(outcome(leading, { date: '2026-04-24' }, { approvalRate: 1 })).toBe('approval-required');
  });
});

describe('cn-approval: mainland firms and the instruments the report names', () => {
  const on = { approvalRate: 1 };
  it('covers mainland firms by default, and Hong Kong or Macau only when added', () => {
    expect(outcome({ id: 'x', hq: 'HK', leading: true }, {}, on)).toBeNull();
    expect(outcome({ id: 'x', hq: 'MO', leading: true }, {}, on)).toBeNull();
    expect(
      outcome({ id: 'x', hq: 'HK', leading: true }, {}, { ...on, targetCountries: ['CN', 'HK', 'MO'] }),
    ).toBe('approval-required');
  });
  it('covers new rounds and secondary sales, not plain debt or listed shares, unless added', () => {
    const leading = { id: 'x', leading: true };
    const named = { ...on, coveredInstruments: ['equity', 'secondary'] };
    expect(outcome(leading, { instrument: 'debt' }, on)).toBe('approval-required');
    expect(outcome(leading, { instrument: 'equity' }, named)).toBe('approval-required');
    expect(outcome(leading, { instrument: 'secondary' }, named)).toBe('approval-required');
    expect(outcome(leading, { instrument: 'debt' }, named)).toBeNull();
    expect(outcome(leading, { instrument: 'public-securities' }, named)).toBeNull();
    expect(outcome(leading, { instrument: 'acquisition' }, named)).toBeNull();
  });
  it('by default (every instrument, as before the setting existed) covers any instrument', () => {
    const leading = { id: 'x', leading: true };
    expect(outcome(leading, { instrument: 'equity' }, on)).toBe('approval-required');
    expect(outcome(leading, { instrument: 'acquisition' }, on)).toBe('approval-required');
    expect(
      outcome(
        leading,
        { instrument: 'acquisition' },
        { ...on, coveredInstruments: ['equity', 'acquisition'] },
      ),
    ).toBe('approval-required');
    expect(
      outcome(leading, { instrument: 'secondary' }, { ...on, coveredInstruments: ['equity'] }),
    ).toBeNull();
  });
  it('scopeLeading and scopeValuation each work both ways', () => {
    expect(outcome({ id: 'x', leading: true }, {}, { ...on, scopeLeading: false })).toBeNull();
    const valued = { id: 'x', valuations: [{ date: '2026-01-01', usd: 5e9 }] };
    expect(outcome(valued, {}, on)).toBe('approval-required');
    expect(outcome(valued, {}, { ...on, scopeValuation: false })).toBeNull();
  });
});
