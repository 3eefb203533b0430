/**
 * Outcome codes as 32-bit words: most transactions are caught by no measure, so scans skip zero codes four at a
 * time and jump to the non-zero bytes of a word, still visiting transactions in index (date) order.
 */
import type { DatasetIndex } from './dataset/index-dataset';
import { CAPTURED_MIN_CODE } from './outcomes';
import { borrow, giveBack } from './scratch';
import type { SeriesAccumulator } from './series';

/** Return a zeroed outcome array for every transaction, its buffer padded to whole 32-bit words (see `wordsOf`). */
export function newCodes(count: number): Uint8Array {
  return new Uint8Array(new ArrayBuffer((count + 3) & ~3), 0, count);
}

/** Whether typed arrays are little-endian here (every mainstream platform); word scans go in address order either way. */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** Return the offset (0–3) of the lowest-addressed non-zero byte of a non-zero 32-bit word. */
function firstByte(word: number): number {
  return LITTLE_ENDIAN ? (31 - Math.clz32(word & -word)) >> 3 : Math.clz32(word) >> 3;
}

/** Return the word with the byte at offset `b` cleared. */
function clearByte(word: number, b: number): number {
  return word & ~(0xff << ((LITTLE_ENDIAN ? b : 3 - b) << 3));
}

/** View outcome codes as 32-bit words, to skip uncaught transactions four at a time. */
function wordsOf(codes: Uint8Array): Int32Array {
  if (codes.byteOffset % 4 !== 0 || codes.buffer.byteLength < ((codes.length + 3) & ~3)) {
    // Not allocated by `newCodes`: copy into a padded buffer (never in a normal run).
    const padded = newCodes(codes.length);
    padded.set(codes);
    return new Int32Array(padded.buffer);
  }
  return new Int32Array(codes.buffer, codes.byteOffset, (codes.length + 3) >> 2);
}

/** Add every caught transaction of one measure inside the horizon (quarter ordinals first … first + n - 1). */
export function foldCodes(
  index: DatasetIndex,
  codes: Uint8Array,
  accumulator: SeriesAccumulator,
  first: number,
  n: number,
): void {
  const ordinal = index.tx.ordinal;
  const words = wordsOf(codes);
  for (let w = 0; w < words.length; w++) {
    let word = words[w]!;
    while (word !== 0) {
      const b = firstByte(word);
      word = clearByte(word, b);
      const t = 4 * w + b;
      const q = ordinal[t]! - first;
      if (q >= 0 && q < n) accumulator.add(t, q, codes[t]!);
    }
  }
}

/** Return the combined codes: the most severe outcome of any measure per transaction. */
export function combineCodes(count: number, outcomes: readonly Uint8Array[]): Uint8Array {
  return combineInto(newCodes(count), outcomes);
}

/** Write the most severe outcome of any measure per transaction into zeroed, word-padded `combined`. */
function combineInto(combined: Uint8Array, outcomes: readonly Uint8Array[]): Uint8Array {
  for (const codes of outcomes) {
    const words = wordsOf(codes);
    for (let w = 0; w < words.length; w++) {
      let word = words[w]!;
      while (word !== 0) {
        const b = firstByte(word);
        word = clearByte(word, b);
        const t = 4 * w + b;
        if (codes[t]! > combined[t]!) combined[t] = codes[t]!;
      }
    }
  }
  return combined;
}

/** What folding the combined codes gives besides the combined series. */
export interface Overlaps {
  /** Deals by the exact set of measures (bit mask) that captured them. */
  readonly dealsByMask: Map<number, number>;
  /** Companies by the exact set of measures (bit mask) that captured any of their deals. */
  readonly companiesByMask: Map<number, number>;
}

/**
 * Fold the combined codes into the combined series, and count deals and companies by the measures that caught
 * them. The combined codes are made here in borrowed storage and not kept: a result makes them again if asked.
 */
export function foldCombined(
  index: DatasetIndex,
  outcomes: readonly Uint8Array[],
  accumulator: SeriesAccumulator,
  first: number,
  n: number,
): Overlaps {
  const { count, ordinal, company } = index.tx;
  const padded = (count + 3) & ~3;
  const combinedScratch = borrow('combined', padded);
  new Uint8Array(combinedScratch, 0, padded).fill(0);
  const combined = combineInto(new Uint8Array(combinedScratch, 0, count), outcomes);
  const m = outcomes.length;
  // Counted in a typed array when the masks are few.
  const byMask = new Int32Array(m <= 16 ? 1 << m : 0);
  const dealsByMask = new Map<number, number>();
  const companies = index.companies.count;
  const scratch = borrow('overlaps', 4 * companies);
  const companyMask = new Uint32Array(scratch, 0, companies).fill(0);
  const words = wordsOf(combined);
  for (let w = 0; w < words.length; w++) {
    let word = words[w]!;
    while (word !== 0) {
      const b = firstByte(word);
      word = clearByte(word, b);
      const t = 4 * w + b;
      const code = combined[t]!;
      const q = ordinal[t]! - first;
      if (q >= 0 && q < n) accumulator.add(t, q, code);
      if (code < CAPTURED_MIN_CODE) continue;
      let mask = 0;
      for (let i = 0; i < m; i++) if (outcomes[i]![t]! >= CAPTURED_MIN_CODE) mask |= 1 << i;
      if (byMask.length > 0) byMask[mask]!++;
      else dealsByMask.set(mask, (dealsByMask.get(mask) ?? 0) + 1);
      const c = company[t]!;
      if (c >= 0) companyMask[c]! |= mask;
    }
  }
  for (let mask = 1; mask < byMask.length; mask++)
    if (byMask[mask]! > 0) dealsByMask.set(mask, byMask[mask]!);
  const companiesByMask = new Map<number, number>();
  for (let c = 0; c < companies; c++) {
    const mask = companyMask[c]!;
    if (mask) companiesByMask.set(mask, (companiesByMask.get(mask) ?? 0) + 1);
  }
  giveBack('overlaps', scratch);
  giveBack('combined', combinedScratch);
  return { dealsByMask, companiesByMask };
}
