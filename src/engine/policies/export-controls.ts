/**
 * US chip export controls (ECCN 3A090; Entity List). docs/SOURCES.md (domain-facts B).
 *
 * Acts on chip purchases from `supplierCountries` by companies headquartered in `targetCountries`. Under the
 * 2022 rule a chip is controlled if TPP ≥ 4800 and interconnect ≥ 600 GB/s (the A800 and H800 cut their
 * interconnect to 400 GB/s to pass); under the 2023 rule if TPP ≥ 4800 (no interconnect condition, which is
 * what caught the A800 and H800), or TPP ≥ 1600 and performance density ≥ 5.92 (data-centre chips only; this
 * prong reaches chips below 4800). The 2023 rule, announced 17 Oct 2023, took effect on 23 Oct 2023 for the
 * named data-centre chips and on 17 Nov 2023 for the rest. A controlled purchase is denied; a chip named in an
 * "is-informed" letter is denied from its date (a licence is needed and none is granted); a chip on the licensed
 * list needs a licence from its date; with the Entity List toggle, any US chip bought by a listed company, or
 * (under the Affiliates rule, while in force) by a company whose parent is listed, is denied.
 */

import { hqFinding, inForceFinding } from '../clauses';
import { KIND_CODE, LIST_CODE } from '../dataset/codes';
import {
  countryFlags,
  type DatasetIndex,
  hqAt,
  relocationDays,
  transactionsOfKind,
} from '../dataset/index-dataset';
import type { Chip } from '../dataset/schema';
import { type DayNumber, dayOf, isoOf } from '../dates';
import { declareParams, defineMeasure, type ParamsOf } from '../define-measure';
import { OUTCOME_CODE } from '../outcomes';
import { parentsOf } from '../parents';
import type { Finding, ParamChange, PolicyRun, PreparedPolicy } from '../policy';
import { ordinalOfDay } from '../quarter';
import { upperBound } from '../search';
import { chipSubject, companySubject, transactionSubject } from '../subjects';
import { buildTimeline, deriveTimeline, once, statusOn } from '../timeline';

export type ExportControlsParams = ParamsOf<typeof PARAMS>;

/** The tests a rule version applies. */
export interface ChipTests {
  readonly tpp: number;
  readonly interconnectGBs: number | null;
  readonly densityTpp: number | null;
  readonly density: number | null;
}

/**
 * The data-centre chips the 2023 rule reached on 23 Oct 2023, ahead of its 17 Nov 2023 effective date: BIS
 * told NVIDIA the licence requirement applied to them at once (NVIDIA Form 8-K, 24 Oct 2023). Ids as in the
 * built-in chip table, PCIe variants included.
 */
export const NAMED_2023_CHIPS: readonly string[] = [
  'a100',
  'a100-pcie',
  'a800',
  'a800-pcie',
  'h100',
  'h100-pcie',
  'h800',
  'l40s',
];
export const NAMED_2023_FROM = '2023-10-23';
export const GENERAL_2023_FROM = '2023-11-17';

/**
 * The BIS Affiliates rule (90 FR, doc 2025-19001): Entity List restrictions reach entities at least 50 % owned by
 * listed parties from 29 Sep 2025; suspended for one year from 10 Nov 2025 (domain-facts B1, high).
 */
export const AFFILIATES_FROM = '2025-09-29';
export const AFFILIATES_SUSPENDED_FROM = '2025-11-10';

/** Licence terms by chip, shown in explanations (domain-facts B1). */
const LICENCE_TERMS: Readonly<Record<string, string>> = {
  h20: 'licences issued from ~8 Aug 2025 in exchange for 15 % of China revenue to the US government; none granted from the April 2025 requirement until then',
  h200: 'case-by-case review from 15 Jan 2026: third-party testing in the US, China volume capped at 50 % of US-customer volume, know-your-customer checks, no military end use; a separate 25 % tariff on imported AI chips',
};

