/**
 * The simulation controller (src/state/simulation-controller.ts): it follows the stores, coalesces edits into
 * runs (one in flight, the latest next), shows the precomputed first view only for its exact preset until the
 * live result, runs the compare baseline in its own lane, frees replaced results' arrays a frame after, and goes
 * on on the main thread when the worker fails.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { type FirstView, firstViewResult, loadFirstView } from '../../src/data/first-view';
import type { SimulationResult } from '../../src/engine';
import { presetById } from '../../src/scenario/presets';
import type { Baseline } from '../../src/state/compare-store';
import { type DatasetState, datasetStore } from '../../src/state/dataset-store';
import {
  type Controller,
  type ControllerStores,
  simulationStore,
  startSimulations,
} from '../../src/state/simulation-controller';
import { createAppStore } from '../../src/state/store';
import type { Ran, RunJob, Runner } from '../../src/worker/runner';

/** A runner whose runs the test settles by hand. */
function fakeRunner() {
  const calls: { lane: string; job: RunJob; resolve: (ran: Ran) => void; reject: (e: Error) => void }[] = [];
  const released: SimulationResult[] = [];
  let onFailure: (reason: string) => void = () => {};
  const runner: Runner = {
    where: 'worker',
    run: (lane, job) => new Promise<Ran>((resolve, reject) => calls.push({ lane, job, resolve, reject })),
    release: (result) => released.push(result),
    dispose: () => {},
  };
  const start = (failure: (reason: string) => void) => {
    onFailure = failure;
    return runner;
  };
  return { calls, released, start, fail: (reason: string) => onFailure(reason) };
}

/** A result standing for a run (only its identity matters to the controller). */
const resultOf = (tag: string) =>
  ({
    quarters: [],
    asOf: tag,
    historyQuarters: 0,
    measures: [],
    overlaps: [],
    combined: {},
    detail: { outcomes: [], combined: new Uint8Array(0), firstCaptured: [] },
  }) as unknown as SimulationResult;
const ran = (tag: string): Ran => ({
  result: resultOf(tag),
  view: {
    dataset: { name: tag, asOf: tag, chips: [], models: [], companies: [], chipUsers: {} },
    chipIds: [],
  },
  index: null,
  runMs: 1,
});

const settle = () => new Promise((r) => setTimeout(r, 0));

function stores(): ControllerStores {
  return {
    app: createAppStore(),
    dataset: createStore<DatasetState>(() => datasetStore.getState()),
    compare: createStore(() => ({ baseline: null as Baseline | null, difference: {} })),
  } as unknown as ControllerStores;
}

let controller: Controller | null = null;
afterEach(() => controller?.stop());

/** Frames run only when the test says so. */
function frames() {
  const queue: (() => void)[] = [];
  return {
    nextFrame: (f: () => void) => queue.push(f),
    run: () => {
      for (const f of queue.splice(0)) f();
    },
  };
}

