/**
 * The policy interface. A measure is a template (one module under `policies/`) and a scenario holds instances
 * of templates: `{ id, template, title, jurisdiction, enabled, effectiveFrom, effectiveTo?, params }`.
 * A template prepares itself once per run (precomputing what it needs from the index), then evaluates every
 * transaction, says which companies are in scope on a day, and explains any one item on demand.
 */

import type { DatasetIndex } from './dataset/index-dataset';
import type { AccessMode, DealKind, Instrument, Provenance } from './dataset/schema';
import type { DayNumber, IsoDate } from './dates';
import type { Outcome } from './outcomes';
import type { ParamSpec, Params, ParamValue } from './params';
import type { DaySink, Timeline } from './timeline';

/** One measure as a scenario holds it. */
export interface PolicyInstance {
  /** Stable id of this instance within the scenario, e.g. `us-outbound` or `allied-mirror`. */
  readonly id: string;
  /** The template id, e.g. `us-outbound`. */
  readonly template: string;
  readonly title: string;
  /** Who enacts it: a country code (US, CN) or a group (G7). */
  readonly jurisdiction: string;
  readonly enabled: boolean;
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo?: IsoDate | undefined;
  readonly params: Readonly<Record<string, unknown>>;
}

/** One test behind an outcome: the clause, the test, the value against the threshold and the margin. */
export interface Finding {
  readonly clause: string;
  /** The test in plain words, e.g. "Training compute greater than the prohibited line". */
  readonly test: string;
  /** Whether the item meets this test. */
  readonly met: boolean;
  /** The outcome this test leads to when met (absent for gate tests such as "a US investor takes part"). */
  readonly outcome?: Outcome;
  readonly value?: number | string | boolean | null;
  readonly threshold?: number | string | boolean | null;
  readonly unit?: string;
  /** How far past (or short of) the threshold: a ratio for compute (3.6 = 3.6× the line), a difference otherwise. */
  readonly margin?: number;
  readonly marginKind?: 'ratio' | 'difference' | 'days';
  /** The record the value comes from. */
  readonly subject?: {
    readonly kind: 'model' | 'company' | 'chip' | 'transaction';
    readonly id: string;
    readonly name: string;
  };
  /** Where the value comes from. */
  readonly source?: Provenance;
  /**
   * True when the value is an imputed estimate: a figure its source gives only in its notes (a model's
   * `trainingComputeImputed`), counted because the scenario counts imputed compute estimates.
   */
  readonly imputed?: boolean;
  /** The parameter this test reads, so an interface can link to its control. */
  readonly param?: string;
}

/** A one-parameter change that would release a company from a measure. */
export interface ParamChange {
  readonly param: string;
  readonly from: ParamValue | IsoDate;
  readonly to: ParamValue | IsoDate;
  /** E.g. "raise to at least 3.6e25" — structured in `to`; the words are for the interface. */
  readonly note: string;
}

/** What every measure sees in a run. */
export interface PolicyRun<P extends Params = Params> {
  readonly index: DatasetIndex;
  readonly instance: PolicyInstance;
  readonly params: P;
  readonly fromDay: DayNumber;
  readonly toDay: DayNumber;
  readonly seed: number;
  /** A uniform number in [0, 1) per transaction, from a seeded hash of its id. */
  readonly uniforms: () => Float64Array;
  /** Listing status, including listings other measures derive (e.g. distillation → Entity List). */
  readonly listings: Listings;
}

/** Listing status by company and day. */
export interface Listings {
  /** Say whether `company` is on any list in `listMask` on `day`. */
  listedOn(company: number, day: DayNumber, listMask: number): boolean;
  /** Push the days on which `listedOn(company, ·, listMask)` may change (listing starts, and the day after each end). */
  changeDays(company: number, listMask: number, out: DaySink): void;
  /** Describe the listing behind `listedOn`, for explanations. */
  describe(
    company: number,
    day: DayNumber,
    listMask: number,
  ): { list: string; from: IsoDate; derived: boolean } | null;
}

/** A listing one measure adds for the others (e.g. a detected distillation flow → Entity List). */
export interface DerivedListing {
  readonly company: number;
  readonly day: DayNumber;
  readonly list: 'entity-list';
  readonly byPolicy: string;
}

/**
 * A named per-deal amount a measure reports beside its outcome code (e.g. the expected extra tax on a deal's
 * gain). Amounts are USD; runs sum them per quarter, and explanations, the runner's output and exports show them.
 */
export interface AmountChannel {
  /** Stable key, public (the runner's JSON and CSV): never rename. Ends in `Usd`. */
  readonly key: string;
  /** Short label, e.g. "Expected extra tax". */
  readonly label: string;
  /** What the amount means and how it is computed, in plain words. */
  readonly help: string;
}

/** Per-transaction amounts by channel key (0 where the measure writes none). */
export type Amounts = Readonly<Record<string, Float64Array>>;

/** A measure prepared for one run. */
export interface PreparedPolicy {
  /**
   * Write an outcome code (see OUTCOME_CODE; 0 = not caught) for every transaction; or, given `only` (positions
   * in increasing order), for those transactions alone, by the rule applied directly (explanations use this to
   * test a few deals without the per-run precomputation).
   */
  evaluate(out: Uint8Array, only?: Int32Array): void;
  /** Say whether a company is in scope of the measure on a day, with or without a deal. */
  inScope(company: number, day: DayNumber): boolean;
  /** Explain the outcome of one transaction. */
  explainTransaction(t: number): Finding[];
  /** Explain a company's status on a day. */
  explainCompany(company: number, day: DayNumber): Finding[];
  /** Suggest one-parameter changes that might release a company (the engine checks each). */
  releaseCandidates(company: number): ParamChange[];
  /**
   * Optional fast path for counting companies in scope: a timeline whose status is non-zero exactly when
   * `inScope(company, day)` is true, and is then the outcome code a covered deal with the company would get
   * (e.g. prohibited vs notifiable), so the run can count companies in the stopped tier. Without it the run
   * asks `inScope` at every quarter's end and cannot tell tiers apart.
   */
  readonly scope?: Timeline;
  /** Extra per-quarter counts this measure reports, by name (e.g. companies whose models used controlled chips). */
  extraSeries?(ordinals: readonly number[]): Record<string, number[]>;
  /**
   * Write the amounts of every channel the template declares (`amounts`), per transaction, given the codes
   * `evaluate` wrote; a transaction without an amount keeps 0.
   */
  writeAmounts?(out: Amounts, codes: Uint8Array): void;
}

/** A measure's template: one per module under `policies/`. */
export interface PolicyTemplate<P extends Params = Params> {
  readonly id: string;
  readonly title: string;
  /** One paragraph in plain words. */
  readonly summary: string;
  readonly jurisdiction: string;
  /** The legal text it models, e.g. "31 CFR Part 850". */
  readonly legalBasis: string;
  readonly defaultEffectiveFrom: IsoDate;
  /** Where the default effective date comes from. */
  readonly effectiveFromSource: string;
  /** The deal kinds it acts on (never `hardware-in-use`: chips seen in use are evidence, not deals). */
  readonly kinds: readonly DealKind[];
  readonly outcomes: readonly Outcome[];
  /** The per-deal amounts it reports (none for most measures). */
  readonly amounts?: readonly AmountChannel[];
  readonly params: readonly ParamSpec[];
  /** Listings this measure adds for all measures; runs before any measure is prepared. */
  deriveListings?(run: Omit<PolicyRun<P>, 'listings'>): DerivedListing[];
  prepare(run: PolicyRun<P>): PreparedPolicy;
}

export type { AccessMode, Instrument };
