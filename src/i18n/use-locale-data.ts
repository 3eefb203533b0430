/**
 * Data with words in it (the glossary, the key events) in the page's language: the translated copy once its
 * module has loaded, the English one until then or if it fails to load. Each language's copy loads once per page.
 */
import { useEffect, useReducer } from 'react';
import { useLocale } from 'use-intl';
import type { Locale } from './locales';

const loaded = new WeakMap<object, Map<Locale, unknown>>();

export function useLocaleData<T>(english: T, loaders: Readonly<Record<Locale, () => Promise<T>>>): T {
  const locale = useLocale();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  let byLocale = loaded.get(loaders);
  if (!byLocale) {
    byLocale = new Map();
    loaded.set(loaders, byLocale);
  }
  const have = byLocale.has(locale);
  useEffect(() => {
    if (have) return;
    let live = true;
    loaders[locale]().then(
      (value) => {
        loaded.get(loaders)?.set(locale, value);
        if (live) rerender();
      },
      (error: unknown) => console.warn(`Could not load the ${locale} text: ${String(error)}`),
    );
    return () => {
      live = false;
    };
  }, [have, locale, loaders]);
  return have ? (byLocale.get(locale) as T) : english;
}
