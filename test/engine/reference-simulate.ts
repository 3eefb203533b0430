/**
 * A deliberately straightforward reference implementation of `simulate`, written from DESIGN §3–§4 and the
 * measures' worked examples, not from the engine's code. It works on the plain dataset objects: no columnar
 * index, no typed-array columns, no precomputed per-company facts, no timelines. For every transaction and
 * measure it evaluates the rule text directly; for every company, quarter end and measure it evaluates the
 * scope test directly. It is slow on purpose, and only used by tests (fast-vs-reference.test.ts) to check that
 * the engine's fast path gives the same `SimulationResult`, number for number.
 *
 * Where the rule text leaves a choice, the reference takes the reading documented for the engine:
 * - a company "develops AI" if its sectors include `ai` or it has any model in the dataset;
 * - a company's HQ on a day is its HQ after every relocation dated on or before that day; without an explicit
 *   ownership table it is owned wholly from that HQ;
 * - an unattributed chip purchase or model-access flow (no company, e.g. smuggling) counts as bound for the
 *   target countries; an unattributed investment is not covered (there is no covered foreign person);
 * - the look-ahead counts a model released on or before the deal date plus N calendar months;
 * - a detected distillation flow lists its company on the Entity List from the flow's date;
 * - a "latest valuation" is the last one dated on or before the day (in dataset order among equal dates);
 * - unknown amounts, units and exchanges are left out of sums and counted apart where the series says so.
 */
import {
  addMonths,
  type Chip,
  type Company,
  type Dataset,
  DEAL_KINDS,
  type DealKind,
  dayOf,
  type Investment,
  isoOf,
  type Model,
  OUTCOME_CODE,
  OUTCOMES,
  type Outcome,
  type Overlap,
  type PolicyInstance,
  type Quarter,
  type RunSpec,
  resolveParams,
  type Series,
  type SimulationResult,
  type Transaction,
  type TransactionKind,
  templateOf,
  uniformOf,
} from '../../src/engine';

// ---- Dates and quarters, on ISO strings ----

/** Quarter ordinal (year * 4 + quarter - 1) of an ISO date. */
function quarterOrdinal(date: string): number {
  return Number(date.slice(0, 4)) * 4 + Math.floor((Number(date.slice(5, 7)) - 1) / 3);
}
function ordinalOfLabel(label: Quarter): number {
  return Number(label.slice(0, 4)) * 4 + Number(label.slice(5)) - 1;
}
function labelOf(ordinal: number): Quarter {
  const year = Math.floor(ordinal / 4);
  return `${year}Q${(ordinal - year * 4 + 1) as 1 | 2 | 3 | 4}`;
}
/** The last day of a quarter, as an ISO date. */
function quarterEnd(ordinal: number): string {
  const year = Math.floor(ordinal / 4);
  return `${year}-${['03-31', '06-30', '09-30', '12-31'][ordinal - year * 4]}`;
}
/** Calendar months after a date (clamped to the month's last day). */
function monthsAfter(date: string, months: number): string {
  return isoOf(addMonths(dayOf(date), months));
}

// ---- Facts about companies on a day ----

interface World {
  readonly dataset: Dataset;
  readonly company: ReadonlyMap<string, Company>;
  readonly chip: ReadonlyMap<string, Chip>;
  /** Entity-List dates derived by measures (earliest detected distillation flow per company). */
  readonly derivedEntityList: ReadonlyMap<string, string>;
}

function hqOn(company: Company, date: string): string {
  let hq = company.hq;
  const moves = [...(company.relocations ?? [])].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  for (const move of moves) if (move.date <= date) hq = move.hq;
  return hq;
}

function ownershipShare(company: Company, date: string, countries: readonly string[]): number {
  const table = company.ownership ?? { [hqOn(company, date)]: 1 };
  let share = 0;
  for (const [country, s] of Object.entries(table)) if (countries.includes(country)) share += s;
  return share;
}

function onList(world: World, company: Company, lists: readonly string[], date: string): boolean {
  for (const l of company.listings ?? []) {
    if (lists.includes(l.list) && l.from <= date && (l.to === undefined || date <= l.to)) return true;
  }
  const derived = world.derivedEntityList.get(company.id);
  return lists.includes('entity-list') && derived !== undefined && derived <= date;
}

function modelsOf(world: World, company: Company): Model[] {
  return world.dataset.models.filter((m) => m.companyId === company.id);
}

