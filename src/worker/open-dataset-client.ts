/**
 * Open dataset files in the parse-dataset worker, with a main-thread fallback where workers are missing (tests,
 * old browsers) or the worker cannot start. Each open can be cancelled; a cancelled open never reports.
 */

import type { Dataset } from '../engine';
import type { CsvZip } from './export-csv';
import type { OpenOutcome, OpenProgress } from './open-dataset-types';
import type { ParseDatasetMessage, ParseDatasetRequest } from './parse-dataset.worker';

/** Start the parse-dataset worker, or return null where there is none (the caller then works on the main thread). */
function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./parse-dataset.worker.ts', import.meta.url), {
      type: 'module',
      name: 'parse-dataset',
    });
  } catch {
    return null;
  }
}

const send = (worker: Worker, request: ParseDatasetRequest) => worker.postMessage(request);

/** An open in progress. */
export interface OpenTask {
  readonly result: Promise<OpenOutcome | null>;
  /** Stop the open (terminating the worker); `result` then resolves to null. */
  cancel(): void;
}

async function onMainThread(
  files: readonly File[],
  onProgress: (p: OpenProgress) => void,
  cancelled: () => boolean,
): Promise<OpenOutcome | null> {
  const { openDatasetFiles } = await import('./open-dataset');
  const outcome = await openDatasetFiles(files, (p) => {
    if (!cancelled()) onProgress(p);
  });
  return cancelled() ? null : outcome;
}

/** Open files off the main thread when possible. */
export function openDatasetInWorker(files: readonly File[], onProgress: (p: OpenProgress) => void): OpenTask {
  let cancelled = false;
  let worker: Worker | null = null;
  let settle: (outcome: OpenOutcome | null) => void = () => {};
  const result = new Promise<OpenOutcome | null>((resolve) => {
    settle = resolve;
  });
  const fallback = () => {
    worker?.terminate();
    worker = null;
    onMainThread(files, onProgress, () => cancelled).then(settle);
  };
  worker = startWorker();
  if (!worker) fallback();
  else {
    const w = worker;
    let heard = false;
    w.onmessage = (event: MessageEvent<ParseDatasetMessage>) => {
      heard = true;
      if (cancelled) return;
      const message = event.data;
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'done') {
        w.terminate();
        settle(message.outcome);
      }
    };
    // A worker that fails to load (a blocked script, an old browser) leaves the job to the main thread; one that
    // dies mid-way (out of memory) is reported, not retried on the main thread, which would have less room still.
    w.onerror = (event) => {
      event.preventDefault();
      if (cancelled) return;
      if (!heard) fallback();
      else {
        w.terminate();
        const label = files.map((f) => f.name).join(', ');
        settle({
          ok: false,
          label,
          issues: [{ path: '', message: `could not be opened (${event.message || 'the reader stopped'})` }],
        });
      }
    };
    send(w, { type: 'open', files: [...files] });
  }
  return {
    result,
    cancel: () => {
      cancelled = true;
      worker?.terminate();
      settle(null);
    },
  };
}

/** Write a dataset as a zip of CSV files, in the worker when possible (a large export takes seconds). */
export function exportCsvInWorker(dataset: Dataset): Promise<CsvZip> {
  const onMainThread = () => import('./export-csv').then(({ csvZipOf }) => csvZipOf(dataset));
  const worker = startWorker();
  if (!worker) return onMainThread();
  return new Promise<CsvZip>((resolve) => {
    worker.onmessage = (event: MessageEvent<ParseDatasetMessage>) => {
      if (event.data.type !== 'exported') return;
      worker.terminate();
      resolve(event.data.zip);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(onMainThread());
    };
    send(worker, { type: 'export', dataset });
  });
}
