/**
 * Derived results: the index (dataset → projection → sourced-only filter → columnar index) is rebuilt only when
 * the dataset, the assumptions, the horizon or the filter change; a run only when the measures change. Nothing
 * derived is stored in the app store.
 */
import { useMemo } from 'react';
import { type ProjectFn, prepareIndex } from '../data/pipeline';
import { type Dataset, type DatasetIndex, type RunSpec, type SimulationResult, simulate } from '../engine';
import { canonicalJson } from '../scenario/json';
import { runSpecOf } from '../scenario/run-spec';
import type { Scenario } from '../scenario/schema';
import { useDatasetStore } from './dataset-store';
import { useAppStore } from './use-app-store';

let projectFn: ProjectFn | undefined;

/** Register the projection (set once at start-up, before the first render). */
export function registerProjection(fn: ProjectFn): void {
  projectFn = fn;
}

export interface Simulation {
  readonly index: DatasetIndex | null;
  readonly spec: RunSpec;
  readonly result: SimulationResult | null;
  /** Time the last run took, in ms (for the status line). */
  readonly runMs: number;
}

/** The last few indexes built, so a compare baseline with the same assumptions reuses the working one's. */
const recentIndexes: { dataset: Dataset; key: string; index: DatasetIndex }[] = [];
const RECENT_INDEXES = 3;

function cachedIndex(dataset: Dataset, options: Parameters<typeof prepareIndex>[1]): DatasetIndex {
  const key = canonicalJson(options);
  const hit = recentIndexes.find((e) => e.dataset === dataset && e.key === key);
  if (hit) return hit.index;
  const index = prepareIndex(dataset, options, projectFn);
  recentIndexes.unshift({ dataset, key, index });
  recentIndexes.length = Math.min(recentIndexes.length, RECENT_INDEXES);
  return index;
}

/** Build the index for a scenario's assumptions and horizon. */
export function useIndex(scenario: Scenario, sourcedOnly: boolean): DatasetIndex | null {
  const dataset = useDatasetStore((s) => s.dataset);
  const { assumptions, horizon } = scenario;
  return useMemo(
    () => (dataset ? cachedIndex(dataset, { assumptions, horizonTo: horizon.to, sourcedOnly }) : null),
    [dataset, assumptions, horizon.to, sourcedOnly],
  );
}

/** Run the current scenario (memoised on the index and the scenario's measures, horizon and seed). */
export function useSimulation(scenarioOverride?: Scenario): Simulation {
  const current = useAppStore((s) => s.scenario);
  const scenario = scenarioOverride ?? current;
  const sourcedOnly = useAppStore((s) => s.view.sourcedOnly);
  const index = useIndex(scenario, sourcedOnly);
  const { policies, horizon, assumptions } = scenario;
  const spec = useMemo(() => runSpecOf({ policies, horizon, assumptions }), [policies, horizon, assumptions]);
  return useMemo(() => {
    if (!index) return { index, spec, result: null, runMs: 0 };
    const start = performance.now();
    const result = simulate(index, spec);
    return { index, spec, result, runMs: performance.now() - start };
  }, [index, spec]);
}
