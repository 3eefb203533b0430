/**
 * `npx tsx scripts/data/calibration-table.ts` — print the calibration table of docs/DATA.md (target, generated,
 * tolerance, source, how measured) for the committed default dataset.
 */
import { readFileSync } from 'node:fs';
import { describeTolerance, meets, TARGETS } from '../../src/data/calibration/targets';
import type { Dataset } from '../../src/engine';
import { PATHS } from './lib/paths';

function show(value: number, unit: string): string {
  if (unit === 'share') return `${(value * 100).toFixed(1)} %`;
  if (unit === 'ratio') return value.toFixed(2);
  if (unit === 'usd')
    return value >= 1e9 ? `USD ${(value / 1e9).toFixed(1)} bn` : `USD ${(value / 1e6).toFixed(1)} m`;
  return Math.round(value).toLocaleString('en-GB');
}

const dataset = JSON.parse(readFileSync(PATHS.dataset, 'utf8')) as Dataset;
console.log('| Target | Published | Generated | Tolerance | Met | Source | Measured as |');
console.log('|---|---|---|---|---|---|---|');
for (const t of TARGETS) {
  const measured = t.measure(dataset);
  console.log(
    `| \`${t.id}\` ${t.label} | ${show(t.value, t.unit)} | ${show(measured, t.unit)} | ${describeTolerance(t)} | ${meets(t, measured) ? 'yes' : '**no**'} | ${t.source} | ${t.measuredAs} |`,
  );
}
