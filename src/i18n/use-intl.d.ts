// Typed keys for use-intl: `useTranslations('app')('tagline')` is checked against the source catalogue's keys.

import type { Locale } from './locales';
import type { Catalogue } from './messages/en';

declare module 'use-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Catalogue;
  }
}
