/**
 * The Patriotic Investment Act (S.5188, introduced 25 Sep 2024; not enacted): gains on "disqualified PRC
 * securities" are taxed as ordinary income instead of at capital-gains rates. docs/SOURCES.md, "The Patriotic
 * Investment Act", gives the bill's text this reads and every modelled assumption.
 *
 * Acts on investment rounds dated from the effective date (the day the new tax treatment applies: by default the
 * day the bill's six-month divestment window would have closed, had it been enacted when introduced) with at
 * least one investor from `investorCountries` (US taxpayers), into a company headquartered on the deal date in
 * `countries` — the bill's definition of a disqualified PRC security's issuer — or, with `coveredCompanies` set to
 * `outbound`, only such a company that has released an AI model above the outbound rule's notifiable compute line
 * (a covered foreign person's AI activity, 31 CFR 850.224). A covered deal is `taxed`: it goes ahead, never
 * stopped, and reports in channel `taxUsd` the expected extra tax on its future gain:
 *
 *   amount × US share × (gain multiple − 1) × (ordinary rate − capital-gains rate)
 *
 * — zero when the holding period is a year or less (such a gain is ordinary income already), negative if the
 * ordinary rate is set below the capital-gains rate. The bill lets the tax be paid in three annual instalments;
 * the amount is the undiscounted total. Only new rounds are counted: gains a holding made before the effective
 * date are not taxed (future gains only), and holdings older than the horizon are not in the data.
 */
import { hqFinding, inForceFinding } from '../clauses';
import { KIND_CODE } from '../dataset/codes';
import {
  countryFlags,
  FOREVER,
  hasInvestorFrom,
  hqAt,
  relocationDays,
  transactionsOfKind,
} from '../dataset/index-dataset';
import { type DayNumber, isoOf } from '../dates';
import { declareParams, defineMeasure, type ParamsOf } from '../define-measure';
import { firstDayAbove } from '../models';
import { OUTCOME_CODE } from '../outcomes';
import type { Finding, PolicyRun, PreparedPolicy } from '../policy';
import { companySubject, modelSubject, transactionSubject } from '../subjects';
import { buildTimeline, deriveTimeline, once, statusOn } from '../timeline';

export type UsInvestmentTaxParams = ParamsOf<typeof PARAMS>;

const TAXED = OUTCOME_CODE.taxed;

/** The outbound rule's notifiable AI compute line (31 CFR 850.224; docs/SOURCES.md), for the `outbound` option. */
export const OUTBOUND_AI_LINE_FLOP = 1e23;

/** Long-term capital gains need a holding of more than one year (26 U.S.C. 1222). */
const LONG_TERM_YEARS = 1;

