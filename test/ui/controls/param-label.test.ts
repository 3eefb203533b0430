/** Parameter titles by `<template>:<param>`, in the reader's language, with the engine's English as the fallback. */
import { describe, expect, it } from 'vitest';
import { templateOf } from '../../../src/engine';
import { asciiWords } from '../../../src/i18n/allowed-latin';
import { en } from '../../../src/i18n/messages/en';
import { zhCN } from '../../../src/i18n/messages/zh-CN';
import { localizedSpec, paramLabel } from '../../../src/ui/controls/param-label';

describe('paramLabel', () => {
  it('names a parameter the catalogue holds, and the English source equals the engine label', () => {
    for (const id of Object.keys(en.params)) {
      const [template, key] = id.split(':') as [string, string];
      const spec = templateOf(template)?.params.find((s) => s.key === key);
      expect(spec, id).toBeDefined();
      expect(paramLabel(template, key, spec!.label, en)).toBe(spec!.label);
      const chinese = paramLabel(template, key, spec!.label, zhCN);
      expect(chinese).not.toBe(spec!.label);
      expect(asciiWords(chinese)).toEqual([]);
    }
  });

  it('translates the three compute thresholds of the outbound rule', () => {
    const outbound = templateOf('us-outbound')!;
    const titles = ['prohibitedComputeFlop', 'biologicalComputeFlop', 'notifiableComputeFlop'].map((key) =>
      localizedSpec('us-outbound', outbound.params.find((s) => s.key === key)!, zhCN),
    );
    expect(titles.map((s) => s.label)).toEqual([
      '禁止类训练算力门槛',
      '生物模型训练算力门槛',
      '须申报类训练算力门槛',
    ]);
  });

  it('falls back to the engine label and keeps the spec itself when nothing is translated', () => {
    const spec = { key: 'notAParameter', label: 'Some title' };
    expect(paramLabel('us-outbound', 'notAParameter', 'Some title', zhCN)).toBe('Some title');
    expect(localizedSpec('us-outbound', spec, zhCN)).toBe(spec);
    const outbound = templateOf('us-outbound')!.params[0]!;
    expect(localizedSpec('us-outbound', outbound, en)).toBe(outbound);
  });
});
