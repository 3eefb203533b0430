/**
 * The simulations, outside React: a controller that subscribes to the stores (the scenario in the app store, with
 * its "sourced only" view setting; the data in use; the compare baseline), turns them into run jobs and drives a runner — the
 * simulation worker's, or the main thread's where there is none or it failed (src/worker/runner.ts) — through
 * one scheduler per lane (state/scheduler.ts: one run in flight, the latest inputs next), in the manner of
 * SDEverywhere's ModelScheduler. Results go to a small store that components only read (use-simulation.ts).
 *
 * This is the one place where edits are coalesced into runs: store changes in one task make one job; jobs that
 * come while a run is in flight replace each other, and only the latest runs next; results reach the store at
 * most once per frame per lane. A result's per-transaction arrays are freed once a newer result has been on the
 * page for a frame (`ArrayBuffer.prototype.transfer(0)`), except those the shown or the latest result shares.
 *
 * The first view: while the built-in dataset loads in the worker, a scenario that is exactly a built-in preset
 * shows the preset's result computed at build time (src/data/first-view.ts) until its live result arrives.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { type FirstView, firstViewResult, loadFirstView } from '../data/first-view';
import { pipelineOptionsOf } from '../data/pipeline';
import type { DatasetIndex, ResultSummary, RunSpec, SimulationResult } from '../engine';
import { originOf } from '../scenario/edited';
import { runSpecOf } from '../scenario/run-spec';
import type { Scenario } from '../scenario/schema';
import { sourcedOnlyOf } from '../scenario/view';
import { mainThreadRunner } from '../worker/main-thread-runner';
import { BUILT_IN, type Ran, type RunJob, type Runner } from '../worker/runner';
import { startWorkerRunner } from '../worker/simulation-client';
import type { IndexView } from '../worker/simulation-protocol';
import { type Baseline, type compareStore as CompareStore, presetReference } from './compare-store';
import type { datasetStore as DatasetStore } from './dataset-store';
import { latestInput, markRequest, markResult } from './perf-marks';
import { createScheduler, type Scheduler } from './scheduler';
import type { AppStore } from './store';

/** The lanes: the working scenario, and the compare baseline. */
export type LaneName = 'working' | 'baseline';

/** A job as a lane asks for it. */
export interface LaneRequest {
  readonly job: RunJob;
  /** The latest input (perf-marks.ts) it includes. */
  readonly input: number;
  /** What the job stands for (the baseline's record), handed back with the result. */
  readonly tag: Baseline | null;
}

/** What a lane shows. */
export interface RunOutput {
  readonly request: LaneRequest;
  /** The headline numbers and series: the live result's, or the precomputed first view's. */
  readonly summary: ResultSummary;
  /** The live result (with per-transaction detail), or null while the first view shows. */
  readonly result: SimulationResult | null;
  /** What the always-visible interface reads from the index (null while the first view shows). */
  readonly view: IndexView | null;
  /** The full index, where the run happened on the page's thread. */
  readonly index: DatasetIndex | null;
  readonly runMs: number;
}

export interface SimulationState {
  readonly working: RunOutput | null;
  readonly baseline: RunOutput | null;
  /** Where runs happen. */
  readonly where: 'worker' | 'main';
  /** Why the working scenario's last run failed, while no result shows (else null). */
  readonly failure: string | null;
}

export const simulationStore: StoreApi<SimulationState> = createStore<SimulationState>(() => ({
  working: null,
  baseline: null,
  where: 'main',
  failure: null,
}));

/** A failed run: say so (the page's error notices pick it up) and keep showing the last result. */
function reportRunError(error: unknown): void {
  const e = error instanceof Error ? error : new Error(String(error));
  const wrapped = new Error(`The simulation failed: ${e.message}`);
  if (typeof reportError === 'function') reportError(wrapped);
  else console.error(wrapped);
}

const sameRequest = (a: LaneRequest, b: LaneRequest) =>
  a.job.data === b.job.data &&
  a.job.spec === b.job.spec &&
  a.job.options === b.job.options &&
  a.tag === b.tag;

/** The stores the controller follows. */
export interface ControllerStores {
  readonly app: AppStore;
  readonly dataset: typeof DatasetStore;
  readonly compare: typeof CompareStore;
}

export interface ControllerOptions {
  /** Start the worker's runner (the default); tests pass one, or null for the main thread. */
  readonly startRunner?: (onFailure: (reason: string) => void) => Runner | null;
  /** The precomputed first view (the default loads the built-in one; tests pass null for none). */
  readonly firstView?: (() => Promise<FirstView>) | null;
  /** Call `f` before the next frame (the default: requestAnimationFrame, or a task where there is none). */
  readonly nextFrame?: (f: () => void) => void;
}

