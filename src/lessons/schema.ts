/**
 * The lesson file format, version 1 (`lessons/*.json`, see docs/TEACHING.md). A lesson is a sequence of steps;
 * each step sets a scenario (a preset plus a few readable changes, or a whole scenario), says a few sentences,
 * asks the class to predict a number, and reveals what the engine computes. Reveals never hold numbers: they name
 * a metric, and the number is computed on the data in use, so a lesson cannot drift from the engine unnoticed
 * (the golden tests in test/lessons/ pin every step's reveal on the built-in dataset).
 */
import { z } from 'zod';
import { DEAL_KINDS, isIsoDate, isQuarter, OUTCOMES } from '../engine';

export const LESSON_FORMAT = 'yardstick-lesson';
export const LESSON_VERSION = 1;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z
  .string()
  .max(80)
  .regex(KEBAB, { error: (iss) => `expected a kebab-case id, got ${JSON.stringify(iss.input)}` });
const text = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z
  .string()
  .refine(isIsoDate, { error: (iss) => `expected YYYY-MM-DD, got ${JSON.stringify(iss.input)}` });

/**
 * A point in time a metric reads: a quarter (`2030Q4`), `as-of` (the dataset's as-of quarter, or day for
 * model counts) or `end` (the last quarter of the horizon).
 */
export const TimeRefSchema = z.union([
  z.literal('as-of'),
  z.literal('end'),
  z.string().refine(isQuarter, {
    error: (iss) => `expected a quarter such as 2025Q3, "as-of" or "end", got ${JSON.stringify(iss.input)}`,
  }),
]);
export type TimeRef = z.infer<typeof TimeRefSchema>;

/** Per-quarter series a `series` metric can read (see the engine's `Series`). */
export const SERIES_FIELDS = [
  'deals',
  'dealsUsd',
  'units',
  'exchanges',
  'relevantDeals',
  'companies',
  'companiesCumulative',
  'companiesStopped',
  'companiesStoppedCumulative',
  'companiesInScope',
] as const;

/** A series field, or one outcome's or one kind's deal count (`outcome:denied`, `kind:chip-purchase`). */
const seriesField = z.union([
  z.enum(SERIES_FIELDS),
  z.enum(OUTCOMES.map((o) => `outcome:${o}`) as [string, ...string[]]),
  z.enum(DEAL_KINDS.map((k) => `kind:${k}`) as [string, ...string[]]),
]);

/** A measure's id in the step's scenario, or `combined` (the most severe outcome across measures). */
const policyRef = z.union([z.literal('combined'), id]);

/**
 * Read one series of a run: its value at a quarter (`at`), or its sum over quarters (`from`–`to`, inclusive).
 * Cumulative and in-scope series are read `at` a quarter; deal counts are usually summed.
 */
const SeriesMetric = z
  .strictObject({
    kind: z.literal('series'),
    policy: policyRef,
    field: seriesField,
    at: TimeRefSchema.optional(),
    from: TimeRefSchema.optional(),
    to: TimeRefSchema.optional(),
  })
  .refine((m) => (m.at === undefined) !== (m.from === undefined && m.to === undefined), {
    error: 'give either "at" or both "from" and "to"',
  })
  .refine((m) => m.at !== undefined || (m.from !== undefined && m.to !== undefined), {
    error: 'a sum needs both "from" and "to"',
  });

/** Whether a chip is controlled under an export-control measure's chip tests (1 = yes, 0 = no). */
const ChipControlledMetric = z.strictObject({
  kind: z.literal('chip-controlled'),
  policy: id,
  chip: z.string().min(1).max(100),
});

/** Chip purchases of some chips between two quarters: all of them, or those a measure gave an outcome. */
const ChipPurchasesMetric = z.strictObject({
  kind: z.literal('chip-purchases'),
  chips: z.array(z.string().min(1).max(100)).min(1).max(20),
  /** Count only purchases this measure captured (any outcome but excepted); absent = every purchase. */
  policy: policyRef.optional(),
  /** With `policy`: count only this outcome. */
  outcome: z.enum(OUTCOMES).optional(),
  from: TimeRefSchema,
  to: TimeRefSchema,
});

/**
 * Companies seen using some chips (their `hardware-in-use` records, e.g. a model trained on them) between two
 * quarters: evidence of use, never purchases. Counts distinct companies (`companies`) or records (`records`).
 */
const ChipsInUseMetric = z.strictObject({
  kind: z.literal('chips-in-use'),
  chips: z.array(z.string().min(1).max(100)).min(1).max(20),
  from: TimeRefSchema,
  to: TimeRefSchema,
  count: z.enum(['companies', 'records']),
});

/** The line a model count uses: a number, or a measure's parameter in the step's scenario. */
const LineRef = z.union([
  z.number().positive().finite(),
  z.strictObject({ policy: id, param: z.string().min(1).max(80) }),
]);

/** Models (or distinct developers) with training compute strictly above a line, released by a time. */
const ModelsAboveMetric = z.strictObject({
  kind: z.literal('models-above'),
  line: LineRef,
  by: TimeRefSchema,
  count: z.enum(['models', 'companies']),
  /**
   * Imputed compute estimates (figures a source gives only in its notes): counted as the scenario says (absent),
   * left out (`exclude`), or alone (`only`). Unknown compute never counts.
   */
  imputed: z.enum(['exclude', 'only']).optional(),
});

