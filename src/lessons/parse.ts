/**
 * Read a lesson file: its shape (zod), then what the shape cannot say — every step's scenario builds, every
 * metric names a measure the step's scenario has (and has switched on, where the metric reads its results),
 * placeholders are known, choices do not overlap, glossary terms exist. Every problem comes with its path.
 */
import { fail, type Issue, issuesFromZod, ok, type Result } from '../engine';
import type { Scenario } from '../scenario/schema';
import { placeholdersOf } from './reveal';
import { stepScenarioId } from './runner';
import { buildStepScenario } from './scenario';
import { type BaseMetric, type Lesson, LessonSchema, type Metric, type Question } from './schema';

function checkBase(metric: BaseMetric, scenario: Scenario, path: string, issues: Issue[]): void {
  const policy = (id: string, p: string, needsOn: boolean) => {
    if (id === 'combined') return;
    const found = scenario.policies.find((x) => x.id === id);
    if (!found) issues.push({ path: p, message: `the step's scenario has no measure ${JSON.stringify(id)}` });
    else if (needsOn && !found.enabled)
      issues.push({
        path: p,
        message: `measure ${JSON.stringify(id)} is switched off in the step's scenario`,
      });
    return found;
  };
  switch (metric.kind) {
    case 'series':
      policy(metric.policy, `${path}.policy`, true);
      return;
    case 'chip-controlled': {
      const p = policy(metric.policy, `${path}.policy`, false);
      if (p && p.template !== 'export-controls')
        issues.push({ path: `${path}.policy`, message: 'chip tests need an export-controls measure' });
      return;
    }
    case 'chip-purchases':
      if (metric.policy !== undefined) policy(metric.policy, `${path}.policy`, true);
      else if (metric.outcome !== undefined)
        issues.push({ path: `${path}.outcome`, message: 'an outcome filter needs a "policy"' });
      return;
    case 'models-above':
      if (typeof metric.line !== 'number') {
        const p = policy(metric.line.policy, `${path}.line.policy`, false);
        if (p && typeof p.params[metric.line.param] !== 'number')
          issues.push({
            path: `${path}.line.param`,
            message: `${metric.line.param} is not a number setting`,
          });
      }
      return;
    case 'overlap':
      metric.measures.forEach((id, i) => {
        policy(id, `${path}.measures[${i}]`, true);
      });
  }
}

function checkMetric(
  metric: Metric,
  scenario: Scenario,
  previous: Scenario | null,
  path: string,
  issues: Issue[],
): void {
  if (metric.kind === 'difference') {
    checkBase(metric.a, scenario, `${path}.a`, issues);
    checkBase(metric.b, scenario, `${path}.b`, issues);
  } else if (metric.kind === 'change') {
    if (!previous) issues.push({ path, message: 'the first step has no previous step to compare with' });
    else checkBase(metric.of, previous, `${path}.of (previous step)`, issues);
    checkBase(metric.of, scenario, `${path}.of`, issues);
  } else checkBase(metric, scenario, path, issues);
}

function checkChoices(question: Question, path: string, issues: Issue[]): void {
  if (question.kind !== 'choice') return;
  const ranges: { min: number; max: number; i: number }[] = [];
  const flags = new Set<boolean>();
  question.choices.forEach((c, i) => {
    if ('equals' in c) {
      if (flags.has(c.equals))
        issues.push({ path: `${path}.choices[${i}]`, message: 'two choices with the same answer' });
      flags.add(c.equals);
      return;
    }
    const min = c.min ?? Number.NEGATIVE_INFINITY;
    const max = c.max ?? Number.POSITIVE_INFINITY;
    if (min > max) issues.push({ path: `${path}.choices[${i}]`, message: `min ${min} is above max ${max}` });
    ranges.push({ min, max, i });
  });
  if (flags.size && ranges.length)
    issues.push({ path: `${path}.choices`, message: 'mix of yes/no and range choices' });
  ranges.sort((a, b) => a.min - b.min);
  for (let k = 1; k < ranges.length; k++) {
    if (ranges[k]!.min <= ranges[k - 1]!.max)
      issues.push({
        path: `${path}.choices[${ranges[k]!.i}]`,
        message: `overlaps choice ${ranges[k - 1]!.i + 1}: a value could answer both`,
      });
  }
}

/** Parse and check a lesson document; `glossary` holds the known glossary term ids. */
export function parseLesson(raw: unknown, glossary: ReadonlySet<string>): Result<Lesson> {
  const parsed = LessonSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return fail(issuesFromZod(parsed.error));
  const lesson = parsed.data;
  const issues: Issue[] = [];
  let previous: Scenario | null = null;
  lesson.steps.forEach((step, i) => {
    const path = `steps[${i}]`;
    const built = buildStepScenario(step.scenario, stepScenarioId(lesson, i));
    if (!built.ok) {
      issues.push(...built.issues.map((x) => ({ ...x, path: `${path}.scenario.${x.path}` })));
      previous = null;
      return;
    }
    const scenario = built.value;
    checkMetric(step.reveal.answer, scenario, previous, `${path}.reveal.answer`, issues);
    for (const [name, metric] of Object.entries(step.reveal.context ?? {}))
      checkMetric(metric, scenario, previous, `${path}.reveal.context.${name}`, issues);
    (step.reveal.checks ?? []).forEach((check, k) => {
      checkMetric(check.metric, scenario, previous, `${path}.reveal.checks[${k}].metric`, issues);
    });
    const known = new Set(['answer', 'asOf', ...Object.keys(step.reveal.context ?? {})]);
    if (step.question.kind === 'choice') known.add('choice');
    for (const name of placeholdersOf(step.reveal.text)) {
      if (!known.has(name))
        issues.push({
          path: `${path}.reveal.text`,
          message: `unknown placeholder {${name}}; known: ${[...known].join(', ')}`,
        });
    }
    checkChoices(step.question, `${path}.question`, issues);
    (step.glossary ?? []).forEach((term, k) => {
      if (!glossary.has(term))
        issues.push({ path: `${path}.glossary[${k}]`, message: `no glossary term ${JSON.stringify(term)}` });
    });
    previous = scenario;
  });
  return issues.length ? fail(issues) : ok(lesson);
}
