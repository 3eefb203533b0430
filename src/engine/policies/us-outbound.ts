/**
 * US outbound investment rule (31 CFR Part 850; effective 2025-01-02). docs/SOURCES.md (domain-facts A).
 *
 * Acts on investment transactions with at least one investor from `investorCountries`, completed on or after the
 * effective date, into a covered foreign person: a company whose HQ on the deal date (after relocations) is in a
 * country of concern, or which persons of those countries own at least `ownershipThreshold` of, and which engages
 * in a covered activity. Prohibited triggers beat notifiable ones (850.217 excludes what 850.224 describes).
 * Compute lines are strict: exactly 1e25 is not "greater than" 1e25. Exceptions (850.501) and the
 * national-interest exemption (850.502) give `excepted`; plain debt is not a covered transaction at all.
 * Also modelled: the parent test (850.209(a)(2)) and joint-venture route ((a)(3)); controlled foreign entities
 * and knowingly directed deals (850.303); conversions of contingent equity (850.210); the knowledge standard
 * (850.216: a share of covered deals the investor identifies); and the COINS Act's "direction or control" test.
 */

import { inForceFinding } from '../clauses';
import { END_USE_CODE, INSTRUMENT_CODE, KIND_CODE, LIST_CODE, maskOf, SEMI_CODE } from '../dataset/codes';
import {
  countryFlags,
  type DatasetIndex,
  FOREVER,
  hasInvestorFrom,
  hqAt,
  investmentsWithInvestorFrom,
  NO_DAY,
  relocationDays,
  withinDays,
} from '../dataset/index-dataset';
import type { EndUse, ListName, SemiconductorActivity } from '../dataset/schema';
import { addMonths, type DayNumber, dayOf } from '../dates';
import { declareParams, defineMeasure, type ParamsOf } from '../define-measure';
import { uniformOf } from '../hash';
import { investorLinks as linksFor } from '../investor-links';
import { firstDayAbove, largestModelBy } from '../models';
import { OUTCOME_CODE } from '../outcomes';
import { subsidiariesOf } from '../parents';
import type { Finding, ParamChange, PolicyRun, PreparedPolicy } from '../policy';
import { companySubject, modelSubject, transactionSubject } from '../subjects';
import { buildTimeline, type DaySink, deriveTimeline, once, statusOn } from '../timeline';

export type UsOutboundParams = ParamsOf<typeof PARAMS>;

/** 31 CFR 850.501: only binding, uncalled commitments entered into before 2 Jan 2025 are excepted. */
export const BINDING_COMMITMENT_CUTOFF = '2025-01-02';

const PROHIBITED_USES: readonly EndUse[] = ['military', 'intelligence', 'surveillance'];
const NOTIFIABLE_USES: readonly EndUse[] = [
  'military',
  'intelligence',
  'surveillance',
  'cybersecurity',
  'forensics',
  'penetration-testing',
  'robotics',
];
const PROHIBITED_SEMI: readonly SemiconductorActivity[] = [
  'eda',
  'equipment',
  'advanced-design',
  'advanced-fab',
  'advanced-packaging',
  'supercomputer',
];
const NOTIFIABLE_SEMI: readonly SemiconductorActivity[] = ['design', 'fab', 'packaging'];
const PROHIBITED_USE_MASK = maskOf(END_USE_CODE, PROHIBITED_USES);
const NOTIFIABLE_USE_MASK = maskOf(END_USE_CODE, NOTIFIABLE_USES);
const PROHIBITED_SEMI_MASK = maskOf(SEMI_CODE, PROHIBITED_SEMI);
const NOTIFIABLE_SEMI_MASK = maskOf(SEMI_CODE, NOTIFIABLE_SEMI);
const SURVEILLANCE_BIT = 1 << END_USE_CODE.surveillance;
const AI_BIT = 1;
const SEMI_BIT = 2;
const QUANTUM_BIT = 4;
const HYPERSONICS_BIT = 8;
const PROHIBITED = OUTCOME_CODE.prohibited;
const NOTIFIABLE = OUTCOME_CODE.notifiable;
const EXCEPTED = OUTCOME_CODE.excepted;

const LIST_LABELS: Record<ListName, string> = {
  'entity-list': 'Entity List',
  meu: 'Military End-User List',
  sdn: 'OFAC SDN list',
  'ns-cmic': 'NS-CMIC list',
  'dod-1260h': 'Section 1260H list',
};

/** The measure's per-run state: the first day each company crossed each compute line (shifted by look-ahead). */
interface Prepared {
  readonly index: DatasetIndex;
  readonly p: UsOutboundParams;
  readonly investor: Uint8Array;
  readonly concern: Uint8Array;
  readonly listMask: number;
  readonly prohibitedDay: Int32Array;
  readonly prohibitedModel: Int32Array;
  readonly bioDay: Int32Array;
  readonly bioModel: Int32Array;
  readonly notifiableDay: Int32Array;
  readonly notifiableModel: Int32Array;
  /** End-use masks with or without the surveillance tag (see `countSurveillanceTag`). */
  readonly prohibitedUses: number;
  readonly notifiableUses: number;
  /** Per company: 1 if persons of a country of concern direct or control it (COINS Act), when that test is on. */
  readonly directed: Uint8Array;
  /** Per company: the subsidiaries whose activities count for it under the parent test, or null. */
  readonly children: readonly (readonly number[] | null)[];
  readonly exempted: ReadonlySet<string>;
}

/**
 * With a look-ahead of `months`, return the first deal day from which a model released on `day` counts: the
 * first d with d + months ≥ day. Not simply `day − months`: month ends clamp (31 Mar − 1 month = 28 Feb, but
 * 28 Feb + 1 month = 28 Mar, before 31 Mar), so step to the exact first day.
 */
function firstDealDayCounting(day: DayNumber, months: number): DayNumber {
  let d = addMonths(day, -months);
  while (addMonths(d, months) < day) d++;
  while (addMonths(d - 1, months) >= day) d--;
  return d;
}

