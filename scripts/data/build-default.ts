/**
 * `npm run data:build` — assemble the sourced core and the modeled long tail into
 * src/data/default/dataset.json (format v1, compact JSON; committed), then print its counts, size and the
 * calibration table. Reads only files inside the repo; run `npm run data:epoch` first if Epoch's CSVs changed.
 */
import { writeFileSync } from 'node:fs';
import { describeTolerance, meets, TARGETS } from '../../src/data/calibration/targets';
import { datasetStats } from '../../src/data/dataset-stats';
import { buildDefaultDataset, serialiseDataset } from './lib/build';
import { PATHS } from './lib/paths';
import { EXCLUDED_ROWS } from './lib/transactions';

function main(): void {
  const dataset = buildDefaultDataset();
  const text = serialiseDataset(dataset);
  writeFileSync(PATHS.dataset, text);
  const stats = datasetStats(dataset);
  console.log(`Wrote ${PATHS.dataset}: ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB`);
  console.log(
    JSON.stringify({ companies: stats.companies, models: stats.models, transactions: stats.transactions }),
  );
  for (const [id, why] of Object.entries(EXCLUDED_ROWS)) console.log(`Left out ${id}: ${why}`);
  let failed = 0;
  for (const t of TARGETS) {
    const measured = t.measure(dataset);
    const ok = meets(t, measured);
    if (!ok) failed++;
    console.log(
      `${ok ? 'ok  ' : 'MISS'} ${t.id}: target ${t.value} (${describeTolerance(t)}), generated ${+measured.toPrecision(4)}`,
    );
  }
  if (failed) {
    console.error(`${failed} calibration target(s) missed`);
    process.exitCode = 1;
  }
}

main();
