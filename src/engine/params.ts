/**
 * Parameter schemas: each measure declares its levers once (type, unit, range, log scale, default, the legal
 * clause it models, the default's source and confidence). Validation and the interface's controls both read
 * these declarations, so there is one source of truth.
 */
import { z } from 'zod';
import { isIsoDate } from './dates';

interface ParamBase {
  /** Stable key, public (links and files). Never rename; migrate instead. */
  readonly key: string;
  /** Visible label and accessible name of the control. */
  readonly label: string;
  /** What the lever means, in plain words. */
  readonly help: string;
  /** The legal clause or text this lever models. */
  readonly clause: string;
  /** Where the default comes from (a section of the domain-facts reference). */
  readonly source: string;
  /** Confidence in the default: high, medium, low or unconfirmed. */
  readonly confidence: 'high' | 'medium' | 'low' | 'unconfirmed';
  /** Shown on the measure's card; the rest sit under "more". */
  readonly primary?: boolean;
  /** The glossary terms (ids in src/teaching/glossary.ts) its help links to. */
  readonly terms?: readonly string[];
  /**
   * The line it draws on the models chart (compute lines only): its label, whether dashed, and the boolean
   * parameter of the same measure that switches it off, if any.
   */
  readonly chartLine?: { readonly label: string; readonly dash: boolean; readonly enabledBy?: string };
}

export interface NumberParam extends ParamBase {
  readonly kind: 'number';
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly default: number;
  readonly logScale?: boolean;
  readonly integer?: boolean;
}

export interface BooleanParam extends ParamBase {
  readonly kind: 'boolean';
  readonly default: boolean;
}

export interface EnumParam extends ParamBase {
  readonly kind: 'enum';
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly default: string;
}

export interface CountriesParam extends ParamBase {
  readonly kind: 'countries';
  readonly default: readonly string[];
}

export interface ChoicesParam extends ParamBase {
  readonly kind: 'choices';
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly default: readonly string[];
}

/** A list of chips, each from a date (e.g. licensed chips). */
export interface DatedChipsParam extends ParamBase {
  readonly kind: 'dated-chips';
  readonly default: readonly { readonly chipId: string; readonly from: string }[];
}

/** A list of record ids (e.g. deals granted an exemption). */
export interface IdsParam extends ParamBase {
  readonly kind: 'ids';
  /** What the ids name, e.g. "deal". */
  readonly of: 'deal';
  readonly default: readonly string[];
}

export type ParamSpec =
  | IdsParam
  | NumberParam
  | BooleanParam
  | EnumParam
  | CountriesParam
  | ChoicesParam
  | DatedChipsParam;

export type ParamValue =
  | number
  | boolean
  | string
  | readonly string[]
  | readonly { chipId: string; from: string }[];
export type Params = Readonly<Record<string, ParamValue>>;

const COUNTRY = /^[A-Z]{2}$/;

function schemaOf(spec: ParamSpec): z.ZodType {
  switch (spec.kind) {
    case 'number': {
      let s = z.number().finite().min(spec.min).max(spec.max);
      if (spec.integer) s = s.int();
      return s;
    }
    case 'boolean':
      return z.boolean();
    case 'enum':
      return z.enum(spec.options.map((o) => o.value) as [string, ...string[]]);
    case 'countries':
      return z
        .array(
          z.string().regex(COUNTRY, {
            error: (iss) => `expected a two-letter country code, got ${JSON.stringify(iss.input)}`,
          }),
        )
        .max(250);
    case 'choices':
      return z
        .array(z.enum(spec.options.map((o) => o.value) as [string, ...string[]]))
        .max(spec.options.length);
    case 'ids':
      return z.array(z.string().min(1).max(200)).max(1000);
    case 'dated-chips':
      return z
        .array(
          z.strictObject({
            chipId: z.string().min(1).max(100),
            from: z
              .string()
              .refine(isIsoDate, { error: (iss) => `expected YYYY-MM-DD, got ${JSON.stringify(iss.input)}` }),
          }),
        )
        .max(100);
  }
}

function buildParamsSchema(specs: readonly ParamSpec[]) {
  return z.strictObject(Object.fromEntries(specs.map((s) => [s.key, schemaOf(s).optional()])));
}

const schemaCache = new WeakMap<readonly ParamSpec[], ReturnType<typeof buildParamsSchema>>();

/** Return the zod schema for a measure's parameters: every key optional (defaults fill gaps), unknown keys refused. */
export function paramsSchema(specs: readonly ParamSpec[]) {
  let schema = schemaCache.get(specs);
  if (!schema) {
    schema = buildParamsSchema(specs);
    schemaCache.set(specs, schema);
  }
  return schema;
}

/** Return the default parameters of a measure. */
export function defaultParams(specs: readonly ParamSpec[]): Params {
  return Object.fromEntries(specs.map((s) => [s.key, s.default]));
}

/** Fill defaults under given parameters (which must already be valid). */
export function withDefaults(specs: readonly ParamSpec[], params: Readonly<Record<string, unknown>>): Params {
  const out: Record<string, ParamValue> = {};
  for (const s of specs) out[s.key] = (params[s.key] as ParamValue | undefined) ?? s.default;
  return out;
}
