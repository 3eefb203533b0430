/**
 * The words of the headline cards and their rows, in the reader's language: messages of the catalogues'
 * `headlines` namespace, counts by `Intl`. Pure (a locale and its catalogue in, words out), so the model, the cards
 * and the text exports write the same sentences; English is the default everywhere, so English output stays what
 * the tests pin.
 */
import { createTranslator } from 'use-intl/core';
import { type Locale, SOURCE_LOCALE } from '../../i18n/locales';
import { type Catalogue, en } from '../../i18n/messages/en';
import { formatUsd as formatLessonUsd, lessonWords } from '../../lessons/words';
import { formatCount as formatEnglishCount, formatUsd as formatEnglishUsd } from '../format';

export type HeadlineMessage = keyof Catalogue['headlines'];

export interface HeadlineWords {
  readonly locale: Locale;
  /** A message of the `headlines` namespace, its arguments filled. */
  readonly t: (key: HeadlineMessage, values?: Readonly<Record<string, string | number>>) => string;
  /** A whole count with the locale's separators ("1,234"). */
  readonly count: (value: number) => string;
  /** A USD amount, compactly ("$75 m"; Chinese: 7500万美元). */
  readonly usd: (value: number) => string;
}

export function headlineWords(locale: Locale, messages: Catalogue): HeadlineWords {
  const translate = createTranslator({ locale, messages, namespace: 'headlines', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(locale);
  if (locale === SOURCE_LOCALE)
    return {
      locale,
      t: (key, values) => translate(key, values as Record<string, string | number> | undefined),
      count: formatEnglishCount,
      usd: formatEnglishUsd,
    };
  const lessons = lessonWords(locale, messages);
  return {
    locale,
    t: (key, values) => translate(key, values as Record<string, string | number> | undefined),
    count: (value) => numbers.format(Math.round(value)),
    usd: (value) => formatLessonUsd(value, lessons),
  };
}

/** English, the source. */
export const ENGLISH_HEADLINE_WORDS: HeadlineWords = headlineWords(SOURCE_LOCALE, en);
