/**
 * The words the lesson modules write around computed numbers (yes/no, "USD …", "11 companies", the as-of date),
 * in the reader's language: messages of the catalogues' `lessons` namespace (ICU, plurals), numbers and dates by
 * `Intl`. Pure: a reveal takes these as an argument, so the player, the tests and any other caller get the same
 * sentences. English is the default everywhere, so English output is exactly what the golden tests pin.
 */
import { createTranslator } from 'use-intl/core';
import { type Locale, SOURCE_LOCALE } from '../i18n/locales';
import { type Catalogue, en } from '../i18n/messages/en';

export type LessonMessage = keyof Catalogue['lessons'];

export interface LessonWords {
  readonly locale: Locale;
  /** A message of the `lessons` namespace, its arguments filled. */
  readonly t: (key: LessonMessage, values?: Readonly<Record<string, string | number>>) => string;
}

/** The lesson words of a locale, from its catalogue (`localeStore.getState()` holds both). */
export function lessonWords(locale: Locale, messages: Catalogue): LessonWords {
  const translate = createTranslator({ locale, messages, namespace: 'lessons', timeZone: 'UTC' });
  return {
    locale,
    t: (key, values) => translate(key, values as Record<string, string | number> | undefined),
  };
}

/** English, the source: what every lesson function uses unless told otherwise. */
export const ENGLISH_WORDS: LessonWords = lessonWords(SOURCE_LOCALE, en);

/** A whole or decimal count with the locale's separators and a true minus sign ("−3", "1,234"). */
export function formatCount(value: number, words: LessonWords): string {
  const rounded = Math.round(value * 100) / 100;
  const text = new Intl.NumberFormat(words.locale, { maximumFractionDigits: 2 }).format(Math.abs(rounded));
  // A true minus sign reads better than a hyphen in running text.
  return rounded < 0 ? `−${text}` : text;
}

/**
 * A USD amount, compactly. English keeps Yardstick's house style ("USD 75 m", "USD 1.2 bn"); other languages
 * count in their own large units by `Intl` (Chinese: 7500万美元, 12亿美元).
 */
export function formatUsd(value: number, words: LessonWords): string {
  const abs = Math.abs(value);
  let amount: string;
  if (words.locale === SOURCE_LOCALE) {
    const short = (x: number) => String(Number(x.toPrecision(3)));
    if (abs >= 1e9) amount = `${short(value / 1e9)} bn`;
    else if (abs >= 1e6) amount = `${short(value / 1e6)} m`;
    else amount = Math.round(value).toLocaleString('en-US');
  } else {
    const text = new Intl.NumberFormat(words.locale, {
      notation: abs >= 1e4 ? 'compact' : 'standard',
      maximumSignificantDigits: 3,
    }).format(abs);
    amount = value < 0 ? `−${text}` : text;
  }
  return words.t('usd', { amount });
}

/**
 * A dataset date (`YYYY-MM-DD`) in running text. English keeps the ISO form the lessons have always shown; other
 * languages write it as their readers do (Chinese: 2026年8月19日).
 */
export function formatLessonDate(iso: string, words: LessonWords): string {
  if (words.locale === SOURCE_LOCALE || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return new Intl.DateTimeFormat(words.locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}
