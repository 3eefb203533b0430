/**
 * Opening datasets: the built-in one, or a user's files (one .json, the CSV files of one dataset, or a .zip of
 * them). User files are read, parsed and checked in a Web Worker (src/worker/parse-dataset.worker.ts) while a
 * progress indicator shows; a failed open reports its problems and keeps the dataset in use.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Dataset } from '../engine';
import {
  backToBuiltIn,
  datasetStore,
  dismissDatasetProblems,
  reportDatasetProblems,
  setDataset,
} from '../state/dataset-store';
import { type OpenTask, openDatasetInWorker } from '../worker/open-dataset-client';
import { MAX_DATASET_BYTES, type OpenProgress } from '../worker/open-dataset-types';

/** The largest dataset the app opens, in bytes (all files together); larger ones get a clear refusal. */
export const MAX_FILE_BYTES = MAX_DATASET_BYTES;

/** A dataset being opened: which files, and the latest progress. */
export interface Opening {
  readonly label: string;
  readonly progress: OpenProgress | null;
  /** Stop opening (the dataset in use stays). */
  readonly cancel: () => void;
}

/** The open in progress, if any (kept apart from the dataset store: it is transient interface state). */
export const openingStore = createStore<{ readonly opening: Opening | null }>(() => ({ opening: null }));

/** The open in progress, for the progress indicator. */
export function useOpening(): Opening | null {
  return useStore(openingStore, (s) => s.opening);
}

/** The actions behind the data menu. */
export interface DataActionsImpl {
  readonly openBuiltIn: () => void;
  /** Open files; resolves once they are in use or their problems are shown (or the open was cancelled). */
  readonly openFiles: (files: readonly File[]) => Promise<void>;
}

/**
 * Build the data menu's actions. `loadBuiltIn` makes the dataset "built-in" stands for where it is not the real
 * one (the bench hook, tests); without it the built-in dataset is used by name and nothing is loaded here.
 * `open` opens files (the worker by default; tests may pass another). Only the latest open reports: a newer one,
 * a cancel or going back to the built-in data drops an older one's result.
 */
export function makeDataActions(
  loadBuiltIn: (() => Promise<Dataset>) | null,
  open: typeof openDatasetInWorker = openDatasetInWorker,
): DataActionsImpl {
  let current: OpenTask | null = null;
  const stop = () => {
    current?.cancel();
    current = null;
    openingStore.setState({ opening: null });
  };
  const openBuiltIn = () => {
    stop();
    if (!loadBuiltIn) return backToBuiltIn();
    datasetStore.setState({ status: 'loading' });
    loadBuiltIn().then(
      (dataset) => setDataset(dataset, { kind: 'built-in' }),
      (error: unknown) =>
        reportDatasetProblems('The built-in dataset', [{ path: '', message: String(error) }]),
    );
  };
  const openFiles = async (files: readonly File[]) => {
    stop();
    dismissDatasetProblems();
    const label = files.map((f) => f.name).join(', ');
    const task = open(files, (progress) => {
      if (current === task) openingStore.setState({ opening: { label, progress, cancel: stop } });
    });
    current = task;
    openingStore.setState({ opening: { label, progress: null, cancel: stop } });
    const outcome = await task.result;
    if (current !== task || outcome === null) return; // cancelled, or overtaken by a newer open
    current = null;
    openingStore.setState({ opening: null });
    if (outcome.ok) setDataset(outcome.dataset, { kind: 'file', name: outcome.label });
    else reportDatasetProblems(outcome.label, outcome.issues);
  };
  return { openBuiltIn, openFiles };
}
