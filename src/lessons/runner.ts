/**
 * Run lesson steps on a dataset: build each step's scenario, the index its assumptions need (dataset → modeled
 * projection → columnar index, as the app does with "sourced only" off; from the index cache the runner is given,
 * which the app shares with its drill-down and explanations) and the run, cached so stepping back and forth, or
 * revealing the steps of one lesson in turn, never repeats work.
 */
import { type IndexCache, pipelineOptionsOf } from '../data/pipeline';
import { type Dataset, fail, type Result, simulate } from '../engine';
import { canonicalJson } from '../scenario/json';
import { runSpecOf } from '../scenario/run-spec';
import type { Scenario } from '../scenario/schema';
import type { LessonRun } from './metrics';
import { revealOf, type StepReveal } from './reveal';
import { buildStepScenario } from './scenario';
import type { Lesson } from './schema';
import { ENGLISH_WORDS, type LessonWords } from './words';

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

/** Runs lesson steps on one dataset, caching runs (and, through the shared cache, indexes). */
export class LessonRunner {
  private readonly runs = new Map<string, LessonRun>();

  constructor(
    readonly dataset: Dataset,
    private readonly indexes: IndexCache,
  ) {}

  /** Run a scenario (cached by its content). */
  run(scenario: Scenario): LessonRun {
    const options = pipelineOptionsOf(scenario, false);
    const spec = runSpecOf(scenario);
    const key = canonicalJson([options, spec]);
    let run = this.runs.get(key);
    if (!run) {
      const { index } = this.indexes.get(this.dataset, options);
      run = { scenario, index, result: simulate(index, spec) };
      this.runs.set(key, run);
    }
    return run;
  }

  /**
   * Reveal a step (0-based): its scenario run, the previous step's for `change` metrics. Give the lesson in the
   * reader's language and that language's words (`lessonWords`) for a reveal in it; English by default.
   */
  reveal(lesson: Lesson, stepIndex: number, words: LessonWords = ENGLISH_WORDS): Result<StepReveal> {
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
    return revealOf(step.reveal, step.question, this.run(scenario.value), previous, words);
  }
}
