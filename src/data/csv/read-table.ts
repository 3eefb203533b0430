/**
 * Read one CSV file into a header and rows of cells, with papaparse (RFC 4180: comma-separated, `"` quotes, `""`
 * for a quote inside a quoted cell). Structural problems — an empty file, broken quoting, a header with unknown,
 * duplicate or missing columns, a row with the wrong number of cells — are reported here, each with its row.
 */
import Papa from 'papaparse';
import { TRANSACTION_KINDS, type TransactionKind } from '../../engine';
import { quoted } from './cells';
import { type Column, neededInHeader, type TableSpec } from './columns';
import type { CsvIssue } from './csv-issue';

/** One data row: its 1-based row number and its cells. */
export interface CsvRow {
  readonly row: number;
  readonly cells: readonly string[];
}

/** A table that read without structural problems. */
export interface ReadTable {
  readonly spec: TableSpec;
  readonly file: string;
  readonly order: number;
  /** For each known column present, its position in the header. */
  readonly positions: ReadonlyMap<Column, number>;
  readonly rows: readonly CsvRow[];
}

const KINDS = new Set<string>(TRANSACTION_KINDS);

/** Edit distance up to a small bound (enough to suggest `name` for `nmae`). */
function near(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]! <= 2;
}

function unknownColumnMessage(name: string, spec: TableSpec): string {
  const names = spec.columns.map((c) => c.name);
  const guess = names.find((n) => n.toLowerCase() === name.toLowerCase()) ?? names.find((n) => near(n, name));
  return guess
    ? `unknown column (did you mean ${guess}?)`
    : `unknown column; the columns of ${spec.file} are ${names.join(', ')}`;
}

function quoteMessage(code: string): string {
  return code === 'MissingQuotes'
    ? 'a quoted cell is never closed (a cell that starts with " must end with ")'
    : 'a quote inside a quoted cell must be doubled ("")';
}

/**
 * Read a file's text as a table of the given spec. Pushes every structural problem onto `issues` and returns
 * null when the rows cannot be trusted (then no cell is read).
 */
export function readTable(
  file: string,
  text: string,
  spec: TableSpec,
  order: number,
  issues: CsvIssue[],
): ReadTable | null {
  const at = (row: number | undefined, message: string, column?: string, columnIndex?: number): void => {
    const issue: CsvIssue = { file, order, message };
    issues.push({
      ...issue,
      ...(row === undefined ? {} : { row }),
      ...(column === undefined ? {} : { column }),
      ...(columnIndex === undefined ? {} : { columnIndex }),
    });
  };
  // One line-ending convention (a file edited on two systems can mix them); the BOM a spreadsheet writes goes.
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const normalised = unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
  const required = spec.columns.filter((c) => neededInHeader(spec, c, TRANSACTION_KINDS)).map((c) => c.name);
  if (normalised.trim() === '') {
    at(undefined, `is empty; it needs a header row naming its columns (at least ${required.join(', ')})`);
    return null;
  }
  const parsed = Papa.parse<string[]>(normalised, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    header: false,
    skipEmptyLines: false,
  });
  const before = issues.length;
  const reported = new Set<number>();
  for (const e of parsed.errors) {
    const row = (e.row ?? 0) + 1;
    if (e.type === 'Quotes' && !reported.has(row)) {
      reported.add(row);
      at(row, quoteMessage(e.code));
    }
  }
  if (issues.length > before) return null;

  const data = parsed.data;
  const rawHeader = data[0] ?? [];
  const header = rawHeader.map((h) => h.trim());
  if (header.length === 1 && /[;\t]/.test(header[0]!)) {
    at(
      1,
      `the header ${quoted(header[0]!)} has no commas: Yardstick reads comma-separated files (save as "CSV UTF-8 (comma delimited)")`,
    );
    return null;
  }

  // Rows: blank lines are skipped but still counted, so row numbers match a spreadsheet's.
  const rows: CsvRow[] = [];
  for (let i = 1; i < data.length; i++) {
    const cells = data[i]!;
    if (cells.every((cell) => cell.trim() === '')) continue;
    let used = cells;
    // Trailing empty cells past the header (a stray comma, a spreadsheet's formatted column) are harmless.
    if (cells.length > header.length && cells.slice(header.length).every((cell) => cell.trim() === ''))
      used = cells.slice(0, header.length);
    if (used.length !== header.length) {
      at(
        i + 1,
        `has ${used.length} cells but the header has ${header.length} (a comma too many or too few, or a quote problem)`,
      );
      continue;
    }
    rows.push({ row: i + 1, cells: used });
  }

  const byName = new Map(spec.columns.map((c) => [c.name, c]));
  const positions = new Map<Column, number>();
  const firstAt = new Map<string, number>();
  header.forEach((name, i) => {
    if (name === '') {
      // A spreadsheet's stray unnamed column is ignored when it is empty; with values it would be silently lost.
      const withValue = rows.find((r) => (r.cells[i] ?? '').trim() !== '');
      if (withValue)
        at(1, `column ${i + 1} has no name but holds values (row ${withValue.row} and maybe others)`);
      return;
    }
    const first = firstAt.get(name);
    if (first !== undefined) {
      at(1, `appears twice (columns ${first + 1} and ${i + 1})`, name, i);
      return;
    }
    firstAt.set(name, i);
    const column = byName.get(name);
    if (!column) at(1, unknownColumnMessage(name, spec), name, i);
    else positions.set(column, i);
  });

  // Columns the rows need: all of a table's required ones; for transactions, those of the kinds present.
  const kindsPresent = new Map<TransactionKind, number>();
  if (spec.name === 'transactions') {
    const kindColumn = byName.get('kind');
    const k = kindColumn === undefined ? undefined : positions.get(kindColumn);
    for (const r of rows) {
      const kind = k === undefined ? '' : r.cells[k]!.trim();
      if (KINDS.has(kind) && !kindsPresent.has(kind as TransactionKind))
        kindsPresent.set(kind as TransactionKind, r.row);
    }
  }
  for (const column of spec.columns) {
    if (positions.has(column)) continue;
    if (typeof column.presence === 'string') {
      if (neededInHeader(spec, column, [])) at(1, `missing column ${column.name}`);
      continue;
    }
    for (const [kind, row] of kindsPresent) {
      if (neededInHeader(spec, column, [kind])) {
        at(1, `missing column ${column.name} (${kind} rows need it, e.g. row ${row})`);
        break;
      }
    }
  }
  if (issues.length > before) return null;
  return { spec, file, order, positions, rows };
}
