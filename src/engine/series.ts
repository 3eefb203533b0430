/**
 * Per-quarter series: what a run reports for one measure or the combined view, and the fold that fills them.
 */
import { KIND_CODE } from './dataset/codes';
import type { DatasetIndex } from './dataset/index-dataset';
import { DEAL_KINDS, type DealKind, TRANSACTION_KINDS } from './dataset/schema';
import { CAPTURED_MIN_CODE, OUTCOMES, type Outcome, STOPPED_MIN_CODE } from './outcomes';
import { borrow, giveBack } from './scratch';

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
  /** Captured deals by deal kind (chips seen in use are not deals and never captured). */
  readonly byKind: Record<DealKind, number[]>;
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

function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}

const CHIP = KIND_CODE['chip-purchase'];
const ACCESS = KIND_CODE['model-access'];

export function emptySeries(n: number): Series {
  const perOutcome = () =>
    Object.fromEntries(OUTCOMES.map((o) => [o, zeros(n)])) as Record<Outcome, number[]>;
  return {
    deals: zeros(n),
    dealsUsd: zeros(n),
    dealsUsdUnknown: zeros(n),
    byOutcome: perOutcome(),
    byOutcomeUsd: perOutcome(),
    byKind: Object.fromEntries(DEAL_KINDS.map((k) => [k, zeros(n)])) as Record<DealKind, number[]>,
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
export class SeriesAccumulator {
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
  /** The borrowed storage of the per-company bookkeeping (scratch.ts), given back by `finish`. */
  private readonly scratch: ArrayBuffer;

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
    this.scratch = borrow('series', 3 * 4 * companies);
    const part = (k: number) => new Int32Array(this.scratch, 4 * k * companies, companies).fill(-1);
    this.lastCounted = part(0);
    this.firstStopped = part(1);
    this.lastStopped = part(2);
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
    // Each column read here is a likely cache miss (caught deals are sparse), so read only the columns the kind
    // fills: the index leaves amounts empty (NaN) on model-access flows, units on all but chip purchases and
    // exchanges on all but model-access flows.
    const kind = tx.kind[t]!;
    const usd = kind === ACCESS ? Number.NaN : tx.amountUsd[t]!;
    const known = !Number.isNaN(usd);
    this.byOutcome[(code - 1) * this.n + q]!++;
    if (known) this.byOutcomeUsd[(code - 1) * this.n + q]! += usd;
    if (code < CAPTURED_MIN_CODE) return;
    this.deals[q]!++;
    if (known) this.dealsUsd[q]! += usd;
    else this.dealsUsdUnknown[q]!++;
    this.byKind[kind * this.n + q]!++;
    if (kind === CHIP) {
      const units = tx.units[t]!;
      if (!Number.isNaN(units)) this.units[q]! += units;
    } else if (kind === ACCESS) {
      const exchanges = tx.exchanges[t]!;
      if (!Number.isNaN(exchanges)) this.exchanges[q]! += exchanges;
    }
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
    DEAL_KINDS.forEach((k) => {
      copy(this.byKind, KIND_CODE[k] * n, series.byKind[k]);
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
    giveBack('series', this.scratch);
  }
}
