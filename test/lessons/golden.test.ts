/**
 * Golden test of every lesson step on the built-in dataset (with the modeled projection, as the app runs it):
 * the reveal the player shows equals what an independent reading of the engine gives, the answer falls in exactly
 * one choice, every claim the words rely on holds, and the revealed text is pinned by a snapshot — so a change to
 * the data or the engine that alters a lesson is seen and its words re-read (update with `vitest -u` after that).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { IndexCache, prepareIndex } from '../../src/data/pipeline';
import { projectDataset } from '../../src/data/projection';
import {
  CAPTURED_MIN_CODE,
  chipTests,
  type Dataset,
  type DatasetIndex,
  dayOf,
  type ExportControlsParams,
  explainTransaction,
  isControlled,
  OUTCOME_CODE,
  ordinalOf,
  type Quarter,
  type SimulationResult,
  simulate,
  TRANSACTION_KINDS,
} from '../../src/engine';
import type { LessonRun } from '../../src/lessons/metrics';
import { evaluateMetric } from '../../src/lessons/metrics';
import { loadLessons } from '../../src/lessons/registry';
import { revealHeadline } from '../../src/lessons/reveal';
import { LessonRunner, stepScenario } from '../../src/lessons/runner';
import type { BaseMetric, Lesson, Metric } from '../../src/lessons/schema';
import { runSpecOf } from '../../src/scenario/run-spec';
import type { Scenario } from '../../src/scenario/schema';
import { defaultDataset } from '../data/helpers';

const { lessons, failures } = loadLessons();

let dataset: Dataset;
let runner: LessonRunner;
const indices = new Map<string, DatasetIndex>();

/** An independent run of a scenario: its own index and simulate call, not the lesson runner's. */
function oracleRun(scenario: Scenario): { index: DatasetIndex; result: SimulationResult } {
  const key = JSON.stringify([scenario.assumptions, scenario.horizon.to]);
  let index = indices.get(key);
  if (!index) {
    index = prepareIndex(
      dataset,
      { assumptions: scenario.assumptions, horizonTo: scenario.horizon.to, sourcedOnly: false },
      projectDataset,
    );
    indices.set(key, index);
  }
  return { index, result: simulate(index, runSpecOf(scenario)) };
}

function quarterOfIso(date: string): Quarter {
  return `${date.slice(0, 4)}Q${Math.ceil(Number(date.slice(5, 7)) / 3)}` as Quarter;
}

/** Read a metric the long way round, from the engine's public pieces (explanations, index columns, detail). */
function oracle(scenario: Scenario, metric: BaseMetric): number {
  const { index, result } = oracleRun(scenario);
  const at = (ref: string) =>
    result.quarters.indexOf(
      (ref === 'as-of'
        ? quarterOfIso(index.dataset.asOf)
        : ref === 'end'
          ? result.quarters.at(-1)
          : ref) as Quarter,
    );
  switch (metric.kind) {
    case 'series': {
      const series =
        metric.policy === 'combined'
          ? result.combined
          : result.measures.find((m) => m.policyId === metric.policy)!.series;
      const values = metric.field.startsWith('outcome:')
        ? series.byOutcome[metric.field.slice(8) as keyof typeof series.byOutcome]
        : metric.field.startsWith('kind:')
          ? series.byKind[metric.field.slice(5) as keyof typeof series.byKind]
          : (series[metric.field as keyof typeof series] as number[]);
      if (metric.at) return values[at(metric.at)]!;
      return values.slice(at(metric.from!), at(metric.to!) + 1).reduce((a, b) => a + b, 0);
    }
    case 'chip-controlled': {
      const policy = scenario.policies.find((p) => p.id === metric.policy)!;
      const chip = index.dataset.chips.find((c) => c.id === metric.chip)!;
      return isControlled(chip, chipTests(policy.params as unknown as ExportControlsParams)) ? 1 : 0;
    }
    case 'chip-purchases': {
      const from = result.quarters[at(metric.from)]!;
      const to = result.quarters[at(metric.to)]!;
      const spec = runSpecOf(scenario);
      const title = scenario.policies.find((p) => p.id === metric.policy)?.title;
      return index.dataset.transactions.filter((t) => {
        if (t.kind !== 'chip-purchase' || !metric.chips.includes(t.chipId)) return false;
        const q = quarterOfIso(t.date);
        if (q < from || q > to) return false;
        if (metric.policy === undefined) return true;
        // The explanation path evaluates the measures anew for this one transaction.
        const explained = explainTransaction(index, spec, t.id)!;
        const outcome =
          metric.policy === 'combined'
            ? explained.outcome
            : explained.measures.find((m) => m.policyId === metric.policy || m.title === title)?.outcome;
        if (!outcome) return false;
        return metric.outcome ? outcome === metric.outcome : OUTCOME_CODE[outcome] >= CAPTURED_MIN_CODE;
      }).length;
    }
    case 'models-above': {
      const line =
        typeof metric.line === 'number'
          ? metric.line
          : (scenario.policies.find((p) => p.id === (metric.line as { policy: string }).policy)!.params[
              (metric.line as { param: string }).param
            ] as number);
      const byDay =
        metric.by === 'as-of'
          ? dayOf(index.dataset.asOf)
          : dayOf(
              `${metric.by === 'end' ? result.quarters.at(-1)!.slice(0, 4) : metric.by.slice(0, 4)}-${
                ['03-31', '06-30', '09-30', '12-31'][
                  Number((metric.by === 'end' ? result.quarters.at(-1)! : metric.by).slice(5)) - 1
                ]
              }`,
            );
      // The index's model columns, not the dataset records the lesson code reads.
      const companies = new Set<number>();
      let models = 0;
      for (let m = 0; m < index.models.count; m++) {
        const imputed = index.dataset.models[m]!.trainingComputeImputed === true;
        if (metric.imputed === 'exclude' && imputed) continue;
        if (metric.imputed === 'only' && !imputed) continue;
        if (index.models.computeFlop[m]! > line && index.models.day[m]! <= byDay) {
          models++;
          companies.add(index.models.company[m]!);
        }
      }
      return metric.count === 'models' ? models : companies.size;
    }
    case 'chips-in-use': {
      // The index's columns: kind, chip, quarter and company of each record.
      const kind = TRANSACTION_KINDS.indexOf('hardware-in-use');
      const chips = new Set(metric.chips.map((id) => index.chipIndex.get(id)));
      const from = ordinalOf(result.quarters[at(metric.from)]!);
      const to = ordinalOf(result.quarters[at(metric.to)]!);
      const companies = new Set<number>();
      let records = 0;
      for (let t = 0; t < index.tx.count; t++) {
        if (index.tx.kind[t] !== kind || !chips.has(index.tx.chip[t]!)) continue;
        if (index.tx.ordinal[t]! < from || index.tx.ordinal[t]! > to) continue;
        records++;
        if (index.tx.company[t]! >= 0) companies.add(index.tx.company[t]!);
      }
      return metric.count === 'records' ? records : companies.size;
    }
    case 'overlap': {
      const positions = result.measures.map((m) => m.policyId);
      const want = new Set(metric.measures.map((id) => positions.indexOf(id)));
      const caughtBy = (t: number) =>
        positions.flatMap((_, i) => (result.detail.outcomes[i]![t]! >= CAPTURED_MIN_CODE ? [i] : []));
      const exact = (t: number) => {
        const by = caughtBy(t);
        return by.length === want.size && by.every((i) => want.has(i));
      };
      if (metric.count === 'deals') {
        let n = 0;
        for (let t = 0; t < index.tx.count; t++) if (exact(t)) n++;
        return n;
      }
      // Companies: caught by exactly this set across all their deals.
      const sets = new Map<number, Set<number>>();
      for (let t = 0; t < index.tx.count; t++) {
        const c = index.tx.company[t]!;
        if (c < 0) continue;
        for (const i of caughtBy(t)) {
          const s = sets.get(c) ?? new Set<number>();
          sets.set(c, s);
          s.add(i);
        }
      }
      return [...sets.values()].filter((s) => s.size === want.size && [...s].every((i) => want.has(i)))
        .length;
    }
  }
}