describe('simulation controller', () => {
  it('coalesces edits: one run in flight, then only the latest edits', async () => {
    const fake = fakeRunner();
    const s = stores();
    controller = startSimulations(s, {
      startRunner: fake.start,
      firstView: null,
      nextFrame: frames().nextFrame,
    });
    const working = () => fake.calls.filter((c) => c.lane === 'working');
    expect(working()).toHaveLength(1);
    for (const v of [2e24, 3e24, 4e24]) s.app.getState().setParam('us-outbound', 'prohibitedComputeFlop', v);
    await settle();
    expect(working()).toHaveLength(1); // the first run is still in flight
    working()[0]!.resolve(ran('first'));
    await settle();
    expect(working()).toHaveLength(2);
    const moved = working()[1]!.job.spec.policies.find((p) => p.id === 'us-outbound')!;
    expect(moved.params.prohibitedComputeFlop).toBe(4e24);
    // A change that does not touch the run (a view setting) starts none.
    s.app.getState().setView({ dealsBreakdown: 'kind' });
    await settle();
    working()[1]!.resolve(ran('second'));
    await settle();
    expect(working()).toHaveLength(2);
  });

  it('runs the preset an edited scenario started from, once, in the baseline lane, for its deltas', async () => {
    const fake = fakeRunner();
    const s = stores();
    const f = frames();
    controller = startSimulations(s, { startRunner: fake.start, firstView: null, nextFrame: f.nextFrame });
    const lane = (name: string) => fake.calls.filter((c) => c.lane === name);
    // Unedited: nothing to compare with.
    expect(lane('baseline')).toHaveLength(0);
    const preset = presetById(s.app.getState().scenario.basePreset!)!;
    for (const v of [2e24, 3e24, 4e24]) {
      s.app.getState().setParam('us-outbound', 'prohibitedComputeFlop', v);
      await settle();
    }
    expect(lane('baseline')).toHaveLength(1);
    const run = lane('baseline')[0]!;
    expect(run.job.spec.policies).toEqual(preset.policies);
    run.resolve(ran('preset'));
    await settle();
    f.run();
    const shown = simulationStore.getState().baseline!;
    expect(shown.request.tag).toMatchObject({ against: 'preset', key: `preset:${preset.id}` });
    // More edits never run the preset again; going back to it drops the lane.
    s.app.getState().setParam('us-outbound', 'prohibitedComputeFlop', 5e24);
    await settle();
    expect(lane('baseline')).toHaveLength(1);
    s.app.getState().loadPreset(preset.id);
    await settle();
    f.run();
    expect(simulationStore.getState().baseline).toBeNull();
  });

  it('shows the precomputed first view of an unchanged preset until the live result', async () => {
    const fake = fakeRunner();
    const view = await loadFirstView();
    controller = startSimulations(stores(), {
      startRunner: fake.start,
      firstView: async () => view,
      nextFrame: frames().nextFrame,
    });
    await settle();
    const shown = simulationStore.getState().working!;
    expect(shown.result).toBeNull();
    expect(shown.summary).toBe(firstViewResult(view, fake.calls[0]!.job));
    fake.calls[0]!.resolve(ran('live'));
    await settle();
    // The first view was published in this frame already: the live result waits for the next one.
    expect(simulationStore.getState().working!.result).toBeNull();
  });

  it('publishes the live result in place of the first view once a frame has passed', async () => {
    const fake = fakeRunner();
    const f = frames();
    const view = await loadFirstView();
    controller = startSimulations(stores(), {
      startRunner: fake.start,
      firstView: async () => view,
      nextFrame: f.nextFrame,
    });
    await settle();
    fake.calls[0]!.resolve(ran('live'));
    await settle();
    f.run();
    expect(simulationStore.getState().working!.result!.asOf).toBe('live');
    expect(simulationStore.getState().working!.view!.dataset.name).toBe('live');
  });

  it('shows no first view for an edited scenario or another dataset', async () => {
    const fake = fakeRunner();
    const s = stores();
    s.app.getState().setParam('us-outbound', 'prohibitedComputeFlop', 2e24);
    const view: FirstView = await loadFirstView();
    controller = startSimulations(s, { startRunner: fake.start, firstView: async () => view });
    await settle();
    expect(simulationStore.getState().working).toBeNull();
  });

  it('runs the compare baseline in its own lane and drops it when comparing stops', async () => {
    const fake = fakeRunner();
    const s = stores();
    const f = frames();
    controller = startSimulations(s, { startRunner: fake.start, firstView: null, nextFrame: f.nextFrame });
    const baseline: Baseline = {
      key: 'preset:no-measures',
      label: 'x',
      scenario: presetById('no-measures')!,
    };
    s.compare.setState({ baseline });
    await settle();
    const base = fake.calls.find((c) => c.lane === 'baseline')!;
    expect(base.job.spec.policies).toEqual([]);
    base.resolve(ran('base'));
    await settle();
    f.run();
    expect(simulationStore.getState().baseline!.request.tag).toBe(baseline);
    s.compare.setState({ baseline: null });
    await settle();
    f.run();
    expect(simulationStore.getState().baseline).toBeNull();
  });

  it('frees the arrays of a replaced result a frame after, never those of the shown one', async () => {
    const fake = fakeRunner();
    const s = stores();
    const f = frames();
    controller = startSimulations(s, { startRunner: fake.start, firstView: null, nextFrame: f.nextFrame });
    const first = ran('first');
    fake.calls[0]!.resolve(first);
    await settle();
    s.app.getState().setParam('us-outbound', 'prohibitedComputeFlop', 2e24);
    await settle();
    const second = ran('second');
    fake.calls[1]!.resolve(second);
    await settle();
    expect(fake.released).toEqual([]);
    f.run(); // the first result's frame ends; the second is published
    expect(simulationStore.getState().working!.result).toBe(second.result);
    f.run(); // the second has been on the page for a frame
    expect(fake.released).toEqual([first.result]);
  });

  it('goes on on the main thread when the worker fails, with what the stores ask for now', async () => {
    const fake = fakeRunner();
    const s = stores();
    const f = frames();
    controller = startSimulations(s, { startRunner: fake.start, firstView: null, nextFrame: f.nextFrame });
    s.app.getState().loadPreset('no-measures');
    await settle();
    fake.fail('the worker stopped');
    expect(simulationStore.getState().where).toBe('main');
    // The main-thread runner loads the built-in dataset and runs the engine here.
    await expect
      .poll(
        () => {
          f.run();
          return simulationStore.getState().working?.result?.measures.length;
        },
        { timeout: 30_000 },
      )
      .toBe(0);
    expect(simulationStore.getState().working!.index).not.toBeNull();
  });
});
