/**
 * Calibration targets: the published aggregates the default dataset's population (sourced core + modeled
 * long tail, counted together) must meet, each with its source, tolerance and how the population is measured
 * against it. The test suite checks every target (test/data/calibration.test.ts); docs/DATA.md tabulates
 * them. Sources are domain-facts §D unless noted.
 */
import type { Dataset } from '../../engine';
import {
  amountsOf,
  hasInvestorFrom,
  type InvestmentFilter,
  investmentsInto,
  median,
  totalUsd,
  usShare,
} from './measures';

/** How close the measured value must be. */
export type Tolerance =
  | { readonly kind: 'relative'; readonly value: number }
  | { readonly kind: 'absolute'; readonly value: number }
  | { readonly kind: 'at-most' }
  | { readonly kind: 'at-least' };

/** One published aggregate and how the population is measured against it. */
export interface CalibrationTarget {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly unit: 'count' | 'share' | 'usd' | 'ratio' | 'exchanges';
  readonly source: string;
  readonly confidence: 'high' | 'medium' | 'low';
  readonly tolerance: Tolerance;
  /** What is counted, and how the source's figure is interpreted. */
  readonly measuredAs: string;
  readonly measure: (dataset: Dataset) => number;
}

/** Say whether a measured value meets a target. */
export function meets(target: CalibrationTarget, measured: number): boolean {
  const t = target.tolerance;
  if (!Number.isFinite(measured)) return false;
  switch (t.kind) {
    case 'relative':
      return Math.abs(measured - target.value) <= t.value * target.value;
    case 'absolute':
      return Math.abs(measured - target.value) <= t.value;
    case 'at-most':
      return measured <= target.value;
    case 'at-least':
      return measured >= target.value;
  }
}

/** The tolerance in words, for tables. */
export function describeTolerance(target: CalibrationTarget): string {
  const t = target.tolerance;
  if (t.kind === 'relative') return `±${Math.round(t.value * 100)} %`;
  if (t.kind === 'absolute')
    return target.unit === 'share' ? `±${(t.value * 100).toFixed(1)} pp` : `±${t.value}`;
  return t.kind === 'at-most' ? 'at most (upper bound)' : 'at least (lower bound)';
}

const CSET: InvestmentFilter = { from: '2015-01-01', to: '2021-12-31' };
const MAINLAND = new Set(['CN']);
const usOnly = (d: Dataset, f: InvestmentFilter) =>
  investmentsInto(d, f).filter((t) => hasInvestorFrom(t, 'US'));
const usBackedMainland = (d: Dataset, year: number) =>
  usOnly(d, { from: `${year}-01-01`, to: `${year}-12-31`, hq: MAINLAND }).length;

const CSET_SOURCE =
  'CSET, "U.S. Outbound Investment into Chinese AI Companies" (Weinstein & Luong, Feb 2023; Crunchbase 2015–2021), domain-facts D1';
const ITJUZI_SOURCE = 'ITJuzi via TechCrunch re-posts, domain-facts D3';
const PITCHBOOK_SOURCE =
  'PitchBook, "5 charts: private market dealmaking tumbles in China" (2024), domain-facts D2/D3';
const SP_SOURCE = 'S&P Global Market Intelligence (6 Jun 2024), domain-facts D2';

