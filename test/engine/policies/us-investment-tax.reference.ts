/**
 * The Patriotic Investment Act read straight from the bill and the modelled reading in docs/SOURCES.md ("The
 * Patriotic Investment Act"), on the plain dataset objects: no index, no precomputation.
 */
import type { Company, PolicyInstance, Transaction } from '../../../src/engine';
import {
  hasModelAbove,
  hqOn,
  inWindow,
  list,
  num,
  type Params,
  type ReferenceMeasure,
  type World,
} from '../reference-world';

/** A company issues disqualified securities on a date: HQ in the covered countries (and, under `outbound`, an AI developer above 1e23). */
function covered(world: World, p: Params, company: Company, date: string): boolean {
  return (
    list(p, 'countries').includes(hqOn(company, date)) &&
    (p.coveredCompanies !== 'outbound' || hasModelAbove(world, company, date, 1e23))
  );
}

function outcome(world: World, policy: PolicyInstance, p: Params, t: Transaction): 'taxed' | null {
  if (t.kind !== 'investment' || !inWindow(policy, t.date) || t.companyId === null) return null;
  if (!t.investors.some((i) => list(p, 'investorCountries').includes(i.country))) return null;
  return covered(world, p, world.company.get(t.companyId)!, t.date) ? 'taxed' : null;
}

export const usInvestmentTaxReference: ReferenceMeasure = {
  template: 'us-investment-tax',
  kinds: ['investment'],
  outcome,
  inScope: (world, _policy, p, company, date) => covered(world, p, company, date),
  channels: ['taxUsd'],
  /** The extra tax on a taxed deal's expected gain (NaN when the amount is unknown). */
  amounts(p, t) {
    const amount = t.kind === 'investment' && t.amountUsd !== null ? t.amountUsd : Number.NaN;
    if (num(p, 'holdingYears') <= 1) return { taxUsd: Number.isNaN(amount) ? Number.NaN : 0 };
    const gain = amount * num(p, 'usShare') * Math.max(0, num(p, 'gainMultiple') - 1);
    return { taxUsd: gain * (num(p, 'ordinaryRate') - num(p, 'capitalGainsRate')) };
  },
};
