/**
 * Worked examples for the clauses of 31 CFR Part 850 beyond the compute lines, each both ways: surveillance tag,
 * knowledge (850.216), parent test (850.209(a)(2)), joint ventures ((a)(3)), controlled foreign entities and
 * knowingly directed deals (850.302–850.303), conversions (850.210), the LP assurance limb and the
 * national-interest exemption (850.501–850.502), the semiconductor and AI cover toggles, and the COINS Act's
 * direction-or-control and hypersonics tests (domain-facts A2–A7).
 */
import { describe, expect, it } from 'vitest';
import { type Company, explainTransaction, type Investment, type Model } from '../../../src/engine';
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

/** The outcome of each deal under the rule with `params`. */
function run(
  parts: { companies: Company[]; models?: Model[]; transactions: Investment[] },
  params: Record<string, unknown> = {},
): Record<string, string | null> {
  const outcomes = outcomesOf(makeDataset(parts), [outbound(params)]);
  return Object.fromEntries(Object.entries(outcomes).map(([id, row]) => [id, row['us-outbound']!]));
}

const bigModel = (companyId: string) =>
  makeModel({ id: `${companyId}-m`, companyId, trainingComputeFlop: 3e25 });

describe('us-outbound: the surveillance tag is a lower-confidence signal (countSurveillanceTag)', () => {
  const tagged = makeCompany({ id: 'cam', endUses: [{ use: 'surveillance', exclusive: false }] });
  const deal = makeInvestment({ id: 'd', companyId: 'cam' });
  it('counts the tag as a notifiable end use by default, with its own finding', () => {
    expect(run({ companies: [tagged], transactions: [deal] }).d).toBe('notifiable');
    const findings = explainTransaction(
      indexOf(makeDataset({ companies: [tagged], transactions: [deal] })),
      makeSpec([outbound()]),
      'd',
    )!.measures[0]!.findings;
    const tag = findings.find((f) => f.param === 'countSurveillanceTag')!;
    expect(tag).toMatchObject({ met: true, outcome: 'notifiable' });
    expect(tag.clause).toMatch(/lower confidence/);
    expect(findings.find((f) => f.clause === '31 CFR 850.217(d)')!.met).toBe(false);
  });
  it('does not count it when switched off', () => {
    expect(run({ companies: [tagged], transactions: [deal] }, { countSurveillanceTag: false }).d).toBeNull();
  });
  it('an exclusive surveillance tag prohibits only while the tag counts', () => {
    const exclusive = makeCompany({ id: 'cam', endUses: [{ use: 'surveillance', exclusive: true }] });
    expect(run({ companies: [exclusive], transactions: [deal] }).d).toBe('prohibited');
    expect(
      run({ companies: [exclusive], transactions: [deal] }, { countSurveillanceTag: false }).d,
    ).toBeNull();
  });
});

describe('us-outbound: knowledge standard (850.216; knowledgeShare)', () => {
  const companies = [makeCompany({ id: 't' })];
  const models = [bigModel('t')];
  const transactions = Array.from({ length: 200 }, (_, i) => makeInvestment({ id: `d${i}`, companyId: 't' }));
  const caught = (share: number) =>
    Object.values(run({ companies, models, transactions }, { knowledgeShare: share })).filter(
      (o) => o !== null,
    ).length;
  it('with perfect knowledge (the default, 1) every covered deal is caught', () => {
    expect(caught(1)).toBe(200);
  });
  it('with no knowledge nothing is caught; with half, about half, and monotonically', () => {
    expect(caught(0)).toBe(0);
    const half = caught(0.5);
    expect(half).toBeGreaterThan(70);
    expect(half).toBeLessThan(130);
    expect(caught(0.6)).toBeGreaterThanOrEqual(half);
  });
});