/** Say whether the company released a model (by `date`) trained with strictly more than `flop`. */
function hasModelAbove(
  world: World,
  company: Company,
  date: string,
  flop: number,
  biological = false,
): boolean {
  return modelsOf(world, company).some(
    (m) =>
      m.date <= date &&
      (!biological || m.primarilyBiological) &&
      m.trainingComputeFlop !== null &&
      m.trainingComputeFlop > flop,
  );
}

function latestValuation(company: Company, date: string): number | null {
  let best: { date: string; usd: number } | null = null;
  for (const v of company.valuations ?? []) if (v.date <= date && (!best || v.date >= best.date)) best = v;
  return best ? best.usd : null;
}

function inWindow(policy: PolicyInstance, date: string): boolean {
  return date >= policy.effectiveFrom && (policy.effectiveTo === undefined || date <= policy.effectiveTo);
}

// ---- The measures, from DESIGN §3 ----

type Params = Record<string, unknown>;
const list = (p: Params, key: string) => p[key] as readonly string[];
const num = (p: Params, key: string) => p[key] as number;
const flag = (p: Params, key: string) => p[key] as boolean;

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

/** §3.2: whether a chip is controlled under the rule version (unknown specs never meet a test). */
function controlled(chip: Chip, p: Params): boolean {
  const version = p.ruleVersion as string;
  const tpp = chip.tpp;
  const interconnect = chip.interconnectGBs;
  const density = chip.performanceDensity;
  if (version === 'none') return false;
  if (version === '2022') return tpp !== null && tpp >= 4800 && interconnect !== null && interconnect >= 600;
  if (version === '2023')
    return (
      (tpp !== null && tpp >= 4800) ||
      (chip.dataCenter && tpp !== null && tpp >= 1600 && density !== null && density >= 5.92)
    );
  const main =
    tpp !== null &&
    tpp >= num(p, 'tppThreshold') &&
    (!flag(p, 'useInterconnectTest') ||
      (interconnect !== null && interconnect >= num(p, 'interconnectThresholdGBs')));
  const densityTest =
    flag(p, 'useDensityTest') &&
    chip.dataCenter &&
    tpp !== null &&
    tpp >= num(p, 'densityTppThreshold') &&
    density !== null &&
    density >= num(p, 'densityThreshold');
  return main || densityTest;
}

/** The first date of a chip on a dated list, or null. */
function firstDate(p: Params, key: string, chipId: string): string | null {
  const dates = (p[key] as readonly { chipId: string; from: string }[])
    .filter((l) => l.chipId === chipId)
    .map((l) => l.from)
    .sort();
  return dates[0] ?? null;
}

/** Say whether the buyer's parent is Entity-Listed while the Affiliates rule is in force (29 Sep–9 Nov 2025 as enacted). */
function affiliateListed(world: World, p: Params, buyer: Company, date: string): boolean {
  const mode = p.affiliatesRule as string;
  if (mode === 'off' || buyer.parent === undefined) return false;
  const parent = world.company.get(buyer.parent);
  if (!parent || date < '2025-09-29' || (mode === 'as-enacted' && date >= '2025-11-10')) return false;
  return onList(world, parent, ['entity-list'], date);
}

function exportControls(world: World, policy: PolicyInstance, p: Params, t: Transaction): Outcome | null {
  if (t.kind !== 'chip-purchase' || !inWindow(policy, t.date)) return null;
  if (!list(p, 'supplierCountries').includes(t.supplierCountry)) return null;
  const buyer = t.companyId === null ? null : world.company.get(t.companyId)!;
  if (buyer && !list(p, 'targetCountries').includes(hqOn(buyer, t.date))) return null;
  if (
    buyer &&
    flag(p, 'entityList') &&
    (onList(world, buyer, ['entity-list'], t.date) || affiliateListed(world, p, buyer, t.date))
  )
    return 'denied';
  // The later of the two dated lists in effect wins: a licence granted after an is-informed letter, or the reverse.
  const licensed = firstDate(p, 'licensedChips', t.chipId);
  const informed = firstDate(p, 'informedChips', t.chipId);
  const licensedNow = licensed !== null && t.date >= licensed;
  const informedNow = informed !== null && t.date >= informed;
  if (licensedNow && (!informedNow || licensed! >= informed!)) return 'licence-required';
  if (informedNow) return 'denied';
  // The 2023 rule as enacted: the named data-centre chips from 23 Oct 2023, every other chip from 17 Nov 2023.
  if (p.ruleVersion === '2023' && p.phaseIn2023 === 'as-enacted') {
    const named = ['a100', 'a100-pcie', 'a800', 'a800-pcie', 'h100', 'h100-pcie', 'h800', 'l40s'].includes(
      t.chipId,
    );
    if (t.date < (named ? '2023-10-23' : '2023-11-17')) return null;
  }
  return controlled(world.chip.get(t.chipId)!, p) ? 'denied' : null;
}

