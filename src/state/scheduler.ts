/**
 * A run scheduler in the manner of SDEverywhere's ModelScheduler: at most one run in flight; inputs submitted
 * meanwhile wait, and only the latest of them runs next (older waiting inputs are replaced, never run). A fast
 * slider therefore costs one run per run-time, not one per input, and the last position is always run.
 *
 * Every run gets a number. A result is delivered only if it is the run in flight; anything else — a run
 * abandoned by `reset` (a new dataset, a restarted worker), a duplicate, an unknown number — is stale and dropped.
 * Failures (a start that throws, a run that reports an error, a delivery that throws) go to `fail`; nothing here
 * throws. Pure: no timers, workers or DOM; the caller starts runs and reports their outcomes.
 */

/** What became of a run. */
export type RunOutcome<O> =
  | { readonly ok: true; readonly value: O }
  | { readonly ok: false; readonly error: unknown };

export interface SchedulerHooks<I, O> {
  /** Start a run (for example, post it to a worker). If it throws, the run fails with that error. */
  start(inputs: I, runId: number): void;
  /** The result of the run in flight. */
  deliver(output: O, inputs: I, runId: number): void;
  /** A run failed: its start threw, it reported an error, or `deliver` threw. */
  fail(error: unknown, inputs: I, runId: number): void;
  /** Whether two inputs give the same result (default `Object.is`): an input equal to the run's needs no new run. */
  same?(a: I, b: I): boolean;
}

export interface SchedulerStatus {
  /** The number of the run in flight, or null. */
  readonly inFlight: number | null;
  /** Whether inputs are waiting for the run in flight to end. */
  readonly waiting: boolean;
  /** Runs started so far. */
  readonly started: number;
}

export interface Scheduler<I, O> {
  /** Ask for a run of `inputs`: now if nothing is in flight, else after the run in flight (latest inputs win). */
  submit(inputs: I): void;
  /** Report a run's outcome. Returns what happened to it; a stale outcome is dropped. */
  settle(runId: number, outcome: RunOutcome<O>): 'delivered' | 'failed' | 'stale';
  /** Forget the run in flight and the waiting inputs: the abandoned run's outcome will be stale. */
  reset(): void;
  status(): SchedulerStatus;
}

/** Create a scheduler. */
export function createScheduler<I, O>(hooks: SchedulerHooks<I, O>): Scheduler<I, O> {
  const same = hooks.same ?? Object.is;
  let runs = 0;
  let inFlight: { readonly id: number; readonly inputs: I } | null = null;
  let waiting: { readonly inputs: I } | null = null;
  // The inputs of the last run that ended well (no need to run them again).
  let done: { readonly inputs: I } | null = null;

  const report = (error: unknown, inputs: I, id: number) => {
    try {
      hooks.fail(error, inputs, id);
    } catch {
      // A failing failure handler has nowhere left to report to.
    }
  };

  const start = (inputs: I) => {
    const id = ++runs;
    inFlight = { id, inputs };
    try {
      hooks.start(inputs, id);
    } catch (error) {
      inFlight = null;
      report(error, inputs, id);
      next();
    }
  };

  const next = () => {
    if (inFlight || !waiting) return;
    const { inputs } = waiting;
    waiting = null;
    start(inputs);
  };

  return {
    submit(inputs) {
      if (inFlight) {
        // The run in flight already computes these inputs: nothing needs to wait for it.
        waiting = same(inputs, inFlight.inputs) ? null : { inputs };
        return;
      }
      if (done && same(inputs, done.inputs)) return;
      start(inputs);
    },
    settle(runId, outcome) {
      if (!inFlight || inFlight.id !== runId) return 'stale';
      const { inputs } = inFlight;
      inFlight = null;
      done = outcome.ok ? { inputs } : null;
      // Start the next run before handing this result over, so the worker is never idle while the page draws.
      next();
      if (!outcome.ok) {
        report(outcome.error, inputs, runId);
        return 'failed';
      }
      try {
        hooks.deliver(outcome.value, inputs, runId);
        return 'delivered';
      } catch (error) {
        report(error, inputs, runId);
        return 'failed';
      }
    },
    reset() {
      inFlight = null;
      waiting = null;
      done = null;
    },
    status: () => ({ inFlight: inFlight?.id ?? null, waiting: waiting !== null, started: runs }),
  };
}
