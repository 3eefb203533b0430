/**
 * The words of notices made outside React (links, the autosave, the page's file drop, unexpected errors): messages
 * of the catalogues' `notices` namespace.
 * `noticeWords` is pure (a locale and its catalogue in, a translator out); `currentNoticeWords` reads the page's
 * language from the locale store at the moment a notice is made.
 */
import { createTranslator } from 'use-intl/core';
import { localeStore } from './locale-store';
import { type Locale, SOURCE_LOCALE } from './locales';
import { type Catalogue, en } from './messages/en';

type Values = Readonly<Record<string, string | number>>;

export interface NoticeWords {
  /** A message of the `notices` namespace, its arguments filled. */
  readonly notice: (key: keyof Catalogue['notices'], values?: Values) => string;
}

export function noticeWords(locale: Locale, messages: Catalogue): NoticeWords {
  const notices = createTranslator({ locale, messages, namespace: 'notices', timeZone: 'UTC' });
  return {
    notice: (key, values) => notices(key, values as Record<string, string | number> | undefined),
  };
}

/** English, the source. */
export const ENGLISH_NOTICE_WORDS: NoticeWords = noticeWords(SOURCE_LOCALE, en);

/** The notice words of the page's language now. */
export function currentNoticeWords(): NoticeWords {
  const { locale, messages } = localeStore.getState();
  return locale === SOURCE_LOCALE ? ENGLISH_NOTICE_WORDS : noticeWords(locale, messages);
}
