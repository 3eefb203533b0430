import { describe, expect, it } from 'vitest';
import { catalogueProblems } from '../../src/i18n/check';
import { en } from '../../src/i18n/messages/en';
import { zhCN } from '../../src/i18n/messages/zh-CN';

describe('catalogues', () => {
  it('zh-CN has every English key with the same arguments', () => {
    expect(catalogueProblems('zh-CN', en, zhCN)).toEqual([]);
  });
});

describe('catalogueProblems', () => {
  const source = { a: { hello: 'Hello {name}', n: '{count, plural, one {# company} other {# companies}}' } };
  it('names a missing key, an extra key, an empty message and a dropped argument', () => {
    expect(catalogueProblems('xx', source, { a: { hello: 'Hi', extra: 'x' } })).toEqual([
      'xx: missing key a.n',
      'xx: key a.extra is not in the source',
      'xx: a.hello lacks {name}',
    ]);
    expect(
      catalogueProblems('xx', source, { a: { hello: ' ', n: '{count, plural, other {# 家}}' } }),
    ).toEqual(['xx: a.hello is empty']);
  });
  it('names a misspelt argument and a message that does not parse', () => {
    expect(
      catalogueProblems('xx', source, { a: { hello: '你好 {nmae}', n: '{count, plural, other {#' } }),
    ).toEqual([
      'xx: a.hello lacks {name}',
      'xx: a.hello has {nmae} not in English',
      expect.stringMatching(/^xx: a\.n is not a valid message/),
    ]);
  });
  it('accepts a complete translation', () => {
    expect(
      catalogueProblems('xx', source, {
        a: { hello: '你好，{name}', n: '{count, plural, other {# 家公司}}' },
      }),
    ).toEqual([]);
  });
});
