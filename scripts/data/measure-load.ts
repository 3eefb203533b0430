/**
 * `npx tsx scripts/data/measure-load.ts` — time `indexDataset(parseDataset(JSON.parse(text)))` on the committed
 * default dataset (the figure quoted in docs/DATA.md). A measurement, not a test: it prints the median and the
 * 90th percentile of 25 runs after 5 warm-up runs, and the split between JSON parsing, validation and indexing.
 */
import { readFileSync } from 'node:fs';
import { indexDataset, parseDataset } from '../../src/engine';
import { PATHS } from './lib/paths';

const RUNS = 25;
const WARM_UP = 5;
const text = readFileSync(PATHS.dataset, 'utf8');
const phases = {
  json: [] as number[],
  validate: [] as number[],
  index: [] as number[],
  total: [] as number[],
};
for (let i = 0; i < WARM_UP + RUNS; i++) {
  const t0 = performance.now();
  const raw = JSON.parse(text);
  const t1 = performance.now();
  const parsed = parseDataset(raw);
  const t2 = performance.now();
  if (!parsed.ok) throw new Error('the default dataset does not validate');
  indexDataset(parsed.value);
  const t3 = performance.now();
  if (i < WARM_UP) continue;
  phases.json.push(t1 - t0);
  phases.validate.push(t2 - t1);
  phases.index.push(t3 - t2);
  phases.total.push(t3 - t0);
}
const at = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]!.toFixed(1);
console.log(`dataset.json: ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB, Node ${process.version}`);
for (const [name, xs] of Object.entries(phases))
  console.log(`${name.padEnd(9)} median ${at(xs, 0.5)} ms, p90 ${at(xs, 0.9)} ms`);
