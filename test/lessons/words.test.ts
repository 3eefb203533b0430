import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/i18n/messages/zh-CN';
import { formatRevealValue, revealHeadline, type StepReveal } from '../../src/lessons/reveal';
import type { Step } from '../../src/lessons/schema';
import {
  ENGLISH_WORDS,
  formatCount,
  formatLessonDate,
  formatUsd,
  lessonWords,
} from '../../src/lessons/words';

const zh = lessonWords('zh-CN', zhCN);

function revealOfValue(value: number, text: string): StepReveal {
  return { answer: { value, text }, context: {}, choice: null, matchingChoices: 0, text: '' };
}

function numberStep(unit: string): Pick<Step, 'question'> {
  return { question: { kind: 'number', prompt: '?', unit } };
}

describe('lesson words', () => {
  it('write counts with separators and a true minus sign in both languages', () => {
    expect(formatCount(1234, ENGLISH_WORDS)).toBe('1,234');
    expect(formatCount(1234.567, zh)).toBe('1,234.57');
    expect(formatCount(-3, zh)).toBe('−3');
  });
  it('keep the English house style for USD and count in 万 and 亿 in Chinese', () => {
    expect(formatUsd(75e6, ENGLISH_WORDS)).toBe('USD 75 m');
    expect(formatUsd(1.2e9, ENGLISH_WORDS)).toBe('USD 1.2 bn');
    expect(formatUsd(75e6, zh)).toBe('7500万美元');
    expect(formatUsd(1.2e9, zh)).toBe('12亿美元');
    expect(formatUsd(500, zh)).toBe('500美元');
    expect(formatUsd(-2.5e8, zh)).toBe('−2.5亿美元');
  });
  it('write the as-of date as ISO in English and as 年月日 in Chinese', () => {
    expect(formatLessonDate('2026-08-19', ENGLISH_WORDS)).toBe('2026-08-19');
    expect(formatLessonDate('2026-08-19', zh)).toBe('2026年8月19日');
    expect(formatLessonDate('2023-10-17', zh)).toBe('2023年10月17日');
    // Not a date: left as written rather than "Invalid Date".
    expect(formatLessonDate('2026Q3', zh)).toBe('2026Q3');
  });
  it('answer yes/no questions in the reader’s language', () => {
    expect(formatRevealValue(1, 'yes-no')).toBe('yes');
    expect(formatRevealValue(0, 'yes-no', zh)).toBe('否');
    expect(formatRevealValue(1, 'yes-no', zh)).toBe('是');
    expect(formatRevealValue(75e6, 'usd', zh)).toBe('7500万美元');
  });
  it('build the headline from the catalogue: singular for exactly 1 in English, one form in Chinese', () => {
    expect(revealHeadline(numberStep('companies'), revealOfValue(1, '1'))).toBe('1 company');
    expect(revealHeadline(numberStep('companies'), revealOfValue(11, '11'))).toBe('11 companies');
    expect(revealHeadline(numberStep('more purchases'), revealOfValue(-1, '−1'))).toBe('−1 more purchases');
    expect(revealHeadline(numberStep('家企业'), revealOfValue(1, '1'), zh)).toBe('1 家企业');
    expect(revealHeadline(numberStep('笔采购'), revealOfValue(18, '18'), zh)).toBe('18 笔采购');
  });
});
