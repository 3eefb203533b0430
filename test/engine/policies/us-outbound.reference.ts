/** The US outbound rule (31 CFR Part 850) read from its text: docs/SOURCES.md. */
import {
  type Company,
  type Investment,
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
  list,
  modelsOf,
  monthsAfter,
  num,
  onList,
  ownershipShare,
  type Params,
  type ReferenceMeasure,
  type World,
} from '../reference-world';

/** §3.1: the tier of a company's own covered activity on a deal date under the outbound rule, or null. */
function outboundActivity(
  world: World,
  p: Params,
  company: Company,
  date: string,
): 'prohibited' | 'notifiable' | null {
  const concern = list(p, 'countriesOfConcern');
  const person =
    concern.includes(hqOn(company, date)) ||
    ownershipShare(company, date, concern) >= num(p, 'ownershipThreshold') ||
    (flag(p, 'directionOrControl') &&
      (company.directedOrControlledFrom ?? []).some((k) => concern.includes(k)));
  if (!person) return null;
  // The surveillance tag counts only while `countSurveillanceTag` is on (a lower-confidence signal).
  const uses = company.endUses.filter((u) => u.use !== 'surveillance' || flag(p, 'countSurveillanceTag'));
  const developing = monthsAfter(date, num(p, 'lookaheadMonths'));
  const ai = flag(p, 'coverAi') && (company.sectors.includes('ai') || modelsOf(world, company).length > 0);
  const semi = flag(p, 'coverSemiconductors') && company.sectors.includes('semiconductors');
  const quantum =
    flag(p, 'coverQuantum') &&
    company.sectors.includes('quantum') &&
    (company.quantumActivities ?? []).length > 0;
  const hypersonics = flag(p, 'coverHypersonics') && company.sectors.includes('hypersonics');
  const acts = company.semiconductorActivities ?? [];
  const prohibitedAi =
    ai &&
    (uses.some((u) => u.exclusive && ['military', 'intelligence', 'surveillance'].includes(u.use)) ||
      hasModelAbove(world, company, developing, num(p, 'prohibitedComputeFlop')) ||
      hasModelAbove(world, company, developing, num(p, 'biologicalComputeFlop'), true));
  const prohibitedSemi =
    semi &&
    acts.some((a) =>
      ['eda', 'equipment', 'advanced-design', 'advanced-fab', 'advanced-packaging', 'supercomputer'].includes(
        a,
      ),
    );
  if (prohibitedAi || prohibitedSemi || quantum || hypersonics) return 'prohibited';
  const notifiableAi =
    ai &&
    (hasModelAbove(world, company, developing, num(p, 'notifiableComputeFlop')) ||
      uses.some((u) =>
        [
          'military',
          'intelligence',
          'surveillance',
          'cybersecurity',
          'forensics',
          'penetration-testing',
          'robotics',
        ].includes(u.use),
      ));
  const notifiableSemi = semi && acts.some((a) => ['design', 'fab', 'packaging'].includes(a));
  return notifiableAi || notifiableSemi ? 'notifiable' : null;
}

const TIER_RANK = { prohibited: 2, notifiable: 1 } as const;
function higher<T extends 'prohibited' | 'notifiable' | null>(a: T, b: T): T {
  return (b && (!a || TIER_RANK[b] > TIER_RANK[a]) ? b : a) as T;
}

/**
 * §3.1: the tier of a company on a deal date: its own activity; prohibited if listed and engaged in a covered
 * activity (with the listed-persons prong on); and, under the parent test, its covered subsidiaries' tiers when
 * it draws more than the financial share from them (850.209(a)(2)).
 */
function outboundTier(
  world: World,
  p: Params,
  company: Company,
  date: string,
): 'prohibited' | 'notifiable' | null {
  let tier = outboundActivity(world, p, company, date);
  if (
    tier === 'notifiable' &&
    flag(p, 'listedPersonsProhibited') &&
    onList(world, company, list(p, 'coveredLists'), date)
  )
    tier = 'prohibited';
  if (flag(p, 'parentTest') && (company.coveredSubsidiaryShare ?? -1) > num(p, 'parentFinancialShare')) {
    for (const child of world.dataset.companies)
      if (child.parent === company.id && child.id !== company.id)
        tier = higher(tier, outboundActivity(world, p, child, date));
  }
  return tier;
}

/** Say whether an investor counts as from the investor countries: its own country, or a US-linked fund. */
function countsAsInvestor(p: Params, i: Investment['investors'][number]): boolean {
  const countries = list(p, 'investorCountries');
  return (
    countries.includes(i.country) ||
    (flag(p, 'coverControlledForeignEntities') &&
      i.controlledBy !== undefined &&
      countries.includes(i.controlledBy)) ||
    (flag(p, 'coverKnowinglyDirected') && i.directedBy !== undefined && countries.includes(i.directedBy))
  );
}

function outbound(
  world: World,
  policy: PolicyInstance,
  p: Params,
  t: Transaction,
  seed: number,
): Outcome | null {
  if (t.kind !== 'investment' || !inWindow(policy, t.date) || t.companyId === null) return null;
  if (!t.investors.some((i) => countsAsInvestor(p, i))) return null;
  // Plain debt is not a covered transaction; a conversion is, while conversions are covered.
  if (t.instrument === 'debt' || (t.instrument === 'conversion' && !flag(p, 'coverConversions'))) return null;
  const company = world.company.get(t.companyId)!;
  let tier = outboundTier(world, p, company, t.date);
  if (
    flag(p, 'jointVentureRoute') &&
    t.instrument === 'joint-venture' &&
    t.jointVentureActivity &&
    outboundActivityPerson(p, company, t.date)
  )
    tier = higher(tier, t.jointVentureActivity);
  if (!tier) return null;
  if (num(p, 'knowledgeShare') < 1 && !(uniformOf(`${t.id}#knowledge`, seed) < num(p, 'knowledgeShare')))
    return null;
  const cutoff = policy.effectiveFrom < '2025-01-02' ? policy.effectiveFrom : '2025-01-02';
  const excepted =
    list(p, 'exemptedDeals').includes(t.id) ||
    (flag(p, 'exceptPublicSecurities') && t.instrument === 'public-securities') ||
    (t.instrument === 'lp-fund' &&
      t.lpCommitmentUsd !== null &&
      t.lpCommitmentUsd !== undefined &&
      t.lpCommitmentUsd <= num(p, 'lpDeMinimisUsd')) ||
    (t.instrument === 'lp-fund' && flag(p, 'exceptLpAssurance') && t.lpContractualAssurance === true) ||
    (flag(p, 'exceptBindingCommitments') && !!t.bindingCommitmentDate && t.bindingCommitmentDate < cutoff);
  return excepted ? 'excepted' : tier;
}

/** Say whether a company is a person of a country of concern on a day (for the joint-venture route). */
function outboundActivityPerson(p: Params, company: Company, date: string): boolean {
  const concern = list(p, 'countriesOfConcern');
  return (
    concern.includes(hqOn(company, date)) ||
    ownershipShare(company, date, concern) >= num(p, 'ownershipThreshold') ||
    (flag(p, 'directionOrControl') &&
      (company.directedOrControlledFrom ?? []).some((k) => concern.includes(k)))
  );
}

export const usOutboundReference: ReferenceMeasure = {
  template: 'us-outbound',
  kinds: ['investment'],
  outcome: outbound,
  inScope: (world, _policy, p, company, date) => outboundTier(world, p, company, date) !== null,
  inStoppedScope: (world, p, company, date) => outboundTier(world, p, company, date) === 'prohibited',
};