/** Return the chip tests of a rule version (or of the custom parameters). */
export function chipTests(p: ExportControlsParams): ChipTests {
  if (p.ruleVersion === 'none')
    return { tpp: Number.POSITIVE_INFINITY, interconnectGBs: null, densityTpp: null, density: null };
  if (p.ruleVersion === '2022') return { tpp: 4800, interconnectGBs: 600, densityTpp: null, density: null };
  if (p.ruleVersion === '2023') return { tpp: 4800, interconnectGBs: null, densityTpp: 1600, density: 5.92 };
  return {
    tpp: p.tppThreshold,
    interconnectGBs: p.useInterconnectTest ? p.interconnectThresholdGBs : null,
    densityTpp: p.useDensityTest ? p.densityTppThreshold : null,
    density: p.useDensityTest ? p.densityThreshold : null,
  };
}

/** Say whether a chip is controlled under a set of tests; unknown specs never meet a test. */
export function isControlled(chip: Chip, tests: ChipTests): boolean {
  const tpp = chip.tpp ?? -1;
  const main =
    tpp >= tests.tpp &&
    (tests.interconnectGBs === null || (chip.interconnectGBs ?? -1) >= tests.interconnectGBs);
  const density =
    tests.densityTpp !== null &&
    tests.density !== null &&
    chip.dataCenter &&
    tpp >= tests.densityTpp &&
    (chip.performanceDensity ?? -1) >= tests.density;
  return main || density;
}

function chipFindings(index: DatasetIndex, chipIdx: number, tests: ChipTests): Finding[] {
  const chip = index.dataset.chips[chipIdx];
  if (!chip) return [];
  const subject = chipSubject(index, chipIdx);
  const out: Finding[] = [
    {
      clause: 'ECCN 3A090.a',
      test: `Total processing performance at least ${tests.tpp}`,
      met: (chip.tpp ?? -1) >= tests.tpp,
      outcome: 'denied',
      value: chip.tpp,
      threshold: tests.tpp,
      unit: 'TPP',
      ...(chip.tpp !== null ? { margin: chip.tpp / tests.tpp, marginKind: 'ratio' as const } : {}),
      ...subject,
      param: 'ruleVersion',
    },
  ];
  if (tests.interconnectGBs !== null) {
    out.push({
      clause: 'ECCN 3A090 (Oct 2022)',
      test: `And interconnect at least ${tests.interconnectGBs} GB/s`,
      met: (chip.interconnectGBs ?? -1) >= tests.interconnectGBs,
      value: chip.interconnectGBs,
      threshold: tests.interconnectGBs,
      unit: 'GB/s',
      ...(chip.interconnectGBs !== null
        ? { margin: chip.interconnectGBs / tests.interconnectGBs, marginKind: 'ratio' as const }
        : {}),
      ...subject,
      param: 'ruleVersion',
    });
  }
  if (tests.densityTpp !== null && tests.density !== null) {
    out.push({
      clause: 'ECCN 3A090.a (Oct 2023)',
      test: `Or a data-centre chip with TPP at least ${tests.densityTpp} and performance density at least ${tests.density}`,
      met: isControlled(chip, {
        tpp: Number.POSITIVE_INFINITY,
        interconnectGBs: null,
        densityTpp: tests.densityTpp,
        density: tests.density,
      }),
      outcome: 'denied',
      value: `${chip.dataCenter ? 'data-centre' : 'consumer'} chip, density ${chip.performanceDensity ?? 'unknown'}`,
      threshold: tests.density,
      unit: 'TPP/mm²',
      ...(chip.performanceDensity !== null
        ? { margin: chip.performanceDensity / tests.density, marginKind: 'ratio' as const }
        : {}),
      ...subject,
      param: 'ruleVersion',
    });
  }
  return out;
}

const TARGET = 1;
const LISTED = 2;

interface Prepared {
  readonly supplier: Uint8Array;
  readonly target: Uint8Array;
  readonly controlled: Uint8Array;
  /** Per chip: first day the chip tests apply to it (the 2023 rule's phase-in; else the effective date). */
  readonly controlledFrom: Float64Array;
  /** Per chip: first day it is denied under an is-informed letter (or +∞). */
  readonly informedFrom: Float64Array;
  /** Per chip: first day it needs a licence instead (or +∞). */
  readonly licensedFrom: Float64Array;
}

/** Return, per chip, the first day of a dated chip list that names it (or +∞). */
function datedFrom(chips: readonly Chip[], list: readonly { chipId: string; from: string }[]): Float64Array {
  return Float64Array.from(chips, (chip) => {
    let first = Number.POSITIVE_INFINITY;
    for (const l of list) if (l.chipId === chip.id) first = Math.min(first, dayOf(l.from));
    return first;
  });
}

