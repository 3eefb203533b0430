/**
 * Lessons in other languages. A translation (`lessons/<locale>/<id>.json`, docs/TEACHING.md) holds only a lesson's
 * words, in the lesson's own shape: its title and summary, and for each step its title, its scenario's title and
 * description (and added measures' titles), its paragraphs, its question's prompt, unit and choice labels, its
 * reveal text and its sources. Everything else — scenarios, metrics, choices' ranges, checks — comes from the
 * English lesson, so a translated lesson computes exactly the same numbers.
 *
 * `localizeLesson` refuses a translation whose shape does not match the lesson (a step, paragraph, choice or
 * source missing or extra, a reveal placeholder dropped or invented) with every problem and its path, as
 * parse.ts does for lessons.
 */
import { z } from 'zod';
import { fail, type Issue, issuesFromZod, ok, type Result } from '../engine';
import { placeholdersOf } from './reveal';
import { type Lesson, LessonSchema, type Step, type StepScenario } from './schema';

export const TRANSLATION_FORMAT = 'yardstick-lesson-translation';
export const TRANSLATION_VERSION = 1;

const words = z.string().trim().min(1);

const ScenarioWordsSchema = z.strictObject({
  title: words.optional(),
  description: words.optional(),
  /** The titles of the measures the step adds, in the lesson's order (`{}` where the lesson gives none). */
  add: z.array(z.strictObject({ title: words.optional() })).optional(),
});

const StepWordsSchema = z.strictObject({
  title: words,
  scenario: ScenarioWordsSchema.optional(),
  text: z.array(words),
  question: z.strictObject({
    prompt: words,
    unit: words.optional(),
    /** The choices' labels, in the lesson's order. */
    choices: z.array(words).optional(),
  }),
  reveal: z.strictObject({ text: words }),
  sources: z.array(words),
});

export const LessonTranslationSchema = z.strictObject({
  format: z.literal(TRANSLATION_FORMAT),
  version: z.literal(TRANSLATION_VERSION),
  /** The id of the lesson translated. */
  lesson: z.string().min(1),
  /** The language, e.g. `zh-CN`. */
  locale: z.string().min(2),
  title: words,
  summary: words,
  steps: z.array(StepWordsSchema),
});
export type LessonTranslation = z.infer<typeof LessonTranslationSchema>;
type StepWords = LessonTranslation['steps'][number];
type ScenarioWords = NonNullable<StepWords['scenario']>;

/** The title and description a step's scenario carries, whichever form it takes. */
function scenarioText(scenario: StepScenario): { title?: unknown; description?: unknown } {
  return 'scenario' in scenario ? scenario.scenario : scenario;
}

function scenarioWordsOf(scenario: StepScenario): ScenarioWords | undefined {
  const { title, description } = scenarioText(scenario);
  const out: ScenarioWords = {};
  if (typeof title === 'string' && title.trim()) out.title = title;
  if (typeof description === 'string' && description.trim()) out.description = description;
  if (!('scenario' in scenario) && scenario.add?.length)
    out.add = scenario.add.map((m) => (m.title === undefined ? {} : { title: m.title }));
  return Object.keys(out).length ? out : undefined;
}

/** A lesson's words in translation form: the template a translator fills (and, for English, the identity). */
export function wordsOf(lesson: Lesson, locale = 'en'): LessonTranslation {
  return {
    format: TRANSLATION_FORMAT,
    version: TRANSLATION_VERSION,
    lesson: lesson.id,
    locale,
    title: lesson.title,
    summary: lesson.summary,
    steps: lesson.steps.map((step): StepWords => {
      const scenario = scenarioWordsOf(step.scenario);
      const q = step.question;
      return {
        title: step.title,
        ...(scenario ? { scenario } : {}),
        text: [...step.text],
        question: {
          prompt: q.prompt,
          ...(q.unit !== undefined ? { unit: q.unit } : {}),
          ...(q.kind === 'choice' ? { choices: q.choices.map((c) => c.label) } : {}),
        },
        reveal: { text: step.reveal.text },
        sources: [...step.sources],
      };
    }),
  };
}

