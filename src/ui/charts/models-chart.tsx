/**
 * Models vs thresholds: every model by release date and training compute (log scale), with a line for each active
 * compute threshold. Models above a line take its colour. Drag a line (or focus it and press the arrow keys) to
 * move the threshold; the line follows the pointer every frame while the scenario updates at most once a frame.
 * The cloud is light, memoised SVG: moving a line only moves clip rectangles, never the points.
 */
import { memo, useMemo, useRef, useState } from 'react';
import type { PolicyInstance, ResultSummary } from '../../engine';
import { markInput } from '../../state/perf-marks';
import './models-chart.css';
import { useAppStore } from '../../state/use-app-store';
import type { IndexView } from '../../worker/simulation-protocol';
import { roundLadder, stepRound } from '../controls/round-steps';
import { useFrameThrottle } from '../controls/use-frame-throttle';
import { formatSci } from '../format';
import { colourOf } from '../styles/tokens';
import { EventMarker } from '../teaching/event-marker';
import { ChartFrame, DataTable } from './chart-frame';
import { type ChartWords, lineName, useChartWords } from './chart-words';
import { cloudImage } from './cloud-image';
import { changedBaselineLines } from './compare-model';
import { eventsByQuarter } from './events';
import {
  estimateOf,
  lineLabelOf,
  type ModelPoint,
  modelPoints,
  type ThresholdLine,
  thresholdLines,
} from './models-model';
import { countAboveSorted, MANY_MARKS } from './pixel-marks';

const W = 860;
const H = 360;
const M = { left: 58, right: 150, top: 12, bottom: 30 };
const Y_MIN = 20;
const Y_MAX = 28;
const LADDER = roundLadder(10 ** Y_MIN, 10 ** Y_MAX);

interface Scale {
  x: (year: number) => number;
  y: (log: number) => number;
  logAt: (py: number) => number;
}

function scaleOf(fromYear: number, toYear: number): Scale {
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  return {
    x: (year) => M.left + ((year - fromYear) / (toYear - fromYear)) * pw,
    y: (log) => M.top + (1 - (log - Y_MIN) / (Y_MAX - Y_MIN)) * ph,
    logAt: (py) => Y_MIN + (1 - (py - M.top) / ph) * (Y_MAX - Y_MIN),
  };
}

/** Quarter labels of whole years from `fromYear` up to (not including) `toYear`. */
function quarterLabels(fromYear: number, toYear: number): string[] {
  const out: string[] = [];
  for (let y = fromYear; y < toYear; y++) for (let q = 1; q <= 4; q++) out.push(`${y}Q${q}`);
  return out;
}

/** The mark of an imputed estimate: a square with a dark outline (the diamonds along the bottom are key dates). */
export const IMPUTED_STROKE = '#1f4e8c';
const IMPUTED_HALF = 3.8;

/** Every model as an SVG circle with its name as a tooltip; a picture of the cloud when there are many. */
const Points = memo(function Points({
  points,
  scale,
  fill,
  stroke,
  words,
}: {
  points: readonly ModelPoint[];
  scale: Scale;
  fill: string;
  stroke: string;
  words: ChartWords;
}) {
  // Imputed estimates are few: always drawn as SVG squares, above the cloud.
  const [plain, imputed] = useMemo(
    () => [points.filter((p) => !p.imputed), points.filter((p) => p.imputed)],
    [points],
  );
  const picture = useMemo(
    () =>
      plain.length > MANY_MARKS
        ? cloudImage(
            plain.map((p) => ({ cx: scale.x(p.x), cy: scale.y(p.y), modeled: p.modeled })),
            W,
            H,
            fill,
            stroke,
          )
        : null,
    [plain, scale, fill, stroke],
  );
  const title = (p: ModelPoint) =>
    words.t('modelTitle', {
      name: p.name,
      company: p.company,
      flop: formatSci(p.flop),
      estimate: estimateOf(p, words),
    });
  return (
    <g>
      {picture ? (
        <image href={picture} x={0} y={0} width={W} height={H} />
      ) : (
        plain.map((p) => (
          <circle
            key={p.id}
            data-id={p.id}
            cx={scale.x(p.x)}
            cy={scale.y(p.y)}
            r={p.modeled ? 2.6 : 3.4}
            fill={p.modeled ? 'white' : fill}
            stroke={p.modeled ? stroke : 'white'}
            strokeWidth={p.modeled ? 1.2 : 0.6}
          >
            <title>{title(p)}</title>
          </circle>
        ))
      )}
      {imputed.map((p) => (
        <rect
          key={p.id}
          data-id={p.id}
          className="imputed-mark"
          x={scale.x(p.x) - IMPUTED_HALF}
          y={scale.y(p.y) - IMPUTED_HALF}
          width={2 * IMPUTED_HALF}
          height={2 * IMPUTED_HALF}
          fill={fill}
          stroke={IMPUTED_STROKE}
          strokeWidth={1.6}
        >
          <title>{title(p)}</title>
        </rect>
      ))}
    </g>
  );
});

