/**
 * The charts' words: English equals what the charts always wrote; Chinese uses the terminology table's forms and
 * the same figures.
 */
import { describe, expect, it } from 'vitest';
import { asciiWords } from '../../../src/i18n/allowed-latin';
import { zhCN } from '../../../src/i18n/messages/zh-CN';
import {
  chartWords,
  confidenceLabel,
  ENGLISH_CHART_WORDS,
  kindLabel,
  lineName,
  metricLabel,
  outcomeLabel,
  quarterCell,
} from '../../../src/ui/charts/chart-words';
import { namesInBrief } from '../../../src/ui/charts/chips-model';
import { METRIC_LABELS } from '../../../src/ui/charts/companies-model';
import { estimateOf, type ModelPoint } from '../../../src/ui/charts/models-model';
import { KIND_LABELS, OUTCOME_LABELS } from '../../../src/ui/styles/tokens';

const zh = chartWords('zh-CN', zhCN);
const point: ModelPoint = {
  id: 'm',
  name: 'M',
  company: 'C',
  x: 2025,
  y: 25,
  flop: 1e25,
  modeled: false,
  imputed: true,
  confidence: 'speculative',
};

describe('chart words', () => {
  it('name outcomes, kinds and metrics in English as the styles and the model always did', () => {
    for (const [o, label] of Object.entries(OUTCOME_LABELS))
      expect(outcomeLabel(o, ENGLISH_CHART_WORDS)).toBe(label);
    for (const [k, label] of Object.entries(KIND_LABELS))
      expect(kindLabel(k, ENGLISH_CHART_WORDS)).toBe(label);
    for (const [m, label] of Object.entries(METRIC_LABELS))
      expect(metricLabel(m as keyof typeof METRIC_LABELS, ENGLISH_CHART_WORDS)).toBe(label);
  });

  it('use the terminology table’s Chinese forms, with no English word left', () => {
    expect(outcomeLabel('notifiable', zh)).toBe('须申报');
    expect(outcomeLabel('blocked', zh)).toBe('封堵');
    expect(kindLabel('chip-purchase', zh)).toBe('芯片（采购）');
    expect(lineName('prohibited', zh)).toBe('禁止');
    expect(confidenceLabel('likely', zh)).toBe('较可能（Likely）');
    for (const o of Object.keys(OUTCOME_LABELS)) expect(asciiWords(outcomeLabel(o, zh))).toEqual([]);
    // An unknown value keeps its own words rather than vanishing.
    expect(outcomeLabel('new-outcome', zh)).toBe('new-outcome');
  });

  it('mark a projected quarter in the data table, and keep the quarter code', () => {
    expect(quarterCell('2027Q1', true, ENGLISH_CHART_WORDS)).toBe('2027Q1 (projection)');
    expect(quarterCell('2027Q1', true, zh)).toBe('2027Q1（外推）');
    expect(quarterCell('2024Q4', false, zh)).toBe('2024Q4');
  });

  it('write the same figures in both languages: counts by Intl, USD in 万/亿 in Chinese', () => {
    expect(ENGLISH_CHART_WORDS.count(12345)).toBe('12,345');
    expect(zh.count(12345)).toBe('12,345');
    expect(ENGLISH_CHART_WORDS.usd(75e6)).toBe('$75 m');
    expect(zh.usd(75e6)).toBe('7500万美元');
  });

  it('describe a model’s estimate and list names in the reader’s language', () => {
    expect(estimateOf(point)).toBe('Epoch AI, imputed estimate from its notes, confidence: speculative');
    expect(estimateOf(point, zh)).toBe('Epoch AI，来自其注释的插补估计，可信度：推测（Speculative）');
    expect(namesInBrief(['A', 'B', 'C'], 2)).toBe('A, B and 1 more');
    expect(namesInBrief(['A', 'B', 'C'], 2, zh)).toBe('A、B等 1 家');
  });
});
