/**
 * The Epoch import as a function (the CLI in import-epoch.ts and the tests both call it): classify the input
 * files, take their union, keep the Chinese models and convert them.
 */
import type { Model } from '../../../src/engine/dataset/schema';
import { EPOCH } from '../curated/sources';
import type { CsvRow } from './csv';
import { aliasTable, toDatasetModels } from './epoch-models';
import { chinaModels, mergeModels } from './epoch-union';

/** One input file: its name, checksum and rows. */
export interface EpochInput {
  readonly name: string;
  readonly sha256: string;
  readonly rows: readonly CsvRow[];
}

/** The committed output of the import (data/derived/epoch-models.json). */
export interface EpochModelsDocument {
  readonly credit: string;
  readonly note: string;
  readonly inputs: readonly { name: string; sha256: string; rows: number }[];
  readonly models: readonly Model[];
}

/** Only the notable file has this column; it decides which file's values win in the union. */
const NOTABLE_ONLY_COLUMN = 'Organization categorization';

/** Run the import over the given files (any order) and the company alias table. */
export function importEpoch(
  inputs: readonly EpochInput[],
  companies: readonly CsvRow[],
): { document: EpochModelsDocument; unionSize: number; coAuthors: ReadonlyMap<string, number> } {
  const isNotable = (f: EpochInput) => f.rows.length > 0 && NOTABLE_ONLY_COLUMN in f.rows[0]!;
  const notable = inputs.filter(isNotable).flatMap((f) => f.rows);
  const largeScale = inputs.filter((f) => !isNotable(f)).flatMap((f) => f.rows);
  const union = mergeModels(notable, largeScale);
  const report = toDatasetModels(chinaModels(union), aliasTable(companies));
  return {
    unionSize: union.length,
    coAuthors: report.coAuthors,
    document: {
      credit: `Derived from ${EPOCH}.`,
      note: 'Models of Chinese and Hong Kong organisations in the union of the input files, matched by normalised name (see scripts/data/lib/epoch-union.ts). Written by `npm run data:epoch`; do not edit by hand.',
      inputs: inputs.map((f) => ({ name: f.name, sha256: f.sha256, rows: f.rows.length })),
      models: report.models,
    },
  };
}