/** The key under the chart: what each mark means (the imputed one only when such models are shown). */
function MarkKey({ points, words }: { points: readonly ModelPoint[]; words: ChartWords }) {
  const imputed = points.filter((p) => p.imputed).length;
  const modeled = points.some((p) => p.modeled);
  return (
    <span className="mark-key">
      <span>
        <svg width="12" height="12" aria-hidden="true">
          <circle cx="6" cy="6" r="4" fill="#b5b5b5" stroke="white" />
        </svg>{' '}
        {words.t('markEpoch')}
      </span>
      {imputed > 0 && (
        <span>
          <svg width="12" height="12" aria-hidden="true">
            <rect
              x="1.5"
              y="1.5"
              width="9"
              height="9"
              fill="#b5b5b5"
              stroke={IMPUTED_STROKE}
              strokeWidth="1.6"
            />
          </svg>{' '}
          {words.t('markImputed', { count: imputed })}
        </span>
      )}
      {modeled && (
        <span>
          <svg width="12" height="12" aria-hidden="true">
            <circle cx="6" cy="6" r="3.2" fill="white" stroke="#9a9a9a" strokeWidth="1.2" />
          </svg>{' '}
          {words.t('markModeled')}
        </span>
      )}
    </span>
  );
}

/** Return the model drawn nearest to chart point (x, y), within a dot's radius and a little more. */
function nearestPoint(
  points: readonly ModelPoint[],
  scale: Scale,
  x: number,
  y: number,
): ModelPoint | undefined {
  let best: ModelPoint | undefined;
  let bestDistance = 5 * 5;
  for (const p of points) {
    const distance = (scale.x(p.x) - x) ** 2 + (scale.y(p.y) - y) ** 2;
    if (distance < bestDistance) {
      best = p;
      bestDistance = distance;
    }
  }
  return best;
}

const Axes = memo(function Axes({
  scale,
  fromYear,
  toYear,
  asOfYear,
  words,
}: {
  scale: Scale;
  fromYear: number;
  toYear: number;
  asOfYear: number;
  words: ChartWords;
}) {
  const years = Array.from({ length: toYear - fromYear }, (_, i) => fromYear + i);
  return (
    <g className="axes" fontSize={12} fill="#555">
      {Array.from({ length: Y_MAX - Y_MIN + 1 }, (_, i) => Y_MIN + i).map((e) => (
        <g key={e}>
          <line x1={M.left} x2={W - M.right} y1={scale.y(e)} y2={scale.y(e)} stroke="#eee" />
          <text x={M.left - 6} y={scale.y(e) + 4} textAnchor="end">{`1e${e}`}</text>
        </g>
      ))}
      {years.map((y) => (
        <text key={y} x={scale.x(y + 0.5)} y={H - 10} textAnchor="middle">
          {y}
        </text>
      ))}
      {eventsByQuarter(quarterLabels(fromYear, toYear)).map(({ quarter, events }) => {
        const first = events[0]!.date;
        const year = Number(first.slice(0, 4)) + (Number(first.slice(5, 7)) - 1) / 12;
        return (
          <g key={quarter}>
            <line
              x1={scale.x(year)}
              x2={scale.x(year)}
              y1={M.top}
              y2={H - M.bottom}
              stroke={events.some((e) => e.major) ? '#c8c8c8' : '#e2e2e2'}
              strokeDasharray="2 3"
            />
            {/* Markers along the bottom of the plot: the top is where the threshold labels run. */}
            <EventMarker x={scale.x(year)} y={H - M.bottom - 10} events={events} />
          </g>
        );
      })}
      <rect
        x={scale.x(asOfYear)}
        y={M.top}
        width={Math.max(0, scale.x(toYear) - scale.x(asOfYear))}
        height={H - M.top - M.bottom}
        fill="#8a8a8a"
        fillOpacity={0.07}
      />
      <text x={scale.x(asOfYear) + 4} y={M.top + 12} fontSize={11}>
        {words.t('projectionArrow')}
      </text>
      <text transform={`translate(14 ${H / 2}) rotate(-90)`} textAnchor="middle">
        {words.t('computeAxis')}
      </text>
    </g>
  );
});

