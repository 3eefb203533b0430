/**
 * What the page and the simulation worker say to each other (src/worker/simulation.worker.ts), and the small
 * view of an index the always-visible interface needs, so the page never has to build the index itself while a
 * slider moves. Shared by the worker, its client and the main-thread fallback; no DOM, no worker globals.
 */
import type { PipelineOptions } from '../data/pipeline';
import type { Chip, Dataset, DatasetIndex, Model, Provenance, RunSpec, SimulationResult } from '../engine';

/** Where the worker gets its copy of the dataset: its own import of the built-in one, a copy, or the bench hook. */
export type DatasetSource =
  | { readonly kind: 'built-in' }
  | { readonly kind: 'copy'; readonly dataset: Dataset }
  | { readonly kind: 'synthetic'; readonly transactions: number; readonly seed: number };

/** A model as the models chart and the threshold strips draw it. */
export type ModelOfView = Pick<Model, 'id' | 'name' | 'companyId' | 'date' | 'trainingComputeFlop'> & {
  readonly provenance: Pick<Provenance, 'kind' | 'confidence'>;
};

/**
 * What the always-visible interface reads from an index (the models chart's points, the threshold strips, the
 * chip chart, the status line): a few hundred records where the index holds the whole dataset. A `DatasetIndex`
 * is one too, so the main-thread fallback passes its index as it is.
 */
export interface IndexView {
  readonly dataset: {
    readonly name: string;
    readonly asOf: string;
    readonly chips: readonly Chip[];
    /** Every model of the indexed data (projected ones included). */
    readonly models: readonly ModelOfView[];
    /** The companies that own those models (id and name). */
    readonly companies: readonly Pick<Dataset['companies'][number], 'id' | 'name'>[];
  };
  readonly chipIds: readonly string[];
}

/** A request to the worker. `lane` keeps the working scenario's runs apart from the compare baseline's. */
export type SimulationRequest =
  | { readonly type: 'dataset'; readonly datasetId: number; readonly source: DatasetSource }
  | {
      readonly type: 'run';
      readonly lane: string;
      readonly runId: number;
      readonly datasetId: number;
      readonly options: PipelineOptions;
      readonly spec: RunSpec;
      /** Send the index's view along (the page has none for these options yet). */
      readonly wantView: boolean;
    };

/** A message from the worker: a run's result (typed arrays transferred), or why it failed. */
export type SimulationMessage =
  | {
      readonly type: 'result';
      readonly lane: string;
      readonly runId: number;
      readonly result: SimulationResult;
      readonly view: IndexView | null;
      /** Time to get the index (0 when cached) and to run, in ms. */
      readonly indexMs: number;
      readonly runMs: number;
    }
  | { readonly type: 'error'; readonly lane: string; readonly runId: number; readonly message: string };

/** The view of an index: its models (slimmed), their companies' names, the chips. */
export function indexViewOf(index: DatasetIndex): IndexView {
  const { dataset } = index;
  const owners = new Set<string>();
  const models = dataset.models.map((m): ModelOfView => {
    owners.add(m.companyId);
    return {
      id: m.id,
      name: m.name,
      companyId: m.companyId,
      date: m.date,
      trainingComputeFlop: m.trainingComputeFlop,
      provenance:
        m.provenance.confidence === undefined
          ? { kind: m.provenance.kind }
          : { kind: m.provenance.kind, confidence: m.provenance.confidence },
    };
  });
  return {
    dataset: {
      name: dataset.name,
      asOf: dataset.asOf,
      chips: dataset.chips,
      models,
      companies: dataset.companies.filter((c) => owners.has(c.id)).map((c) => ({ id: c.id, name: c.name })),
    },
    chipIds: index.chipIds,
  };
}

/**
 * Give a result's per-transaction arrays buffers of their own and list them for transfer: the page gets them
 * without a copy on its side, and the worker keeps nothing the engine might still hold (the copy is made here,
 * off the main thread; it is a few MB at a million transactions).
 */
export function detachDetail(result: SimulationResult): {
  result: SimulationResult;
  transfer: ArrayBuffer[];
} {
  const transfer: ArrayBuffer[] = [];
  const own = <T extends Uint8Array | Int32Array>(a: T): T => {
    const copy = a.slice() as T;
    transfer.push(copy.buffer as ArrayBuffer);
    return copy;
  };
  const detail = {
    outcomes: result.detail.outcomes.map(own),
    combined: own(result.detail.combined),
    firstCaptured: result.detail.firstCaptured.map(own),
  };
  return { result: { ...result, detail }, transfer };
}

/**
 * Free the per-transaction arrays of a result that came from the worker (their buffers are its own, see
 * `detachDetail`) once nothing shows it any more: they are released now rather than at the next garbage
 * collection. On a large dataset each result brings several MB of them (≈ 7 MB at a million transactions), which
 * V8 counts as external memory: left to the collector, they set off a collection of the page's whole heap every
 * few results. Afterwards the arrays are empty; where the browser cannot free a buffer early it is left as is.
 */
export function releaseDetail(result: SimulationResult): void {
  const { outcomes, combined, firstCaptured } = result.detail;
  for (const array of [...outcomes, combined, ...firstCaptured]) {
    const buffer = array.buffer as ArrayBuffer & {
      detached?: boolean;
      transfer?: (length: number) => ArrayBuffer;
    };
    if (buffer.detached === false && typeof buffer.transfer === 'function') buffer.transfer(0);
  }
}
