/**
 * Timing: warm a function up (at least 5 calls and at least 250 ms: JIT, caches), then time each of `runs` calls
 * with `performance.now()` and report the median, 95th percentile (nearest rank) and minimum.
 */
import { performance } from 'node:perf_hooks';

/** One benchmark row; the `--json` output is an array of these (extra fields are documented in docs/PERFORMANCE.md). */
export interface Row {
  name: string;
  n: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  [extra: string]: number | string;
}

export interface TimeOptions {
  readonly runs?: number;
  readonly warmup?: number;
}

/** Return the nearest-rank percentile `p` (0–1) of sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(p * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

let sink: unknown;

/** Time `fn` (called with the run number) and return its row. */
export function time(name: string, n: number, fn: (run: number) => unknown, options: TimeOptions = {}): Row {
  const runs = Math.max(20, options.runs ?? 25);
  // Warm up for at least `warmup` calls and a quarter of a second, so fast rows reach optimised code too.
  const warmup = options.warmup ?? 5;
  const warmUntil = performance.now() + 250;
  let calls = 0;
  while (calls < warmup || performance.now() < warmUntil) sink = fn(calls++);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink = fn(calls + i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return {
    name,
    n,
    medianMs: percentile(samples, 0.5),
    p95Ms: percentile(samples, 0.95),
    minMs: samples[0]!,
  };
}

/** Keep the last result reachable so no call is optimised away. */
export function lastResult(): unknown {
  return sink;
}
