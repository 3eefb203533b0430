/**
 * Model of the "companies captured over time" chart: per quarter, the cumulative number of companies each measure
 * (and all combined) has captured, or the number captured that quarter, or in scope.
 */
import type { ResultSummary } from '../../engine';
import type { CompaniesView } from '../../state/store';
import { COMBINED_COLOUR, colourOf } from '../styles/tokens';
import { type ChartWords, ENGLISH_CHART_WORDS } from './chart-words';
import { writeParts } from './time-series';

export type CompaniesMetric = CompaniesView;

export interface SeriesInfo {
  readonly key: string;
  readonly label: string;
  readonly colour: string;
  readonly combined: boolean;
}

export interface CompaniesModel {
  readonly rows: Record<string, number | string | null>[];
  readonly series: SeriesInfo[];
  readonly historyQuarters: number;
  readonly firstProjection: string | null;
}

export const METRIC_LABELS: Record<CompaniesMetric, string> = {
  companiesCumulative: 'Companies captured so far',
  companiesStoppedCumulative: 'Companies with a deal stopped so far',
  companies: 'Companies captured in the quarter',
  companiesInScope: 'Companies in scope (with or without a deal)',
  companiesInScopeStopped: 'Companies in scope whose deals would be stopped',
};

/** Build the chart's rows: one per quarter, one column per measure plus `combined`. */
export function companiesModel(
  result: ResultSummary,
  metric: CompaniesMetric,
  words: ChartWords = ENGLISH_CHART_WORDS,
): CompaniesModel {
  const rows: Record<string, number | string | null>[] = result.quarters.map((quarter) => ({ quarter }));
  const series: SeriesInfo[] = result.measures.map((m, i) => ({
    key: m.policyId,
    label: m.title,
    colour: colourOf(i),
    combined: false,
  }));
  for (const m of result.measures) writeParts(rows, m.policyId, m.series[metric], result.historyQuarters);
  if (result.measures.length > 1) {
    series.push({ key: 'combined', label: words.t('combined'), colour: COMBINED_COLOUR, combined: true });
    writeParts(rows, 'combined', result.combined[metric], result.historyQuarters);
  }
  return {
    rows,
    series,
    historyQuarters: result.historyQuarters,
    firstProjection: result.quarters[result.historyQuarters] ?? null,
  };
}
