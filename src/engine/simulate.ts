/**
 * A run: `simulate(index, spec) → SimulationResult`. Per enabled measure and per quarter: deals captured by
 * outcome (count and USD), by kind, units and exchanges, companies captured that quarter and cumulatively,
 * companies in scope; the same for the combined view (most severe outcome per deal); and overlap counts for
 * every combination of measures. Per-transaction outcomes are kept for drill-down and the runner's detail.
 */
import { amountSeries, combinedAmountSeries, newAmounts, overlapAmounts } from './amounts';
import { KIND_CODE } from './dataset/codes';
import type { DatasetIndex } from './dataset/index-dataset';
import { DEAL_KINDS, TRANSACTION_KINDS, type TransactionKind } from './dataset/schema';
import { isoOf } from './dates';
import { combineCodes, foldCodes, foldCombined, newCodes, type Overlaps } from './fold';
import { makeListings } from './listings';
import { stableKey } from './memo';
import { STOPPED_MIN_CODE } from './outcomes';
import type { Amounts } from './policy';
import { lastDayOf, ordinalOf, type Quarter, quarterOf } from './quarter';
import { derivedListingsOf, measureBases, type PreparedMeasure, prepareMeasure, type RunSpec } from './run';
import type { MeasureRun, RunCache } from './run-cache';
import { countUnion, scopeQuarters, standingAt } from './scope-count';
import { emptySeries, type Series, SeriesAccumulator } from './series';

export type { Series } from './series';

export interface MeasureResult {
  readonly policyId: string;
  readonly template: string;
  readonly title: string;
  readonly jurisdiction: string;
  readonly series: Series;
  /** Extra per-quarter counts a measure reports, by name. */
  readonly extra: Record<string, number[]>;
  /** Per-quarter sums of the per-deal amounts it reports (USD), by channel key (policy.ts, `AmountChannel`). */
  readonly amounts: Record<string, number[]>;
}

/** Deals and companies caught by exactly this set of measures (an UpSet-style exclusive intersection). */
export interface Overlap {
  readonly measures: string[];
  readonly deals: number;
  readonly companies: number;
  /** Sums of the amounts of those deals by channel key, when any measure reports amounts. */
  readonly amounts?: Record<string, number>;
}

/** Per-transaction and per-company results, for drill-down. Arrays follow the index's transaction order. */
export interface ResultDetail {
  /** Outcome code per measure (same order as `measures`) and transaction. */
  readonly outcomes: readonly Uint8Array[];
  readonly combined: Uint8Array;
  /** Quarter ordinal of each company's first capture per measure, or -1. */
  readonly firstCaptured: readonly Int32Array[];
  /** Per-deal amounts per measure (same order as `measures`), by channel key; `{}` for most measures. */
  readonly amounts: readonly Amounts[];
  /**
   * Each company's standing per measure at the end of the data's as-of quarter (0 out of scope, 1 in scope,
   * 2 its deals would be stopped: `STANDING`), the companies `companiesInScope` and `companiesInScopeStopped`
   * count there.
   */
  readonly standing: readonly Uint8Array[];
}

export interface SimulationResult {
  readonly quarters: Quarter[];
  readonly asOf: string;
  /** Number of quarters up to and including the dataset's `asOf` quarter (history); the rest are projection. */
  readonly historyQuarters: number;
  readonly measures: MeasureResult[];
  readonly combined: Series;
  /** Per-quarter sums of every measure's amounts by channel key, leaving out deals the combined view stops. */
  readonly amounts: Record<string, number[]>;
  readonly overlaps: Overlap[];
  readonly detail: ResultDetail;
}

/**
 * A result without its per-transaction detail: everything the headline numbers and the charts read. Small
 * (a few kB as JSON), so the built-in presets' summaries are computed at build time (src/data/first-view.ts).
 */
export type ResultSummary = Omit<SimulationResult, 'detail'>;

const kindCountCache = new WeakMap<DatasetIndex, { first: number; counts: Int32Array[] }>();

