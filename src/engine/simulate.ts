/**
 * A run: `simulate(index, spec) → SimulationResult`. Per enabled measure and per quarter: deals captured by
 * outcome (count and USD), by kind, units and exchanges, companies captured that quarter and cumulatively,
 * companies in scope; the same for the combined view (most severe outcome per deal); and overlap counts for
 * every combination of measures. Per-transaction outcomes are kept for drill-down and the runner's detail.
 */
import { KIND_CODE } from './dataset/codes';
import type { DatasetIndex } from './dataset/index-dataset';
import { TRANSACTION_KINDS, type TransactionKind } from './dataset/schema';
import { isoOf } from './dates';
import { CAPTURED_MIN_CODE, OUTCOMES, type Outcome, STOPPED_MIN_CODE } from './outcomes';
import { lastDayOf, ordinalOf, type Quarter, quarterOf } from './quarter';
import { type PreparedMeasure, prepareMeasures, type RunSpec } from './run';

/** Per-quarter counts for one measure or the combined view. Arrays are indexed like `quarters`. */
export interface Series {
  /** Deals captured (any outcome but `excepted`). */
  readonly deals: number[];
  /** USD value of captured deals with a known amount. */
  readonly dealsUsd: number[];
  /** Captured deals with no known amount (left out of `dealsUsd`). */
  readonly dealsUsdUnknown: number[];
  readonly byOutcome: Record<Outcome, number[]>;
  readonly byOutcomeUsd: Record<Outcome, number[]>;
  /** Captured deals by transaction kind. */
  readonly byKind: Record<TransactionKind, number[]>;
  /** Chip units in captured purchases. */
  readonly units: number[];
  /** Exchanges in captured model-access flows. */
  readonly exchanges: number[];
  /** All deals of the kinds the measure governs (the denominator for shares). */
  readonly relevantDeals: number[];
  /** Distinct companies with a captured deal in the quarter. */
  readonly companies: number[];
  /** Distinct companies captured in this or any earlier quarter of the horizon. */
  readonly companiesCumulative: number[];
  /** Distinct companies with a stopped deal (prohibited, denied or blocked) in the quarter. */
  readonly companiesStopped: number[];
  /** Distinct companies with a stopped deal in this or any earlier quarter. */
  readonly companiesStoppedCumulative: number[];
  /** Companies in scope at the quarter's end, with or without a deal. */
  readonly companiesInScope: number[];
}

export interface MeasureResult {
  readonly policyId: string;
  readonly template: string;
  readonly title: string;
  readonly jurisdiction: string;
  readonly series: Series;
  /** Extra per-quarter counts a measure reports, by name. */
  readonly extra: Record<string, number[]>;
}

/** Deals and companies caught by exactly this set of measures (an UpSet-style exclusive intersection). */
export interface Overlap {
  readonly measures: string[];
  readonly deals: number;
  readonly companies: number;
}

/** Per-transaction and per-company results, for drill-down. Arrays follow the index's transaction order. */
export interface ResultDetail {
  /** Outcome code per measure (same order as `measures`) and transaction. */
  readonly outcomes: readonly Uint8Array[];
  readonly combined: Uint8Array;
  /** Quarter ordinal of each company's first capture per measure, or -1. */
  readonly firstCaptured: readonly Int32Array[];
}

export interface SimulationResult {
  readonly quarters: Quarter[];
  readonly asOf: string;
  /** Number of quarters up to and including the dataset's `asOf` quarter (history); the rest are projection. */
  readonly historyQuarters: number;
  readonly measures: MeasureResult[];
  readonly combined: Series;
  readonly overlaps: Overlap[];
  readonly detail: ResultDetail;
}

function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}

