/**
 * What opening a dataset reports, and its size limit: shared by the parse-dataset worker, its client and the
 * interface, without pulling the parsers into the page's first bundle.
 */
import type { Dataset, Issue } from '../engine';

/**
 * The largest dataset opened, in bytes (all files together, or a zip's contents). A 50 MB file opens in seconds;
 * past this the parsed records would need several hundred MB of memory in the tab.
 */
export const MAX_DATASET_BYTES = 64 * 1024 * 1024;

/** What the opener is doing, for the progress indicator. `fraction` is null while a step cannot be measured. */
export interface OpenProgress {
  readonly step: 'read' | 'parse' | 'check' | 'hand-over';
  readonly file: string;
  readonly fraction: number | null;
}

/** The outcome of opening files. `label` names them for the interface. */
export type OpenOutcome =
  | { readonly ok: true; readonly dataset: Dataset; readonly label: string }
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly label: string };
