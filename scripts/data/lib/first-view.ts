/**
 * Compute the first view (src/data/first-view.ts): every built-in preset run on a dataset as the app runs it
 * ("sourced only" off, the modeled projection to the horizon), each result without its per-transaction detail.
 */
import type { FirstView } from '../../../src/data/first-view';
import { IndexCache, pipelineOptionsOf } from '../../../src/data/pipeline';
import { projectDataset } from '../../../src/data/projection';
import { type Dataset, simulate } from '../../../src/engine';
import { presets } from '../../../src/scenario/presets';
import { runSpecOf } from '../../../src/scenario/run-spec';

export function computeFirstView(dataset: Dataset): FirstView {
  const indexes = new IndexCache(projectDataset, Number.POSITIVE_INFINITY);
  return {
    dataset: { name: dataset.name, asOf: dataset.asOf },
    runs: presets().map((preset) => {
      const options = pipelineOptionsOf(preset, false);
      const spec = runSpecOf(preset);
      const { detail: _, ...result } = simulate(indexes.get(dataset, options).index, spec);
      return { preset: preset.id, options, spec, result };
    }),
  };
}