/** Every calibration target, in the order docs/DATA.md lists them. */
export const TARGETS: readonly CalibrationTarget[] = [
  {
    id: 'cset-rounds-2015-2021',
    label: 'Transactions into Chinese AI firms, 2015–2021',
    value: 2299,
    unit: 'count',
    source: CSET_SOURCE,
    confidence: 'high',
    tolerance: { kind: 'relative', value: 0.05 },
    measuredAs:
      'Investment transactions into companies with the ai sector, HQ CN/HK/MO on the deal date, dated 2015-01-01 to 2021-12-31.',
    measure: (d) => investmentsInto(d, CSET).length,
  },
  {
    id: 'cset-us-rounds-2015-2021',
    label: 'Of which with US participation',
    value: 401,
    unit: 'count',
    source: CSET_SOURCE,
    confidence: 'high',
    tolerance: { kind: 'relative', value: 0.05 },
    measuredAs: 'The same transactions with at least one investor coded US.',
    measure: (d) => usOnly(d, CSET).length,
  },
  {
    id: 'cset-us-share-2015-2021',
    label: 'Share with US participation, 2015–2021',
    value: 0.17,
    unit: 'share',
    source: CSET_SOURCE,
    confidence: 'high',
    tolerance: { kind: 'absolute', value: 0.015 },
    measuredAs: 'US-involved transactions ÷ all transactions, as above.',
    measure: (d) => usShare(investmentsInto(d, CSET)),
  },
  {
    id: 'cset-us-companies-2015-2021',
    label: 'Chinese AI companies receiving US-involved capital, 2015–2021',
    value: 251,
    unit: 'count',
    source: CSET_SOURCE,
    confidence: 'high',
    tolerance: { kind: 'relative', value: 0.1 },
    measuredAs: 'Distinct companies among the US-involved transactions.',
    measure: (d) => new Set(usOnly(d, CSET).map((t) => t.companyId)).size,
  },
  {
    id: 'cset-us-investors-2015-2021',
    label: 'US investors active, 2015–2021',
    value: 167,
    unit: 'count',
    source: CSET_SOURCE,
    confidence: 'high',
    tolerance: { kind: 'relative', value: 0.15 },
    measuredAs: 'Distinct names of US-coded investors in those transactions.',
    measure: (d) =>
      new Set(
        usOnly(d, CSET).flatMap((t) => t.investors.filter((i) => i.country === 'US').map((i) => i.name)),
      ).size,
  },
  {
    id: 'cset-value-2015-2021',
    label: 'Capital raised by Chinese AI firms, 2015–2021 (USD)',
    value: 110e9,
    unit: 'usd',
    source: CSET_SOURCE,
    confidence: 'high',
    tolerance: { kind: 'relative', value: 0.25 },
    measuredAs: 'Sum of known amounts of the 2015–2021 transactions (whole round size, as CSET counts it).',
    measure: (d) => totalUsd(investmentsInto(d, CSET)),
  },
  {
    id: 'cset-us-value-share-2015-2021',
    label: 'Share of that value in US-involved rounds',
    value: 0.37,
    unit: 'share',
    source: CSET_SOURCE,
    confidence: 'high',
    tolerance: { kind: 'absolute', value: 0.08 },
    measuredAs:
      'Known amounts of US-involved rounds ÷ known amounts of all rounds, 2015–2021 (CSET: USD 40.2 bn of 110 bn).',
    measure: (d) => totalUsd(usOnly(d, CSET)) / totalUsd(investmentsInto(d, CSET)),
  },
  {
    id: 'cset-chinese-only-2015-2021',
    label: 'Rounds without US participation whose investors are all Chinese',
    value: 0.92,
    unit: 'share',
    source: CSET_SOURCE,
    confidence: 'high',
    tolerance: { kind: 'absolute', value: 0.03 },
    measuredAs:
      'Among 2015–2021 rounds with named investors and no US investor: share whose investors are all coded CN, HK or MO.',
    measure: (d) => {
      const list = investmentsInto(d, CSET).filter(
        (t) => t.investors.length > 0 && !hasInvestorFrom(t, 'US'),
      );
      return (
        list.filter((t) => t.investors.every((i) => ['CN', 'HK', 'MO'].includes(i.country))).length /
        list.length
      );
    },
  },
  {
    id: 'sp-us-backed-2022',
    label: 'US-backed rounds in mainland China, 2022',
    value: 216,
    unit: 'count',
    source: SP_SOURCE,
    confidence: 'high',
    tolerance: { kind: 'at-most' },
    measuredAs:
      'S&P counts all sectors, so it bounds the AI subset from above: US-involved rounds into mainland (HQ CN) AI companies in 2022.',
    measure: (d) => usBackedMainland(d, 2022),
  },
  {
    id: 'sp-us-backed-2023',
    label: 'US-backed rounds in mainland China, 2023',
    value: 116,
    unit: 'count',
    source: SP_SOURCE,
    confidence: 'high',
    tolerance: { kind: 'at-most' },
    measuredAs: 'As above, for 2023 (upper bound).',
    measure: (d) => usBackedMainland(d, 2023),
  },
  {
    id: 'sp-us-backed-decline',
    label: 'US-backed rounds, 2023 relative to 2022',
    value: 116 / 216,
    unit: 'ratio',
    source: SP_SOURCE,
    confidence: 'high',
    tolerance: { kind: 'absolute', value: 0.15 },
    measuredAs:
      'The AI subset is assumed to have fallen like the all-sector count: US-involved mainland AI rounds 2023 ÷ 2022.',
    measure: (d) => usBackedMainland(d, 2023) / usBackedMainland(d, 2022),
  },
  {
    id: 'pitchbook-us-share-2023',
    label: 'Share of Greater China rounds with a US investor, 2023',
    value: 0.049,
    unit: 'share',
    source: PITCHBOOK_SOURCE,
    confidence: 'high',
    tolerance: { kind: 'absolute', value: 0.015 },
    measuredAs:
      'PitchBook’s all-VC share applied to AI: share of 2023 rounds into CN/HK/MO AI companies with a US investor.',
    measure: (d) => usShare(investmentsInto(d, { from: '2023-01-01', to: '2023-12-31' })),
  },
  {
    id: 'pitchbook-us-share-2024h1',
    label: 'Share of Greater China rounds with a US investor, H1 2024',
    value: 0.05,
    unit: 'share',
    source: PITCHBOOK_SOURCE,
    confidence: 'high',
    tolerance: { kind: 'absolute', value: 0.015 },
    measuredAs: 'As above, rounds dated 2024-01-01 to 2024-06-30.',
    measure: (d) => usShare(investmentsInto(d, { from: '2024-01-01', to: '2024-06-30' })),
  },
  {
    id: 'itjuzi-events-2023',
    label: 'AI funding events in China, Jan–Nov 2023',
    value: 530,
    unit: 'count',
    source: ITJUZI_SOURCE,
    confidence: 'high',
    tolerance: { kind: 'relative', value: 0.1 },
    measuredAs: 'Investment transactions into CN/HK/MO AI companies dated 2023-01-01 to 2023-11-30.',
    measure: (d) => investmentsInto(d, { from: '2023-01-01', to: '2023-11-30' }).length,
  },
  {
    id: 'cbinsights-deals-2023',
    label: 'AI deals in China, 2023 (CB Insights, narrower definition)',
    value: 232,
    unit: 'count',
    source: 'CB Insights via TechCrunch, domain-facts D3',
    confidence: 'high',
    tolerance: { kind: 'at-least' },
    measuredAs:
      'CB Insights counts fewer deals than ITJuzi (a narrower definition), so it bounds the 2023 count from below.',
    measure: (d) => investmentsInto(d, { from: '2023-01-01', to: '2023-12-31' }).length,
  },
  {
    id: 'itjuzi-value-2023',
    label: 'AI funding in China, Jan–Nov 2023 (USD; RMB 63.1 bn)',
    value: 8.8e9,
    unit: 'usd',
    source: ITJUZI_SOURCE,
    confidence: 'high',
    tolerance: { kind: 'relative', value: 0.3 },
    measuredAs: 'Sum of known amounts of the Jan–Nov 2023 transactions above.',
    measure: (d) => totalUsd(investmentsInto(d, { from: '2023-01-01', to: '2023-11-30' })),
  },
  {
    id: 'itjuzi-value-2021',
    label: 'AI funding in China at its 2021 peak (USD; RMB 248.78 bn at 6.45)',
    value: 38.6e9,
    unit: 'usd',
    source: `${ITJUZI_SOURCE}; RMB→USD at 6.45 (transactions.SOURCE.md §4.2, our rate)`,
    confidence: 'high',
    tolerance: { kind: 'relative', value: 0.3 },
    measuredAs: 'Sum of known amounts of 2021 transactions into CN/HK/MO AI companies.',
    measure: (d) => totalUsd(investmentsInto(d, { from: '2021-01-01', to: '2021-12-31' })),
  },
  {
    id: 'pitchbook-median-2024h1',
    label: 'Median round, H1 2024 (USD)',
    value: 10.4e6,
    unit: 'usd',
    source: `${PITCHBOOK_SOURCE} (scope ambiguous: Greater China VC, context suggests AI/ML; medium)`,
    confidence: 'medium',
    tolerance: { kind: 'relative', value: 0.2 },
    measuredAs: 'Median known amount of rounds into CN/HK/MO AI companies dated 2024-01-01 to 2024-06-30.',
    measure: (d) => median(amountsOf(investmentsInto(d, { from: '2024-01-01', to: '2024-06-30' }))),
  },
  {
    id: 'pitchbook-median-2021',
    label: 'Median round at the 2021 peak (USD)',
    value: 15.4e6,
    unit: 'usd',
    source: `${PITCHBOOK_SOURCE} (medium)`,
    confidence: 'medium',
    tolerance: { kind: 'relative', value: 0.25 },
    measuredAs: 'Median known amount of 2021 rounds into CN/HK/MO AI companies.',
    measure: (d) => median(amountsOf(investmentsInto(d, { from: '2021-01-01', to: '2021-12-31' }))),
  },
  {
    id: 'newly-funded-2013-2023',
    label: 'Newly funded Chinese AI companies, 2013–2023',
    value: 1446,
    unit: 'count',
    source: 'S&P Global (Jul 2024) via tech-zero-news, domain-facts D3 (medium)',
    confidence: 'medium',
    tolerance: { kind: 'relative', value: 0.2 },
    measuredAs:
      'Distinct CN/HK/MO AI companies with a round dated 2015–2023 (firms first funded in 2013–14 that raised again are counted; those that did not are missed, hence the wide tolerance).',
    measure: (d) =>
      new Set(investmentsInto(d, { from: '2015-01-01', to: '2023-12-31' }).map((t) => t.companyId)).size,
  },
  {
    id: 'anthropic-exchanges-2026',
    label: 'Exchanges with Claude by Chinese labs, disclosed 23 Feb 2026',
    value: 16e6,
    unit: 'exchanges',
    source:
      'Anthropic disclosure (fintool, 23 Feb 2026), domain-facts C1: >16 m exchanges; MiniMax >13 m, Moonshot ≈3.4 m, DeepSeek >150 k',
    confidence: 'high',
    tolerance: { kind: 'relative', value: 0.1 },
    measuredAs:
      'Sum of exchanges of model-access flows with teacher Anthropic dated up to 2026-02-23 ("more than 16 m": the named labs account for ≈16.55 m, so modeled flows must add little).',
    measure: (d) =>
      d.transactions.reduce(
        (sum, t) =>
          t.kind === 'model-access' && t.teacher.developer === 'Anthropic' && t.date <= '2026-02-23'
            ? sum + (t.exchanges ?? 0)
            : sum,
        0,
      ),
  },
];