/** Shift each company's first-crossing day back by the look-ahead (see `firstDealDayCounting`). */
function shifted(days: Int32Array, months: number): Int32Array {
  if (months <= 0) return days;
  return days.map((d) => (d === FOREVER ? FOREVER : firstDealDayCounting(d, months)));
}

/** Per company: 1 if the COINS Act test is on and persons of a country of concern direct or control it. */
function directedFlags(index: DatasetIndex, p: UsOutboundParams): Uint8Array {
  const flags = new Uint8Array(index.companies.count);
  if (!p.directionOrControl) return flags;
  index.dataset.companies.forEach((company, c) => {
    if (company.directedOrControlledFrom?.some((k) => p.countriesOfConcern.includes(k))) flags[c] = 1;
  });
  return flags;
}

/**
 * Per company: the subsidiaries that count under the parent test, for companies whose recorded share of
 * revenue, income or spending from them is above the financial share (null for every other company).
 */
function parentChildren(index: DatasetIndex, p: UsOutboundParams): (readonly number[] | null)[] {
  const out: (readonly number[] | null)[] = new Array(index.companies.count).fill(null);
  if (!p.parentTest) return out;
  for (const [parent, children] of subsidiariesOf(index)) {
    if ((index.dataset.companies[parent]!.coveredSubsidiaryShare ?? -1) > p.parentFinancialShare)
      out[parent] = children;
  }
  return out;
}

function ownershipShare(s: Prepared, c: number, day: DayNumber): number {
  const own = s.index.companies.ownership[c];
  if (!own) return s.concern[hqAt(s.index, c, day)] ? 1 : 0;
  let total = 0;
  for (const [country, share] of own) if (s.concern[country]) total += share;
  return total;
}

/** Say whether a company is a person of a country of concern on a day (850.221). */
function isPersonOfConcern(s: Prepared, c: number, day: DayNumber): boolean {
  return (
    s.concern[hqAt(s.index, c, day)] === 1 ||
    ownershipShare(s, c, day) >= s.p.ownershipThreshold ||
    s.directed[c] === 1
  );
}

function developsAi(s: Prepared, c: number): boolean {
  return (s.index.companies.sectors[c]! & AI_BIT) !== 0 || (s.index.companies.models[c]?.length ?? 0) > 0;
}

/** Return the tier of a company's own covered activity on a day, listings aside: PROHIBITED, NOTIFIABLE or 0. */
function activityTier(s: Prepared, c: number, day: DayNumber): number {
  if (!isPersonOfConcern(s, c, day)) return 0;
  const cols = s.index.companies;
  const sectors = cols.sectors[c]!;
  const ai = s.p.coverAi && developsAi(s, c);
  const semi = s.p.coverSemiconductors && (sectors & SEMI_BIT) !== 0;
  const quantum = s.p.coverQuantum && (sectors & QUANTUM_BIT) !== 0 && cols.quantumActivities[c]! !== 0;
  if (ai) {
    if ((cols.exclusiveEndUses[c]! & s.prohibitedUses) !== 0) return PROHIBITED;
    if (day >= s.prohibitedDay[c]! || day >= s.bioDay[c]!) return PROHIBITED;
  }
  if (semi && (cols.semiconductorActivities[c]! & PROHIBITED_SEMI_MASK) !== 0) return PROHIBITED;
  if (quantum) return PROHIBITED;
  if (s.p.coverHypersonics && (sectors & HYPERSONICS_BIT) !== 0) return PROHIBITED;
  if (ai && (day >= s.notifiableDay[c]! || (cols.endUses[c]! & s.notifiableUses) !== 0)) return NOTIFIABLE;
  if (semi && (cols.semiconductorActivities[c]! & NOTIFIABLE_SEMI_MASK) !== 0) return NOTIFIABLE;
  return 0;
}

/** Push the days a company's own activity tier may change: relocations and compute-line crossings. */
function activityChangeDays(s: Prepared, c: number, out: DaySink): void {
  relocationDays(s.index, c, out);
  if (s.prohibitedDay[c]! !== FOREVER) out.push(s.prohibitedDay[c]!);
  if (s.bioDay[c]! !== FOREVER) out.push(s.bioDay[c]!);
  if (s.notifiableDay[c]! !== FOREVER) out.push(s.notifiableDay[c]!);
}

/**
 * Return the tier of a company on a day: its own activity; a listed person engaged in a covered activity is
 * prohibited (with the listed-persons prong on); and, under the parent test, the highest tier of the covered
 * subsidiaries it draws more than the financial share from (850.209(a)(2)), whatever its own country.
 */
function tierOf(s: Prepared, c: number, day: DayNumber, run: PolicyRun<UsOutboundParams>): number {
  let tier = activityTier(s, c, day);
  if (tier === NOTIFIABLE && s.p.listedPersonsProhibited && run.listings.listedOn(c, day, s.listMask))
    tier = PROHIBITED;
  const children = s.children[c];
  if (children)
    for (const child of children) if (tier < PROHIBITED) tier = Math.max(tier, activityTier(s, child, day));
  return tier;
}

/** Return the tier of a joint venture's recorded covered activity, if the (a)(3) route applies to deal t. */
function jointVentureTier(s: Prepared, t: number, c: number, day: DayNumber): number {
  if (!s.p.jointVentureRoute || s.index.tx.instrument[t] !== INSTRUMENT_CODE['joint-venture']) return 0;
  const record = s.index.dataset.transactions[s.index.tx.source[t]!];
  if (record?.kind !== 'investment' || !record.jointVentureActivity || !isPersonOfConcern(s, c, day))
    return 0;
  return record.jointVentureActivity === 'prohibited' ? PROHIBITED : NOTIFIABLE;
}

/** Say whether deal t is a covered transaction type: plain debt is not (850.210); conversions are, if covered. */
function isCoveredInstrument(s: Prepared, t: number): boolean {
  const instrument = s.index.tx.instrument[t]!;
  if (instrument === INSTRUMENT_CODE.debt) return false;
  return instrument !== INSTRUMENT_CODE.conversion || s.p.coverConversions;
}

