/**
 * Fuzzing the CSV entry point (`datasetFromCsv`), 10,000+ cases: random bytes as files, and valid CSV sets
 * mutated — columns removed, added, renamed or duplicated, cells added or dropped, broken quoting, BOM, CRLF,
 * empty and missing files, blank lines, truncation, NaN/Infinity/huge numbers and hostile keys in cells. Every case
 * ends in a valid dataset or problems naming file (and row and column where there is one), never a throw, in well
 * under a second; the store keeps the dataset in use.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type CsvFile, datasetFromCsv } from '../../src/data/csv';
import type { Dataset, Issue } from '../../src/engine';
import { SMALL_DATASET } from '../fixtures/small';
import { csvOf, handWritten } from './csv-fixture';
import { checkOutcome, expectNoPollution, resetStore, Timings } from './fuzz-support';

const BASES: CsvFile[][] = [handWritten(), csvOf(SMALL_DATASET)];
const TABLE_FILES = ['dataset.csv', 'companies.csv', 'models.csv', 'chips.csv', 'transactions.csv'];
const timings = new Timings('CSV file sets (datasetFromCsv)');
let inUse: Dataset;

function run(files: CsvFile[]): void {
  const names = files.map((f) => f.name);
  // Every problem starts with the file it is about (one of those given, or a missing table's name).
  const locates = (issue: Issue) =>
    [...names, ...TABLE_FILES, '(a file with no name)'].some(
      (n) => issue.path === n || issue.path.startsWith(`${n} row `),
    ) && /^(.+?)( row \d+)?(, column [^,]+(, item .+)?)?$/s.test(issue.path);
  const result = timings.time(
    () => datasetFromCsv(files),
    () => files.map((f) => `${f.name}: ${f.text.length} chars`).join(', '),
  );
  checkOutcome(result, names.join(', '), inUse, locates, timings);
  expectNoPollution();
}

const CELLS = [
  '',
  ' ',
  '"',
  '""',
  '"a""b"',
  ',',
  ';',
  '\\;',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '-1e308',
  '1e-400',
  '123456789012345678901234567890',
  '__proto__',
  'constructor',
  '__proto__=1',
  'CN=NaN',
  'x (US',
  '(((',
  ')))',
  'true',
  'FALSE',
  '2025-13-01',
  '\u0000',
  '\uFEFF',
  '=cmd|calc',
  'line\nbreak',
  'x'.repeat(5000),
];
const cellText = fc.oneof(
  fc.constantFrom(...CELLS),
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

type Edit =
  | {
      op: 'drop-column' | 'rename-column' | 'dup-column' | 'add-column';
      file: number;
      col: number;
      text: string;
    }
  | {
      op: 'cell' | 'drop-cell' | 'add-cell' | 'blank-line' | 'stray-quote' | 'open-quote';
      file: number;
      row: number;
      col: number;
      text: string;
    }
  | {
      op:
        | 'bom'
        | 'crlf'
        | 'cr'
        | 'empty'
        | 'delete-file'
        | 'dup-file'
        | 'rename-file'
        | 'truncate'
        | 'semicolons';
      file: number;
      at: number;
      text: string;
    };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    op: fc.constantFrom('drop-column', 'rename-column', 'dup-column', 'add-column'),
    file: fc.nat(),
    col: fc.nat(),
    text: fc.oneof(
      fc.constantFrom('id', 'name', 'Notes', '__proto__', 'provenance', 'teacher', 'kind '),
      cellText,
    ),
  }),
  fc.record({
    op: fc.constantFrom(
      'cell',
      'cell',
      'cell',
      'drop-cell',
      'add-cell',
      'blank-line',
      'stray-quote',
      'open-quote',
    ),
    file: fc.nat(),
    row: fc.nat(),
    col: fc.nat(),
    text: cellText,
  }),
  fc.record({
    op: fc.constantFrom(
      'bom',
      'crlf',
      'cr',
      'empty',
      'delete-file',
      'dup-file',
      'rename-file',
      'truncate',
      'semicolons',
    ),
    file: fc.nat(),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom('Companies.csv', 'deals.csv', 'chips.CSV', 'x/models.csv'), fc.string()),
  }),
) as fc.Arbitrary<Edit>;

/** Quote a cell as RFC 4180 wants (the edits that break quoting do so on purpose, elsewhere). */
const quote = (cell: string) =>
  /[",\r\n]/.test(cell) || /^\s|\s$/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;

/** A file as rows of (unquoted) cells; the test's own tiny reader — quoted line breaks only occur in notes. */
function rowsOf(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      rows.at(-1)!.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      rows.at(-1)!.push(cell);
      cell = '';
      rows.push([]);
    } else cell += ch;
  }
  rows.at(-1)!.push(cell);
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

