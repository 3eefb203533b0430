/**
 * The default dataset that ships with the app (src/data/default/dataset.json, built by `npm run data:build`).
 * It is imported dynamically so Vite puts it in its own chunk, loaded after the interface; the same call works
 * under tsx and vitest in Node.
 */
import { type Dataset, parseDataset } from '../engine';

/** Load and validate the default dataset. Throws if the committed file does not validate (a build error). */
export async function loadDefaultDataset(): Promise<Dataset> {
  const module = await import('./default/dataset.json');
  const parsed = parseDataset(module.default as unknown);
  if (!parsed.ok) {
    const first = parsed.issues[0];
    throw new Error(
      `The default dataset does not validate: ${first ? `${first.path}: ${first.message}` : 'unknown problem'}`,
    );
  }
  return parsed.value;
}