/** Return the days the Affiliates rule is in force: [from, to], or null when off. */
function affiliatesWindow(p: ExportControlsParams): readonly [number, number] | null {
  if (!p.entityList || p.affiliatesRule === 'off') return null;
  const to =
    p.affiliatesRule === 'as-enacted' ? dayOf(AFFILIATES_SUSPENDED_FROM) - 1 : Number.POSITIVE_INFINITY;
  return [dayOf(AFFILIATES_FROM), to];
}

/** The parameters: the clause each models, the default and its source, the glossary terms, any chart line. */
const PARAMS = declareParams({
  ruleVersion: {
    kind: 'enum',
    terms: ['eccn-3a090', 'tpp', 'interconnect', 'performance-density'],
    label: 'Rule version',
    default: '2023',
    primary: true,
    options: [
      { value: '2022', label: 'Oct 2022: TPP ≥ 4800 and interconnect ≥ 600 GB/s' },
      { value: '2023', label: 'Oct 2023: TPP ≥ 4800, or TPP ≥ 1600 and density ≥ 5.92' },
      { value: 'custom', label: 'Custom tests' },
      { value: 'none', label: 'No performance test (listed chips and the Entity List only)' },
    ],
    clause: 'ECCN 3A090',
    source: 'domain-facts B2',
    confidence: 'high',
    help: 'Which chip test applies. The 2022 rule needed both TPP ≥ 4,800 and interconnect ≥ 600 GB/s, which the A800 and H800 (400 GB/s) were cut to miss. The 2023 rule dropped the interconnect condition, so TPP ≥ 4,800 alone caught them, and added a performance-density prong for data-centre chips with TPP from 1,600, below 4,800.',
  },
  phaseIn2023: {
    kind: 'enum',
    terms: ['eccn-3a090', 'a800-h800'],
    label: '2023 rule dates',
    default: 'none',
    options: [
      {
        value: 'as-enacted',
        label: 'As enacted: named data-centre chips from 23 Oct 2023, the rest from 17 Nov 2023',
      },
      { value: 'none', label: 'All chips from the effective date' },
    ],
    clause:
      '88 FR 73458 (announced 17 Oct 2023, effective 17 Nov 2023); accelerated to 23 Oct 2023 for A100, A800, H100, H800 and L40S',
    source: 'domain-facts B1 (high); NVIDIA Form 8-K of 24 Oct 2023 for the named chips',
    confidence: 'high',
    help: 'Applies to the 2023 rule version only. As enacted (the setting in the presets), the A100, A800, H100, H800 and L40S were controlled from 23 Oct 2023 and every other chip from 17 Nov 2023 (or the effective date, if later). The default, every chip from the effective date, keeps links made before this setting existed meaning what they meant.',
  },
  entityList: {
    kind: 'boolean',
    terms: ['entity-list', 'denied'],
    label: 'Entity List blocks all US chips',
    default: true,
    primary: true,
    clause: 'EAR Part 744, Supplement 4 (Entity List)',
    source: 'domain-facts B1, B4',
    confidence: 'high',
    help: 'A company on the Entity List on the purchase date cannot buy any US-supplied chip, controlled or not.',
  },
  informedChips: {
    kind: 'dated-chips',
    terms: ['is-informed-letter', 'h20', 'denied'],
    label: 'Chips named in is-informed letters',
    default: [{ chipId: 'h20', from: '2025-04-09' }],
    clause:
      'EAR 744.23 "is-informed" letters: H20 licence requirement from 9 Apr 2025 (NVIDIA 8-K), with no licence granted until Aug 2025',
    source: 'domain-facts B1 (high)',
    confidence: 'high',
    help: 'From its date, a purchase of a chip on this list is denied: a licence is required and none is granted. A later date on the licensed list takes over. The 2022 letters for the A100, H100 and MI250 (Aug 2022) came before that rule.',
  },
  licensedChips: {
    kind: 'dated-chips',
    terms: ['licence-required', 'h20'],
    label: 'Chips sold under licence',
    default: [
      { chipId: 'h20', from: '2025-08-08' },
      { chipId: 'h200', from: '2026-01-15' },
    ],
    clause:
      'BIS licensing: H20 licences issued from ~8 Aug 2025 with a 15 % levy; H200 case-by-case review (15 Jan 2026) with third-party testing, a 50 % volume cap, KYC and no military use',
    source: 'domain-facts B1',
    confidence: 'high',
    help: "From its date, a purchase of a chip on this list needs a licence instead of being denied or free. The licence terms are shown in each purchase's explanation.",
  },
  affiliatesRule: {
    kind: 'enum',
    terms: ['affiliates-rule', 'entity-list'],
    label: 'Affiliates rule (50 % owned by listed parties)',
    default: 'off',
    options: [
      { value: 'as-enacted', label: 'As enacted: 29 Sep 2025, suspended from 10 Nov 2025' },
      { value: 'not-suspended', label: 'Not suspended: from 29 Sep 2025 on' },
      { value: 'off', label: 'Off' },
    ],
    clause:
      'BIS Affiliates rule (IFR 2025-19001, effective 29 Sep 2025); suspended for one year from 10 Nov 2025',
    source: 'domain-facts B1 (high)',
    confidence: 'high',
    help: 'While in force (and with the Entity List on), a company whose parent is on the Entity List is treated as listed. The data record a parent (the controlling owner), not the share, so a parent stands for at least 50 % ownership. The presets use "as enacted"; the default, off, keeps links made before this setting existed meaning what they meant.',
  },
  tppThreshold: {
    kind: 'number',
    terms: ['tpp', 'eccn-3a090'],
    label: 'TPP threshold (custom)',
    unit: 'TPP',
    min: 0,
    max: 100000,
    default: 4800,
    clause: 'ECCN 3A090.a',
    source: 'domain-facts B2',
    confidence: 'high',
    help: 'Custom rule: chips at or above this total processing performance are controlled (with the interconnect test if on).',
  },
  useInterconnectTest: {
    kind: 'boolean',
    terms: ['interconnect', 'a800-h800'],
    label: 'Require interconnect (custom)',
    default: false,
    clause: 'ECCN 3A090 (Oct 2022)',
    source: 'domain-facts B2',
    confidence: 'high',
    help: 'Custom rule: the TPP test also needs interconnect at or above the threshold, as in 2022.',
  },
  interconnectThresholdGBs: {
    kind: 'number',
    terms: ['interconnect', 'a800-h800'],
    label: 'Interconnect threshold (custom)',
    unit: 'GB/s',
    min: 0,
    max: 10000,
    default: 600,
    clause: 'ECCN 3A090 (Oct 2022)',
    source: 'domain-facts B2',
    confidence: 'high',
    help: 'Custom rule: aggregate bidirectional transfer rate.',
  },
  useDensityTest: {
    kind: 'boolean',
    terms: ['performance-density'],
    label: 'Density test (custom)',
    default: true,
    clause: 'ECCN 3A090.a (Oct 2023)',
    source: 'domain-facts B2',
    confidence: 'high',
    help: 'Custom rule: also control data-centre chips above the lower TPP and density lines.',
  },
  densityTppThreshold: {
    kind: 'number',
    terms: ['tpp', 'performance-density'],
    label: 'Lower TPP threshold (custom)',
    unit: 'TPP',
    min: 0,
    max: 100000,
    default: 1600,
    clause: 'ECCN 3A090.a (Oct 2023)',
    source: 'domain-facts B2',
    confidence: 'high',
    help: 'Custom rule: TPP line of the density test.',
  },
  densityThreshold: {
    kind: 'number',
    terms: ['performance-density'],
    label: 'Performance density threshold (custom)',
    unit: 'TPP/mm²',
    min: 0,
    max: 100,
    default: 5.92,
    clause: 'ECCN 3A090.a (Oct 2023)',
    source: 'domain-facts B2',
    confidence: 'high',
    help: 'Custom rule: performance density (TPP per mm² of die) line of the density test.',
  },
  supplierCountries: {
    kind: 'countries',
    terms: ['eccn-3a090'],
    label: 'Supplier countries',
    default: ['US'],
    clause: 'EAR jurisdiction over US-origin items',
    source: 'domain-facts B1',
    confidence: 'high',
    help: 'Purchases of chips supplied from these countries are covered.',
  },
  targetCountries: {
    kind: 'countries',
    terms: ['country-of-concern'],
    label: 'Destination countries',
    default: ['CN', 'HK', 'MO'],
    clause: '3A090 licence requirement for China and Macau (D:5); Hong Kong treated as China',
    source: 'domain-facts B1',
    confidence: 'high',
    help: 'Buyers headquartered here are covered.',
  },
});

