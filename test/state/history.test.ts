/**
 * The pure undo/redo history: steps, limit, coalescing, and what clears the redo list.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COALESCE_MS, emptyHistory, type History, recordEdit, redo, undo } from '../../src/state/history';

/** Apply edits to a number, recording each; returns the value and the history. */
function run(edits: { value: number; key?: string; at: number }[], limit?: number) {
  let value = 0;
  let history: History<number> = emptyHistory();
  for (const e of edits) {
    history = recordEdit(history, value, { key: e.key, at: e.at }, limit);
    value = e.value;
  }
  return { value, history };
}

describe('history', () => {
  it('undoes and redoes edits in order', () => {
    const { value, history } = run([
      { value: 1, at: 0 },
      { value: 2, at: 1000 },
    ]);
    const back = undo(history, value)!;
    expect(back.value).toBe(1);
    const back2 = undo(back.history, back.value)!;
    expect(back2.value).toBe(0);
    expect(undo(back2.history, back2.value)).toBeNull();
    const fwd = redo(back2.history, back2.value)!;
    expect(fwd.value).toBe(1);
    expect(redo(fwd.history, fwd.value)!.value).toBe(2);
  });

  it('clears the redo list on a new edit', () => {
    const { value, history } = run([{ value: 1, at: 0 }]);
    const back = undo(history, value)!;
    const edited = recordEdit(back.history, back.value, { at: 10 });
    expect(edited.future).toEqual([]);
    expect(redo(edited, 5)).toBeNull();
  });

  it('keeps at least 100 steps and drops the oldest past the limit', () => {
    const edits = Array.from({ length: 250 }, (_, i) => ({ value: i + 1, at: i * 1000 }));
    const { history } = run(edits);
    expect(history.past.length).toBe(200);
    expect(history.past[0]).toBe(50);
    expect(run(edits, 120).history.past.length).toBe(120);
  });

  it('merges quick edits of the same key (a slider drag) into one step', () => {
    const drag = Array.from({ length: 30 }, (_, i) => ({ value: i + 1, key: 'param:a:x', at: i * 16 }));
    const { value, history } = run(drag);
    expect(history.past).toEqual([0]);
    expect(undo(history, value)!.value).toBe(0);
  });

  it('does not merge different keys, unkeyed edits or edits after a pause', () => {
    expect(
      run([
        { value: 1, key: 'a', at: 0 },
        { value: 2, key: 'b', at: 10 },
      ]).history.past,
    ).toEqual([0, 1]);
    expect(
      run([
        { value: 1, at: 0 },
        { value: 2, at: 10 },
      ]).history.past,
    ).toEqual([0, 1]);
    expect(
      run([
        { value: 1, key: 'a', at: 0 },
        { value: 2, key: 'a', at: COALESCE_MS + 1 },
      ]).history.past,
    ).toEqual([0, 1]);
  });

  it('measures the gap from when the previous edit took effect, so a slow redraw does not split a drag', () => {
    let h = emptyHistory<number>();
    h = recordEdit(h, 0, { key: 'a', at: 0 });
    // The redraw took 3 s; the next move came 50 ms after it.
    h = recordEdit(h, 1, { key: 'a', at: 3050, settledAt: 3000 });
    expect(h.past).toEqual([0]);
    h = recordEdit(h, 2, { key: 'a', at: 9000, settledAt: 4000 });
    expect(h.past).toEqual([0, 2]);
  });

  it('never merges an edit into a step it follows after undo', () => {
    const { value, history } = run([
      { value: 1, key: 'a', at: 0 },
      { value: 2, key: 'b', at: 1000 },
    ]);
    const back = undo(history, value)!;
    const again = recordEdit(back.history, back.value, { key: 'a', at: 1010 });
    expect(again.past).toEqual([0, 1]);
  });

  it('undo then redo of any sequence returns to the same value (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ value: fc.integer(), key: fc.option(fc.constantFrom('a', 'b')), gap: fc.nat(800) }),
          {
            maxLength: 60,
          },
        ),
        (steps) => {
          let at = 0;
          const edits = steps.map((s) => {
            at += s.gap;
            return { value: s.value, at, ...(s.key ? { key: s.key } : {}) };
          });
          const { value, history } = run(edits);
          let cur = { value, history };
          for (let i = 0; i < history.past.length; i++) cur = undo(cur.history, cur.value)!;
          expect(cur.value).toBe(0);
          for (let i = 0; i < history.past.length; i++) cur = redo(cur.history, cur.value)!;
          expect(cur.value).toBe(value);
        },
      ),
    );
  });
});