const defaultNextFrame = (f: () => void) => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => f());
  else setTimeout(f, 0);
};

/** One lane: its scheduler, what it shows, the results it replaced (their arrays are freed later). */
class Lane {
  readonly scheduler: Scheduler<LaneRequest, Ran>;
  /** The newest output, published at most once per frame. */
  latest: RunOutput | null = null;
  /** The request the stores ask for now. */
  wanted: LaneRequest | null = null;
  retired: SimulationResult[] = [];

  constructor(
    readonly name: LaneName,
    controller: Controller,
  ) {
    this.scheduler = createScheduler<LaneRequest, Ran>({
      start: (request, runId) => controller.start(this, request, runId),
      deliver: (ran, request) => controller.deliver(this, request, ran),
      fail: (error) => controller.failed(this, error),
      same: sameRequest,
    });
  }
}

/** The controller: create it with `startSimulations` (the app does, in main.tsx). */
export class Controller {
  private runner: Runner;
  private readonly lanes: Record<LaneName, Lane>;
  private readonly unsubscribe: (() => void)[] = [];
  private queued = false;
  private frameBusy = false;
  private readonly dirty = new Set<Lane>();
  private firstView: FirstView | null = null;
  private spec: { key: readonly unknown[]; spec: RunSpec } | null = null;
  private options: { key: readonly unknown[]; value: RunJob['options'] } | null = null;
  private readonly nextFrame: (f: () => void) => void;
  private stopped = false;

  constructor(
    private readonly stores: ControllerStores,
    options: ControllerOptions = {},
  ) {
    this.nextFrame = options.nextFrame ?? defaultNextFrame;
    const start = options.startRunner === undefined ? startWorkerRunner : options.startRunner;
    this.runner = start?.((reason) => this.workerFailed(reason)) ?? mainThreadRunner();
    this.lanes = { working: new Lane('working', this), baseline: new Lane('baseline', this) };
    simulationStore.setState({ working: null, baseline: null, where: this.runner.where, failure: null });
    const load = options.firstView === undefined ? loadFirstView : options.firstView;
    load?.().then(
      (view) => this.showFirstView(view),
      () => {}, // Without a first view the page waits for the live result, as it would for any other scenario.
    );
    const changed = () => this.queue();
    this.unsubscribe.push(stores.app.subscribe(changed), stores.dataset.subscribe(changed));
    this.unsubscribe.push(stores.compare.subscribe(changed));
    this.submit();
  }

  /** Stop following the stores and stop the runner. */
  stop(): void {
    this.stopped = true;
    for (const u of this.unsubscribe) u();
    this.runner.dispose();
  }

  // ---- From the stores to jobs ----

