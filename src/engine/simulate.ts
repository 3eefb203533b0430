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
  /** Companies in scope whose deals would be stopped (e.g. the outbound rule's prohibited tier), at the quarter's end. */
  readonly companiesInScopeStopped: number[];
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
    companiesInScopeStopped: zeros(n),
  };
}

/** Write running totals of first occurrences (quarter ordinals minus `offset`; -1 = never) into `out`. */
function cumulate(firsts: Int32Array, offset: number, out: number[]): void {
  const counts = zeros(out.length);
  for (let c = 0; c < firsts.length; c++) if (firsts[c]! >= 0) counts[firsts[c]! - offset]!++;
  let running = 0;
  for (let q = 0; q < out.length; q++) {
    running += counts[q]!;
    out[q] = running;
  }
}

/** Adds captured deals, one at a time, to a series' per-quarter counts and tracks its companies. */
class SeriesAccumulator {
  /** Quarter ordinal of each company's first capture in the horizon, or -1. */
  readonly firstCaptured: Int32Array;
  private readonly lastCounted: Int32Array;
  private readonly firstStopped: Int32Array;
  private readonly lastStopped: Int32Array;
  // Flat typed arrays while adding (`byOutcome[(code - 1) * n + q]`, `byKind[kind * n + q]`); copied out at the end.
  private readonly n: number;
  private readonly byOutcome: Int32Array;
  private readonly byOutcomeUsd: Float64Array;
  private readonly byKind: Int32Array;
  private readonly deals: Int32Array;
  private readonly dealsUsd: Float64Array;
  private readonly dealsUsdUnknown: Int32Array;
  private readonly units: Float64Array;
  private readonly exchanges: Float64Array;
  private readonly companies: Int32Array;
  private readonly companiesStopped: Int32Array;

  private readonly tx: DatasetIndex['tx'];

  constructor(
    index: DatasetIndex,
    readonly series: Series,
    private readonly first: number,
  ) {
    this.tx = index.tx;
    const companies = index.companies.count;
    const n = series.deals.length;
    this.n = n;
    this.firstCaptured = new Int32Array(companies).fill(-1);
    this.lastCounted = new Int32Array(companies).fill(-1);
    this.firstStopped = new Int32Array(companies).fill(-1);
    this.lastStopped = new Int32Array(companies).fill(-1);
    this.byOutcome = new Int32Array(OUTCOMES.length * n);
    this.byOutcomeUsd = new Float64Array(OUTCOMES.length * n);
    this.byKind = new Int32Array(TRANSACTION_KINDS.length * n);
    this.deals = new Int32Array(n);
    this.dealsUsd = new Float64Array(n);
    this.dealsUsdUnknown = new Int32Array(n);
    this.units = new Float64Array(n);
    this.exchanges = new Float64Array(n);
    this.companies = new Int32Array(n);
    this.companiesStopped = new Int32Array(n);
  }

  /** Add transaction `t`, in horizon quarter `q`, with outcome `code` (not 0). */
  add(t: number, q: number, code: number): void {
    const tx = this.tx;
    const usd = tx.amountUsd[t]!;
    const known = !Number.isNaN(usd);
    this.byOutcome[(code - 1) * this.n + q]!++;
    if (known) this.byOutcomeUsd[(code - 1) * this.n + q]! += usd;
    if (code < CAPTURED_MIN_CODE) return;
    this.deals[q]!++;
    if (known) this.dealsUsd[q]! += usd;
    else this.dealsUsdUnknown[q]!++;
    this.byKind[tx.kind[t]! * this.n + q]!++;
    const units = tx.units[t]!;
    if (!Number.isNaN(units)) this.units[q]! += units;
    const exchanges = tx.exchanges[t]!;
    if (!Number.isNaN(exchanges)) this.exchanges[q]! += exchanges;
    const c = tx.company[t]!;
    if (c < 0) return;
    if (this.lastCounted[c] !== q) {
      this.lastCounted[c] = q;
      this.companies[q]!++;
    }
    if (this.firstCaptured[c] === -1) this.firstCaptured[c] = q + this.first;
    if (code < STOPPED_MIN_CODE) return;
    if (this.lastStopped[c] !== q) {
      this.lastStopped[c] = q;
      this.companiesStopped[q]!++;
    }
    if (this.firstStopped[c] === -1) this.firstStopped[c] = q;
  }