export const exportControls = defineMeasure({
  id: 'export-controls',
  title: 'US chip export controls',
  summary:
    'Bars sales of advanced AI chips to China. The 2022 rule needed both raw performance (TPP ≥ 4,800) and chip-to-chip bandwidth, so NVIDIA cut the bandwidth (A800, H800) to keep selling; the 2023 rule dropped the bandwidth condition, so their TPP alone caught them, and added a performance-density test that reaches chips below 4,800. Entity-Listed buyers cannot buy US chips at all.',
  jurisdiction: 'US',
  legalBasis: 'Export Administration Regulations: ECCN 3A090 (Oct 2022, Oct 2023 rules) and the Entity List',
  defaultEffectiveFrom: '2023-10-23',
  effectiveFromSource:
    'BIS advanced-computing rule announced 17 Oct 2023 (88 FR 73458, domain-facts B1, high): in force on 23 Oct 2023 for the named data-centre chips (NVIDIA Form 8-K, 24 Oct 2023), 17 Nov 2023 for the rest; the 2022 rule ran from 7 Oct 2022',
  kinds: ['chip-purchase'],
  outcomes: ['denied', 'licence-required'],
  params: PARAMS,
  prepare(run: PolicyRun<ExportControlsParams>): PreparedPolicy {
    const { index, params: p } = run;
    const tests = chipTests(p);
    const chips = index.dataset.chips;
    const phased = p.ruleVersion === '2023' && p.phaseIn2023 === 'as-enacted';
    const s: Prepared = {
      supplier: countryFlags(index, p.supplierCountries),
      target: countryFlags(index, p.targetCountries),
      controlled: Uint8Array.from(chips, (chip) => (isControlled(chip, tests) ? 1 : 0)),
      controlledFrom: Float64Array.from(chips, (chip) =>
        phased
          ? dayOf(NAMED_2023_CHIPS.includes(chip.id) ? NAMED_2023_FROM : GENERAL_2023_FROM)
          : run.fromDay,
      ),
      informedFrom: datedFrom(chips, p.informedChips),
      licensedFrom: datedFrom(chips, p.licensedChips),
    };
    const entityMask = 1 << LIST_CODE['entity-list'];
    const tx = index.tx;
    const kind = KIND_CODE['chip-purchase'];
    const affiliates = affiliatesWindow(p);
    const parentOf = parentsOf(index);

    /** Say whether a company's parent is Entity-Listed on a day while the Affiliates rule is in force. */
    const affiliateListed = (c: number, day: number) =>
      affiliates !== null &&
      parentOf[c]! >= 0 &&
      day >= affiliates[0] &&
      day <= affiliates[1] &&
      run.listings.listedOn(parentOf[c]!, day, entityMask);

    // A buyer's status: TARGET if headquartered in a destination country, LISTED if on the Entity List (or an
    // affiliate of a listed parent under the Affiliates rule) with the toggle on. It changes only when the buyer
    // relocates, is listed or delisted, its parent is, or the Affiliates rule starts or stops.
    const buyerOn = (c: number, day: number) =>
      (s.target[hqAt(index, c, day)] ? TARGET : 0) |
      (p.entityList && (run.listings.listedOn(c, day, entityMask) || affiliateListed(c, day)) ? LISTED : 0);
    const buyers = once(() =>
      buildTimeline(
        index.companies.count,
        (c, out) => {
          relocationDays(index, c, out);
          if (p.entityList) run.listings.changeDays(c, entityMask, out);
          if (affiliates !== null && parentOf[c]! >= 0) {
            run.listings.changeDays(parentOf[c]!, entityMask, out);
            out.push(affiliates[0]);
            if (Number.isFinite(affiliates[1])) out.push(affiliates[1] + 1);
          }
        },
        buyerOn,
      ),
    );
    const scope = once(() =>
      deriveTimeline(
        buyers(),
        (buyer) => (buyer === (TARGET | LISTED) ? OUTCOME_CODE.denied : 0),
        run.fromDay,
        run.toDay,
      ),
    );

    /** The outcome of a chip purchase dated while the rule is in force, given how to read the buyer's status. */
    function outcomeOf(t: number, buyerStatus: (c: number, day: number) => number): number {
      const day = tx.day[t]!;
      const c = tx.company[t]!;
      const chip = tx.chip[t]!;
      if (!s.supplier[tx.supplierCountry[t]!]) return 0;
      if (c >= 0) {
        const buyer = buyerStatus(c, day);
        if ((buyer & TARGET) === 0) return 0;
        if ((buyer & LISTED) !== 0) return OUTCOME_CODE.denied;
      }
      if (chip < 0) return 0;
      if (day >= s.licensedFrom[chip]! && s.licensedFrom[chip]! >= s.informedFrom[chip]!)
        return OUTCOME_CODE['licence-required'];
      if (day >= s.informedFrom[chip]!) return OUTCOME_CODE.denied;
      if (day >= s.licensedFrom[chip]!) return OUTCOME_CODE['licence-required'];
      return s.controlled[chip] && day >= s.controlledFrom[chip]! ? OUTCOME_CODE.denied : 0;
    }

    /** The Affiliates-rule finding for a buyer with a parent, while the rule can apply. */
    function affiliateFindings(c: number, day: number): Finding[] {
      if (affiliates === null || parentOf[c]! < 0) return [];
      const parent = parentOf[c]!;
      const listing = run.listings.describe(parent, day, entityMask);
      return [
        {
          clause: 'BIS Affiliates rule (29 Sep 2025; suspended from 10 Nov 2025)',
          test: 'Parent (at least 50 % owner) on the Entity List while the Affiliates rule is in force',
          met: affiliateListed(c, day),
          outcome: 'denied',
          value: listing ? `parent listed from ${listing.from}` : 'parent not listed',
          ...companySubject(index, parent),
          param: 'affiliatesRule',
        },
      ];
    }

    return {
      evaluate(out, only) {
        if (only) {
          for (let j = 0; j < only.length; j++) {
            const t = only[j]!;
            const inForce = tx.kind[t] === kind && tx.day[t]! >= run.fromDay && tx.day[t]! <= run.toDay;
            out[t] = inForce ? outcomeOf(t, buyerOn) : 0;
          }
          return;
        }
        const timeline = buyers();
        const buyerStatus = (c: number, day: number) => statusOn(timeline, c, day);
        const positions = transactionsOfKind(index, kind, run.fromDay, run.toDay);
        for (let j = 0; j < positions.length; j++) out[positions[j]!] = outcomeOf(positions[j]!, buyerStatus);
      },
      get scope() {
        return scope();
      },
      inScope(c, day) {
        return (
          p.entityList &&
          day >= run.fromDay &&
          day <= run.toDay &&
          !!s.target[hqAt(index, c, day)] &&
          (run.listings.listedOn(c, day, entityMask) || affiliateListed(c, day))
        );
      },
      explainTransaction(t) {
        if (tx.kind[t] !== kind) return [];
        const day = tx.day[t]!;
        const c = tx.company[t]!;
        const chip = tx.chip[t]!;
        const subject = transactionSubject(index, t);
        const findings: Finding[] = [
          inForceFinding(run, day, 'EAR', 'Purchased', subject),
          {
            clause: 'EAR',
            test: `Supplied from ${p.supplierCountries.join(', ')}`,
            met: !!s.supplier[tx.supplierCountry[t]!],
            value: index.countries[tx.supplierCountry[t]!] ?? null,
            ...subject,
            param: 'supplierCountries',
          },
        ];
        if (c >= 0) {
          findings.push(
            hqFinding(
              index,
              c,
              day,
              p.targetCountries,
              'EAR country scope',
              'Buyer',
              'targetCountries',
              companySubject(index, c),
            ),
          );
          if (p.entityList) {
            const listing = run.listings.describe(c, day, entityMask);
            findings.push({
              clause: 'EAR Part 744 (Entity List)',
              test: 'Buyer on the Entity List on the purchase date',
              met: listing !== null,
              outcome: 'denied',
              value: listing
                ? `listed from ${listing.from}${listing.derived ? ' (after a detected distillation flow)' : ''}`
                : 'not listed',
              ...companySubject(index, c),
              param: 'entityList',
            });
            findings.push(...affiliateFindings(c, day));
          }
        }
        if (chip >= 0) {
          findings.push(...chipFindings(index, chip, tests));
          if (s.controlledFrom[chip]! > run.fromDay) {
            findings.push({
              clause: '88 FR 73458 (2023 rule dates)',
              test: `Chip tests apply from ${isoOf(s.controlledFrom[chip]!)} (${NAMED_2023_CHIPS.includes(index.chipIds[chip]!) ? 'named data-centre chip, 23 Oct 2023' : 'other chips, 17 Nov 2023'})`,
              met: day >= s.controlledFrom[chip]!,
              value: isoOf(day),
              threshold: isoOf(s.controlledFrom[chip]!),
              ...chipSubject(index, chip),
              param: 'phaseIn2023',
            });
          }
          const informed = s.informedFrom[chip]!;
          if (Number.isFinite(informed)) {
            findings.push({
              clause: 'EAR 744.23 is-informed letter',
              test: 'Chip named in an is-informed letter from its date: a licence is required and none is granted',
              met: day >= informed && !(day >= s.licensedFrom[chip]! && s.licensedFrom[chip]! >= informed),
              outcome: 'denied',
              value: isoOf(day),
              threshold: isoOf(informed),
              ...chipSubject(index, chip),
              param: 'informedChips',
            });
          }
          const from = s.licensedFrom[chip]!;
          if (Number.isFinite(from)) {
            const terms = LICENCE_TERMS[index.chipIds[chip]!];
            findings.push({
              clause: 'BIS licensing policy',
              test: `Chip sold under licence from its date${terms ? ` (terms: ${terms})` : ''}`,
              met: day >= from && !(day >= informed && informed > from),
              outcome: 'licence-required',
              value: isoOf(day),
              threshold: isoOf(from),
              ...chipSubject(index, chip),
              param: 'licensedChips',
            });
          }
        }
        return findings;
      },
      explainCompany(c, day) {
        const listing = run.listings.describe(c, day, entityMask);
        return [
          {
            clause: 'EAR country scope',
            test: `Headquartered in ${p.targetCountries.join(', ')}`,
            met: !!s.target[hqAt(index, c, day)],
            value: index.countries[hqAt(index, c, day)] ?? null,
            ...companySubject(index, c),
          },
          {
            clause: 'EAR Part 744 (Entity List)',
            test: 'On the Entity List',
            met: p.entityList && listing !== null,
            outcome: 'denied',
            value: listing ? `listed from ${listing.from}` : 'not listed',
            ...companySubject(index, c),
            param: 'entityList',
          },
          ...affiliateFindings(c, day),
        ];
      },
      releaseCandidates(): ParamChange[] {
        const out: ParamChange[] = [];
        if (p.entityList)
          out.push({ param: 'entityList', from: true, to: false, note: 'switch off the Entity List test' });
        if (p.ruleVersion !== '2022')
          out.push({ param: 'ruleVersion', from: p.ruleVersion, to: '2022', note: 'use the 2022 chip test' });
        return out;
      },
      extraSeries(ordinals) {
        // Companies in the destination countries whose models were trained on chips this rule controls (docs/SOURCES.md).
        const first = new Map<number, number>();
        const { company, day: days, chipStart, chips } = index.models;
        for (let m = 0; m < index.models.count; m++) {
          let trained = false;
          for (let k = chipStart[m]!; k < chipStart[m + 1]!; k++)
            if (s.controlled[chips[k]!] === 1) trained = true;
          const c = company[m]!;
          if (!trained || c < 0 || !s.target[hqAt(index, c, days[m]!)]) continue;
          const day: DayNumber = days[m]!;
          const prior = first.get(c);
          if (prior === undefined || day < prior) first.set(c, day);
        }
        const firstOrdinals = Int32Array.from(first.values(), (day) => ordinalOfDay(day)).sort();
        return {
          companiesTrainedOnControlledChips: ordinals.map((q) => upperBound(firstOrdinals, q)),
        };
      },
    };
  },
});
