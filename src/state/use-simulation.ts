/**
 * Derived results. In a browser the scenario runs in the simulation worker (src/worker/simulation.worker.ts),
 * behind a scheduler per lane (the working scenario, the compare baseline): one run in flight, the latest inputs
 * next, results of abandoned runs dropped. The page receives the result and a small view of the index (models,
 * chips, names: what the always-visible interface reads), so it builds no index while a slider moves. The full
 * index is built on the main thread only when a feature that reads single records needs it — drill-down,
 * explanations, lessons — and then once per dataset and assumptions (`useFullIndex`).
 *
 * Where there is no worker (tests, old browsers) or it fails, the same runs happen on the main thread, memoised
 * on the index (dataset, assumptions, horizon, filter) and the measures, as before. Nothing derived is stored in
 * the app store.
 */
import { useEffect, useLayoutEffect, useMemo, useSyncExternalStore } from 'react';
import { type PipelineOptions, type ProjectFn, prepareIndex } from '../data/pipeline';
import {
  type Dataset,
  type DatasetIndex,
  RunCache,
  type RunSpec,
  type SimulationResult,
  simulate,
} from '../engine';
import { canonicalJson } from '../scenario/json';
import { runSpecOf } from '../scenario/run-spec';
import type { Scenario } from '../scenario/schema';
import { type SimulationWorker, startSimulationWorker } from '../worker/simulation-client';
import type { IndexView, SimulationMessage } from '../worker/simulation-protocol';
import { useDatasetStore } from './dataset-store';
import { latestInput, markRequest, markResult } from './perf-marks';
import { createScheduler, type Scheduler } from './scheduler';
import { useAppStore } from './use-app-store';

let projectFn: ProjectFn | undefined;

/** Register the projection (set once at start-up, before the first render). The worker uses the same one. */
export function registerProjection(fn: ProjectFn): void {
  projectFn = fn;
}

/** What a run needs: the data, how to index it, the measures. `tag` travels back with the result. */
export interface RunRequest {
  readonly dataset: Dataset;
  readonly options: PipelineOptions;
  readonly spec: RunSpec;
  /** The latest input (perf-marks.ts) this run includes. */
  readonly input: number;
  readonly tag?: unknown;
}

/** A run's result with the request it answers and a view of its index. */
export interface RunOutput {
  readonly request: RunRequest;
  readonly result: SimulationResult;
  readonly view: IndexView;
  /** The index itself, where the run happened on this thread. */
  readonly index: DatasetIndex | null;
  readonly runMs: number;
}

export interface Simulation {
  /** What the always-visible interface reads from the index of the shown result. */
  readonly view: IndexView | null;
  /** The full index of the shown result if it is at hand (main-thread runs); else see `useFullIndex`. */
  readonly index: DatasetIndex | null;
  /** The measures of the shown result (with a worker, the latest inputs may still be running). */
  readonly spec: RunSpec;
  readonly result: SimulationResult | null;
  /** Time the last run took, in ms (for the status line). */
  readonly runMs: number;
  /** The latest input the shown result includes (perf-marks.ts). */
  readonly input: number;
  /** The run behind the shown result, for `useFullIndex`. */
  readonly output: RunOutput | null;
}

// ---- The index on the main thread ----

/** The last few indexes built, so a compare baseline or a lesson with the same assumptions reuses one. */
const recentIndexes: { dataset: Dataset; key: string; index: DatasetIndex }[] = [];
/** What consecutive runs on an index share (run-cache.ts). */
const runCaches = new WeakMap<DatasetIndex, RunCache>();
const RECENT_INDEXES = 3;

function peekIndex(dataset: Dataset, options: PipelineOptions): DatasetIndex | null {
  const key = canonicalJson(options);
  return recentIndexes.find((e) => e.dataset === dataset && e.key === key)?.index ?? null;
}

function cachedIndex(dataset: Dataset, options: PipelineOptions): DatasetIndex {
  const hit = peekIndex(dataset, options);
  if (hit) return hit;
  const index = prepareIndex(dataset, options, projectFn);
  recentIndexes.unshift({ dataset, key: canonicalJson(options), index });
  recentIndexes.length = Math.min(recentIndexes.length, RECENT_INDEXES);
  return index;
}

// ---- The worker and its lanes ----

type Mode = 'worker' | 'main';

interface Ran {
  readonly result: SimulationResult;
  readonly view: IndexView;
  readonly runMs: number;
}

const sameRequest = (a: RunRequest, b: RunRequest) =>
  a.dataset === b.dataset && a.spec === b.spec && a.options === b.options && a.tag === b.tag;

class Lane {
  output: RunOutput | null = null;
  readonly scheduler: Scheduler<RunRequest, Ran>;
  private readonly listeners = new Set<() => void>();
  /** Results a newer one has replaced, or nobody will show, whose arrays are freed once a newer one is on screen. */
  private retired: SimulationResult[] = [];

