/**
 * Worked examples for the US crackdown on distillation (NSTM-4, 23 Apr 2026; H.R. 8283; domain-facts C1–C2).
 */
import { describe, expect, it } from 'vitest';
import {
  makeAccess,
  makeChipPurchase,
  makeCompany,
  makeDataset,
  makePolicy,
  outcomesOf,
} from '../../fixtures/builders';

const crackdown = (params: Record<string, unknown> = {}) => makePolicy('distillation', { params });

function outcome(
  flow: Partial<Parameters<typeof makeAccess>[0]> = {},
  params: Record<string, unknown> = {},
  hq = 'CN',
): string | null {
  const data = makeDataset({
    companies: [makeCompany({ id: 'lab', hq })],
    transactions: [makeAccess({ id: 'flow', companyId: 'lab', ...flow })],
  });
  return outcomesOf(data, [crackdown(params)]).flow!.distillation!;
}

describe('distillation: what is covered', () => {
  it('blocks a detected closed-API flow of 13 million exchanges (MiniMax, per Anthropic)', () => {
    expect(outcome({ exchanges: 13e6 }, { detectionRate: 1 })).toBe('blocked');
  });
  it('does not cover distillation through open weights by default (licensed use)', () => {
    expect(
      outcome(
        { teacher: { developer: 'Meta', country: 'US', access: 'open-weights' } },
        { detectionRate: 1 },
      ),
    ).toBeNull();
    expect(
      outcome(
        { teacher: { developer: 'Meta', country: 'US', access: 'open-weights' } },
        { detectionRate: 1, coveredAccess: ['closed-api', 'open-weights'] },
      ),
    ).toBe('blocked');
  });
  it('leaves flows below industrial scale alone (100,000 exchanges by default)', () => {
    expect(outcome({ exchanges: 99_999 }, { detectionRate: 1 })).toBeNull();
    expect(outcome({ exchanges: 100_000 }, { detectionRate: 1 })).toBe('blocked');
    expect(outcome({ exchanges: null }, { detectionRate: 1 })).toBeNull();
  });
  it('covers only the target countries and teacher countries', () => {
    expect(outcome({}, { detectionRate: 1 }, 'SG')).toBeNull();
    expect(
      outcome(
        { teacher: { developer: 'Mistral', country: 'FR', access: 'closed-api' } },
        { detectionRate: 1 },
      ),
    ).toBeNull();
  });
  it('covers nothing before the memo (23 Apr 2026): the day before, not covered; the day of, blocked', () => {
    expect(outcome({ date: '2026-02-23' }, { detectionRate: 1 })).toBeNull();
    expect(outcome({ date: '2026-04-22' }, { detectionRate: 1 })).toBeNull();
    expect(outcome({ date: '2026-04-23' }, { detectionRate: 1 })).toBe('blocked');
  });
});

describe('distillation: detection rate', () => {
  it('blocks nothing at rate 0 and every covered flow at rate 1', () => {
    const transactions = Array.from({ length: 40 }, (_, i) =>
      makeAccess({ id: `flow-${i}`, companyId: 'lab' }),
    );
    const data = makeDataset({ companies: [makeCompany({ id: 'lab' })], transactions });
    const count = (rate: number) =>
      Object.values(outcomesOf(data, [crackdown({ detectionRate: rate })])).filter(
        (r) => r.distillation === 'blocked',
      ).length;
    expect(count(0)).toBe(0);
    expect(count(1)).toBe(40);
    const half = count(0.5);
    expect(half).toBeGreaterThan(10);
    expect(half).toBeLessThan(30);
  });
});

describe('distillation composes with export controls (listOnDetection)', () => {
  it('treats a lab with a detected flow as Entity-Listed from that day, so it cannot buy US chips', () => {
    const data = makeDataset({
      companies: [makeCompany({ id: 'lab' })],
      transactions: [
        makeAccess({ id: 'flow', companyId: 'lab', date: '2026-05-01' }),
        makeChipPurchase({ id: 'before', companyId: 'lab', chipId: 'rtx-4090d', date: '2026-04-30' }),
        makeChipPurchase({ id: 'after', companyId: 'lab', chipId: 'rtx-4090d', date: '2026-06-01' }),
      ],
    });
    const policies = (list: boolean) => [
      crackdown({ detectionRate: 1, listOnDetection: list }),
      makePolicy('export-controls'),
    ];
    const listed = outcomesOf(data, policies(true));
    expect(listed.after!['export-controls']).toBe('denied');
    expect(listed.before!['export-controls']).toBeNull();
    expect(outcomesOf(data, policies(false)).after!['export-controls']).toBeNull();
    // Order of measures does not matter: listings are derived before any measure evaluates.
    expect(outcomesOf(data, [...policies(true)].reverse()).after!['export-controls']).toBe('denied');
  });
});
