/**
 * Shared by the fuzz tests: time each case, check that a failure is a clear list of problems and that the store
 * keeps the dataset in use, and summarise the timings per entry point.
 */
import { expect } from 'vitest';
import type { Dataset, Issue, Result } from '../../src/engine';
import { parseDataset } from '../../src/engine';
import { datasetStore, reportDatasetProblems, setDataset } from '../../src/state/dataset-store';
import { SMALL_DATASET } from '../fixtures/small';

/** The per-case time budget (ms): every case must finish well inside it. */
export const CASE_BUDGET_MS = 1000;

/** Timings of one entry point's cases. */
export class Timings {
  readonly ms: number[] = [];
  ok = 0;
  failed = 0;

  constructor(readonly entry: string) {}

  /** What the slowest case was (for the report, and to chase a slow case). */
  slowest = '';

  private record(ms: number, what: () => string): void {
    if (ms > Math.max(0, ...this.ms)) this.slowest = what();
    this.ms.push(ms);
  }

  /** Cases whose first run took over half the budget and were timed again. */
  retimed = 0;

  /**
   * Run one case, timing it; `what` describes the input, kept if it is the slowest so far. A case over half the
   * budget is run twice more and timed by its best run: a slow input is slow every time, while a garbage
   * collection or another process on a busy 2-core machine is not (the entry points are pure, so re-running is safe).
   */
  time<T>(run: () => T, what: () => string = () => ''): T {
    let start = performance.now();
    const out = run();
    let best = performance.now() - start;
    for (let i = 0; i < 2 && best > CASE_BUDGET_MS / 2; i++) {
      if (i === 0) this.retimed++;
      start = performance.now();
      run();
      best = Math.min(best, performance.now() - start);
    }
    this.record(best, what);
    return out;
  }

  /** Async variant. */
  async timeAsync<T>(run: () => Promise<T>, what: () => string = () => ''): Promise<T> {
    let start = performance.now();
    const out = await run();
    let best = performance.now() - start;
    for (let i = 0; i < 2 && best > CASE_BUDGET_MS / 2; i++) {
      if (i === 0) this.retimed++;
      start = performance.now();
      await run();
      best = Math.min(best, performance.now() - start);
    }
    this.record(best, what);
    return out;
  }

  /** Max, median and p99 in ms, and the case count. */
  summary() {
    const sorted = [...this.ms].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    return {
      cases: sorted.length,
      ok: this.ok,
      failed: this.failed,
      medianMs: at(0.5),
      p99Ms: at(0.99),
      maxMs: at(1),
    };
  }

  /** Print the summary (read by people; the report quotes it) and assert the budget. */
  report(): void {
    const s = this.summary();
    console.info(
      `[fuzz] ${this.entry}: ${s.cases} cases (${s.ok} valid, ${s.failed} refused), median ${s.medianMs.toFixed(2)} ms, p99 ${s.p99Ms.toFixed(2)} ms, max ${s.maxMs.toFixed(1)} ms (${this.slowest.slice(0, 200)}); ${this.retimed} retimed`,
    );
    expect(s.maxMs).toBeLessThan(CASE_BUDGET_MS);
  }
}

/** A prototype-pollution canary: no fuzz case may add a property to Object.prototype. */
export function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
}

/** Start from a known dataset in the store, as if the user had it open. */
export function resetStore(): Dataset {
  setDataset(SMALL_DATASET, { kind: 'built-in' });
  return datasetStore.getState().dataset!;
}

/**
 * Check one outcome: a valid dataset (it re-validates), or a non-empty list of specific problems — each a
 * non-empty message, located by `locates` — after which the store still holds the dataset in use.
 */
export function checkOutcome(
  result: Result<Dataset>,
  from: string,
  inUse: Dataset,
  locates: (issue: Issue) => boolean,
  timings: Timings,
): void {
  if (result.ok) {
    timings.ok++;
    expect(parseDataset(result.value).ok).toBe(true);
    return;
  }
  timings.failed++;
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(typeof issue.path).toBe('string');
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.message).not.toContain('[object Object]');
    if (!/^…and \d+ more problems$/.test(issue.message))
      expect(locates(issue), `${issue.path}: ${issue.message}`).toBe(true);
  }
  reportDatasetProblems(from, result.issues);
  expect(datasetStore.getState().dataset).toBe(inUse);
  expect(datasetStore.getState().status).toBe('ready');
}
