/**
 * Run lesson steps on a dataset: build each step's scenario, the index its assumptions need (dataset → modeled
 * projection → columnar index, as the app does with "sourced only" off) and the run, each cached so stepping back
 * and forth, or revealing the steps of one lesson in turn, never repeats work.
 */
import { type ProjectFn, prepareIndex } from '../data/pipeline';
import { type Dataset, type DatasetIndex, fail, type Result, simulate } from '../engine';
import { runSpecOf } from '../scenario/run-spec';
import type { Scenario } from '../scenario/schema';
import type { LessonRun } from './metrics';
import { revealOf, type StepReveal } from './reveal';
import { buildStepScenario } from './scenario';
import type { Lesson } from './schema';

/** The id a step's changed scenario carries, e.g. `lesson-chip-rule-workaround-2` (steps count from 1). */
export function stepScenarioId(lesson: Lesson, stepIndex: number): string {
  return `lesson-${lesson.id}-${stepIndex + 1}`.slice(0, 80);
}

/** Return the scenario of a lesson's step (0-based index). */
export function stepScenario(lesson: Lesson, stepIndex: number): Result<Scenario> {
  const step = lesson.steps[stepIndex];
  if (!step) return fail([{ path: 'step', message: `no step ${stepIndex + 1} in lesson ${lesson.id}` }]);
  return buildStepScenario(step.scenario, stepScenarioId(lesson, stepIndex));
}

/** The key of the index a scenario needs: what `prepareIndex` reads from it. */
export function indexKey(scenario: Pick<Scenario, 'assumptions' | 'horizon'>): string {
  return JSON.stringify([scenario.assumptions, scenario.horizon.to]);
}

/** Runs lesson steps on one dataset, caching indices and runs. */
export class LessonRunner {
  private readonly indices = new Map<string, DatasetIndex>();
  private readonly runs = new Map<string, LessonRun>();

  constructor(
    readonly dataset: Dataset,
    private readonly project?: ProjectFn,
  ) {}

  /**
   * Offer an index already built from this runner's dataset for these assumptions and horizon, with "sourced
   * only" off (the app's own), so it is not built twice.
   */
  adoptIndex(scenario: Pick<Scenario, 'assumptions' | 'horizon'>, index: DatasetIndex): void {
    if (!this.indices.has(indexKey(scenario))) this.indices.set(indexKey(scenario), index);
  }

  /** Run a scenario (cached by its content). */
  run(scenario: Scenario): LessonRun {
    const key = JSON.stringify([indexKey(scenario), runSpecOf(scenario)]);
    let run = this.runs.get(key);
    if (!run) {
      const ik = indexKey(scenario);
      let index = this.indices.get(ik);
      if (!index) {
        index = prepareIndex(
          this.dataset,
          { assumptions: scenario.assumptions, horizonTo: scenario.horizon.to, sourcedOnly: false },
          this.project,
        );
        this.indices.set(ik, index);
      }
      run = { scenario, index, result: simulate(index, runSpecOf(scenario)) };
      this.runs.set(key, run);
    }
    return run;
  }

  /** Reveal a step (0-based): its scenario run, the previous step's for `change` metrics. */
  reveal(lesson: Lesson, stepIndex: number): Result<StepReveal> {
    const step = lesson.steps[stepIndex];
    const scenario = stepScenario(lesson, stepIndex);
    if (!step || !scenario.ok)
      return scenario.ok ? fail([{ path: 'step', message: 'no such step' }]) : scenario;
    let previous: LessonRun | null = null;
    if (stepIndex > 0) {
      const before = stepScenario(lesson, stepIndex - 1);
      if (!before.ok) return before;
      previous = this.run(before.value);
    }
    return revealOf(step.reveal, step.question, this.run(scenario.value), previous);
  }
}