const textOf = (rows: string[][]) => `${rows.map((r) => r.map(quote).join(',')).join('\n')}\n`;

function apply(files: CsvFile[], e: Edit): CsvFile[] {
  if (!files.length) return files;
  const i = e.file % files.length;
  const f = files[i]!;
  const set = (text: string, name = f.name) => files.map((g, j) => (j === i ? { name, text } : g));
  switch (e.op) {
    case 'bom':
      return set(`\uFEFF${f.text}`);
    case 'crlf':
      return set(f.text.replace(/\r?\n/g, '\r\n'));
    case 'cr':
      return set(f.text.replace(/\r?\n/g, '\r'));
    case 'empty':
      return set('');
    case 'delete-file':
      return files.filter((_, j) => j !== i);
    case 'dup-file':
      return [...files, f];
    case 'rename-file':
      return set(f.text, e.text);
    case 'truncate':
      return set(f.text.slice(0, f.text.length ? e.at % f.text.length : 0));
    case 'semicolons':
      return set(f.text.replaceAll(',', ';'));
    case 'open-quote':
    case 'stray-quote': {
      const lines = f.text.split('\n');
      const r = e.row % lines.length;
      const line = lines[r]!;
      const at = line.length ? e.col % line.length : 0;
      lines[r] =
        e.op === 'open-quote'
          ? `${line.slice(0, at)},"${line.slice(at)}`
          : `${line.slice(0, at)}"${line.slice(at)}`;
      return set(lines.join('\n'));
    }
    default: {
      const rows = rowsOf(f.text);
      if (!rows.length) return files;
      const width = rows[0]!.length;
      const col = e.col % Math.max(1, width);
      switch (e.op) {
        case 'drop-column':
          return set(textOf(rows.map((r) => r.filter((_, c) => c !== col))));
        case 'rename-column':
          rows[0]![col] = e.text;
          return set(textOf(rows));
        case 'dup-column':
          return set(textOf(rows.map((r) => [...r, r[col] ?? ''])));
        case 'add-column':
          return set(textOf(rows.map((r, k) => [...r, k === 0 ? e.text : k % 2 ? 'x' : ''])));
        default: {
          const r = e.row % rows.length;
          const row = rows[r]!;
          if (e.op === 'cell') row[col] = e.text;
          else if (e.op === 'drop-cell') row.splice(col, 1);
          else if (e.op === 'add-cell') row.splice(col, 0, e.text);
          else rows.splice(r, 0, ['']);
          return set(textOf(rows));
        }
      }
    }
  }
}

describe('fuzz: CSV file sets', () => {
  beforeAll(() => {
    inUse = resetStore();
  });
  afterAll(() => timings.report());

  it('random bytes as the files of a set (2,500 cases)', () => {
    const randomFile = fc.record({
      name: fc.oneof(
        fc.constantFrom(...TABLE_FILES),
        fc.string().map((s) => `${s}.csv`),
      ),
      text: fc.oneof(
        fc.string(),
        fc.string({ unit: 'binary' }),
        fc.uint8Array({ maxLength: 2000 }).map((b) => new TextDecoder().decode(b)),
      ),
    });
    fc.assert(fc.property(fc.array(randomFile, { maxLength: 6 }), run), { numRuns: 2500 });
  });

  it('random cells under valid headers (1,500 cases)', () => {
    const table = fc.constantFrom(...BASES[0]!).chain((f) =>
      fc.array(fc.array(cellText, { minLength: 1, maxLength: 25 }), { maxLength: 5 }).map((rows) => ({
        name: f.name,
        text: `${f.text.split('\n')[0]}\n${rows.map((r) => r.map(quote).join(',')).join('\n')}`,
      })),
    );
    fc.assert(
      fc.property(fc.array(table, { maxLength: 3 }), (changed) =>
        run(BASES[0]!.map((f) => changed.find((c) => c.name === f.name) ?? f)),
      ),
      { numRuns: 1500 },
    );
  });

  it('valid sets mutated: columns, cells, quoting, BOM, CRLF, empty/missing/duplicate files (6,500 cases)', () => {
    fc.assert(
      fc.property(fc.nat(BASES.length - 1), fc.array(edit, { minLength: 1, maxLength: 4 }), (base, edits) =>
        run(edits.reduce(apply, BASES[base]!)),
      ),
      { numRuns: 6500 },
    );
  });

  it('the valid sets themselves, and each with one cell blanked in turn', () => {
    for (const base of BASES) {
      run(base);
      for (let file = 0; file < base.length; file++) {
        const rows = rowsOf(base[file]!.text);
        for (let row = 1; row < Math.min(rows.length, 4); row++)
          for (let col = 0; col < rows[0]!.length; col++)
            run(apply(base, { op: 'cell', file, row, col, text: '' }));
      }
    }
  });
});