/** §3.3: whether a flow is covered (before detection). */
function distillationCovered(world: World, policy: PolicyInstance, p: Params, t: Transaction): boolean {
  if (t.kind !== 'model-access' || !inWindow(policy, t.date)) return false;
  const lab = t.companyId === null ? null : world.company.get(t.companyId)!;
  if (lab && !list(p, 'targetCountries').includes(hqOn(lab, t.date))) return false;
  if (!list(p, 'teacherCountries').includes(t.teacher.country)) return false;
  if (!list(p, 'coveredAccess').includes(t.teacher.access)) return false;
  return (t.exchanges ?? 0) >= num(p, 'minExchanges');
}

function distillation(
  world: World,
  policy: PolicyInstance,
  p: Params,
  t: Transaction,
  seed: number,
): Outcome | null {
  if (!distillationCovered(world, policy, p, t)) return null;
  return uniformOf(t.id, seed) < num(p, 'detectionRate') ? 'blocked' : null;
}

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

const KINDS: Record<string, readonly TransactionKind[]> = {
  'us-outbound': ['investment'],
  'export-controls': ['chip-purchase'],
  distillation: ['model-access'],
  'cn-approval': ['investment'],
};

function outcomeOf(
  world: World,
  policy: PolicyInstance,
  p: Params,
  t: Transaction,
  seed: number,
): Outcome | null {
  switch (policy.template) {
    case 'us-outbound':
      return outbound(world, policy, p, t, seed);
    case 'export-controls':
      return exportControls(world, policy, p, t);
    case 'distillation':
      return distillation(world, policy, p, t, seed);
    case 'cn-approval':
      return approval(world, policy, p, t, seed);
    default:
      throw new Error(`reference: unknown template ${policy.template}`);
  }
}

/** Whether a company is in scope of a measure on a day, with or without a deal. */
function inScope(world: World, policy: PolicyInstance, p: Params, company: Company, date: string): boolean {
  if (!inWindow(policy, date)) return false;
  switch (policy.template) {
    case 'us-outbound':
      return outboundTier(world, p, company, date) !== null;
    case 'export-controls':
      return (
        flag(p, 'entityList') &&
        list(p, 'targetCountries').includes(hqOn(company, date)) &&
        (onList(world, company, ['entity-list'], date) || affiliateListed(world, p, company, date))
      );
    case 'distillation':
      // Has a covered flow (detected or not) on or before the day.
      return world.dataset.transactions.some(
        (t) => t.companyId === company.id && t.date <= date && distillationCovered(world, policy, p, t),
      );
    case 'cn-approval':
      return approvalScope(world, p, company, date);
    default:
      throw new Error(`reference: unknown template ${policy.template}`);
  }
}

/** Whether a company is in the stopped tier of a measure's scope on a day (a covered deal would be stopped). */
function inStoppedScope(
  world: World,
  policy: PolicyInstance,
  p: Params,
  company: Company,
  date: string,
): boolean {
  if (!inScope(world, policy, p, company, date)) return false;
  switch (policy.template) {
    case 'us-outbound':
      return outboundTier(world, p, company, date) === 'prohibited';
    case 'export-controls': // listed buyers are denied
    case 'distillation': // a covered flow is blocked when detected
      return true;
    default: // China's review may approve
      return false;
  }
}

/** §3.2: companies in the target countries whose models (released by the quarter's end) used controlled chips. */
function trainedOnControlledChips(world: World, p: Params, ordinals: readonly number[]): number[] {
  return ordinals.map(
    (q) =>
      world.dataset.companies.filter((company) =>
        modelsOf(world, company).some(
          (m) =>
            quarterOrdinal(m.date) <= q &&
            list(p, 'targetCountries').includes(hqOn(company, m.date)) &&
            (m.trainingChips ?? []).some((tc) => {
              const chip = world.chip.get(tc.chipId);
              return chip !== undefined && controlled(chip, p);
            }),
        ),
      ).length,
  );
}

// ---- The run, from DESIGN §4 ----

