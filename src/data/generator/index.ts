/**
 * The long-tail generator's entry point: modeled companies, financing rounds, chip purchases and access
 * flows for a sourced core, from 2015 to the core's as-of date. Deterministic in (core, seed).
 */
import type { Company, Dataset, Transaction } from '../../engine';
import { modeledAccessFlows, modeledChipPurchases } from './chips-flows';
import { generateLongTail } from './long-tail';

export { GENERATOR_SOURCE, GENERATOR_VERSION } from './params';

/** The seed the shipped default dataset is generated with. */
export const DEFAULT_SEED = 1;

/** Generate the modeled population for a sourced core. */
export function generateModeledPopulation(
  core: Pick<Dataset, 'companies' | 'transactions' | 'asOf'>,
  seed: number = DEFAULT_SEED,
): { companies: Company[]; transactions: Transaction[] } {
  const { companies, investments } = generateLongTail(core, seed);
  const chips = modeledChipPurchases(investments, core.asOf, seed);
  const flows = modeledAccessFlows(investments, core.asOf, seed);
  return { companies, transactions: [...investments, ...chips, ...flows] };
}
