/**
 * A seeded hash from a string to a uniform number in [0, 1). The engine uses it wherever a measure acts on a
 * share of cases (distillation detection, China's approval rate): the same id and seed always give the same
 * number, so results are stable across runs and machines, and monotone in the share.
 */

/** Return a uniform number in [0, 1) for a string and a seed (FNV-1a over UTF-16 units, then a murmur3 finaliser). */
export function uniformOf(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ Math.imul(seed | 0, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}
