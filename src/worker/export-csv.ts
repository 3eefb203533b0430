/**
 * The dataset in use as a .zip of its CSV files (docs/DATA.md §5), built in the parse-dataset worker so a large
 * dataset's export does not freeze the page (and on the main thread where there is no worker).
 */
import { datasetToCsv } from '../data/csv/to-csv';
import { zipTextFiles } from '../data/csv/zip';
import type { Dataset, Issue } from '../engine';

/** A zip ready to save: its file name, bytes, the CSV files inside and what the format could not express. */
export interface CsvZip {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly files: readonly string[];
  readonly losses: readonly Issue[];
}

/** A file-name-safe form of a dataset's name ("Default" → "default"). */
export function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'dataset'
  );
}

/** Write the dataset as CSV files and zip them as `<name>-csv.zip`. */
export function csvZipOf(dataset: Dataset): CsvZip {
  const { files, losses } = datasetToCsv(dataset);
  return {
    name: `${slug(dataset.name)}-csv.zip`,
    bytes: zipTextFiles(files),
    files: files.map((f) => f.name),
    losses,
  };
}
