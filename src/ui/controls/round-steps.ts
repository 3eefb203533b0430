/**
 * The round values a log-scale slider steps through: 1, 2 and 5 × 10^n (1e24, 2e24, 5e24, 1e25, …), so the
 * keyboard reaches the lines people quote (1e23, 1e24, 1e25) in a few presses and a scenario keeps them exact.
 * Each value is built from its decimal text, so it is the same double as typing it (1e24, never
 * 1.0000000000000001e24).
 */

const MANTISSAS = [1, 2, 5] as const;

/** Every round value from `min` to `max` (both > 0), in increasing order. */
export function roundLadder(min: number, max: number): readonly number[] {
  if (!(min > 0) || !(max >= min) || !Number.isFinite(max)) return [];
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(min)) - 1; e <= Math.ceil(Math.log10(max)); e++)
    for (const m of MANTISSAS) {
      const v = Number(`${m}e${e}`);
      if (v >= min && v <= max) out.push(v);
    }
  return out;
}

/** The index of the rung nearest `value` on a log scale (the first rung for an empty or out-of-range value). */
export function nearestRung(ladder: readonly number[], value: number): number {
  let best = 0;
  let distance = Number.POSITIVE_INFINITY;
  const log = Math.log10(value);
  ladder.forEach((v, i) => {
    const d = Math.abs(Math.log10(v) - log);
    if (d < distance) {
      best = i;
      distance = d;
    }
  });
  return best;
}

/**
 * The value `steps` rungs above (positive) or below (negative) `value`: from a value between two rungs, the
 * first step lands on the next rung in that direction. Stops at the ladder's ends.
 */
export function stepRound(ladder: readonly number[], value: number, steps: number): number {
  if (ladder.length === 0 || steps === 0) return value;
  // A value a rounding error away from a rung (10 ** 23 is 1.0000000000000001e23) is on it.
  const exact = ladder.findIndex((v) => Math.abs(v - value) <= v * 1e-9);
  let i: number;
  if (exact >= 0) i = exact + steps;
  else if (steps > 0) {
    const above = ladder.findIndex((v) => v > value);
    i = (above < 0 ? ladder.length : above) + steps - 1;
  } else {
    const below = ladder.findLastIndex((v) => v < value);
    i = (below < 0 ? -1 : below) + steps + 1;
  }
  return ladder[Math.min(ladder.length - 1, Math.max(0, i))]!;
}