describe('us-outbound: parent test (850.209(a)(2))', () => {
  const holding = (share?: number) =>
    makeCompany({
      id: 'cayman-holdco',
      hq: 'KY',
      sectors: [],
      endUses: [],
      ...(share === undefined ? {} : { coveredSubsidiaryShare: share }),
    });
  const sub = makeCompany({ id: 'opco', parent: 'cayman-holdco' });
  const deal = makeInvestment({ id: 'd', companyId: 'cayman-holdco' });
  const parts = (share?: number) => ({
    companies: [holding(share), sub],
    models: [bigModel('opco')],
    transactions: [deal],
  });
  it('covers an offshore holding company drawing more than 50 % from a covered subsidiary, at its tier', () => {
    expect(run(parts(0.8)).d).toBe('prohibited');
  });
  it('is strict at the line and needs the recorded share', () => {
    expect(run(parts(0.5)).d).toBeNull();
    expect(run(parts(0.51)).d).toBe('prohibited');
    expect(run(parts()).d).toBeNull();
  });
  it('follows the financial-share lever and the switch', () => {
    expect(run(parts(0.4), { parentFinancialShare: 0.3 }).d).toBe('prohibited');
    expect(run(parts(0.8), { parentTest: false }).d).toBeNull();
  });
});

describe('us-outbound: joint ventures (850.209(a)(3))', () => {
  const partner = makeCompany({ id: 'partner', sectors: [], endUses: [] });
  const jv = (activity?: 'prohibited' | 'notifiable') =>
    makeInvestment({
      id: 'd',
      companyId: 'partner',
      instrument: 'joint-venture',
      ...(activity ? { jointVentureActivity: activity } : {}),
    });
  it('covers a venture with a PRC partner by what the venture will do', () => {
    expect(run({ companies: [partner], transactions: [jv('notifiable')] }).d).toBe('notifiable');
    expect(run({ companies: [partner], transactions: [jv('prohibited')] }).d).toBe('prohibited');
  });
  it('without a recorded venture activity, or with the route off, reads only the partner', () => {
    expect(run({ companies: [partner], transactions: [jv()] }).d).toBeNull();
    expect(
      run({ companies: [partner], transactions: [jv('prohibited')] }, { jointVentureRoute: false }).d,
    ).toBeNull();
  });
  it('needs a partner of a country of concern', () => {
    const sg = makeCompany({ id: 'partner', hq: 'SG', sectors: [], endUses: [] });
    expect(run({ companies: [sg], transactions: [jv('prohibited')] }).d).toBeNull();
  });
});

describe('us-outbound: controlled foreign entities and knowingly directed deals (850.302–850.303)', () => {
  const companies = [makeCompany({ id: 't' })];
  const models = [bigModel('t')];
  const byFund = (investor: Investment['investors'][number]) => [
    makeInvestment({ id: 'd', companyId: 't', investors: [investor] }),
  ];
  it('counts a China fund controlled by a US person as a US investor', () => {
    const transactions = byFund({ name: 'RMB fund', country: 'CN', controlledBy: 'US' });
    expect(run({ companies, models, transactions }).d).toBe('prohibited');
    expect(run({ companies, models, transactions }, { coverControlledForeignEntities: false }).d).toBeNull();
  });
  it('counts a deal a US person knowingly directs', () => {
    const transactions = byFund({ name: 'HK fund', country: 'HK', directedBy: 'US' });
    expect(run({ companies, models, transactions }).d).toBe('prohibited');
    expect(run({ companies, models, transactions }, { coverKnowinglyDirected: false }).d).toBeNull();
  });
  it('ignores links to a country outside the investor countries, and a plain foreign fund', () => {
    expect(
      run({ companies, models, transactions: byFund({ name: 'f', country: 'CN', controlledBy: 'JP' }) }).d,
    ).toBeNull();
    expect(run({ companies, models, transactions: byFund({ name: 'f', country: 'CN' }) }).d).toBeNull();
  });
});

