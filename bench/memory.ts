/**
 * Peak memory of a run at N transactions, measured in a fresh process so nothing else is on the heap:
 * `tsx bench/memory.ts [N]` prints one JSON object (megabytes, 1 MB = 10^6 bytes).
 *
 * - `datasetMb`: heap + array buffers held by the generated dataset objects (after a full GC).
 * - `indexMb`: what `indexDataset` adds and keeps (after a full GC).
 * - `cachesMb`: what a first run leaves cached on the index (the seeded uniforms per transaction).
 * - `runPeakMb`: what one `simulate` adds at its peak: heap + array buffers just after the run, before any GC,
 *   less the level before it (young-generation GCs during the run can only make this smaller than the true
 *   peak; see docs/PERFORMANCE.md).
 * - `resultMb`: what the result keeps once garbage is collected.
 * - `runCacheMb`: what a run cache holds when full (src/engine/run-cache.ts: the parts of the last measure runs,
 *   filled by slider moves of one lever, as the app's worker keeps per index).
 * - `engineMb`: `indexMb + cachesMb + runCacheMb + runPeakMb`, the engine's own peak footprint on top of the
 *   dataset.
 * - `peakRssMb`: the process's maximum resident set size (`process.resourceUsage().maxRSS`) over everything.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { indexDataset, RunCache, simulate } from '../src/engine';
import { presetById } from '../src/scenario/presets';
import { runSpecOf } from '../src/scenario/run-spec';
import { syntheticDataset } from './synthetic';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const MB = 1e6;
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const settle = () => {
  gc();
  gc();
  return used();
};

const n = Number(process.argv[2] ?? 1_000_000);
const spec = runSpecOf(presetById('april-2026-escalation')!);
const start = settle();
const dataset = syntheticDataset({ transactions: n });
const afterDataset = settle();
const index = indexDataset(dataset);
const afterIndex = settle();
// A first run fills the per-index caches (seeded uniforms); measure a warm run, as the app sees on each change.
simulate(index, spec);
const beforeRun = settle();
const result = simulate(index, spec);
const afterRun = used();
const kept = settle();
// Fill a run cache as a slider drag does: a new value of one lever per run, until it holds all it keeps.
const cache = new RunCache();
for (let i = 0; i < 24; i++) {
  simulate(
    index,
    {
      ...spec,
      policies: spec.policies.map((p) =>
        p.template === 'us-outbound'
          ? { ...p, params: { ...p.params, prohibitedComputeFlop: 2e24 * (1 + i) } }
          : p,
      ),
    },
    cache,
  );
}
const withCache = settle();
const round = (x: number) => Math.round((x / MB) * 10) / 10;
process.stdout.write(
  `${JSON.stringify({
    n: index.tx.count,
    datasetMb: round(afterDataset - start),
    indexMb: round(afterIndex - afterDataset),
    runPeakMb: round(afterRun - beforeRun),
    cachesMb: round(beforeRun - afterIndex),
    resultMb: round(kept - beforeRun),
    runCacheMb: round(withCache - kept),
    engineMb: round(beforeRun - afterDataset + (withCache - kept) + (afterRun - beforeRun)),
    peakRssMb: round(process.resourceUsage().maxRSS * 1024),
    measures: result.measures.length,
  })}\n`,
);