/** Every place where the translation's shape differs from the lesson's words (same keys, same lengths). */
function shapeIssues(want: unknown, have: unknown, path: string, issues: Issue[]): void {
  if (typeof want === 'string') {
    if (typeof have !== 'string') issues.push({ path, message: 'expected a text' });
    return;
  }
  if (Array.isArray(want)) {
    if (!Array.isArray(have)) {
      issues.push({ path, message: `expected a list of ${want.length}` });
      return;
    }
    if (have.length !== want.length)
      issues.push({
        path,
        message: `the lesson has ${want.length} here, the translation ${have.length}`,
      });
    for (let i = 0; i < Math.min(want.length, have.length); i++)
      shapeIssues(want[i], have[i], `${path}[${i}]`, issues);
    return;
  }
  const w = want as Record<string, unknown>;
  const h = (have ?? {}) as Record<string, unknown>;
  const at = (key: string) => (path ? `${path}.${key}` : key);
  for (const key of Object.keys(w)) {
    if (h[key] === undefined) issues.push({ path: at(key), message: 'missing: the lesson has words here' });
    else shapeIssues(w[key], h[key], at(key), issues);
  }
  for (const key of Object.keys(h))
    if (w[key] === undefined && h[key] !== undefined)
      issues.push({ path: at(key), message: 'the lesson has no words here' });
}

function placeholderIssues(lesson: Lesson, t: LessonTranslation, issues: Issue[]): void {
  lesson.steps.forEach((step, i) => {
    const translated = t.steps[i]?.reveal.text;
    if (translated === undefined) return;
    const want = new Set(placeholdersOf(step.reveal.text));
    const have = new Set(placeholdersOf(translated));
    const path = `steps[${i}].reveal.text`;
    for (const name of want)
      if (!have.has(name)) issues.push({ path, message: `placeholder {${name}} is missing` });
    for (const name of have)
      if (!want.has(name)) issues.push({ path, message: `placeholder {${name}} is not in the lesson` });
  });
}

function localizeScenario(scenario: StepScenario, w: ScenarioWords | undefined): StepScenario {
  if (!w) return scenario;
  if ('scenario' in scenario) {
    const doc = { ...scenario.scenario };
    if (w.title !== undefined) doc.title = w.title;
    if (w.description !== undefined) doc.description = w.description;
    return { scenario: doc };
  }
  return {
    ...scenario,
    ...(w.title !== undefined ? { title: w.title } : {}),
    ...(w.description !== undefined ? { description: w.description } : {}),
    ...(scenario.add
      ? {
          add: scenario.add.map((m, k) => {
            const title = w.add?.[k]?.title;
            return title === undefined ? m : { ...m, title };
          }),
        }
      : {}),
  };
}

function localizeStep(step: Step, w: StepWords): Step {
  const q = step.question;
  const question: Step['question'] =
    q.kind === 'choice'
      ? {
          ...q,
          prompt: w.question.prompt,
          ...(w.question.unit !== undefined ? { unit: w.question.unit } : {}),
          choices: q.choices.map((c, k) => ({ ...c, label: w.question.choices![k]! })),
        }
      : {
          ...q,
          prompt: w.question.prompt,
          ...(w.question.unit !== undefined ? { unit: w.question.unit } : {}),
        };
  return {
    ...step,
    title: w.title,
    scenario: localizeScenario(step.scenario, w.scenario),
    text: [...w.text],
    question,
    reveal: { ...step.reveal, text: w.reveal.text },
    sources: [...w.sources],
  };
}

/**
 * The lesson in a translation's words: every number, metric, scenario change and check is the lesson's own.
 * Fails with every mismatch (path and message) when the translation does not fit the lesson.
 */
export function localizeLesson(lesson: Lesson, translation: unknown): Result<Lesson> {
  const parsed = LessonTranslationSchema.safeParse(translation, { reportInput: true });
  if (!parsed.success) return fail(issuesFromZod(parsed.error));
  const t = parsed.data;
  const issues: Issue[] = [];
  if (t.lesson !== lesson.id)
    issues.push({
      path: 'lesson',
      message: `the translation is of ${JSON.stringify(t.lesson)}, not ${JSON.stringify(lesson.id)}`,
    });
  const { format: _f, version: _v, lesson: _l, locale: _c, ...want } = wordsOf(lesson);
  const { format: _f2, version: _v2, lesson: _l2, locale: _c2, ...have } = t;
  shapeIssues(want, have, '', issues);
  placeholderIssues(lesson, t, issues);
  if (issues.length) return fail(issues);
  const localized: Lesson = {
    ...lesson,
    title: t.title,
    summary: t.summary,
    steps: lesson.steps.map((step, i) => localizeStep(step, t.steps[i]!)),
  };
  // The translated words must fit the lesson format too (lengths: a title of 120 characters at most, …).
  const checked = LessonSchema.safeParse(localized, { reportInput: true });
  return checked.success ? ok(localized) : fail(issuesFromZod(checked.error));
}
