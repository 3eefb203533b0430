/**
 * The Chinese glossary is complete: every term has every field its English has, non-empty, in Chinese (no Latin
 * word outside the allow-list), with the English figures and citations kept, and no term or field English lacks.
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/teaching/glossary';
import { GLOSSARY_ZH_CN } from '../../src/teaching/glossary.zh-CN';
import { fieldProblems } from '../i18n/translation-check';

const FIELDS = ['term', 'definition', 'inYardstick', 'source'] as const;

describe('glossary in Simplified Chinese', () => {
  it('translates exactly the English terms', () => {
    expect(Object.keys(GLOSSARY_ZH_CN).sort()).toEqual(GLOSSARY.map((t) => t.id).sort());
  });
  it.each(GLOSSARY.map((t) => [t.id, t] as const))('%s: every field, in Chinese', (id, english) => {
    const zh = GLOSSARY_ZH_CN[id];
    expect(zh, id).toBeDefined();
    const problems: string[] = [];
    for (const field of FIELDS) {
      const source = english[field];
      if (source === undefined) {
        if (zh?.[field] !== undefined) problems.push(`${id}.${field}: not in English`);
        continue;
      }
      problems.push(...fieldProblems(`${id}.${field}`, source, zh?.[field]));
    }
    expect(problems).toEqual([]);
  });
  it('uses the terminology table’s forms for the rules’ terms', () => {
    const term = (id: string) => GLOSSARY_ZH_CN[id]?.term;
    expect(term('entity-list')).toBe('实体清单');
    expect(term('country-of-concern')).toBe('受关注国家');
    expect(term('covered-foreign-person')).toBe('受覆盖外国主体');
    expect(term('notifiable')).toBe('须申报');
    expect(term('tpp')).toBe('总处理性能（TPP）');
    expect(term('distillation')).toBe('蒸馏');
    expect(term('small-yard')).toBe('小院高墙');
  });
});
