/**
 * The simulations' results, for components: they only read what the controller (simulation-controller.ts)
 * published. The full index — for what reads single records: the drill-down, explanations, lesson reveals — is
 * built on the page's thread only when one of them is open, from the page's copy of the data (loaded then), in
 * the index cache the main-thread runner and lesson reveals share (src/worker/main-thread-engine.ts).
 */
import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { DatasetIndex, ResultSummary, RunSpec, SimulationResult } from '../engine';
import { pageEngine } from '../worker/main-thread-runner';
import type { IndexView } from '../worker/simulation-protocol';
import type { Baseline } from './compare-store';
import { type RunOutput, type SimulationState, simulationStore } from './simulation-controller';

/** Select from the simulations' store. */
export function useSimulationStore<T>(selector: (state: SimulationState) => T): T {
  return useStore(simulationStore, selector);
}

export interface Simulation {
  /** What the always-visible interface reads from the index of the shown result (null until a live result). */
  readonly view: IndexView | null;
  /** The full index of the shown result if it is at hand (main-thread runs); else see `useFullIndex`. */
  readonly index: DatasetIndex | null;
  /** The measures of the shown result (the latest inputs may still be running). */
  readonly spec: RunSpec | null;
  /** The headline numbers and series (precomputed for a built-in preset until the live run ends). */
  readonly summary: ResultSummary | null;
  /** The live result, with its per-transaction detail. */
  readonly result: SimulationResult | null;
  /** Time the last run took, in ms (for the status line). */
  readonly runMs: number;
  /** The latest input the shown result includes (perf-marks.ts). */
  readonly input: number;
  readonly output: RunOutput | null;
}

/** The working scenario's results. */
export function useSimulation(): Simulation {
  const output = useSimulationStore((s) => s.working);
  return useMemo(
    () => ({
      view: output?.view ?? null,
      index: output?.index ?? null,
      spec: output?.request.job.spec ?? null,
      summary: output?.summary ?? null,
      result: output?.result ?? null,
      runMs: output?.runMs ?? 0,
      input: output?.request.input ?? 0,
      output,
    }),
    [output],
  );
}

/** The baseline and its result. */
export interface BaselineRun {
  readonly baseline: Baseline;
  readonly result: ResultSummary;
}

/** The compare baseline's results: while a new baseline runs, the previous one shows, under its own name. */
export function useBaselineRun(): BaselineRun | null {
  const output = useSimulationStore((s) => s.baseline);
  return useMemo(
    () =>
      output?.request.tag && output.request.tag.against !== 'preset'
        ? { baseline: output.request.tag, result: output.summary }
        : null,
    [output],
  );
}

/** What the headline numbers' deltas are read against: the compare baseline, or the preset the scenario started from. */
export interface ReferenceRun extends BaselineRun {
  readonly against: 'compare' | 'preset';
  /** The live result, with per-company standings (null while its run is not done). */
  readonly full: SimulationResult | null;
  readonly output: RunOutput;
}

/**
 * The baseline lane's run, whichever it is: the compare baseline, or — when not comparing and the scenario has
 * been edited — its preset (simulation-controller.ts). Null when there is none.
 */
export function useReferenceRun(): ReferenceRun | null {
  const output = useSimulationStore((s) => s.baseline);
  return useMemo(() => {
    const tag = output?.request.tag;
    if (!output || !tag) return null;
    return {
      baseline: tag,
      result: output.summary,
      against: tag.against ?? 'compare',
      full: output.result,
      output,
    };
  }, [output]);
}

/**
 * The full index of the shown result, for features that read single records. Built on this thread when
 * `needed` (once per dataset and assumptions: the index does not change while a threshold moves); null until it
 * is ready, and when not needed unless it is already at hand.
 */
export function useFullIndex(simulation: Simulation, needed: boolean): DatasetIndex | null {
  const known = simulation.index;
  const data = simulation.output?.request.job.data;
  const options = simulation.output?.request.job.options;
  const [built, setBuilt] = useState<{ data: unknown; options: unknown; index: DatasetIndex } | null>(null);
  useEffect(() => {
    if (known || !needed || !data || !options) return;
    let current = true;
    pageEngine()
      .then((engine) => engine.indexOf(data, options))
      .then(
        ({ index }) => current && setBuilt({ data, options, index }),
        (error: unknown) => reportError(error),
      );
    return () => {
      current = false;
    };
  }, [known, needed, data, options]);
  if (known) return known;
  return built && built.data === data && built.options === options ? built.index : null;
}
