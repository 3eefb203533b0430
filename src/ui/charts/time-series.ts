/**
 * Shared helpers for time-series chart models: split a series into a history part (solid) and a projection part
 * (dashed) that share the boundary point, so the two lines join.
 */

/** Keys for the history and projection parts of a series. */
export function partKeys(key: string): { history: string; projection: string } {
  return { history: `${key}`, projection: `${key}__projection` };
}

/** Write a series into rows as history and projection parts. */
export function writeParts(
  rows: Record<string, number | string | null>[],
  key: string,
  values: readonly number[],
  historyQuarters: number,
): void {
  const { history, projection } = partKeys(key);
  values.forEach((v, q) => {
    const row = rows[q]!;
    row[history] = q < historyQuarters ? v : null;
    row[projection] = q >= historyQuarters - 1 && historyQuarters < values.length ? v : null;
  });
}
