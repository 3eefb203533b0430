/**
 * Deals captured over time: stacked bars by outcome (count or USD) or by kind, for one measure or all combined.
 * Excepted deals are drawn in grey but are not counted as captured. Click a bar to list the deals.
 */
import { memo, useMemo } from 'react';
import type { Outcome, Quarter, ResultSummary } from '../../engine';
import { dealsMetricOf } from '../../scenario/view';
import { useAppStore } from '../../state/use-app-store';
import { formatCount, formatUsd } from '../format';
import { ChartFrame, DataTable } from './chart-frame';
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
}: {
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
      format={usd ? formatUsd : formatCount}
      integerTicks={!usd}
      signed={difference}
      label="Deals captured over time, stacked by outcome or kind"
      hint="click a bar to list the deals"
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
    if (!baseline) return dealsModel(result, measure, metric, breakdown);
    if (difference) return dealsDifference(result, baseline.result, measure, metric, breakdown);
    const mine = dealsModel(result, measure, metric, breakdown);
    return dealsWithBaseline(mine, result, baseline.result, measure, metric, breakdown);
  }, [result, measure, view, dealsMetric, baseline, difference]);
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
  const format = model.unit === 'USD' ? formatUsd : formatCount;
  return (
    <ChartFrame
      id="deals"
      description={
        difference
          ? `Deals caught each quarter${model.unit === 'USD' ? ', in USD' : ''}: this scenario minus the baseline, per ${view.dealsBreakdown}. Above 0: this scenario catches more.`
          : `Capital (rounds), chips (purchases) and models (access) caught each quarter${model.unit === 'USD' ? ', in USD' : ''}. Deals with the same measure's exception are grey and not counted.${baseline ? " Grey step line: the baseline's total." : ''}`
      }
      controls={
        <>
          {baseline && <DifferenceToggle chart="deals" />}
          <label className="inline">
            Measure{' '}
            <select value={measure} onChange={(e) => setView({ dealsMeasure: e.target.value })}>
              <option value="combined">All combined</option>
              {result.measures.map((m) => (
                <option key={m.policyId} value={m.policyId}>
                  {m.title}
                </option>
              ))}
            </select>
          </label>
          <label className="inline">
            By{' '}
            <select
              value={view.dealsBreakdown}
              onChange={(e) => setView({ dealsBreakdown: e.target.value as 'outcome' | 'kind' })}
            >
              <option value="outcome">Outcome</option>
              <option value="kind">Kind</option>
            </select>
          </label>
          <fieldset className="segmented">
            <legend className="sr-only">Deals measured as</legend>
            <button
              type="button"
              aria-pressed={dealsMetric === 'count'}
              onClick={() => setDealsMetric('count')}
            >
              Count
            </button>
            <button
              type="button"
              aria-pressed={dealsMetric === 'usd'}
              disabled={view.dealsBreakdown === 'kind'}
              onClick={() => setDealsMetric('usd')}
            >
              USD
            </button>
          </fieldset>
        </>
      }
      footer={
        <>
          <EventKey />
          {model.unit === 'USD' && model.unknownAmounts > 0 && (
            <span className="block">
              {formatCount(model.unknownAmounts)} captured deals have no reported amount and are not in the
              USD totals.
            </span>
          )}
          {model.amounts.map((a) => (
            <span className="block" key={a.key}>
              {a.label}: {formatUsd(a.total)} over the horizon (see the table for each quarter).
            </span>
          ))}
        </>
      }
      table={() => (
        <DataTable
          caption={`Deals captured (${model.unit})`}
          columns={[
            { key: 'quarter', label: 'Quarter' },
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
              label: `${a.label} (USD)`,
              format: (v: unknown) => (v === undefined ? '—' : formatUsd(Number(v))),
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
      />
    </ChartFrame>
  );
});
