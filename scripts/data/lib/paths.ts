/** Paths the data scripts read and write, from the repository root (never outside it). */
import { join } from 'node:path';

/** The repository root. */
export const REPO = join(import.meta.dirname, '..', '..', '..');

/** Where the source tables live, and where derived files go. */
export const PATHS = {
  notable: join(REPO, 'data/sources/epoch/notable_ai_models.csv'),
  largeScale: join(REPO, 'data/sources/epoch/large_scale_ai_models.csv'),
  chinaExtract: join(REPO, 'data/sources/epoch/china-models.csv'),
  companies: join(REPO, 'data/sources/companies.csv'),
  transactions: join(REPO, 'data/sources/transactions.csv'),
  epochModels: join(REPO, 'data/derived/epoch-models.json'),
  dataset: join(REPO, 'src/data/default/dataset.json'),
} as const;