/** Deals or companies caught by exactly this set of measures (the overlap chart's bars). */
const OverlapMetric = z.strictObject({
  kind: z.literal('overlap'),
  measures: z.array(id).min(1).max(8),
  count: z.enum(['deals', 'companies']),
});

/** The metrics that read one scenario. */
export const BaseMetricSchema = z.union([
  SeriesMetric,
  ChipControlledMetric,
  ChipPurchasesMetric,
  ChipsInUseMetric,
  ModelsAboveMetric,
  OverlapMetric,
]);
export type BaseMetric = z.infer<typeof BaseMetricSchema>;

/** A difference of two metrics on the step's scenario (`a − b`). */
const DifferenceMetric = z.strictObject({
  kind: z.literal('difference'),
  a: BaseMetricSchema,
  b: BaseMetricSchema,
});

/** How a metric changed from the previous step's scenario to this one (`this − previous`). */
const ChangeMetric = z.strictObject({
  kind: z.literal('change'),
  of: BaseMetricSchema,
});

export const MetricSchema = z.union([BaseMetricSchema, DifferenceMetric, ChangeMetric]);
export type Metric = z.infer<typeof MetricSchema>;

/** A choice answers when the value lies in [min, max] (either bound optional), or equals a yes/no value. */
const ChoiceSchema = z.union([
  z.strictObject({
    label: text(120),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
  }),
  z.strictObject({ label: text(120), equals: z.boolean() }),
]);
export type Choice = z.infer<typeof ChoiceSchema>;

export const QuestionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('choice'),
    prompt: text(400),
    /** What the revealed number counts (e.g. "companies"), when the choices are ranges. */
    unit: text(40).optional(),
    choices: z.array(ChoiceSchema).min(2).max(6),
  }),
  z.strictObject({ kind: z.literal('number'), prompt: text(400), unit: text(40).optional() }),
]);
export type Question = z.infer<typeof QuestionSchema>;

/** A measure a step adds to its preset: a template with its defaults, then these fields. */
const AddedMeasure = z.strictObject({
  id,
  template: z.string().min(1).max(80),
  title: text(200).optional(),
  jurisdiction: text(40).optional(),
  effectiveFrom: isoDate.optional(),
  params: z.record(z.string(), z.unknown()).optional(),
});

/** A preset plus readable changes. Every change names a measure by its id in the preset (or an added one). */
export const ScenarioChangesSchema = z.strictObject({
  preset: id,
  title: text(200).optional(),
  description: z.string().max(5000).optional(),
  remove: z.array(id).max(32).optional(),
  add: z.array(AddedMeasure).max(32).optional(),
  enable: z.array(id).max(32).optional(),
  disable: z.array(id).max(32).optional(),
  params: z.record(id, z.record(z.string(), z.unknown())).optional(),
  effectiveFrom: z.record(id, isoDate).optional(),
  assumptions: z.record(z.string(), z.unknown()).optional(),
});
export type ScenarioChanges = z.infer<typeof ScenarioChangesSchema>;

/** A step's scenario: a preset with changes, or a whole scenario document (validated like a file). */
export const StepScenarioSchema = z.union([
  ScenarioChangesSchema,
  z.strictObject({ scenario: z.record(z.string(), z.unknown()) }),
]);
export type StepScenario = z.infer<typeof StepScenarioSchema>;

/** A claim: the metric lies in [min, max]. `why` quotes the words that rely on it. */
const CheckSchema = z.strictObject({
  metric: MetricSchema,
  min: z.number().finite().optional(),
  max: z.number().finite().optional(),
  why: text(300),
});
export type Check = z.infer<typeof CheckSchema>;

export const RevealSchema = z.strictObject({
  /** The number the question asks for. */
  answer: MetricSchema,
  /** More numbers the reveal text quotes, by name. */
  context: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), MetricSchema).optional(),
  /**
   * What the class is told after predicting, under the revealed number (see `revealHeadline`), so it need not
   * repeat it. Placeholders: `{answer}`, `{choice}` (the right choice's label), `{asOf}` (the data's as-of date)
   * and each context name. Plain text, never markup.
   */
  text: text(1200),
  /** How to write the numbers: a count (default), USD, or yes/no. */
  format: z.enum(['count', 'usd', 'yes-no']).optional(),
  /**
   * Claims the step's words rely on, checked by the golden tests on the built-in dataset (never shown): if the
   * data changes so that one fails, the test names it and the words get reviewed.
   */
  checks: z.array(CheckSchema).max(8).optional(),
});
export type Reveal = z.infer<typeof RevealSchema>;

export const StepSchema = z.strictObject({
  title: text(120),
  scenario: StepScenarioSchema,
  /** A few sentences, one paragraph each, read before the question. */
  text: z.array(text(900)).min(1).max(6),
  question: QuestionSchema,
  reveal: RevealSchema,
  /** Where the step's facts come from: sections of the domain-facts reference, with confidence. */
  sources: z.array(text(300)).min(1).max(8),
  /** Glossary terms the step uses (ids in src/teaching/glossary.ts). */
  glossary: z.array(id).max(8).optional(),
});
export type Step = z.infer<typeof StepSchema>;

export const LessonSchema = z.strictObject({
  format: z.literal(LESSON_FORMAT),
  version: z.literal(LESSON_VERSION),
  id,
  title: text(120),
  /** One paragraph a teacher can read aloud to open the lesson. */
  summary: text(900),
  /** Rough class time, minutes. */
  minutes: z.number().int().min(1).max(120),
  steps: z.array(StepSchema).min(1).max(20),
});
export type Lesson = z.infer<typeof LessonSchema>;
