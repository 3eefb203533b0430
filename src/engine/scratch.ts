/**
 * Reusable storage for a run's temporaries (per-company bookkeeping of the fold, timeline builders). V8 counts
 * typed arrays' buffers as external memory, and a slider move at a million transactions used to allocate ≈ 13 MB
 * of them; past a limit, external memory sets off a full collection of the whole heap, which takes hundreds of
 * milliseconds in a heap that also holds a million records. A temporary borrows a buffer for its slot and gives
 * it back when done; a buffer is never lent twice at once (a second borrower of a busy slot gets a new one), and a
 * buffer never leaves the engine inside a result.
 */

const free = new Map<string, ArrayBuffer>();

/** Borrow a buffer of at least `bytes` bytes for `slot` (its contents are whatever the last borrower left). */
export function borrow(slot: string, bytes: number): ArrayBuffer {
  const buffer = free.get(slot);
  if (buffer && buffer.byteLength >= bytes) {
    free.delete(slot);
    return buffer;
  }
  return new ArrayBuffer(Math.max(64, bytes));
}

/** Give a borrowed buffer back (the larger one is kept when a slot has two). */
export function giveBack(slot: string, buffer: ArrayBuffer): void {
  const kept = free.get(slot);
  if (!kept || kept.byteLength < buffer.byteLength) free.set(slot, buffer);
}
