/**
 * Many marks, few pixels: a chart of a large dataset (130,000 models at 1 M transactions) would put hundreds of
 * thousands of SVG elements on the page, which the browser restyles and repaints on every change. Below
 * `MANY_MARKS` every mark is drawn as it is; above it, marks that would land on the same pixel with the same
 * look are drawn once, and the models chart draws its cloud into a picture.
 */
import { partitionPoint } from '../../engine';

/** Above this many marks, a chart draws one per pixel (the built-in dataset stays well below it). */
export const MANY_MARKS = 4000;

/**
 * Return the items to draw: all of them when there are at most `MANY_MARKS`, otherwise the first item of each
 * distinct `keyOf` (the pixel and look it is drawn with), in their original order.
 */
export function onePerPixel<T>(items: readonly T[], keyOf: (item: T) => number): readonly T[] {
  if (items.length <= MANY_MARKS) return items;
  const seen = new Set<number>();
  const out: T[] = [];
  for (const item of items) {
    const key = keyOf(item);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

/** Return the number of values strictly above `value` in an ascending array (binary search). */
export function countAboveSorted(sorted: readonly number[], value: number): number {
  return sorted.length - partitionPoint(sorted.length, (i) => sorted[i]! <= value);
}
