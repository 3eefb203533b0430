/**
 * Turn a table's rows into JSON records (not yet validated): each cell read by its column's syntax, empty cells
 * by the column's rule, and every cell that cannot be read reported by row, column and list item.
 */
import { TRANSACTION_KINDS, type TransactionKind } from '../../engine';
import { type CellRead, quoted } from './cells';
import { type Column, type Presence, presenceFor } from './columns';
import type { CsvIssue } from './csv-issue';
import type { ReadTable } from './read-table';

/** The records of a table and, for each, its row number. */
export interface BuiltTable {
  readonly records: Record<string, unknown>[];
  readonly rows: number[];
}

const KINDS = new Set<string>(TRANSACTION_KINDS);

/** The outcome of reading one cell under a presence rule: a value, nothing (absent), or a problem. */
export type CellOutcome =
  | { readonly kind: 'value'; readonly value: unknown }
  | { readonly kind: 'absent' }
  | { readonly kind: 'problem'; readonly message: string; readonly item?: number };

const ABSENT: CellOutcome = { kind: 'absent' };

/** Read one cell as a column's value, applying what an empty cell means. Shared with the exporter's check. */
export function readCell(column: Column, presence: Presence, cell: string): CellOutcome {
  if (cell.trim() === '') {
    switch (presence) {
      case 'required':
        return { kind: 'problem', message: 'must not be empty' };
      case 'nullable':
        return { kind: 'value', value: null };
      case 'list':
        return { kind: 'value', value: [] };
      case 'optional':
        return ABSENT;
    }
  }
  const read = column.codec.read(cell) as CellRead<unknown>;
  if (read.ok) return { kind: 'value', value: read.value };
  return read.item === undefined
    ? { kind: 'problem', message: read.message }
    : { kind: 'problem', message: read.message, item: read.item };
}

/** Set a nested field (paths come from the fixed column table, never from the file). */
export function setPath(record: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let target = record;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    target[key] ??= {};
    target = target[key] as Record<string, unknown>;
  }
  target[path[path.length - 1]!] = value;
}

function kindsOf(column: Column): string {
  return typeof column.presence === 'string' ? 'all' : Object.keys(column.presence).join(' and ');
}

/** A column as the row loop uses it: its position, and its presence per transaction kind worked out once. */
interface Slot {
  readonly column: Column;
  readonly at: number;
  readonly inGroup: boolean;
  readonly perKind: boolean;
  readonly presence: ReadonlyMap<TransactionKind | null, Presence | undefined>;
}

const BAD_KIND = (cell: string) =>
  cell === ''
    ? `must not be empty (${TRANSACTION_KINDS.join(', ')})`
    : `expected one of ${TRANSACTION_KINDS.map((k) => JSON.stringify(k)).join(', ')}, got ${quoted(cell)}`;

/** Build the records of a table, pushing every cell problem onto `issues`. */
export function buildRecords(table: ReadTable, issues: CsvIssue[]): BuiltTable {
  const { spec, file, order, positions } = table;
  const group = spec.optionalGroup;
  const slots: Slot[] = spec.columns.flatMap((column) => {
    const at = positions.get(column);
    if (at === undefined) return [];
    const presence = new Map<TransactionKind | null, Presence | undefined>();
    for (const k of [null, ...TRANSACTION_KINDS]) presence.set(k, presenceFor(column, k));
    return [
      {
        column,
        at,
        inGroup: group !== undefined && column.name.startsWith(group),
        perKind: typeof column.presence !== 'string',
        presence,
      },
    ];
  });
  const kindSlot = spec.name === 'transactions' ? slots.find((s) => s.column.name === 'kind') : undefined;
  const groupSlots = slots.filter((s) => s.inGroup);
  const records: Record<string, unknown>[] = [];
  const rows: number[] = [];
  const report = (row: number, slot: Slot, message: string, item?: number) =>
    issues.push({
      file,
      order,
      row,
      column: slot.column.name,
      columnIndex: slot.at,
      message,
      ...(item === undefined ? {} : { item: String(item + 1) }),
    });

  for (const { row, cells } of table.rows) {
    const record: Record<string, unknown> = {};
    let kind: TransactionKind | null = null;
    if (kindSlot) {
      const k = cells[kindSlot.at]!.trim();
      if (KINDS.has(k)) kind = k as TransactionKind;
      else {
        // Keep the bad kind in the record so the schema's echo of it lands on this cell (and is dropped). The
        // kind-specific columns cannot be judged without a kind, so only the shared ones are read.
        record.kind = k;
        report(row, kindSlot, BAD_KIND(k));
      }
    }
    const kindUnknown = kindSlot !== undefined && kind === null;
    const groupEmpty = groupSlots.length > 0 && groupSlots.every((s) => cells[s.at]!.trim() === '');
    for (const slot of slots) {
      if ((groupEmpty && slot.inGroup) || (kindUnknown && (slot.perKind || slot === kindSlot))) continue;
      const cell = cells[slot.at]!;
      const presence = slot.presence.get(kind);
      if (presence === undefined) {
        if (cell.trim() !== '')
          report(row, slot, `applies to ${kindsOf(slot.column)} rows only; leave it empty on a ${kind} row`);
        continue;
      }
      const outcome = readCell(slot.column, presence, cell);
      if (outcome.kind === 'value') setPath(record, slot.column.path, outcome.value);
      else if (outcome.kind === 'problem') report(row, slot, outcome.message, outcome.item);
    }
    records.push(record);
    rows.push(row);
  }
  return { records, rows };
}
