/**
 * The first view: the results of the built-in presets on the built-in dataset, computed at build time
 * (`npm run data:first-view`, also run by `npm run data:build`) into src/data/default/first-view.json. The page
 * shows the one that matches the scenario it opens — the headline numbers and the time charts — while the
 * simulation worker loads the data and runs it; the live result then replaces it. A test
 * (test/data/first-view.test.ts) fails if the file differs from a live run on the committed data and presets.
 *
 * Each entry is a whole result summary (`ResultSummary`: every series the cards and charts read, no
 * per-transaction detail), so whatever the headline cards show from a result, they show from this too.
 */
import type { ResultSummary, RunSpec } from '../engine';
import { canonicalJson } from '../scenario/json';
import type { PipelineOptions } from './pipeline';

/** A job of the first view: a preset as the app runs it, and its result. */
export interface FirstViewRun {
  readonly preset: string;
  readonly options: PipelineOptions;
  readonly spec: RunSpec;
  readonly result: ResultSummary;
}

export interface FirstView {
  /** The built-in dataset it was computed on. */
  readonly dataset: { readonly name: string; readonly asOf: string };
  readonly runs: readonly FirstViewRun[];
}

/** Load the first view (its own small chunk). */
export async function loadFirstView(): Promise<FirstView> {
  const module = await import('./default/first-view.json');
  return module.default as unknown as FirstView;
}

/** The precomputed result of a job on the built-in dataset, if it is one of the presets' (exactly), else null. */
export function firstViewResult(
  view: FirstView,
  job: { readonly options: PipelineOptions; readonly spec: RunSpec },
): ResultSummary | null {
  const key = canonicalJson([job.options, job.spec]);
  return view.runs.find((r) => canonicalJson([r.options, r.spec]) === key)?.result ?? null;
}
