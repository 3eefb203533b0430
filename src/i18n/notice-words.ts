/**
 * The words of notices made outside React (links, the autosave, the page's file drop, unexpected errors): messages
 * of the catalogues' `notices` namespace. A notice made with `localized` keeps how to write its words, so it is
 * shown in the page's language even when it was made before that language's catalogue had loaded (the start-up
 * link notices) or the reader switches language while it is on screen.
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
  /** A message of the `fileNotices` namespace (scenario files, a new version of the app). */
  readonly file: (key: keyof Catalogue['fileNotices'], values?: Values) => string;
}

export function noticeWords(locale: Locale, messages: Catalogue): NoticeWords {
  const notices = createTranslator({ locale, messages, namespace: 'notices', timeZone: 'UTC' });
  const files = createTranslator({ locale, messages, namespace: 'fileNotices', timeZone: 'UTC' });
  return {
    notice: (key, values) => notices(key, values as Record<string, string | number> | undefined),
    file: (key, values) => files(key, values as Record<string, string | number> | undefined),
  };
}

/** English, the source. */
export const ENGLISH_NOTICE_WORDS: NoticeWords = noticeWords(SOURCE_LOCALE, en);

/** A notice's headline and lines. */
export interface NoticeText {
  readonly title: string;
  readonly items: readonly string[];
}

/** A notice's words in the page's language now, and how to write them in any language. */
export function localized(write: (words: NoticeWords) => NoticeText): NoticeText & {
  readonly words: (words: NoticeWords) => NoticeText;
} {
  return { ...write(currentNoticeWords()), words: write };
}

/** The notice words of the page's language now. */
export function currentNoticeWords(): NoticeWords {
  const { locale, messages } = localeStore.getState();
  return locale === SOURCE_LOCALE ? ENGLISH_NOTICE_WORDS : noticeWords(locale, messages);
}
