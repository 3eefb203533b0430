import { describe, expect, it } from 'vitest';
import { formatMargin, formatSci, formatUsd, formatValue, parseNumber } from '../../src/ui/format';

describe('format', () => {
  it('writes compute in scientific notation', () => {
    expect(formatSci(1e25)).toBe('1e25');
    expect(formatSci(3.6e25)).toBe('3.6e25');
    expect(formatSci(9.702e24)).toBe('9.7e24');
    expect(formatSci(9.996e24)).toBe('1e25');
  });
  it('reads what people type', () => {
    expect(parseNumber('1e25')).toBe(1e25);
    expect(parseNumber(' 3.5e24 ')).toBe(3.5e24);
    expect(parseNumber('3.5E+24')).toBe(3.5e24);
    expect(parseNumber('10^25')).toBe(1e25);
    expect(parseNumber('2×10^24')).toBe(2e24);
    expect(parseNumber('1,000,000')).toBe(1e6);
    expect(parseNumber('lots')).toBeNaN();
    expect(parseNumber('')).toBeNaN();
    expect(parseNumber('1e25e3')).toBeNaN();
  });
  it('writes money, values and margins', () => {
    expect(formatUsd(75e6)).toBe('$75 m');
    expect(formatUsd(1.56e9)).toBe('$1.56 bn');
    expect(formatUsd(950e3)).toBe('$950 k');
    expect(formatValue(3.6e25, 'FLOP')).toBe('3.6e25 FLOP');
    expect(formatValue(0.6, 'share')).toBe('60 %');
    expect(formatValue(null)).toBe('unknown');
    expect(formatMargin(3.6, 'ratio')).toBe('3.6× the line');
    expect(formatMargin(-1, 'days')).toBe('1 days before');
    expect(formatMargin(0.1, 'difference', 'share')).toBe('+10 points');
  });
});
