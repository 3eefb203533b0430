/**
 * Map a dataset path from `parseDataset` (`transactions[12].date`, `companies[3].valuations[1].usd`) back to
 * the CSV file, row and column it came from (`transactions.csv row 14, column date`).
 */
import type { Issue } from '../../engine';
import type { Column, TableName, TableSpec } from './columns';
import type { CsvIssue } from './csv-issue';

/** What is known about one table that was read: its file, its rows and where its columns sit. */
export interface LocatedTable {
  readonly spec: TableSpec;
  readonly file: string;
  readonly order: number;
  /** Row number of each record. */
  readonly rows: readonly number[];
  readonly positions: ReadonlyMap<Column, number>;
}

const RECORD_PATH = /^(companies|models|chips|transactions)\[(\d+)\](.*)$/s;

/** The column a path inside a record belongs to (the longest column name that prefixes it). */
function columnOf(spec: TableSpec, rest: string): { column: Column; remainder: string } | null {
  let best: Column | null = null;
  for (const column of spec.columns) {
    const name = column.name;
    if (!rest.startsWith(name)) continue;
    const next = rest.charAt(name.length);
    if (next !== '' && next !== '.' && next !== '[') continue;
    if (!best || name.length > best.name.length) best = column;
  }
  return best ? { column: best, remainder: rest.slice(best.name.length) } : null;
}

/** `[1].usd` → item "2"; `.CN` → item "CN". */
function itemOf(remainder: string): string | undefined {
  const index = /^\[(\d+)\]/.exec(remainder);
  if (index) return String(Number(index[1]) + 1);
  const key = /^\.(.+)$/s.exec(remainder);
  return key ? key[1] : undefined;
}

/**
 * Locate an engine issue in the CSV files. `dataset` is the dataset.csv table if one was given. Returns null
 * for an issue with no path (such as "…and 12 more problems"), which is kept as it is.
 */
export function locateIssue(
  issue: Issue,
  tables: Readonly<Partial<Record<TableName, LocatedTable>>>,
): CsvIssue | null {
  const m = RECORD_PATH.exec(issue.path);
  let table: LocatedTable | undefined;
  let row: number | undefined;
  let rest: string;
  if (m) {
    table = tables[m[1] as TableName];
    row = table?.rows[Number(m[2])];
    rest = m[3]!.replace(/^\./, '');
  } else {
    if (!issue.path) return null;
    table = tables.dataset;
    row = table?.rows[0];
    rest = issue.path;
  }
  if (!table) return null;
  const hit = columnOf(table.spec, rest);
  const base: CsvIssue = { file: table.file, order: table.order, message: issue.message };
  if (!hit) return { ...base, ...(row === undefined ? {} : { row }) };
  const item = itemOf(hit.remainder);
  const at = table.positions.get(hit.column);
  return {
    ...base,
    ...(row === undefined ? {} : { row }),
    column: hit.column.name,
    ...(at === undefined ? {} : { columnIndex: at }),
    ...(item === undefined ? {} : { item }),
  };
}
