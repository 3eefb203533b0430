/**
 * The simulation worker's runner (runner.ts): starts the worker (simulation.worker.ts), sends it each dataset
 * once (the built-in one by name, since the worker imports it itself — the page never loads it for a run; a
 * dataset from the bench hook by its recipe; any other by structured clone), posts runs and answers each with the
 * worker's result and the view of its index (asked for once per index). Returns null where there are no workers
 * (tests, old browsers); a worker that cannot start or dies is reported to `onFailure`, so the caller can go on
 * with the main-thread runner.
 */
import { indexKeyOf } from '../data/pipeline';
import type { Dataset } from '../engine';
import { DetailReceiver, type WireMessage } from './result-detail';
import type { Ran, RunData, Runner } from './runner';
import type { DatasetSource, IndexView, SimulationMessage, SimulationRequest } from './simulation-protocol';

/** Datasets whose source is not a copy (the bench hook registers its synthetic one here). */
const sources = new WeakMap<Dataset, DatasetSource>();

/** Tell the worker to make `dataset` itself rather than receive a copy (it must come out identical). */
export function registerDatasetSource(dataset: Dataset, source: DatasetSource): void {
  sources.set(dataset, source);
}

const sourceOf = (data: RunData): DatasetSource =>
  data.kind === 'built-in'
    ? { kind: 'built-in' }
    : (sources.get(data.dataset) ?? { kind: 'copy', dataset: data.dataset });

/** Views of the indexes the worker has built, by dataset and index key (a few: one per set of assumptions). */
const VIEWS_KEPT = 8;

/** Start the worker's runner, or return null where there are no workers. */
export function startWorkerRunner(onFailure: (reason: string) => void): Runner | null {
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
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  let sent: object | null = null;
  let failed = false;
  let runs = 0;
  const pending = new Map<number, { key: string; resolve: (ran: Ran) => void; reject: (e: Error) => void }>();
  const views = new Map<string, IndexView>();
  const idOf = (data: RunData) => {
    const identity = data.kind === 'built-in' ? data : data.dataset;
    let id = ids.get(identity);
    if (id === undefined) {
      id = ++nextId;
      ids.set(identity, id);
    }
    return { identity, id };
  };
  const post = (request: SimulationRequest) => worker.postMessage(request);
  const fail = (reason: string) => {
    if (failed) return;
    failed = true;
    worker.terminate();
    for (const p of pending.values()) p.reject(new Error(reason));
    pending.clear();
    onFailure(reason);
  };
  const receive = (message: SimulationMessage) => {
    const waiting = pending.get(message.runId);
    pending.delete(message.runId);
    if (!waiting) return;
    if (message.type === 'error') return waiting.reject(new Error(message.message));
    if (message.view) {
      views.set(waiting.key, message.view);
      if (views.size > VIEWS_KEPT) views.delete(views.keys().next().value!);
    }
    const view = views.get(waiting.key);
    if (!view) return waiting.reject(new Error('the worker sent no view of its index'));
    waiting.resolve({ result: message.result, view, index: null, runMs: message.indexMs + message.runMs });
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
    receive(message);
  };
  // A worker that cannot load (blocked by a policy, a missing file) or dies (out of memory): the caller falls back.
  worker.onerror = (event) => {
    event.preventDefault();
    fail(event.message || 'the simulation worker stopped');
  };
  worker.onmessageerror = () => fail('a message from the simulation worker could not be read');
  return {
    where: 'worker',
    run(lane, job) {
      if (failed) return Promise.reject(new Error('the simulation worker has stopped'));
      const { identity, id: datasetId } = idOf(job.data);
      try {
        if (sent !== identity) {
          post({ type: 'dataset', datasetId, source: sourceOf(job.data) });
          sent = identity;
        }
        const key = `${datasetId}|${indexKeyOf(job.options)}`;
        const runId = ++runs;
        const answer = new Promise<Ran>((resolve, reject) => pending.set(runId, { key, resolve, reject }));
        post({
          type: 'run',
          lane,
          runId,
          datasetId,
          options: job.options,
          spec: job.spec,
          wantView: !views.has(key),
        });
        return answer;
      } catch (error) {
        // A dataset that cannot be cloned (it should not happen: datasets are plain data).
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    release: (result, keep) => receiver.release(result, keep),
    dispose() {
      failed = true;
      pending.clear();
      worker.terminate();
    },
  };
}