/**
 * Say whether the investor identifies deal t as covered after reasonable and diligent inquiry (850.216): a
 * share `knowledgeShare` of covered deals, chosen by a seeded hash of the deal id (its own stream, so it is
 * independent of the draws other measures make).
 */
function isKnown(s: Prepared, t: number, seed: number): boolean {
  return s.p.knowledgeShare >= 1 || uniformOf(`${s.index.tx.ids[t]!}#knowledge`, seed) < s.p.knowledgeShare;
}

/** Return the exception or exemption that applies to an investment, or null (850.501, 850.502). */
function exceptionOf(s: Prepared, t: number, fromDay: DayNumber): string | null {
  const tx = s.index.tx;
  const instrument = tx.instrument[t]!;
  if (s.exempted.size > 0 && s.exempted.has(tx.ids[t]!))
    return 'national-interest exemption granted for this deal (850.502)';
  if (s.p.exceptPublicSecurities && instrument === INSTRUMENT_CODE['public-securities'])
    return 'publicly traded securities';
  if (instrument === INSTRUMENT_CODE['lp-fund']) {
    if (tx.lpCommitmentUsd[t]! <= s.p.lpDeMinimisUsd)
      return 'limited-partner commitment at or under the de minimis amount';
    if (s.p.exceptLpAssurance) {
      const record = s.index.dataset.transactions[tx.source[t]!];
      if (record?.kind === 'investment' && record.lpContractualAssurance)
        return 'limited partner with a binding contractual assurance that its capital will not fund covered deals';
    }
  }
  const binding = tx.bindingDay[t]!;
  if (s.p.exceptBindingCommitments && binding !== NO_DAY && binding < Math.min(fromDay, CUTOFF_DAY)) {
    return 'binding, uncalled commitment made before 2 Jan 2025';
  }
  return null;
}

const CUTOFF_DAY = dayOf(BINDING_COMMITMENT_CUTOFF);

function computeFinding(
  s: Prepared,
  c: number,
  day: DayNumber,
  line: number,
  biological: boolean,
  outcome: 'prohibited' | 'notifiable',
  param: string,
  clause: string,
): Finding {
  const m = largestModelBy(s.index, c, addMonths(day, s.p.lookaheadMonths), biological);
  const flop = m >= 0 ? s.index.models.computeFlop[m]! : null;
  return {
    clause,
    test: `${biological ? 'A primarily biological model' : 'A model'} trained with more than the ${outcome} line${s.p.lookaheadMonths ? ` (released within ${s.p.lookaheadMonths} months after the deal counts)` : ''}`,
    met: flop !== null && flop > line,
    outcome,
    value: flop,
    threshold: line,
    unit: 'FLOP',
    ...(flop !== null ? { margin: flop / line, marginKind: 'ratio' as const } : {}),
    ...(m >= 0 ? modelSubject(s.index, m) : companySubject(s.index, c)),
    param,
  };
}

function activityFindings(
  s: Prepared,
  c: number,
  day: DayNumber,
  run: PolicyRun<UsOutboundParams>,
): Finding[] {
  const cols = s.index.companies;
  const out: Finding[] = [];
  const company = companySubject(s.index, c);
  if (s.p.coverAi && developsAi(s, c)) {
    const exclusive = cols.exclusiveEndUses[c]! & PROHIBITED_USE_MASK & ~SURVEILLANCE_BIT;
    out.push({
      clause: '31 CFR 850.224(j)',
      test: 'AI designed exclusively for military or government-intelligence end uses',
      met: exclusive !== 0,
      outcome: 'prohibited',
      value: exclusive !== 0,
      ...company,
    });
    out.push(
      computeFinding(
        s,
        c,
        day,
        s.p.prohibitedComputeFlop,
        false,
        'prohibited',
        'prohibitedComputeFlop',
        '31 CFR 850.224(k)',
      ),
    );
    out.push(
      computeFinding(
        s,
        c,
        day,
        s.p.biologicalComputeFlop,
        true,
        'prohibited',
        'biologicalComputeFlop',
        '31 CFR 850.224(k)',
      ),
    );
    out.push(
      computeFinding(
        s,
        c,
        day,
        s.p.notifiableComputeFlop,
        false,
        'notifiable',
        'notifiableComputeFlop',
        '31 CFR 850.217(d)(3)',
      ),
    );
    const uses = cols.endUses[c]! & NOTIFIABLE_USE_MASK & ~SURVEILLANCE_BIT;
    out.push({
      clause: '31 CFR 850.217(d)',
      test: 'AI designed or intended for military, intelligence, cybersecurity, forensics, penetration-testing or robotics uses',
      met: uses !== 0,
      outcome: 'notifiable',
      value:
        NOTIFIABLE_USES.filter((u) => (uses & (1 << END_USE_CODE[u])) !== 0).join(', ') || 'none recorded',
      ...company,
    });
    if ((cols.endUses[c]! & SURVEILLANCE_BIT) !== 0) {
      const exclusiveTag = (cols.exclusiveEndUses[c]! & SURVEILLANCE_BIT) !== 0;
      out.push({
        clause: '31 CFR 850.217(d)(1), 850.224(j) (surveillance tag: lower confidence)',
        test: 'Tagged "surveillance" in the company records: a lower-confidence signal (the tag marks listing or designation for surveillance work, not a finding that a system is designed for mass surveillance)',
        met: s.p.countSurveillanceTag,
        outcome: exclusiveTag ? 'prohibited' : 'notifiable',
        value: s.p.countSurveillanceTag ? 'tag counted' : 'tag not counted',
        ...company,
        param: 'countSurveillanceTag',
      });
    }
  }
  if (s.p.listedPersonsProhibited) {
    const listing = run.listings.describe(c, day, s.listMask);
    out.push({
      clause: '31 CFR 850.224 (listed persons; assumption: prong recalled, not confirmed in the rule text)',
      test: 'On a listed-persons list on the deal date, and engaged in a covered activity (at least notifiable)',
      met: listing !== null && activityTier(s, c, day) !== 0,
      outcome: 'prohibited',
      value: listing
        ? `${LIST_LABELS[listing.list as ListName] ?? listing.list} from ${listing.from}${listing.derived ? ' (derived by another measure)' : ''}`
        : 'not listed',
      ...company,
      param: 'listedPersonsProhibited',
    });
  }
  if (s.p.coverSemiconductors && (cols.sectors[c]! & SEMI_BIT) !== 0) {
    const acts = cols.semiconductorActivities[c]!;
    const names = (list: readonly SemiconductorActivity[]) =>
      list.filter((a) => (acts & (1 << SEMI_CODE[a])) !== 0).join(', ');
    out.push({
      clause: '31 CFR 850.224 (semiconductors)',
      test: 'Semiconductor activity in a prohibited tier',
      met: (acts & PROHIBITED_SEMI_MASK) !== 0,
      outcome: 'prohibited',
      value: names(PROHIBITED_SEMI) || 'none',
      ...company,
    });
    out.push({
      clause: '31 CFR 850.217(a)–(c)',
      test: 'Designs, fabricates or packages other integrated circuits',
      met: (acts & NOTIFIABLE_SEMI_MASK) !== 0,
      outcome: 'notifiable',
      value: names(NOTIFIABLE_SEMI) || 'none',
      ...company,
    });
  }
  if (s.p.coverQuantum && (cols.sectors[c]! & QUANTUM_BIT) !== 0) {
    out.push({
      clause: '31 CFR 850.224 (quantum)',
      test: 'Develops quantum computers, military quantum sensing or quantum networks',
      met: cols.quantumActivities[c]! !== 0,
      outcome: 'prohibited',
      ...company,
    });
  }
  if (s.p.coverHypersonics && (cols.sectors[c]! & HYPERSONICS_BIT) !== 0) {
    out.push({
      clause: 'COINS Act (FY2026 NDAA): hypersonic systems',
      test: 'Develops hypersonic systems',
      met: true,
      outcome: 'prohibited',
      ...company,
      param: 'coverHypersonics',
    });
  }
  const children = s.children[c];
  if (children) {
    const share = s.index.dataset.companies[c]?.coveredSubsidiaryShare ?? null;
    const best = children.reduce((m, child) => Math.max(m, activityTier(s, child, day)), 0);
    out.push({
      clause: '31 CFR 850.209(a)(2)',
      test: 'Holds interests in covered foreign persons and derives more than the financial share of its revenue, net income, capital expenditure or operating expenses from them',
      met: best !== 0,
      ...(best !== 0
        ? { outcome: best === PROHIBITED ? ('prohibited' as const) : ('notifiable' as const) }
        : {}),
      value: share,
      threshold: s.p.parentFinancialShare,
      unit: 'share',
      ...(share !== null
        ? { margin: share - s.p.parentFinancialShare, marginKind: 'difference' as const }
        : {}),
      ...company,
      param: 'parentFinancialShare',
    });
  }
  return out;
}

