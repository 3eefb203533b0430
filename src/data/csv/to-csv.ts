/**
 * A dataset as CSV files (docs/DATA.md §5), written with the same column table and cell syntaxes the importer
 * reads, so `datasetFromCsv(datasetToCsv(d).files)` gives `d` back. Anything the format cannot express (an empty
 * optional text, a list item with a semicolon outside brackets) is listed in `losses`, by record and field.
 */
import Papa from 'papaparse';
import type { Dataset, Issue, TransactionKind } from '../../engine';
import { readCell } from './build-records';
import * as codecs from './cells';
import { type Column, type Presence, presenceFor, TABLE_NAMES, TABLES, type TableName } from './columns';
import type { CsvFile } from './from-csv';

/** The files of an export and what, if anything, would not come back the same when they are read. */
export interface CsvExport {
  readonly files: CsvFile[];
  readonly losses: Issue[];
}

function getPath(record: unknown, path: readonly string[]): unknown {
  let value = record;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Deep equality of JSON values (key order ignored). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/**
 * An optional field the format writes as an empty cell and reads back as absent, with the same meaning: null,
 * blank text or an empty list (every reader treats these like a missing field). Not an empty ownership record:
 * absent ownership means "all held in the HQ country", so `{}` is a real loss.
 */
function blankOptional(value: unknown, presence: Presence | undefined): boolean {
  return (
    presence === 'optional' &&
    (value === null ||
      (typeof value === 'string' && value.trim() === '') ||
      (Array.isArray(value) && value.length === 0))
  );
}

function deletePath(record: Record<string, unknown>, path: readonly string[]): void {
  let target: unknown = record;
  for (let i = 0; i < path.length - 1; i++) {
    if (target === null || typeof target !== 'object') return;
    target = (target as Record<string, unknown>)[path[i]!];
  }
  if (target !== null && typeof target === 'object')
    delete (target as Record<string, unknown>)[path[path.length - 1]!];
}

const kindOf = (table: TableName, record: object): TransactionKind | null =>
  table === 'transactions' ? ((record as { kind?: TransactionKind }).kind ?? null) : null;

/**
 * The dataset as it comes back from CSV: optional fields that are null, blank text or an empty list left out
 * (docs/DATA.md §5). For every valid dataset without losses, `datasetFromCsv(datasetToCsv(d).files)` equals this.
 */
export function normaliseForCsv(dataset: Dataset): Dataset {
  const copy = structuredClone(dataset) as Dataset & Record<string, unknown>;
  for (const table of TABLE_NAMES) {
    const spec = TABLES[table];
    const records = table === 'dataset' ? [copy] : (copy[table] as unknown as Record<string, unknown>[]);
    for (const record of records) {
      for (const column of spec.columns) {
        const value = getPath(record, column.path);
        if (value !== undefined && blankOptional(value, presenceFor(column, kindOf(table, record))))
          deletePath(record, column.path);
      }
    }
  }
  return copy;
}

function describe(value: unknown): string {
  return value === undefined ? 'absent' : JSON.stringify(value);
}

function recordsOf(dataset: Dataset, table: TableName): readonly object[] {
  if (table === 'dataset') {
    const { name, asOf, description, licence, credits } = dataset;
    return [{ name, asOf, description, licence, credits }];
  }
  return dataset[table];
}

const hasNoEdgeSpace = (v: string) => v.length > 0 && v.charCodeAt(0) > 32 && v.charCodeAt(v.length - 1) > 32;

/** A list item read back unchanged: no brackets, semicolons, backslashes or carriage returns, no spaces around. */
const plainItem = (v: string) => hasNoEdgeSpace(v) && !/[;()\\\r]/.test(v);

/**
 * Whether a value surely reads back as itself, so the full read-back check can be skipped (it is most of the
 * export's time on a large dataset): finite numbers, booleans, codes without surrounding spaces, text without a
 * carriage return, and null or absent where that is what an empty cell means.
 */
function surelyExact(column: Column, presence: Presence, value: unknown): boolean {
  if (value === undefined) return presence === 'optional';
  if (value === null) return presence === 'nullable' || presence === 'optional';
  if (typeof value === 'number') return column.codec === (codecs.number as unknown) && Number.isFinite(value);
  if (typeof value === 'boolean') return column.codec === (codecs.boolean as unknown);
  if (Array.isArray(value)) {
    // Lists of plain strings (sources, sectors, aliases) and of plain investors, the bulk of a large export.
    if (column.codec === (codecs.stringList as unknown))
      return value.length > 0 && value.every((v) => typeof v === 'string' && plainItem(v));
    if (column.codec === (codecs.investors as unknown))
      return value.every(
        (v: { name?: unknown; country?: unknown }) =>
          typeof v.name === 'string' &&
          plainItem(v.name) &&
          typeof v.country === 'string' &&
          /^[A-Z]{2}$/.test(v.country),
      );
    return false;
  }
  if (typeof value !== 'string') return false;
  if (column.codec === (codecs.code as unknown)) return hasNoEdgeSpace(value);
  return column.codec === (codecs.text as unknown) && value.trim() !== '' && !value.includes('\r');
}

/** Where a value is, for a loss: `companies[56].notes` (`name` for dataset.csv). */
function pathOf(table: TableName, index: number, column: Column): string {
  return table === 'dataset' ? column.name : `${table}[${index}].${column.name}`;
}

/** Rows are written this many at a time, so a large dataset never holds all its cells as strings at once. */
const CHUNK = 4000;

/** Write a dataset as the five CSV files (dataset.csv first), with RFC 4180 quoting and CRLF line ends. */
export function datasetToCsv(dataset: Dataset): CsvExport {
  const losses: Issue[] = [];
  const files = TABLE_NAMES.map((table): CsvFile => {
    const spec = TABLES[table];
    const group = spec.optionalGroup;
    const records = recordsOf(dataset, table);
    const cellsOf = (record: object, i: number): string[] => {
      const kind = kindOf(table, record);
      return spec.columns.map((column) => {
        const value = getPath(record, column.path);
        const cell =
          value === undefined || value === null ? '' : (column.codec.write as (v: unknown) => string)(value);
        const presence = presenceFor(column, kind);
        if (presence === undefined) {
          if (value !== undefined)
            losses.push({ path: pathOf(table, i, column), message: `does not apply to a ${kind} row` });
          return cell;
        }
        if (surelyExact(column, presence, value)) return cell;
        // Read the cell back as the importer will (line ends normalised), and record any difference.
        const back =
          group && column.name.startsWith(group) && getPath(record, [group.slice(0, -1)]) === undefined
            ? ({ kind: 'absent' } as const)
            : readCell(column, presence, cell.replace(/\r\n?/g, '\n'));
        const backValue = back.kind === 'value' ? back.value : undefined;
        const expected = blankOptional(value, presence) ? undefined : value;
        if (back.kind === 'problem')
          losses.push({
            path: pathOf(table, i, column),
            message: `${describe(value)} cannot be written (${back.message})`,
          });
        else if (!sameValue(expected, backValue))
          losses.push({
            path: pathOf(table, i, column),
            message: `${describe(value)} is written as ${JSON.stringify(cell)}, which reads back as ${describe(backValue)}`,
          });
        return cell;
      });
    };
    const parts = [Papa.unparse([spec.columns.map((c) => c.name)])];
    for (let from = 0; from < records.length; from += CHUNK) {
      const rows = records.slice(from, from + CHUNK).map((record, k) => cellsOf(record, from + k));
      parts.push(Papa.unparse(rows, { newline: '\r\n' }));
    }
    return { name: spec.file, text: `${parts.join('\r\n')}\r\n` };
  });
  return { files, losses };
}
