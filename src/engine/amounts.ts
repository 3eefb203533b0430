/**
 * Per-deal amounts (policy.ts, `AmountChannel`): the arrays a measure writes, their per-quarter sums, and the
 * combined view's sums. A measure's sums count every deal it writes an amount for; the combined view's leave out
 * deals the combined outcome stops (a stopped deal makes no gain, so bears no tax on it).
 */
import type { DatasetIndex } from './dataset/index-dataset';
import { CAPTURED_MIN_CODE, STOPPED_MIN_CODE } from './outcomes';
import type { AmountChannel, Amounts } from './policy';

/** Fresh zeroed arrays, one per channel. */
export function newAmounts(channels: readonly AmountChannel[], count: number): Record<string, Float64Array> {
  return Object.fromEntries(channels.map((c) => [c.key, new Float64Array(count)]));
}

/** Sum per-transaction values per horizon quarter (quarters `first` … `first + n − 1`), where `keep` allows. */
function sumByQuarter(
  index: DatasetIndex,
  values: Float64Array,
  first: number,
  n: number,
  keep?: (t: number) => boolean,
): number[] {
  const sums = new Array<number>(n).fill(0);
  const { ordinal, count } = index.tx;
  for (let t = 0; t < count; t++) {
    const v = values[t]!;
    if (v === 0 || Number.isNaN(v)) continue;
    const q = ordinal[t]! - first;
    if (q < 0 || q >= n || (keep && !keep(t))) continue;
    sums[q]! += v;
  }
  return sums;
}

/** Per-quarter sums of one measure's amounts, by channel. */
export function amountSeries(
  index: DatasetIndex,
  amounts: Amounts,
  first: number,
  n: number,
): Record<string, number[]> {
  return Object.fromEntries(
    Object.entries(amounts).map(([key, values]) => [key, sumByQuarter(index, values, first, n)]),
  );
}

/** Per-quarter sums over every measure's amounts by channel, leaving out deals the combined outcome stops. */
export function combinedAmountSeries(
  index: DatasetIndex,
  amounts: readonly Amounts[],
  combined: () => Uint8Array,
  first: number,
  n: number,
): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  if (!amounts.some((a) => Object.keys(a).length > 0)) return out;
  const codes = combined();
  const keep = (t: number) => codes[t]! < STOPPED_MIN_CODE;
  for (const a of amounts) {
    for (const [key, values] of Object.entries(a)) {
      const sums = sumByQuarter(index, values, first, n, keep);
      const total = out[key];
      if (!total) out[key] = sums;
      else for (let q = 0; q < n; q++) total[q]! += sums[q]!;
    }
  }
  return out;
}

/**
 * Sum the amounts of the deals each exact set of measures (bit mask) captured, over every transaction, as the
 * overlap counts are; null when no measure reports amounts.
 */
export function overlapAmounts(
  outcomes: readonly Uint8Array[],
  amounts: readonly Amounts[],
): Map<number, Record<string, number>> | null {
  const channels = amounts.flatMap((a) => Object.entries(a));
  if (channels.length === 0) return null;
  const keys = [...new Set(channels.map(([key]) => key))];
  const byMask = new Map<number, Record<string, number>>();
  const count = outcomes[0]?.length ?? 0;
  for (let t = 0; t < count; t++) {
    let mask = 0;
    for (let i = 0; i < outcomes.length; i++) if (outcomes[i]![t]! >= CAPTURED_MIN_CODE) mask |= 1 << i;
    if (mask === 0) continue;
    for (const [key, values] of channels) {
      const v = values[t]!;
      if (v === 0 || Number.isNaN(v)) continue;
      let sums = byMask.get(mask);
      if (!sums) {
        sums = Object.fromEntries(keys.map((k) => [k, 0]));
        byMask.set(mask, sums);
      }
      sums[key]! += v;
    }
  }
  return byMask;
}
