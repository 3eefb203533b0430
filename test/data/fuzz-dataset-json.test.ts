/**
 * Fuzzing the JSON entry point (`datasetFromJsonText`: JSON.parse, then parseDataset), 10,000+ cases: random JSON
 * values and text, and valid datasets mutated — fields deleted, renamed or given the wrong type, NaN/Infinity
 * strings, huge numbers, deep nesting, prototype-pollution keys, truncation. Every case ends in a valid dataset or
 * a clear, specific list of problems, never a throw, in well under a second; the store keeps the dataset in use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Dataset, Issue } from '../../src/engine';
import { datasetFromJsonText } from '../../src/worker/open-dataset';
import { checkOutcome, expectNoPollution, resetStore, Timings } from './fuzz-support';

const BASE_TEXT = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'small-dataset.json'), 'utf8');
const BASE = JSON.parse(BASE_TEXT) as Record<string, unknown>;
const timings = new Timings('dataset JSON (datasetFromJsonText)');
let inUse: Dataset;

/** A JSON problem is located by a dataset path, or (a syntax error) says where in the text. */
const locates = (issue: Issue) =>
  issue.path !== '' ||
  /^is not valid JSON: .* \(at line \d+, column \d+\)$/s.test(issue.message) ||
  /^is not a Yardstick dataset: expected an object/.test(issue.message) ||
  /^is a scenario file/.test(issue.message) ||
  /^unknown fields? "/.test(issue.message); // at the top level: the message names the field

function run(text: string): void {
  const outcome = timings.time(
    () => datasetFromJsonText('fuzz.json', text),
    () => `${text.length} chars: ${text.slice(0, 80)}`,
  );
  const result = outcome.ok
    ? ({ ok: true, value: outcome.dataset } as const)
    : ({ ok: false, issues: outcome.issues } as const);
  checkOutcome(result, 'fuzz.json', inUse, locates, timings);
  expectNoPollution();
}

/** Every (container, key) in a JSON value, to pick a place to mutate. */
function places(value: unknown, out: [Record<string, unknown> | unknown[], string | number][] = []) {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      out.push([value, i]);
      places(value[i], out);
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push([value as Record<string, unknown>, k]);
      places(v, out);
    }
  }
  return out;
}

const WEIRD_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  -1e308,
  5e-324,
  Number.MAX_SAFE_INTEGER * 1e6,
  '',
  ' ',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '2025-13-01',
  '__proto__',
  'constructor',
  [],
  {},
  [null],
  { __proto__: null, polluted: true },
  'x'.repeat(10_000),
];
const weirdValue = fc.oneof(
  fc.constantFrom(...WEIRD_VALUES),
  fc.string(),
  fc.double(),
  fc.integer(),
  fc.jsonValue({ maxDepth: 3 }),
);

type Mutation =
  | { op: 'delete' | 'rename' | 'retype'; at: number; value: unknown; name: string }
  | {
      op: 'text';
      kind: 'huge' | 'nan' | 'proto' | 'nest' | 'truncate' | 'dupkey' | 'flip';
      at: number;
      depth: number;
    };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constantFrom('delete', 'rename', 'retype'),
    at: fc.nat(),
    value: weirdValue,
    name: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'ID', 'date ')),
  }),
  fc.record({
    op: fc.constant('text'),
    kind: fc.constantFrom('huge', 'nan', 'proto', 'nest', 'truncate', 'dupkey', 'flip'),
    at: fc.nat(),
    depth: fc.integer({ min: 1, max: 20_000 }),
  }),
) as fc.Arbitrary<Mutation>;

