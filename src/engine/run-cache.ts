/**
 * What consecutive runs on one index can share. A slider moves one parameter of one measure, yet a run
 * re-evaluated every measure; with a cache, `simulate(index, spec, cache)` evaluates again only the measures
 * whose inputs changed and reuses the others' outcome codes, series and scope quarters. A measure's part of a
 * run depends only on the index, its own instance (template, dates, parameters), the seed, the listings other
 * measures derive, and the horizon — together its key. Results are the same, bit for bit, with or without a
 * cache (a property test checks it); results from a cache share arrays with it, so they are read-only.
 */
import type { DatasetIndex } from './dataset/index-dataset';
import { Memo } from './memo';
import type { Amounts, DerivedListing, Listings } from './policy';
import type { PreparedMeasure } from './run';
import type { ScopeQuarters } from './scope-count';
import type { Series } from './series';

/** One measure's part of a run: everything that depends on it alone. */
export interface MeasureRun {
  readonly measure: PreparedMeasure;
  /** Outcome code per transaction (padded to 32-bit words; see fold.ts). */
  readonly codes: Uint8Array;
  readonly series: Series;
  /** Quarter ordinal of each company's first capture, or -1. */
  readonly firstCaptured: Int32Array;
  readonly extra: Record<string, number[]>;
  /** Per-deal amounts by channel, and their per-quarter sums. */
  readonly amounts: Amounts;
  readonly amountSeries: Record<string, number[]>;
  /** The quarters each company is in scope, and in the stopped tier (for the combined view's count). */
  readonly scope: readonly [ScopeQuarters, ScopeQuarters];
  /** Each company's standing at the end of the data's as-of quarter (scope-count.ts, STANDING). */
  readonly standing: Uint8Array;
}

/** Enough for every measure of a few consecutive runs (a drag makes a new entry per value of the moved lever). */
const MEASURE_RUNS_KEPT = 12;

/** Memory between runs on one index; switching to another index forgets everything. */
export class RunCache {
  private index: DatasetIndex | null = null;
  /** Listings derived by one measure, by the measure's key. */
  readonly derived = new Memo<readonly DerivedListing[]>(8);
  /** The listing view, by the keys of the measures that derive listings. */
  readonly listings = new Memo<Listings>(4);
  readonly measureRuns = new Memo<MeasureRun>(MEASURE_RUNS_KEPT);

  /** Bind the cache to `index` (clearing it if it held another) and return it. */
  on(index: DatasetIndex): this {
    if (this.index !== index) {
      this.index = index;
      this.derived.clear();
      this.listings.clear();
      this.measureRuns.clear();
    }
    return this;
  }
}
