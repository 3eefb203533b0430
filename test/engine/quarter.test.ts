import { describe, expect, it } from 'vitest';
import {
  dayOf,
  firstDayOf,
  isoOf,
  isQuarter,
  lastDayOf,
  ordinalOf,
  ordinalOfDay,
  quarterOf,
  quarterRange,
} from '../../src/engine';

describe('quarter', () => {
  it('parses and prints labels', () => {
    expect(isQuarter('2025Q3')).toBe(true);
    expect(isQuarter('2025Q5')).toBe(false);
    expect(quarterOf(ordinalOf('2025Q3'))).toBe('2025Q3');
    expect(ordinalOf('2026Q1') - ordinalOf('2025Q4')).toBe(1);
  });
  it('finds the quarter of a day and its bounds', () => {
    expect(quarterOf(ordinalOfDay(dayOf('2025-01-02')))).toBe('2025Q1');
    expect(quarterOf(ordinalOfDay(dayOf('2025-09-30')))).toBe('2025Q3');
    expect(isoOf(firstDayOf(ordinalOf('2025Q4')))).toBe('2025-10-01');
    expect(isoOf(lastDayOf(ordinalOf('2025Q4')))).toBe('2025-12-31');
  });
  it('lists the default horizon as 64 quarters', () => {
    const range = quarterRange('2015Q1', '2030Q4');
    expect(range).toHaveLength(64);
    expect(range[0]).toBe('2015Q1');
    expect(range.at(-1)).toBe('2030Q4');
  });
});
