/**
 * The page's language: chosen once at start (link, the reader's choice, the browser), changed from the language
 * menu. The choice is kept on this browser; the page's `lang` attribute follows; an address that carried `lang`
 * is updated so a reload keeps the choice. Nothing here touches the scenario: figures are the same in every
 * language.
 */
import { createStore } from 'zustand/vanilla';
import { localStorageOf } from '../state/autosave';
import { type Catalogue, loadCatalogue, sourceCatalogue } from './catalogues';
import { LOCALE_STORAGE_KEY, type Locale, resolveLocale, SOURCE_LOCALE, withLangParam } from './locales';

export interface LocaleState {
  readonly locale: Locale;
  readonly messages: Catalogue;
}

export const localeStore = createStore<LocaleState>(() => ({
  locale: SOURCE_LOCALE,
  messages: sourceCatalogue,
}));

function pageSources() {
  const storage = localStorageOf(window);
  let stored: string | null = null;
  try {
    stored = storage?.getItem(LOCALE_STORAGE_KEY) ?? null;
  } catch {
    stored = null;
  }
  return {
    query: new URLSearchParams(window.location.search).get('lang'),
    stored,
    browser: navigator.languages?.length ? navigator.languages : [navigator.language],
  };
}

async function apply(locale: Locale): Promise<void> {
  const messages = await loadCatalogue(locale);
  localeStore.setState({ locale, messages });
  document.documentElement.lang = locale;
}

/** At start: the language to open in, its catalogue loaded. Never rejects: a catalogue that fails leaves English. */
export async function startLocale(): Promise<void> {
  try {
    await apply(resolveLocale(pageSources()));
  } catch (error) {
    reportError(error);
  }
}

/** The reader picks a language: kept on this browser, and in the address where it carried `lang`. */
export async function chooseLocale(locale: Locale): Promise<void> {
  try {
    localStorageOf(window)?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage refused (private mode, quota): the choice holds for this page only.
  }
  const href = withLangParam(window.location.href, locale);
  if (href !== window.location.href) window.history.replaceState(window.history.state, '', href);
  await apply(locale);
}
