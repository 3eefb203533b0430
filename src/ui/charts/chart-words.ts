/**
 * The charts' words in the reader's language: messages of the catalogues' `chartText` namespace, counts and USD
 * amounts by `Intl` (the same figures in every language: English keeps "$75 m", Chinese writes 7500万美元).
 * `chartWords` is pure (a locale and its catalogue in, words out), so the charts, their data tables and the CSV
 * and image exports write the same text; `useChartWords` gives a component the page's.
 */
import { useMemo } from 'react';
import { createTranslator } from 'use-intl/core';
import { useStore } from 'zustand';
import type { DealKind, Outcome } from '../../engine';
import { localeStore } from '../../i18n/locale-store';
import { type Locale, SOURCE_LOCALE } from '../../i18n/locales';
import { type Catalogue, en } from '../../i18n/messages/en';
import { headlineWords } from '../panels/headline-words';
import type { CompaniesMetric } from './companies-model';

export type ChartMessage = keyof Catalogue['chartText'];
type Values = Readonly<Record<string, string | number | boolean>>;

export interface ChartWords {
  readonly locale: Locale;
  /** A message of the `chartText` namespace, its arguments filled. */
  readonly t: (key: ChartMessage, values?: Values) => string;
  /** A whole count with the locale's separators. */
  readonly count: (value: number) => string;
  /** A USD amount, compactly ("$75 m"; Chinese: 7500万美元). */
  readonly usd: (value: number) => string;
}

const OUTCOME_KEYS: Readonly<Record<Outcome, ChartMessage>> = {
  prohibited: 'outcomeProhibited',
  denied: 'outcomeDenied',
  blocked: 'outcomeBlocked',
  'licence-required': 'outcomeLicenceRequired',
  'approval-required': 'outcomeApprovalRequired',
  taxed: 'outcomeTaxed',
  notifiable: 'outcomeNotifiable',
  excepted: 'outcomeExcepted',
};

const KIND_KEYS: Readonly<Record<DealKind, ChartMessage>> = {
  investment: 'kindInvestment',
  'chip-purchase': 'kindChipPurchase',
  'model-access': 'kindModelAccess',
};

const METRIC_KEYS: Readonly<Record<CompaniesMetric, ChartMessage>> = {
  companiesCumulative: 'metricCompaniesCumulative',
  companiesStoppedCumulative: 'metricCompaniesStoppedCumulative',
  companies: 'metricCompanies',
  companiesInScope: 'metricCompaniesInScope',
  companiesInScopeStopped: 'metricCompaniesInScopeStopped',
};

/** The compute lines' short names, by the engine's `chartLine` label (the engine stays English). */
const LINE_KEYS: Readonly<Record<string, ChartMessage>> = {
  prohibited: 'lineProhibited',
  biological: 'lineBiological',
  notifiable: 'lineNotifiable',
  'China approval': 'lineChinaApproval',
};

export function chartWords(locale: Locale, messages: Catalogue): ChartWords {
  const translate = createTranslator({ locale, messages, namespace: 'chartText', timeZone: 'UTC' });
  const numbers = headlineWords(locale, messages);
  return {
    locale,
    t: (key, values) => translate(key, values as Record<string, string | number> | undefined),
    count: numbers.count,
    usd: numbers.usd,
  };
}

/** English, the source. */
export const ENGLISH_CHART_WORDS: ChartWords = chartWords(SOURCE_LOCALE, en);

/** The page's chart words (they follow a language switch). */
export function useChartWords(): ChartWords {
  const { locale, messages } = useStore(localeStore);
  return useMemo(
    () => (locale === SOURCE_LOCALE ? ENGLISH_CHART_WORDS : chartWords(locale, messages)),
    [locale, messages],
  );
}

/** A deal outcome's name in a legend or table ("Notifiable", 须申报). */
export function outcomeLabel(outcome: string, words: ChartWords): string {
  const key = OUTCOME_KEYS[outcome as Outcome];
  return key ? words.t(key) : outcome;
}

/** A deal kind's name ("Capital (rounds)", 资本（融资轮）). */
export function kindLabel(kind: string, words: ChartWords): string {
  const key = KIND_KEYS[kind as DealKind];
  return key ? words.t(key) : kind;
}

/** What the companies chart counts ("Companies captured so far", 累计被捕获的企业). */
export function metricLabel(metric: CompaniesMetric, words: ChartWords): string {
  return words.t(METRIC_KEYS[metric]);
}

/** A compute line's short name ("prohibited", 禁止); an unknown one keeps the engine's label. */
export function lineName(engineLabel: string, words: ChartWords): string {
  const key = LINE_KEYS[engineLabel];
  return key ? words.t(key) : engineLabel;
}

/** A quarter in a data table, marked when it is in the modeled projection: "2027Q1 (projection)". */
export function quarterCell(quarter: string, projection: boolean, words: ChartWords): string {
  return projection ? words.t('quarterProjection', { quarter }) : quarter;
}

const CONFIDENCE_KEYS: Readonly<Record<string, ChartMessage>> = {
  confident: 'confidenceConfident',
  likely: 'confidenceLikely',
  speculative: 'confidenceSpeculative',
  high: 'confidenceHigh',
  medium: 'confidenceMedium',
  low: 'confidenceLow',
  unconfirmed: 'confidenceUnconfirmed',
  unverified: 'confidenceUnverified',
  unstated: 'confidenceUnstated',
  modeled: 'confidenceModeled',
};

/** A record's confidence as the data writes it ("speculative"; Chinese: 推测（Speculative）). */
export function confidenceLabel(confidence: string, words: ChartWords): string {
  const key = CONFIDENCE_KEYS[confidence];
  return key ? words.t(key) : confidence;
}