  /** Write the counts into the series, with the cumulative company counts. */
  finish(): void {
    const { series, n } = this;
    const copy = (from: Int32Array | Float64Array, offset: number, to: number[]) => {
      for (let q = 0; q < n; q++) to[q] = from[offset + q]!;
    };
    OUTCOMES.forEach((o, i) => {
      copy(this.byOutcome, i * n, series.byOutcome[o]);
      copy(this.byOutcomeUsd, i * n, series.byOutcomeUsd[o]);
    });
    TRANSACTION_KINDS.forEach((k, i) => {
      copy(this.byKind, i * n, series.byKind[k]);
    });
    copy(this.deals, 0, series.deals);
    copy(this.dealsUsd, 0, series.dealsUsd);
    copy(this.dealsUsdUnknown, 0, series.dealsUsdUnknown);
    copy(this.units, 0, series.units);
    copy(this.exchanges, 0, series.exchanges);
    copy(this.companies, 0, series.companies);
    copy(this.companiesStopped, 0, series.companiesStopped);
    cumulate(this.firstCaptured, this.first, series.companiesCumulative);
    cumulate(this.firstStopped, 0, series.companiesStoppedCumulative);
  }
}

/** Return a zeroed outcome array for every transaction, its buffer padded to whole 32-bit words (see `fold`). */
function newCodes(count: number): Uint8Array {
  return new Uint8Array(new ArrayBuffer((count + 3) & ~3), 0, count);
}

/** Whether typed arrays are little-endian here (every mainstream platform); word scans go in address order either way. */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** Return the offset (0–3) of the lowest-addressed non-zero byte of a non-zero 32-bit word. */
function firstByte(word: number): number {
  return LITTLE_ENDIAN ? (31 - Math.clz32(word & -word)) >> 3 : Math.clz32(word) >> 3;
}

/** Return the word with the byte at offset `b` cleared. */
function clearByte(word: number, b: number): number {
  return word & ~(0xff << ((LITTLE_ENDIAN ? b : 3 - b) << 3));
}

/** View outcome codes as 32-bit words, to skip uncaught transactions four at a time. */
function wordsOf(codes: Uint8Array): Int32Array {
  if (codes.byteOffset % 4 !== 0 || codes.buffer.byteLength < ((codes.length + 3) & ~3)) {
    // Not allocated by `newCodes`: copy into a padded buffer (never in a normal run).
    const padded = newCodes(codes.length);
    padded.set(codes);
    return new Int32Array(padded.buffer);
  }
  return new Int32Array(codes.buffer, codes.byteOffset, (codes.length + 3) >> 2);
}

/** What the fold of every measure's codes gives besides the series. */
interface Folded {
  readonly combined: Uint8Array;
  /** Deals by the exact set of measures (bit mask) that captured them. */
  readonly dealsByMask: Map<number, number>;
  /** The set of measures (bit mask) that captured any deal of each company. */
  readonly companyMask: Uint32Array;
}

/**
 * Fold every measure's outcome codes into its series, the combined (most severe) codes and series, and the
 * overlap masks. Most transactions are caught by no measure, so the scans skip zero codes four at a time and
 * jump to the non-zero bytes of a word; every series still receives its deals in transaction (date) order.
 */