describe('us-outbound: conversions of contingent equity (850.210)', () => {
  const companies = [makeCompany({ id: 't' })];
  const models = [bigModel('t')];
  const transactions = [
    makeInvestment({ id: 'warrants', companyId: 't', date: '2024-06-01', instrument: 'contingent-equity' }),
    makeInvestment({ id: 'conversion', companyId: 't', date: '2025-06-01', instrument: 'conversion' }),
  ];
  it('catches at conversion warrants bought before the rule', () => {
    const out = run({ companies, models, transactions });
    expect(out.warrants).toBeNull();
    expect(out.conversion).toBe('prohibited');
  });
  it('does not when conversions are not covered', () => {
    expect(run({ companies, models, transactions }, { coverConversions: false }).conversion).toBeNull();
  });
});

describe('us-outbound: LP contractual assurance and national-interest exemption (850.501–850.502)', () => {
  const companies = [makeCompany({ id: 't' })];
  const models = [bigModel('t')];
  const lp = (assurance: boolean) => [
    makeInvestment({
      id: 'd',
      companyId: 't',
      instrument: 'lp-fund',
      lpCommitmentUsd: 50e6,
      lpContractualAssurance: assurance,
    }),
  ];
  it('excepts a large LP commitment with a binding assurance, and only with one', () => {
    expect(run({ companies, models, transactions: lp(true) }).d).toBe('excepted');
    expect(run({ companies, models, transactions: lp(false) }).d).toBe('prohibited');
    expect(run({ companies, models, transactions: lp(true) }, { exceptLpAssurance: false }).d).toBe(
      'prohibited',
    );
  });
  it('excepts a deal on the exemption list, and no other', () => {
    const transactions = [
      makeInvestment({ id: 'd', companyId: 't' }),
      makeInvestment({ id: 'e', companyId: 't' }),
    ];
    const out = run({ companies, models, transactions }, { exemptedDeals: ['d'] });
    expect(out).toEqual({ d: 'excepted', e: 'prohibited' });
    expect(run({ companies, models, transactions }).d).toBe('prohibited');
  });
});

describe('us-outbound: sector switches (coverAi, coverSemiconductors)', () => {
  it('coverAi off leaves an AI developer above 1e25 out', () => {
    const parts = {
      companies: [makeCompany({ id: 't' })],
      models: [bigModel('t')],
      transactions: [makeInvestment({ id: 'd', companyId: 't' })],
    };
    expect(run(parts).d).toBe('prohibited');
    expect(run(parts, { coverAi: false }).d).toBeNull();
  });
  it('coverSemiconductors off leaves an advanced fab out', () => {
    const fab = makeCompany({
      id: 't',
      sectors: ['semiconductors'],
      endUses: [],
      semiconductorActivities: ['advanced-fab'],
    });
    const parts = { companies: [fab], transactions: [makeInvestment({ id: 'd', companyId: 't' })] };
    expect(run(parts).d).toBe('prohibited');
    expect(run(parts, { coverSemiconductors: false }).d).toBeNull();
  });
});

describe('us-outbound: COINS Act tests (direction or control; hypersonics)', () => {
  const directed = makeCompany({ id: 't', hq: 'SG', directedOrControlledFrom: ['CN'] });
  const parts = {
    companies: [directed],
    models: [bigModel('t')],
    transactions: [makeInvestment({ id: 'd', companyId: 't' })],
  };
  it('direction or control makes a Singapore company with no PRC equity a person of concern, only when on', () => {
    expect(run(parts).d).toBeNull();
    expect(run(parts, { directionOrControl: true }).d).toBe('prohibited');
  });
  it('hypersonics is covered only under the COINS switch', () => {
    const h = makeCompany({ id: 't', sectors: ['hypersonics'], endUses: [] });
    const p = { companies: [h], transactions: [makeInvestment({ id: 'd', companyId: 't' })] };
    expect(run(p).d).toBeNull();
    expect(run(p, { coverHypersonics: true }).d).toBe('prohibited');
  });
});
