/**
 * Chips vs the control tests: each chip by total processing performance (TPP) and performance density, with the
 * regions each enabled export-control rule controls. Under the 2022 rule a chip also needs 600 GB/s of
 * interconnect, which this plane cannot show: the region's label says so and the tooltip gives each chip's figure.
 */
import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  LabelList,
  ReferenceArea,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { type Chip, type PolicyInstance, templateOf } from '../../engine';
import { ChartFrame, DataTable } from './chart-frame';
import { chipsModel, namesInBrief } from './chips-model';

const X_MAX = 40000;
const Y_MAX = 25;

/** What of the measures this chart draws: the export-control rules (a compute slider changes none of it). */
function chipRules(policies: readonly PolicyInstance[]): string {
  return JSON.stringify(
    policies
      .filter((p) => templateOf(p.template)?.id === 'export-controls')
      .map((p) => [p.id, p.enabled, p.title, p.params]),
  );
}

// Redrawn only when the chips or an export-control rule change, not on every edit of another measure.
export const ChipsChart = memo(
  ChipsChartDrawing,
  (a, b) =>
    a.chips === b.chips && a.chipUsers === b.chipUsers && chipRules(a.policies) === chipRules(b.policies),
);

function ChipsChartDrawing({
  chips,
  chipUsers,
  policies,
}: {
  chips: readonly Chip[];
  /** Chip id → the companies seen using it (evidence, not purchases: no rule counts them). */
  chipUsers: Readonly<Record<string, readonly string[]>>;
  policies: readonly PolicyInstance[];
}) {
  const model = useMemo(() => chipsModel(chips, policies), [chips, policies]);
  const rows = model.points.map((p) => ({
    ...p,
    inUse: chipUsers[p.id] ?? [],
    y: p.density ?? 0.3,
    anyControlled: Object.values(p.controlled).some(Boolean),
    status:
      model.regions
        .map((r) => `${r.title}: ${p.controlled[r.policyId] ? 'controlled' : 'not controlled'}`)
        .join('; ') || 'no chip rule is on',
  }));
  // Label a chip only if no labelled chip sits close by (in axis units), so labels do not pile up.
  const labelled: { tpp: number; y: number }[] = [];
  const withLabels = [...rows]
    .sort((a, b) => b.tpp - a.tpp)
    .map((r) => {
      const crowded = labelled.some(
        (l) => Math.abs(l.tpp - r.tpp) < X_MAX * 0.09 && Math.abs(l.y - r.y) < Y_MAX * 0.06,
      );
      if (!crowded) labelled.push(r);
      return { ...r, label: crowded ? '' : r.name.replace(/^(NVIDIA|Huawei|AMD) /, '') };
    });
  const free = withLabels.filter((r) => !r.anyControlled);
  const controlled = withLabels.filter((r) => r.anyControlled);
  return (
    <ChartFrame
      id="chips"
      description="Each chip by total processing performance (TPP) and performance density (TPP per mm²). Shaded: what each enabled chip rule controls. Red: controlled by at least one rule; green: free to sell. Chips with unknown density sit on the floor. Hover a chip for the companies seen using it (a model trained on it): evidence, not purchases."
      table={() => (
        <DataTable
          caption="Chips and their status under each rule"
          columns={[
            { key: 'name', label: 'Chip' },
            { key: 'tpp', label: 'TPP' },
            { key: 'density', label: 'Density', format: (v) => (v === null ? 'unknown' : String(v)) },
            {
              key: 'interconnectGBs',
              label: 'Interconnect GB/s',
              format: (v) => (v === null ? 'unknown' : String(v)),
            },
            { key: 'status', label: 'Status' },
            {
              key: 'inUse',
              label: 'Seen in use by (evidence, not purchases)',
              format: (v) => ((v as string[]).length ? (v as string[]).join('; ') : '—'),
            },
          ]}
          rows={rows}
        />
      )}
      footer="TPP and density are derived from vendor specs (domain-facts B3; several are low-confidence estimates)."
    >
      <ResponsiveContainer width="100%" height={320}>
        <ScatterChart margin={{ top: 10, right: 20, bottom: 10, left: 0 }}>
          <CartesianGrid stroke="#eee" />
          <XAxis
            type="number"
            dataKey="tpp"
            name="TPP"
            domain={[0, X_MAX]}
            tick={{ fontSize: 12 }}
            label={{
              value: 'Total processing performance (TPP)',
              position: 'insideBottom',
              offset: -4,
              fontSize: 12,
            }}
          />
          <YAxis
            type="number"
            dataKey="y"
            name="Density"
            domain={[0, Y_MAX]}
            tick={{ fontSize: 12 }}
            width={40}
          />
          {model.regions.map((r) => [
            <ReferenceArea
              key={`${r.policyId}-tpp`}
              x1={r.tpp}
              x2={X_MAX}
              y1={0}
              y2={Y_MAX}
              fill="#D55E00"
              fillOpacity={0.07}
              stroke="#D55E00"
              strokeOpacity={0.3}
              label={{
                value: `${r.title}: TPP ≥ ${r.tpp}${r.interconnectGBs !== null ? ` and ≥ ${r.interconnectGBs} GB/s` : ''}`,
                position: 'insideTopRight',
                fontSize: 11,
                fill: '#8a3a00',
              }}
            />,
            r.densityTpp !== null && r.density !== null ? (
              <ReferenceArea
                key={`${r.policyId}-density`}
                x1={r.densityTpp}
                x2={r.tpp}
                y1={r.density}
                y2={Y_MAX}
                fill="#CC79A7"
                fillOpacity={0.1}
                stroke="#CC79A7"
                strokeOpacity={0.4}
                label={{
                  value: `density ≥ ${r.density}`,
                  position: 'insideBottomLeft',
                  fontSize: 11,
                  fill: '#7a3b63',
                }}
              />
            ) : null,
          ])}
          <Tooltip
            isAnimationActive={false}
            content={({ payload }) => {
              const p = payload?.[0]?.payload as (typeof rows)[number] | undefined;
              return p ? (
                <div className="tip">
                  <strong>{p.name}</strong>
                  <br />
                  TPP {p.tpp}, density {p.density ?? 'unknown'}, interconnect {p.interconnectGBs ?? 'unknown'}{' '}
                  GB/s, {p.dataCenter ? 'data-centre' : 'consumer'}
                  <br />
                  {p.status}
                  {p.inUse.length > 0 && (
                    <>
                      <br />
                      Seen in use by {p.inUse.length} {p.inUse.length === 1 ? 'company' : 'companies'}:{' '}
                      {namesInBrief(p.inUse)} (evidence, not purchases)
                    </>
                  )}
                </div>
              ) : null;
            }}
          />
          <Scatter name="Free to sell" data={free} fill="#009E73" isAnimationActive={false}>
            <LabelList dataKey="label" position="right" fontSize={11} fill="#333" />
          </Scatter>
          <Scatter name="Controlled" data={controlled} fill="#D55E00" isAnimationActive={false}>
            <LabelList dataKey="label" position="right" fontSize={11} fill="#333" />
          </Scatter>
        </ScatterChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
