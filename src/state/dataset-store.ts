/**
 * The dataset in use, kept outside immer (it can hold tens of thousands of records and never changes in place).
 * The built-in dataset is in use from the start without being loaded here: runs name it (`BUILT_IN`) and the
 * simulation worker imports it itself. The page loads its own copy only for what reads single records (the
 * drill-down, explanations, lesson reveals, the data menu's counts and CSV download: `loadDatasetHere`).
 * Opening a user's dataset either replaces the data in use or fails with messages naming file, row and field —
 * and then the previous dataset stays in use, so the user loses nothing.
 */

import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Dataset, Issue } from '../engine';
import { BUILT_IN, type RunData } from '../worker/runner';

export type DatasetSource = { readonly kind: 'built-in' } | { readonly kind: 'file'; readonly name: string };

export interface DatasetState {
  readonly status: 'loading' | 'ready' | 'error';
  /** The data in use, as runs name it. */
  readonly data: RunData;
  /** The dataset in use, if it is on this thread (a user's; the built-in one once something loaded it here). */
  readonly dataset: Dataset | null;
  readonly source: DatasetSource;
  /** Problems from the last attempt to open a dataset (each names file, row and field). */
  readonly problems: readonly Issue[];
  readonly problemsFrom: string | null;
}

export const datasetStore = createStore<DatasetState>(() => ({
  status: 'ready',
  data: BUILT_IN,
  dataset: null,
  source: { kind: 'built-in' },
  problems: [],
  problemsFrom: null,
}));

/** Use a dataset at hand (freezing its top level; the arrays are never mutated). */
export function setDataset(dataset: Dataset, source: DatasetSource): void {
  const frozen = Object.freeze(dataset);
  datasetStore.setState({
    status: 'ready',
    data: { kind: 'given', dataset: frozen },
    dataset: frozen,
    source,
    problems: [],
    problemsFrom: null,
  });
}

/** Use the built-in dataset again (nothing is loaded on this thread for it). */
export function backToBuiltIn(): void {
  if (datasetStore.getState().data === BUILT_IN) return;
  datasetStore.setState({
    status: 'ready',
    data: BUILT_IN,
    dataset: null,
    source: { kind: 'built-in' },
    problems: [],
    problemsFrom: null,
  });
}

/**
 * The dataset in use on this thread: loads the built-in one here the first time something asks (its own chunk).
 * Resolves with whatever is in use once it is loaded.
 */
export async function loadDatasetHere(): Promise<Dataset> {
  const { data, dataset } = datasetStore.getState();
  if (dataset) return dataset;
  if (data.kind === 'given') return data.dataset;
  const { loadDefaultDataset } = await import('../data/default-dataset');
  const loaded = await loadDefaultDataset();
  // Still the built-in one in use: keep the loaded copy for the next reader.
  if (datasetStore.getState().data === BUILT_IN) datasetStore.setState({ dataset: loaded });
  return loaded;
}

/** Report problems with a dataset the user tried to open; the current dataset stays. */
export function reportDatasetProblems(from: string, problems: readonly Issue[]): void {
  datasetStore.setState((s) => ({
    ...s,
    status: 'ready',
    problems,
    problemsFrom: from,
  }));
}

export function dismissDatasetProblems(): void {
  datasetStore.setState((s) => ({ ...s, problems: [], problemsFrom: null }));
}

/** Select from the dataset store. */
export function useDatasetStore<T>(selector: (state: DatasetState) => T): T {
  return useStore(datasetStore, selector);
}
