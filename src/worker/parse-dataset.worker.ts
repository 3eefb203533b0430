/**
 * The parse-dataset worker: opens the dataset file(s) the user chose off the main thread, so reading, parsing and
 * checking a 50 MB file never freezes the page. Protocol (see open-dataset-client.ts):
 * in `{ files: File[] }`; out any number of `{ type: 'progress', progress }`, then one `{ type: 'done', outcome }`
 * whose dataset travels back by structured clone.
 */
import { openDatasetFiles } from './open-dataset';
import type { OpenOutcome, OpenProgress } from './open-dataset-types';

/** A message from the worker. */
export type ParseDatasetMessage =
  | { readonly type: 'progress'; readonly progress: OpenProgress }
  | { readonly type: 'done'; readonly outcome: OpenOutcome };

const post = (message: ParseDatasetMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<{ files: File[] }>) => {
  const outcome = await openDatasetFiles(event.data.files, (progress) =>
    post({ type: 'progress', progress }),
  );
  if (outcome.ok)
    post({ type: 'progress', progress: { step: 'hand-over', file: outcome.label, fraction: null } });
  post({ type: 'done', outcome });
};
