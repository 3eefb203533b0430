/**
 * Number formatting for people: scientific notation for compute (`3.6e25`), short USD (`$75 m`), shares.
 * The engine never formats; the interface and exports do, here.
 */

/** Format a FLOP count in scientific notation with up to three significant digits: 3.6e25, 1e25. */
export function formatSci(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  let mantissa = Number((value / 10 ** exponent).toPrecision(3));
  let e = exponent;
  if (Math.abs(mantissa) >= 10) {
    mantissa /= 10;
    e += 1;
  }
  return `${mantissa}e${e}`;
}

/** Parse scientific or plain notation typed by a user (`1e25`, `3.5e24`, `3.5E+24`, `10^25`, `2×10^24`, `1,000`); NaN if not a number. */
export function parseNumber(text: string): number {
  const t = text.trim().replace(/[,\s_]/g, '');
  if (!t) return Number.NaN;
  const power = /^10\^([-+]?\d+)$/.exec(t);
  if (power) return 10 ** Number(power[1]);
  const times = /^(\d+(?:\.\d+)?)[x×*]10\^([-+]?\d+)$/i.exec(t);
  if (times) return Number(times[1]) * 10 ** Number(times[2]);
  return /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(t) ? Number(t) : Number.NaN;
}

/** Format USD compactly: $950 k, $75 m, $1.2 bn. */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  if (abs >= 1e9) return `$${trim(value / 1e9)} bn`;
  if (abs >= 1e6) return `$${trim(value / 1e6)} m`;
  if (abs >= 1e3) return `$${trim(value / 1e3)} k`;
  return `$${Math.round(value)}`;
}

function trim(x: number): string {
  return x >= 100
    ? x.toFixed(0)
    : x >= 10
      ? x.toFixed(1).replace(/\.0$/, '')
      : x.toFixed(2).replace(/\.?0+$/, '');
}

// One formatter for every call: `toLocaleString` builds a new one each time (tens of µs, hundreds of calls a redraw).
const COUNT = new Intl.NumberFormat('en-US');

/** Format a whole count with thousands separators. */
export function formatCount(value: number): string {
  return COUNT.format(Math.round(value));
}

/** Format a share 0–1 as a percentage. */
export function formatShare(value: number): string {
  return `${Number((value * 100).toFixed(1))} %`;
}

/** Format a parameter value by its unit. */
export function formatValue(value: unknown, unit?: string): string {
  if (value === null || value === undefined) return 'unknown';
  if (typeof value === 'number') {
    if (unit === 'FLOP') return `${formatSci(value)} FLOP`;
    if (unit === 'USD') return formatUsd(value);
    if (unit === 'share') return formatShare(value);
    if (unit === 'exchanges') return `${formatCount(value)} exchanges`;
    if (unit) return `${Number(value.toPrecision(4))} ${unit}`;
    return String(Number(value.toPrecision(6)));
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value))
    return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ') || 'none';
  return String(value);
}

/** Format a margin: "3.6× the line", "0.4× the line", "+10 pp", "12 days after". */
export function formatMargin(
  margin: number,
  kind: 'ratio' | 'difference' | 'days' | undefined,
  unit?: string,
): string {
  if (kind === 'ratio') return `${Number(margin.toPrecision(3))}× the line`;
  if (kind === 'days') return margin >= 0 ? `${margin} days after` : `${-margin} days before`;
  if (unit === 'share')
    return `${margin >= 0 ? '+' : '−'}${Number((Math.abs(margin) * 100).toFixed(1))} points`;
  return `${margin >= 0 ? '+' : '−'}${Number(Math.abs(margin).toPrecision(3))}`;
}
