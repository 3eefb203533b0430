/**
 * US chip export controls (ECCN 3A090; Entity List). DESIGN §3.2; domain-facts B.
 *
 * Acts on chip purchases from `supplierCountries` by companies headquartered in `targetCountries`. Under the
 * 2022 rule a chip is controlled if TPP ≥ 4800 and interconnect ≥ 600 GB/s (the A800 and H800 were designed to
 * pass); under the 2023 rule if TPP ≥ 4800, or TPP ≥ 1600 and performance density ≥ 5.92 (data-centre chips
 * only; consumer chips face the 4800 test alone). A controlled purchase is denied; a chip on the licensed list
 * from its date needs a licence; with the Entity List toggle, any US chip bought by a listed company is denied.
 */
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
import { OUTCOME_CODE } from '../outcomes';
import type { Finding, ParamChange, PolicyRun, PolicyTemplate, PreparedPolicy } from '../policy';
import { ordinalOfDay } from '../quarter';
import { chipSubject, companySubject, transactionSubject } from '../subjects';
import { buildTimeline, deriveTimeline, once, statusOn } from '../timeline';

export type ExportControlsParams = {
  readonly supplierCountries: readonly string[];
  readonly targetCountries: readonly string[];
  readonly ruleVersion: '2022' | '2023' | 'custom';
  readonly tppThreshold: number;
  readonly interconnectThresholdGBs: number;
  readonly useInterconnectTest: boolean;
  readonly densityTppThreshold: number;
  readonly densityThreshold: number;
  readonly useDensityTest: boolean;
  readonly licensedChips: readonly { readonly chipId: string; readonly from: string }[];
  readonly entityList: boolean;
};

/** The tests a rule version applies. */
export interface ChipTests {
  readonly tpp: number;
  readonly interconnectGBs: number | null;
  readonly densityTpp: number | null;
  readonly density: number | null;
}