function LineHandle({
  line,
  scale,
  onMove,
  labelShift,
  words,
}: {
  line: ThresholdLine;
  scale: Scale;
  onMove: (line: ThresholdLine, value: number) => void;
  labelShift: number;
  words: ChartWords;
}) {
  const [drag, setDrag] = useState<number | null>(null);
  const push = useFrameThrottle((v: number) => onMove(line, v));
  const log = drag ?? Math.log10(line.value);
  const y = scale.y(log);
  const svgY = (e: React.PointerEvent<SVGElement>) => {
    const svg = (e.currentTarget as SVGElement).ownerSVGElement;
    const ctm = svg?.getScreenCTM();
    return ctm ? (e.clientY - ctm.f) / ctm.d : 0;
  };
  const set = (l: number) => {
    const clamped = Math.min(Y_MAX, Math.max(Y_MIN, l));
    setDrag(clamped);
    markInput();
    push(Number((10 ** clamped).toPrecision(3)));
  };
  return (
    <g className="threshold-line">
      <line
        x1={M.left}
        x2={W - M.right}
        y1={y}
        y2={y}
        stroke={line.colour}
        strokeWidth={2}
        strokeDasharray={line.dash ? '6 4' : undefined}
      />
      <text x={W - M.right + 6} y={y + 4 + labelShift} fontSize={12} fill={line.colour}>
        {`${lineName(line.name, words)} ${formatSci(10 ** log)}`}
      </text>
      <rect
        x={M.left}
        y={y - 7}
        width={W - M.left - M.right}
        height={14}
        fill="transparent"
        style={{ cursor: 'ns-resize', touchAction: 'none' }}
        tabIndex={0}
        role="slider"
        aria-label={words.t('dragLine', { label: lineLabelOf(line, words) })}
        aria-valuemin={Y_MIN}
        aria-valuemax={Y_MAX}
        aria-valuenow={Number(log.toFixed(2))}
        aria-valuetext={`${formatSci(10 ** log)} FLOP`}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          set(scale.logAt(svgY(e)));
        }}
        onPointerMove={(e) => {
          if (e.currentTarget.hasPointerCapture(e.pointerId)) set(scale.logAt(svgY(e)));
        }}
        onPointerUp={(e) => {
          e.currentTarget.releasePointerCapture(e.pointerId);
          setDrag(null);
        }}
        onKeyDown={(e) => {
          // Round values, as the measure's slider: an arrow one step (1 → 2 → 5), Shift a decade.
          const steps = e.shiftKey ? 3 : 1;
          const dir =
            e.key === 'ArrowUp' || e.key === 'ArrowRight'
              ? 1
              : e.key === 'ArrowDown' || e.key === 'ArrowLeft'
                ? -1
                : 0;
          if (!dir) return;
          e.preventDefault();
          const next = stepRound(LADDER, 10 ** log, dir * steps);
          setDrag(Math.log10(next));
          markInput();
          push(next);
        }}
        onBlur={() => setDrag(null)}
      />
    </g>
  );
}

