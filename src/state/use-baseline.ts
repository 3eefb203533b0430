/**
 * The compare baseline's run: the baseline scenario on the same data, in its own lane of the simulation worker
 * (or on the main thread without one; with the same assumptions it reuses the working run's index). Null when
 * nothing is being compared.
 */
import { useMemo } from 'react';
import type { SimulationResult } from '../engine';
import { type Baseline, useCompare } from './compare-store';
import { useRun, useScenarioRequest } from './use-simulation';

/** The baseline and its result. */
export interface BaselineRun {
  readonly baseline: Baseline;
  readonly result: SimulationResult;
}

/** Run the compare baseline. While a new baseline runs, the previous one shows, under its own name. */
export function useBaselineRun(): BaselineRun | null {
  const baseline = useCompare((s) => s.baseline);
  const request = useScenarioRequest(baseline?.scenario ?? null, baseline);
  const output = useRun('baseline', request);
  const shown = output?.request.tag as Baseline | undefined;
  return useMemo(
    () => (baseline && output && shown ? { baseline: shown, result: output.result } : null),
    [baseline, output, shown],
  );
}
