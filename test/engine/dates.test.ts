import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, civilFromDay, dayFromCivil, dayOf, isIsoDate, isoOf } from '../../src/engine';

describe('dates', () => {
  it('numbers days from 1970-01-01', () => {
    expect(dayOf('1970-01-01')).toBe(0);
    expect(dayOf('2025-01-02') - dayOf('2025-01-01')).toBe(1);
    expect(dayOf('2024-03-01') - dayOf('2024-02-28')).toBe(2);
  });
  it('rejects impossible dates', () => {
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-1-01')).toBe(false);
  });
  it('round-trips every day between 1900 and 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayOf('1900-01-01'), max: dayOf('2100-12-31') }), (day) => {
        expect(dayOf(isoOf(day))).toBe(day);
        const [y, m, d] = civilFromDay(day);
        expect(dayFromCivil(y, m, d)).toBe(day);
      }),
    );
  });
  it('adds months, clamping the day of month', () => {
    expect(isoOf(addMonths(dayOf('2025-01-31'), 1))).toBe('2025-02-28');
    expect(isoOf(addMonths(dayOf('2025-06-01'), -6))).toBe('2024-12-01');
    expect(isoOf(addMonths(dayOf('2025-06-15'), 0))).toBe('2025-06-15');
  });
});