function personFindings(s: Prepared, c: number, day: DayNumber): Finding[] {
  const hq = s.index.countries[hqAt(s.index, c, day)] ?? '?';
  const share = ownershipShare(s, c, day);
  return [
    {
      clause: '31 CFR 850.221',
      test: `Headquartered in a country of concern (${s.p.countriesOfConcern.join(', ')}) on the deal date`,
      met: s.p.countriesOfConcern.includes(hq),
      value: hq,
      ...companySubject(s.index, c),
      param: 'countriesOfConcern',
    },
    {
      clause: '31 CFR 850.221(d)',
      test: 'Owned by persons of countries of concern at or above the ownership threshold',
      met: share >= s.p.ownershipThreshold,
      value: share,
      threshold: s.p.ownershipThreshold,
      unit: 'share',
      margin: share - s.p.ownershipThreshold,
      marginKind: 'difference',
      ...companySubject(s.index, c),
      param: 'ownershipThreshold',
    },
    ...(s.p.directionOrControl
      ? [
          {
            clause: 'COINS Act: "subject to the direction or control" of persons of a country of concern',
            test: 'Directed or controlled from a country of concern (below majority ownership)',
            met: s.directed[c] === 1,
            value: s.index.dataset.companies[c]?.directedOrControlledFrom?.join(', ') || 'none recorded',
            ...companySubject(s.index, c),
            param: 'directionOrControl',
          },
        ]
      : []),
  ];
}

function releaseCandidates(s: Prepared, c: number): ParamChange[] {
  const out: ParamChange[] = [];
  const largest = largestModelBy(s.index, c, FOREVER);
  const flop = largest >= 0 ? s.index.models.computeFlop[largest]! : Number.NaN;
  for (const [param, line] of [
    ['prohibitedComputeFlop', s.p.prohibitedComputeFlop],
    ['notifiableComputeFlop', s.p.notifiableComputeFlop],
  ] as const) {
    if (flop > line)
      out.push({ param, from: line, to: Math.min(flop, 1e28), note: 'raise to at least the largest model' });
  }
  const bio = largestModelBy(s.index, c, FOREVER, true);
  const bioFlop = bio >= 0 ? s.index.models.computeFlop[bio]! : Number.NaN;
  if (bioFlop > s.p.biologicalComputeFlop) {
    out.push({
      param: 'biologicalComputeFlop',
      from: s.p.biologicalComputeFlop,
      to: Math.min(bioFlop, 1e28),
      note: 'raise to at least the largest biological model',
    });
  }
  if (s.p.listedPersonsProhibited)
    out.push({
      param: 'listedPersonsProhibited',
      from: true,
      to: false,
      note: 'switch off the listed-persons prong',
    });
  if (s.p.countSurveillanceTag && (s.index.companies.endUses[c]! & SURVEILLANCE_BIT) !== 0)
    out.push({
      param: 'countSurveillanceTag',
      from: true,
      to: false,
      note: 'stop counting the surveillance tag',
    });
  const hq = s.index.countries[s.index.companies.hq[c]!];
  if (hq && s.p.countriesOfConcern.includes(hq)) {
    out.push({
      param: 'countriesOfConcern',
      from: s.p.countriesOfConcern,
      to: s.p.countriesOfConcern.filter((x) => x !== hq),
      note: `leave ${hq} out`,
    });
  }
  return out;
}

