/**
 * From a loaded dataset to the index a run reads: optionally keep sourced records only, extend with the modeled
 * projection to the horizon, then build the columnar index. Shared by the app, its worker and the runner.
 */
import { type Dataset, type DatasetIndex, indexDataset, type Quarter } from '../engine';
import type { Assumptions } from '../scenario/schema';

/** Extends a dataset beyond its as-of date to the end of a quarter with modeled records. */
export type ProjectFn = (dataset: Dataset, assumptions: Assumptions, until: Quarter) => Dataset;

export interface PipelineOptions {
  readonly assumptions: Assumptions;
  readonly horizonTo: Quarter;
  readonly sourcedOnly: boolean;
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
