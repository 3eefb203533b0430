/**
 * Chart models for comparing with a baseline run. Two views of each time-series chart:
 *
 * - **both**: the working scenario as usual, plus the baseline's total drawn as a thin grey line (companies) or a
 *   grey step line over the bars (deals);
 * - **difference**: scenario − baseline, per measure (matched by id; a measure missing on one side counts as 0)
 *   and all combined, so what the change did stands out from what both already do.
 *
 * The baseline is read at the working scenario's quarters (it may have another horizon: missing quarters are
 * gaps, never zeros).
 */
import type { ResultSummary } from '../../engine';
import type { Scenario } from '../../scenario/schema';
import { COMBINED_COLOUR, colourOf } from '../styles/tokens';
import { type ChartWords, ENGLISH_CHART_WORDS, quarterCell } from './chart-words';
import type { CompaniesMetric, CompaniesModel, SeriesInfo } from './companies-model';
import { type DealsModel, dealsModel } from './deals-model';
import { type ThresholdLine, thresholdLines } from './models-model';
import { writeParts } from './time-series';

/** What a chart needs of a compare baseline: its run and how to name it in the legend. */
export interface ChartBaseline {
  readonly result: ResultSummary;
  /** Legend label of the baseline series, e.g. "Baseline: US outbound rule as enacted". */
  readonly label: string;
}

/** Data key of the baseline series ('@' cannot appear in a measure id, so it never clashes). */
export const BASELINE_KEY = '@baseline';

/** The baseline's colour: a neutral grey that reads as "for reference" next to the series colours. */
export const BASELINE_COLOUR = '#7d8591';

/** Read `values` (indexed like `from`) at each of `to`'s quarters; null where `from` has no such quarter. */
export function alignToQuarters(
  to: readonly string[],
  from: readonly string[],
  values: readonly number[],
): (number | null)[] {
  const at = new Map(from.map((q, i) => [q, i]));
  return to.map((q) => {
    const i = at.get(q);
    return i === undefined ? null : (values[i] ?? null);
  });
}

function writeNullableParts(
  rows: Record<string, number | string | null>[],
  key: string,
  values: readonly (number | null)[],
  historyQuarters: number,
): void {
  // writeParts takes numbers; gaps are written as NaN and turned into nulls so the line breaks there.
  writeParts(
    rows,
    key,
    values.map((v) => v ?? Number.NaN),
    historyQuarters,
  );
  for (const row of rows) for (const k of Object.keys(row)) if (Number.isNaN(row[k])) row[k] = null;
}

/** The companies chart with the baseline's total (all its measures combined) as one more, grey, series. */
export function companiesWithBaseline(
  model: CompaniesModel,
  result: ResultSummary,
  baseline: ResultSummary,
  metric: CompaniesMetric,
  label: string,
): CompaniesModel {
  const rows = model.rows.map((r) => ({ ...r }));
  const values = alignToQuarters(result.quarters, baseline.quarters, baseline.combined[metric]);
  writeNullableParts(rows, BASELINE_KEY, values, result.historyQuarters);
  const series: SeriesInfo[] = [
    ...model.series,
    { key: BASELINE_KEY, label, colour: BASELINE_COLOUR, combined: false },
  ];
  return { ...model, rows, series };
}

function minus(
  a: readonly number[] | undefined,
  b: readonly (number | null)[],
  n: number,
): (number | null)[] {
  return Array.from({ length: n }, (_, q) => {
    const base = b[q];
    return base === null || base === undefined ? null : (a?.[q] ?? 0) - base;
  });
}

/** The companies chart as scenario − baseline: per measure (matched by id) and all combined. */
export function companiesDifference(
  result: ResultSummary,
  baseline: ResultSummary,
  metric: CompaniesMetric,
  words: ChartWords = ENGLISH_CHART_WORDS,
): CompaniesModel {
  const n = result.quarters.length;
  const rows: Record<string, number | string | null>[] = result.quarters.map((quarter) => ({ quarter }));
  const zeros = new Array<number>(baseline.quarters.length).fill(0);
  const seen = new Set(result.measures.map((m) => m.policyId));
  const measures = [
    ...result.measures.map((m) => ({ id: m.policyId, title: m.title })),
    ...baseline.measures
      .filter((m) => !seen.has(m.policyId))
      .map((m) => ({ id: m.policyId, title: m.title })),
  ];
  const series: SeriesInfo[] = [];
  measures.forEach((m, i) => {
    const mine = result.measures.find((x) => x.policyId === m.id)?.series[metric];
    const theirs = baseline.measures.find((x) => x.policyId === m.id)?.series[metric] ?? zeros;
    const values = minus(mine, alignToQuarters(result.quarters, baseline.quarters, theirs), n);
    writeNullableParts(rows, m.id, values, result.historyQuarters);
    series.push({
      key: m.id,
      label: words.t('change', { title: m.title }),
      colour: colourOf(i),
      combined: false,
    });
  });
  if (measures.length > 1) {
    const values = minus(
      result.combined[metric],
      alignToQuarters(result.quarters, baseline.quarters, baseline.combined[metric]),
      n,
    );
    writeNullableParts(rows, 'combined', values, result.historyQuarters);
    series.push({
      key: 'combined',
      label: words.t('combinedChange'),
      colour: COMBINED_COLOUR,
      combined: true,
    });
  }
  return {
    rows,
    series,
    historyQuarters: result.historyQuarters,
    firstProjection: result.quarters[result.historyQuarters] ?? null,
  };
}