  /** Store changes in one task make one submission. */
  private queue(): void {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      if (!this.stopped) this.submit();
    });
  }

  /** The job for a scenario on the data in use (the working scenario's spec and options keep their identity). */
  private jobOf(scenario: Scenario, working: boolean): RunJob {
    const { data } = this.stores.dataset.getState();
    // The baseline runs on the same records as the working scenario (compare like with like).
    const sourcedOnly = sourcedOnlyOf(this.stores.app.getState().scenario);
    if (!working)
      return { data, options: pipelineOptionsOf(scenario, sourcedOnly), spec: runSpecOf(scenario) };
    const specKey = [scenario.policies, scenario.horizon, scenario.assumptions.seed];
    if (!this.spec || specKey.some((k, i) => k !== this.spec!.key[i]))
      this.spec = { key: specKey, spec: runSpecOf(scenario) };
    const optionsKey = [scenario.assumptions, scenario.horizon.to, sourcedOnly];
    if (!this.options || optionsKey.some((k, i) => k !== this.options!.key[i]))
      this.options = { key: optionsKey, value: pipelineOptionsOf(scenario, sourcedOnly) };
    return { data, options: this.options.value, spec: this.spec.spec };
  }

  private submit(): void {
    // A dataset being made for the page (the bench hook's synthetic one) runs once it is there.
    if (this.stores.dataset.getState().status === 'loading') return;
    const working = this.lanes.working;
    const job = this.jobOf(this.stores.app.getState().scenario, true);
    const baseline = this.referenceOf(this.stores.app.getState().scenario);
    this.want(working, { job, input: latestInput(), tag: null });
    const base = this.lanes.baseline;
    const wantedBase = base.wanted;
    if (!baseline) {
      base.wanted = null;
      if (base.latest) this.publish(base, null);
    } else if (
      !wantedBase ||
      wantedBase.tag !== baseline ||
      wantedBase.job.data !== job.data ||
      wantedBase.job.options.sourcedOnly !== job.options.sourcedOnly
    )
      this.want(base, { job: this.jobOf(baseline.scenario, false), input: 0, tag: baseline });
  }

  /**
   * What the baseline lane runs: the compare baseline; else, once the scenario differs from the preset it started
   * from, that preset (its deltas are read against it). It runs once per baseline (and per data), never per edit.
   */
  private referenceOf(scenario: Scenario): Baseline | null {
    const compare = this.stores.compare.getState().baseline;
    if (compare) return compare;
    const origin = originOf(scenario);
    return origin.edited && origin.preset ? presetReference(origin.preset) : null;
  }

  private want(lane: Lane, request: LaneRequest): void {
    const before = lane.wanted;
    if (before && sameRequest(before, request)) return;
    lane.wanted = request;
    if (lane.name === 'working' && !lane.latest) this.showFirstView(this.firstView);
    lane.scheduler.submit(request);
  }

  // ---- Runs ----

  start(lane: Lane, request: LaneRequest, runId: number): void {
    if (lane.name === 'working') markRequest(request.input);
    const runner = this.runner;
    runner.run(lane.name, request.job).then(
      (ran) => {
        if (runner !== this.runner) return; // the worker failed meanwhile: its answers no longer count
        if (lane.name === 'working') markResult(request.input);
        const outcome = lane.scheduler.settle(runId, { ok: true, value: ran });
        // A result nobody will show (an abandoned run's): its arrays are freed once a newer one is on the page.
        if (outcome !== 'delivered') lane.retired.push(ran.result);
      },
      (error: unknown) => {
        if (runner === this.runner) lane.scheduler.settle(runId, { ok: false, error });
      },
    );
  }

  deliver(lane: Lane, request: LaneRequest, ran: Ran): void {
    if (lane.wanted === null) {
      lane.retired.push(ran.result); // the baseline was closed while it ran
      return;
    }
    const output: RunOutput = {
      request,
      summary: ran.result,
      result: ran.result,
      view: ran.view,
      index: ran.index,
      runMs: ran.runMs,
    };
    this.publish(lane, output);
  }

  failed(lane: Lane, error: unknown): void {
    reportRunError(error);
    if (lane.name === 'working' && !lane.latest?.result)
      simulationStore.setState({ failure: error instanceof Error ? error.message : String(error) });
  }

  /** The worker could not start or died: go on on the main thread with what the stores ask for now. */
  private workerFailed(reason: string): void {
    if (this.stopped) return;
    console.warn(`Simulations run on the page from now on: ${reason}`);
    this.runner = mainThreadRunner();
    simulationStore.setState({ where: 'main' });
    for (const lane of Object.values(this.lanes)) {
      lane.scheduler.reset();
      if (lane.wanted) lane.scheduler.submit(lane.wanted);
    }
  }

  // ---- The first view ----

  private showFirstView(view: FirstView | null): void {
    this.firstView = view;
    const lane = this.lanes.working;
    const wanted = lane.wanted;
    if (!view || !wanted || lane.latest || wanted.job.data !== BUILT_IN) return;
    const summary = firstViewResult(view, wanted.job);
    if (!summary) return;
    this.publish(lane, { request: wanted, summary, result: null, view: null, index: null, runMs: 0 });
  }

  // ---- To the page, at most once per frame ----

  private publish(lane: Lane, output: RunOutput | null): void {
    const shown = lane.latest;
    if (shown?.result && shown.result !== output?.result) lane.retired.push(shown.result);
    lane.latest = output;
    this.dirty.add(lane);
    if (!this.frameBusy) this.flush();
  }

  private flush(): void {
    const lanes = [...this.dirty];
    this.dirty.clear();
    if (!lanes.length) return;
    this.frameBusy = true;
    this.nextFrame(() => {
      this.frameBusy = false;
      // The results published a frame ago are on the page: the ones they replaced can let go of their arrays.
      for (const lane of lanes) this.release(lane);
      this.flush();
    });
    const patch: { -readonly [K in keyof SimulationState]?: SimulationState[K] } = {};
    for (const lane of lanes) patch[lane.name] = lane.latest;
    if (patch.working?.result) patch.failure = null;
    simulationStore.setState(patch);
  }

  /** Free the arrays of the results a lane replaced, but for those its shown and newest results share. */
  private release(lane: Lane): void {
    if (!lane.retired.length || this.dirty.has(lane)) return;
    const shown = simulationStore.getState()[lane.name]?.result;
    const keep = [shown, lane.latest?.result].filter((r): r is SimulationResult => !!r);
    for (const result of lane.retired) if (!keep.includes(result)) this.runner.release(result, keep);
    lane.retired = lane.retired.filter((r) => keep.includes(r));
  }
}

let controller: Controller | null = null;

/** Start the simulations for the app's stores (once; main.tsx calls it before the first render). */
export function startSimulations(stores: ControllerStores, options?: ControllerOptions): Controller {
  controller?.stop();
  controller = new Controller(stores, options);
  return controller;
}
