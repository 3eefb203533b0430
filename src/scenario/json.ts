/**
 * Small, total helpers for untrusted JSON: own-property access that cannot reach the prototype, canonical
 * serialisation (sorted keys, no whitespace) and a stable checksum. Links, files and storage all build on them.
 */

/** A JSON object as read from untrusted text. */
export type JsonObject = Record<string, unknown>;

/** The deepest nesting `canonicalJson` accepts; scenarios nest at most five levels, so this only stops junk. */
const MAX_DEPTH = 64;

/**
 * Say whether JSON text nests deeper than `limit` levels of brackets (outside strings). Linear and stops early:
 * readers of untrusted text refuse such text before `JSON.parse`, which takes seconds on a megabyte of brackets,
 * and before anything downstream (canonical writing, checks) meets a value nested past `MAX_DEPTH`.
 */
export function nestsDeeperThan(text: string, limit: number = MAX_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** Say whether a value is a plain JSON object (not null, not an array). */
export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Read an own property only: `own(x, '__proto__')` is the data, never `Object.prototype`. */
export function own(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Write an own property, even for keys like `__proto__`, so untrusted keys cannot reach a prototype. */
export function setOwn(object: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Return a plain-JSON copy of a value: `undefined` fields dropped, like a save to a file and back. */
export function toJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function write(value: unknown, depth: number): string {
  if (depth > MAX_DEPTH) throw new RangeError('nested too deeply');
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? 'null' : write(item, depth + 1))).join(',')}]`;
  if (isPlainObject(value)) {
    // Default sort compares UTF-16 code units: the same order in every engine, forever.
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${write(value[k], depth + 1)}`).join(',')}}`;
  }
  throw new TypeError(`cannot write ${typeof value} as JSON`);
}

/**
 * Serialise a JSON value canonically: object keys sorted, no whitespace, `undefined` fields dropped, numbers as
 * `JSON.stringify` writes them. Equal values give equal text whatever the key order of the input. Throws a
 * `RangeError` past 64 levels of nesting (callers reading untrusted data catch it).
 */
export function canonicalJson(value: unknown): string {
  return write(value, 0);
}

const UTF8 = new TextEncoder();

/**
 * Return the 32-bit FNV-1a hash of a string's UTF-8 bytes as 8 lowercase hex digits. Links carry it as a check
 * code; the algorithm is part of the link format and must never change.
 */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of UTF8.encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Say whether two JSON values are equal (by canonical text); `undefined` equals only itself. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return a === b;
  return canonicalJson(a) === canonicalJson(b);
}
