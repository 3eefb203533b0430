/** China's approval requirement for US capital, as reported: docs/SOURCES.md. */
import {
  type Company,
  type Outcome,
  type PolicyInstance,
  type Transaction,
  uniformOf,
} from '../../../src/engine';
import {
  flag,
  hasModelAbove,
  hqOn,
  inWindow,
  latestValuation,
  list,
  num,
  type Params,
  type ReferenceMeasure,
  type World,
} from '../reference-world';

/** §3.4: whether a company is in scope of China's approval requirement on a day. */
function approvalScope(world: World, p: Params, company: Company, date: string): boolean {
  if (!list(p, 'targetCountries').includes(hqOn(company, date))) return false;
  if (flag(p, 'scopeLeading') && company.leading === true) return true;
  if (flag(p, 'scopeCompute') && hasModelAbove(world, company, date, num(p, 'minComputeFlop'))) return true;
  const valuation = latestValuation(company, date);
  return flag(p, 'scopeValuation') && valuation !== null && valuation >= num(p, 'minValuationUsd');
}

function approval(
  world: World,
  policy: PolicyInstance,
  p: Params,
  t: Transaction,
  seed: number,
): Outcome | null {
  if (t.kind !== 'investment' || !inWindow(policy, t.date) || t.companyId === null) return null;
  if (!list(p, 'coveredInstruments').includes(t.instrument)) return null;
  if (!t.investors.some((i) => list(p, 'investorCountries').includes(i.country))) return null;
  if (!approvalScope(world, p, world.company.get(t.companyId)!, t.date)) return null;
  return uniformOf(t.id, seed) < num(p, 'approvalRate') ? 'approval-required' : 'denied';
}

export const cnApprovalReference: ReferenceMeasure = {
  template: 'cn-approval',
  kinds: ['investment'],
  outcome: approval,
  inScope: (world, _policy, p, company, date) => approvalScope(world, p, company, date),
  // China's review may approve: never the stopped tier.
};
