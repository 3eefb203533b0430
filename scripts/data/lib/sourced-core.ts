/**
 * Assemble the sourced core of the default dataset from the files in data/: the curated companies, Epoch's
 * models (data/derived/epoch-models.json, written by `npm run data:epoch`), the chip catalogue, the named
 * transactions and the chips Epoch's hardware columns show in use. Nothing here is modeled.
 */
import { readFileSync } from 'node:fs';
import type { Company, Dataset, Investment, Transaction } from '../../../src/engine/dataset/schema';
import { CHIPS } from '../curated/chips';
import { companyIdByName, sourcedCompanies, withRoundValuations } from './companies';
import { readCsv } from './csv';
import type { EpochModelsDocument } from './epoch-import';
import { hardwareInUse, withEvidenceModels } from './hardware-in-use';
import { PATHS } from './paths';
import { sourcedTransactions } from './transactions';

/** The sourced parts of a dataset (no modeled records). */
export type SourcedCore = Pick<Dataset, 'companies' | 'models' | 'chips' | 'transactions'>;

/** Read the source files and build the sourced core. */
export function buildSourcedCore(
  paths: { companies: string; transactions: string; epochModels: string } = PATHS,
): SourcedCore {
  const epoch = JSON.parse(readFileSync(paths.epochModels, 'utf8')) as EpochModelsDocument;
  const companies: Company[] = sourcedCompanies(readCsv(paths.companies));
  const named = withEvidenceModels(
    sourcedTransactions(readCsv(paths.transactions), companyIdByName()),
    epoch.models,
  );
  const chips = [...CHIPS];
  const inUse = hardwareInUse(epoch.models, chips, named);
  const transactions: Transaction[] = [...named, ...inUse];
  const investments = transactions.filter((t): t is Investment => t.kind === 'investment');
  return {
    companies: withRoundValuations(companies, investments),
    models: [...epoch.models],
    chips,
    transactions,
  };
}
