/**
 * The page's side of the simulation worker (simulation.worker.ts): starts it, sends it each dataset once (the
 * built-in one by name, since the worker can import it itself; a dataset from the bench hook by its recipe; any
 * other by structured clone), posts runs and passes back what it says. Scheduling — one run in flight, the latest
 * inputs next — is the caller's (src/state/scheduler.ts). Returns null where there are no workers (tests, old
 * browsers), and reports a worker that cannot start or dies, so the caller can go on on the main thread.
 */
import { loadDefaultDataset } from '../data/default-dataset';
import type { PipelineOptions } from '../data/pipeline';
import type { Dataset, RunSpec, SimulationResult } from '../engine';
import { canonicalJson } from '../scenario/json';
import { DetailReceiver, type WireMessage } from './result-detail';
import type { DatasetSource, SimulationMessage, SimulationRequest } from './simulation-protocol';

export interface SimulationWorker {
  /** Post a run; the answer comes to `onMessage` with the same lane and run id. Throws if the dataset cannot be sent. */
  run(
    lane: string,
    runId: number,
    dataset: Dataset,
    options: PipelineOptions,
    spec: RunSpec,
    wantView: boolean,
  ): void;
  /**
   * Free the per-transaction arrays of a result from this worker that nothing shows any more, keeping those
   * `keep` (the shown and the latest result) hold and those a coming result may name (result-detail.ts).
   */
  release(result: SimulationResult, keep: readonly SimulationResult[]): void;
  /** A short key naming a dataset and pipeline options (views are cached by it). */
  keyOf(dataset: Dataset, options: PipelineOptions): string;
  terminate(): void;
}

export interface SimulationWorkerEvents {
  onMessage(message: SimulationMessage): void;
  /** The worker could not start, or died: no answer will come for runs in flight. */
  onFailure(reason: string): void;
}

/** Datasets whose source is not a copy (the bench hook registers its synthetic one here). */
const sources = new WeakMap<Dataset, DatasetSource>();

/** Tell the worker to make `dataset` itself rather than receive a copy (it must come out identical). */
export function registerDatasetSource(dataset: Dataset, source: DatasetSource): void {
  sources.set(dataset, source);
}

// The built-in dataset module's object: when the page's dataset is that very object, the worker imports its own.
let builtIn: Dataset | undefined;
let builtInLoading = false;
function watchBuiltIn(): void {
  if (builtInLoading) return;
  builtInLoading = true;
  loadDefaultDataset().then(
    (d) => {
      builtIn = d;
    },
    () => {},
  );
}

/** Start the worker, or return null where there are none. */
export function startSimulationWorker(events: SimulationWorkerEvents): SimulationWorker | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), {
      type: 'module',
      name: 'simulation',
    });
  } catch {
    return null;
  }
  watchBuiltIn();
  const ids = new WeakMap<Dataset, number>();
  let nextId = 0;
  let sent: Dataset | null = null;
  let failed = false;
  const idOf = (dataset: Dataset) => {
    let id = ids.get(dataset);
    if (id === undefined) {
      id = ++nextId;
      ids.set(dataset, id);
    }
    return id;
  };
  const post = (request: SimulationRequest) => worker.postMessage(request);
  const fail = (reason: string) => {
    if (failed) return;
    failed = true;
    worker.terminate();
    events.onFailure(reason);
  };
  const receiver = new DetailReceiver();
  worker.onmessage = (event: MessageEvent<WireMessage>) => {
    if (failed) return;
    let message: SimulationMessage;
    try {
      message = receiver.receive(event.data);
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
      return;
    }
    events.onMessage(message);
  };
  // A worker that cannot load (blocked by a policy, a missing file) or dies (out of memory): the caller falls back.
  worker.onerror = (event) => {
    event.preventDefault();
    fail(event.message || 'the simulation worker stopped');
  };
  worker.onmessageerror = () => fail('a message from the simulation worker could not be read');
  return {
    run(lane, runId, dataset, options, spec, wantView) {
      if (failed) throw new Error('the simulation worker has stopped');
      const datasetId = idOf(dataset);
      if (sent !== dataset) {
        const source: DatasetSource =
          sources.get(dataset) ?? (dataset === builtIn ? { kind: 'built-in' } : { kind: 'copy', dataset });
        post({ type: 'dataset', datasetId, source });
        sent = dataset;
      }
      post({ type: 'run', lane, runId, datasetId, options, spec, wantView });
    },
    release: (result, keep) => receiver.release(result, keep),
    keyOf: (dataset, options) => `${idOf(dataset)}|${canonicalJson(options)}`,
    terminate() {
      failed = true;
      worker.terminate();
    },
  };
}
