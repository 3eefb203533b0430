/**
 * Shared loaders for the data tests: the committed default dataset (parsed once per test file) and the
 * repo's copies of the source files. Nothing here reads outside the repository.
 */
import { readFileSync } from 'node:fs';
import { PATHS } from '../../scripts/data/lib/paths';
import { loadDefaultDataset } from '../../src/data/default-dataset';
import type { Dataset } from '../../src/engine';

let cached: Promise<Dataset> | null = null;

/** The committed default dataset, validated (shared across tests in one file). */
export function defaultDataset(): Promise<Dataset> {
  cached ??= loadDefaultDataset({ validate: true });
  return cached;
}

/** The committed dataset.json text. */
export function committedDatasetText(): string {
  return readFileSync(PATHS.dataset, 'utf8');
}