/** Stacks that count as captured (excepted deals are drawn, never counted). */
function capturedKeys(model: DealsModel): string[] {
  return model.stacks.map((s) => s.key).filter((k) => k !== 'excepted');
}

/** The deals model with the baseline's captured total per quarter (same measure if it has one, else combined). */
export function dealsWithBaseline(
  model: DealsModel,
  result: ResultSummary,
  baseline: ResultSummary,
  measure: string,
  metric: 'count' | 'usd',
  breakdown: 'outcome' | 'kind',
): DealsModel {
  const theirs = dealsModel(baseline, measure, metric, breakdown);
  const keys = capturedKeys(theirs);
  const totals = theirs.rows.map((row) => keys.reduce((sum, k) => sum + Number(row[k] ?? 0), 0));
  const values = alignToQuarters(result.quarters, baseline.quarters, totals);
  const rows = model.rows.map((row, q) => {
    const v = values[q];
    return v === null || v === undefined ? { ...row } : { ...row, [BASELINE_KEY]: v };
  });
  return { ...model, rows };
}

/** The deals model as scenario − baseline for each stack (an outcome or a kind); rises and falls both drawn. */
export function dealsDifference(
  result: ResultSummary,
  baseline: ResultSummary,
  measure: string,
  metric: 'count' | 'usd',
  breakdown: 'outcome' | 'kind',
): DealsModel {
  const mine = dealsModel(result, measure, metric, breakdown);
  const theirs = dealsModel(baseline, measure, metric, breakdown);
  const keys = new Set(mine.stacks.map((s) => s.key));
  const stacks = [...mine.stacks, ...theirs.stacks.filter((s) => !keys.has(s.key))];
  const at = new Map<string, number>(baseline.quarters.map((q, i) => [q, i]));
  const rows = mine.rows.map((row) => {
    const i = at.get(String(row.quarter));
    const other = i === undefined ? undefined : theirs.rows[i];
    const out: Record<string, number | string | boolean> = {
      quarter: row.quarter!,
      projection: row.projection!,
    };
    for (const s of stacks) if (other) out[s.key] = Number(row[s.key] ?? 0) - Number(other[s.key] ?? 0);
    return out;
  });
  return {
    rows,
    stacks,
    unit: mine.unit,
    unknownAmounts: mine.unknownAmounts,
    // Amounts are shown per scenario, not as a difference.
    amounts: [],
  };
}

/** Rows for a line chart's data table: each series' history and projection parts joined back into one value. */
export function tableRowsOf(
  model: CompaniesModel,
  words: ChartWords = ENGLISH_CHART_WORDS,
): Record<string, unknown>[] {
  return model.rows.map((row, q) => ({
    quarter: quarterCell(String(row.quarter), q >= model.historyQuarters, words),
    ...Object.fromEntries(model.series.map((s) => [s.key, row[s.key] ?? row[`${s.key}__projection`] ?? '—'])),
  }));
}

/**
 * The baseline's compute lines that differ from the working scenario's: moved (same measure and setting, another
 * value) or absent from it. The models chart draws them thin and grey behind the draggable lines.
 */
export function changedBaselineLines(
  baseline: Pick<Scenario, 'policies'>,
  current: Pick<Scenario, 'policies'>,
): ThresholdLine[] {
  const mine = new Map(thresholdLines(current, () => '').map((l) => [`${l.policyId}\n${l.param}`, l.value]));
  return thresholdLines(baseline, () => BASELINE_COLOUR).filter(
    (l) => mine.get(`${l.policyId}\n${l.param}`) !== l.value,
  );
}
