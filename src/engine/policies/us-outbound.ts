/**
 * US outbound investment rule (31 CFR Part 850; effective 2025-01-02). DESIGN §3.1; domain-facts A.
 *
 * Acts on investment transactions with at least one investor from `investorCountries`, completed on or after the
 * effective date, into a covered foreign person: a company whose HQ on the deal date (after relocations) is in a
 * country of concern, or which persons of those countries own at least `ownershipThreshold` of, and which engages
 * in a covered activity. Prohibited triggers beat notifiable ones (850.217 excludes what 850.224 describes).
 * Compute lines are strict: exactly 1e25 is not "greater than" 1e25. Exceptions (850.501) give `excepted`.
 */
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
import { addMonths, type DayNumber, isoOf } from '../dates';
import { firstDayAbove, largestModelBy } from '../models';
import { OUTCOME_CODE } from '../outcomes';
import type { Finding, ParamChange, PolicyRun, PolicyTemplate, PreparedPolicy } from '../policy';
import { companySubject, modelSubject, transactionSubject } from '../subjects';
import { buildTimeline, deriveTimeline, once, statusOn } from '../timeline';

export type UsOutboundParams = {
  readonly investorCountries: readonly string[];
  readonly countriesOfConcern: readonly string[];
  readonly ownershipThreshold: number;
  readonly prohibitedComputeFlop: number;
  readonly biologicalComputeFlop: number;
  readonly notifiableComputeFlop: number;
  readonly listedPersonsProhibited: boolean;
  readonly coveredLists: readonly ListName[];
  readonly coverAi: boolean;
  readonly coverSemiconductors: boolean;
  readonly coverQuantum: boolean;
  readonly exceptPublicSecurities: boolean;
  readonly lpDeMinimisUsd: number;
  readonly exceptBindingCommitments: boolean;
  readonly lookaheadMonths: number;
};

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
const AI_BIT = 1;
const SEMI_BIT = 2;
const QUANTUM_BIT = 4;
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

function ownershipShare(s: Prepared, c: number, day: DayNumber): number {
  const own = s.index.companies.ownership[c];
  if (!own) return s.concern[hqAt(s.index, c, day)] ? 1 : 0;
  let total = 0;
  for (const [country, share] of own) if (s.concern[country]) total += share;
  return total;
}

/** Say whether a company is a person of a country of concern on a day (850.221). */
function isPersonOfConcern(s: Prepared, c: number, day: DayNumber): boolean {
  return s.concern[hqAt(s.index, c, day)] === 1 || ownershipShare(s, c, day) >= s.p.ownershipThreshold;
}

function developsAi(s: Prepared, c: number): boolean {
  return (s.index.companies.sectors[c]! & AI_BIT) !== 0 || (s.index.companies.models[c]?.length ?? 0) > 0;
}

/** Return the activity tier of a company on a day: PROHIBITED, NOTIFIABLE or 0. */
function tierOf(s: Prepared, c: number, day: DayNumber, run: PolicyRun<UsOutboundParams>): number {
  if (!isPersonOfConcern(s, c, day)) return 0;
  const cols = s.index.companies;
  const sectors = cols.sectors[c]!;
  const ai = s.p.coverAi && developsAi(s, c);
  const semi = s.p.coverSemiconductors && (sectors & SEMI_BIT) !== 0;
  const quantum = s.p.coverQuantum && (sectors & QUANTUM_BIT) !== 0 && cols.quantumActivities[c]! !== 0;
  if (ai) {
    if ((cols.exclusiveEndUses[c]! & PROHIBITED_USE_MASK) !== 0) return PROHIBITED;
    if (day >= s.prohibitedDay[c]! || day >= s.bioDay[c]!) return PROHIBITED;
    if (s.p.listedPersonsProhibited && run.listings.listedOn(c, day, s.listMask)) return PROHIBITED;
  }
  if (semi && (cols.semiconductorActivities[c]! & PROHIBITED_SEMI_MASK) !== 0) return PROHIBITED;
  if (quantum) return PROHIBITED;
  if (ai && (day >= s.notifiableDay[c]! || (cols.endUses[c]! & NOTIFIABLE_USE_MASK) !== 0)) return NOTIFIABLE;
  if (semi && (cols.semiconductorActivities[c]! & NOTIFIABLE_SEMI_MASK) !== 0) return NOTIFIABLE;
  return 0;
}

