/**
 * Build the default dataset: the sourced core (see sourced-core.ts) plus the modeled long tail (see
 * src/data/generator), validated with the engine's own parser. Deterministic: the same files give the same
 * JSON, byte for byte (a test rebuilds it and compares with the committed file).
 */

import { DEFAULT_SEED, GENERATOR_SOURCE, generateModeledPopulation } from '../../../src/data/generator';
import { type Dataset, parseDataset } from '../../../src/engine';
import { EPOCH } from '../curated/sources';
import { buildSourcedCore } from './sourced-core';

/** The last date the data speaks for: Epoch's snapshot of 19 Aug 2026. */
export const AS_OF = '2026-08-19';

const byDateThenId = (a: { date: string; id: string }, b: { date: string; id: string }) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Assemble and validate the default dataset. Throws with every problem if it does not validate. */
export function buildDefaultDataset(seed: number = DEFAULT_SEED): Dataset {
  const core = buildSourcedCore();
  const modeled = generateModeledPopulation({ ...core, asOf: AS_OF }, seed);
  const dataset: Dataset = {
    format: 'yardstick-dataset',
    version: 1,
    name: 'Default',
    asOf: AS_OF,
    description: `Chinese and Hong Kong AI, chip and quantum organisations with their models (Epoch AI, snapshot 2026-08-19), named and cited transactions, a chip catalogue, and a modeled long tail of financing rounds, chip purchases and access flows (provenance "modeled", source "${GENERATOR_SOURCE}", seed ${seed}) calibrated to CSET, S&P, PitchBook, ITJuzi and CB Insights aggregates (src/data/calibration/targets.ts; docs/DATA.md).`,
    licence:
      'Models and model-derived figures: Epoch AI data, CC BY 4.0. Curated tables: facts from the cited public sources, restated.',
    credits: [`${EPOCH}.`, 'Model data and counts derived from Epoch AI data (CC BY 4.0).'],
    companies: [...core.companies, ...modeled.companies],
    models: core.models,
    chips: core.chips,
    transactions: [...core.transactions, ...modeled.transactions].sort(byDateThenId),
  };
  const parsed = parseDataset(dataset);
  if (!parsed.ok) {
    throw new Error(
      `default dataset does not validate:\n${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n')}`,
    );
  }
  return dataset;
}

/** The committed file's exact text: compact JSON and a final newline. */
export function serialiseDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset)}\n`;
}
