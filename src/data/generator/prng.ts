/**
 * A small seeded pseudo-random generator (mulberry32) and the draws the generator needs. Pure: no
 * Math.random, no clock; the same seed gives the same sequence in Node and in a browser.
 */

/** A stream of uniform numbers in [0, 1) with helpers for the distributions we draw from. */
export class Rng {
  private state: number;

  /** Start a stream from an integer seed. */
  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A stream for one named purpose, so adding draws elsewhere never shifts this one. */
  static derive(seed: number, label: string): Rng {
    let h = (0x811c9dc5 ^ Math.imul(seed | 0, 0x9e3779b1)) >>> 0;
    for (let i = 0; i < label.length; i++) {
      h ^= label.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return new Rng(h ^ (h >>> 15));
  }

  /** A uniform number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** A standard normal draw (Box–Muller; one draw per call keeps the stream easy to reason about). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A lognormal draw with the given median and log-scale standard deviation. */
  lognormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** A Gumbel draw, for weighted sampling without replacement by "largest score". */
  gumbel(): number {
    return -Math.log(-Math.log(1 - this.next() * (1 - 1e-12)));
  }

  /** Pick an element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** Pick an index by weight (weights need not sum to 1; at least one must be positive). */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i]!;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }
}

/** Round to three significant figures, so generated amounts read like reported ones (and print cleanly). */
export function round3(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const a = Math.abs(x);
  // Integer steps are exact below 2^53 and much faster than toPrecision, which the rest (tiny or huge) uses.
  if (a >= 100 && a < 1e15) {
    const step = 10 ** (Math.floor(Math.log10(a)) - 2);
    return Math.round(x / step) * step;
  }
  return Number(x.toPrecision(3));
}
