import { describe, expect, it } from 'vitest';
import { ALLOWED_LATIN, asciiWords } from '../../src/i18n/allowed-latin';

describe('asciiWords', () => {
  it('lists the Latin words a Chinese text leaves untranslated, in order', () => {
    expect(asciiWords('来源：domain-facts A4.1 · confidence high')).toEqual(['confidence', 'high']);
    expect(asciiWords('See also: 实体清单')).toEqual(['See', 'also']);
  });
  it('allows names, units and citations, and phrases only whole', () => {
    expect(asciiWords('Epoch AI 的估计：3.6e25 FLOP，600 GB/s，31 CFR 850.224，ECCN 3A090')).toEqual([]);
    expect(asciiWords('Moonshot AI、Zhipu AI 与 Tom’s Hardware')).toEqual([]);
    // A word of an allowed phrase alone is not allowed; nor is an allowed word inside a longer word.
    expect(asciiWords('Moonshot 与 Hardware')).toEqual(['Moonshot', 'Hardware']);
    expect(asciiWords('AIM 与 FLOPS')).toEqual(['AIM', 'FLOPS']);
  });
  it('matches case exactly and ignores single letters and numbers', () => {
    expect(asciiWords('yardstick 与 Yardstick')).toEqual(['yardstick']);
    expect(asciiWords('GLM-4V-9B、L40S、1e25、H.R. 8283')).toEqual([]);
  });
  it('has no duplicates and no empty entries', () => {
    expect(new Set(ALLOWED_LATIN).size).toBe(ALLOWED_LATIN.length);
    for (const w of ALLOWED_LATIN) expect(w.trim()).toBe(w);
  });
});