/** Return the chip tests of a rule version (or of the custom parameters). */
export function chipTests(p: ExportControlsParams): ChipTests {
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

/** Return how many of the sorted values are at most `x`. */
function countAtMost(sorted: Int32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const TARGET = 1;
const LISTED = 2;

interface Prepared {
  readonly supplier: Uint8Array;
  readonly target: Uint8Array;
  readonly controlled: Uint8Array;
  /** Per chip: first day it needs a licence instead (or +∞). */
  readonly licensedFrom: Float64Array;
}

export const exportControls: PolicyTemplate<ExportControlsParams> = {
  id: 'export-controls',
  title: 'US chip export controls',
  summary:
    'Bars sales of advanced AI chips to China. The 2022 rule tested raw performance and chip-to-chip bandwidth, so NVIDIA cut the bandwidth (A800, H800) to keep selling; the 2023 rule added a performance-density test that caught them. Entity-Listed buyers cannot buy US chips at all.',
  jurisdiction: 'US',
  legalBasis: 'Export Administration Regulations: ECCN 3A090 (Oct 2022, Oct 2023 rules) and the Entity List',
  defaultEffectiveFrom: '2023-10-17',
  effectiveFromSource:
    'BIS advanced-computing rule of 17 Oct 2023, 88 FR 73458 (domain-facts B1, high); the 2022 rule ran from 7 Oct 2022',
  kinds: ['chip-purchase'],
  outcomes: ['denied', 'licence-required'],
  params: [
    {
      kind: 'enum',
      key: 'ruleVersion',
      label: 'Rule version',
      default: '2023',
      primary: true,
      options: [
        { value: '2022', label: 'Oct 2022: TPP ≥ 4800 and interconnect ≥ 600 GB/s' },
        { value: '2023', label: 'Oct 2023: TPP ≥ 4800, or TPP ≥ 1600 and density ≥ 5.92' },
        { value: 'custom', label: 'Custom tests' },
      ],
      clause: 'ECCN 3A090',
      source: 'domain-facts B2',
      confidence: 'high',
      help: 'Which chip test applies. The 2022 rule needed both high performance and high interconnect; the 2023 rule dropped interconnect and added performance density.',
    },
    {
      kind: 'boolean',
      key: 'entityList',
      label: 'Entity List blocks all US chips',
      default: true,
      primary: true,
      clause: 'EAR Part 744, Supplement 4 (Entity List)',
      source: 'domain-facts B1, B4',
      confidence: 'high',
      help: 'A company on the Entity List on the purchase date cannot buy any US-supplied chip, controlled or not.',
    },
    {
      kind: 'dated-chips',
      key: 'licensedChips',
      label: 'Chips sold under licence',
      default: [
        { chipId: 'h20', from: '2025-04-09' },
        { chipId: 'h200', from: '2026-01-15' },
      ],
      clause:
        'BIS licensing: H20 licence requirement (Apr 2025, licences issued from Aug 2025 with a 15 % levy); H200 case-by-case review (15 Jan 2026)',
      source: 'domain-facts B1',
      confidence: 'high',
      help: 'From its date, a purchase of a chip on this list needs a licence instead of being denied or free.',
    },
    {
      kind: 'number',
      key: 'tppThreshold',
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
    {
      kind: 'boolean',
      key: 'useInterconnectTest',
      label: 'Require interconnect (custom)',
      default: false,
      clause: 'ECCN 3A090 (Oct 2022)',
      source: 'domain-facts B2',
      confidence: 'high',
      help: 'Custom rule: the TPP test also needs interconnect at or above the threshold, as in 2022.',
    },
    {
      kind: 'number',
      key: 'interconnectThresholdGBs',
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
    {
      kind: 'boolean',
      key: 'useDensityTest',
      label: 'Density test (custom)',
      default: true,
      clause: 'ECCN 3A090.a (Oct 2023)',
      source: 'domain-facts B2',
      confidence: 'high',
      help: 'Custom rule: also control data-centre chips above the lower TPP and density lines.',
    },
    {
      kind: 'number',
      key: 'densityTppThreshold',
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
    {
      kind: 'number',
      key: 'densityThreshold',
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
    {
      kind: 'countries',
      key: 'supplierCountries',
      label: 'Supplier countries',
      default: ['US'],
      clause: 'EAR jurisdiction over US-origin items',
      source: 'domain-facts B1',
      confidence: 'high',
      help: 'Purchases of chips supplied from these countries are covered.',
    },
    {
      kind: 'countries',
      key: 'targetCountries',
      label: 'Destination countries',
      default: ['CN', 'HK', 'MO'],
      clause: '3A090 licence requirement for China and Macau (D:5); Hong Kong treated as China',
      source: 'domain-facts B1',
      confidence: 'high',
      help: 'Buyers headquartered here are covered.',
    },
  ],
  prepare(run: PolicyRun<ExportControlsParams>): PreparedPolicy {
    const { index, params: p } = run;
    const tests = chipTests(p);
    const chips = index.dataset.chips;
    const s: Prepared = {
      supplier: countryFlags(index, p.supplierCountries),
      target: countryFlags(index, p.targetCountries),
      controlled: Uint8Array.from(chips, (chip) => (isControlled(chip, tests) ? 1 : 0)),
      licensedFrom: Float64Array.from(chips, (chip) => {
        const entry = p.licensedChips.find((l) => l.chipId === chip.id);
        return entry ? dayOf(entry.from) : Number.POSITIVE_INFINITY;
      }),
    };
    const entityMask = 1 << LIST_CODE['entity-list'];
    const tx = index.tx;
    const kind = KIND_CODE['chip-purchase'];

    // A buyer's status: TARGET if headquartered in a destination country, LISTED if on the Entity List (and the
    // toggle is on). It changes only when the buyer relocates or is listed or delisted.
    const buyerOn = (c: number, day: number) =>
      (s.target[hqAt(index, c, day)] ? TARGET : 0) |
      (p.entityList && run.listings.listedOn(c, day, entityMask) ? LISTED : 0);
    const buyers = once(() =>
      buildTimeline(
        index.companies.count,
        (c, out) => {
          relocationDays(index, c, out);
          if (p.entityList) run.listings.changeDays(c, entityMask, out);
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
      if (chip >= 0 && day >= s.licensedFrom[chip]!) return OUTCOME_CODE['licence-required'];
      return chip >= 0 && s.controlled[chip] ? OUTCOME_CODE.denied : 0;
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
          run.listings.listedOn(c, day, entityMask)
        );
      },
      explainTransaction(t) {
        if (tx.kind[t] !== kind) return [];
        const day = tx.day[t]!;
        const c = tx.company[t]!;
        const chip = tx.chip[t]!;
        const subject = transactionSubject(index, t);
        const findings: Finding[] = [
          {
            clause: 'EAR',
            test: 'Purchased on or after the effective date',
            met: day >= run.fromDay && day <= run.toDay,
            value: isoOf(day),
            threshold: isoOf(run.fromDay),
            margin: day - run.fromDay,
            marginKind: 'days',
            ...subject,
          },
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
          findings.push({
            clause: 'EAR country scope',
            test: `Buyer headquartered in ${p.targetCountries.join(', ')}`,
            met: !!s.target[hqAt(index, c, day)],
            value: index.countries[hqAt(index, c, day)] ?? null,
            ...companySubject(index, c),
            param: 'targetCountries',
          });
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
          }
        }
        if (chip >= 0) {
          findings.push(...chipFindings(index, chip, tests));
          const from = s.licensedFrom[chip]!;
          if (Number.isFinite(from)) {
            findings.push({
              clause: 'BIS licensing policy',
              test: 'Chip sold under licence from its date',
              met: day >= from,
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
        // Companies in the destination countries whose models were trained on chips this rule controls (DESIGN §3.2).
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
          companiesTrainedOnControlledChips: ordinals.map((q) => countAtMost(firstOrdinals, q)),
        };
      },
    };
  },
};