  constructor(
    readonly name: string,
    private readonly engine: WorkerEngine,
  ) {
    this.scheduler = createScheduler<RunRequest, Ran>({
      start: (request, runId) => engine.start(this, request, runId),
      deliver: (ran, request) => {
        if (this.output) this.retired.push(this.output.result);
        this.output = { request, ...ran, index: null };
        engine.notify(this);
      },
      fail: (error) => reportRunError(error),
      same: sameRequest,
    });
  }

  /** A result that arrived but will never be shown (a run the scheduler abandoned). */
  abandoned(result: SimulationResult): void {
    this.retired.push(result);
  }

  /**
   * `shown` has been committed to the page: free the per-transaction arrays of every retired result, except
   * those the shown and the latest result share with them (results reuse the arrays of measures that did not
   * change, src/worker/result-detail.ts). Nothing renders them any more (every reader takes the lane's latest
   * output).
   */
  committed(shown: RunOutput): void {
    if (!this.retired.length) return;
    const keep = [shown.result, ...(this.output ? [this.output.result] : [])];
    this.retired = this.retired.filter((result) => {
      if (result === shown.result) return true;
      this.engine.release(result, keep);
      return false;
    });
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = () => this.output;

  emit(): void {
    for (const l of this.listeners) l();
  }
}

/** A failed run: say so (the page's error notices pick it up) and keep showing the last result. */
function reportRunError(error: unknown): void {
  const e = error instanceof Error ? error : new Error(String(error));
  const wrapped = new Error(`The simulation failed: ${e.message}`);
  if (typeof reportError === 'function') reportError(wrapped);
  else console.error(wrapped);
}

const VIEWS_KEPT = 8;

class WorkerEngine {
  private readonly lanes = new Map<string, Lane>();
  private readonly views = new Map<string, IndexView>();
  private readonly requests = new Map<string, RunRequest>();
  // At most one delivery (so one React commit) per frame: later ones wait for the next frame.
  private readonly dirty = new Set<Lane>();
  private frameBusy = false;

  constructor(
    private readonly worker: SimulationWorker,
    private readonly onFailure: () => void,
  ) {}

  lane(name: string): Lane {
    let lane = this.lanes.get(name);
    if (!lane) {
      lane = new Lane(name, this);
      this.lanes.set(name, lane);
    }
    return lane;
  }

  start(lane: Lane, request: RunRequest, runId: number): void {
    const key = this.worker.keyOf(request.dataset, request.options);
    this.requests.set(`${lane.name}:${runId}`, request);
    markRequest(request.input);
    this.worker.run(lane.name, runId, request.dataset, request.options, request.spec, !this.views.has(key));
  }

  receive(message: SimulationMessage): void {
    const lane = this.lanes.get(message.lane);
    const id = `${message.lane}:${message.runId}`;
    const request = this.requests.get(id);
    this.requests.delete(id);
    if (!lane || !request) return;
    if (message.type === 'error') {
      lane.scheduler.settle(message.runId, { ok: false, error: new Error(message.message) });
      return;
    }
    const key = this.worker.keyOf(request.dataset, request.options);
    if (message.view) {
      this.views.set(key, message.view);
      if (this.views.size > VIEWS_KEPT) this.views.delete(this.views.keys().next().value!);
    }
    const view = this.views.get(key) ?? lane.output?.view;
    markResult(request.input);
    lane.scheduler.settle(
      message.runId,
      view
        ? { ok: true, value: { result: message.result, view, runMs: message.indexMs + message.runMs } }
        : { ok: false, error: new Error('the worker sent no view of its index') },
    );
    // A result nobody will show (an abandoned run's): its arrays are freed once a newer result is on screen.
    if (lane.output?.result !== message.result) lane.abandoned(message.result);
  }

  /** Free a retired result's per-transaction arrays, but for those `keep` or a coming result may still hold. */
  release(result: SimulationResult, keep: readonly SimulationResult[]): void {
    this.worker.release(result, keep);
  }

  notify(lane: Lane): void {
    this.dirty.add(lane);
    if (!this.frameBusy) this.flush();
  }

  private flush(): void {
    const lanes = [...this.dirty];
    this.dirty.clear();
    this.frameBusy = true;
    requestAnimationFrame(() => {
      this.frameBusy = false;
      if (this.dirty.size) this.flush();
    });
    for (const lane of lanes) lane.emit();
  }