/** The parameters: the clause each models, the default and its source, the glossary terms, any chart line. */
const PARAMS = declareParams({
  prohibitedComputeFlop: {
    kind: 'number',
    terms: ['flop', 'compute-line', 'prohibited'],
    chartLine: { label: 'prohibited', dash: false },
    label: 'Prohibited compute threshold',
    unit: 'FLOP',
    min: 1e20,
    max: 1e28,
    logScale: true,
    default: 1e25,
    primary: true,
    clause: '31 CFR 850.224(k): an AI system trained with more than 10^25 operations',
    source: 'domain-facts A4.1',
    confidence: 'high',
    help: 'A deal is prohibited if the company released a model trained with more than this many operations (a total count, not a speed) by the deal date. Exactly at the line does not count.',
  },
  biologicalComputeFlop: {
    kind: 'number',
    terms: ['flop', 'compute-line', 'prohibited'],
    chartLine: { label: 'biological', dash: true },
    label: 'Biological-model compute threshold',
    unit: 'FLOP',
    min: 1e20,
    max: 1e28,
    logScale: true,
    default: 1e24,
    primary: true,
    clause: '31 CFR 850.224(k): more than 10^24 operations using primarily biological sequence data',
    source: 'domain-facts A4.1',
    confidence: 'high',
    help: 'The lower prohibited line for models trained primarily on biological sequence data.',
  },
  notifiableComputeFlop: {
    kind: 'number',
    terms: ['flop', 'compute-line', 'notifiable'],
    chartLine: { label: 'notifiable', dash: false },
    label: 'Notifiable compute threshold',
    unit: 'FLOP',
    min: 1e20,
    max: 1e28,
    logScale: true,
    default: 1e23,
    primary: true,
    clause: '31 CFR 850.217(d)(3): more than 10^23 operations',
    source: 'domain-facts A4.1',
    confidence: 'high',
    help: 'A deal not prohibited is notifiable if the company released a model above this line: the investor must report it to Treasury within 30 days of completion. Treasury does not review or clear it.',
  },
  ownershipThreshold: {
    kind: 'number',
    terms: ['person-of-concern', 'covered-foreign-person', 'coins-act'],
    label: 'Ownership threshold',
    unit: 'share',
    min: 0,
    max: 1,
    default: 0.5,
    clause: '31 CFR 850.221(d): 50 % or more held by persons of a country of concern',
    source: 'domain-facts A2 (recalled, medium)',
    confidence: 'medium',
    help: 'A company outside China counts as a person of a country of concern if persons of those countries hold at least this share of its votes, board seats or equity. Ownership is recorded for few companies, so lowering this line changes little. The COINS Act\'s "direction or control" test is not an equity share: see "Direction or control (COINS Act)".',
  },
  investorCountries: {
    kind: 'countries',
    terms: ['us-person', 'covered-transaction'],
    label: 'Investor countries',
    default: ['US'],
    clause: '31 CFR 850.229: U.S. person',
    source: 'domain-facts A2',
    confidence: 'high',
    help: 'Deals are covered when at least one investor is from one of these countries. An allied mirror rule would list other countries.',
  },
  countriesOfConcern: {
    kind: 'countries',
    terms: ['country-of-concern', 'person-of-concern'],
    label: 'Countries of concern',
    default: ['CN', 'HK', 'MO'],
    clause: 'EO 14105 Annex: the PRC, including Hong Kong and Macau',
    source: 'domain-facts A1–A2',
    confidence: 'high',
    help: 'Targets headquartered here, or majority owned from here, are persons of a country of concern.',
  },
  listedPersonsProhibited: {
    kind: 'boolean',
    terms: ['listed-persons', 'entity-list', 'prohibited'],
    label: 'Listed persons prohibited (assumption)',
    default: false,
    clause: '31 CFR 850.224 listed-persons prong (recalled, not confirmed in the rule text)',
    source: 'domain-facts A4.4 and E1 (unconfirmed); not found in the searched copies of 31 CFR 850.224',
    confidence: 'unconfirmed',
    help: 'An assumption, off by default: the final rule is recalled to prohibit deals with covered foreign persons on the Entity List, MEU, SDN or NS-CMIC lists, but the wording could not be confirmed. When on, a listed company is prohibited only if it is engaged in a covered activity (at least notifiable: e.g. a model above the notifiable line, or AI designed for a listed end use); an "ai" sector tag alone is not enough.',
  },
  coveredLists: {
    kind: 'choices',
    terms: ['listed-persons', 'entity-list'],
    label: 'Lists that count',
    default: ['entity-list', 'meu', 'sdn', 'ns-cmic'],
    options: [
      { value: 'entity-list', label: 'Entity List' },
      { value: 'meu', label: 'Military End-User List' },
      { value: 'sdn', label: 'OFAC SDN list' },
      { value: 'ns-cmic', label: 'NS-CMIC list' },
    ],
    clause: '31 CFR 850.224 listed-persons prong',
    source: 'domain-facts A4.4 (unconfirmed)',
    confidence: 'unconfirmed',
    help: 'Which US lists the listed-persons prong reads.',
  },
  coverAi: {
    kind: 'boolean',
    terms: ['covered-foreign-person', 'compute-line'],
    label: 'Cover AI',
    default: true,
    clause: '31 CFR 850.217(d), 850.224(j)–(k)',
    source: 'domain-facts A4.1',
    confidence: 'high',
    help: 'Apply the AI tests.',
  },
  coverSemiconductors: {
    kind: 'boolean',
    terms: ['covered-foreign-person', 'prohibited', 'notifiable'],
    label: 'Cover semiconductors',
    default: true,
    clause: '31 CFR 850.217(a)–(c), 850.224',
    source: 'domain-facts A4.2',
    confidence: 'high',
    help: 'Apply the semiconductor tests: EDA, equipment, advanced design, fabrication and packaging, and supercomputers are prohibited; other design, fabrication and packaging is notifiable.',
  },
  coverQuantum: {
    kind: 'boolean',
    terms: ['covered-foreign-person', 'prohibited'],
    label: 'Cover quantum',
    default: true,
    clause: '31 CFR 850.224 (quantum)',
    source: 'domain-facts A4.3',
    confidence: 'medium',
    help: 'Apply the quantum tests: every listed quantum activity is prohibited.',
  },
  exceptPublicSecurities: {
    kind: 'boolean',
    terms: ['excepted'],
    label: 'Except publicly traded securities',
    default: true,
    clause: '31 CFR 850.501: publicly traded securities',
    source: 'domain-facts A5',
    confidence: 'high',
    help: 'Shares bought on an exchange are excepted. The February 2025 America First Investment Policy asked Treasury to consider covering them.',
  },
  lpDeMinimisUsd: {
    kind: 'number',
    terms: ['lp-exception', 'excepted'],
    label: 'LP de minimis',
    unit: 'USD',
    min: 0,
    max: 1e9,
    logScale: false,
    default: 2e6,
    clause: '31 CFR 850.501: passive LP commitments of USD 2,000,000 or less',
    source: 'domain-facts A5',
    confidence: 'high',
    help: 'A limited-partner commitment at or under this amount is excepted.',
  },
  exceptBindingCommitments: {
    kind: 'boolean',
    terms: ['excepted', 'effective-date'],
    label: 'Except commitments binding before the effective date',
    default: true,
    clause: '31 CFR 850.501: binding, uncalled commitments entered into before 2 Jan 2025',
    source: 'domain-facts A5 (pre-existing commitments, high)',
    confidence: 'high',
    help: "A deal completed on or after 2 Jan 2025 that fulfils a binding, uncalled capital commitment entered into before 2 Jan 2025 is excepted (or before the measure's effective date, if earlier). A commitment made after 2 Jan 2025 is not excepted, even if it precedes a later effective date.",
  },
  lookaheadMonths: {
    kind: 'number',
    terms: ['compute-line'],
    label: 'Look-ahead for models in development',
    unit: 'months',
    min: 0,
    max: 36,
    integer: true,
    default: 0,
    clause: '31 CFR 850.224(k) covers systems a company "develops"',
    source: 'modeling choice',
    confidence: 'medium',
    help: 'Also count a model released within this many months after the deal, as one in development on the deal date. 0 counts only released models.',
  },
  countSurveillanceTag: {
    kind: 'boolean',
    terms: ['notifiable', 'prohibited'],
    label: 'Count the surveillance tag (lower confidence)',
    default: true,
    clause: '31 CFR 850.217(d)(1) and 850.224(j): AI designed for mass-surveillance end uses',
    source:
      'data/sources/companies.SOURCE.md: the tag marks firms listed or designated for surveillance work',
    confidence: 'low',
    help: 'Companies tagged "surveillance" in the data were listed or designated for surveillance work; the tag is not a finding that their AI is designed for mass surveillance in the rule\'s sense. On: the tag counts as that end use (notifiable), shown as a lower-confidence finding. Off: only the other recorded end uses count.',
  },
  knowledgeShare: {
    kind: 'number',
    terms: ['knowledge-standard', 'covered-transaction'],
    label: 'Knowledge: share of covered deals identified',
    unit: 'share',
    min: 0,
    max: 1,
    default: 1,
    clause:
      '31 CFR 850.216 and 850.210: covered only with knowledge, judged by a reasonable and diligent inquiry',
    source: 'domain-facts A2 (knowledge, high); 1 = perfect knowledge is a modeling choice',
    confidence: 'medium',
    help: 'The rule binds an investor who knows, or after a reasonable and diligent inquiry would know, that the target is a covered foreign person. This is the share of covered deals investors identify (chosen by a seeded hash of each deal id); the rest go ahead unreported. 1 = every covered deal is identified.',
  },
  parentTest: {
    kind: 'boolean',
    terms: ['covered-foreign-person'],
    label: 'Parent test (holding companies)',
    default: true,
    clause:
      '31 CFR 850.209(a)(2): a person holding interests in covered foreign persons that derives more than 50 % of its revenue, net income, capital expenditure or operating expenses from them',
    source: 'domain-facts A2 (covered foreign person, recalled, medium); A8',
    confidence: 'medium',
    help: "A company anywhere (e.g. an offshore holding company) is a covered foreign person if it holds interests in covered subsidiaries (recorded by their parent field) and draws more than the financial share from them; it takes their highest tier. Needs the company's recorded share (coveredSubsidiaryShare); without it the test is not met.",
  },
  parentFinancialShare: {
    kind: 'number',
    terms: ['covered-foreign-person'],
    label: 'Parent test: financial share',
    unit: 'share',
    min: 0,
    max: 1,
    default: 0.5,
    clause: '31 CFR 850.209(a)(2): more than 50 %',
    source: 'domain-facts A2, A8',
    confidence: 'medium',
    help: 'The parent test is met above (not at) this share of revenue, net income, capital expenditure or operating expenses.',
  },
  jointVentureRoute: {
    kind: 'boolean',
    terms: ['covered-foreign-person', 'covered-transaction'],
    label: 'Joint ventures (covered activity of the venture)',
    default: true,
    clause:
      '31 CFR 850.209(a)(3) and 850.210(a)(5): a joint venture with a person of a country of concern that engages in a covered activity',
    source: 'domain-facts A2, A3 (type 5)',
    confidence: 'medium',
    help: "A joint venture with a person of a country of concern is covered by what the venture will do, even if the partner does nothing covered itself. Reads the deal's recorded jointVentureActivity; without it only the partner's own activity counts.",
  },
  coverControlledForeignEntities: {
    kind: 'boolean',
    terms: ['controlled-foreign-entity', 'us-person'],
    label: 'Controlled foreign entities',
    default: true,
    clause:
      '31 CFR 850.302 and 850.206: a U.S. person must take all reasonable steps to stop its controlled foreign entities from prohibited deals, and notify theirs',
    source: 'domain-facts A2 (controlled foreign entity, high)',
    confidence: 'high',
    help: "Count a deal by a non-US fund or company controlled by an investor-country person (investor recorded with controlledBy) as that person's deal.",
  },
  coverKnowinglyDirected: {
    kind: 'boolean',
    terms: ['controlled-foreign-entity', 'us-person'],
    label: 'Knowingly directed deals',
    default: true,
    clause:
      '31 CFR 850.303: a U.S. person may not knowingly direct a transaction that would be prohibited if done by a U.S. person',
    source: 'domain-facts A2 (recalled section number, medium)',
    confidence: 'medium',
    help: 'Count a deal by a non-US investor that an investor-country person knowingly directs (investor recorded with directedBy), e.g. a US partner of a China fund approving its deal.',
  },
  coverConversions: {
    kind: 'boolean',
    terms: ['covered-transaction'],
    label: 'Conversions of contingent equity',
    default: true,
    clause: '31 CFR 850.210(a)(3): the conversion of a contingent equity interest',
    source: 'domain-facts A3 (type 3, high)',
    confidence: 'high',
    help: 'Converting options, warrants or convertible notes into equity is itself a covered transaction, so warrants bought before the rule and converted after it are caught at conversion.',
  },
  exceptLpAssurance: {
    kind: 'boolean',
    terms: ['lp-exception', 'excepted'],
    label: 'Except LPs with a contractual assurance',
    default: true,
    clause:
      "31 CFR 850.501: LP interests where the fund gives a binding contractual assurance that the LP's capital will not fund covered deals",
    source: 'domain-facts A5 (assurance limb recalled, medium) and E2',
    confidence: 'medium',
    help: 'An LP commitment above the de minimis amount is still excepted if the LP holds such an assurance (lpContractualAssurance on the deal).',
  },
  exemptedDeals: {
    kind: 'ids',
    terms: ['national-interest-exemption', 'excepted'],
    label: 'National-interest exemptions (deals)',
    of: 'deal',
    default: [],
    clause:
      '31 CFR 850.502: exemption by the Secretary of the Treasury, with Commerce and State, "only in exceptional circumstances"',
    source: 'domain-facts A5 (high); no exemptions have been published',
    confidence: 'high',
    help: 'Deals (by id) granted a national-interest exemption: they come out excepted. None has been published, so the list is empty.',
  },
  directionOrControl: {
    kind: 'boolean',
    terms: ['coins-act', 'person-of-concern'],
    label: 'Direction or control (COINS Act)',
    default: false,
    clause:
      'COINS Act (FY2026 NDAA, 18 Dec 2025): entities "subject to the direction or control" of covered foreign persons',
    source: 'domain-facts A7 (high); regulations due by ~Mar 2027',
    confidence: 'medium',
    help: 'COINS Act, not Part 850: a company directed or controlled from a country of concern (recorded as directedOrControlledFrom) counts as a person of that country whatever its ownership. Not an equity share.',
  },
  coverHypersonics: {
    kind: 'boolean',
    terms: ['coins-act'],
    label: 'Cover hypersonics (COINS Act)',
    default: false,
    clause: 'COINS Act (FY2026 NDAA): hypersonic systems',
    source: 'domain-facts A7 (high)',
    confidence: 'high',
    help: 'COINS Act, not Part 850: developing hypersonic systems is a covered (here prohibited) activity. High-performance computing and supercomputers are covered through the semiconductor tests.',
  },
});

