/**
 * The default dataset that ships with the app (src/data/default/dataset.json, built by `npm run data:build`).
 * It is imported dynamically so Vite puts it in its own chunk, loaded after the interface; the same call works
 * under tsx and vitest in Node.
 *
 * The committed file is validated by the test suite (test/data/dataset.test.ts parses it and rebuilds it byte for
 * byte), so the app trusts it by default and skips the ≈ 60 ms schema check at start-up; pass `validate: true` to
 * check it anyway. User files are always validated (see src/ui/data-actions.ts).
 */
import { DATASET_FORMAT, DATASET_VERSION, type Dataset, parseDataset } from '../engine';

/** Load the default dataset; throws if it is not a v1 Yardstick dataset (or, with `validate`, not valid). */
export async function loadDefaultDataset(options: { validate?: boolean } = {}): Promise<Dataset> {
  const module = await import('./default/dataset.json');
  const raw = module.default as unknown;
  if (!options.validate) {
    const head = raw as { format?: unknown; version?: unknown };
    if (head?.format !== DATASET_FORMAT || head.version !== DATASET_VERSION)
      throw new Error('The default dataset is not a v1 Yardstick dataset');
    return raw as Dataset;
  }
  const parsed = parseDataset(raw);
  if (!parsed.ok) {
    const first = parsed.issues[0];
    throw new Error(
      `The default dataset does not validate: ${first ? `${first.path}: ${first.message}` : 'unknown problem'}`,
    );
  }
  return parsed.value;
}