/** Return the number of deals of each kind per quarter ordinal (memoised per index): the denominators. */
function kindCountsOf(index: DatasetIndex): { first: number; counts: Int32Array[] } {
  let cached = kindCountCache.get(index);
  if (!cached) {
    const { count, ordinal, kind } = index.tx;
    const first = count > 0 ? ordinal[0]! : 0;
    const span = count > 0 ? ordinal[count - 1]! - first + 1 : 0;
    const counts = TRANSACTION_KINDS.map(() => new Int32Array(span));
    for (let t = 0; t < count; t++) counts[kind[t]!]![ordinal[t]! - first]!++;
    cached = { first, counts };
    kindCountCache.set(index, cached);
  }
  return cached;
}

/** List deals and companies by the exact set of measures that captured them. */
function overlapsOf(
  measures: readonly PreparedMeasure[],
  folded: Overlaps,
  amounts: Map<number, Record<string, number>> | null,
): Overlap[] {
  const m = measures.length;
  if (m === 0) return [];
  const { dealsByMask, companiesByMask } = folded;
  const masks =
    m <= 8
      ? Array.from({ length: (1 << m) - 1 }, (_, i) => i + 1)
      : [...new Set([...dealsByMask.keys(), ...companiesByMask.keys()])].sort((a, b) => a - b);
  const channels = amounts
    ? Object.fromEntries(measures.flatMap((x) => x.template.amounts ?? []).map((c) => [c.key, 0]))
    : {};
  return masks.map((mask) => ({
    measures: measures.filter((_, i) => (mask & (1 << i)) !== 0).map((x) => x.instance.id),
    deals: dealsByMask.get(mask) ?? 0,
    companies: companiesByMask.get(mask) ?? 0,
    ...(amounts ? { amounts: { ...channels, ...amounts.get(mask) } } : {}),
  }));
}

/** Add the deals of the given kinds per horizon quarter to a series' denominators. */
function addRelevant(
  index: DatasetIndex,
  series: Series,
  kinds: readonly TransactionKind[],
  first: number,
): void {
  const kindCounts = kindCountsOf(index);
  const n = series.relevantDeals.length;
  for (const kind of kinds) {
    const counts = kindCounts.counts[KIND_CODE[kind]]!;
    for (let q = 0; q < n; q++) series.relevantDeals[q]! += counts[first + q - kindCounts.first] ?? 0;
  }
}

/** The horizon: its first quarter's ordinal, its quarters and the last day of each. */
interface Horizon {
  readonly first: number;
  readonly ordinals: readonly number[];
  readonly ends: Int32Array;
}

/** The horizon quarter whose end the headline "in scope" numbers are read at: the data's as-of quarter. */
function asOfQuarter(index: DatasetIndex, horizon: Horizon): number {
  const n = horizon.ordinals.length;
  return Math.max(0, Math.min(n - 1, index.asOfOrdinal - horizon.first));
}

/** Evaluate one prepared measure and fold its codes into its series and scope counts. */
function runMeasure(index: DatasetIndex, measure: PreparedMeasure, horizon: Horizon): MeasureRun {
  const { first, ordinals, ends } = horizon;
  const n = ordinals.length;
  const codes = newCodes(index.tx.count);
  measure.prepared.evaluate(codes);
  const amounts: Amounts = newAmounts(measure.template.amounts ?? [], index.tx.count);
  if (measure.template.amounts?.length) measure.prepared.writeAmounts?.(amounts, codes);
  const series = emptySeries(n);
  const accumulator = new SeriesAccumulator(index, series, first);
  foldCodes(index, codes, accumulator, first, n);
  accumulator.finish();
  addRelevant(index, series, measure.template.kinds, first);
  const companies = index.companies.count;
  const scope = [
    scopeQuarters(measure, companies, ends, 1, series.companiesInScope),
    scopeQuarters(measure, companies, ends, STOPPED_MIN_CODE, series.companiesInScopeStopped),
  ] as const;
  return {
    measure,
    codes,
    series,
    firstCaptured: accumulator.firstCaptured,
    extra: measure.prepared.extraSeries?.(ordinals) ?? {},
    amounts,
    amountSeries: amountSeries(index, amounts, first, n),
    scope,
    standing: standingAt(scope, companies, asOfQuarter(index, horizon)),
  };
}