/** The parameters: the clause each models, the default and its source, the glossary terms. */
const PARAMS = declareParams({
  coveredCompanies: {
    kind: 'enum',
    terms: ['disqualified-prc-security', 'covered-foreign-person'],
    label: 'Covered companies',
    options: [
      { value: 'bill', label: 'The bill: any company based in the PRC' },
      { value: 'outbound', label: 'Only AI developers the outbound rule covers' },
    ],
    default: 'bill',
    primary: true,
    clause:
      'S.5188 §2, new IRC §1261(b)(1): a "specified interest" in the PRC government, the CCP, or a PRC citizen, national, resident or entity',
    source: 'domain-facts A7 (S.5188 text, high); docs/SOURCES.md',
    confidence: 'high',
    help: 'The bill covers interests in any company based in the PRC (Hong Kong and Macau included). The narrower option counts only those that have released an AI model above the outbound rule’s notifiable line of 1e23 operations — the AI developers 31 CFR Part 850 treats as covered foreign persons.',
  },
  ordinaryRate: {
    kind: 'number',
    terms: ['ordinary-income', 'capital-gains-rate'],
    label: 'Ordinary income tax rate',
    unit: 'share',
    min: 0,
    max: 1,
    default: 0.37,
    primary: true,
    clause: 'S.5188 §2: gain "treated as ordinary income"; 26 U.S.C. 1(j) top rate',
    source:
      'docs/SOURCES.md (26 U.S.C. 1(j): 37 % top federal rate, 2018–2025; recalled, not in domain-facts)',
    confidence: 'medium',
    help: 'The rate a covered gain bears as ordinary income. 37 % is the top federal rate; the bill’s summaries say covered gains would bear the highest rate.',
  },
  capitalGainsRate: {
    kind: 'number',
    terms: ['capital-gains-rate'],
    label: 'Capital-gains tax rate',
    unit: 'share',
    min: 0,
    max: 1,
    default: 0.2,
    primary: true,
    clause: '26 U.S.C. 1(h): long-term capital gains',
    source: 'docs/SOURCES.md (26 U.S.C. 1(h)(1)(D): 20 % top long-term rate; recalled, not in domain-facts)',
    confidence: 'medium',
    help: 'The rate the same gain would bear without the bill: 20 % is the top federal long-term rate. The 3.8 % net investment income tax applies under both and cancels out.',
  },
  gainMultiple: {
    kind: 'number',
    terms: ['gain-multiple'],
    label: 'Expected gain multiple',
    unit: '× invested',
    min: 0,
    max: 100,
    logScale: false,
    default: 2,
    clause: 'Modeled: the value at exit over the amount invested',
    source: 'modeling assumption (no published figure for these rounds)',
    confidence: 'unconfirmed',
    help: 'What a dollar invested is expected to be worth when sold: 2 means the gain equals the amount invested. 1 or less means no gain, so no extra tax. No figure has been published for these rounds; 2 is a neutral assumption.',
  },
  holdingYears: {
    kind: 'number',
    terms: ['capital-gains-rate'],
    label: 'Holding period',
    unit: 'years',
    min: 0,
    max: 30,
    default: 5,
    clause: '26 U.S.C. 1222: long-term means held more than one year',
    source: 'modeling assumption (holding period); 26 U.S.C. 1222 for the one-year line',
    confidence: 'unconfirmed',
    help: 'How long investors hold before selling. A gain on a holding of a year or less is ordinary income already, so the bill adds no tax to it. 5 years is an assumption.',
  },
  usShare: {
    kind: 'number',
    terms: ['us-person'],
    label: 'US share of a round',
    unit: 'share',
    min: 0,
    max: 1,
    default: 1,
    clause: 'S.5188 taxes US taxpayers’ gains only',
    source: 'domain-facts E (the US share within round values is unknown)',
    confidence: 'unconfirmed',
    help: 'The part of a round’s amount that US investors put in. Sources give round totals only, so the default, 1, counts the whole round: an upper bound.',
  },
  investorCountries: {
    kind: 'countries',
    terms: ['us-person'],
    label: 'Taxpayer countries',
    default: ['US'],
    clause: 'Internal Revenue Code: US taxpayers',
    source: 'domain-facts A7',
    confidence: 'high',
    help: 'A round is covered when an investor from one of these countries takes part.',
  },
  countries: {
    kind: 'countries',
    terms: ['disqualified-prc-security', 'country-of-concern'],
    label: 'Covered countries',
    default: ['CN', 'HK', 'MO'],
    clause: 'S.5188 §2, new IRC §1261(b): the People’s Republic of China, including Hong Kong and Macau',
    source: 'domain-facts A7; docs/SOURCES.md',
    confidence: 'medium',
    help: 'Companies headquartered here on the deal date issue disqualified securities.',
  },
});

/** What a run precomputes: the rounds in force and which are covered. */
interface Prepared {
  readonly positions: Int32Array;
  readonly covered: Uint8Array;
  /** Per company: the first day it had a model above the outbound AI line (FOREVER if never, or not asked). */
  readonly aiFrom: Int32Array | null;
  readonly aiModel: Int32Array | null;
}

/** Say whether a company is covered on a day: HQ in the covered countries and, under `outbound`, an AI developer. */
function companyCovered(
  run: PolicyRun<UsInvestmentTaxParams>,
  flags: Uint8Array,
  aiFrom: Int32Array | null,
  c: number,
  day: DayNumber,
): boolean {
  return !!flags[hqAt(run.index, c, day)] && (!aiFrom || aiFrom[c]! <= day);
}

