/**
 * The columns of each CSV table (docs/DATA.md §5): the header name (the JSON field, nested with dots), how its
 * cell is read and what an empty cell means. One table drives the importer, the exporter and the error messages.
 */
import type { TransactionKind } from '../../engine';
import * as cell from './cells';

/**
 * What an empty cell means. `required`: it is an error; `nullable`: null; `optional`: the field is left out;
 * `list`: an empty list. Columns for `required`, `nullable` and `list` fields must be in the header.
 */
export type Presence = 'required' | 'nullable' | 'optional' | 'list';

/** One column: its header, its cell syntax, and what an empty cell means (per transaction kind, for transactions). */
export interface Column {
  readonly name: string;
  /** The JSON path the column fills, e.g. ['teacher', 'developer']. */
  readonly path: readonly string[];
  readonly codec: cell.CellCodec<never>;
  /** One presence for all rows, or per transaction kind (a kind not listed: the cell must be empty). */
  readonly presence: Presence | Readonly<Partial<Record<TransactionKind, Presence>>>;
}

/** The five tables, in the order files are read and problems listed. */
export const TABLE_NAMES = ['dataset', 'companies', 'models', 'chips', 'transactions'] as const;
/** One of the five tables: `dataset`, `companies`, `models`, `chips`, `transactions`. */
export type TableName = (typeof TABLE_NAMES)[number];

/** A table: its file name, its columns and (chips only) a group that may be left out as a whole. */
export interface TableSpec {
  readonly name: TableName;
  readonly file: string;
  readonly columns: readonly Column[];
  /** Columns starting with this prefix may all be empty, and then the field is absent (a chip's provenance). */
  readonly optionalGroup?: string;
}

function col(name: string, codec: cell.CellCodec<never>, presence: Column['presence']): Column {
  return { name, path: name.split('.'), codec, presence };
}

// The codecs are typed by value; a column holds any of them (the builder passes what the codec read).
const c = cell as unknown as Record<keyof typeof cell, cell.CellCodec<never>>;

function provenance(): Column[] {
  return [
    col('provenance.kind', c.code, 'required'),
    col('provenance.sources', c.stringList, 'list'),
    col('provenance.confidence', c.code, 'optional'),
    col('provenance.notes', c.text, 'optional'),
  ];
}

const DATASET: TableSpec = {
  name: 'dataset',
  file: 'dataset.csv',
  columns: [
    col('name', c.text, 'optional'),
    col('asOf', c.code, 'optional'),
    col('description', c.text, 'optional'),
    col('licence', c.text, 'optional'),
    col('credits', c.stringList, 'optional'),
  ],
};

const COMPANIES: TableSpec = {
  name: 'companies',
  file: 'companies.csv',
  columns: [
    col('id', c.code, 'required'),
    col('name', c.text, 'required'),
    col('nameZh', c.text, 'optional'),
    col('kind', c.code, 'required'),
    col('hq', c.code, 'required'),
    col('ownership', c.ownership, 'optional'),
    col('relocations', c.relocations, 'optional'),
    col('sectors', c.stringList, 'list'),
    col('semiconductorActivities', c.stringList, 'optional'),
    col('quantumActivities', c.stringList, 'optional'),
    col('endUses', c.endUses, 'list'),
    col('listings', c.listings, 'optional'),
    col('leading', c.boolean, 'optional'),
    col('valuations', c.valuations, 'optional'),
    col('aliases', c.stringList, 'optional'),
    col('parent', c.text, 'optional'),
    col('coveredSubsidiaryShare', c.number, 'optional'),
    col('directedOrControlledFrom', c.stringList, 'optional'),
    col('notes', c.text, 'optional'),
    ...provenance(),
  ],
};

const MODELS: TableSpec = {
  name: 'models',
  file: 'models.csv',
  columns: [
    col('id', c.code, 'required'),
    col('companyId', c.code, 'required'),
    col('name', c.text, 'required'),
    col('date', c.code, 'required'),
    col('trainingComputeFlop', c.number, 'nullable'),
    col('trainingComputeImputed', c.boolean, 'optional'),
    col('primarilyBiological', c.boolean, 'required'),
    col('openWeights', c.boolean, 'required'),
    col('trainingChips', c.trainingChips, 'optional'),
    col('otherCompanyIds', c.stringList, 'optional'),
    col('notes', c.text, 'optional'),
    ...provenance(),
  ],
};

