/**
 * A problem in a CSV file, located by file, row, column and list item, and its one-line form:
 * `transactions.csv row 14, column date: expected YYYY-MM-DD, got "2025-13-01"`.
 */
import type { Issue } from '../../engine';

/** Where a problem is in a set of CSV files, and what it is. */
export interface CsvIssue {
  readonly file: string;
  /** Position of the file's table in TABLE_NAMES, to list problems file by file. */
  readonly order: number;
  /** 1-based row number; the header is row 1 and a quoted cell spanning lines still counts as one row. */
  readonly row?: number;
  readonly column?: string;
  /** The column's position in the header, to list a row's problems left to right. */
  readonly columnIndex?: number;
  /** Which item of a list cell (1-based), or which key of an ownership cell. */
  readonly item?: string;
  readonly message: string;
}

/** Where a CSV issue is, as an engine Issue path: `companies.csv row 5, column valuations, item 2`. */
export function csvPath(issue: CsvIssue): string {
  let path = issue.file;
  if (issue.row !== undefined) path += ` row ${issue.row}`;
  if (issue.column !== undefined) path += `, column ${issue.column}`;
  if (issue.item !== undefined) path += `, item ${issue.item}`;
  return path;
}

/** Order issues file by file, row by row, left to right (stable, so a cell's problems keep their order). */
export function sortCsvIssues(issues: readonly CsvIssue[]): CsvIssue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort(
      (a, b) =>
        a.issue.order - b.issue.order ||
        (a.issue.row ?? 0) - (b.issue.row ?? 0) ||
        (a.issue.columnIndex ?? -1) - (b.issue.columnIndex ?? -1) ||
        a.i - b.i,
    )
    .map((x) => x.issue);
}

/** Convert to the engine's Issue (path + message). */
export function toIssue(issue: CsvIssue): Issue {
  return { path: csvPath(issue), message: issue.message };
}

/** The key of a cell, to drop the schema's echo of a problem already reported for that cell. */
export function cellKey(file: string, row: number | undefined, column: string | undefined): string {
  return `${file}\u0000${row ?? ''}\u0000${column ?? ''}`;
}
