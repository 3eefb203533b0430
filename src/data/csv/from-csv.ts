/**
 * A dataset from CSV files (docs/DATA.md §5): companies.csv, models.csv, chips.csv, transactions.csv and,
 * optionally, dataset.csv. Every problem names its file, row and column; the assembled dataset is then checked
 * by `parseDataset`, whose paths are mapped back to the rows they came from. Pure: no DOM, no I/O.
 */
import {
  capIssues,
  DATASET_FORMAT,
  DATASET_VERSION,
  type Dataset,
  DatasetSchema,
  fail,
  type Issue,
  isIsoDate,
  issuesFromZod,
  MAX_LISTED_ISSUES,
  ok,
  parseDataset,
  type Result,
} from '../../engine';
import { type BuiltTable, buildRecords } from './build-records';
import { TABLE_NAMES, TABLES, type TableName } from './columns';
import { type CsvIssue, cellKey, sortCsvIssues, toIssue } from './csv-issue';
import { type LocatedTable, locateIssue } from './locate';
import { type ReadTable, readTable } from './read-table';

/** A CSV file as opened: its name (as the user chose it) and its text. */
export interface CsvFile {
  readonly name: string;
  readonly text: string;
}

/** The tables a CSV dataset must have (dataset.csv is optional). */
export const REQUIRED_TABLES: readonly TableName[] = ['companies', 'models', 'chips', 'transactions'];

const FILE_NAMES = TABLE_NAMES.map((t) => TABLES[t].file);
const OTHER = TABLE_NAMES.length;

/** The table a file name stands for: its base name, any letter case (`Companies.csv`, `data/companies.csv`). */
export function tableOfFile(name: string): TableName | null {
  const base = (name.split(/[\\/]/).pop() ?? '').toLowerCase();
  return TABLE_NAMES.find((t) => TABLES[t].file === base) ?? null;
}

function latestDate(tables: Partial<Record<TableName, BuiltTable>>): string | null {
  let latest: string | null = null;
  for (const t of ['models', 'transactions'] as const) {
    for (const record of tables[t]?.records ?? []) {
      const date = record.date;
      if (typeof date === 'string' && isIsoDate(date) && (latest === null || date > latest)) latest = date;
    }
  }
  return latest;
}

function fileSetIssues(files: readonly CsvFile[], byTable: Map<TableName, CsvFile>): CsvIssue[] {
  const issues: CsvIssue[] = [];
  for (const file of files) {
    const table = tableOfFile(file.name);
    if (table === null) {
      issues.push({
        file: file.name.trim() === '' ? '(a file with no name)' : file.name,
        order: OTHER,
        message: `is not one of a dataset's CSV files; name them ${FILE_NAMES.slice(1).join(', ')} and (optionally) dataset.csv`,
      });
    } else if (byTable.has(table) && byTable.get(table) !== file) {
      issues.push({
        file: file.name.trim() === '' ? '(a file with no name)' : file.name,
        order: TABLE_NAMES.indexOf(table),
        message: `is given twice (with ${byTable.get(table)!.name}); open each table once`,
      });
    } else byTable.set(table, file);
  }
  for (const table of REQUIRED_TABLES) {
    if (!byTable.has(table)) {
      issues.push({
        file: TABLES[table].file,
        order: TABLE_NAMES.indexOf(table),
        message: `is missing: open the CSV files of one dataset together (${FILE_NAMES.slice(1).join(', ')}; a table with no records is a file with just its header row)`,
      });
    }
  }
  return issues;
}

/** Turn the located problems into the engine's issues: sorted by file and row, capped. */
function finish(issues: readonly CsvIssue[], extra: readonly Issue[] = []): Result<Dataset> {
  return fail(capIssues([...sortCsvIssues(issues).map(toIssue), ...extra]));
}

/**
 * Read a dataset from its CSV files. Returns the dataset, or every problem found, each naming file, row and
 * column (`transactions.csv row 14, column date: expected YYYY-MM-DD, got "2025-13-01"`). Never throws on bad
 * input. `onStep` hears when each file is parsed and when the assembled dataset is checked (for progress).
 */
