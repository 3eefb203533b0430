/**
 * Undo and redo in the store: every scenario edit, preset load and scenario load is a step; a drag is one step.
 */
import { describe, expect, it } from 'vitest';
import { presetById } from '../../src/scenario/presets';
import { dealsMetricOf, sourcedOnlyOf } from '../../src/scenario/view';
import { createAppStore } from '../../src/state/store';

function clockedStore() {
  let t = 0;
  const store = createAppStore(undefined, { now: () => t });
  return { store, tick: (ms: number) => (t += ms) };
}

const prohibited = (s: ReturnType<typeof createAppStore>) =>
  s.getState().scenario.policies.find((p) => p.id === 'us-outbound')?.params.prohibitedComputeFlop;

describe('store history', () => {
  it('undoes and redoes a threshold edit', () => {
    const { store, tick } = clockedStore();
    store.getState().setParam('us-outbound', 'prohibitedComputeFlop', 1e24);
    tick(1000);
    store.getState().setEnabled('distillation', false);
    store.getState().undo();
    expect(store.getState().scenario.policies.find((p) => p.id === 'distillation')!.enabled).toBe(true);
    store.getState().undo();
    expect(prohibited(store)).toBe(1e25);
    store.getState().redo();
    expect(prohibited(store)).toBe(1e24);
  });

  it('makes a slider drag one step', () => {
    const { store, tick } = clockedStore();
    for (let i = 0; i < 40; i++) {
      store.getState().setParam('us-outbound', 'prohibitedComputeFlop', 10 ** (25 - i / 40));
      tick(16);
    }
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(prohibited(store)).toBe(1e25);
  });

  it('undoes a preset load and a scenario load, and keeps the view', () => {
    const { store } = clockedStore();
    const start = store.getState().scenario;
    store.getState().setView({ dealsBreakdown: 'kind' });
    store.getState().loadPreset('no-measures');
    store.getState().loadScenario({ ...presetById('tougher-us-rule')!, title: 'Mine' });
    store.getState().undo();
    expect(store.getState().scenario.id).toBe('no-measures');
    store.getState().undo();
    expect(store.getState().scenario).toBe(start);
    expect(store.getState().view.dealsBreakdown).toBe('kind');
  });

  it('keeps at least 100 steps', () => {
    const { store, tick } = clockedStore();
    for (let i = 0; i < 150; i++) {
      store.getState().setEnabled('distillation', i % 2 !== 0);
      tick(10);
    }
    let steps = 0;
    while (store.getState().history.past.length) {
      store.getState().undo();
      steps++;
    }
    expect(steps).toBe(150);
  });

  it('records no step for an edit that changes nothing (a text box re-applying its value)', () => {
    const { store, tick } = clockedStore();
    store.getState().setParam('us-outbound', 'prohibitedComputeFlop', 1e24);
    tick(1000);
    store.getState().setParam('us-outbound', 'prohibitedComputeFlop', 1e24);
    store.getState().setParam('us-outbound', 'notifiableComputeFlop', 1e23);
    expect(store.getState().history.past).toHaveLength(1);
  });

  it('does nothing when there is nothing to undo or redo', () => {
    const { store } = clockedStore();
    const before = store.getState().scenario;
    store.getState().undo();
    store.getState().redo();
    expect(store.getState().scenario).toBe(before);
  });
});

describe("the scenario's view settings (scenario.view)", () => {
  it('are edits of the scenario: undoable, kept only when not the default', () => {
    const { store } = clockedStore();
    const start = store.getState().scenario;
    store.getState().setSourcedOnly(true);
    store.getState().setDealsMetric('usd');
    expect(store.getState().scenario.view).toEqual({ sourcedOnly: true, dealsMetric: 'usd' });
    store.getState().setSourcedOnly(false);
    expect(store.getState().scenario.view).toEqual({ dealsMetric: 'usd' });
    store.getState().setDealsMetric('count');
    expect(store.getState().scenario).not.toHaveProperty('view');
    for (let i = 0; i < 4; i++) store.getState().undo();
    expect(store.getState().scenario).toBe(start);
  });

  it('come with a loaded scenario (a link or file opens as it was shared) and keep unknown fields', () => {
    const { store } = clockedStore();
    const shared = { ...presetById('tougher-us-rule')!, view: { sourcedOnly: true, later: { x: 1 } } };
    store.getState().loadScenario(shared);
    expect(sourcedOnlyOf(store.getState().scenario)).toBe(true);
    expect(dealsMetricOf(store.getState().scenario)).toBe('count');
    store.getState().setDealsMetric('usd');
    expect(store.getState().scenario.view).toEqual({
      sourcedOnly: true,
      later: { x: 1 },
      dealsMetric: 'usd',
    });
  });
});
