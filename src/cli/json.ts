/**
 * JSON for people: indented objects, but arrays of plain values (the per-quarter series) kept on one line.
 */

/** Stringify with two-space indentation and flat arrays of numbers, strings and nulls on one line. */
export function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /\[\s+((?:[-\d.e+]+|"[^"\n]*"|null)(?:,\s+(?:[-\d.e+]+|"[^"\n]*"|null))*)\s+\]/g,
    (_, items: string) => `[${items.split(/,\s+/).join(', ')}]`,
  );
}