function emptySeries(n: number): Series {
  const zeros = () => new Array<number>(n).fill(0);
  return {
    deals: zeros(),
    dealsUsd: zeros(),
    dealsUsdUnknown: zeros(),
    byOutcome: Object.fromEntries(OUTCOMES.map((o) => [o, zeros()])) as Record<Outcome, number[]>,
    byOutcomeUsd: Object.fromEntries(OUTCOMES.map((o) => [o, zeros()])) as Record<Outcome, number[]>,
    byKind: Object.fromEntries(DEAL_KINDS.map((k) => [k, zeros()])) as Record<DealKind, number[]>,
    units: zeros(),
    exchanges: zeros(),
    relevantDeals: zeros(),
    companies: zeros(),
    companiesCumulative: zeros(),
    companiesStopped: zeros(),
    companiesStoppedCumulative: zeros(),
    companiesInScope: zeros(),
    companiesInScopeStopped: zeros(),
  };
}

const STOPPED: readonly Outcome[] = ['prohibited', 'denied', 'blocked'];

/** Fill a series from each transaction's outcome (transactions in date-then-id order). */
function fillSeries(
  series: Series,
  transactions: readonly Transaction[],
  outcomes: readonly (Outcome | null)[],
  kinds: readonly TransactionKind[],
  ordinals: readonly number[],
): number[] {
  const n = ordinals.length;
  const first = ordinals[0] ?? 0;
  const firstCaptured = new Map<string, number>();
  const firstStopped = new Map<string, number>();
  for (let q = 0; q < n; q++) {
    const captured = new Set<string>();
    const stopped = new Set<string>();
    transactions.forEach((t, i) => {
      if (quarterOrdinal(t.date) !== first + q) return;
      if (kinds.includes(t.kind)) series.relevantDeals[q]!++;
      const outcome = outcomes[i];
      if (!outcome) return;
      // Only deals get outcomes: chips seen in use (hardware-in-use) are evidence, never allowed or denied.
      if (t.kind === 'hardware-in-use')
        throw new Error(`a measure gave ${t.id} (hardware in use) an outcome`);
      const amount = t.kind === 'model-access' ? null : (t.amountUsd ?? null);
      series.byOutcome[outcome][q]!++;
      if (amount !== null) series.byOutcomeUsd[outcome][q]! += amount;
      if (outcome === 'excepted') return;
      series.deals[q]!++;
      if (amount !== null) series.dealsUsd[q]! += amount;
      else series.dealsUsdUnknown[q]!++;
      series.byKind[t.kind][q]!++;
      if (t.kind === 'chip-purchase' && t.units !== null) series.units[q]! += t.units;
      if (t.kind === 'model-access' && t.exchanges !== null) series.exchanges[q]! += t.exchanges;
      if (t.companyId === null) return;
      captured.add(t.companyId);
      if (!firstCaptured.has(t.companyId)) firstCaptured.set(t.companyId, first + q);
      if (STOPPED.includes(outcome)) {
        stopped.add(t.companyId);
        if (!firstStopped.has(t.companyId)) firstStopped.set(t.companyId, first + q);
      }
    });
    series.companies[q] = captured.size;
    series.companiesStopped[q] = stopped.size;
    series.companiesCumulative[q] = [...firstCaptured.values()].filter((f) => f <= first + q).length;
    series.companiesStoppedCumulative[q] = [...firstStopped.values()].filter((f) => f <= first + q).length;
  }
  return [...firstCaptured.values()];
}

