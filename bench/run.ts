/**
 * `npm run bench`: time the engine and print a table (median, p95 and min over at least 20 runs after warm-up).
 * `npm run -s bench -- --json` prints the same rows as JSON: [{ name, n, medianMs, p95Ms, minMs, ... }]; the
 * extra fields (`floorRatio`, memory in MB on `synthetic-1m-full-run`) are documented in docs/PERFORMANCE.md.
 *
 * Options: `--json`; `--only <text>` keeps rows whose name contains the text; `--runs <n>` (at least 20);
 * `--no-memory` skips the memory child process.
 *
 * Rows: the default dataset's full run (cold: nothing reused), a single-threshold change (as the app runs it,
 * reusing the unchanged measures; `-cold` without reuse), one company's explanation, dataset load and
 * index (JSON text → validated dataset → index); link encode and decode; seeded synthetic datasets of 10 k, 100 k
 * and 1 M transactions (index, full run, floor); peak memory at 1 M (a child process, see bench/memory.ts).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDefaultDataset } from '../src/data/default-dataset';
import {
  type DatasetIndex,
  explainCompany,
  indexDataset,
  parseDataset,
  RunCache,
  type RunSpec,
  type SimulationResult,
  simulate,
} from '../src/engine';
import { decodeLink, encodeLink } from '../src/scenario/link';
import { presetById } from '../src/scenario/presets';
import { runSpecOf } from '../src/scenario/run-spec';
import type { Scenario } from '../src/scenario/schema';
import { floorPass } from './floor';
import { type Row, time } from './stats';
import { syntheticDataset } from './synthetic';

const root = join(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    only: { type: 'string' },
    runs: { type: 'string' },
    'no-memory': { type: 'boolean', default: false },
  },
});
const runs = Math.max(20, Number(args.runs ?? 25));
const loadBefore = loadavg()[0]!;
const rows: Row[] = [];
const wanted = (name: string) => !args.only || name.includes(args.only);

function bench(
  name: string,
  n: number,
  fn: (run: number) => unknown,
  runsOverride?: number,
): Row | undefined {
  if (!wanted(name)) return undefined;
  const row = time(name, n, fn, { runs: runsOverride ?? runs });
  rows.push(row);
  if (!args.json) process.stderr.write(`  ${name}\n`);
  return row;
}

const scenario: Scenario = presetById('april-2026-escalation')!;
const spec: RunSpec = runSpecOf(scenario);

/** The same scenario with the outbound rule's prohibited line set to `flop` (a slider move). */
function withProhibitedLine(flop: number): RunSpec {
  return {
    ...spec,
    policies: spec.policies.map((p) =>
      p.template === 'us-outbound' ? { ...p, params: { ...p.params, prohibitedComputeFlop: flop } } : p,
    ),
  };
}
const thresholdSpecs = [withProhibitedLine(3e24), withProhibitedLine(1e25)];

/**
 * A slider move as the app runs it: the prohibited line at a value no earlier run used (call `run` of the bench:
 * 2e24, 2.013e24, …), with a cache shared by consecutive runs (src/engine/run-cache.ts), so the three unchanged
 * measures are reused and the moved one is evaluated afresh.
 */
function sliderMove(index: DatasetIndex): (run: number) => SimulationResult {
  const cache = new RunCache();
  return (run) => simulate(index, withProhibitedLine(2e24 * (1 + (run % 5000) * 0.0065)), cache);
}

/** The company with the most captured deals under the scenario (deterministic), to explain. */
function busiestCompany(index: DatasetIndex): string {
  const result = simulate(index, spec);
  const counts = new Int32Array(index.companies.count);
  for (let t = 0; t < index.tx.count; t++) {
    const c = index.tx.company[t]!;
    if (c >= 0 && result.detail.combined[t]! >= 2) counts[c]!++;
  }
  let best = 0;
  for (let c = 1; c < counts.length; c++) if (counts[c]! > counts[best]!) best = c;
  return index.companies.ids[best]!;
}

// ---- The default dataset ----

const defaultJson = join(root, 'src/data/default/dataset.json');
const def = {
  label: 'default dataset',
  text: readFileSync(defaultJson, 'utf8'),
  dataset: await loadDefaultDataset(),
};

const defIndex = indexDataset(def.dataset);
bench('default-full-run', defIndex.tx.count, () => simulate(defIndex, spec));
bench('default-threshold-change', defIndex.tx.count, sliderMove(defIndex));
bench('default-threshold-change-cold', defIndex.tx.count, (i) => simulate(defIndex, thresholdSpecs[i % 2]!));
if (wanted('default-explain-company')) {
  const company = busiestCompany(defIndex);
  bench('default-explain-company', defIndex.tx.count, () => explainCompany(defIndex, spec, company));
}
bench('default-load-and-index', defIndex.tx.count, () => {
  const parsed = parseDataset(JSON.parse(def.text));
  if (!parsed.ok) throw new Error('default dataset invalid');
  return indexDataset(parsed.value);
});
// What the app does at start-up: the committed file is validated by the test suite, so it is parsed and indexed
// without the schema check (see src/data/default-dataset.ts). User files always take the row above's path.
bench('default-load-and-index-trusted', defIndex.tx.count, () => indexDataset(JSON.parse(def.text)));
bench('default-index', defIndex.tx.count, () => indexDataset(def.dataset));