/** "DeepSeek-V3 — DeepSeek · 3.4e24 FLOP": what a dot's label says. */
export function modelLabel(p: ModelPoint, words: ChartWords): { name: string; detail: string } {
  return {
    name: words.t('modelName', { name: p.name, company: p.company }),
    detail: words.t('modelDetail', { flop: formatSci(p.flop), estimate: estimateOf(p, words) }),
  };
}

/** About how wide a line of text is, in px a character: CJK characters are about twice a Latin one. */
function textWidth(text: string, perChar: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? perChar * 1.8 : perChar;
  return w;
}

/**
 * The label of the model under the pointer or at the keyboard's place: its name and developer, then its
 * compute, in a box kept inside the drawing.
 */
function ModelLabel({ point, scale, words }: { point: ModelPoint; scale: Scale; words: ChartWords }) {
  const { name, detail } = modelLabel(point, words);
  const cx = scale.x(point.x);
  const cy = scale.y(point.y);
  // Text is 12 px and 11 px: about 6.6 and 6 px a character.
  const width = Math.max(textWidth(name, 6.6), textWidth(detail, 6)) + 16;
  const height = 38;
  // Right of the dot, or left of it near the right edge; always inside the drawing.
  const x = cx + 10 + width > W ? cx - 10 - width : cx + 10;
  const left = Math.max(2, Math.min(x, W - width - 2));
  const top = Math.max(2, Math.min(cy - height - 8, H - height - 2));
  return (
    <g className="model-label" pointerEvents="none" data-testid="model-label">
      <circle cx={cx} cy={cy} r={6} fill="none" stroke="#1d1f23" strokeWidth={1.5} />
      <rect x={left} y={top} width={width} height={height} rx={4} fill="white" stroke="#6b7280" />
      <text x={left + 8} y={top + 15} fontSize={12} fontWeight={600} fill="#1d1f23">
        {name}
      </text>
      <text x={left + 8} y={top + 30} fontSize={11} fill="#4b5563">
        {detail}
      </text>
    </g>
  );
}

