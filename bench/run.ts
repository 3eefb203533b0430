/**
 * `npm run bench`: time the engine and print a table (median, p95 and min over repeated runs after warm-up).
 * `npm run -s bench -- --json` prints the same rows as JSON: [{ name, n, medianMs, p95Ms, minMs }].
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { indexDataset, parseDataset, simulate } from '../src/engine';
import { presetById } from '../src/scenario/presets';
import { runSpecOf } from '../src/scenario/run-spec';

interface Row {
  name: string;
  n: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
}

function time(name: string, n: number, fn: () => unknown, runs = 30, warmup = 5): Row {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!;
  return { name, n, medianMs: at(0.5), p95Ms: at(0.95), minMs: samples[0]! };
}

const root = join(import.meta.dirname, '..');
const raw = JSON.parse(readFileSync(join(root, 'test/fixtures/small-dataset.json'), 'utf8'));
const parsed = parseDataset(raw);
if (!parsed.ok) throw new Error('fixture invalid');
const index = indexDataset(parsed.value);
const spec = runSpecOf(presetById('april-2026-escalation')!);

const rows: Row[] = [
  time('fixture-load-and-index', parsed.value.transactions.length, () => {
    const p = parseDataset(raw);
    if (p.ok) indexDataset(p.value);
  }),
  time('fixture-full-run', index.tx.count, () => simulate(index, spec)),
];

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
} else {
  const fmt = (x: number) => x.toFixed(3).padStart(10);
  console.log(`${'benchmark'.padEnd(28)}${'n'.padStart(10)}${'median ms'.padStart(10)}${'p95 ms'.padStart(10)}${'min ms'.padStart(10)}`);
  for (const r of rows) console.log(`${r.name.padEnd(28)}${String(r.n).padStart(10)}${fmt(r.medianMs)}${fmt(r.p95Ms)}${fmt(r.minMs)}`);
  console.log(`node ${process.version}, ${process.platform} ${process.arch}`);
}
