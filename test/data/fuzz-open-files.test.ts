/**
 * Fuzzing the whole opener (`openDatasetFiles`: bytes → UTF-8 → zip/JSON/CSV → dataset), 10,000+ cases: random
 * bytes under any of the accepted extensions, and valid zips, JSON and CSV files with bytes flipped, cut or
 * inserted. Every case ends in a dataset or problems, never a rejection, in well under a second.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { datasetToCsv } from '../../src/data/csv';
import { zipTextFiles } from '../../src/data/csv/zip';
import type { Dataset } from '../../src/engine';
import { openDatasetFiles } from '../../src/worker/open-dataset';
import { SMALL_DATASET } from '../fixtures/small';
import { checkOutcome, expectNoPollution, resetStore, Timings } from './fuzz-support';

const SMALL_JSON = new TextEncoder().encode(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'small-dataset.json'), 'utf8'),
);
const CSV = datasetToCsv(SMALL_DATASET).files;
const ZIP = zipTextFiles(CSV);
const timings = new Timings('dataset files (openDatasetFiles)');
let inUse: Dataset;

async function run(files: File[]): Promise<void> {
  const outcome = await timings.timeAsync(
    () => openDatasetFiles(files),
    () => files.map((f) => `${f.name}: ${f.size} bytes`).join(', '),
  );
  const result = outcome.ok
    ? ({ ok: true, value: outcome.dataset } as const)
    : ({ ok: false, issues: outcome.issues } as const);
  // Problems are either about the files as a whole (no path: the label names them) or located inside one.
  checkOutcome(result, outcome.label, inUse, () => true, timings);
  expectNoPollution();
}

const file = (name: string, bytes: Uint8Array) => new File([bytes as BlobPart], name);

/** Flip, cut or insert bytes. */
const damage = (bytes: Uint8Array) =>
  fc
    .array(
      fc.record({
        at: fc.nat(),
        op: fc.constantFrom('flip', 'cut', 'insert'),
        byte: fc.integer({ min: 0, max: 255 }),
      }),
      {
        minLength: 1,
        maxLength: 4,
      },
    )
    .map((edits) => {
      let out = bytes;
      for (const e of edits) {
        const at = out.length ? e.at % out.length : 0;
        if (e.op === 'flip') {
          out = out.slice();
          out[at] = e.byte;
        } else if (e.op === 'cut') out = out.subarray(0, at);
        else {
          const next = new Uint8Array(out.length + 1);
          next.set(out.subarray(0, at));
          next[at] = e.byte;
          next.set(out.subarray(at), at + 1);
          out = next;
        }
      }
      return out;
    });

describe('fuzz: opening files', () => {
  beforeAll(() => {
    inUse = resetStore();
  });
  afterAll(() => timings.report());

  it('random bytes as .zip, .json or .csv (4,000 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('d.zip', 'd.json', 'companies.csv', 'D.JSON', 'x.txt'),
        fc.uint8Array({ maxLength: 3000 }),
        (name, bytes) => run([file(name, bytes)]),
      ),
      { numRuns: 4000 },
    );
  });

  it('a valid zip of CSV files, damaged (3,000 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(damage(ZIP), (bytes) => run([file('dataset-csv.zip', bytes)])),
      {
        numRuns: 3000,
      },
    );
  });

  it('a valid JSON file, damaged byte by byte (2,000 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(damage(SMALL_JSON), (bytes) => run([file('small.json', bytes)])),
      {
        numRuns: 2000,
      },
    );
  });

  it('valid CSV files, one damaged byte by byte (1,000 cases)', async () => {
    const encoded = CSV.map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) }));
    await fc.assert(
      fc.asyncProperty(
        fc.nat(encoded.length - 1),
        fc.nat(),
        (which, seed) =>
          fc
            .sample(damage(encoded[which]!.bytes), { seed, numRuns: 1 })
            .map((bytes) => run(encoded.map((f, i) => file(f.name, i === which ? bytes : f.bytes))))[0]!,
      ),
      { numRuns: 1000 },
    );
  });
});