function prepareRounds(run: PolicyRun<UsInvestmentTaxParams>): Prepared {
  const { index, params: p } = run;
  const flags = countryFlags(index, p.countries);
  const investors = countryFlags(index, p.investorCountries);
  const above = p.coveredCompanies === 'outbound' ? firstDayAbove(index, OUTBOUND_AI_LINE_FLOP) : null;
  const aiFrom = above?.day ?? null;
  const positions = transactionsOfKind(index, KIND_CODE.investment, run.fromDay, run.toDay);
  const covered = new Uint8Array(positions.length);
  for (let j = 0; j < positions.length; j++) {
    const t = positions[j]!;
    const c = index.tx.company[t]!;
    if (c < 0 || !hasInvestorFrom(index, t, investors)) continue;
    if (companyCovered(run, flags, aiFrom, c, index.tx.day[t]!)) covered[j] = 1;
  }
  return { positions, covered, aiFrom, aiModel: above?.model ?? null };
}

/** The expected extra tax on a deal of `amountUsd` (NaN if the amount is unknown). */
export function extraTaxUsd(p: UsInvestmentTaxParams, amountUsd: number): number {
  if (p.holdingYears <= LONG_TERM_YEARS) return Number.isNaN(amountUsd) ? Number.NaN : 0;
  const gain = amountUsd * p.usShare * Math.max(0, p.gainMultiple - 1);
  return gain * (p.ordinaryRate - p.capitalGainsRate);
}