/** Run a scenario the slow, obvious way. */
export function referenceSimulate(dataset: Dataset, spec: RunSpec): SimulationResult {
  const first = ordinalOfLabel(spec.horizon.from);
  const n = Math.max(0, ordinalOfLabel(spec.horizon.to) - first + 1);
  const ordinals = Array.from({ length: n }, (_, q) => first + q);
  const transactions = [...dataset.transactions].sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const policies = spec.policies
    .filter((p) => p.enabled)
    .map((policy) => ({
      policy,
      params: resolveParams(templateOf(policy.template)!, policy.params) as Params,
    }));

  // Listings derived before any measure evaluates (§3.3 listOnDetection): the earliest detected flow's date.
  const base: World = {
    dataset,
    company: new Map(dataset.companies.map((c) => [c.id, c])),
    chip: new Map(dataset.chips.map((c) => [c.id, c])),
    derivedEntityList: new Map(),
  };
  const derived = new Map<string, string>();
  for (const { policy, params } of policies) {
    if (policy.template !== 'distillation' || !flag(params, 'listOnDetection')) continue;
    for (const t of transactions) {
      if (t.companyId === null || distillation(base, policy, params, t, spec.seed) !== 'blocked') continue;
      const prior = derived.get(t.companyId);
      if (prior === undefined || t.date < prior) derived.set(t.companyId, t.date);
    }
  }
  const world: World = { ...base, derivedEntityList: derived };

  const outcomes = policies.map(({ policy, params }) =>
    transactions.map((t) => outcomeOf(world, policy, params, t, spec.seed)),
  );
  const combinedOutcomes = transactions.map((_, i) => {
    let best: Outcome | null = null;
    for (const o of outcomes) {
      const outcome = o[i];
      if (outcome && (!best || OUTCOME_CODE[outcome] > OUTCOME_CODE[best])) best = outcome;
    }
    return best;
  });

  const measures = policies.map(({ policy, params }, m) => {
    const series = emptySeries(n);
    fillSeries(series, transactions, outcomes[m]!, KINDS[policy.template]!, ordinals);
    ordinals.forEach((q, i) => {
      series.companiesInScope[i] = dataset.companies.filter((c) =>
        inScope(world, policy, params, c, quarterEnd(q)),
      ).length;
      series.companiesInScopeStopped[i] = dataset.companies.filter((c) =>
        inStoppedScope(world, policy, params, c, quarterEnd(q)),
      ).length;
    });
    return {
      policyId: policy.id,
      template: policy.template,
      title: policy.title,
      jurisdiction: policy.jurisdiction,
      series,
      extra:
        policy.template === 'export-controls'
          ? { companiesTrainedOnControlledChips: trainedOnControlledChips(world, params, ordinals) }
          : {},
    };
  });
  const combined = emptySeries(n);
  fillSeries(combined, transactions, combinedOutcomes, DEAL_KINDS, ordinals);
  ordinals.forEach((q, i) => {
    combined.companiesInScope[i] = dataset.companies.filter((c) =>
      policies.some(({ policy, params }) => inScope(world, policy, params, c, quarterEnd(q))),
    ).length;
    combined.companiesInScopeStopped[i] = dataset.companies.filter((c) =>
      policies.some(({ policy, params }) => inStoppedScope(world, policy, params, c, quarterEnd(q))),
    ).length;
  });

  // Overlaps: deals and companies caught by exactly each set of measures (over every transaction).
  const captured = (o: Outcome | null | undefined) => !!o && o !== 'excepted';
  const setOf = (i: number) =>
    policies
      .map((_, m) => captured(outcomes[m]![i]))
      .map(Number)
      .join('');
  const overlaps: Overlap[] = [];
  if (policies.length > 0) {
    const sets = new Set<string>();
    const companySets = dataset.companies.map((c) => {
      const hit = policies.map((_, m) =>
        transactions.some((t, i) => t.companyId === c.id && captured(outcomes[m]![i])),
      );
      return hit.map(Number).join('');
    });
    for (let i = 0; i < transactions.length; i++) sets.add(setOf(i));
    for (const s of companySets) sets.add(s);
    const all = policies.length <= 8;
    for (let mask = 1; mask < 2 ** policies.length; mask++) {
      const set = policies.map((_, m) => String((mask >> m) & 1)).join('');
      if (!all && !sets.has(set)) continue;
      overlaps.push({
        measures: policies.filter((_, m) => set[m] === '1').map(({ policy }) => policy.id),
        deals: transactions.filter((_, i) => setOf(i) === set).length,
        companies: companySets.filter((s) => s === set).length,
      });
    }
  }

  const code = (o: Outcome | null | undefined) => (o ? OUTCOME_CODE[o] : 0);
  const asOfOrdinal = quarterOrdinal(dataset.asOf);
  return {
    quarters: ordinals.map(labelOf),
    asOf: dataset.asOf,
    historyQuarters: Math.max(0, Math.min(n, asOfOrdinal - first + 1)),
    measures,
    combined,
    overlaps,
    detail: {
      outcomes: outcomes.map((o) => Uint8Array.from(o, code)),
      combined: Uint8Array.from(combinedOutcomes, code),
      firstCaptured: outcomes.map((o) =>
        Int32Array.from(dataset.companies, (c) => {
          const i = transactions.findIndex(
            (t, j) =>
              t.companyId === c.id &&
              captured(o[j]) &&
              quarterOrdinal(t.date) >= first &&
              quarterOrdinal(t.date) < first + n,
          );
          return i < 0 ? -1 : quarterOrdinal(transactions[i]!.date);
        }),
      ),
      // Standing at the end of the as-of quarter (clamped to the horizon): 2 stopped, 1 in scope, 0 out.
      standing: policies.map(({ policy, params }) => {
        const q = ordinals[Math.max(0, Math.min(n - 1, asOfOrdinal - first))]!;
        return Uint8Array.from(dataset.companies, (c) =>
          inStoppedScope(world, policy, params, c, quarterEnd(q))
            ? 2
            : inScope(world, policy, params, c, quarterEnd(q))
              ? 1
              : 0,
        );
      }),
    },
  };
}