// ---- Links ----

{
  const tougher = presetById('tougher-us-rule') ?? scenario;
  const edited: Scenario = {
    ...tougher,
    policies: tougher.policies.map((p, i) =>
      i === 0 ? { ...p, params: { ...p.params, prohibitedComputeFlop: 3e24 } } : p,
    ),
  };
  const fragment = encodeLink(edited);
  bench('link-encode', 1, () => encodeLink(edited));
  bench('link-decode', 1, () => decodeLink(fragment));
}

// ---- Synthetic datasets ----

const SIZES = [
  ['10k', 10_000],
  ['100k', 100_000],
  ['1m', 1_000_000],
] as const;
const floors = new Map<string, Row>();
for (const [label, n] of SIZES) {
  if (!wanted(`synthetic-${label}`) && !wanted(`floor-${label}`)) continue;
  const dataset = syntheticDataset({ transactions: n, seed: 1 });
  if (n <= 10_000) {
    const parsed = parseDataset(dataset);
    if (!parsed.ok)
      throw new Error(`synthetic dataset invalid: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
  }
  const big = n >= 1_000_000;
  bench(`synthetic-${label}-index`, n, () => indexDataset(dataset), big ? 20 : undefined);
  const index = indexDataset(dataset);
  const floor = bench(`floor-${label}`, n, () => floorPass(index));
  if (floor) floors.set(label, floor);
  const full = bench(`synthetic-${label}-full-run`, n, () => simulate(index, spec));
  if (full && floor) full.floorRatio = Math.round((full.medianMs / floor.medianMs) * 10) / 10;
  if (big) {
    bench(`synthetic-${label}-threshold-change`, n, sliderMove(index));
    bench(`synthetic-${label}-threshold-change-cold`, n, (i) => simulate(index, thresholdSpecs[i % 2]!));
    if (wanted(`synthetic-${label}-explain-company`)) {
      const company = busiestCompany(index);
      bench(`synthetic-${label}-explain-company`, n, () => explainCompany(index, spec, company), 20);
    }
  }
}

// ---- Memory at 1 M (a fresh process) ----

if (!args['no-memory'] && wanted('synthetic-1m')) {
  const child = spawnSync(process.execPath, [...process.execArgv, join(root, 'bench/memory.ts'), '1000000'], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`memory benchmark failed: ${child.stderr}`);
  const memory = JSON.parse(child.stdout) as Record<string, number>;
  const row = rows.find((r) => r.name === 'synthetic-1m-full-run');
  if (row) {
    for (const key of [
      'datasetMb',
      'indexMb',
      'cachesMb',
      'runCacheMb',
      'runPeakMb',
      'engineMb',
      'peakRssMb',
    ])
      row[key] = memory[key]!;
  }
}

// ---- Output ----

if (args.json) {
  process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
} else {
  const fmt = (x: number) => (x < 10 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(1)).padStart(11);
  console.log(
    `${'benchmark'.padEnd(36)}${'n'.padStart(9)}${'median ms'.padStart(11)}${'p95 ms'.padStart(11)}${'min ms'.padStart(11)}`,
  );
  for (const r of rows) {
    const extra = typeof r.floorRatio === 'number' ? `   ${r.floorRatio}× floor` : '';
    console.log(
      `${r.name.padEnd(36)}${String(r.n).padStart(9)}${fmt(r.medianMs)}${fmt(r.p95Ms)}${fmt(r.minMs)}${extra}`,
    );
  }
  const big = rows.find((r) => r.name === 'synthetic-1m-full-run');
  if (big && typeof big.engineMb === 'number') {
    console.log(
      `\nmemory at 1 M transactions (MB): dataset objects ${big.datasetMb}, index ${big.indexMb}, caches ${big.cachesMb}, run cache ${big.runCacheMb}, run peak ${big.runPeakMb}; engine total ${big.engineMb}; process peak RSS ${big.peakRssMb}`,
    );
  }
  console.log(
    `\nnode ${process.version}, ${process.platform} ${process.arch}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}); default-* rows: ${def.label}; ${runs} runs after ≥ 5 warm-up runs (≥ 250 ms)`,
  );
  console.log(
    `load average (1 min) ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after: on a shared machine, other work inflates the medians; the minimum is the least disturbed figure`,
  );
}
