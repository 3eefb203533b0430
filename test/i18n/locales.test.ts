import { describe, expect, it } from 'vitest';
import { matchLocale, resolveLocale, withLangParam } from '../../src/i18n/locales';

describe('matchLocale', () => {
  it('reads English and Simplified Chinese tags, not Traditional', () => {
    expect(matchLocale('en')).toBe('en');
    expect(matchLocale('en-GB')).toBe('en');
    expect(matchLocale('zh-CN')).toBe('zh-CN');
    expect(matchLocale('zh_cn')).toBe('zh-CN');
    expect(matchLocale('zh')).toBe('zh-CN');
    expect(matchLocale('zh-Hans-CN')).toBe('zh-CN');
    expect(matchLocale('zh-TW')).toBeNull();
    expect(matchLocale('zh-Hant')).toBeNull();
    expect(matchLocale('fr')).toBeNull();
    expect(matchLocale('')).toBeNull();
    expect(matchLocale(null)).toBeNull();
  });
});

describe('resolveLocale', () => {
  it('a link with lang wins over the stored choice and the browser', () => {
    expect(resolveLocale({ query: 'zh-CN', stored: 'en', browser: ['en-US'] })).toBe('zh-CN');
    expect(resolveLocale({ query: 'en', stored: 'zh-CN', browser: ['zh-CN'] })).toBe('en');
  });
  it('a link without lang keeps the reader’s own choice (the sender’s language is not forced)', () => {
    expect(resolveLocale({ query: null, stored: 'zh-CN', browser: ['en-US'] })).toBe('zh-CN');
    expect(resolveLocale({ query: null, stored: 'en', browser: ['zh-CN'] })).toBe('en');
  });
  it('falls back to the first browser language we have, then English', () => {
    expect(resolveLocale({ query: null, stored: null, browser: ['fr-FR', 'zh-CN', 'en'] })).toBe('zh-CN');
    expect(resolveLocale({ query: null, stored: null, browser: ['fr-FR', 'de'] })).toBe('en');
    expect(resolveLocale({ query: 'xx', stored: 'yy', browser: [] })).toBe('en');
  });
});

describe('withLangParam', () => {
  it('updates lang where the address carries it, and leaves other addresses alone', () => {
    expect(withLangParam('https://x.org/?lang=en#v=2&p=abc', 'zh-CN')).toBe(
      'https://x.org/?lang=zh-CN#v=2&p=abc',
    );
    expect(withLangParam('https://x.org/?lesson=a#v=2', 'zh-CN')).toBe('https://x.org/?lesson=a#v=2');
  });
});
