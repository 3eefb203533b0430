/**
 * `npm run bench:browser`: slider → every chart redrawn, in headless Chromium against a production build, timed
 * with the performance marks the app places (src/state/perf-marks.ts). Prints a table like `npm run bench`;
 * `npm run -s bench:browser -- --json` prints the rows as JSON: [{ name, n, medianMs, p95Ms, minMs, maxMs, ... }].
 *
 * Method (docs/PERFORMANCE.md, "Browser"):
 * - Build the app (production, mode `bench`, which adds only the `?bench-dataset=` hook) into a temporary folder
 *   and serve it with Vite's preview server; or `--url <address>` to measure a build served elsewhere (then the
 *   1 M rows need that build to be a bench build).
 * - Once every chart is drawn (the page is scrolled down to the charts below the fold, which are drawn when they
 *   come near the screen, and back up), after 30 warm-up moves (the page's and the worker's code gets compiled, as `npm run bench` warms up; the first
 *   10 are reported as `*-slider-cold`), `*-slider-settled`: ≥ 30 single moves of the outbound rule's prohibited-compute slider (a pointer press at a
 *   new spot on the track), each after the page has settled: from the input's `yardstick:input` mark to the
 *   `yardstick:drawn` mark of the first result that includes it (the frame after React committed it to every
 *   chart). `late DOM changes` counts moves where a chart changed after that mark (it should be 0: the mark is
 *   only honest if nothing is drawn later).
 * - `*-slider-drag`: the same slider dragged, one pointer move every 16.7 ms; each input's latency to the frame
 *   that first shows a result including it (coalesced inputs share a frame). `*-drag-frame`: the time between
 *   frames during the drag. `*-longest-task`: the longest main-thread task (PerformanceObserver `longtask`, ≥ 50 ms)
 *   from the first move to the end of the drag.
 * - `default-line-drag-frame`: frame times while dragging the models chart's prohibited line; `line lag frames`
 *   counts frames in which the drawn line was not where the pointer was.
 * - `synthetic-1m-*`: the same on a seeded synthetic dataset of 1,000,000 transactions (bench/synthetic.ts, seed 1),
 *   generated in the page and in the simulation worker by the test-only `?bench-dataset=synthetic-1m` hook.
 *
 * Options: `--json`; `--moves <n>` (at least 30); `--only <text>` runs the datasets whose name contains it
 * (`default`, `synthetic-1m`); `--url <address>`; `--keep-build <dir>` builds there and keeps it.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/chromium';
import { nearestRung, roundLadder } from '../src/ui/controls/round-steps';
import { serveBuild } from './serve';
import { percentile, type Row } from './stats';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    moves: { type: 'string' },
    only: { type: 'string' },
    url: { type: 'string' },
    'keep-build': { type: 'string' },
  },
});
const MOVES = Math.max(30, Number(args.moves ?? 40));
const DRAG_STEPS = 90;
const WARM_UP = 30;
const COLD = 10;
const FRAME_MS = 1000 / 60;
const log = (line: string) => {
  if (!args.json) process.stderr.write(`  ${line}\n`);
};

// ---- Build and serve ----

const serve = () => serveBuild({ mode: 'bench', url: args.url, keepBuild: args['keep-build'], log });

// ---- In the page ----

/** Installed before the app starts: collect marks, long tasks, chart DOM changes and frames. */
function instrument() {
  interface Bench {
    marks: { name: string; t: number; input: number }[];
    longtasks: { t: number; duration: number }[];
    mutations: number[];
    frames: number[];
    recordFrames: boolean;
    pointerY: number;
    line: { t: number; lag: number }[];
    trackLine: boolean;
    sync: () => void;
  }
  const bench: Bench = {
    marks: [],
    longtasks: [],
    mutations: [],
    frames: [],
    recordFrames: false,
    pointerY: Number.NaN,
    line: [],
    trackLine: false,
    sync: () => {},
  };
  (window as unknown as { __bench: Bench }).__bench = bench;
  // Marks are read from the timeline whenever the bench looks (observer callbacks can come late) and by an
  // observer (the app clears the timeline now and then); each is kept once.
  const seen = new Set<string>();
  const take = (e: PerformanceEntry) => {
    const key = `${e.name}@${e.startTime}`;
    if (!e.name.startsWith('yardstick:') || seen.has(key)) return;
    seen.add(key);
    bench.marks.push({ name: e.name, t: e.startTime, input: Number((e as PerformanceMark).detail) });
  };
  bench.sync = () => {
    for (const e of performance.getEntriesByType('mark')) take(e);
    bench.marks.sort((a, b) => a.t - b.t);
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) take(e);
  }).observe({ type: 'mark', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push({ t: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the row says so.
  }
  const watch = () => {
    const main = document.querySelector('.main');
    if (!main) return void setTimeout(watch, 50);
    new MutationObserver(() => bench.mutations.push(performance.now())).observe(main, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  };
  watch();
  document.addEventListener('pointermove', (e) => (bench.pointerY = e.clientY), { capture: true });
  document.addEventListener('pointerdown', (e) => (bench.pointerY = e.clientY), { capture: true });
  const tick = (t: number) => {
    if (bench.recordFrames) bench.frames.push(t);
    if (bench.trackLine) {
      const line = document.querySelector('#chart-models .threshold-line line');
      if (line) {
        const box = line.getBoundingClientRect();
        bench.line.push({ t, lag: Math.abs(box.top + box.height / 2 - bench.pointerY) });
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

interface Mark {
  name: string;
  t: number;
  input: number;
}

type BenchState = {
  sync: () => void;
  marks: Mark[];
  longtasks: { t: number; duration: number }[];
  mutations: number[];
  frames: number[];
  line: { t: number; lag: number }[];
};

async function state(page: Page): Promise<Omit<BenchState, 'sync'>> {
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: BenchState }).__bench;
    b.sync();
    return { marks: b.marks, longtasks: b.longtasks, mutations: b.mutations, frames: b.frames, line: b.line };
  });
}

const now = (page: Page) => page.evaluate(() => performance.now());
const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/** For each input mark at or after `from`, the time to the first `drawn` mark of a result that includes it. */
function latencies(marks: readonly Mark[], from: number, to = Number.POSITIVE_INFINITY) {
  const inputs = marks.filter((m) => m.name === 'yardstick:input' && m.t >= from && m.t <= to);
  const drawn = marks.filter((m) => m.name === 'yardstick:drawn');
  const out: { input: Mark; drawn: Mark | undefined; ms: number }[] = [];
  for (const input of inputs) {
    const d = drawn.find((m) => m.input >= input.input && m.t >= input.t);
    out.push({ input, drawn: d, ms: d ? d.t - input.t : Number.NaN });
  }
  return out;
}

function row(name: string, samples: readonly number[], extra: Record<string, number | string> = {}): Row {
  const sorted = samples.filter((s) => Number.isFinite(s)).sort((a, b) => a - b);
  return {
    name,
    n: sorted.length,
    medianMs: round(percentile(sorted, 0.5)),
    p95Ms: round(percentile(sorted, 0.95)),
    minMs: round(sorted[0] ?? Number.NaN),
    maxMs: round(sorted.at(-1) ?? Number.NaN),
    ...extra,
  };
}

const round = (x: number) => Math.round(x * 10) / 10;

/**
 * Wait until the page is still: no input for `quietMs`, the latest run asked for has been drawn, and no chart has
 * changed for `quietMs`. (An input that leaves the scenario as it was asks for no run.)
 */
async function settle(page: Page, quietMs = 150, timeoutMs = 60_000): Promise<void> {
  const waited = page.waitForFunction(
    (quiet) => {
      const b = (window as unknown as { __bench: BenchState }).__bench;
      b.sync();
      const last = (name: string) => b.marks.findLast((m) => m.name === name);
      const request = last('yardstick:request');
      const drawn = last('yardstick:drawn');
      const commit = last('yardstick:commit');
      const t = performance.now();
      const lastChange = Math.max(b.mutations.at(-1) ?? 0, last('yardstick:input')?.t ?? 0);
      return (
        request !== undefined &&
        drawn !== undefined &&
        commit !== undefined &&
        drawn.input >= request.input &&
        drawn.t >= commit.t &&
        t - lastChange > quiet
      );
    },
    quietMs,
    { timeout: timeoutMs, polling: 50 },
  );
  try {
    await waited;
  } catch (error) {
    const st = await state(page);
    const t = await now(page);
    throw new Error(
      `The page did not settle: now ${round(t)}, last marks ${JSON.stringify(st.marks.slice(-4))}, last DOM changes ${JSON.stringify(st.mutations.slice(-3).map(round))}`,
      { cause: error },
    );
  }
}

/**
 * The outbound rule's prohibited-compute slider: its box and the x of a log10 value on it. The slider steps through
 * round values (src/ui/controls/round-steps.ts): its positions are the rungs of that ladder, evenly spaced.
 */
async function slider(page: Page) {
  const input = page
    .locator('[data-policy="us-outbound"]')
    .getByRole('slider', { name: 'Prohibited compute threshold slider (log scale)' });
  await input.scrollIntoViewIfNeeded();
  const box = (await input.boundingBox())!;
  const ladder = roundLadder(1e20, 1e28);
  // A range input's thumb centre runs from half a thumb in from each end (the thumb is 24 px, app.css).
  const inset = 12;
  const xOf = (log: number) =>
    box.x + inset + (nearestRung(ladder, 10 ** log) / (ladder.length - 1)) * (box.width - 2 * inset);
  return { input, box, xOf, y: box.y + box.height / 2 };
}

interface Measured {
  rows: Row[];
  notes: string[];
}

/**
 * Single moves, each after the page has settled: from the move's first input mark to the last `drawn` mark before
 * the page settled again (a press can fire more than one input event; all are in that drawing).
 */
async function settledMoves(page: Page, label: string, quietMs: number): Promise<Row> {
  const s = await slider(page);
  await settle(page, quietMs);
  const from = await now(page);
  const samples: number[] = [];
  const phases = {
    toRequest: [] as number[],
    run: [] as number[],
    render: [] as number[],
    paint: [] as number[],
  };
  let late = 0;
  let unchanged = 0;
  // Between 1e23.6 and 1e25.4, alternating halves so each press lands ≈ 20 px from the thumb (a press on the
  // thumb itself would not move it): every move changes what is prohibited.
  for (let i = 0; i < MOVES; i++) {
    const step = Math.floor(i / 2) % 20;
    const log10 = (i % 2 === 0 ? 23.6 : 24.5) + step * 0.045;
    const start = await now(page);
    await page.mouse.click(s.xOf(log10), s.y);
    await settle(page, quietMs);
    const st = await state(page);
    const marks = st.marks.filter((m) => m.t >= start);
    const input = marks.find((m) => m.name === 'yardstick:input');
    const drawn = marks.findLast((m) => m.name === 'yardstick:drawn');
    if (!input || !drawn || !marks.some((m) => m.name === 'yardstick:request')) {
      unchanged++;
      continue;
    }
    samples.push(drawn.t - input.t);
    // Where the time went: input → run asked for → result back → committed to every chart → frame drawn.
    const at = (name: string) => marks.findLast((m) => m.name === name)?.t ?? Number.NaN;
    const [request, result, commit] = [
      at('yardstick:request'),
      at('yardstick:result'),
      at('yardstick:commit'),
    ];
    phases.toRequest.push(request - input.t);
    if (Number.isFinite(result)) phases.run.push(result - request);
    phases.render.push(commit - (Number.isFinite(result) ? result : request));
    phases.paint.push(drawn.t - commit);
    // A chart that changes after the drawn mark means the mark came too early.
    if (st.mutations.some((t) => t > drawn.t)) late++;
  }
  const st = await state(page);
  const longest = Math.max(0, ...st.longtasks.filter((t) => t.t >= from).map((t) => t.duration));
  const median = (xs: number[]) =>
    round(
      percentile(
        [...xs].sort((a, b) => a - b),
        0.5,
      ),
    );
  return row(`${label}-slider-settled`, samples, {
    // Medians of the phases (ms): `run` is the worker's (absent when the run is on the main thread).
    toRequestMs: median(phases.toRequest),
    ...(phases.run.length ? { runMs: median(phases.run) } : {}),
    renderMs: median(phases.render),
    paintMs: median(phases.paint),
    lateDomChanges: late,
    ...(unchanged ? { movesWithoutChange: unchanged } : {}),
    longestTaskMs: round(longest),
  });
}

/** A drag of the slider at display rate: per-input latency, frame times and the longest task. */
async function drag(page: Page, label: string): Promise<Row[]> {
  const s = await slider(page);
  await settle(page, 150);
  const start = 23.5;
  const end = 25.5;
  await page.mouse.move(s.xOf(start), s.y);
  await page.evaluate(() => {
    const b = (window as unknown as { __bench: BenchState & { recordFrames: boolean } }).__bench;
    b.frames = [];
    b.recordFrames = true;
  });
  const from = await now(page);
  await page.mouse.down();
  const t0 = Date.now();
  for (let k = 1; k <= DRAG_STEPS; k++) {
    // There and back, one pointer move per display frame (the page's own speed does not slow the pointer).
    const phase = k / DRAG_STEPS;
    const log10 = phase < 0.5 ? start + (end - start) * phase * 2 : end - (end - start) * (phase - 0.5) * 2;
    await page.mouse.move(s.xOf(log10), s.y);
    await sleep(t0 + k * FRAME_MS - Date.now());
  }
  await page.mouse.up();
  const to = await now(page);
  await settle(page, 150);
  await page.evaluate(() => {
    (window as unknown as { __bench: { recordFrames: boolean } }).__bench.recordFrames = false;
  });
  const st = await state(page);
  const lat = latencies(st.marks, from, to);
  const frames = st.frames.filter((t) => t >= from && t <= to);
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
  const longest = Math.max(0, ...st.longtasks.filter((t) => t.t >= from && t.t <= to).map((t) => t.duration));
  const drawnDuring = new Set(
    st.marks.filter((m) => m.name === 'yardstick:drawn' && m.t >= from && m.t <= to).map((m) => m.input),
  ).size;
  return [
    row(
      `${label}-slider-drag`,
      lat.map((l) => l.ms),
      { redraws: drawnDuring },
    ),
    row(`${label}-drag-frame`, gaps, { over33Ms: gaps.filter((g) => g > 2 * FRAME_MS).length }),
    row(`${label}-longest-task`, [longest], {
      longTasks: st.longtasks.filter((t) => t.t >= from && t.t <= to).length,
    }),
  ];
}

/** Drag the models chart's prohibited line: frame times, and frames where the line was not at the pointer. */
async function lineDrag(page: Page, label: string): Promise<Row> {
  const handle = page.getByRole('slider', { name: /^Drag line: .*prohibited$/ }).first();
  await handle.scrollIntoViewIfNeeded();
  await settle(page, 150);
  const box = (await handle.boundingBox())!;
  const x = box.x + box.width * 0.6;
  const y0 = box.y + box.height / 2;
  await page.mouse.move(x, y0);
  await page.evaluate(() => {
    const b = (window as unknown as { __bench: BenchState & { recordFrames: boolean; trackLine: boolean } })
      .__bench;
    b.frames = [];
    b.line = [];
    b.recordFrames = true;
  });
  await page.mouse.down();
  await page.evaluate(() => {
    (window as unknown as { __bench: { trackLine: boolean } }).__bench.trackLine = true;
  });
  const from = await now(page);
  const t0 = Date.now();
  for (let k = 1; k <= DRAG_STEPS; k++) {
    // Down 60 px and back up, 1–2 px a frame.
    const phase = k / DRAG_STEPS;
    const dy = phase < 0.5 ? 120 * phase : 120 * (1 - phase);
    await page.mouse.move(x, y0 + dy);
    await sleep(t0 + k * FRAME_MS - Date.now());
  }
  const to = await now(page);
  await page.evaluate(() => {
    const b = (window as unknown as { __bench: { recordFrames: boolean; trackLine: boolean } }).__bench;
    b.recordFrames = false;
    b.trackLine = false;
  });
  await page.mouse.up();
  await settle(page, 150);
  const st = await state(page);
  const frames = st.frames.filter((t) => t >= from && t <= to);
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
  // A frame's rAF runs before that frame's input is applied: compare with the position one frame later.
  const lags = st.line.filter((l) => l.t >= from && l.t <= to).map((l) => l.lag);
  const lagging = lags.slice(1).filter((lag) => lag > 3).length;
  return row(`${label}-line-drag-frame`, gaps, {
    over33Ms: gaps.filter((g) => g > 2 * FRAME_MS).length,
    lineLagFrames: lagging,
    frames: lags.length,
  });
}

async function measure(browser: Browser, url: string, label: string, query: string): Promise<Measured> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // tsx keeps function names by wrapping them in `__name(…)`, which the page does not have.
  await page.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await page.addInitScript(instrument);
  const loadStart = Date.now();
  await page.goto(`${url}${query}`);
  await page.getByTestId('summary-us-outbound').waitFor({ timeout: 600_000 });
  // Every chart is drawn before the moves are timed ("slider → every chart redrawn"): the ones below the fold are
  // drawn when they come near the screen (src/ui/lazy.tsx), so scroll down to them and back.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  for (const chart of ['models', 'overlap', 'chips'])
    await page.locator(`#chart-${chart}`).waitFor({ timeout: 600_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await settle(page, 500, 600_000);
  const loadMs = Date.now() - loadStart;
  log(`${label}: loaded in ${(loadMs / 1000).toFixed(1)} s`);
  const rows: Row[] = [];
  const quiet = label === 'default' ? 150 : 400;
  // Warm-up moves (as `npm run bench` warms up): the worker's and the page's code gets compiled. The first few
  // are reported on their own: what the first moves after opening the page cost.
  const s = await slider(page);
  const cold: number[] = [];
  for (let i = 0; i < WARM_UP; i++) {
    const start = await now(page);
    await page.mouse.click(s.xOf(i % 2 === 0 ? 23.7 + i * 0.02 : 24.8 - i * 0.02), s.y);
    await settle(page, quiet);
    if (i >= COLD) continue;
    const marks = (await state(page)).marks.filter((m) => m.t >= start);
    const input = marks.find((m) => m.name === 'yardstick:input');
    const drawn = marks.findLast((m) => m.name === 'yardstick:drawn');
    if (input && drawn) cold.push(drawn.t - input.t);
  }
  rows.push(row(`${label}-slider-cold`, cold));
  rows.push(await settledMoves(page, label, quiet));
  log(`${label}: ${MOVES} settled moves`);
  rows.push(...(await drag(page, label)));
  log(`${label}: slider drag`);
  if (label === 'default') {
    rows.push(await lineDrag(page, label));
    log(`${label}: line drag`);
  }
  const notes = errors.length ? [`${label}: page errors: ${errors.slice(0, 3).join(' | ')}`] : [];
  await context.close();
  return { rows, notes };
}

// ---- Main ----

const loadBefore = loadavg()[0]!;
const server = await serve();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const rows: Row[] = [];
const notes: string[] = [];
try {
  const datasets: [string, string][] = [
    ['default', ''],
    ['synthetic-1m', '?bench-dataset=synthetic-1m'],
  ];
  for (const [label, query] of datasets) {
    if (args.only && !label.includes(args.only)) continue;
    const m = await measure(browser, server.url, label, query);
    rows.push(...m.rows);
    notes.push(...m.notes);
  }
} finally {
  await browser.close();
  await server.close();
}
const loadAfter = loadavg()[0]!;
const chromiumVersion = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim();

if (args.json) {
  process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
} else {
  const fmt = (x: number) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)).padStart(10);
  console.log(
    `${'browser benchmark'.padEnd(32)}${'n'.padStart(5)}${'median ms'.padStart(10)}${'p95 ms'.padStart(10)}${'min ms'.padStart(10)}${'max ms'.padStart(10)}   notes`,
  );
  for (const r of rows) {
    const extra = Object.entries(r)
      .filter(([k]) => !['name', 'n', 'medianMs', 'p95Ms', 'minMs', 'maxMs'].includes(k))
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    console.log(
      `${r.name.padEnd(32)}${String(r.n).padStart(5)}${fmt(r.medianMs)}${fmt(r.p95Ms)}${fmt(r.minMs)}${fmt(Number(r.maxMs))}   ${extra}`,
    );
  }
  for (const n of notes) console.log(`\n${n}`);
  console.log(
    `\n${chromiumVersion} headless, production build; ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}); ${MOVES} settled moves, a ${DRAG_STEPS}-move drag at 60 moves/s`,
  );
  console.log(
    `load average (1 min) ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after: on a shared machine, other work inflates the figures; the minimum is the least disturbed`,
  );
}
