import { describe, expect, it } from 'vitest';
import { ALLOWED_LATIN, asciiWords } from '../../src/i18n/allowed-latin';

describe('asciiWords', () => {
  it('lists English words left in a Chinese text, each once, in order', () => {
    expect(asciiWords('这项 rule 在 2023年 生效，the rule 仍然有效')).toEqual(['rule', 'the']);
  });
  it('lets names, units and citations on the allow-list through', () => {
    expect(
      asciiWords('DeepSeek-V3 和 GLM-4-Plus 由 Epoch AI 估计；TPP ≥ 4,800；600 GB/s；31 CFR 850.224'),
    ).toEqual([]);
    expect(asciiWords('domain-facts B1：BIS 规则（data/sources/transactions.csv）')).toEqual([]);
  });
  it('treats codes with at most one letter as codes, not words', () => {
    expect(asciiWords('A800、H800、H20、910B、1e25、2025Q1、3A090、Kimi K2')).toEqual([]);
  });
  it('reads a slashed token part by part when it is not itself allowed', () => {
    expect(asciiWords('A800/H800 与 FLOP/s')).toEqual([]);
    expect(asciiWords('TPP/density')).toEqual(['density']);
  });
  it('keeps a hyphenated word whole, so one allowed name does not let its parts through', () => {
    expect(asciiWords('MiniMax-M1 与 Mini-Max')).toEqual(['Mini-Max']);
    expect(asciiWords('domain 与 facts')).toEqual(['domain', 'facts']);
  });
  it('takes another allow-list when given one', () => {
    expect(asciiWords('Yardstick', new Set())).toEqual(['Yardstick']);
    expect(asciiWords('NVIDIA', new Set(['NVIDIA']))).toEqual([]);
  });
  it('has an allow-list of names, units and citations, not common English words', () => {
    for (const word of ['the', 'and', 'rule', 'chip', 'is', 'of'])
      expect(ALLOWED_LATIN.has(word)).toBe(false);
  });
});
