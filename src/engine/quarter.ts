/**
 * Quarters: the simulation's time grid. A quarter is written `2025Q3`; internally it is an ordinal
 * (year * 4 + quarter - 1) so arithmetic is plain integer arithmetic.
 */
import { civilFromDay, type DayNumber, dayFromCivil } from './dates';

/** A quarter label such as `2025Q3`. */
export type Quarter = `${number}Q${1 | 2 | 3 | 4}`;

/** An integer that orders quarters: year * 4 + (quarter - 1). */
export type QuarterOrdinal = number;

const QUARTER = /^(\d{4})Q([1-4])$/;

/** Say whether a string is a quarter label like `2025Q3`. */
export function isQuarter(text: string): text is Quarter {
  return QUARTER.test(text);
}

/** Return the ordinal of a quarter label. The caller must have validated it (see `isQuarter`). */
export function ordinalOf(quarter: Quarter): QuarterOrdinal {
  return Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(5)) - 1;
}

/** Return the label of a quarter ordinal. */
export function quarterOf(ordinal: QuarterOrdinal): Quarter {
  const year = Math.floor(ordinal / 4);
  return `${year}Q${(ordinal - year * 4 + 1) as 1 | 2 | 3 | 4}`;
}

/** Return the ordinal of the quarter that contains a day. */
export function ordinalOfDay(dayNumber: DayNumber): QuarterOrdinal {
  const [y, m] = civilFromDay(dayNumber);
  return y * 4 + Math.floor((m - 1) / 3);
}

/** Return the first day of a quarter. */
export function firstDayOf(ordinal: QuarterOrdinal): DayNumber {
  const year = Math.floor(ordinal / 4);
  return dayFromCivil(year, (ordinal - year * 4) * 3 + 1, 1);
}

/** Return the last day of a quarter. */
export function lastDayOf(ordinal: QuarterOrdinal): DayNumber {
  return firstDayOf(ordinal + 1) - 1;
}

/** List the quarter labels from `from` to `to`, inclusive. */
export function quarterRange(from: Quarter, to: Quarter): Quarter[] {
  const out: Quarter[] = [];
  for (let q = ordinalOf(from); q <= ordinalOf(to); q++) out.push(quarterOf(q));
  return out;
}