export function ModelsChart({
  index,
  result,
  baselinePolicies,
}: {
  /** The index of the shown result: its models (projected ones included) and their companies. */
  index: IndexView;
  result: ResultSummary;
  /** A compare baseline's measures: its lines that differ are drawn thin and grey. */
  baselinePolicies?: readonly PolicyInstance[] | undefined;
}) {
  const words = useChartWords();
  const policies = useAppStore((s) => s.scenario.policies);
  const baselineLines = useMemo(
    () => (baselinePolicies ? changedBaselineLines({ policies: baselinePolicies }, { policies }) : []),
    [baselinePolicies, policies],
  );
  const setParam = useAppStore((s) => s.setParam);
  const selectCompany = useAppStore((s) => s.selectCompany);
  const points = useMemo(() => modelPoints(index, words.locale), [index, words.locale]);
  const lines = useMemo(() => thresholdLines({ policies }, (_, position) => colourOf(position)), [policies]);
  const fromYear = Number(result.quarters[0]?.slice(0, 4) ?? 2015);
  const toYear = Number(result.quarters.at(-1)?.slice(0, 4) ?? 2030) + 1;
  const asOf = index.dataset.asOf;
  const asOfYear = Number(asOf.slice(0, 4)) + (Number(asOf.slice(5, 7)) - 1) / 12;
  const scale = useMemo(() => scaleOf(fromYear, toYear), [fromYear, toYear]);
  const visible = useMemo(
    () => points.filter((p) => p.x >= fromYear && p.x < toYear),
    [points, fromYear, toYear],
  );
  // Models above a line, by binary search (every render moves a line; there are 32,773 models at 1 M).
  const sortedFlops = useMemo(() => visible.map((p) => p.flop).sort((a, b) => a - b), [visible]);
  const countAbove = (value: number) => countAboveSorted(sortedFlops, value);
  const ordered = [...lines].sort((a, b) => a.value - b.value);
  const svgRef = useRef<SVGSVGElement>(null);
  // The model named on screen: under the pointer, or at the keyboard's place (arrow keys, by release date).
  const [hovered, setHovered] = useState<ModelPoint | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const byDate = useMemo(() => [...visible].sort((a, b) => a.x - b.x || a.y - b.y), [visible]);
  const current = focused !== null ? byDate[Math.min(focused, byDate.length - 1)] : undefined;
  const named = hovered ?? current ?? null;
  const pointAt = (e: { clientX: number; clientY: number }) => {
    const ctm = svgRef.current?.getScreenCTM();
    return ctm
      ? nearestPoint(visible, scale, (e.clientX - ctm.e) / ctm.a, (e.clientY - ctm.f) / ctm.d)
      : undefined;
  };
  // Labels of lines at (nearly) the same height would overlap: push each one below the one above it.
  const labelShifts = new Map<ThresholdLine, number>();
  let lastY = Number.NEGATIVE_INFINITY;
  for (const l of [...ordered].reverse()) {
    const y = scale.y(Math.log10(l.value));
    const placed = Math.max(y, lastY + 14);
    labelShifts.set(l, placed - y);
    lastY = placed;
  }
  const onMove = (line: ThresholdLine, value: number) => setParam(line.policyId, line.param, value);
  const companyOf = useMemo(() => new Map(index.dataset.models.map((m) => [m.id, m.companyId])), [index]);
  return (
    <ChartFrame
      id="models"
      scroll
      description={words.t('modelsDesc')}
      table={() => (
        <DataTable
          caption={words.t('modelsCaption')}
          columns={[
            { key: 'label', label: words.t('colLine') },
            { key: 'value', label: words.t('colThreshold'), format: (v) => `${formatSci(Number(v))} FLOP` },
            { key: 'above', label: words.t('colAbove') },
          ]}
          rows={lines.map((l) => ({
            label: lineLabelOf(l, words),
            value: l.value,
            above: countAbove(l.value),
          }))}
        />
      )}
      csv={() => ({
        caption: words.t('modelsCsvCaption'),
        columns: [
          { key: 'name', label: words.t('colModel') },
          { key: 'company', label: words.t('colDeveloper') },
          { key: 'date', label: words.t('colRelease') },
          { key: 'flop', label: words.t('colFlop') },
          { key: 'basis', label: words.t('colEstimate') },
          ...lines.map((l) => ({
            key: `${l.policyId}:${l.param}`,
            label: words.t('colAboveLine', { line: lineLabelOf(l, words), value: formatSci(l.value) }),
          })),
        ],
        rows: visible.map((p) => ({
          name: p.name,
          company: p.company,
          date: Number(p.x.toFixed(3)),
          flop: p.flop,
          basis: estimateOf(p, words),
          ...Object.fromEntries(lines.map((l) => [`${l.policyId}:${l.param}`, p.flop > l.value])),
        })),
      })}
      footer={
        <>
          <MarkKey points={visible} words={words} />
          {words.t('modelsFoot', { count: words.count(visible.length) })}
        </>
      }
    >
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the dots are a pointer shortcut; the same companies are reachable from every drill-down table. */}
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG drawing cannot be a <fieldset>. */}
      <svg
        ref={svgRef}
        className="models-svg"
        // Its own compositing layer: redrawing it (a line moved) repaints only it, not the page around it.
        style={{ willChange: 'transform' }}
        viewBox={`0 0 ${W} ${H}`}
        // A group, not an image: it holds the draggable lines (sliders), which an image's children cannot be.
        role="group"
        aria-label={words.t('modelsGroup', {
          lines: lines
            .map((l) =>
              words.t('lineCount', {
                count: words.count(countAbove(l.value)),
                label: lineLabelOf(l, words),
                value: formatSci(l.value),
              }),
            )
            .join(words.t('listSeparator')),
        })}
        onPointerMove={(e) => {
          if (e.buttons) return; // dragging a line
          const hit = pointAt(e) ?? null;
          if (hit !== hovered) setHovered(hit);
        }}
        onPointerLeave={() => setHovered(null)}
        onClick={(e) => {
          // A picture of the cloud has no element per dot: find the dot under the pointer.
          const ctm = visible.length > MANY_MARKS ? svgRef.current?.getScreenCTM() : null;
          const hit = ctm
            ? nearestPoint(visible, scale, (e.clientX - ctm.e) / ctm.a, (e.clientY - ctm.f) / ctm.d)
            : undefined;
          const id = hit?.id ?? (e.target as Element).getAttribute?.('data-id');
          const company = id ? companyOf.get(id) : undefined;
          if (company) selectCompany(company);
        }}
      >
        <defs>
          <clipPath id="plot-area">
            <rect x={M.left} y={M.top - 4} width={W - M.left - M.right} height={H - M.top - M.bottom + 4} />
          </clipPath>
          {ordered.map((l, i) => (
            <clipPath key={`${l.policyId}-${l.param}`} id={`above-${i}`}>
              <rect x={0} y={0} width={W} height={Math.max(0, scale.y(Math.log10(l.value)))} />
            </clipPath>
          ))}
        </defs>
        <Axes scale={scale} fromYear={fromYear} toYear={toYear} asOfYear={asOfYear} words={words} />
        <g clipPath="url(#plot-area)">
          <Points points={visible} scale={scale} fill="#b5b5b5" stroke="#9a9a9a" words={words} />
          {ordered.map((l, i) => (
            <g key={`${l.policyId}-${l.param}`} clipPath={`url(#above-${i})`}>
              <Points points={visible} scale={scale} fill={l.colour} stroke={l.colour} words={words} />
            </g>
          ))}
        </g>
        {baselineLines.map((l) => (
          <g key={`baseline-${l.policyId}-${l.param}`} className="baseline-line">
            <line
              x1={M.left}
              x2={W - M.right}
              y1={scale.y(Math.log10(l.value))}
              y2={scale.y(Math.log10(l.value))}
              stroke={l.colour}
              strokeWidth={1.5}
              strokeDasharray="2 3"
            />
            <text x={M.left + 4} y={scale.y(Math.log10(l.value)) - 4} fontSize={11} fill={l.colour}>
              {words.t('baselineLine', { label: lineName(l.name, words), value: formatSci(l.value) })}
            </text>
          </g>
        ))}
        {lines.map((l) => (
          <LineHandle
            key={`${l.policyId}-${l.param}`}
            line={l}
            scale={scale}
            onMove={onMove}
            labelShift={labelShifts.get(l) ?? 0}
            words={words}
          />
        ))}
        {/* The keyboard's way through the models: one tab stop, arrow keys by release date, Enter opens the developer. */}
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG drawing cannot hold a <button>. */}
        <g
          className="model-browser"
          tabIndex={0}
          role="button"
          aria-roledescription={words.t('browserRole')}
          aria-label={
            current
              ? words.t('browserAt', {
                  name: modelLabel(current, words).name,
                  detail: modelLabel(current, words).detail,
                  n: words.count((focused ?? 0) + 1),
                  total: words.count(byDate.length),
                })
              : words.t('browserIdle', { total: words.count(byDate.length) })
          }
          data-testid="model-browser"
          onFocus={() => setFocused((f) => f ?? 0)}
          onBlur={() => setFocused(null)}
          onKeyDown={(e) => {
            const last = byDate.length - 1;
            const at = focused ?? 0;
            const step = e.shiftKey ? 10 : 1;
            let next: number | null = null;
            if (e.key === 'ArrowRight' || e.key === 'ArrowUp') next = Math.min(last, at + step);
            else if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') next = Math.max(0, at - step);
            else if (e.key === 'Home') next = 0;
            else if (e.key === 'End') next = last;
            else if (e.key === 'Enter' && current) {
              const company = companyOf.get(current.id);
              if (company) selectCompany(company);
            } else return;
            e.preventDefault();
            if (next !== null) setFocused(next);
          }}
        >
          <rect
            x={M.left}
            y={M.top}
            width={W - M.left - M.right}
            height={H - M.top - M.bottom}
            fill="none"
            pointerEvents="none"
          />
        </g>
        {named && <ModelLabel point={named} scale={scale} words={words} />}
      </svg>
    </ChartFrame>
  );
}
