/** Binary search: the one place the engine writes it. */

/**
 * Return the first index in [0, length) at which `before(i)` is false, where `before` is true on a prefix of the
 * range and false after it (the length if it is true everywhere).
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Return the first index whose value is not less than `value` (the length if none). `sorted` is ascending. */
export function lowerBound(sorted: Int32Array, value: number): number {
  return partitionPoint(sorted.length, (i) => sorted[i]! < value);
}

/** Return the first index whose value is greater than `value`: how many values are at most it. `sorted` is ascending. */
export function upperBound(sorted: Int32Array, value: number): number {
  return partitionPoint(sorted.length, (i) => sorted[i]! <= value);
}
