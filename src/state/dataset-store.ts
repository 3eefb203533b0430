/**
 * The dataset in use, kept outside immer (it can hold tens of thousands of records and never changes in place).
 * Opening a user's dataset either replaces the built-in one or fails with messages naming file, row and field —
 * and then the previous dataset stays in use, so the user loses nothing.
 */

import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Dataset, Issue } from '../engine';

export type DatasetSource = { readonly kind: 'built-in' } | { readonly kind: 'file'; readonly name: string };

export interface DatasetState {
  readonly status: 'loading' | 'ready' | 'error';
  readonly dataset: Dataset | null;
  readonly source: DatasetSource;
  /** Problems from the last attempt to open a dataset (each names file, row and field). */
  readonly problems: readonly Issue[];
  readonly problemsFrom: string | null;
}

export const datasetStore = createStore<DatasetState>(() => ({
  status: 'loading',
  dataset: null,
  source: { kind: 'built-in' },
  problems: [],
  problemsFrom: null,
}));

/** Use a dataset (freezing its top level; the arrays are never mutated). */
export function setDataset(dataset: Dataset, source: DatasetSource): void {
  datasetStore.setState({
    status: 'ready',
    dataset: Object.freeze(dataset),
    source,
    problems: [],
    problemsFrom: null,
  });
}

/** Report problems with a dataset the user tried to open; the current dataset stays. */
export function reportDatasetProblems(from: string, problems: readonly Issue[]): void {
  datasetStore.setState((s) => ({
    ...s,
    status: s.dataset ? 'ready' : 'error',
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