function oracleMetric(lesson: Lesson, stepIndex: number, metric: Metric): number {
  const scenario = stepScenario(lesson, stepIndex);
  if (!scenario.ok) throw new Error(JSON.stringify(scenario.issues));
  if (metric.kind === 'difference')
    return oracle(scenario.value, metric.a) - oracle(scenario.value, metric.b);
  if (metric.kind === 'change') {
    const before = stepScenario(lesson, stepIndex - 1);
    if (!before.ok) throw new Error(JSON.stringify(before.issues));
    return oracle(scenario.value, metric.of) - oracle(before.value, metric.of);
  }
  return oracle(scenario.value, metric);
}

beforeAll(async () => {
  dataset = await defaultDataset();
  runner = new LessonRunner(dataset, new IndexCache(projectDataset));
});

describe('lessons on the built-in dataset', () => {
  it('all read without problems', () => {
    expect(failures).toEqual([]);
    expect(lessons.length).toBeGreaterThanOrEqual(4);
  });

  const steps = lessons.flatMap((lesson) =>
    lesson.steps.map((step, i) => [`${lesson.id} step ${i + 1}: ${step.title}`, lesson, i] as const),
  );

  it.each(steps)('%s reveals what the engine computes', (_, lesson, i) => {
    const step = lesson.steps[i]!;
    const reveal = runner.reveal(lesson, i);
    if (!reveal.ok) throw new Error(JSON.stringify(reveal.issues));
    const { answer, context, choice, matchingChoices, text } = reveal.value;
    expect(answer.value).toBe(oracleMetric(lesson, i, step.reveal.answer));
    for (const [name, metric] of Object.entries(step.reveal.context ?? {}))
      expect(context[name]!.value, name).toBe(oracleMetric(lesson, i, metric));
    if (step.question.kind === 'choice') {
      expect(matchingChoices, 'the answer falls in exactly one choice').toBe(1);
      expect(text).not.toContain('{choice}');
    } else expect(choice).toBeNull();
    expect(text).not.toMatch(/\{[a-zA-Z]+\}/);
    // The class sees the number itself (or, for yes/no, the right answer) above the text.
    const headline = revealHeadline(step, reveal.value);
    if (step.reveal.format !== 'yes-no') expect(headline.startsWith(answer.text)).toBe(true);
    expect({ headline, text }).toMatchSnapshot();
  });

  it.each(steps)('%s: the claims its words rely on hold', (_, lesson, i) => {
    const scenario = stepScenario(lesson, i);
    const previous = i > 0 ? stepScenario(lesson, i - 1) : null;
    if (!scenario.ok || (previous && !previous.ok)) throw new Error('step scenario');
    const run: LessonRun = { scenario: scenario.value, ...oracleRun(scenario.value) };
    const before: LessonRun | null = previous?.ok
      ? { scenario: previous.value, ...oracleRun(previous.value) }
      : null;
    for (const check of lesson.steps[i]!.reveal.checks ?? []) {
      const value = evaluateMetric(run, check.metric, before);
      if (!value.ok) throw new Error(JSON.stringify(value.issues));
      expect(value.value, check.why).toBeGreaterThanOrEqual(check.min ?? Number.NEGATIVE_INFINITY);
      expect(value.value, check.why).toBeLessThanOrEqual(check.max ?? Number.POSITIVE_INFINITY);
    }
  });
});