function emptySeries(n: number): Series {
  const perOutcome = () =>
    Object.fromEntries(OUTCOMES.map((o) => [o, zeros(n)])) as Record<Outcome, number[]>;
  return {
    deals: zeros(n),
    dealsUsd: zeros(n),
    dealsUsdUnknown: zeros(n),
    byOutcome: perOutcome(),
    byOutcomeUsd: perOutcome(),
    byKind: Object.fromEntries(TRANSACTION_KINDS.map((k) => [k, zeros(n)])) as Record<
      TransactionKind,
      number[]
    >,
    units: zeros(n),
    exchanges: zeros(n),
    relevantDeals: zeros(n),
    companies: zeros(n),
    companiesCumulative: zeros(n),
    companiesStopped: zeros(n),
    companiesStoppedCumulative: zeros(n),
    companiesInScope: zeros(n),
  };
}

/** Write running totals of first occurrences (quarter ordinals minus `offset`; -1 = never) into `out`. */
function cumulate(firsts: Int32Array, offset: number, out: number[]): void {
  const counts = zeros(out.length);
  for (const f of firsts) if (f >= 0) counts[f - offset]!++;
  let running = 0;
  for (let q = 0; q < out.length; q++) {
    running += counts[q]!;
    out[q] = running;
  }
}

/** Fill a series' deal and company counts from per-transaction outcome codes. */
function accumulate(index: DatasetIndex, codes: Uint8Array, first: number, series: Series): Int32Array {
  const n = series.deals.length;
  const tx = index.tx;
  const firstCaptured = new Int32Array(index.companies.count).fill(-1);
  const lastCounted = new Int32Array(index.companies.count).fill(-1);
  const firstStopped = new Int32Array(index.companies.count).fill(-1);
  const lastStopped = new Int32Array(index.companies.count).fill(-1);
  const byOutcome = OUTCOMES.map((o) => series.byOutcome[o]);
  const byOutcomeUsd = OUTCOMES.map((o) => series.byOutcomeUsd[o]);
  const byKind = TRANSACTION_KINDS.map((k) => series.byKind[k]);
  for (let t = 0; t < tx.count; t++) {
    const code = codes[t]!;
    if (code === 0) continue;
    const q = tx.ordinal[t]! - first;
    if (q < 0 || q >= n) continue;
    const usd = tx.amountUsd[t]!;
    byOutcome[code - 1]![q]!++;
    if (!Number.isNaN(usd)) byOutcomeUsd[code - 1]![q]! += usd;
    if (code < CAPTURED_MIN_CODE) continue;
    series.deals[q]!++;
    if (Number.isNaN(usd)) series.dealsUsdUnknown[q]!++;
    else series.dealsUsd[q]! += usd;
    byKind[tx.kind[t]!]![q]!++;
    const units = tx.units[t]!;
    if (!Number.isNaN(units)) series.units[q]! += units;
    const exchanges = tx.exchanges[t]!;
    if (!Number.isNaN(exchanges)) series.exchanges[q]! += exchanges;
    const c = tx.company[t]!;
    if (c < 0) continue;
    if (lastCounted[c] !== q) {
      lastCounted[c] = q;
      series.companies[q]!++;
    }
    if (firstCaptured[c] === -1) firstCaptured[c] = q + first;
    if (code < STOPPED_MIN_CODE) continue;
    if (lastStopped[c] !== q) {
      lastStopped[c] = q;
      series.companiesStopped[q]!++;
    }
    if (firstStopped[c] === -1) firstStopped[c] = q;
  }
  cumulate(firstCaptured, first, series.companiesCumulative);
  cumulate(firstStopped, 0, series.companiesStoppedCumulative);
  return firstCaptured;
}

/** Count, per quarter, the deals of each kind (the denominators). */
function kindCounts(index: DatasetIndex, first: number, n: number): number[][] {
  const counts = TRANSACTION_KINDS.map(() => zeros(n));
  for (let t = 0; t < index.tx.count; t++) {
    const q = index.tx.ordinal[t]! - first;
    if (q >= 0 && q < n) counts[index.tx.kind[t]!]![q]!++;
  }
  return counts;
}

/** Count companies in scope at each quarter's end, per measure and combined. */
function countInScope(
  index: DatasetIndex,
  measures: readonly PreparedMeasure[],
  first: number,
  series: Series[],
  combined: Series,
): void {
  const n = combined.deals.length;
  for (let q = 0; q < n; q++) {
    const day = lastDayOf(first + q);
    for (let c = 0; c < index.companies.count; c++) {
      let any = false;
      for (let m = 0; m < measures.length; m++) {
        if (measures[m]!.prepared.inScope(c, day)) {
          series[m]!.companiesInScope[q]!++;
          any = true;
        }
      }
      if (any) combined.companiesInScope[q]!++;
    }
  }
}