const CHIPS: TableSpec = {
  name: 'chips',
  file: 'chips.csv',
  columns: [
    col('id', c.code, 'required'),
    col('name', c.text, 'required'),
    col('vendor', c.text, 'required'),
    col('origin', c.code, 'required'),
    col('tpp', c.number, 'nullable'),
    col('performanceDensity', c.number, 'nullable'),
    col('interconnectGBs', c.number, 'nullable'),
    col('dataCenter', c.boolean, 'required'),
    col('notes', c.text, 'optional'),
    // A chip's provenance is optional: its columns may be missing, or all empty on a row.
    ...provenance(),
  ],
  optionalGroup: 'provenance.',
};

const INV = 'investment';
const CHIP = 'chip-purchase';
const ACCESS = 'model-access';
const IN_USE = 'hardware-in-use';

const TRANSACTIONS: TableSpec = {
  name: 'transactions',
  file: 'transactions.csv',
  columns: [
    col('id', c.code, 'required'),
    col('kind', c.code, 'required'),
    col('date', c.code, 'required'),
    col('companyId', c.code, 'nullable'),
    col('notes', c.text, 'optional'),
    ...provenance(),
    col('instrument', c.code, { [INV]: 'required' }),
    col('round', c.text, { [INV]: 'optional' }),
    col('investors', c.investors, { [INV]: 'list' }),
    // Optional-and-nullable fields: an empty cell leaves them out, which every reader treats as null.
    col('amountUsd', c.number, { [INV]: 'nullable', [CHIP]: 'optional' }),
    col('lpCommitmentUsd', c.number, { [INV]: 'optional' }),
    col('valuationUsd', c.number, { [INV]: 'optional' }),
    col('bindingCommitmentDate', c.code, { [INV]: 'optional' }),
    col('lpContractualAssurance', c.boolean, { [INV]: 'optional' }),
    col('jointVentureActivity', c.code, { [INV]: 'optional' }),
    col('chipId', c.code, { [CHIP]: 'required', [IN_USE]: 'required' }),
    col('units', c.number, { [CHIP]: 'nullable', [IN_USE]: 'nullable' }),
    col('supplierCountry', c.code, { [CHIP]: 'required', [IN_USE]: 'required' }),
    col('teacher.developer', c.text, { [ACCESS]: 'required' }),
    col('teacher.country', c.code, { [ACCESS]: 'required' }),
    col('teacher.access', c.code, { [ACCESS]: 'required' }),
    col('exchanges', c.number, { [ACCESS]: 'nullable' }),
    col('dateFrom', c.code, { [ACCESS]: 'optional' }),
    col('modelIds', c.stringList, { [IN_USE]: 'optional' }),
  ],
};

/** Every table, by name. */
export const TABLES: Readonly<Record<TableName, TableSpec>> = {
  dataset: DATASET,
  companies: COMPANIES,
  models: MODELS,
  chips: CHIPS,
  transactions: TRANSACTIONS,
};

/** The presence of a column for a row of the given transaction kind (`undefined`: the column does not apply). */
export function presenceFor(column: Column, kind: TransactionKind | null): Presence | undefined {
  if (typeof column.presence === 'string') return column.presence;
  return kind === null ? undefined : column.presence[kind];
}

/** Whether a column must be in the header when rows of these kinds are present. */
export function neededInHeader(table: TableSpec, column: Column, kinds: Iterable<TransactionKind>): boolean {
  if (table.optionalGroup && column.name.startsWith(table.optionalGroup)) return false;
  const needs = (p: Presence | undefined) => p === 'required' || p === 'nullable' || p === 'list';
  if (typeof column.presence === 'string') return needs(column.presence);
  for (const k of kinds) if (needs(column.presence[k])) return true;
  return false;
}
