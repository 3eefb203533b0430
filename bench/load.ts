/**
 * `npm run bench:load`: the first load of the production build, as a phone and a desktop get it.
 *
 * - Lighthouse (the `lighthouse` npm package driving Debian's Chromium), the mobile preset (4× CPU slowdown,
 *   simulated slow 4G) and the desktop preset, 3 runs each (`--runs`), each in a fresh browser with an empty
 *   profile: the median of each figure — performance score, total blocking time, largest contentful paint,
 *   cumulative layout shift, accessibility score. `--json` prints them as
 *   `[{ preset, performance, tbtMs, lcpMs, cls, accessibility }]`.
 * - Without throttling, in headless Chromium (3 loads, fresh context each, service worker blocked): the time from
 *   navigation to the first painted frame with a chart in it, and the JavaScript the page's own thread fetched
 *   before that frame, gzipped (the workers' scripts are not the page's thread and do not count).
 *
 * Options: `--json`; `--runs <n>`; `--preset mobile|desktop`; `--no-first-chart`; `--url <address>` (a build
 * served elsewhere; the JavaScript sizes need the build's folder, so they are left out); `--keep-build <dir>`
 * (build there and keep it); `--built <dir>` (serve an earlier production build as it is, e.g. to compare two);
 * `--save <dir>` (keep each Lighthouse report there as JSON, to see where the time goes).
 * Method and figures: docs/PERFORMANCE.md, "First load".
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/chromium';
import { serveBuild } from './serve';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    runs: { type: 'string' },
    preset: { type: 'string' },
    'no-first-chart': { type: 'boolean', default: false },
    url: { type: 'string' },
    'keep-build': { type: 'string' },
    built: { type: 'string' },
    save: { type: 'string' },
  },
});
const RUNS = Math.max(1, Number(args.runs ?? 3));
const PRESETS = (['mobile', 'desktop'] as const).filter((p) => !args.preset || p === args.preset);
const log = (line: string) => void process.stderr.write(`  ${line}\n`);

/** The figures of one Lighthouse run, and the medians of several. */
export interface LoadFigures {
  readonly preset: 'mobile' | 'desktop';
  readonly performance: number;
  readonly tbtMs: number;
  readonly lcpMs: number;
  readonly cls: number;
  readonly accessibility: number;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

// ---- Lighthouse ----

/** Start Chromium with a fresh profile and its DevTools port open; resolve once it says where. */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'yardstick-lh-'));
  const child: ChildProcess = spawn(
    CHROMIUM,
    [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    child.kill();
    await exited;
    try {
      // Chromium's helper processes may still be writing to the profile for a moment after it exits.
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch {
      // A temporary profile left behind is harmless (it is in the system's temporary folder).
    }
  };
  const port = await new Promise<number>((resolve, reject) => {
    let said = '';
    const timer = setTimeout(
      () => reject(new Error(`Chromium did not open its DevTools port: ${said}`)),
      30_000,
    );
    child.stderr?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(said);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}): ${said}`)));
  }).catch(async (error) => {
    await stop();
    throw error;
  });
  return { port, stop };
}

async function lighthouseRun(url: string, preset: 'mobile' | 'desktop'): Promise<LoadFigures> {
  const browser = await startChromium();
  try {
    const result = await lighthouse(
      url,
      {
        port: browser.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned nothing');
    const { lhr } = result;
    if (args.save) {
      mkdirSync(args.save, { recursive: true });
      writeFileSync(join(args.save, `${preset}-${Date.now()}.json`), JSON.stringify(lhr));
    }
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
    return {
      preset,
      performance: score('performance'),
      tbtMs: audit('total-blocking-time'),
      lcpMs: audit('largest-contentful-paint'),
      cls: audit('cumulative-layout-shift'),
      accessibility: score('accessibility'),
    };
  } finally {
    await browser.stop();
  }
}

function medianOf(preset: 'mobile' | 'desktop', runs: readonly LoadFigures[]): LoadFigures {
  const of = (k: keyof Omit<LoadFigures, 'preset'>) => median(runs.map((r) => r[k]));
  return {
    preset,
    performance: of('performance'),
    tbtMs: of('tbtMs'),
    lcpMs: of('lcpMs'),
    cls: of('cls'),
    accessibility: of('accessibility'),
  };
}

// ---- First chart, unthrottled ----

/** Installed before the app starts: the time of the first painted frame with a chart in it. */
function watchFirstChart() {
  const w = window as unknown as { __firstChart?: number };
  const look = () => {
    if (document.querySelector('.charts svg')) {
      // The frame that shows it: after the next animation frame is painted.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          w.__firstChart = performance.now();
        };
        channel.port2.postMessage(null);
      });
      return;
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

interface FirstChart {
  readonly ms: number;
  /** The page's own scripts fetched before the first chart: their paths. */
  readonly scripts: readonly string[];
}

async function firstChartRuns(url: string, runs: number): Promise<FirstChart[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const out: FirstChart[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({
        viewport: { width: 1440, height: 1000 },
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      await page.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
      await page.addInitScript(watchFirstChart);
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as { __firstChart?: number }).__firstChart, null, {
        timeout: 60_000,
      });
      out.push(
        await page.evaluate(() => {
          const ms = (window as unknown as { __firstChart: number }).__firstChart;
          const scripts = performance
            .getEntriesByType('resource')
            .filter((e) => e.startTime < ms && new URL(e.name).pathname.endsWith('.js'))
            .map((e) => new URL(e.name).pathname)
            .filter((p) => !/worker/i.test(p));
          return { ms, scripts };
        }),
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

function gzippedKb(outDir: string, paths: readonly string[]): number {
  let bytes = 0;
  for (const p of new Set(paths)) bytes += gzipSync(readFileSync(join(outDir, p))).length;
  return bytes / 1000;
}

// ---- Main ----

const loadBefore = loadavg()[0]!;
const server = await serveBuild({
  mode: 'production',
  url: args.url,
  keepBuild: args['keep-build'],
  built: args.built,
  log,
});
const medians: LoadFigures[] = [];
const allRuns: LoadFigures[] = [];
let first: FirstChart[] = [];
// The JavaScript before the first chart, gzipped from the build's files (read before the server removes them).
let firstKb: number[] = [];
try {
  for (const preset of PRESETS) {
    const runs: LoadFigures[] = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await lighthouseRun(server.url, preset);
      log(
        `${preset} run ${i + 1}: performance ${r.performance}, TBT ${r.tbtMs.toFixed(0)} ms, LCP ${r.lcpMs.toFixed(0)} ms, CLS ${r.cls.toFixed(3)}, accessibility ${r.accessibility} (load ${loadavg()[0]!.toFixed(2)})`,
      );
      runs.push(r);
    }
    allRuns.push(...runs);
    medians.push(medianOf(preset, runs));
  }
  if (!args['no-first-chart']) first = await firstChartRuns(server.url, RUNS);
  if (server.outDir) firstKb = first.map((f) => gzippedKb(server.outDir!, f.scripts));
} finally {
  await server.close().catch(() => {});
}
const loadAfter = loadavg()[0]!;

if (args.json) {
  process.stdout.write(`${JSON.stringify(medians, null, 2)}\n`);
} else {
  const version = JSON.parse(
    readFileSync(join(import.meta.dirname, '../node_modules/lighthouse/package.json'), 'utf8'),
  ).version as string;
  const chromiumVersion = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(
    `${'preset'.padEnd(10)}${'performance'.padStart(12)}${'TBT ms'.padStart(9)}${'LCP ms'.padStart(9)}${'CLS'.padStart(8)}${'accessibility'.padStart(15)}`,
  );
  for (const m of medians)
    console.log(
      `${m.preset.padEnd(10)}${String(m.performance).padStart(12)}${m.tbtMs.toFixed(0).padStart(9)}${m.lcpMs.toFixed(0).padStart(9)}${m.cls.toFixed(3).padStart(8)}${String(m.accessibility).padStart(15)}`,
    );
  console.log(`\nmedian of ${RUNS} runs per preset; Lighthouse ${version}, ${chromiumVersion} headless`);
  if (first.length) {
    const ms = first.map((f) => f.ms);
    const kb = firstKb;
    console.log(
      `\nfirst chart, no throttling (1440×1000, ${first.length} loads): median ${median(ms).toFixed(0)} ms (min ${Math.min(...ms).toFixed(0)}, max ${Math.max(...ms).toFixed(0)})`,
    );
    if (kb.length)
      console.log(
        `JavaScript on the page's thread before it: ${median(kb).toFixed(1)} kB gzipped (${[...new Set(first.flatMap((f) => f.scripts))].map((p) => p.replace(/^.*\//, '')).join(', ')})`,
      );
  }
  console.log(
    `\n${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}); load average (1 min) ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after: Lighthouse's simulated figures move with the machine's load`,
  );
}