export const usOutbound = defineMeasure({
  id: 'us-outbound',
  title: 'US outbound investment rule',
  summary:
    'Stops or requires notice of US investment into Chinese (incl. Hong Kong and Macau) companies working on AI, advanced chips or quantum. Deals with a company that trained a model above 1e25 FLOP (1e24 for biological models) are prohibited; above 1e23, notifiable.',
  jurisdiction: 'US',
  legalBasis: '31 CFR Part 850 (Treasury), under Executive Order 14105',
  defaultEffectiveFrom: '2025-01-02',
  effectiveFromSource:
    'Treasury FAQ: applies to transactions completed on or after 2 Jan 2025 (domain-facts A1, high)',
  kinds: ['investment'],
  outcomes: ['prohibited', 'notifiable', 'excepted'],
  params: PARAMS,
  prepare(run): PreparedPolicy {
    const { index, params: p } = run;
    const prohibited = firstDayAbove(index, p.prohibitedComputeFlop);
    const bio = firstDayAbove(index, p.biologicalComputeFlop, true);
    const notifiable = firstDayAbove(index, p.notifiableComputeFlop);
    const s: Prepared = {
      index,
      p,
      investor: countryFlags(index, p.investorCountries),
      concern: countryFlags(index, p.countriesOfConcern),
      listMask: maskOf(LIST_CODE, p.coveredLists),
      prohibitedDay: shifted(prohibited.day, p.lookaheadMonths),
      prohibitedModel: prohibited.model,
      bioDay: shifted(bio.day, p.lookaheadMonths),
      bioModel: bio.model,
      notifiableDay: shifted(notifiable.day, p.lookaheadMonths),
      notifiableModel: notifiable.model,
      prohibitedUses: p.countSurveillanceTag ? PROHIBITED_USE_MASK : PROHIBITED_USE_MASK & ~SURVEILLANCE_BIT,
      notifiableUses: p.countSurveillanceTag ? NOTIFIABLE_USE_MASK : NOTIFIABLE_USE_MASK & ~SURVEILLANCE_BIT,
      directed: directedFlags(index, p),
      children: parentChildren(index, p),
      exempted: new Set(p.exemptedDeals),
    };
    // A company's tier changes only when it relocates, is listed or delisted, or crosses a compute line.
    const tiers = once(() =>
      buildTimeline(
        index.companies.count,
        (c, out) => {
          activityChangeDays(s, c, out);
          const children = s.children[c];
          if (children) for (const child of children) activityChangeDays(s, child, out);
          if (p.listedPersonsProhibited) run.listings.changeDays(c, s.listMask, out);
        },
        (c, day) => tierOf(s, c, day, run),
      ),
    );
    const tx = index.tx;
    const investment = KIND_CODE.investment;
    const scope = once(() => deriveTimeline(tiers(), (tier) => tier, run.fromDay, run.toDay));

    const linked = linksFor(
      index,
      p.investorCountries,
      p.coverControlledForeignEntities,
      p.coverKnowinglyDirected,
    );
    /** The outcome of a covered-instrument deal with a known tier: the tier, excepted, or 0 if not identified. */
    function settle(t: number, tier: number): number {
      if (tier === 0 || !isCoveredInstrument(s, t) || !isKnown(s, t, run.seed)) return 0;
      return exceptionOf(s, t, run.fromDay) === null ? tier : EXCEPTED;
    }

    /** The outcome of any transaction, by the rule applied directly. */
    function outcomeAt(t: number): number {
      const day = tx.day[t]!;
      const c = tx.company[t]!;
      if (tx.kind[t] !== investment || day < run.fromDay || day > run.toDay || c < 0) return 0;
      if (!hasInvestorFrom(index, t, s.investor) && !linked.has(t)) return 0;
      return settle(t, Math.max(tierOf(s, c, day, run), jointVentureTier(s, t, c, day)));
    }

    return {
      evaluate(out, only) {
        if (only) {
          for (let j = 0; j < only.length; j++) out[only[j]!] = outcomeAt(only[j]!);
          return;
        }
        const timeline = tiers();
        const { day: days, company } = tx;
        // Investments with an investor from the covered countries, dated while the rule is in force.
        const positions = withinDays(
          index,
          linked.merged(investmentsWithInvestorFrom(index, p.investorCountries)),
          run.fromDay,
          run.toDay,
        );
        const jv = INSTRUMENT_CODE['joint-venture'];
        for (let j = 0; j < positions.length; j++) {
          const t = positions[j]!;
          const c = company[t]!;
          if (c < 0) continue;
          const day = days[t]!;
          let tier = statusOn(timeline, c, day);
          if (tx.instrument[t] === jv) tier = Math.max(tier, jointVentureTier(s, t, c, day));
          if (tier !== 0) out[t] = settle(t, tier);
        }
      },
      get scope() {
        return scope();
      },
      inScope(c, day) {
        return day >= run.fromDay && day <= run.toDay && tierOf(s, c, day, run) !== 0;
      },
      explainTransaction(t) {
        if (tx.kind[t] !== investment) return [];
        const day = tx.day[t]!;
        const c = tx.company[t]!;
        const investors = index.dataset.transactions[tx.source[t]!];
        const countries =
          investors?.kind === 'investment'
            ? [...new Set(investors.investors.map((i) => i.country))].join(', ')
            : '';
        const findings: Finding[] = [
          inForceFinding(run, day, '31 CFR 850.210', 'Completed', transactionSubject(index, t)),
          {
            clause: '31 CFR 850.229',
            test: `At least one investor from ${p.investorCountries.join(', ')}`,
            met: hasInvestorFrom(index, t, s.investor),
            value: countries || 'no investors recorded',
            ...transactionSubject(index, t),
            param: 'investorCountries',
          },
        ];
        if (linked.has(t) || linked.recorded(t)) {
          findings.push({
            clause: '31 CFR 850.302–850.303',
            test: `An investor controlled or knowingly directed by a person from ${p.investorCountries.join(', ')}`,
            met: linked.has(t),
            value: linked.describe(t),
            ...transactionSubject(index, t),
            param: 'coverControlledForeignEntities',
          });
        }
        const instrument = investors?.kind === 'investment' ? investors.instrument : '';
        findings.push({
          clause: '31 CFR 850.210',
          test: 'A covered transaction type (equity, contingent equity, convertible debt, fund interest, joint venture, greenfield, conversion …; not plain debt)',
          met: isCoveredInstrument(s, t),
          value: instrument,
          ...transactionSubject(index, t),
          ...(instrument === 'conversion' ? { param: 'coverConversions' } : {}),
        });
        if (c < 0) return findings;
        findings.push(...personFindings(s, c, day), ...activityFindings(s, c, day, run));
        if (investors?.kind === 'investment' && investors.instrument === 'joint-venture') {
          const jvTier = jointVentureTier(s, t, c, day);
          findings.push({
            clause: '31 CFR 850.209(a)(3)',
            test: 'A joint venture with a person of a country of concern that will engage in a covered activity',
            met: jvTier !== 0,
            ...(jvTier !== 0
              ? { outcome: jvTier === PROHIBITED ? ('prohibited' as const) : ('notifiable' as const) }
              : {}),
            value: investors.jointVentureActivity ?? 'no venture activity recorded',
            ...transactionSubject(index, t),
            param: 'jointVentureRoute',
          });
        }
        if (p.knowledgeShare < 1) {
          const known = isKnown(s, t, run.seed);
          findings.push({
            clause: '31 CFR 850.216',
            test: 'The investor identifies the deal as covered after a reasonable and diligent inquiry (modeled share)',
            met: known,
            value: uniformOf(`${index.tx.ids[t]!}#knowledge`, run.seed),
            threshold: p.knowledgeShare,
            ...transactionSubject(index, t),
            param: 'knowledgeShare',
          });
        }
        const exception = exceptionOf(s, t, run.fromDay);
        findings.push({
          clause: '31 CFR 850.501',
          test: 'An exception applies',
          met: exception !== null,
          outcome: 'excepted',
          value: exception ?? 'none',
          ...transactionSubject(index, t),
        });
        return findings;
      },
      explainCompany(c, day) {
        return [...personFindings(s, c, day), ...activityFindings(s, c, day, run)];
      },
      releaseCandidates(c) {
        return releaseCandidates(s, c);
      },
    };
  },
});
