/**
 * The scenario document, schema v2 (scenarios/README.md): the small, serialisable description of a run that presets,
 * files and links all carry. `parseScenario` validates untrusted input and fills every measure's defaults.
 */
import { z } from 'zod';
import { isIsoDate, isQuarter, type PolicyInstance, type Quarter } from '../engine';
import { canonicalJson } from './json';

/** Version 2 added the assumption `countImputedCompute` (migrations.ts turns a version 1 document into one). */
export const SCHEMA_VERSION = 2;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z
  .string()
  .max(80)
  .regex(KEBAB, {
    error: (iss) => `expected a kebab-case id such as "us-outbound", got ${JSON.stringify(iss.input)}`,
  });
const isoDate = z
  .string()
  .refine(isIsoDate, { error: (iss) => `expected YYYY-MM-DD, got ${JSON.stringify(iss.input)}` });
const quarter = z.string().refine(isQuarter, {
  error: (iss) => `expected a quarter such as 2025Q3, got ${JSON.stringify(iss.input)}`,
});

/** Scenario-level assumptions: how to read the data and what drives the modeled projection. */
export const AssumptionsSchema = z.strictObject({
  /** Growth of Chinese developers' largest training runs, × per year (Epoch: China's top models ≈ 3×/yr). */
  computeGrowthPerYear: z.number().finite().min(1).max(10),
  /** Multiplier per year on the number of projected financing rounds (1 = flat). */
  dealVolumeTrendPerYear: z.number().finite().min(0.25).max(4),
  /** Multiplier per year on the share of projected rounds with a US investor (1 = flat). */
  usShareTrendPerYear: z.number().finite().min(0.25).max(4),
  /** Extend the data beyond its as-of date to the horizon with modeled records. */
  projection: z.boolean(),
  /**
   * Count training-compute estimates a source gives only in its notes (`trainingComputeImputed`, e.g. Epoch's
   * benchmark imputation for GLM-4-Plus); off: treat them as unknown.
   */
  countImputedCompute: z.boolean(),
  /** Seed for every seeded draw (projection, detection, approval). */
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
});

export type Assumptions = z.infer<typeof AssumptionsSchema>;

/** Defaults, with their sources (see docs/DATA.md and domain-facts D5, D7). */
export const DEFAULT_ASSUMPTIONS: Assumptions = {
  computeGrowthPerYear: 3, // Epoch AI, "China compute trends" (22 Jan 2025): top-10 Chinese LLMs ≈ 3×/yr; domain-facts D5, high.
  dealVolumeTrendPerYear: 1, // No published forecast: flat is a neutral modeling assumption.
  usShareTrendPerYear: 1, // No published forecast: flat from the modeled 2025–26 level (≈ 2–3 %, domain-facts D7).
  projection: true,
  // Epoch publishes these estimates, with their confidence, in its notes (domain-facts D5/D6): counted by default.
  countImputedCompute: true,
  seed: 1,
};

export const PolicyInstanceSchema = z.strictObject({
  id,
  template: z.string().min(1).max(80),
  title: z.string().min(1).max(200),
  jurisdiction: z.string().min(1).max(40),
  enabled: z.boolean(),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.optional(),
  params: z.record(z.string(), z.unknown()),
});

/** The most the view settings may take, written as canonical JSON (later versions may add fields). */
export const MAX_VIEW_CHARS = 10_000;

function viewSize(value: unknown): number {
  try {
    return canonicalJson(value).length;
  } catch {
    return Number.POSITIVE_INFINITY; // nested past canonicalJson's limit
  }
}

export const ViewSchema = z
  .looseObject({
    dealsMetric: z.enum(['count', 'usd']).optional(),
    sourcedOnly: z.boolean().optional(),
  })
  // Unknown view fields are kept for later versions, but bounded: every scenario must write as a link.
  .refine((view) => viewSize(view) <= MAX_VIEW_CHARS, {
    error: `view settings must be at most ${MAX_VIEW_CHARS.toLocaleString('en-US')} characters as JSON, nested at most 64 levels`,
  });

export const ScenarioSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  title: z.string().min(1).max(200),
  description: z.string().max(5000),
  basePreset: id.optional(),
  dataset: z.strictObject({ name: z.string().min(1).max(200), version: z.literal(1) }),
  horizon: z.strictObject({ from: quarter, to: quarter }),
  assumptions: AssumptionsSchema,
  policies: z.array(PolicyInstanceSchema).max(32),
  view: ViewSchema.optional(),
});

/** A validated scenario: every measure's parameters complete. */
export interface Scenario {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly basePreset?: string | undefined;
  readonly dataset: { readonly name: string; readonly version: 1 };
  readonly horizon: { readonly from: Quarter; readonly to: Quarter };
  readonly assumptions: Assumptions;
  readonly policies: readonly PolicyInstance[];
  readonly view?: z.infer<typeof ViewSchema> | undefined;
}