/** Count deals and companies by the exact set of measures that captured them. */
function countOverlaps(
  index: DatasetIndex,
  measures: readonly PreparedMeasure[],
  outcomes: readonly Uint8Array[],
): Overlap[] {
  const m = measures.length;
  if (m === 0) return [];
  const dealsByMask = new Map<number, number>();
  const companyMask = new Uint32Array(index.companies.count);
  for (let t = 0; t < index.tx.count; t++) {
    let mask = 0;
    for (let i = 0; i < m; i++) if (outcomes[i]![t]! >= CAPTURED_MIN_CODE) mask |= 1 << i;
    if (mask === 0) continue;
    dealsByMask.set(mask, (dealsByMask.get(mask) ?? 0) + 1);
    const c = index.tx.company[t]!;
    if (c >= 0) companyMask[c]! |= mask;
  }
  const companiesByMask = new Map<number, number>();
  for (const mask of companyMask) if (mask) companiesByMask.set(mask, (companiesByMask.get(mask) ?? 0) + 1);
  const masks =
    m <= 8
      ? Array.from({ length: (1 << m) - 1 }, (_, i) => i + 1)
      : [...new Set([...dealsByMask.keys(), ...companiesByMask.keys()])].sort((a, b) => a - b);
  return masks.map((mask) => ({
    measures: measures.filter((_, i) => (mask & (1 << i)) !== 0).map((x) => x.instance.id),
    deals: dealsByMask.get(mask) ?? 0,
    companies: companiesByMask.get(mask) ?? 0,
  }));
}

/** Run a scenario over an indexed dataset. Pure: the same inputs give the same result, bit for bit. */
export function simulate(index: DatasetIndex, spec: RunSpec): SimulationResult {
  const first = ordinalOf(spec.horizon.from);
  const n = Math.max(0, ordinalOf(spec.horizon.to) - first + 1);
  const quarters = Array.from({ length: n }, (_, q) => quarterOf(first + q));
  const measures = prepareMeasures(index, spec);
  const kinds = kindCounts(index, first, n);
  const combinedCodes = new Uint8Array(index.tx.count);
  const outcomes: Uint8Array[] = [];
  const firstCaptured: Int32Array[] = [];
  const series = measures.map((m) => {
    const codes = new Uint8Array(index.tx.count);
    m.prepared.evaluate(codes);
    for (let t = 0; t < codes.length; t++) if (codes[t]! > combinedCodes[t]!) combinedCodes[t] = codes[t]!;
    outcomes.push(codes);
    const s = emptySeries(n);
    firstCaptured.push(accumulate(index, codes, first, s));
    for (const kind of m.template.kinds) {
      const counts = kinds[KIND_CODE[kind]]!;
      for (let q = 0; q < n; q++) s.relevantDeals[q]! += counts[q]!;
    }
    return s;
  });
  const combined = emptySeries(n);
  accumulate(index, combinedCodes, first, combined);
  for (const counts of kinds) for (let q = 0; q < n; q++) combined.relevantDeals[q]! += counts[q]!;
  countInScope(index, measures, first, series, combined);
  const ordinals = quarters.map((_, q) => first + q);
  return {
    quarters,
    asOf: isoOf(index.asOfDay),
    historyQuarters: Math.max(0, Math.min(n, index.asOfOrdinal - first + 1)),
    measures: measures.map((m, i) => ({
      policyId: m.instance.id,
      template: m.template.id,
      title: m.instance.title,
      jurisdiction: m.instance.jurisdiction,
      series: series[i]!,
      extra: m.prepared.extraSeries?.(ordinals) ?? {},
    })),
    combined,
    overlaps: countOverlaps(index, measures, outcomes),
    detail: { outcomes, combined: combinedCodes, firstCaptured },
  };
}
