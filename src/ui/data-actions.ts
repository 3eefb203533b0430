/**
 * Opening datasets: the built-in one, or a user's files. A failed open reports problems and keeps what was in use.
 */
import { type Dataset, type Issue, parseDataset } from '../engine';
import { reportDatasetProblems, setDataset } from '../state/dataset-store';

/** The largest dataset file the app opens (larger files get a clear refusal). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export function makeDataActions(loadBuiltIn: () => Promise<Dataset>) {
  const openBuiltIn = () => {
    loadBuiltIn().then(
      (dataset) => setDataset(dataset, { kind: 'built-in' }),
      (error: unknown) =>
        reportDatasetProblems('The built-in dataset', [{ path: '', message: String(error) }]),
    );
  };
  const openFiles = async (files: readonly File[]) => {
    const label = files.map((f) => f.name).join(', ');
    const tooBig = files.find((f) => f.size > MAX_FILE_BYTES);
    if (tooBig) {
      reportDatasetProblems(tooBig.name, [
        {
          path: '',
          message: `is ${(tooBig.size / 1048576).toFixed(0)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB`,
        },
      ]);
      return;
    }
    const jsons = files.filter((f) => f.name.toLowerCase().endsWith('.json'));
    if (jsons.length === 1 && files.length === 1) {
      const file = jsons[0]!;
      let raw: unknown;
      try {
        raw = JSON.parse(await file.text());
      } catch (error) {
        reportDatasetProblems(file.name, [
          { path: '', message: `not valid JSON (${(error as Error).message})` },
        ]);
        return;
      }
      const parsed = parseDataset(raw);
      if (parsed.ok) setDataset(parsed.value, { kind: 'file', name: file.name });
      else reportDatasetProblems(file.name, parsed.issues);
      return;
    }
    const issues: Issue[] = [
      { path: '', message: 'open one .json dataset file, or the CSV files of one dataset together' },
    ];
    reportDatasetProblems(label, issues);
  };
  return { openBuiltIn, openFiles };
}
