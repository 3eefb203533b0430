/**
 * Hostile text for the fuzz tests of every scenario entry point (files, stored state, links through start-up):
 * valid JSON texts damaged in transit, nesting thousands of levels deep, prototype-pollution keys, huge numbers and
 * strings, long lists, byte-order marks and random bytes. Works at the text level, so values that `JSON.stringify`
 * cannot write (a 100,000-deep array) still reach the reader.
 */
import fc from 'fast-check';
import { mutateJson, mutationArb } from './scenario-arbitraries';

/** Deeply nested JSON text: arrays or objects, 65 to ≈ 300,000 levels (up to ≈ 1.5 MB). */
export const deepTextArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('[', '{"a":', '[{"x":'),
    fc.double({ min: 1.82, max: 5.45, noNaN: true }),
    fc.boolean(),
  )
  .map(([open, exponent, closed]) => {
    const depth = Math.round(10 ** exponent);
    const close = open === '[' ? ']' : open === '{"a":' ? '}' : '}]';
    // Unclosed half the time: the reader must not care how it ends.
    return `${open.repeat(depth)}1${closed ? close.repeat(depth) : ''}`;
  });

/** Raw JSON snippets to put in place of a value: some only text can carry. */
export const rawJunkArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: deepTextArb },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '1e999',
      '-1e999',
      '-0',
      '1e-400',
      '123456789012345678901234567890',
      '{"__proto__":{"polluted":true}}',
      '{"constructor":{"prototype":{"polluted":true}}}',
      '{"__proto__":null,"toString":1,"valueOf":"x","hasOwnProperty":[]}',
      '"\\ud800"',
      '"\\u0000\\u202e<script>alert(1)</script>"',
      `"${'x'.repeat(300_000)}"`,
      `[${Array.from({ length: 20_000 }, () => '{}').join(',')}]`,
      `{${Array.from({ length: 5_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`,
    ),
  },
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null') },
);

const PLACEHOLDER = '\u0000RAW\u0000';
const PLACEHOLDER_JSON = JSON.stringify(PLACEHOLDER);

/** Put raw JSON text at one place of a document (chosen like `mutateJson` chooses). */
export function withRawAt(doc: unknown, pick: number, raw: string, key: string): string {
  const marked = mutateJson(doc, pick, pick % 3 === 0 ? 'add' : 'set', PLACEHOLDER, key);
  const text = JSON.stringify(marked) ?? PLACEHOLDER_JSON;
  const at = text.indexOf(PLACEHOLDER_JSON);
  return at < 0 ? text : text.slice(0, at) + raw + text.slice(at + PLACEHOLDER_JSON.length);
}

type Edit =
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; text: string };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.string({ maxLength: 8, unit: 'binary' }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    text: fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '\\', '\u0000', 'e', '-', '9'),
  }),
);

function applyEdit(text: string, e: Edit): string {
  const at = e.at % (text.length + 1);
  switch (e.kind) {
    case 'truncate':
      return text.slice(0, at);
    case 'insert':
      return text.slice(0, at) + e.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + e.length);
    case 'replace':
      return text.slice(0, at) + e.text + text.slice(at + 1);
  }
}

/** A text damaged in transit: cut short, bytes inserted, deleted or replaced (one to four times). */
export function damagedArb(textArb: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(textArb, fc.array(editArb, { minLength: 1, maxLength: 4 }))
    .map(([text, edits]) => edits.reduce(applyEdit, text));
}

/**
 * Hostile variants of a valid document `docArb` (already JSON-able): the text damaged in transit, a value replaced
 * by junk (JSON or raw text), decorated with a byte-order mark or CRLF line ends.
 */
export function hostileTextsOf(docArb: fc.Arbitrary<unknown>, pretty: (doc: unknown) => string) {
  return fc.oneof(
    { weight: 2, arbitrary: docArb.map(pretty) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(docArb, mutationArb)
        .map(([doc, [pick, how, junk, key]]) => pretty(mutateJson(doc, pick, how, junk, key))),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(docArb, fc.nat(), rawJunkArb, fc.constantFrom('x', '__proto__', 'constructor', 'policies'))
        .map(([doc, pick, raw, key]) => withRawAt(doc, pick, raw, key)),
    },
    { weight: 3, arbitrary: damagedArb(docArb.map(pretty)) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(docArb, fc.boolean())
        .map(([doc, bom]) => `${bom ? '\uFEFF' : ''}${pretty(doc).replaceAll('\n', '\r\n')}`),
    },
  );
}

/** Anything at all: random text and bytes, any JSON, raw junk on its own. */
export const anyTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ maxLength: 300, unit: 'binary' }),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? ''),
  rawJunkArb,
);