/** Run every enabled measure, or take from the cache the runs of measures whose inputs have not changed. */
function measureRuns(index: DatasetIndex, spec: RunSpec, horizon: Horizon, cache?: RunCache): MeasureRun[] {
  const bases = measureBases(index, spec);
  if (!cache) {
    const listings = makeListings(index, bases.flatMap(derivedListingsOf));
    return bases.map((b) => runMeasure(index, prepareMeasure(b, listings), horizon));
  }
  const memo = cache.on(index);
  const keys = bases.map((b) => stableKey([b.instance, spec.seed]));
  const deriving = bases.flatMap((b, i) => (b.template.deriveListings ? [i] : []));
  const listingsKey = deriving.map((i) => keys[i]).join('\n');
  const listings = memo.listings.get(listingsKey, () =>
    makeListings(
      index,
      deriving.flatMap((i) => memo.derived.get(keys[i]!, () => derivedListingsOf(bases[i]!))),
    ),
  );
  const horizonKey = `${horizon.first}+${horizon.ordinals.length}`;
  return bases.map((b, i) =>
    memo.measureRuns.get(`${keys[i]}\n${listingsKey}\n${horizonKey}`, () =>
      runMeasure(index, prepareMeasure(b, listings), horizon),
    ),
  );
}

/**
 * Run a scenario over an indexed dataset. Pure: the same inputs give the same result, bit for bit. Given a
 * cache (run-cache.ts), measures whose inputs are unchanged since a recent run on the same index are not
 * evaluated again; the result is the same.
 */
export function simulate(index: DatasetIndex, spec: RunSpec, cache?: RunCache): SimulationResult {
  const first = ordinalOf(spec.horizon.from);
  const n = Math.max(0, ordinalOf(spec.horizon.to) - first + 1);
  const ordinals = Array.from({ length: n }, (_, q) => first + q);
  const horizon: Horizon = { first, ordinals, ends: Int32Array.from(ordinals, lastDayOf) };
  const runs = measureRuns(index, spec, horizon, cache);
  let combinedCodes: Uint8Array | null = null;
  const outcomes = runs.map((r) => r.codes);
  const combined = emptySeries(n);
  const combinedAccumulator = new SeriesAccumulator(index, combined, first);
  const overlaps = foldCombined(index, outcomes, combinedAccumulator, first, n);
  combinedAccumulator.finish();
  addRelevant(index, combined, DEAL_KINDS, first);
  const combinedOf = () => {
    combinedCodes ??= combineCodes(index.tx.count, outcomes);
    return combinedCodes;
  };
  const amounts = combinedAmountSeries(
    index,
    runs.map((r) => r.amounts),
    combinedOf,
    first,
    n,
  );
  const companies = index.companies.count;
  countUnion(
    runs.map((r) => r.scope[0]),
    companies,
    combined.companiesInScope,
  );
  countUnion(
    runs.map((r) => r.scope[1]),
    companies,
    combined.companiesInScopeStopped,
  );
  return {
    quarters: ordinals.map(quarterOf),
    asOf: isoOf(index.asOfDay),
    historyQuarters: Math.max(0, Math.min(n, index.asOfOrdinal - first + 1)),
    measures: runs.map(({ measure, series, extra, amountSeries }) => ({
      policyId: measure.instance.id,
      template: measure.template.id,
      title: measure.instance.title,
      jurisdiction: measure.instance.jurisdiction,
      series,
      extra,
      amounts: amountSeries,
    })),
    combined,
    amounts,
    overlaps: overlapsOf(
      runs.map((r) => r.measure),
      overlaps,
      overlapAmounts(
        outcomes,
        runs.map((r) => r.amounts),
      ),
    ),
    detail: {
      outcomes,
      // Made when first read (the app's worker never reads them; the page makes its own).
      get combined() {
        return combinedOf();
      },
      firstCaptured: runs.map((r) => r.firstCaptured),
      amounts: runs.map((r) => r.amounts),
      standing: runs.map((r) => r.standing),
    },
  };
}
