/**
 * Reveal a step: evaluate its answer and context metrics, pick the choice the answer falls in, and fill the
 * reveal text's placeholders. The same function serves the lesson player and the golden tests, so what a class
 * sees is what the tests pin.
 */
import { fail, type Issue, ok, type Result } from '../engine';
import { evaluateMetric, type LessonRun } from './metrics';
import type { Choice, Question, Reveal, Step } from './schema';
import { ENGLISH_WORDS, formatCount, formatLessonDate, formatUsd, type LessonWords } from './words';

/** A revealed number: the value and how it is written. */
export interface RevealedValue {
  readonly value: number;
  readonly text: string;
}

export interface StepReveal {
  readonly answer: RevealedValue;
  readonly context: Readonly<Record<string, RevealedValue>>;
  /** Index of the choice the answer falls in (choice questions), or null. */
  readonly choice: number | null;
  /** How many choices the answer falls in: exactly 1 for a well-made choice question. */
  readonly matchingChoices: number;
  /** The reveal text with every placeholder filled. Plain text. */
  readonly text: string;
}

/** Write a number for a class: whole counts with separators, USD compactly, or yes/no, in the words' language. */
export function formatRevealValue(
  value: number,
  format: Reveal['format'] = 'count',
  words: LessonWords = ENGLISH_WORDS,
): string {
  if (format === 'yes-no') return words.t(value !== 0 ? 'yes' : 'no');
  if (format === 'usd') return formatUsd(value, words);
  return formatCount(value, words);
}

/** Say whether a value answers a choice. */
export function choiceMatches(choice: Choice, value: number): boolean {
  if ('equals' in choice) return (value !== 0) === choice.equals;
  return (
    value >= (choice.min ?? Number.NEGATIVE_INFINITY) && value <= (choice.max ?? Number.POSITIVE_INFINITY)
  );
}

/** The placeholders a reveal text may use. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g)].map((m) => m[1]!);
}

/** Fill `{name}` placeholders; unknown names stay as written (the lesson reader refuses them). */
export function fillText(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * Evaluate a step's reveal on its run (and the previous step's run, for `change` metrics). The reveal and question
 * are the lesson's in the reader's language (see localize.ts); `words` writes the numbers and dates in it.
 */
export function revealOf(
  reveal: Reveal,
  question: Question,
  run: LessonRun,
  previous: LessonRun | null,
  words: LessonWords = ENGLISH_WORDS,
): Result<StepReveal> {
  const issues: Issue[] = [];
  const value = (name: string, metric: Reveal['answer'], format: Reveal['format']): RevealedValue => {
    const r = evaluateMetric(run, metric, previous);
    if (!r.ok) {
      issues.push(...r.issues.map((i) => ({ ...i, path: `reveal.${name}.${i.path}` })));
      return { value: Number.NaN, text: '?' };
    }
    return { value: r.value, text: formatRevealValue(r.value, format, words) };
  };
  const answer = value('answer', reveal.answer, reveal.format);
  const context = Object.fromEntries(
    Object.entries(reveal.context ?? {}).map(([name, metric]) => [
      name,
      // Context numbers are counts unless the answer is in USD (yes/no only describes the answer).
      value(`context.${name}`, metric, reveal.format === 'usd' ? 'usd' : 'count'),
    ]),
  );
  if (issues.length) return fail(issues);
  const matches =
    question.kind === 'choice' ? question.choices.map((c) => choiceMatches(c, answer.value)) : [];
  const choice = matches.indexOf(true);
  const values: Record<string, string> = {
    answer: answer.text,
    asOf: formatLessonDate(run.index.dataset.asOf, words),
    ...Object.fromEntries(Object.entries(context).map(([k, v]) => [k, v.text])),
  };
  if (question.kind === 'choice' && choice >= 0) values.choice = question.choices[choice]!.label;
  return ok({
    answer,
    context,
    choice: choice >= 0 ? choice : null,
    matchingChoices: matches.filter(Boolean).length,
    text: fillText(reveal.text, values),
  });
}

/**
 * The revealed answer as the player shows it, large, above the reveal text: the right choice's label for a
 * yes/no question, else the number with what it counts ("11 companies").
 */
export function revealHeadline(
  step: Pick<Step, 'question'>,
  reveal: StepReveal,
  words: LessonWords = ENGLISH_WORDS,
): string {
  const q = step.question;
  if (q.kind === 'choice' && reveal.choice !== null) {
    const choice = q.choices[reveal.choice]!;
    if ('equals' in choice) return choice.label;
  }
  if (!q.unit) return reveal.answer.text;
  return words.t('headline', {
    count: reveal.answer.value,
    value: reveal.answer.text,
    unit: q.unit,
    unitOne: unitOf(q.unit, 1),
  });
}

/**
 * The unit for a count: singular for exactly 1 ("1 company", "1 more purchase"), as written otherwise. Lessons
 * write units in English plurals; the headline message picks the form (a language without plurals, such as
 * Chinese, writes its units without an English "s" and this leaves them as they are).
 */
export function unitOf(unit: string, value: number): string {
  if (value !== 1) return unit;
  return unit.replace(/ies$/, 'y').replace(/([^s])s$/, '$1');
}
