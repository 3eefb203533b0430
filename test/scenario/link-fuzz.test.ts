/**
 * The promise that no link, however broken, can stop the app opening: 10,000 random and mutated links each
 * decode to a valid scenario or a typed error, never a throw, each in well under a second.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../src/scenario/base64url';
import { inflateText } from '../../src/scenario/compress';
import { decodeLink, encodeLink, type LinkErrorKind } from '../../src/scenario/link';
import { parseScenario } from '../../src/scenario/parse';
import { presets } from '../../src/scenario/presets';
import { craftLink } from './link-helpers';
import { editedScenarioArb, mutateJson, mutationArb } from './scenario-arbitraries';

const CASES = 10_000;
const KINDS: readonly LinkErrorKind[] = ['empty', 'too-long', 'not-a-yardstick-link', 'corrupt', 'too-large'];
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const PRESET_IDS = presets().map((p) => p.id);

/** Valid links to mutate: every preset and a fixed sample of edited scenarios. */
const VALID = [...presets(), ...fc.sample(editedScenarioArb, { numRuns: 40, seed: 20260424 })].map(
  encodeLink,
);

function payloadOf(link: string): unknown {
  const d = /(?:^|&)d=([^&]*)/.exec(link)?.[1];
  const bytes = d ? fromBase64Url(d) : null;
  const text = bytes ? inflateText(bytes, 1e6) : null;
  return text?.ok ? JSON.parse(text.text) : {};
}

const base64urlArb = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 400 });
const fieldArb = fc.oneof(fc.constantFrom(...PRESET_IDS), fc.string({ maxLength: 12 }));

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'replace'; at: number; text: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'flip-bit'; at: number; bit: number }
  | { kind: 'field'; field: 'v' | 'p' | 'c' | 'd'; value: string };

const mutationOfLinkArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...ALPHABET), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.string({ maxLength: 20, unit: 'binary' }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('flip-bit' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({
    kind: fc.constant('field' as const),
    field: fc.constantFrom('v' as const, 'p' as const, 'c' as const, 'd' as const),
    value: fc.oneof(fieldArb, fc.integer({ min: -5, max: 200 }).map(String), base64urlArb),
  }),
);

/** Apply one mutation; a bit flip changes one byte of the compressed payload (a byte flip in transit). */
function mutate(link: string, m: Mutation): string {
  const at = link.length ? (m.kind === 'field' ? 0 : (m as { at: number }).at % (link.length + 1)) : 0;
  switch (m.kind) {
    case 'truncate':
      return link.slice(0, at);
    case 'replace':
      return link.slice(0, at) + m.text + link.slice(at + 1);
    case 'insert':
      return link.slice(0, at) + m.text + link.slice(at);
    case 'delete':
      return link.slice(0, at) + link.slice(at + m.length);
    case 'flip-bit': {
      const d = /(?:^|&)d=([^&]*)/.exec(link)?.[1];
      const bytes = d ? fromBase64Url(d) : null;
      if (!d || !bytes?.length) return link;
      const i = m.at % bytes.length;
      bytes[i]! ^= 1 << m.bit;
      return link.replace(`d=${d}`, `d=${toBase64Url(bytes)}`);
    }
    case 'field':
      return link.includes(`${m.field}=`)
        ? link.replace(new RegExp(`(^|&)${m.field}=[^&]*`), `$1${m.field}=${m.value}`)
        : `${link}&${m.field}=${m.value}`;
  }
}

const linkArb: fc.Arbitrary<string> = fc.oneof(
  // Anything at all.
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 300, unit: 'binary' }) },
  // Right shape, random payload.
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fieldArb,
        fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), maxLength: 8 }),
        base64urlArb,
      )
      .map(([p, c, d]) => `v=1&p=${p}&c=${c}&d=${d}`),
  },
  // Valid links damaged in transit.
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom(...VALID), fc.array(mutationOfLinkArb, { minLength: 1, maxLength: 3 }))
      .map(([link, ms]) => ms.reduce(mutate, link)),
  },
  // Well-packed payloads with hostile or mangled content: any JSON, or a real payload with one place broken.
  {
    weight: 1,
    arbitrary: fc.tuple(fc.jsonValue({ maxDepth: 4 }), fieldArb).map(([json, p]) => craftLink(json, { p })),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...VALID), mutationArb, fc.constantFrom('1', '1', '2', '99', '0'))
      .map(([link, [pick, how, junk, key], v]) => {
        const p = /(?:^|&)p=([^&]*)/.exec(link)?.[1] ?? 'april-2026-escalation';
        return craftLink(mutateJson(payloadOf(link), pick, how, junk, key), { v, p });
      }),
  },
);

describe('decodeLink fuzz', () => {
  it(`decodes ${CASES.toLocaleString('en-US')} random and mutated links to a scenario or a typed error, never a throw`, () => {
    const outcomes: Record<string, number> = {};
    let slowest = 0;
    const start = performance.now();
    fc.assert(
      fc.property(linkArb, (link) => {
        const t0 = performance.now();
        let result: ReturnType<typeof decodeLink> | undefined;
        expect(() => {
          result = decodeLink(link);
        }).not.toThrow();
        const ms = performance.now() - t0;
        slowest = Math.max(slowest, ms);
        expect(ms).toBeLessThan(1000);
        if (!result) throw new Error('no result');
        if (result.ok) {
          expect(parseScenario(result.scenario).ok).toBe(true);
          for (const n of result.notices) {
            expect(typeof n.path).toBe('string');
            expect(n.message.length).toBeGreaterThan(0);
          }
          const key = result.notices.length ? 'scenario with notices' : 'scenario';
          outcomes[key] = (outcomes[key] ?? 0) + 1;
        } else {
          expect(KINDS).toContain(result.error.kind);
          expect(result.error.message.length).toBeGreaterThan(0);
          outcomes[result.error.kind] = (outcomes[result.error.kind] ?? 0) + 1;
        }
      }),
      { numRuns: CASES },
    );
    const total = performance.now() - start;
    console.log(
      `link fuzz: ${CASES} cases in ${(total / 1000).toFixed(1)} s (mean ${(total / CASES).toFixed(2)} ms, slowest ${slowest.toFixed(1)} ms)`,
      outcomes,
    );
    expect(Object.values(outcomes).reduce((a, b) => a + b, 0)).toBe(CASES);
  });
});
