/**
 * Opening files (src/worker/open-dataset.ts) and the data actions on the main-thread fallback (Node has no Worker):
 * JSON, CSV and zip; limits and encodings; progress; and the store keeps the dataset in use on any failure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { datasetToCsv } from '../../src/data/csv';
import { zipTextFiles } from '../../src/data/csv/zip';
import { formatIssue } from '../../src/engine';
import { datasetStore, setDataset } from '../../src/state/dataset-store';
import { makeDataActions, openingStore } from '../../src/ui/data-actions';
import { MAX_DATASET_BYTES, type OpenProgress, openDatasetFiles } from '../../src/worker/open-dataset';
import { SMALL_DATASET } from '../fixtures/small';
import { handWritten, withCell } from './csv-fixture';

const SMALL_JSON = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'small-dataset.json'), 'utf8');
const file = (name: string, content: string | Uint8Array) => new File([content as BlobPart], name);
const csvFiles = () => handWritten().map((f) => file(f.name, f.text));

async function problems(files: File[]): Promise<string[]> {
  const outcome = await openDatasetFiles(files);
  if (outcome.ok) throw new Error('expected problems');
  return outcome.issues.map(formatIssue);
}

describe('openDatasetFiles', () => {
  it('opens one JSON file', async () => {
    const outcome = await openDatasetFiles([file('small.json', SMALL_JSON)]);
    expect(outcome).toEqual({ ok: true, dataset: SMALL_DATASET, label: 'small.json' });
  });

  it('opens the CSV files of one dataset, labelled by their names', async () => {
    const outcome = await openDatasetFiles(csvFiles());
    expect(outcome.ok).toBe(true);
    expect(outcome.label).toBe('dataset.csv, companies.csv, models.csv, chips.csv, transactions.csv');
  });

  it('opens a zip of CSV files or of one JSON file', async () => {
    const zip = zipTextFiles(datasetToCsv(SMALL_DATASET).files);
    const outcome = await openDatasetFiles([file('small-csv.zip', zip)]);
    expect(outcome.ok && outcome.dataset.name).toBe(SMALL_DATASET.name);
    const jsonZip = zipTextFiles([{ name: 'folder/small.json', text: SMALL_JSON }]);
    expect((await openDatasetFiles([file('j.zip', jsonZip)])).ok).toBe(true);
  });

  it('reports CSV problems by file, row and column', async () => {
    const files = withCell(handWritten(), 'transactions.csv', 4, 'date', '2025-13-01').map((f) =>
      file(f.name, f.text),
    );
    expect(await problems(files)).toEqual([
      'transactions.csv row 4, column date: expected YYYY-MM-DD, got "2025-13-01"',
    ]);
  });

  it('reports a JSON syntax error with its line and column', async () => {
    const [message] = await problems([file('bad.json', '{\n  "format": "yardstick-dataset",\n  oops\n}')]);
    expect(message).toMatch(/^is not valid JSON: .*line 3, column 3/);
  });

  it('reports every dataset problem of a JSON file by path', async () => {
    const raw = JSON.parse(SMALL_JSON);
    raw.transactions[12].date = '2025-13-01';
    expect(await problems([file('d.json', JSON.stringify(raw))])).toEqual([
      'transactions[12].date: expected YYYY-MM-DD, got "2025-13-01"',
    ]);
  });

  it('recognises a scenario file opened as a dataset', async () => {
    const scenario = readFileSync(
      join(import.meta.dirname, '..', '..', 'scenarios', 'allied-coordination.json'),
      'utf8',
    );
    expect(await problems([file('allied.json', scenario)])).toEqual([
      'is a scenario file, not a dataset: open it as a scenario (drop it on the page, or use the scenario menu)',
    ]);
  });

  it('refuses more than the limit before reading anything', async () => {
    const huge = {
      name: 'huge.json',
      size: MAX_DATASET_BYTES + 1024 * 1024,
      stream: () => {
        throw new Error('must not be read');
      },
    };
    const outcome = await openDatasetFiles([huge]);
    expect(outcome).toEqual({
      ok: false,
      label: 'huge.json',
      issues: [{ path: '', message: 'is 65 MB; the largest dataset Yardstick opens is 64 MB' }],
    });
  });

  it('refuses other kinds of file, mixes, and a zip with company', async () => {
    expect(await problems([file('data.xlsx', 'PK')])).toEqual([
      'data.xlsx: Yardstick opens .json, .csv and .zip files (save a spreadsheet as "CSV UTF-8")',
    ]);
    expect(await problems([file('a.json', SMALL_JSON), file('companies.csv', 'id\n')])).toEqual([
      'open one .json dataset, or the CSV files of one dataset together — not a mix',
    ]);
    expect(await problems([file('a.zip', 'x'), file('b.json', '{}')])).toEqual(['open a .zip on its own']);
    expect((await problems([file('a.zip', 'not a zip')]))[0]).toMatch(/^is not a readable zip archive/);
    expect(await problems([file('empty.zip', zipTextFiles([{ name: 'readme.txt', text: 'hi' }]))])).toEqual([
      'holds no dataset files (.json or .csv)',
    ]);
  });

  it('refuses text that is not UTF-8, saying where', async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('id,name\nx,Soci'), 0xe9, 0x74, 0xe9]);
    expect(await problems([file('companies.csv', latin1)])).toEqual([
      'companies.csv: is not UTF-8 text (the first bad byte is at offset 14); save it as UTF-8 (in a spreadsheet: "CSV UTF-8")',
    ]);
  });

  it('turns an unexpected failure into a problem, never a throw', async () => {
    const broken = {
      name: 'x.json',
      size: 10,
      stream: () =>
        new ReadableStream<Uint8Array>({
          pull: () => {
            throw new Error('disk gone');
          },
        }),
    };
    expect(await openDatasetFiles([broken])).toEqual({
      ok: false,
      label: 'x.json',
      issues: [{ path: '', message: 'could not be opened (disk gone)' }],
    });
  });

  it('reports progress: reading up to 100 %, then parsing and checking', async () => {
    const steps: OpenProgress[] = [];
    await openDatasetFiles([file('small.json', SMALL_JSON)], (p) => steps.push(p));
    expect(steps.at(0)).toMatchObject({ step: 'read', file: 'small.json' });
    expect(steps.filter((s) => s.step === 'read').at(-1)?.fraction).toBe(1);
    expect(steps.map((s) => s.step).filter((s) => s !== 'read')).toEqual(['parse', 'check']);
    const csvSteps: string[] = [];
    await openDatasetFiles(csvFiles(), (p) => csvSteps.push(`${p.step} ${p.file}`));
    expect(csvSteps.filter((s) => !s.startsWith('read'))).toEqual([
      'parse dataset.csv',
      'parse companies.csv',
      'parse models.csv',
      'parse chips.csv',
      'parse transactions.csv',
      'check transactions.csv',
    ]);
  });
});

describe('data actions (main-thread fallback)', () => {
  afterEach(() => openingStore.setState({ opening: null }));

  function fresh() {
    setDataset(SMALL_DATASET, { kind: 'built-in' });
    return makeDataActions(async () => SMALL_DATASET);
  }

  it('uses a valid file', async () => {
    const actions = fresh();
    await actions.openFiles(csvFiles());
    const s = datasetStore.getState();
    expect(s.dataset?.name).toBe('Hand-made CSV');
    expect(s.source).toEqual({
      kind: 'file',
      name: 'dataset.csv, companies.csv, models.csv, chips.csv, transactions.csv',
    });
    expect(openingStore.getState().opening).toBeNull();
  });

  it('keeps the dataset in use when a file fails, and lists its problems', async () => {
    const actions = fresh();
    const before = datasetStore.getState().dataset;
    const files = withCell(handWritten(), 'models.csv', 3, 'date', 'soon').map((f) => file(f.name, f.text));
    await actions.openFiles(files);
    const s = datasetStore.getState();
    expect(s.dataset).toBe(before);
    expect(s.source).toEqual({ kind: 'built-in' });
    expect(s.problems.map(formatIssue)).toEqual([
      'models.csv row 3, column date: expected YYYY-MM-DD, got "soon"',
    ]);
    expect(s.problemsFrom).toBe('dataset.csv, companies.csv, models.csv, chips.csv, transactions.csv');
  });

  it('shows progress while opening, and a cancelled open changes nothing', async () => {
    const actions = fresh();
    const before = datasetStore.getState().dataset;
    const seen: (string | null)[] = [];
    const unsubscribe = openingStore.subscribe((s) => seen.push(s.opening ? s.opening.label : null));
    const pending = actions.openFiles([file('small.json', SMALL_JSON)]);
    const opening = openingStore.getState().opening;
    expect(opening?.label).toBe('small.json');
    opening?.cancel();
    await pending;
    unsubscribe();
    expect(openingStore.getState().opening).toBeNull();
    expect(datasetStore.getState().dataset).toBe(before);
    expect(datasetStore.getState().problems).toEqual([]);
    expect(seen.at(-1)).toBeNull();
  });

  it('a newer open overtakes an older one', async () => {
    const actions = fresh();
    const first = actions.openFiles([file('small.json', SMALL_JSON)]);
    const second = actions.openFiles(csvFiles());
    await Promise.all([first, second]);
    expect(datasetStore.getState().dataset?.name).toBe('Hand-made CSV');
  });

  it('goes back to the built-in data', async () => {
    const actions = fresh();
    await actions.openFiles(csvFiles());
    actions.openBuiltIn();
    await new Promise((r) => setTimeout(r, 0));
    expect(datasetStore.getState().source).toEqual({ kind: 'built-in' });
    expect(datasetStore.getState().dataset).toBe(SMALL_DATASET);
  });
});
