/**
 * fast-check arbitraries for scenario documents: valid scenarios edited from the presets the way a user edits
 * them (change settings, switch off, add, copy, remove, reorder measures; retitle; change assumptions), and
 * mutations that break a document at a random place.
 */
import fc from 'fast-check';
import { type ParamSpec, type PolicyInstance, TEMPLATES } from '../../src/engine';
import { uniqueId } from '../../src/scenario/lenient-measures';
import { truncate } from '../../src/scenario/notice';
import { parseScenario } from '../../src/scenario/parse';
import { presets } from '../../src/scenario/presets';
import type { Scenario } from '../../src/scenario/schema';

const noNegativeZero = (x: number) => (Object.is(x, -0) ? 0 : x);

/** A calendar date from 2000 to 2040. */
export const dateArb = fc
  .tuple(
    fc.integer({ min: 2000, max: 2040 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** A kebab-case id. */
export const kebabArb = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((words) => words.join('-'));

/** Text as users might type it, including any Unicode, markup and quotes. */
export const textArb = (maxLength: number, minLength = 0) =>
  fc
    .oneof(
      fc.string({ minLength, maxLength }),
      fc.string({ minLength, maxLength, unit: 'binary' }),
      fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'Ça & “quotes” — 中文'),
    )
    // Astral characters count twice in the schema's limits (UTF-16 units).
    .map((text) => truncate(text, maxLength));

/** A valid value for one parameter. */
export function paramValueArb(spec: ParamSpec): fc.Arbitrary<unknown> {
  switch (spec.kind) {
    case 'number': {
      const { min, max } = spec;
      if (spec.integer) return fc.integer({ min, max });
      const clamp = (x: number) => noNegativeZero(Math.min(max, Math.max(min, x)));
      const spread =
        spec.logScale && min > 0
          ? fc.double({ min: Math.log10(min), max: Math.log10(max), noNaN: true }).map((e) => clamp(10 ** e))
          : fc.double({ min, max, noNaN: true }).map(clamp);
      return fc.oneof(spread, fc.constantFrom(min, max, spec.default));
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...spec.options.map((o) => o.value));
    case 'countries':
      return fc.array(fc.constantFrom('US', 'CN', 'HK', 'MO', 'JP', 'GB', 'DE', 'TW', 'SG'), {
        maxLength: 6,
      });
    case 'choices':
      return fc.subarray(spec.options.map((o) => o.value));
    case 'ids':
      return fc.uniqueArray(fc.constantFrom('t-1', 't-2', 'manus-benchmark-2025', 'deal'), { maxLength: 3 });
    case 'dated-chips':
      return fc.array(fc.record({ chipId: fc.constantFrom('h20', 'h200', 'a800', 'mi300'), from: dateArb }), {
        maxLength: 3,
      });
  }
}

/** Random changes to a measure: any subset of its fields and settings. */
function measurePatchArb(template: string): fc.Arbitrary<Partial<PolicyInstance>> {
  const specs = TEMPLATES.find((t) => t.id === template)!.params;
  const params = fc.record(Object.fromEntries(specs.map((s) => [s.key, paramValueArb(s)])), {
    requiredKeys: [],
  });
  return fc.record(
    {
      title: textArb(200, 1),
      jurisdiction: fc.constantFrom('US', 'CN', 'G7', 'EU', 'JP'),
      enabled: fc.boolean(),
      effectiveFrom: dateArb,
      effectiveTo: fc.option(dateArb, { nil: undefined }),
      params,
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<Partial<PolicyInstance>>;
}

type Op =
  | { kind: 'edit'; at: number; patch: Partial<PolicyInstance> }
  | { kind: 'remove'; at: number }
  | { kind: 'duplicate'; at: number; patch: Partial<PolicyInstance> }
  | { kind: 'add'; template: string; patch: Partial<PolicyInstance> }
  | { kind: 'move'; at: number; to: number };

const templateIds = TEMPLATES.map((t) => t.id);
const opArb: fc.Arbitrary<Op> = fc.constantFrom(...templateIds).chain((template) =>
  fc.oneof(
    fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), patch: measurePatchArb(template) }),
    fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), patch: measurePatchArb(template) }),
    fc.record({
      kind: fc.constant('add' as const),
      template: fc.constant(template),
      patch: measurePatchArb(template),
    }),
    fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
  ),
);

function fixDates(m: PolicyInstance): PolicyInstance {
  if (m.effectiveTo === undefined || m.effectiveTo >= m.effectiveFrom) return m;
  return { ...m, effectiveTo: m.effectiveFrom };
}

