/**
 * Runners: where scenarios run. The simulation worker's runner (simulation-client.ts) runs them off the page's
 * thread; the main-thread runner (main-thread-runner.ts) runs the same engine on the page, where there is no
 * worker (unit tests, old browsers) or it failed. Both take a job — the data, how to index it, the measures —
 * and answer with the result and a small view of the index. The controller (src/state/simulation-controller.ts)
 * decides what runs when; runners only run.
 */
import type { PipelineOptions } from '../data/pipeline';
import type { Dataset, DatasetIndex, RunSpec, SimulationResult } from '../engine';
import type { IndexView } from './simulation-protocol';

/**
 * The data a job reads: the built-in dataset, which each runner loads itself (the page never parses it to show
 * the first results), or a dataset at hand (a user's file, the benchmark's synthetic set).
 */
export type RunData = { readonly kind: 'built-in' } | { readonly kind: 'given'; readonly dataset: Dataset };

/** The built-in dataset (one object, so jobs on it compare equal by identity). */
export const BUILT_IN: RunData = Object.freeze({ kind: 'built-in' });

/** What a run needs. */
export interface RunJob {
  readonly data: RunData;
  readonly options: PipelineOptions;
  readonly spec: RunSpec;
}

/** A run's answer. */
export interface Ran {
  readonly result: SimulationResult;
  readonly view: IndexView;
  /** The full index, where the run happened on the page's thread (else null: see the full-index loader). */
  readonly index: DatasetIndex | null;
  /** Time to get the index and to run, in ms. */
  readonly runMs: number;
}

export interface Runner {
  readonly where: 'worker' | 'main';
  /**
   * Run a job in a lane (lanes keep the working scenario's runs apart from the compare baseline's). Resolves
   * with the answer or rejects with why the run failed; answers in a lane come in the order of the calls.
   */
  run(lane: string, job: RunJob): Promise<Ran>;
  /**
   * Free the per-transaction arrays of a result nothing shows any more, keeping those `keep` (the shown and the
   * latest result) hold and those a coming result may name (result-detail.ts). A no-op where nothing is shared.
   */
  release(result: SimulationResult, keep: readonly SimulationResult[]): void;
  /** Stop: runs in flight are never answered. */
  dispose(): void;
}
