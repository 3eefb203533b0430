/**
 * The engine's view of a scenario: horizon, seed and measures.
 */
import type { RunSpec } from '../engine';
import type { Scenario } from './schema';

/** Return what the engine needs to run a scenario. */
export function runSpecOf(scenario: Pick<Scenario, 'horizon' | 'assumptions' | 'policies'>): RunSpec {
  return { horizon: scenario.horizon, seed: scenario.assumptions.seed, policies: scenario.policies };
}
