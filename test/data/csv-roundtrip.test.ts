/**
 * Round trips: the built-in dataset, the small fixture and random valid datasets written as CSV and read back
 * equal; what the format cannot express is listed as a loss; zipped CSV comes back byte for byte.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetFromCsv, datasetToCsv, normaliseForCsv } from '../../src/data/csv';
import { unzipDatasetFiles, zipTextFiles } from '../../src/data/csv/zip';
import { type Dataset, formatIssue } from '../../src/engine';
import { exportCsvInWorker } from '../../src/worker/open-dataset-client';
import { datasetArb } from '../fixtures/arbitraries';
import { SMALL_DATASET } from '../fixtures/small';
import { csvOf, handWritten } from './csv-fixture';
import { defaultDataset } from './helpers';

function readBack(dataset: Dataset): Dataset {
  const r = datasetFromCsv(csvOf(dataset));
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
  return r.value;
}

describe('the built-in dataset', () => {
  it('is written without losses and read back equal', async () => {
    const builtIn = await defaultDataset();
    const { files, losses } = datasetToCsv(builtIn);
    expect(losses).toEqual([]);
    expect(files.map((f) => f.name)).toEqual([
      'dataset.csv',
      'companies.csv',
      'models.csv',
      'chips.csv',
      'transactions.csv',
    ]);
    const back = readBack(builtIn);
    expect(back).toEqual(normaliseForCsv(builtIn));
    // The only normalisation the built-in data needs: 20 companies' empty notes ("") come back absent.
    const emptyNotes = builtIn.companies.filter((c) => c.notes === '');
    expect(emptyNotes).toHaveLength(20);
    expect(back).toEqual({
      ...builtIn,
      companies: builtIn.companies.map(({ notes, ...c }) => (notes === '' ? c : { ...c, notes })),
    });
    // Listing notes, bracketed semicolons in sources and investor names in brackets all survive.
    expect(back.companies.find((c) => c.id === 'beihang-university')?.listings?.[0]?.notes).toMatch(
      /; year only;/,
    );
  });
});

describe('other datasets', () => {
  it('the small fixture', () => {
    expect(readBack(SMALL_DATASET)).toEqual(normaliseForCsv(SMALL_DATASET));
  });

  it('the hand-written CSV set: read, written and read again', () => {
    const first = datasetFromCsv(handWritten());
    if (!first.ok) throw new Error('hand-written set invalid');
    expect(readBack(first.value)).toEqual(first.value);
  });

  it('random valid datasets', () => {
    fc.assert(
      fc.property(datasetArb, (dataset) => {
        const { losses } = datasetToCsv(dataset);
        expect(losses).toEqual([]);
        expect(readBack(dataset)).toEqual(normaliseForCsv(dataset));
      }),
      { numRuns: 150 },
    );
  });

  it('normalising leaves out only null, blank and empty-list optional fields', () => {
    const d = structuredClone(SMALL_DATASET);
    const company = d.companies[0]!;
    Object.assign(company, { notes: '  ', aliases: [], semiconductorActivities: [] });
    const tx = d.transactions.find((t) => t.kind === 'investment')!;
    Object.assign(tx, { lpCommitmentUsd: null, valuationUsd: null, bindingCommitmentDate: null });
    const n = normaliseForCsv(d);
    expect(n.companies[0]).not.toHaveProperty('notes');
    expect(n.companies[0]).not.toHaveProperty('aliases');
    expect(n.transactions.find((t) => t.id === tx.id)).not.toHaveProperty('lpCommitmentUsd');
    expect(n.transactions.find((t) => t.id === tx.id)).toHaveProperty('amountUsd');
    expect(datasetToCsv(d).losses).toEqual([]);
    expect(readBack(d)).toEqual(n);
  });
});

describe('writing', () => {
  it('writes a header of the documented columns, CRLF line ends and RFC 4180 quoting', () => {
    const { files } = datasetToCsv(SMALL_DATASET);
    const chips = files.find((f) => f.name === 'chips.csv')!.text;
    expect(chips.split('\r\n')[0]).toBe(
      'id,name,vendor,origin,tpp,performanceDensity,interconnectGBs,dataCenter,notes,provenance.kind,provenance.sources,provenance.confidence,provenance.notes',
    );
    expect(chips.endsWith('\r\n')).toBe(true);
    const d = structuredClone(SMALL_DATASET);
    d.companies[0]!.notes = 'He said "yes", then\nleft';
    const companies = datasetToCsv(d).files.find((f) => f.name === 'companies.csv')!.text;
    expect(companies).toContain('"He said ""yes"", then\nleft"');
  });

  it('lists what the format cannot express, by record and field', () => {
    const d = structuredClone(SMALL_DATASET);
    d.companies[1]!.ownership = {};
    d.companies[2]!.provenance = { kind: 'sourced', sources: ['a (unclosed', 'b'] };
    d.companies[3]!.notes = 'Windows\r\nline end';
    d.companies[4]!.hq = 'CN ';
    expect(datasetToCsv(d).losses).toEqual([
      {
        path: 'companies[1].ownership',
        message: '{} is written as "", which reads back as absent',
      },
      {
        path: 'companies[2].provenance.sources',
        message: '["a (unclosed","b"] is written as "a (unclosed; b", which reads back as ["a (unclosed; b"]',
      },
      {
        path: 'companies[3].notes',
        message:
          '"Windows\\r\\nline end" is written as "Windows\\r\\nline end", which reads back as "Windows\\nline end"',
      },
      { path: 'companies[4].hq', message: '"CN " is written as "CN ", which reads back as "CN"' },
    ]);
  });
});

describe('zip', () => {
  it('a zip of the CSV files unpacks to the same files', () => {
    const { files } = datasetToCsv(SMALL_DATASET);
    const entries = unzipDatasetFiles(zipTextFiles(files), 64 * 1024 * 1024)!;
    expect(entries.map((e) => ({ name: e.name, text: new TextDecoder().decode(e.bytes) }))).toEqual(files);
  });
  it("the data menu's download: a zip named after the dataset that reads back (main-thread fallback)", async () => {
    const zip = await exportCsvInWorker(SMALL_DATASET);
    expect(zip.name).toBe('small-test-fixture-csv.zip');
    expect(zip.files).toEqual([
      'dataset.csv',
      'companies.csv',
      'models.csv',
      'chips.csv',
      'transactions.csv',
    ]);
    expect(zip.losses).toEqual([]);
    const entries = unzipDatasetFiles(zip.bytes, 64 * 1024 * 1024)!;
    const back = datasetFromCsv(
      entries.map((e) => ({ name: e.name, text: new TextDecoder().decode(e.bytes) })),
    );
    expect(back.ok && back.value).toEqual(normaliseForCsv(SMALL_DATASET));
  });

  it('refuses an archive that unpacks past the limit', () => {
    const big = [{ name: 'transactions.csv', text: 'x'.repeat(2000) }];
    expect(unzipDatasetFiles(zipTextFiles(big), 1000)).toBeNull();
  });
});
