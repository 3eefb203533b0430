/**
 * Calendar dates as whole day numbers (days since 1970-01-01, UTC), computed with pure arithmetic so the
 * engine never touches the clock. ISO strings are `YYYY-MM-DD`.
 */

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** Days since 1970-01-01. */
export type DayNumber = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Return the number of days in a month (1-based month). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Return the day number of a civil date (proleptic Gregorian; Howard Hinnant's algorithm). */
export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Return `[year, month, day]` for a day number. */
export function civilFromDay(dayNumber: DayNumber): [number, number, number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** Say whether a string is a real calendar date in `YYYY-MM-DD` form (so `2025-13-01` and `2025-02-30` are not). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/** Parse an ISO date to a day number. The caller must have validated it (see `isIsoDate`). */
export function dayOf(date: IsoDate): DayNumber {
  return dayFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** Format a day number as `YYYY-MM-DD`. */
export function isoOf(dayNumber: DayNumber): IsoDate {
  const [y, m, d] = civilFromDay(dayNumber);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Add whole months to a day number, clamping the day of month (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(dayNumber: DayNumber, months: number): DayNumber {
  const [y, m, d] = civilFromDay(dayNumber);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return dayFromCivil(year, month, Math.min(d, daysInMonth(year, month)));
}
