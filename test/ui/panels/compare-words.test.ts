/** Comparing in the reader's language: English as before, Chinese with the same figures. */
import { describe, expect, it } from 'vitest';
import { asciiWords } from '../../../src/i18n/allowed-latin';
import { zhCN } from '../../../src/i18n/messages/zh-CN';
import { originOf } from '../../../src/scenario/edited';
import { presetById } from '../../../src/scenario/presets';
import { setAssumption, setEnabled, setParam } from '../../../src/state/scenario-edits';
import { scenarioDifferences } from '../../../src/ui/panels/compare-text';
import { baselineName, compareWords, editedWords } from '../../../src/ui/panels/compare-words';

const april = presetById('april-2026-escalation')!;
const zh = compareWords('zh-CN', zhCN);

describe('compare words', () => {
  it('name a baseline and an edited scenario as the English always did', () => {
    const preset = { key: `preset:${april.id}`, label: '', scenario: april };
    expect(baselineName(preset)).toBe(`the preset '${april.title}'`);
    expect(baselineName({ key: 'saved:Mine', label: '', scenario: april })).toBe("your saved 'Mine'");
    expect(baselineName(preset, zh)).toBe(`预设“${april.title}”`);
    const edited = { ...setEnabled(april, 'us-outbound', false), basePreset: april.id };
    expect(editedWords(originOf(edited))).toBe(`edited from the preset '${april.title}'`);
    expect(editedWords(originOf(edited), zh)).toBe(`由预设“${april.title}”修改而来`);
    expect(editedWords(originOf({ ...april, basePreset: april.id }), zh)).toBeNull();
  });

  it('write the differences in Chinese, with the same values and no English word but the measures’ titles', () => {
    let s = setParam(april, 'us-outbound', 'prohibitedComputeFlop', 1e24);
    s = setEnabled(s, 'cn-approval', false);
    s = setAssumption(s, 'projection', false);
    const english = scenarioDifferences(april, s);
    const chinese = scenarioDifferences(april, s, zh);
    expect(chinese.map((l) => l.kind)).toEqual(english.map((l) => l.kind));
    expect(chinese.find((l) => l.kind === 'changed')?.text).toContain('1e25 → 1e24 FLOP');
    expect(chinese.find((l) => l.kind === 'assumption')?.text).toBe('假设：数据之后的外推 开启 → 关闭');
    const titles = april.policies.map((p) => p.title);
    for (const line of chinese) {
      let text = line.text;
      for (const t of titles) text = text.replaceAll(t, ' ');
      expect(asciiWords(text), line.text).toEqual([]);
    }
  });
});
