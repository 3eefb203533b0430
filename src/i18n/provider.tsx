/**
 * Gives every component the page's language and catalogue (use-intl): `useTranslations('app')` for words,
 * `useFormatter()` for numbers and dates in the reader's locale. A missing message shows the English one.
 */
import type { ReactNode } from 'react';
import { IntlProvider } from 'use-intl';
import { useStore } from 'zustand';
import { sourceCatalogue } from './catalogues';
import { localeStore } from './locale-store';

function englishFallback({ key, namespace }: { key: string; namespace?: string }): string {
  const path = [...(namespace ? namespace.split('.') : []), ...key.split('.')];
  let node: unknown = sourceCatalogue;
  for (const part of path) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : path.join('.');
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const { locale, messages } = useStore(localeStore);
  return (
    <IntlProvider
      locale={locale}
      messages={messages}
      timeZone="UTC"
      getMessageFallback={englishFallback}
      onError={(error) => console.warn(error.message)}
    >
      {children}
    </IntlProvider>
  );
}