  /** The worker is gone: drop every run and let the hooks go on on the main thread. */
  fail(): void {
    for (const lane of this.lanes.values()) lane.scheduler.reset();
    this.requests.clear();
    this.onFailure();
  }
}

let mode: Mode = 'main';
let engine: WorkerEngine | null = null;
let started = false;
const modeListeners = new Set<() => void>();

function setMode(next: Mode): void {
  mode = next;
  for (const l of modeListeners) l();
}

/** Start the worker on first use (browsers only); stay on the main thread where there is none. */
function workerEngine(): WorkerEngine | null {
  if (started) return engine;
  started = true;
  if (typeof requestAnimationFrame !== 'function') return null;
  let created: WorkerEngine | null = null;
  const worker = startSimulationWorker({
    onMessage: (message) => created?.receive(message),
    onFailure: (reason) => {
      console.warn(`Simulations run on the page from now on: ${reason}`);
      created?.fail();
    },
  });
  if (!worker) return null;
  created = new WorkerEngine(worker, () => {
    engine = null;
    setMode('main');
  });
  engine = created;
  mode = 'worker';
  return engine;
}

const subscribeMode = (listener: () => void) => {
  modeListeners.add(listener);
  return () => modeListeners.delete(listener);
};
const noSubscribe = () => () => {};
const none = () => null;

/** Whether runs go to the worker ('worker') or happen on this thread ('main'). */
function useMode(): Mode {
  workerEngine();
  return useSyncExternalStore(
    subscribeMode,
    () => mode,
    () => 'main',
  );
}

/** Run `request` in a lane of the worker, or here on the main thread; null until a first result. */
export function useRun(laneName: string, request: RunRequest | null): RunOutput | null {
  const current = useMode();
  const lane = current === 'worker' ? (engine?.lane(laneName) ?? null) : null;
  useLayoutEffect(() => {
    if (lane && request) lane.scheduler.submit(request);
  }, [lane, request]);
  const fromWorker = useSyncExternalStore(lane?.subscribe ?? noSubscribe, lane?.snapshot ?? none, none);
  // Once this output is on the page, the ones it replaced can let go of their per-transaction arrays.
  useEffect(() => {
    if (lane && fromWorker) lane.committed(fromWorker);
  }, [lane, fromWorker]);
  const here = current === 'main' ? request : null;
  const index = useMemo(
    () => (here ? cachedIndex(here.dataset, here.options) : null),
    [here?.dataset, here?.options, here],
  );
  const fromMain = useMemo((): RunOutput | null => {
    if (!here || !index) return null;
    markRequest(here.input);
    const start = performance.now();
    const cache = runCaches.get(index) ?? new RunCache();
    runCaches.set(index, cache);
    const result = simulate(index, here.spec, cache);
    return { request: here, result, view: index, index, runMs: performance.now() - start };
  }, [here, index]);
  return current === 'worker' ? fromWorker : fromMain;
}

/** The pipeline options of a scenario. */
function useOptions(scenario: Scenario, sourcedOnly: boolean): PipelineOptions {
  const { assumptions, horizon } = scenario;
  return useMemo(
    () => ({ assumptions, horizonTo: horizon.to, sourcedOnly }),
    [assumptions, horizon.to, sourcedOnly],
  );
}

/** Run the working scenario (memoised on the data, the assumptions and the measures). */
export function useSimulation(): Simulation {
  const scenario = useAppStore((s) => s.scenario);
  const sourcedOnly = useAppStore((s) => s.view.sourcedOnly);
  const dataset = useDatasetStore((s) => s.dataset);
  const options = useOptions(scenario, sourcedOnly);
  const { policies, horizon, assumptions } = scenario;
  const spec = useMemo(() => runSpecOf({ policies, horizon, assumptions }), [policies, horizon, assumptions]);
  const request = useMemo(
    () => (dataset ? { dataset, options, spec, input: latestInput() } : null),
    [dataset, options, spec],
  );
  const output = useRun('working', request);
  return useMemo(
    () => ({
      view: output?.view ?? null,
      index: output?.index ?? null,
      spec: output?.request.spec ?? spec,
      result: output?.result ?? null,
      runMs: output?.runMs ?? 0,
      input: output?.request.input ?? 0,
      output,
    }),
    [output, spec],
  );
}

/**
 * The full index of the shown result, for features that read single records (drill-down, explanations, lessons).
 * Built on the main thread when `needed` (once per dataset and assumptions: the index does not change while a
 * threshold moves); otherwise returned only if it is already at hand.
 */
export function useFullIndex(simulation: Simulation, needed: boolean): DatasetIndex | null {
  const request = simulation.output?.request;
  const dataset = request?.dataset;
  const options = request?.options;
  const known = simulation.index;
  return useMemo(() => {
    if (known) return known;
    if (!dataset || !options) return null;
    return needed ? cachedIndex(dataset, options) : peekIndex(dataset, options);
  }, [known, dataset, options, needed]);
}

/** The request for running `scenario` on the dataset in use (the compare baseline's lane). */
export function useScenarioRequest(scenario: Scenario | null, tag?: unknown): RunRequest | null {
  const sourcedOnly = useAppStore((s) => s.view.sourcedOnly);
  const dataset = useDatasetStore((s) => s.dataset);
  const assumptions = scenario?.assumptions;
  const horizonTo = scenario?.horizon.to;
  const options = useMemo(
    () => (assumptions && horizonTo ? { assumptions, horizonTo, sourcedOnly } : null),
    [assumptions, horizonTo, sourcedOnly],
  );
  const spec = useMemo(() => (scenario ? runSpecOf(scenario) : null), [scenario]);
  return useMemo(
    () => (dataset && options && spec ? { dataset, options, spec, input: 0, tag } : null),
    [dataset, options, spec, tag],
  );
}
