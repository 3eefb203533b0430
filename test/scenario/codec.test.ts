import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../src/scenario/base64url';
import { deflateText, inflateText } from '../../src/scenario/compress';
import { canonicalJson, checksum, jsonEqual, own, setOwn } from '../../src/scenario/json';
import { prettyJson } from '../../src/scenario/pretty-json';

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: undefined }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"z":1}]},"b":1}',
    );
  });
  it('gives the same text whatever the key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(object));
        expect(JSON.parse(canonicalJson(object))).toEqual(JSON.parse(JSON.stringify(object)));
      }),
    );
  });
  it('writes non-finite numbers as null, as JSON does', () => {
    expect(canonicalJson([Number.NaN, Number.POSITIVE_INFINITY, 1e25])).toBe('[null,null,1e+25]');
  });
  it('refuses junk nested past 64 levels with a RangeError', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(() => canonicalJson(deep)).toThrow(RangeError);
  });
  it('compares undefined only with itself', () => {
    expect(jsonEqual(undefined, undefined)).toBe(true);
    expect(jsonEqual(undefined, null)).toBe(false);
    expect(jsonEqual({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
  });
});

describe('own and setOwn', () => {
  it('never reach the prototype', () => {
    const object: Record<string, unknown> = {};
    expect(own(object, '__proto__')).toBeUndefined();
    expect(own(object, 'constructor')).toBeUndefined();
    setOwn(object, '__proto__', { polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(own(object, '__proto__')).toEqual({ polluted: true });
  });
});

describe('checksum', () => {
  it('is FNV-1a 32 over UTF-8, as 8 hex digits (frozen: links carry it)', () => {
    expect(checksum('')).toBe('811c9dc5');
    expect(checksum('a')).toBe('e40c292c');
    expect(checksum('foobar')).toBe('bf9cf968');
    expect(checksum('é')).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('base64url', () => {
  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });
  it('matches the RFC 4648 test vectors (no padding)', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(toBase64Url(bytes('foobar'))).toBe('Zm9vYmFy');
    expect(toBase64Url(bytes('fooba'))).toBe('Zm9vYmE');
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
  });
  it('refuses characters outside the alphabet and impossible lengths', () => {
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('ab c')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
    expect(fromBase64Url('Zm9vYg==')).toEqual(new TextEncoder().encode('foob'));
  });
});

describe('deflateText and inflateText', () => {
  it('round-trip text and are deterministic', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const packed = deflateText(text);
        expect(deflateText(text)).toEqual(packed);
        expect(inflateText(packed, 1e6)).toEqual({ ok: true, text });
      }),
    );
  });
  it('stops a zip bomb at the cap, quickly', () => {
    const bomb = deflateSync(new Uint8Array(20_000_000), { level: 9 });
    const start = performance.now();
    expect(inflateText(bomb, 512 * 1024)).toEqual({ ok: false, reason: 'too-large' });
    expect(performance.now() - start).toBeLessThan(1000);
  });
  it('reports truncated, garbled and non-UTF-8 data as corrupt', () => {
    const packed = deflateText('{"title":"A scenario long enough to be compressed in more than one step"}');
    expect(inflateText(packed.subarray(0, packed.length - 3), 1e6)).toEqual({ ok: false, reason: 'corrupt' });
    expect(inflateText(new Uint8Array([0xff, 0xff, 0xff]), 1e6)).toEqual({ ok: false, reason: 'corrupt' });
    expect(inflateText(new Uint8Array(), 1e6)).toEqual({ ok: false, reason: 'corrupt' });
    expect(inflateText(deflateSync(new Uint8Array([0xc3, 0x28])), 1e6)).toEqual({
      ok: false,
      reason: 'corrupt',
    });
  });
});

describe('prettyJson', () => {
  it('lays out JSON as the formatter does: short lists inline, long lists one per line, no e+', () => {
    const long = Array.from({ length: 40 }, (_, i) => `C${i}`);
    expect(prettyJson({ a: { list: ['US', 'CN'], n: 1e25, e: [], o: {}, long } })).toBe(
      `{\n  "a": {\n    "list": ["US", "CN"],\n    "n": 1e25,\n    "e": [],\n    "o": {},\n    "long": [\n${long
        .map((c) => `      "${c}"`)
        .join(',\n')}\n    ]\n  }\n}\n`,
    );
  });
});
