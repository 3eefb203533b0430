/**
 * The run scheduler: one run in flight, the latest inputs next (older waiting ones never run), stale results
 * dropped, errors reported and never thrown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScheduler, type SchedulerHooks } from '../../src/state/scheduler';

/** A scheduler whose runs are recorded; the test settles them by hand. */
function harness(overrides: Partial<SchedulerHooks<number, string>> = {}) {
  const started: { inputs: number; id: number }[] = [];
  const delivered: { output: string; inputs: number; id: number }[] = [];
  const failed: { error: unknown; inputs: number; id: number }[] = [];
  const scheduler = createScheduler<number, string>({
    start: (inputs, id) => started.push({ inputs, id }),
    deliver: (output, inputs, id) => delivered.push({ output, inputs, id }),
    fail: (error, inputs, id) => failed.push({ error, inputs, id }),
    ...overrides,
  });
  const finish = (id: number) => scheduler.settle(id, { ok: true, value: `result of run ${id}` });
  return { scheduler, started, delivered, failed, finish };
}

describe('scheduler', () => {
  it('starts a run at once when nothing is in flight', () => {
    const { scheduler, started } = harness();
    scheduler.submit(1);
    expect(started).toEqual([{ inputs: 1, id: 1 }]);
    expect(scheduler.status()).toEqual({ inFlight: 1, waiting: false, started: 1 });
  });

  it('coalesces inputs that arrive during a run: only the latest runs next', () => {
    const { scheduler, started, delivered, finish } = harness();
    scheduler.submit(1);
    for (const v of [2, 3, 4, 5]) scheduler.submit(v);
    expect(started.map((s) => s.inputs)).toEqual([1]);
    expect(scheduler.status().waiting).toBe(true);
    expect(finish(1)).toBe('delivered');
    expect(started.map((s) => s.inputs)).toEqual([1, 5]);
    expect(finish(2)).toBe('delivered');
    expect(delivered.map((d) => [d.inputs, d.id])).toEqual([
      [1, 1],
      [5, 2],
    ]);
    expect(scheduler.status()).toEqual({ inFlight: null, waiting: false, started: 2 });
  });

  it('starts the next run before delivering the result of the one that ended', () => {
    const order: string[] = [];
    const scheduler = createScheduler<number, string>({
      start: (inputs) => order.push(`start ${inputs}`),
      deliver: (_, inputs) => order.push(`deliver ${inputs}`),
      fail: () => {},
    });
    scheduler.submit(1);
    scheduler.submit(2);
    scheduler.settle(1, { ok: true, value: 'a' });
    expect(order).toEqual(['start 1', 'start 2', 'deliver 1']);
  });

  it('needs no run for the inputs in flight or just computed', () => {
    const { scheduler, started, finish } = harness();
    scheduler.submit(1);
    scheduler.submit(2);
    scheduler.submit(1); // back where the run in flight is: nothing waits
    expect(scheduler.status().waiting).toBe(false);
    finish(1);
    scheduler.submit(1);
    expect(started.map((s) => s.inputs)).toEqual([1]);
  });

  it('uses the given equality', () => {
    const { scheduler, started, finish } = harness({ same: (a, b) => Math.round(a) === Math.round(b) });
    scheduler.submit(1);
    finish(1);
    scheduler.submit(1.2);
    expect(started).toHaveLength(1);
  });

  it('drops stale results: unknown runs, duplicates and runs abandoned by reset', () => {
    const { scheduler, delivered, started, finish } = harness();
    expect(finish(7)).toBe('stale');
    scheduler.submit(1);
    expect(finish(1)).toBe('delivered');
    expect(finish(1)).toBe('stale');
    scheduler.submit(2);
    scheduler.reset();
    scheduler.submit(3); // a new run starts at once; the abandoned one's result must not show
    expect(started.map((s) => [s.inputs, s.id])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(finish(2)).toBe('stale');
    expect(finish(3)).toBe('delivered');
    expect(delivered.map((d) => d.inputs)).toEqual([1, 3]);
  });

  it('runs the same inputs again after a reset (the data behind them may have changed)', () => {
    const { scheduler, started, finish } = harness();
    scheduler.submit(1);
    finish(1);
    scheduler.reset();
    scheduler.submit(1);
    expect(started).toHaveLength(2);
  });

  it('reports a run that fails and goes on with the latest inputs', () => {
    const { scheduler, started, failed, delivered } = harness();
    scheduler.submit(1);
    scheduler.submit(2);
    expect(scheduler.settle(1, { ok: false, error: new Error('boom') })).toBe('failed');
    expect(failed.map((f) => [(f.error as Error).message, f.inputs])).toEqual([['boom', 1]]);
    expect(started.map((s) => s.inputs)).toEqual([1, 2]);
    expect(scheduler.settle(2, { ok: true, value: 'ok' })).toBe('delivered');
    expect(delivered.map((d) => d.inputs)).toEqual([2]);
    // A failed run is not "done": submitting its inputs again runs them again.
    scheduler.submit(1);
    expect(started.map((s) => s.inputs)).toEqual([1, 2, 1]);
  });

  it('reports a start that throws instead of throwing, and frees the slot', () => {
    let throwOn = 1;
    const { scheduler, failed, started, finish } = harness({
      start: (inputs, id) => {
        if (inputs === throwOn) throw new Error('cannot post');
        started.push({ inputs, id });
      },
    });
    expect(() => scheduler.submit(1)).not.toThrow();
    expect(failed.map((f) => f.inputs)).toEqual([1]);
    expect(scheduler.status().inFlight).toBeNull();
    throwOn = 3;
    scheduler.submit(2);
    scheduler.submit(3);
    expect(() => finish(2)).not.toThrow();
    // Run 3's start threw; nothing is left in flight.
    expect(failed.map((f) => f.inputs)).toEqual([1, 3]);
    expect(scheduler.status().inFlight).toBeNull();
  });

  it('reports a delivery that throws instead of throwing', () => {
    const { scheduler, failed } = harness({
      deliver: () => {
        throw new Error('render failed');
      },
    });
    scheduler.submit(1);
    expect(scheduler.settle(1, { ok: true, value: 'x' })).toBe('failed');
    expect((failed[0]!.error as Error).message).toBe('render failed');
  });

  it('survives a failure handler that throws', () => {
    const scheduler = createScheduler<number, string>({
      start: () => {
        throw new Error('a');
      },
      deliver: () => {},
      fail: () => {
        throw new Error('b');
      },
    });
    expect(() => scheduler.submit(1)).not.toThrow();
  });

  it('never has more than one run in flight, and always ends on the last inputs (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: 0, max: 5 }).map((v) => ({ submit: v })),
            fc.constant('settle' as const),
          ),
          {
            maxLength: 60,
          },
        ),
        (steps) => {
          const { scheduler, delivered, finish } = harness();
          let inFlight = 0;
          let last: number | undefined;
          for (const step of steps) {
            if (step === 'settle') {
              const id = scheduler.status().inFlight;
              if (id !== null) finish(id);
            } else {
              scheduler.submit(step.submit);
              last = step.submit;
            }
            inFlight = scheduler.status().inFlight === null ? 0 : 1;
            expect(inFlight).toBeLessThanOrEqual(1);
          }
          // Drain: the last delivered result is of the last inputs submitted.
          for (let id = scheduler.status().inFlight; id !== null; id = scheduler.status().inFlight)
            finish(id);
          if (last !== undefined) expect(delivered.at(-1)?.inputs).toBe(last);
          // Run numbers only grow.
          expect(delivered.map((d) => d.id)).toEqual([...delivered.map((d) => d.id)].sort((a, b) => a - b));
        },
      ),
    );
  });
});
