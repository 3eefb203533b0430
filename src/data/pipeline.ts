/**
 * From a loaded dataset to the index a run reads: optionally keep sourced records only, extend with the modeled
 * projection to the horizon, then build the columnar index. One cache of indexes (`IndexCache`), with one key
 * (`indexKeyOf`), is shared by every place that runs scenarios: the simulation worker, the main-thread runner (and
 * through it the drill-down, explanations and lesson reveals), and the headless runner.
 */
import { type Dataset, type DatasetIndex, indexDataset, type Quarter, RunCache } from '../engine';
import { canonicalJson } from '../scenario/json';
import type { Assumptions, Scenario } from '../scenario/schema';

/** Extends a dataset beyond its as-of date to the end of a quarter with modeled records. */
export type ProjectFn = (dataset: Dataset, assumptions: Assumptions, until: Quarter) => Dataset;

/** What the index depends on besides the data: never the measures, so moving a threshold never rebuilds it. */
export interface PipelineOptions {
  readonly assumptions: Assumptions;
  readonly horizonTo: Quarter;
  readonly sourcedOnly: boolean;
}

/** The pipeline options of a scenario (the one place they are assembled). */
export function pipelineOptionsOf(
  scenario: Pick<Scenario, 'assumptions' | 'horizon'>,
  sourcedOnly: boolean,
): PipelineOptions {
  return { assumptions: scenario.assumptions, horizonTo: scenario.horizon.to, sourcedOnly };
}

/** The key of an index for a given dataset: its options as canonical JSON. */
export function indexKeyOf(options: PipelineOptions): string {
  return canonicalJson(options);
}

/** Keep only sourced records: modeled companies, models and transactions (and anything pointing to them) drop out. */
export function keepSourced(dataset: Dataset): Dataset {
  const companies = dataset.companies.filter((c) => c.provenance.kind === 'sourced');
  const ids = new Set(companies.map((c) => c.id));
  return {
    ...dataset,
    name: `${dataset.name} (sourced only)`,
    companies,
    models: dataset.models.filter((m) => m.provenance.kind === 'sourced' && ids.has(m.companyId)),
    transactions: dataset.transactions.filter(
      (t) => t.provenance.kind === 'sourced' && (t.companyId === null || ids.has(t.companyId)),
    ),
  };
}

/**
 * Treat imputed compute estimates (`trainingComputeImputed`, figures a source gives only in its notes) as unknown:
 * the "Count imputed compute estimates" assumption switched off. Returns the dataset itself when it has none.
 */
export function withoutImputedCompute(dataset: Dataset): Dataset {
  if (!dataset.models.some((m) => m.trainingComputeImputed)) return dataset;
  return {
    ...dataset,
    models: dataset.models.map((m) =>
      m.trainingComputeImputed ? { ...m, trainingComputeFlop: null, trainingComputeImputed: false } : m,
    ),
  };
}

/**
 * Build the index a run reads. Imputed compute estimates are dropped first when the scenario does not count them
 * (so the projection does not grow from them either); the projection (if given and switched on) runs before the
 * sourced-only filter removes it.
 */
export function prepareIndex(dataset: Dataset, options: PipelineOptions, project?: ProjectFn): DatasetIndex {
  let data = options.assumptions.countImputedCompute ? dataset : withoutImputedCompute(dataset);
  if (project && options.assumptions.projection && !options.sourcedOnly)
    data = project(data, options.assumptions, options.horizonTo);
  if (options.sourcedOnly) data = keepSourced(data);
  return indexDataset(data);
}

/** An index with what consecutive runs on it share (run-cache.ts: a slider re-evaluates one measure). */
export interface IndexEntry {
  readonly index: DatasetIndex;
  readonly runs: RunCache;
}

/** How many indexes a cache keeps per dataset (the working scenario, a compare baseline, a lesson's). */
const INDEXES_KEPT = 3;

/**
 * The indexes built from each dataset, the last few per dataset, by `indexKeyOf`. A dataset that is no longer
 * referenced takes its indexes with it.
 */
export class IndexCache {
  private readonly byDataset = new WeakMap<Dataset, { key: string; entry: IndexEntry }[]>();

  constructor(
    private readonly project?: ProjectFn,
    private readonly kept = INDEXES_KEPT,
  ) {}

  /** The index of `dataset` under `options`, built if it is not at hand. */
  get(dataset: Dataset, options: PipelineOptions): IndexEntry {
    const hit = this.peek(dataset, options);
    if (hit) return hit;
    const entry = { index: prepareIndex(dataset, options, this.project), runs: new RunCache() };
    const list = this.byDataset.get(dataset) ?? [];
    list.unshift({ key: indexKeyOf(options), entry });
    list.length = Math.min(list.length, this.kept);
    this.byDataset.set(dataset, list);
    return entry;
  }

  /** The index if it is already built, else null. */
  peek(dataset: Dataset, options: PipelineOptions): IndexEntry | null {
    const key = indexKeyOf(options);
    return this.byDataset.get(dataset)?.find((e) => e.key === key)?.entry ?? null;
  }
}
