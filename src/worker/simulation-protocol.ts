/**
 * What the page and the simulation worker say to each other (src/worker/simulation.worker.ts), and the small
 * view of an index the always-visible interface needs, so the page never has to build the index itself while a
 * slider moves. Shared by the worker, its client and the main-thread fallback; no DOM, no worker globals.
 */
import type { PipelineOptions } from '../data/pipeline';
import type { Chip, Dataset, DatasetIndex, Model, Provenance, RunSpec, SimulationResult } from '../engine';
import { chipUsers } from '../engine';

/** Where the worker gets its copy of the dataset: its own import of the built-in one, a copy, or the bench hook. */
export type DatasetSource =
  | { readonly kind: 'built-in' }
  | { readonly kind: 'copy'; readonly dataset: Dataset }
  | { readonly kind: 'synthetic'; readonly transactions: number; readonly seed: number };

/** A model as the models chart and the threshold strips draw it. */
export type ModelOfView = Pick<
  Model,
  'id' | 'name' | 'companyId' | 'date' | 'trainingComputeFlop' | 'trainingComputeImputed'
> & {
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
    readonly companies: readonly Pick<Dataset['companies'][number], 'id' | 'name' | 'nameZh'>[];
    /** Chip id → the companies seen using it (hardware-in-use records: evidence, not purchases). */
    readonly chipUsers: Readonly<Record<string, readonly string[]>>;
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
      ...(m.trainingComputeImputed ? { trainingComputeImputed: true } : {}),
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
      companies: dataset.companies
        .filter((c) => owners.has(c.id))
        .map((c) => ({ id: c.id, name: c.name, ...(c.nameZh ? { nameZh: c.nameZh } : {}) })),
      chipUsers: chipUsers(dataset),
    },
    chipIds: index.chipIds,
  };
}