function fold(
  index: DatasetIndex,
  outcomes: readonly Uint8Array[],
  accumulators: readonly SeriesAccumulator[],
  combinedAccumulator: SeriesAccumulator,
  first: number,
  n: number,
): Folded {
  const { count, ordinal, company } = index.tx;
  const m = outcomes.length;
  const combined = newCodes(count);
  for (let i = 0; i < m; i++) {
    const codes = outcomes[i]!;
    const words = wordsOf(codes);
    const accumulator = accumulators[i]!;
    for (let w = 0; w < words.length; w++) {
      let word = words[w]!;
      while (word !== 0) {
        const b = firstByte(word);
        word = clearByte(word, b);
        const t = 4 * w + b;
        const code = codes[t]!;
        if (code > combined[t]!) combined[t] = code;
        const q = ordinal[t]! - first;
        if (q >= 0 && q < n) accumulator.add(t, q, code);
      }
    }
  }
  // Overlaps: the exact set of measures that captured each caught deal (counted in a typed array when small).
  const byMask = new Int32Array(m <= 16 ? 1 << m : 0);
  const dealsByMask = new Map<number, number>();
  const companyMask = new Uint32Array(index.companies.count);
  const words = wordsOf(combined);
  for (let w = 0; w < words.length; w++) {
    let word = words[w]!;
    while (word !== 0) {
      const b = firstByte(word);
      word = clearByte(word, b);
      const t = 4 * w + b;
      const code = combined[t]!;
      const q = ordinal[t]! - first;
      if (q >= 0 && q < n) combinedAccumulator.add(t, q, code);
      if (code < CAPTURED_MIN_CODE) continue;
      let mask = 0;
      for (let i = 0; i < m; i++) if (outcomes[i]![t]! >= CAPTURED_MIN_CODE) mask |= 1 << i;
      if (byMask.length > 0) byMask[mask]!++;
      else dealsByMask.set(mask, (dealsByMask.get(mask) ?? 0) + 1);
      const c = company[t]!;
      if (c >= 0) companyMask[c]! |= mask;
    }
  }
  for (let mask = 1; mask < byMask.length; mask++)
    if (byMask[mask]! > 0) dealsByMask.set(mask, byMask[mask]!);
  for (const a of accumulators) a.finish();
  combinedAccumulator.finish();
  return { combined, dealsByMask, companyMask };
}

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

/** Return the horizon quarter (0 … n) from which a status that starts on `day` is seen at quarter ends. */
function quarterFrom(ends: Int32Array, day: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Push the horizon quarters [a, b) at whose ends a company is in scope of a measure, as pairs, into `out`. */
function scopeSegments(
  measure: PreparedMeasure,
  c: number,
  ends: Int32Array,
  out: Segments,
  minStatus = 1,
): void {
  const scope = measure.prepared.scope;
  const n = ends.length;
  if (scope) {
    const end = scope.start[c + 1]!;
    for (let k = scope.start[c]!; k < end; k++) {
      if (scope.status[k]! < minStatus) continue;
      const a = quarterFrom(ends, scope.day[k]!);
      const b = k + 1 < end ? quarterFrom(ends, scope.day[k + 1]!) : n;
      if (a < b) out.push(a, b);
    }
    return;
  }
  // No timeline: ask the rule at every quarter's end (it cannot say which tier, so none counts as stopped).
  if (minStatus > 1) return;
  let from = -1;
  for (let q = 0; q <= n; q++) {
    const inScope = q < n && measure.prepared.inScope(c, ends[q]!);
    if (inScope && from < 0) from = q;
    else if (!inScope && from >= 0) {
      out.push(from, q);
      from = -1;
    }
  }
}

/** Segments [a, b) of horizon quarters as flat pairs, in reusable storage. */
class Segments {
  readonly pairs: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.pairs = new Int32Array(2 * capacity);
  }

  push(a: number, b: number): void {
    this.pairs[this.size++] = a;
    this.pairs[this.size++] = b;
  }
}

/**
 * Add the union of segments (flat [a, b) pairs, any order) to a difference array: a company in scope of two
 * measures counts once in the combined view. Sorts the pairs by start in place (insertion sort: a handful).
 */
function addUnion(segments: Segments, diff: Int32Array): void {
  const pairs = segments.pairs;
  const length = segments.size;
  for (let i = 2; i < length; i += 2) {
    const a = pairs[i]!;
    const b = pairs[i + 1]!;
    let j = i - 2;
    while (j >= 0 && pairs[j]! > a) {
      pairs[j + 2] = pairs[j]!;
      pairs[j + 3] = pairs[j + 1]!;
      j -= 2;
    }
    pairs[j + 2] = a;
    pairs[j + 3] = b;
  }
  let from = pairs[0]!;
  let to = pairs[1]!;
  for (let k = 2; k < length; k += 2) {
    if (pairs[k]! <= to) {
      to = Math.max(to, pairs[k + 1]!);
      continue;
    }
    diff[from]!++;
    diff[to]!--;
    from = pairs[k]!;
    to = pairs[k + 1]!;
  }
  diff[from]!++;
  diff[to]!--;
}