export function datasetFromCsv(
  files: readonly CsvFile[],
  options: { readonly onStep?: (step: 'parse' | 'check', file: string) => void } = {},
): Result<Dataset> {
  const onStep = options.onStep ?? (() => {});
  const byTable = new Map<TableName, CsvFile>();
  const structural = fileSetIssues(files, byTable);
  const read = new Map<TableName, ReadTable>();
  TABLE_NAMES.forEach((name, order) => {
    const file = byTable.get(name);
    if (!file) return;
    onStep('parse', file.name);
    const table = readTable(file.name, file.text, TABLES[name], order, structural);
    if (table) read.set(name, table);
  });

  // Cells are read even when another file has a structural problem, so one pass reports as much as possible.
  const cells: CsvIssue[] = [];
  const built: Partial<Record<TableName, BuiltTable>> = {};
  for (const [name, table] of read) built[name] = buildRecords(table, cells);

  const meta = built.dataset;
  const dsTable = read.get('dataset');
  if (meta && dsTable) {
    if (meta.records.length === 0)
      structural.push({
        file: dsTable.file,
        order: 0,
        message: 'has no data row; row 2 holds the name, asOf, description, licence and credits',
      });
    else if (meta.records.length > 1)
      structural.push({
        file: dsTable.file,
        order: 0,
        row: meta.rows[1]!,
        message: `holds a second data row; dataset.csv has exactly one (row 2)`,
      });
  }
  if (structural.length) return finish([...structural, ...cells]);

  const head = meta?.records[0] ?? {};
  const asOf = typeof head.asOf === 'string' ? head.asOf : latestDate(built);
  if (asOf === null) {
    cells.push({
      file: 'dataset.csv',
      order: 0,
      message:
        'asOf is needed: give it in dataset.csv, as no model or transaction has a date to take it from',
    });
  }
  const raw: Record<string, unknown> = {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    ...head,
    name:
      typeof head.name === 'string' ? head.name : REQUIRED_TABLES.map((t) => byTable.get(t)!.name).join(', '),
    asOf: asOf ?? '',
    companies: built.companies?.records ?? [],
    models: built.models?.records ?? [],
    chips: built.chips?.records ?? [],
    transactions: built.transactions?.records ?? [],
  };

  onStep('check', TABLES.transactions.file);
  const parsed = parseDataset(raw);
  if (parsed.ok && cells.length === 0) return ok(parsed.value);

  const located: Partial<Record<TableName, LocatedTable>> = {};
  for (const [name, table] of read) {
    const b = built[name]!;
    located[name] = {
      spec: table.spec,
      file: table.file,
      order: table.order,
      rows: b.rows,
      positions: table.positions,
    };
  }
  // A cell already reported (say, "expected a number") is not reported again by the schema ("is required").
  const seen = new Set(cells.map((i) => cellKey(i.file, i.row, i.column)));
  const fromSchema: CsvIssue[] = [];
  const unplaced: Issue[] = [];
  let schemaIssues = parsed.ok ? [] : parsed.issues;
  // parseDataset lists at most MAX_LISTED_ISSUES; when it stopped short in the shape check, take the full list,
  // so the echoes of cells already reported are dropped before the cap, not after.
  if (schemaIssues.length > MAX_LISTED_ISSUES && schemaIssues.at(-1)?.path === '') {
    const shape = DatasetSchema.safeParse(raw, { reportInput: true });
    if (!shape.success) schemaIssues = issuesFromZod(shape.error);
  }
  for (const issue of schemaIssues) {
    if (asOf === null && issue.path === 'asOf') continue; // already explained above
    const at = locateIssue(issue, located);
    if (!at) unplaced.push(issue);
    else if (!seen.has(cellKey(at.file, at.row, at.column))) fromSchema.push(at);
  }
  return finish([...cells, ...fromSchema], unplaced);
}