const USD = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export const usInvestmentTax = defineMeasure({
  id: 'us-investment-tax',
  title: 'Patriotic Investment Act',
  summary:
    'Would tax US investors’ gains on securities of Chinese companies as ordinary income instead of at the lower capital-gains rates, from a date after a six-month window to sell. Deals go ahead; each covered round reports the expected extra tax on its gain.',
  jurisdiction: 'US',
  legalBasis: 'S.5188, Patriotic Investment Act (118th Congress, introduced 25 Sep 2024; not enacted)',
  defaultEffectiveFrom: '2025-03-25',
  effectiveFromSource:
    'Modeled: introduced 25 Sep 2024 (domain-facts A7, high) plus the bill’s six-month divestment window, as if enacted the day it was introduced. It was not enacted.',
  kinds: ['investment'],
  outcomes: ['taxed'],
  amounts: [
    {
      key: 'taxUsd',
      label: 'Expected extra tax',
      help: 'The tax the bill adds to the round’s expected gain: amount × US share × (gain multiple − 1) × (ordinary rate − capital-gains rate), zero for holdings of a year or less. Undiscounted; the bill allows three annual instalments.',
    },
  ],
  params: PARAMS,
  prepare(run): PreparedPolicy {
    const { index, params: p } = run;
    const tx = index.tx;
    const flags = countryFlags(index, p.countries);
    const investors = countryFlags(index, p.investorCountries);
    const prepared = once(() => prepareRounds(run));
    const aiFrom = () => prepared().aiFrom;
    const scope = once(() =>
      deriveTimeline(
        buildTimeline(
          index.companies.count,
          (c, out) => {
            relocationDays(index, c, out);
            const from = aiFrom()?.[c];
            if (from !== undefined && from !== FOREVER) out.push(from);
          },
          (c, day) => (companyCovered(run, flags, aiFrom(), c, day) ? 1 : 0),
        ),
        (status) => (status ? TAXED : 0),
        run.fromDay,
        run.toDay,
      ),
    );
    /** Under the `outbound` option: whether the company had released a model above the AI line by `day`. */
    const aiFinding = (c: number, day: DayNumber): Finding | null => {
      const { aiFrom: from, aiModel } = prepared();
      if (!from || !aiModel) return null;
      return {
        clause: '31 CFR 850.224 (covered AI activity)',
        test: 'Released a model above 1e23 operations by this date',
        met: from[c]! <= day,
        value: from[c]! === FOREVER ? 'none' : isoOf(from[c]!),
        threshold: isoOf(day),
        ...(aiModel[c]! >= 0 ? modelSubject(index, aiModel[c]!) : companySubject(index, c)),
        param: 'coveredCompanies',
      };
    };
    const coveredDeal = (t: number): boolean => {
      const c = tx.company[t]!;
      const day = tx.day[t]!;
      return (
        tx.kind[t] === KIND_CODE.investment &&
        c >= 0 &&
        day >= run.fromDay &&
        day <= run.toDay &&
        hasInvestorFrom(index, t, investors) &&
        companyCovered(run, flags, aiFrom(), c, day)
      );
    };
    return {
      evaluate(out, only) {
        if (only) {
          for (let j = 0; j < only.length; j++) out[only[j]!] = coveredDeal(only[j]!) ? TAXED : 0;
          return;
        }
        const { positions, covered } = prepared();
        for (let j = 0; j < positions.length; j++) if (covered[j]) out[positions[j]!] = TAXED;
      },
      writeAmounts(out, codes) {
        const tax = out.taxUsd!;
        const { positions } = prepared();
        for (let j = 0; j < positions.length; j++) {
          const t = positions[j]!;
          if (codes[t] === TAXED) tax[t] = extraTaxUsd(p, tx.amountUsd[t]!);
        }
      },
      get scope() {
        return scope();
      },
      inScope(c, day) {
        return statusOn(scope(), c, day) !== 0;
      },
      explainTransaction(t) {
        if (tx.kind[t] !== KIND_CODE.investment) return [];
        const day = tx.day[t]!;
        const c = tx.company[t]!;
        const subject = transactionSubject(index, t);
        const findings: Finding[] = [
          inForceFinding(run, day, 'S.5188 §2 (effective date)', 'Round', subject),
          {
            clause: 'Internal Revenue Code (US taxpayers)',
            test: `An investor from ${p.investorCountries.join(', ')} takes part`,
            met: hasInvestorFrom(index, t, investors),
            ...subject,
            param: 'investorCountries',
          },
        ];
        if (c < 0) return findings;
        findings.push(
          hqFinding(
            index,
            c,
            day,
            p.countries,
            'S.5188 §2, IRC §1261(b)(1)',
            'Issuer',
            'countries',
            companySubject(index, c),
          ),
        );
        const ai = aiFinding(c, day);
        if (ai) findings.push(ai);
        const taxed = coveredDeal(t);
        const amount = tx.amountUsd[t]!;
        const tax = extraTaxUsd(p, amount);
        findings.push({
          clause: 'S.5188 §2, IRC §1261(a): gain treated as ordinary income',
          test: Number.isNaN(amount)
            ? 'Expected extra tax on the gain (the round’s amount is unknown)'
            : `Expected extra tax: ${USD.format(amount)} × ${p.usShare} × (${p.gainMultiple} − 1) × (${p.ordinaryRate} − ${p.capitalGainsRate})${p.holdingYears <= LONG_TERM_YEARS ? ', but a holding of a year or less is ordinary income already' : ''}`,
          met: taxed,
          outcome: 'taxed',
          value: Number.isNaN(tax) ? null : Math.round(tax),
          unit: 'USD',
          ...subject,
          param: 'ordinaryRate',
        });
        return findings;
      },
      explainCompany(c, day) {
        const ai = aiFinding(c, day);
        return [
          ...(ai ? [ai] : []),
          hqFinding(
            index,
            c,
            day,
            p.countries,
            'S.5188 §2, IRC §1261(b)(1)',
            'Company',
            'countries',
            companySubject(index, c),
          ),
          {
            clause: 'S.5188 §2 (effective date)',
            test: 'On or after the effective date',
            met: day >= run.fromDay && day <= run.toDay,
            value: isoOf(day),
            threshold: isoOf(run.fromDay),
          },
        ];
      },
      releaseCandidates(c) {
        return [
          {
            param: 'coveredCompanies',
            from: p.coveredCompanies,
            to: 'outbound',
            note: 'count only AI developers the outbound rule covers',
          },
          {
            param: 'countries',
            from: p.countries,
            to: p.countries.filter((k) => k !== index.countries[hqAt(index, c, FOREVER - 1)]),
            note: 'leave the company’s country out',
          },
        ];
      },
    };
  },
});