/** Return the exception that applies to an investment, or null (850.501). */
function exceptionOf(s: Prepared, t: number, fromDay: DayNumber): string | null {
  const tx = s.index.tx;
  const instrument = tx.instrument[t]!;
  if (instrument === INSTRUMENT_CODE.debt) return 'plain debt is not a covered transaction';
  if (s.p.exceptPublicSecurities && instrument === INSTRUMENT_CODE['public-securities'])
    return 'publicly traded securities';
  if (instrument === INSTRUMENT_CODE['lp-fund'] && tx.lpCommitmentUsd[t]! <= s.p.lpDeMinimisUsd) {
    return 'limited-partner commitment at or under the de minimis amount';
  }
  const binding = tx.bindingDay[t]!;
  if (s.p.exceptBindingCommitments && binding !== NO_DAY && binding < fromDay) {
    return 'binding commitment made before the effective date';
  }
  return null;
}

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
    const exclusive = cols.exclusiveEndUses[c]! & PROHIBITED_USE_MASK;
    out.push({
      clause: '31 CFR 850.224(j)',
      test: 'AI designed exclusively for military, government-intelligence or mass-surveillance end uses',
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
    if (s.p.listedPersonsProhibited) {
      const listing = run.listings.describe(c, day, s.listMask);
      out.push({
        clause: '31 CFR 850.224 (listed persons; prong recalled, unconfirmed)',
        test: 'Develops AI and is on a listed-persons list on the deal date',
        met: listing !== null,
        outcome: 'prohibited',
        value: listing
          ? `${LIST_LABELS[listing.list as ListName] ?? listing.list} from ${listing.from}${listing.derived ? ' (derived by another measure)' : ''}`
          : 'not listed',
        ...company,
        param: 'listedPersonsProhibited',
      });
    }
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
    const uses = cols.endUses[c]! & NOTIFIABLE_USE_MASK;
    out.push({
      clause: '31 CFR 850.217(d)',
      test: 'AI designed or intended for military, intelligence, surveillance, cybersecurity, forensics, penetration-testing or robotics uses',
      met: uses !== 0,
      outcome: 'notifiable',
      value:
        NOTIFIABLE_USES.filter((u) => (uses & (1 << END_USE_CODE[u])) !== 0).join(', ') || 'none recorded',
      ...company,
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

export const usOutbound: PolicyTemplate<UsOutboundParams> = {
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
  params: [
    {
      kind: 'number',
      key: 'prohibitedComputeFlop',
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
    {
      kind: 'number',
      key: 'biologicalComputeFlop',
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
    {
      kind: 'number',
      key: 'notifiableComputeFlop',
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
      help: 'A deal not prohibited is notifiable (Treasury must be told within 30 days) if the company released a model above this line.',
    },
    {
      kind: 'number',
      key: 'ownershipThreshold',
      label: 'Ownership threshold',
      unit: 'share',
      min: 0,
      max: 1,
      default: 0.5,
      clause: '31 CFR 850.221(d): 50 % or more held by persons of a country of concern',
      source: 'domain-facts A2 (recalled, medium)',
      confidence: 'medium',
      help: 'A company outside China counts as a person of a country of concern if persons of those countries hold at least this share. The COINS Act adds "direction or control" below 50 %.',
    },
    {
      kind: 'countries',
      key: 'investorCountries',
      label: 'Investor countries',
      default: ['US'],
      clause: '31 CFR 850.229: U.S. person',
      source: 'domain-facts A2',
      confidence: 'high',
      help: 'Deals are covered when at least one investor is from one of these countries. An allied mirror rule would list other countries.',
    },
    {
      kind: 'countries',
      key: 'countriesOfConcern',
      label: 'Countries of concern',
      default: ['CN', 'HK', 'MO'],
      clause: 'EO 14105 Annex: the PRC, including Hong Kong and Macau',
      source: 'domain-facts A1–A2',
      confidence: 'high',
      help: 'Targets headquartered here, or majority owned from here, are persons of a country of concern.',
    },
    {
      kind: 'boolean',
      key: 'listedPersonsProhibited',
      label: 'Listed persons prohibited',
      default: true,
      clause: '31 CFR 850.224 listed-persons prong (recalled, not re-read)',
      source: 'domain-facts A4.4 (unconfirmed)',
      confidence: 'unconfirmed',
      help: 'Uncertain: the final rule is recalled to prohibit deals with AI developers on the Entity List, MEU, SDN or NS-CMIC lists whatever their compute. Switch off to see the rule without it.',
    },
    {
      kind: 'choices',
      key: 'coveredLists',
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
    {
      kind: 'boolean',
      key: 'coverAi',
      label: 'Cover AI',
      default: true,
      clause: '31 CFR 850.217(d), 850.224(j)–(k)',
      source: 'domain-facts A4.1',
      confidence: 'high',
      help: 'Apply the AI tests.',
    },
    {
      kind: 'boolean',
      key: 'coverSemiconductors',
      label: 'Cover semiconductors',
      default: true,
      clause: '31 CFR 850.217(a)–(c), 850.224',
      source: 'domain-facts A4.2',
      confidence: 'high',
      help: 'Apply the semiconductor tests: EDA, equipment, advanced design, fabrication and packaging, and supercomputers are prohibited; other design, fabrication and packaging is notifiable.',
    },
    {
      kind: 'boolean',
      key: 'coverQuantum',
      label: 'Cover quantum',
      default: true,
      clause: '31 CFR 850.224 (quantum)',
      source: 'domain-facts A4.3',
      confidence: 'medium',
      help: 'Apply the quantum tests: every listed quantum activity is prohibited.',
    },
    {
      kind: 'boolean',
      key: 'exceptPublicSecurities',
      label: 'Except publicly traded securities',
      default: true,
      clause: '31 CFR 850.501: publicly traded securities',
      source: 'domain-facts A5',
      confidence: 'high',
      help: 'Shares bought on an exchange are excepted. The February 2025 America First Investment Policy asked Treasury to consider covering them.',
    },
    {
      kind: 'number',
      key: 'lpDeMinimisUsd',
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
    {
      kind: 'boolean',
      key: 'exceptBindingCommitments',
      label: 'Except commitments binding before the effective date',
      default: true,
      clause: '31 CFR 850.501: binding, uncalled commitments entered into before 2 Jan 2025',
      source: 'domain-facts A5',
      confidence: 'high',
      help: 'A deal completed after the effective date but committed to, bindingly, before it is excepted.',
    },
    {
      kind: 'number',
      key: 'lookaheadMonths',
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
  ],
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
    };
    // A company's tier changes only when it relocates, is listed or delisted, or crosses a compute line.
    const tiers = once(() =>
      buildTimeline(
        index.companies.count,
        (c, out) => {
          relocationDays(index, c, out);
          if (s.prohibitedDay[c]! !== FOREVER) out.push(s.prohibitedDay[c]!);
          if (s.bioDay[c]! !== FOREVER) out.push(s.bioDay[c]!);
          if (s.notifiableDay[c]! !== FOREVER) out.push(s.notifiableDay[c]!);
          if (p.listedPersonsProhibited) run.listings.changeDays(c, s.listMask, out);
        },
        (c, day) => tierOf(s, c, day, run),
      ),
    );
    const tx = index.tx;
    const investment = KIND_CODE.investment;
    const scope = once(() => deriveTimeline(tiers(), (tier) => tier, run.fromDay, run.toDay));

    /** The outcome of any transaction, by the rule applied directly. */
    function outcomeAt(t: number): number {
      const day = tx.day[t]!;
      const c = tx.company[t]!;
      if (tx.kind[t] !== investment || day < run.fromDay || day > run.toDay || c < 0) return 0;
      if (!hasInvestorFrom(index, t, s.investor)) return 0;
      const tier = tierOf(s, c, day, run);
      if (tier === 0) return 0;
      return exceptionOf(s, t, run.fromDay) === null ? tier : EXCEPTED;
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
          investmentsWithInvestorFrom(index, p.investorCountries),
          run.fromDay,
          run.toDay,
        );
        for (let j = 0; j < positions.length; j++) {
          const t = positions[j]!;
          const c = company[t]!;
          if (c < 0) continue;
          const day = days[t]!;
          const tier = statusOn(timeline, c, day);
          if (tier !== 0) out[t] = exceptionOf(s, t, run.fromDay) === null ? tier : EXCEPTED;
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
          {
            clause: '31 CFR 850.210',
            test: 'Completed on or after the effective date',
            met: day >= run.fromDay && day <= run.toDay,
            value: isoOf(day),
            threshold: isoOf(run.fromDay),
            margin: day - run.fromDay,
            marginKind: 'days',
            ...transactionSubject(index, t),
          },
          {
            clause: '31 CFR 850.229',
            test: `At least one investor from ${p.investorCountries.join(', ')}`,
            met: hasInvestorFrom(index, t, s.investor),
            value: countries || 'no investors recorded',
            ...transactionSubject(index, t),
            param: 'investorCountries',
          },
        ];
        if (c < 0) return findings;
        findings.push(...personFindings(s, c, day), ...activityFindings(s, c, day, run));
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
};
