/**
 * Companies captured over time, per measure and all combined. History solid, projection dashed; key events
 * marked. Click a quarter to list the companies behind it.
 */
import { memo, useMemo, useState } from 'react';
import type { Quarter, ResultSummary } from '../../engine';
import { useAppStore } from '../../state/use-app-store';
import { ChartFrame, DataTable } from './chart-frame';
import { type ChartWords, metricLabel, quarterCell, useChartWords } from './chart-words';
import { type CompaniesMetric, type CompaniesModel, companiesModel, METRIC_LABELS } from './companies-model';
import {
  BASELINE_KEY,
  type ChartBaseline,
  companiesDifference,
  companiesWithBaseline,
  tableRowsOf,
} from './compare-model';
import { DifferenceToggle, useDifference } from './compare-toggle';
import { EventKey } from './time-axis';
import { type LineSpec, TimeChart } from './time-chart';
import { partKeys } from './time-series';

const Drawing = memo(function Drawing({
  model,
  onPick,
  difference,
  words,
}: {
  model: CompaniesModel;
  onPick: (quarter: Quarter) => void;
  difference: boolean;
  words: ChartWords;
}) {
  const lines = useMemo(
    () =>
      model.series.flatMap((s): LineSpec[] => {
        const keys = partKeys(s.key);
        const width = s.key === BASELINE_KEY ? 1.5 : s.combined ? 3 : 2;
        return [
          { key: keys.history, label: s.label, colour: s.colour, width, legend: true },
          {
            key: keys.projection,
            label: words.t('projectionPart', { label: s.label }),
            colour: s.colour,
            width,
            dash: '6 4',
            legend: false,
            continues: keys.history,
          },
        ];
      }),
    [model.series, words],
  );
  return (
    <TimeChart
      rows={model.rows}
      lines={lines}
      firstProjection={model.firstProjection}
      height={276}
      yAxisWidth={44}
      format={words.count}
      integerTicks
      signed={difference}
      label={words.t('companiesLabel')}
      hint={words.t('companiesHint')}
      onPick={onPick}
    />
  );
});

// Memoised: the app redraws on every scenario edit, this chart only when its result (or baseline) changes.
export const CompaniesChart = memo(function CompaniesChart({
  result,
  baseline,
}: {
  result: ResultSummary;
  /** A compare baseline's run, drawn as a grey line or subtracted (difference view). */
  baseline?: ChartBaseline | null | undefined;
}) {
  const words = useChartWords();
  const [metric, setMetric] = useState<CompaniesMetric>('companiesCumulative');
  const difference = useDifference('companies') && !!baseline;
  const model = useMemo(() => {
    if (!baseline) return companiesModel(result, metric, words);
    if (difference) return companiesDifference(result, baseline.result, metric, words);
    return companiesWithBaseline(
      companiesModel(result, metric, words),
      result,
      baseline.result,
      metric,
      baseline.label,
    );
  }, [result, metric, baseline, difference, words]);
  const openDrilldown = useAppStore((s) => s.openDrilldown);
  const policyId = result.measures.length === 1 ? result.measures[0]!.policyId : 'combined';
  const onPick = useMemo(
    () => (quarter: Quarter) => openDrilldown({ kind: 'companies', policyId, quarter, view: metric }),
    [openDrilldown, policyId, metric],
  );
  return (
    <ChartFrame
      id="companies"
      description={
        difference
          ? words.t('companiesDescDifference', { metric: metricLabel(metric, words) })
          : words.t('companiesDesc', { metric: metricLabel(metric, words), baseline: String(!!baseline) })
      }
      controls={
        <>
          {baseline && <DifferenceToggle chart="companies" />}
          <label className="inline">
            {words.t('show')}{' '}
            <select value={metric} onChange={(e) => setMetric(e.target.value as CompaniesMetric)}>
              {(Object.keys(METRIC_LABELS) as CompaniesMetric[]).map((k) => (
                <option key={k} value={k}>
                  {metricLabel(k, words)}
                </option>
              ))}
            </select>
          </label>
        </>
      }
      footer={<EventKey />}
      table={() =>
        baseline ? (
          <DataTable
            caption={
              difference
                ? words.t('captionChange', { metric: metricLabel(metric, words) })
                : metricLabel(metric, words)
            }
            columns={[
              { key: 'quarter', label: words.t('quarter') },
              ...model.series.map((s) => ({ key: s.key, label: s.label })),
            ]}
            rows={tableRowsOf(model, words)}
          />
        ) : (
          <DataTable
            caption={metricLabel(metric, words)}
            columns={[
              { key: 'quarter', label: words.t('quarter') },
              ...model.series.map((s) => ({ key: s.key, label: s.label })),
            ]}
            rows={result.quarters.map((quarter, q) => ({
              quarter: quarterCell(quarter, q >= result.historyQuarters, words),
              ...Object.fromEntries(
                model.series.map((s) => [
                  s.key,
                  s.key === 'combined'
                    ? result.combined[metric][q]
                    : result.measures.find((m) => m.policyId === s.key)!.series[metric][q],
                ]),
              ),
            }))}
          />
        )
      }
    >
      <Drawing model={model} onPick={onPick} difference={difference} words={words} />
    </ChartFrame>
  );
});
