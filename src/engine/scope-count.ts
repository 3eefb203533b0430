/**
 * Companies in scope at each quarter's end, per measure and in the combined view. A measure's part is kept as
 * each company's horizon quarters in scope ([a, b) pairs), so the combined view (a company in scope of two
 * measures counts once) can be counted again from the parts when only one measure changed.
 */
import type { PreparedMeasure } from './run';
import { borrow, giveBack } from './scratch';
import { lowerBound } from './search';

/** Return the horizon quarter (0 … n) from which a status that starts on `day` is seen at quarter ends. */
function quarterFrom(ends: Int32Array, day: number): number {
  return lowerBound(ends, day);
}

/** Push the horizon quarters [a, b) at whose ends a company is in scope of a measure, as pairs, into `out`. */
function scopeSegments(
  measure: PreparedMeasure,
  c: number,
  ends: Int32Array,
  out: Segments,
  minStatus: number,
): void {
  const scope = measure.prepared.scope;
  const n = ends.length;
  if (scope) {
    const end = scope.start[c + 1]!;
    for (let k = scope.start[c]!; k < end; k++) {
      if (scope.status[k]! < minStatus) continue;
      const a = quarterFrom(ends, scope.day[k]!);
      const b = k + 1 < end ? quarterFrom(ends, scope.day[k + 1]!) : n;
      if (a < b) out.push(a, b);
    }
    return;
  }
  // No timeline: ask the rule at every quarter's end (it cannot say which tier, so none counts as stopped).
  if (minStatus > 1) return;
  let from = -1;
  for (let q = 0; q <= n; q++) {
    const inScope = q < n && measure.prepared.inScope(c, ends[q]!);
    if (inScope && from < 0) from = q;
    else if (!inScope && from >= 0) {
      out.push(from, q);
      from = -1;
    }
  }
}

/** Segments [a, b) of horizon quarters as flat pairs, in reusable storage. */
class Segments {
  readonly pairs: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.pairs = new Int32Array(2 * capacity);
  }

  push(a: number, b: number): void {
    this.pairs[this.size++] = a;
    this.pairs[this.size++] = b;
  }
}

/**
 * Add the union of segments (flat [a, b) pairs, any order) to a difference array: a company in scope of two
 * measures counts once in the combined view. Sorts the pairs by start in place (insertion sort: a handful).
 */
function addUnion(segments: Segments, diff: Int32Array): void {
  const pairs = segments.pairs;
  const length = segments.size;
  for (let i = 2; i < length; i += 2) {
    const a = pairs[i]!;
    const b = pairs[i + 1]!;
    let j = i - 2;
    while (j >= 0 && pairs[j]! > a) {
      pairs[j + 2] = pairs[j]!;
      pairs[j + 3] = pairs[j + 1]!;
      j -= 2;
    }
    pairs[j + 2] = a;
    pairs[j + 3] = b;
  }
  let from = pairs[0]!;
  let to = pairs[1]!;
  for (let k = 2; k < length; k += 2) {
    if (pairs[k]! <= to) {
      to = Math.max(to, pairs[k + 1]!);
      continue;
    }
    diff[from]!++;
    diff[to]!--;
    from = pairs[k]!;
    to = pairs[k + 1]!;
  }
  diff[from]!++;
  diff[to]!--;
}

/** Each company's horizon quarters in scope of one measure: company c's [a, b) pairs are `pairs[start[c] … start[c+1])`. */
export interface ScopeQuarters {
  readonly start: Int32Array;
  readonly pairs: Int32Array;
}

/** Write running totals of a difference array into `out`. */
function total(diff: Int32Array, out: number[]): void {
  let running = 0;
  for (let q = 0; q < out.length; q++) {
    running += diff[q]!;
    out[q] = running;
  }
}

/**
 * Find the quarters at whose ends each company is in scope of a measure with a status of at least `minStatus`
 * (1: in scope; the stopped code: in the stopped tier), write the count per quarter into `out`, and return the
 * quarters per company. `ends` holds the last day of each horizon quarter.
 */
export function scopeQuarters(
  measure: PreparedMeasure,
  companies: number,
  ends: Int32Array,
  minStatus: number,
  out: number[],
): ScopeQuarters {
  const n = ends.length;
  const diff = new Int32Array(n + 1);
  const start = new Int32Array(companies + 1);
  let pairs = new Int32Array(borrow('scope.pairs', 4 * 1024));
  let size = 0;
  // A company's segments under one measure are disjoint, so at most one per quarter.
  const segments = new Segments(n + 1);
  for (let c = 0; c < companies; c++) {
    start[c] = size;
    segments.size = 0;
    scopeSegments(measure, c, ends, segments, minStatus);
    if (segments.size === 0) continue;
    if (size + segments.size > pairs.length) {
      const grown = new Int32Array(Math.max(2 * pairs.length, size + segments.size));
      grown.set(pairs);
      pairs = grown;
    }
    for (let k = 0; k < segments.size; k += 2) {
      const a = segments.pairs[k]!;
      const b = segments.pairs[k + 1]!;
      diff[a]!++;
      diff[b]!--;
      pairs[size++] = a;
      pairs[size++] = b;
    }
  }
  start[companies] = size;
  total(diff, out);
  const kept = pairs.slice(0, size);
  giveBack('scope.pairs', pairs.buffer as ArrayBuffer);
  return { start, pairs: kept };
}

/** Count companies in scope of any of the measures at each quarter's end (each company once) into `out`. */
export function countUnion(parts: readonly ScopeQuarters[], companies: number, out: number[]): void {
  const n = out.length;
  const union = new Int32Array(n + 1);
  const all = new Segments(parts.length * (n + 1));
  for (let c = 0; c < companies; c++) {
    all.size = 0;
    for (const { start, pairs } of parts) {
      const end = start[c + 1]!;
      for (let k = start[c]!; k < end; k += 2) all.push(pairs[k]!, pairs[k + 1]!);
    }
    if (all.size > 0) addUnion(all, union);
  }
  total(union, out);
}

/** A company's standing at a quarter's end: out of scope, in scope (reported at most), or its deals would be stopped. */
export const STANDING = { out: 0, inScope: 1, stopped: 2 } as const;

/** Return whether horizon quarter `q` lies in one of company c's [a, b) pairs. */
function covers(scope: ScopeQuarters, c: number, q: number): boolean {
  const end = scope.start[c + 1]!;
  for (let k = scope.start[c]!; k < end; k += 2)
    if (scope.pairs[k]! <= q && q < scope.pairs[k + 1]!) return true;
  return false;
}

/**
 * Each company's standing (STANDING) at the end of horizon quarter `q`, from the quarters it is in scope and in
 * the stopped tier: the per-company counterpart of `companiesInScope` and `companiesInScopeStopped` at `q`.
 */
export function standingAt(
  scope: readonly [ScopeQuarters, ScopeQuarters],
  companies: number,
  q: number,
): Uint8Array {
  const out = new Uint8Array(companies);
  for (let c = 0; c < companies; c++) {
    if (covers(scope[1], c, q)) out[c] = STANDING.stopped;
    else if (covers(scope[0], c, q)) out[c] = STANDING.inScope;
  }
  return out;
}
