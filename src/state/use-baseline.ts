/**
 * The compare baseline's run: a second `simulate` of the baseline scenario on the same data (and, when the
 * assumptions match, the very same index as the working run). Null when nothing is being compared.
 */
import { useMemo } from 'react';
import { type SimulationResult, simulate } from '../engine';
import { runSpecOf } from '../scenario/run-spec';
import { type Baseline, useCompare } from './compare-store';
import { useAppStore } from './use-app-store';
import { useIndex } from './use-simulation';

/** The baseline and its result. */
export interface BaselineRun {
  readonly baseline: Baseline;
  readonly result: SimulationResult;
}

/** Run the compare baseline (memoised on the baseline and the index). */
export function useBaselineRun(): BaselineRun | null {
  const baseline = useCompare((s) => s.baseline);
  const current = useAppStore((s) => s.scenario);
  const sourcedOnly = useAppStore((s) => s.view.sourcedOnly);
  // Without a baseline this asks for the working scenario's index, which is cached: no extra work.
  const index = useIndex(baseline?.scenario ?? current, sourcedOnly);
  return useMemo(
    () => (baseline && index ? { baseline, result: simulate(index, runSpecOf(baseline.scenario)) } : null),
    [baseline, index],
  );
}
