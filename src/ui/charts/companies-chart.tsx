/**
 * Companies captured over time, per measure and all combined. History solid, projection dashed; key events
 * marked. Click a quarter to list the companies behind it.
 */
import { memo, useMemo, useState } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Quarter, SimulationResult } from '../../engine';
import { useAppStore } from '../../state/use-app-store';
import { formatCount } from '../format';
import { ChartFrame, DataTable } from './chart-frame';
import { type CompaniesMetric, type CompaniesModel, companiesModel, METRIC_LABELS } from './companies-model';
import {
  BASELINE_KEY,
  type ChartBaseline,
  companiesDifference,
  companiesWithBaseline,
  tableRowsOf,
} from './compare-model';
import { DifferenceToggle, useDifference } from './compare-toggle';
import { EventKey, formatYearTick, timeDecorations, yearTicks } from './time-axis';
import { partKeys } from './time-series';

const Drawing = memo(function Drawing({
  model,
  onPick,
  difference,
}: {
  model: CompaniesModel;
  onPick: (quarter: Quarter) => void;
  difference: boolean;
}) {
  const quarters = model.rows.map((r) => r.quarter as string);
  return (
    <ResponsiveContainer width="100%" height={300}>
      <LineChart
        data={model.rows}
        margin={{ top: 18, right: 16, bottom: 0, left: 0 }}
        onClick={(s) => s?.activeLabel && onPick(s.activeLabel as Quarter)}
        style={{ cursor: 'pointer' }}
      >
        <CartesianGrid stroke="#eee" vertical={false} />
        <XAxis
          dataKey="quarter"
          ticks={yearTicks(quarters)}
          tickFormatter={formatYearTick}
          tick={{ fontSize: 12 }}
        />
        <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={44} />
        {difference && <ReferenceLine y={0} stroke="#555" />}
        <Tooltip
          isAnimationActive={false}
          formatter={(value, name) => [
            formatCount(Number(value)),
            String(name).replace(/ \(projection\)$/, ' (projection, modeled)'),
          ]}
          labelFormatter={(label) => `${label} — click to list the companies`}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {timeDecorations(quarters, model.firstProjection)}
        {model.series.flatMap((s) => {
          const keys = partKeys(s.key);
          const width = s.key === BASELINE_KEY ? 1.5 : s.combined ? 3 : 2;
          return [
            <Line
              key={keys.history}
              dataKey={keys.history}
              name={s.label}
              stroke={s.colour}
              strokeWidth={width}
              dot={false}
              isAnimationActive={false}
              connectNulls={false}
            />,
            <Line
              key={keys.projection}
              dataKey={keys.projection}
              name={`${s.label} (projection)`}
              stroke={s.colour}
              strokeWidth={width}
              strokeDasharray="6 4"
              dot={false}
              isAnimationActive={false}
              legendType="none"
            />,
          ];
        })}
      </LineChart>
    </ResponsiveContainer>
  );
});

export function CompaniesChart({
  result,
  baseline,
}: {
  result: SimulationResult;
  /** A compare baseline's run, drawn as a grey line or subtracted (difference view). */
  baseline?: ChartBaseline | null | undefined;
}) {
  const [metric, setMetric] = useState<CompaniesMetric>('companiesCumulative');
  const difference = useDifference('companies') && !!baseline;
  const model = useMemo(() => {
    if (!baseline) return companiesModel(result, metric);
    if (difference) return companiesDifference(result, baseline.result, metric);
    return companiesWithBaseline(
      companiesModel(result, metric),
      result,
      baseline.result,
      metric,
      baseline.label,
    );
  }, [result, metric, baseline, difference]);
  const openDrilldown = useAppStore((s) => s.openDrilldown);
  const policyId = result.measures.length === 1 ? result.measures[0]!.policyId : 'combined';
  const onPick = useMemo(
    () => (quarter: Quarter) => openDrilldown({ kind: 'companies', policyId, quarter }),
    [openDrilldown, policyId],
  );
  return (
    <ChartFrame
      id="companies"
      title="Companies captured over time"
      description={
        difference
          ? `${METRIC_LABELS[metric]}: this scenario minus the baseline, per measure and all combined. Above 0: this scenario captures more.`
          : `${METRIC_LABELS[metric]}, per measure and all combined${baseline ? '; grey: the baseline, all its measures combined' : ''}. Solid: history to the data's as-of date; dashed: modeled projection.`
      }
      controls={
        <>
          {baseline && <DifferenceToggle chart="companies" />}
          <label className="inline">
            Show{' '}
            <select value={metric} onChange={(e) => setMetric(e.target.value as CompaniesMetric)}>
              {(Object.keys(METRIC_LABELS) as CompaniesMetric[]).map((k) => (
                <option key={k} value={k}>
                  {METRIC_LABELS[k]}
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
            caption={`${METRIC_LABELS[metric]}${difference ? ': change from the baseline' : ''}`}
            columns={[
              { key: 'quarter', label: 'Quarter' },
              ...model.series.map((s) => ({ key: s.key, label: s.label })),
            ]}
            rows={tableRowsOf(model)}
          />
        ) : (
          <DataTable
            caption={METRIC_LABELS[metric]}
            columns={[
              { key: 'quarter', label: 'Quarter' },
              ...model.series.map((s) => ({ key: s.key, label: s.label })),
            ]}
            rows={result.quarters.map((quarter, q) => ({
              quarter: `${quarter}${q >= result.historyQuarters ? ' (projection)' : ''}`,
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
      <Drawing model={model} onPick={onPick} difference={difference} />
    </ChartFrame>
  );
}
