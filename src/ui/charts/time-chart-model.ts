/**
 * Geometry of the light time-series chart (time-chart.tsx): a band scale over quarters, a "nice" value axis,
 * stacked bars (positive up, negative down when signed), and line paths that break at gaps. Pure, tested in Node.
 */

/** A value row per quarter: `quarter` and one number (or null: no value) per series key. */
export type TimeRow = Readonly<Record<string, number | string | boolean | null | undefined>>;

/** Round, evenly spaced ticks covering [min, max] (about `count` of them); the first and last are the domain. */
export function niceTicks(min: number, max: number, count = 5, integer = false): number[] {
  let lo = Math.min(min, max);
  let hi = Math.max(min, max);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (lo === hi) {
    if (lo === 0) hi = 1;
    else if (lo > 0) lo = 0;
    else hi = 0;
  }
  const rough = (hi - lo) / Math.max(1, count - 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const norm = rough / magnitude;
  let step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * magnitude;
  if (integer) step = Math.max(1, Math.ceil(step));
  // A range too small for floating point to step through (sub-normal numbers): just its ends.
  if (!(step > 0) || !Number.isFinite(step) || hi - lo < step * 1e-9) return lo === hi ? [lo] : [lo, hi];
  const first = Math.floor(lo / step) * step;
  const last = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  // Rounding to the step's own decimals keeps 0.1 + 0.2 from showing as 0.30000000000000004, at any magnitude.
  const decimals = Math.min(20, Math.max(0, 2 - Math.floor(Math.log10(step))));
  for (let v = first, i = 0; v <= last + step / 2 && i < 50; v = first + ++i * step)
    ticks.push(Number(v.toFixed(decimals)));
  return ticks;
}

/** One stacked bar segment, in value units. */
export interface Segment {
  readonly q: number;
  readonly key: string;
  readonly from: number;
  readonly to: number;
}

/**
 * Stack `keys` per row, in order: from 0 upwards; when `signed`, negative values stack downwards from 0 on their
 * own (recharts' `stackOffset="sign"`). Zero and missing values make no segment.
 */
export function stackSegments(rows: readonly TimeRow[], keys: readonly string[], signed: boolean): Segment[] {
  const out: Segment[] = [];
  rows.forEach((row, q) => {
    let up = 0;
    let down = 0;
    for (const key of keys) {
      const v = row[key];
      if (typeof v !== 'number' || !Number.isFinite(v) || v === 0) continue;
      if (v > 0 || !signed) {
        out.push({ q, key, from: up, to: up + v });
        up += v;
      } else {
        out.push({ q, key, from: down, to: down + v });
        down += v;
      }
    }
  });
  return out;
}

/** The smallest and largest value drawn (bars stacked, lines as they are), always including 0. */
export function valueExtent(
  rows: readonly TimeRow[],
  lineKeys: readonly string[],
  segments: readonly Segment[],
): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const s of segments) {
    lo = Math.min(lo, s.from, s.to);
    hi = Math.max(hi, s.from, s.to);
  }
  for (const row of rows)
    for (const key of lineKeys) {
      const v = row[key];
      if (typeof v === 'number' && Number.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  return [lo, hi];
}

/**
 * An SVG path through the points (q, value), broken where a value is missing. `step` draws a step line that
 * changes halfway between quarters (d3's curveStep, as recharts' `type="step"`).
 */
export function linePath(
  values: readonly (number | string | boolean | null | undefined)[],
  x: (q: number) => number,
  y: (v: number) => number,
  step = false,
): string {
  const parts: string[] = [];
  let previous: { x: number; y: number } | null = null;
  values.forEach((v, q) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      previous = null;
      return;
    }
    const px = round(x(q));
    const py = round(y(v));
    if (!previous) parts.push(`M${px},${py}`);
    else if (step) {
      const mid = round((previous.x + px) / 2);
      parts.push(`H${mid}V${py}H${px}`);
    } else parts.push(`L${px},${py}`);
    previous = { x: px, y: py };
  });
  return parts.join('');
}

const round = (v: number) => Math.round(v * 10) / 10;

/** The quarter under a horizontal position in a band scale of `n` quarters from `left` to `right`. */
export function quarterAt(px: number, left: number, right: number, n: number): number {
  if (n <= 0) return -1;
  const band = (right - left) / n;
  return Math.min(n - 1, Math.max(0, Math.floor((px - left) / band)));
}

/** The width a year label ("2015" at 12 px, ≈ 30 px) needs, with a clear gap either side, in px. */
const YEAR_LABEL_PX = 44;

/**
 * Label every n-th year (1, 2, 5 or 10) so that labels never overlap: a year spans four quarter bands of
 * `bandPx` each. Years divisible by n are labelled (2015, 2020, 2025, 2030 at n = 5).
 */
export function yearLabelStep(bandPx: number): number {
  return [1, 2, 5].find((n) => bandPx * 4 * n >= YEAR_LABEL_PX) ?? 10;
}

/** A line of the readout at a quarter. */
export interface ReadoutEntry {
  readonly key: string;
  readonly label: string;
  readonly colour: string;
  readonly value: number;
}

/**
 * What the readout lists at a row: each bar and each series once, with its value. A projection line continues a
 * history line (`continues`): at the quarter where both have a value (the seam) only the history one is listed.
 */
export function readoutEntries(
  row: TimeRow,
  bars: readonly { key: string; label: string; colour: string }[],
  lines: readonly { key: string; label: string; colour: string; continues?: string | undefined }[],
): ReadoutEntry[] {
  const numberAt = (key: string) => {
    const v = row[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  };
  const out: ReadoutEntry[] = [];
  for (const s of [...bars, ...lines]) {
    const value = numberAt(s.key);
    if (value === null) continue;
    const continues = 'continues' in s ? s.continues : undefined;
    if (typeof continues === 'string' && numberAt(continues) !== null) continue;
    out.push({ key: s.key, label: s.label, colour: s.colour, value });
  }
  return out;
}
