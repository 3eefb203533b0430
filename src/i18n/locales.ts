/**
 * The languages Yardstick speaks and how the page picks one. English is the source language; every other
 * catalogue translates its keys (docs/I18N.md). The scenario, results and links are the same in every language:
 * only words, number and date formats change.
 */

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';

/** Each language's own name, shown in the language menu in that language. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', 'zh-CN': '中文（简体）' };

/** Where the page keeps the reader's choice (this browser only; never in a shared link unless asked). */
export const LOCALE_STORAGE_KEY = 'yardstick.lang';

/** A language tag as written in a link or a browser setting → the locale Yardstick has for it, if any. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const t = tag.trim().toLowerCase().replace('_', '-');
  if (t === 'en' || t.startsWith('en-')) return 'en';
  // Simplified Chinese: zh, zh-CN, zh-Hans, zh-SG, zh-Hans-CN. Traditional tags (zh-TW, zh-HK, zh-Hant) are not
  // Simplified Chinese, so they fall through to the next source.
  if (t === 'zh' || t === 'zh-cn' || t === 'zh-sg' || t.startsWith('zh-hans')) return 'zh-CN';
  return null;
}

export interface LocaleSources {
  /** `lang` in the page's query (`?lang=zh-CN`): a link that carries it opens in that language. */
  readonly query: string | null;
  /** The reader's earlier choice on this browser. */
  readonly stored: string | null;
  /** The browser's preferred languages, most preferred first. */
  readonly browser: readonly string[];
}

/**
 * The language to open in: the link's `lang` if it names one we have, else the reader's own choice, else the first
 * browser language we have, else English. A link without `lang` never imposes the sender's language.
 */
export function resolveLocale({ query, stored, browser }: LocaleSources): Locale {
  return matchLocale(query) ?? matchLocale(stored) ?? firstMatch(browser) ?? SOURCE_LOCALE;
}

function firstMatch(tags: readonly string[]): Locale | null {
  for (const tag of tags) {
    const locale = matchLocale(tag);
    if (locale) return locale;
  }
  return null;
}

/** The address with `lang` set to the locale (kept only where the address already carried `lang`). */
export function withLangParam(href: string, locale: Locale): string {
  const url = new URL(href);
  if (!url.searchParams.has('lang')) return href;
  url.searchParams.set('lang', locale);
  return url.toString();
}