/** Apply edits to a list of measures; ids stay unique, params of an edit only use the measure's own settings. */
function applyOps(start: readonly PolicyInstance[], ops: readonly Op[]): PolicyInstance[] {
  const list = [...start];
  for (const op of ops) {
    const taken = new Set(list.map((m) => m.id));
    if (op.kind === 'add') {
      const t = TEMPLATES.find((x) => x.id === op.template)!;
      const id = uniqueId(t.id, taken);
      const params = Object.fromEntries(t.params.map((s) => [s.key, s.default]));
      list.push(
        fixDates({
          id,
          template: t.id,
          title: t.title,
          jurisdiction: t.jurisdiction,
          enabled: true,
          effectiveFrom: t.defaultEffectiveFrom,
          ...op.patch,
          params: { ...params, ...op.patch.params },
        }),
      );
      continue;
    }
    if (!list.length || list.length >= 32) continue;
    const i = op.at % list.length;
    const m = list[i]!;
    const own = (patch: Partial<PolicyInstance>) => {
      const keys = new Set(Object.keys(m.params));
      const params = Object.fromEntries(Object.entries(patch.params ?? {}).filter(([k]) => keys.has(k)));
      return fixDates({ ...m, ...patch, params: { ...m.params, ...params } });
    };
    if (op.kind === 'edit') list[i] = own(op.patch);
    else if (op.kind === 'remove') list.splice(i, 1);
    else if (op.kind === 'duplicate') list.splice(i + 1, 0, { ...own(op.patch), id: uniqueId(m.id, taken) });
    else list.splice(op.to % list.length, 0, ...list.splice(i, 1));
  }
  return list;
}

const quarterArb = fc
  .tuple(fc.integer({ min: 2000, max: 2050 }), fc.integer({ min: 1, max: 4 }))
  .map(([y, q]) => ({ label: `${y}Q${q}`, ordinal: y * 4 + q }));

/** A valid scenario: a preset with random user edits, validated by `parseScenario`. */
export const editedScenarioArb: fc.Arbitrary<Scenario> = fc
  .record(
    {
      preset: fc.constantFrom(...presets()),
      top: fc.record(
        {
          id: kebabArb,
          title: textArb(200, 1),
          description: textArb(400),
          basePreset: fc.oneof(fc.constantFrom(...presets().map((p) => p.id)), kebabArb),
          horizon: fc.tuple(quarterArb, quarterArb).map(([a, b]) => {
            const [from, to] = a.ordinal <= b.ordinal ? [a, b] : [b, a];
            return { from: from.label, to: to.label };
          }),
          assumptions: fc.record(
            {
              computeGrowthPerYear: fc.double({ min: 1, max: 10, noNaN: true }),
              dealVolumeTrendPerYear: fc.double({ min: 0.25, max: 4, noNaN: true }),
              usShareTrendPerYear: fc.double({ min: 0.25, max: 4, noNaN: true }),
              projection: fc.boolean(),
              seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
            },
            { requiredKeys: [] },
          ),
          view: fc.record(
            { dealsMetric: fc.constantFrom('count', 'usd'), sourcedOnly: fc.boolean() },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: [] },
      ),
      ops: fc.array(opArb, { maxLength: 8 }),
    },
    { requiredKeys: ['preset', 'top', 'ops'] },
  )
  .map(({ preset, top, ops }) => {
    const doc = {
      ...preset,
      ...top,
      assumptions: { ...preset.assumptions, ...top.assumptions },
      policies: applyOps(preset.policies, ops),
    };
    const parsed = parseScenario(JSON.parse(JSON.stringify(doc)));
    if (!parsed.ok) throw new Error(`arbitrary made an invalid scenario: ${JSON.stringify(parsed.issues)}`);
    return parsed.value;
  });

/** Return a deep copy with every object's keys in reverse order (for "key order must not matter"). */
export function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    ) as T;
  return value;
}

function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value))
    value.forEach((v, i) => {
      pathsOf(v, [...prefix, i], out);
    });
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

/** Junk to put somewhere in a document: any JSON, NaN, huge numbers, long strings, hostile keys. */
export const junkArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -1,
    1e40,
    '',
    'x'.repeat(6000),
    '2025-02-30',
    '2030Q5',
  ),
  fc.constantFrom({ __proto__: null, polluted: true }, JSON.parse('{"__proto__":{"polluted":true}}')),
);

/** Return a copy of a JSON value with one place replaced by junk, deleted, or given an extra field. */
export function mutateJson(
  value: unknown,
  pick: number,
  how: 'set' | 'delete' | 'add',
  junk: unknown,
  key: string,
) {
  const doc = JSON.parse(JSON.stringify(value)) as unknown;
  const paths = pathsOf(doc);
  const path = paths[pick % paths.length]!;
  if (!path.length) return how === 'set' ? junk : doc;
  let parent = doc as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (how === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (
    how === 'add' &&
    typeof parent[last] === 'object' &&
    parent[last] !== null &&
    // An array's extra field would not survive JSON, and some names (`length`) cannot be redefined on it.
    !Array.isArray(parent[last])
  )
    Object.defineProperty(parent[last], key, {
      value: junk,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else parent[last] = junk;
  return doc;
}

/** The arguments of `mutateJson`, at random. */
export const mutationArb = fc.tuple(
  fc.nat(),
  fc.constantFrom('set' as const, 'delete' as const, 'add' as const),
  junkArb,
  fc.string({ maxLength: 12 }),
);

/** A valid scenario document with one place replaced, deleted or given an extra field. */
export const brokenDocArb: fc.Arbitrary<unknown> = fc
  .tuple(editedScenarioArb, mutationArb)
  .map(([scenario, [pick, how, junk, key]]) => mutateJson(scenario, pick, how, junk, key));
