/**
 * Deals captured over time: stacked bars by outcome (count or USD) or by kind, for one measure or all combined.
 * Excepted deals are drawn in grey but are not counted as captured. Click a bar to list the deals.
 */
import { memo, useMemo } from 'react';
import type { Outcome, Quarter, ResultSummary } from '../../engine';
import { dealsMetricOf } from '../../scenario/view';
import { useAppStore } from '../../state/use-app-store';
import { ChartFrame, DataTable } from './chart-frame';
import { type ChartWords, kindLabel, outcomeLabel, useChartWords } from './chart-words';
import {
  BASELINE_COLOUR,
  BASELINE_KEY,
  type ChartBaseline,
  dealsDifference,
  dealsWithBaseline,
} from './compare-model';
import { DifferenceToggle, useDifference } from './compare-toggle';
import { amountKey, type DealsModel, dealsModel } from './deals-model';
import { EventKey } from './time-axis';
import { type LineSpec, TimeChart } from './time-chart';

const Drawing = memo(function Drawing({
  model,
  firstProjection,
  onPick,
  baselineLabel,
  difference,
  words,
}: {
  words: ChartWords;
  model: DealsModel;
  firstProjection: string | null;
  onPick: (quarter: Quarter, stack?: string) => void;
  /** Set when the baseline's total is drawn over the bars. */
  baselineLabel: string | null;
  difference: boolean;
}) {
  const lines = useMemo(
    (): LineSpec[] =>
      baselineLabel
        ? [
            {
              key: BASELINE_KEY,
              label: baselineLabel,
              colour: BASELINE_COLOUR,
              width: 1.5,
              step: true,
              legend: true,
            },
          ]
        : [],
    [baselineLabel],
  );
  const usd = model.unit === 'USD';
  return (
    <TimeChart
      rows={model.rows}
      bars={model.stacks}
      lines={lines}
      firstProjection={firstProjection}
      height={276}
      yAxisWidth={usd ? 70 : 44}
      format={usd ? words.usd : words.count}
      integerTicks={!usd}
      signed={difference}
      label={words.t('dealsLabel')}
      hint={words.t('dealsHint')}
      onPick={onPick}
      pickBarsOnly
    />
  );
});

// Memoised: the app redraws on every scenario edit, this chart only when its result (or baseline) changes.
export const DealsChart = memo(function DealsChart({
  result,
  baseline,
}: {
  result: ResultSummary;
  /** A compare baseline's run: its captured total drawn as a grey step line, or subtracted (difference view). */
  baseline?: ChartBaseline | null | undefined;
}) {
  const words = useChartWords();
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  // Count or USD is the scenario's own view setting (it travels in its link); the rest is the page's.
  const dealsMetric = useAppStore((s) => dealsMetricOf(s.scenario));
  const setDealsMetric = useAppStore((s) => s.setDealsMetric);
  const openDrilldown = useAppStore((s) => s.openDrilldown);
  const measure = result.measures.some((m) => m.policyId === view.dealsMeasure)
    ? view.dealsMeasure
    : 'combined';
  const difference = useDifference('deals') && !!baseline;
  const model = useMemo(() => {
    const metric = dealsMetric;
    const breakdown = view.dealsBreakdown;
    const built = !baseline
      ? dealsModel(result, measure, metric, breakdown)
      : difference
        ? dealsDifference(result, baseline.result, measure, metric, breakdown)
        : dealsWithBaseline(
            dealsModel(result, measure, metric, breakdown),
            result,
            baseline.result,
            measure,
            metric,
            breakdown,
          );
    // The stacks' names in the reader's language (the model names them by the engine's outcome or kind).
    const name = breakdown === 'outcome' ? outcomeLabel : kindLabel;
    return { ...built, stacks: built.stacks.map((s) => ({ ...s, label: name(s.key, words) })) };
  }, [result, measure, view, dealsMetric, baseline, difference, words]);
  const onPick = useMemo(
    () => (quarter: Quarter, stack?: string) =>
      openDrilldown({
        kind: 'deals',
        policyId: measure,
        quarter,
        outcome: view.dealsBreakdown === 'outcome' && stack ? (stack as Outcome) : undefined,
      }),
    [openDrilldown, measure, view.dealsBreakdown],
  );
  const format = model.unit === 'USD' ? words.usd : words.count;
  const usd = String(model.unit === 'USD');
  return (
    <ChartFrame
      id="deals"
      description={
        difference
          ? words.t('dealsDescDifference', { usd, breakdown: view.dealsBreakdown })
          : words.t('dealsDesc', { usd, baseline: String(!!baseline) })
      }
      controls={
        <>
          {baseline && <DifferenceToggle chart="deals" />}
          <label className="inline">
            {words.t('measure')}{' '}
            <select value={measure} onChange={(e) => setView({ dealsMeasure: e.target.value })}>
              <option value="combined">{words.t('allCombined')}</option>
              {result.measures.map((m) => (
                <option key={m.policyId} value={m.policyId}>
                  {m.title}
                </option>
              ))}
            </select>
          </label>
          <label className="inline">
            {words.t('by')}{' '}
            <select
              value={view.dealsBreakdown}
              onChange={(e) => setView({ dealsBreakdown: e.target.value as 'outcome' | 'kind' })}
            >
              <option value="outcome">{words.t('outcome')}</option>
              <option value="kind">{words.t('kind')}</option>
            </select>
          </label>
          <fieldset className="segmented">
            <legend className="sr-only">{words.t('measuredAs')}</legend>
            <button
              type="button"
              aria-pressed={dealsMetric === 'count'}
              onClick={() => setDealsMetric('count')}
            >
              {words.t('count')}
            </button>
            <button
              type="button"
              aria-pressed={dealsMetric === 'usd'}
              disabled={view.dealsBreakdown === 'kind'}
              onClick={() => setDealsMetric('usd')}
            >
              {words.t('usd')}
            </button>
          </fieldset>
        </>
      }
      footer={
        <>
          <EventKey />
          {model.unit === 'USD' && model.unknownAmounts > 0 && (
            <span className="block">
              {words.t('unknownAmounts', { count: words.count(model.unknownAmounts) })}
            </span>
          )}
          {model.amounts.map((a) => (
            <span className="block" key={a.key}>
              {words.t('amountTotal', { label: a.label, total: words.usd(a.total) })}
            </span>
          ))}
        </>
      }
      table={() => (
        <DataTable
          caption={words.t('dealsCaption', { usd })}
          columns={[
            { key: 'quarter', label: words.t('quarter') },
            ...model.stacks.map((s) => ({
              key: s.key,
              label: s.label,
              format: (v: unknown) => format(Number(v)),
            })),
            ...(baseline && !difference
              ? [
                  {
                    key: BASELINE_KEY,
                    label: baseline.label,
                    format: (v: unknown) => (v === undefined ? '—' : format(Number(v))),
                  },
                ]
              : []),
            ...model.amounts.map((a) => ({
              key: amountKey(a.key),
              label: words.t('amountColumn', { label: a.label }),
              format: (v: unknown) => (v === undefined ? '—' : words.usd(Number(v))),
            })),
          ]}
          rows={model.rows}
        />
      )}
    >
      <Drawing
        model={model}
        firstProjection={result.quarters[result.historyQuarters] ?? null}
        onPick={onPick}
        baselineLabel={baseline && !difference ? baseline.label : null}
        difference={difference}
        words={words}
      />
    </ChartFrame>
  );
});
