/**
 * The simulation worker: holds the dataset, builds the index (projection, sourced-only filter, columnar index;
 * the last few kept in the shared index cache, src/data/pipeline.ts) and runs the scenario, so neither loading
 * the built-in dataset nor a slider drag runs the engine on the page's thread. Protocol (simulation-protocol.ts; the client is simulation-client.ts): in `{ type: 'dataset' }` once
 * per dataset (the built-in one is imported here, not copied over), then `{ type: 'run' }` per run; out one
 * `{ type: 'result' }` (per-transaction arrays transferred, or named if sent before: result-detail.ts) or `{ type: 'error' }` per run, in order.
 */
import { loadDefaultDataset } from '../data/default-dataset';
import { IndexCache } from '../data/pipeline';
import { projectDataset } from '../data/projection';
import { type Dataset, simulate } from '../engine';
import { DetailSender, type WireMessage } from './result-detail';
import { type DatasetSource, indexViewOf, type SimulationRequest } from './simulation-protocol';

let dataset: { readonly id: number; readonly value: Promise<Dataset> } | null = null;
/** The last few indexes built, each with what consecutive runs on it share (a slider re-evaluates one measure). */
const indexes = new IndexCache(projectDataset);

async function load(source: DatasetSource): Promise<Dataset> {
  if (source.kind === 'copy') return source.dataset;
  if (source.kind === 'built-in') return loadDefaultDataset();
  // The bench hook (simulation-bench.ts): only bench builds have it.
  if (import.meta.env.MODE !== 'bench')
    throw new Error('synthetic datasets are only generated in bench builds');
  const { syntheticDataset } = await import('../../bench/synthetic');
  return syntheticDataset({ transactions: source.transactions, seed: source.seed });
}

const sender = new DetailSender();

const post = (message: WireMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

async function handle(request: SimulationRequest): Promise<void> {
  if (request.type === 'dataset') {
    dataset = { id: request.datasetId, value: load(request.source) };
    // Keep a failed load from surfacing as an unhandled rejection; each run reports it.
    dataset.value.catch(() => {});
    sender.clear();
    return;
  }
  const { lane, runId } = request;
  try {
    if (!dataset || dataset.id !== request.datasetId) throw new Error('the worker has another dataset');
    const data = await dataset.value;
    const t0 = performance.now();
    const { index, runs } = indexes.get(data, request.options);
    const t1 = performance.now();
    const simulated = simulate(index, request.spec, runs);
    const t2 = performance.now();
    const { result, transfer } = sender.send(lane, simulated);
    post(
      {
        type: 'result',
        lane,
        runId,
        result,
        view: request.wantView ? indexViewOf(index) : null,
        indexMs: t1 - t0,
        runMs: t2 - t1,
      },
      transfer,
    );
  } catch (error) {
    post({ type: 'error', lane, runId, message: error instanceof Error ? error.message : String(error) });
  }
}

// One request at a time, in the order they came (a run waits for the dataset message before it).
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<SimulationRequest>) => {
  const request = event.data;
  queue = queue.then(() => handle(request));
};