/** Apply value-level mutations to a copy of the fixture, then text-level ones to its JSON. */
function mutate(mutations: Mutation[]): string {
  const doc = structuredClone(BASE);
  const textual: Extract<Mutation, { op: 'text' }>[] = [];
  for (const m of mutations) {
    if (m.op === 'text') {
      textual.push(m);
      continue;
    }
    const all = places(doc);
    if (!all.length) continue;
    const [container, key] = all[m.at % all.length]!;
    if (m.op === 'retype') (container as Record<string | number, unknown>)[key] = structuredClone(m.value);
    else if (Array.isArray(container)) container.splice(key as number, 1);
    else {
      const value = container[key as string];
      delete container[key as string];
      // defineProperty, so a "__proto__" name becomes an own key (as JSON.parse would make it), not a prototype.
      if (m.op === 'rename')
        Object.defineProperty(container, m.name, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
  }
  let text = JSON.stringify(doc);
  for (const m of textual) text = mutateText(text, m);
  return text;
}

function mutateText(text: string, m: Extract<Mutation, { op: 'text' }>): string {
  const pos = text.length ? m.at % text.length : 0;
  const numbers = [...text.matchAll(/-?\d+(\.\d+)?(e[+-]?\d+)?/gi)];
  const number = numbers.length ? numbers[m.at % numbers.length]! : null;
  const braces = [...text.matchAll(/\{/g)];
  const brace = braces.length ? braces[m.at % braces.length]!.index! + 1 : 1;
  switch (m.kind) {
    case 'huge':
      return number
        ? text.slice(0, number.index) +
            ['1e999', '-1e999', '123456789012345678901234567890'][m.depth % 3] +
            text.slice(number.index! + number[0].length)
        : text;
    case 'nan':
      return number
        ? text.slice(0, number.index) +
            ['NaN', 'Infinity', '"NaN"', '"Infinity"'][m.depth % 4] +
            text.slice(number.index! + number[0].length)
        : text;
    case 'proto':
      return `${text.slice(0, brace)}"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},${text.slice(brace)}`;
    case 'nest': {
      const depth = m.depth;
      return number
        ? text.slice(0, number.index) +
            '['.repeat(depth) +
            ']'.repeat(depth) +
            text.slice(number.index! + number[0].length)
        : text;
    }
    case 'truncate':
      return text.slice(0, pos);
    case 'dupkey':
      return `${text.slice(0, brace)}"id":"dup","id":7,${text.slice(brace)}`;
    case 'flip':
      return (
        text.slice(0, pos) +
        String.fromCharCode((text.charCodeAt(pos) + 1 + (m.depth % 90)) % 128) +
        text.slice(pos + 1)
      );
  }
}

describe('fuzz: dataset JSON', () => {
  beforeAll(() => {
    inUse = resetStore();
  });
  afterAll(() => timings.report());

  it('random JSON values (3,000 cases)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => run(JSON.stringify(value) ?? 'null')),
      {
        numRuns: 3000,
      },
    );
  });

  it('random text (2,000 cases)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string(),
          fc.uint8Array().map((b) => new TextDecoder().decode(b)),
        ),
        run,
      ),
      { numRuns: 2000 },
    );
  });

  it('objects shaped like a dataset with random fields (1,000 cases)', () => {
    const shaped = fc.record({
      format: fc.oneof(fc.constant('yardstick-dataset'), fc.string()),
      version: fc.oneof(fc.constant(1), fc.integer()),
      name: fc.oneof(fc.string(), weirdValue),
      asOf: fc.oneof(fc.constant('2026-08-19'), weirdValue),
      companies: fc.array(
        fc.dictionary(
          fc.constantFrom('id', 'name', 'kind', 'hq', 'sectors', 'endUses', '__proto__'),
          weirdValue,
        ),
        { maxLength: 3 },
      ),
      models: fc.array(weirdValue, { maxLength: 3 }),
      chips: fc.oneof(fc.constant([]), weirdValue),
      transactions: fc.array(
        fc.dictionary(fc.constantFrom('id', 'kind', 'date', 'companyId', 'provenance'), weirdValue),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(shaped, (value) => run(JSON.stringify(value))),
      { numRuns: 1000 },
    );
  });

  it('valid datasets mutated: deleted, renamed, retyped fields, NaN/Infinity, huge numbers, deep nesting, __proto__ (5,000 cases)', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => run(mutate(mutations))),
      {
        numRuns: 5000,
      },
    );
  });

  it('the fixture itself, and the fixture with each field deleted in turn (every record path)', () => {
    run(BASE_TEXT);
    const count = places(BASE).length;
    for (let i = 0; i < count; i++) run(mutate([{ op: 'delete', at: i, value: null, name: '' }]));
  });
});
