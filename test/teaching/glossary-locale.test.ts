import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/teaching/glossary';
import { GLOSSARY_LOADERS, localizeGlossary } from '../../src/teaching/glossary-locale';

describe('localizeGlossary', () => {
  const sample = GLOSSARY.filter((t) => ['flop', 'entity-list', 'as-of'].includes(t.id));
  it('replaces the words and keeps ids, basis, related terms and order', () => {
    const out = localizeGlossary(sample, {
      flop: { term: 'F', definition: 'D', inYardstick: 'Y', source: 'S' },
      'as-of': { term: '截止', definition: '定义', source: '来源' },
    });
    expect(out.map((t) => t.id)).toEqual(sample.map((t) => t.id));
    expect(out[0]).toEqual({ ...sample[0], term: 'F', definition: 'D', inYardstick: 'Y', source: 'S' });
    // A term the translation lacks keeps its English words.
    expect(out[1]).toBe(sample[1]);
    expect(out[2]).toEqual({ ...sample[2], term: '截止', definition: '定义', source: '来源' });
    expect('inYardstick' in out[2]!).toBe(false);
  });
  it('gives the English glossary without a translation', () => {
    expect(localizeGlossary(GLOSSARY, null)).toBe(GLOSSARY);
  });
});

describe('the glossary by locale', () => {
  it('is English for en and Chinese for zh-CN, with the same ids, bases and related terms', async () => {
    expect(await GLOSSARY_LOADERS.en()).toBe(GLOSSARY);
    const zh = await GLOSSARY_LOADERS['zh-CN']();
    expect(zh.map(({ id, basis, related }) => ({ id, basis, related }))).toEqual(
      GLOSSARY.map(({ id, basis, related }) => ({ id, basis, related })),
    );
    expect(zh.find((t) => t.id === 'entity-list')?.term).toBe('实体清单');
    expect(zh.find((t) => t.id === 'flop')?.definition).toMatch(/训练算力是一个总量/);
  });
});
