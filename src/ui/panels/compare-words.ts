/**
 * The words of comparing (the Compare menu, the summary, its "Copy as text", the differences) and of a scenario's
 * origin ("edited from the preset '…'") in the reader's language: messages of the catalogues' `compare`
 * namespace. Pure (a locale and its catalogue in, words out); English is the default, so English output stays
 * what the tests pin.
 */
import { useMemo } from 'react';
import { createTranslator } from 'use-intl/core';
import { useStore } from 'zustand';
import { localeStore } from '../../i18n/locale-store';
import { type Locale, SOURCE_LOCALE } from '../../i18n/locales';
import { type Catalogue, en } from '../../i18n/messages/en';
import type { Origin } from '../../scenario/edited';
import type { Scenario } from '../../scenario/schema';
import type { Baseline } from '../../state/compare-store';
import { type HeadlineWords, headlineWords } from './headline-words';

export type CompareMessage = keyof Catalogue['compare'];

export interface CompareWords {
  readonly locale: Locale;
  readonly messages: Catalogue;
  readonly t: (key: CompareMessage, values?: Readonly<Record<string, string | number>>) => string;
  /** Counts and USD amounts, and the headline rows' words, in the same language. */
  readonly headline: HeadlineWords;
}

export function compareWords(locale: Locale, messages: Catalogue): CompareWords {
  const translate = createTranslator({ locale, messages, namespace: 'compare', timeZone: 'UTC' });
  return {
    locale,
    messages,
    t: (key, values) => translate(key, values as Record<string, string | number> | undefined),
    headline: headlineWords(locale, messages),
  };
}

/** English, the source. */
export const ENGLISH_COMPARE_WORDS: CompareWords = compareWords(SOURCE_LOCALE, en);

/** The page's compare words (they follow a language switch). */
export function useCompareWords(): CompareWords {
  const { locale, messages } = useStore(localeStore);
  return useMemo(
    () => (locale === SOURCE_LOCALE ? ENGLISH_COMPARE_WORDS : compareWords(locale, messages)),
    [locale, messages],
  );
}

/** "edited from the preset '…'" (Chinese: 由预设“…”修改而来), or null when the scenario is its preset or has none. */
export function editedWords(origin: Origin, words: CompareWords = ENGLISH_COMPARE_WORDS): string | null {
  return origin.edited && origin.preset ? words.t('edited', { title: origin.preset.title }) : null;
}

/** The scenario's title as exports give it: "Title (edited from the preset '…')" once edited. */
export function titleWithOriginWords(scenario: Scenario, origin: Origin, words: CompareWords): string {
  const edited = editedWords(origin, words);
  return edited ? `${scenario.title} (${edited})` : scenario.title;
}

/** A baseline's name in running text: "the preset '…'", "your saved '…'", "the linked scenario '…'". */
export function baselineName(baseline: Baseline, words: CompareWords = ENGLISH_COMPARE_WORDS): string {
  const [kind, ...rest] = baseline.key.split(':');
  if (kind === 'preset') return words.t('namePreset', { title: baseline.scenario.title });
  if (kind === 'saved') return words.t('nameSaved', { name: rest.join(':') });
  if (kind === 'link') return words.t('nameLink', { title: baseline.scenario.title });
  return baseline.label;
}
