/**
 * Prepare a run: resolve each enabled measure's parameters, derive cross-measure listings (e.g. distillation →
 * Entity List), then prepare every measure against the shared listing view. Order of measures never changes
 * outcomes: listings are derived in a phase before any measure evaluates.
 */
import type { DatasetIndex } from './dataset/index-dataset';
import { FOREVER } from './dataset/index-dataset';
import { dayOf } from './dates';
import { uniformOf } from './hash';
import { makeListings } from './listings';
import { type Params, paramsSchema, withDefaults } from './params';
import { templateOf } from './policies/registry';
import type {
  DerivedListing,
  Listings,
  PolicyInstance,
  PolicyRun,
  PolicyTemplate,
  PreparedPolicy,
} from './policy';
import type { Quarter } from './quarter';

/** What the engine needs from a scenario to run. */
export interface RunSpec {
  readonly horizon: { readonly from: Quarter; readonly to: Quarter };
  /** Seed for the hashes that decide which share of cases a measure acts on. */
  readonly seed: number;
  readonly policies: readonly PolicyInstance[];
}

export interface PreparedMeasure {
  readonly instance: PolicyInstance;
  readonly template: PolicyTemplate<Params>;
  readonly run: PolicyRun<Params>;
  readonly prepared: PreparedPolicy;
}

const uniformCache = new WeakMap<DatasetIndex, Map<number, Float64Array>>();

/** Return the seeded uniform of every transaction id (memoised per index and seed). */
export function uniformsOf(index: DatasetIndex, seed: number): Float64Array {
  let bySeed = uniformCache.get(index);
  if (!bySeed) {
    bySeed = new Map();
    uniformCache.set(index, bySeed);
  }
  let values = bySeed.get(seed);
  if (!values) {
    values = new Float64Array(index.tx.count);
    for (let t = 0; t < values.length; t++) values[t] = uniformOf(index.tx.ids[t]!, seed);
    bySeed.set(seed, values);
  }
  return values;
}

/** Resolve a measure's parameters (defaults filled); throws if they are invalid, which parsing should prevent. */
export function resolveParams(
  template: PolicyTemplate<Params>,
  raw: Readonly<Record<string, unknown>>,
): Params {
  const parsed = paramsSchema(template.params).safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      `Invalid parameters for ${template.id}: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
    );
  }
  return withDefaults(template.params, parsed.data);
}

/** An enabled measure before listings are derived: everything its run holds but the listing view. */
export interface MeasureBase {
  readonly instance: PolicyInstance;
  readonly template: PolicyTemplate<Params>;
  readonly run: Omit<PolicyRun<Params>, 'listings'>;
}

/** Resolve every enabled measure of a run. Unknown templates are a programming error (parsing refuses them). */
export function measureBases(index: DatasetIndex, spec: RunSpec): MeasureBase[] {
  return spec.policies
    .filter((p) => p.enabled)
    .map((instance) => {
      const template = templateOf(instance.template);
      if (!template) throw new Error(`Unknown measure template ${JSON.stringify(instance.template)}`);
      return {
        instance,
        template,
        run: {
          index,
          instance,
          params: resolveParams(template, instance.params),
          fromDay: dayOf(instance.effectiveFrom),
          toDay: instance.effectiveTo ? dayOf(instance.effectiveTo) : FOREVER,
          seed: spec.seed,
          uniforms: () => uniformsOf(index, spec.seed),
        },
      };
    });
}

/** Return the listings a measure derives for the others (none for most). */
export function derivedListingsOf(base: MeasureBase): DerivedListing[] {
  return base.template.deriveListings?.(base.run) ?? [];
}

/** Prepare one measure against the run's shared listing view. */
export function prepareMeasure(base: MeasureBase, listings: Listings): PreparedMeasure {
  const run: PolicyRun<Params> = { ...base.run, listings };
  return { instance: base.instance, template: base.template, run, prepared: base.template.prepare(run) };
}

/**
 * Prepare every enabled measure of a run (or only those `only` accepts: listings are still derived from every
 * enabled measure, so the prepared ones see exactly what they would in a full run).
 */
export function prepareMeasures(
  index: DatasetIndex,
  spec: RunSpec,
  only?: (instance: PolicyInstance) => boolean,
): PreparedMeasure[] {
  const bases = measureBases(index, spec);
  const listings = makeListings(index, bases.flatMap(derivedListingsOf));
  return bases.filter((b) => !only || only(b.instance)).map((b) => prepareMeasure(b, listings));
}
