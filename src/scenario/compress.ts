/**
 * Raw DEFLATE (RFC 1951) via fflate, with a decompressor that stops at a size cap. A link's payload is at most
 * 48 KB of compressed bytes, but DEFLATE can expand about 1,000-fold: inflating in small steps and stopping at
 * the cap keeps a "zip bomb" link from hanging the tab or filling memory.
 */
import { deflateSync, Inflate } from 'fflate';

const UTF8_ENCODER = new TextEncoder();

/** Compress text (as UTF-8) with DEFLATE at level 9. The same text always gives the same bytes. */
export function deflateText(text: string): Uint8Array {
  return deflateSync(UTF8_ENCODER.encode(text), { level: 9 });
}

/** Why inflating failed: the bytes are not DEFLATE (or are cut short), or they unpack past the cap. */
export type InflateFailure = 'corrupt' | 'too-large';

/** Input bytes fed per step; each step can unpack at most ~264 KB, so the cap overshoots by no more than that. */
const STEP = 256;

/**
 * Decompress raw DEFLATE bytes to UTF-8 text, refusing output longer than `maxBytes`. Never throws: returns the
 * text or the reason it could not be read (including invalid UTF-8).
 */
export function inflateText(
  bytes: Uint8Array,
  maxBytes: number,
): { ok: true; text: string } | { ok: false; reason: InflateFailure } {
  const parts: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  try {
    const inflater = new Inflate((chunk) => {
      total += chunk.length;
      if (total > maxBytes) tooLarge = true;
      else parts.push(chunk);
    });
    for (let i = 0; i < bytes.length && !tooLarge; i += STEP)
      inflater.push(bytes.subarray(i, i + STEP), i + STEP >= bytes.length);
    if (bytes.length === 0) return { ok: false, reason: 'corrupt' };
  } catch {
    return { ok: false, reason: tooLarge ? 'too-large' : 'corrupt' };
  }
  if (tooLarge) return { ok: false, reason: 'too-large' };
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(out) };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}
