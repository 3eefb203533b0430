/**
 * Dates in the source tables come at day, month or year precision. The dataset needs a full ISO date, so we
 * follow transactions.SOURCE.md §4.1: a month becomes its 1st day, a year becomes 1 July.
 */
import { isIsoDate } from '../../../src/engine/dates';

/** Return a full ISO date for `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or throw. */
export function fullDate(text: string): string {
  const t = text.trim();
  const date = /^\d{4}$/.test(t) ? `${t}-07-01` : /^\d{4}-\d{2}$/.test(t) ? `${t}-01` : t;
  if (!isIsoDate(date)) throw new Error(`unreadable date ${JSON.stringify(text)}`);
  return date;
}

/** Say how precise a partial date is. */
export function precisionOf(text: string): 'day' | 'month' | 'year' {
  const t = text.trim();
  return /^\d{4}$/.test(t) ? 'year' : /^\d{4}-\d{2}$/.test(t) ? 'month' : 'day';
}
