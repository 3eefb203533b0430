/**
 * Test-only: `?bench-dataset=synthetic-1m` (or `synthetic-100k`, `synthetic-10k`) opens a seeded synthetic dataset
 * of that many transactions (bench/synthetic.ts, seed 1) instead of the built-in one, for `npm run bench:browser`.
 * Only builds made in Vite's `bench` mode have it: elsewhere `import.meta.env.MODE` is a constant other than
 * 'bench', so the check below folds to null and the generator is left out of the build. The page generates the
 * dataset for its own use (drill-down, explanations) and the simulation worker generates the same one (it would
 * take seconds to copy a million records across); neither needs the 64 MB file limit.
 */
import type { Dataset } from '../engine';
import { registerDatasetSource } from './simulation-client';

const SIZES: Record<string, number> = {
  'synthetic-10k': 10_000,
  'synthetic-100k': 100_000,
  'synthetic-1m': 1_000_000,
};

/** The loader of the dataset the address asks for, in a bench build; null otherwise. */
export function benchDatasetLoader(): (() => Promise<Dataset>) | null {
  if (import.meta.env.MODE !== 'bench' || typeof location === 'undefined') return null;
  const transactions = SIZES[new URLSearchParams(location.search).get('bench-dataset') ?? ''];
  if (!transactions) return null;
  return async () => {
    const { syntheticDataset } = await import('../../bench/synthetic');
    const dataset = syntheticDataset({ transactions, seed: 1 });
    registerDatasetSource(dataset, { kind: 'synthetic', transactions, seed: 1 });
    return dataset;
  };
}
