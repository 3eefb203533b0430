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
  it('allows phrases only whole, and matches case exactly', () => {
    expect(asciiWords('来源：domain-facts A4.1 · confidence high')).toEqual(['confidence', 'high']);
    expect(asciiWords('Epoch AI 的估计：3.6e25 FLOP，600 GB/s，31 CFR 850.224，ECCN 3A090')).toEqual([]);
    expect(asciiWords('Moonshot AI、Zhipu AI 与 Tom’s Hardware')).toEqual([]);
    // A word of an allowed phrase alone is not allowed; nor is an allowed word inside a longer word.
    expect(asciiWords('Moonshot 与 Hardware')).toEqual(['Moonshot', 'Hardware']);
    expect(asciiWords('AIM 与 FLOPS')).toEqual(['AIM', 'FLOPS']);
    expect(asciiWords('yardstick 与 Yardstick')).toEqual(['yardstick']);
    expect(asciiWords('GLM-4V-9B、L40S、1e25、H.R. 8283')).toEqual([]);
    // A code with digits passes when its letters do: MI250X (MI), Aquila2; not Foo2.
    expect(asciiWords('MI250X、Aquila2、3A090.b 与 Foo2')).toEqual(['Foo2']);
  });
  it('has no empty or padded entries', () => {
    for (const w of ALLOWED_LATIN) expect(w.trim()).toBe(w);
    expect(ALLOWED_LATIN.has('')).toBe(false);
  });
});