/** Count companies in scope at each quarter's end, per measure and combined (in scope of any measure). */
function countInScope(
  index: DatasetIndex,
  measures: readonly PreparedMeasure[],
  first: number,
  series: readonly Series[],
  combined: Series,
): void {
  countScopeTier(
    index,
    measures,
    first,
    1,
    series.map((s) => s.companiesInScope),
    combined.companiesInScope,
  );
  countScopeTier(
    index,
    measures,
    first,
    STOPPED_MIN_CODE,
    series.map((s) => s.companiesInScopeStopped),
    combined.companiesInScopeStopped,
  );
}

/** Count companies whose scope status is at least `minStatus` at each quarter's end, per measure and combined. */
function countScopeTier(
  index: DatasetIndex,
  measures: readonly PreparedMeasure[],
  first: number,
  minStatus: number,
  outs: readonly number[][],
  combinedOut: number[],
): void {
  const n = combinedOut.length;
  const ends = Int32Array.from({ length: n }, (_, q) => lastDayOf(first + q));
  const diffs = measures.map(() => new Int32Array(n + 1));
  const union = new Int32Array(n + 1);
  // A company's segments under one measure are disjoint, so at most one per quarter.
  const segments = new Segments(n + 1);
  const all = new Segments(measures.length * (n + 1));
  for (let c = 0; c < index.companies.count; c++) {
    all.size = 0;
    for (let m = 0; m < measures.length; m++) {
      segments.size = 0;
      scopeSegments(measures[m]!, c, ends, segments, minStatus);
      const diff = diffs[m]!;
      const pairs = segments.pairs;
      for (let k = 0; k < segments.size; k += 2) {
        diff[pairs[k]!]!++;
        diff[pairs[k + 1]!]!--;
        all.push(pairs[k]!, pairs[k + 1]!);
      }
    }
    if (all.size > 0) addUnion(all, union);
  }
  const total = (diff: Int32Array, out: number[]) => {
    let running = 0;
    for (let q = 0; q < n; q++) {
      running += diff[q]!;
      out[q] = running;
    }
  };
  for (let m = 0; m < measures.length; m++) total(diffs[m]!, outs[m]!);
  total(union, combinedOut);
}

/** List deals and companies by the exact set of measures that captured them. */
function overlapsOf(measures: readonly PreparedMeasure[], folded: Folded): Overlap[] {
  const m = measures.length;
  if (m === 0) return [];
  const { dealsByMask, companyMask } = folded;
  const companiesByMask = new Map<number, number>();
  for (let c = 0; c < companyMask.length; c++) {
    const mask = companyMask[c]!;
    if (mask) companiesByMask.set(mask, (companiesByMask.get(mask) ?? 0) + 1);
  }
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
  const outcomes = measures.map((m) => {
    const codes = newCodes(index.tx.count);
    m.prepared.evaluate(codes);
    return codes;
  });
  const series = measures.map(() => emptySeries(n));
  const accumulators = series.map((s) => new SeriesAccumulator(index, s, first));
  const combined = emptySeries(n);
  const folded = fold(index, outcomes, accumulators, new SeriesAccumulator(index, combined, first), first, n);
  const kindCounts = kindCountsOf(index);
  const relevant = (s: Series, kinds: readonly TransactionKind[]) => {
    for (const kind of kinds) {
      const counts = kindCounts.counts[KIND_CODE[kind]]!;
      for (let q = 0; q < n; q++) s.relevantDeals[q]! += counts[first + q - kindCounts.first] ?? 0;
    }
  };
  measures.forEach((m, i) => {
    relevant(series[i]!, m.template.kinds);
  });
  relevant(combined, TRANSACTION_KINDS);
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
    overlaps: overlapsOf(measures, folded),
    detail: {
      outcomes,
      combined: folded.combined,
      firstCaptured: accumulators.map((a) => a.firstCaptured),
    },
  };
}
