/**
 * The parse-dataset worker: opens the dataset file(s) the user chose off the main thread, so reading, parsing and
 * checking a 50 MB file never freezes the page; and writes a dataset as a zip of CSV files. Protocol (see
 * open-dataset-client.ts): in `{ type: 'open', files }`, out any number of `{ type: 'progress', progress }` then
 * one `{ type: 'done', outcome }` whose dataset travels back by structured clone; in `{ type: 'export', dataset }`,
 * out one `{ type: 'exported', zip }` (the bytes transferred, not copied).
 */
import type { Dataset } from '../engine';
import { type CsvZip, csvZipOf } from './export-csv';
import { openDatasetFiles } from './open-dataset';
import type { OpenOutcome, OpenProgress } from './open-dataset-types';

/** A request to the worker. */
export type ParseDatasetRequest =
  | { readonly type: 'open'; readonly files: readonly File[] }
  | { readonly type: 'export'; readonly dataset: Dataset };

/** A message from the worker. */
export type ParseDatasetMessage =
  | { readonly type: 'progress'; readonly progress: OpenProgress }
  | { readonly type: 'done'; readonly outcome: OpenOutcome }
  | { readonly type: 'exported'; readonly zip: CsvZip };

const post = (message: ParseDatasetMessage, transfer: Transferable[] = []) =>
  self.postMessage(message, { transfer });

self.onmessage = async (event: MessageEvent<ParseDatasetRequest>) => {
  const request = event.data;
  if (request.type === 'export') {
    const zip = csvZipOf(request.dataset);
    post({ type: 'exported', zip }, [zip.bytes.buffer as ArrayBuffer]);
    return;
  }
  const outcome = await openDatasetFiles(request.files, (progress) => post({ type: 'progress', progress }));
  if (outcome.ok)
    post({ type: 'progress', progress: { step: 'hand-over', file: outcome.label, fraction: null } });
  post({ type: 'done', outcome });
};
