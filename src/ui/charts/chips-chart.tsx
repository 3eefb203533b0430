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
import { useChartWords } from './chart-words';
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
  const words = useChartWords();
  const unknown = words.t('unknown');
  const model = useMemo(() => chipsModel(chips, policies), [chips, policies]);
  const rows = model.points.map((p) => ({
    ...p,
    inUse: chipUsers[p.id] ?? [],
    y: p.density ?? 0.3,
    anyControlled: Object.values(p.controlled).some(Boolean),
    status:
      model.regions
        .map((r) => words.t(p.controlled[r.policyId] ? 'statusControlled' : 'statusFree', { title: r.title }))
        .join(words.t('listSeparator')) || words.t('noChipRule'),
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
      description={words.t('chipsDesc')}
      table={() => (
        <DataTable
          caption={words.t('chipsCaption')}
          columns={[
            { key: 'name', label: words.t('colChip') },
            { key: 'tpp', label: 'TPP' },
            {
              key: 'density',
              label: words.t('colDensity'),
              format: (v) => (v === null ? unknown : String(v)),
            },
            {
              key: 'interconnectGBs',
              label: words.t('colInterconnect'),
              format: (v) => (v === null ? unknown : String(v)),
            },
            { key: 'status', label: words.t('colStatus') },
            {
              key: 'inUse',
              label: words.t('colInUse'),
              format: (v) => ((v as string[]).length ? (v as string[]).join(words.t('listSeparator')) : '—'),
            },
          ]}
          rows={rows}
        />
      )}
      footer={words.t('chipsFoot')}
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
              value: words.t('tppAxis'),
              position: 'insideBottom',
              offset: -4,
              fontSize: 12,
            }}
          />
          <YAxis
            type="number"
            dataKey="y"
            name={words.t('colDensity')}
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
                value:
                  r.interconnectGBs !== null
                    ? words.t('regionTppInterconnect', { title: r.title, tpp: r.tpp, gbs: r.interconnectGBs })
                    : words.t('regionTpp', { title: r.title, tpp: r.tpp }),
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
                  value: words.t('regionDensity', { density: r.density }),
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
                  {words.t('chipSpecs', {
                    tpp: p.tpp,
                    density: p.density ?? unknown,
                    gbs: p.interconnectGBs ?? unknown,
                    dataCentre: String(p.dataCenter),
                  })}
                  <br />
                  {p.status}
                  {p.inUse.length > 0 && (
                    <>
                      <br />
                      {words.t('chipInUse', {
                        count: p.inUse.length,
                        names: namesInBrief(p.inUse, 4, words),
                      })}
                    </>
                  )}
                </div>
              ) : null;
            }}
          />
          <Scatter name={words.t('freeToSell')} data={free} fill="#009E73" isAnimationActive={false}>
            <LabelList dataKey="label" position="right" fontSize={11} fill="#333" />
          </Scatter>
          <Scatter name={words.t('controlled')} data={controlled} fill="#D55E00" isAnimationActive={false}>
            <LabelList dataKey="label" position="right" fontSize={11} fill="#333" />
          </Scatter>
        </ScatterChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
