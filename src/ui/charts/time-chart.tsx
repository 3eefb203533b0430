/**
 * A light time-series chart in plain SVG, for the charts that redraw on every slider move (companies and deals
 * captured over time): lines (history solid, projection dashed, step lines), stacked bars per quarter, year
 * ticks, the projection band, key-event markers, a legend, and a readout of the values at a quarter (pointer
 * hover, or focus and the arrow keys) with a click (or Enter) to list what is behind it. recharts took ≈ 30 ms
 * per such chart per update on our machines (DESIGN §8); this takes a few. The drawing is memoised on its props;
 * hovering redraws only the readout. No animation.
 */
import { memo, type ReactNode, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Quarter } from '../../engine';
import { EventMarker } from '../teaching/event-marker';
import { type ChartWords, useChartWords } from './chart-words';
import { eventsByQuarter } from './events';
import { formatYearTick } from './time-axis';
import {
  linePath,
  niceTicks,
  quarterAt,
  readoutEntries,
  type Segment,
  stackSegments,
  type TimeRow,
  valueExtent,
  yearLabelStep,
} from './time-chart-model';
import './time-chart.css';

export interface LineSpec {
  /** The row key of its values. */
  readonly key: string;
  readonly label: string;
  readonly colour: string;
  readonly width: number;
  readonly dash?: string | undefined;
  readonly step?: boolean | undefined;
  /** Listed in the legend (projection parts are not: their history part is). */
  readonly legend: boolean;
  /** The key of the history line a projection part continues: the readout lists the series once. */
  readonly continues?: string | undefined;
}

export interface BarSpec {
  readonly key: string;
  readonly label: string;
  readonly colour: string;
}

interface Props {
  /** One row per quarter, with `quarter` and a value per line and bar key. */
  readonly rows: readonly TimeRow[];
  readonly lines?: readonly LineSpec[] | undefined;
  /** Stacked, in order from the axis outwards. */
  readonly bars?: readonly BarSpec[] | undefined;
  readonly firstProjection: string | null;
  readonly height: number;
  readonly yAxisWidth: number;
  readonly format: (value: number) => string;
  readonly integerTicks?: boolean | undefined;
  /** Values can be negative (a difference from the baseline): negative bars stack down, and 0 gets a line. */
  readonly signed?: boolean | undefined;
  /** The drawing's accessible name. */
  readonly label: string;
  /** What a click does, shown in the readout ("click to list the companies"). */
  readonly hint: string;
  /** A click on a quarter (`bar`: the stack clicked, if any). Bars only: `pickBarsOnly`. */
  readonly onPick?: ((quarter: Quarter, bar?: string) => void) | undefined;
  readonly pickBarsOnly?: boolean | undefined;
}

const MARGIN = { top: 18, right: 16, bottom: 24 };
const FALLBACK_WIDTH = 560;

interface Geometry {
  readonly width: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly band: number;
  readonly x: (q: number) => number;
  readonly y: (v: number) => number;
  readonly ticks: readonly number[];
}

function geometryOf(
  width: number,
  height: number,
  yAxisWidth: number,
  n: number,
  extent: [number, number],
  integer: boolean,
): Geometry {
  const left = yAxisWidth;
  const right = Math.max(left + 10, width - MARGIN.right);
  const top = MARGIN.top;
  const bottom = height - MARGIN.bottom;
  const ticks = niceTicks(extent[0], extent[1], 5, integer);
  const lo = ticks[0]!;
  const hi = ticks.at(-1)!;
  const band = (right - left) / Math.max(1, n);
  return {
    width,
    left,
    right,
    top,
    bottom,
    band,
    x: (q) => left + band * (q + 0.5),
    y: (v) => bottom - ((v - lo) / (hi - lo || 1)) * (bottom - top),
    ticks,
  };
}

const Drawing = memo(function Drawing({
  rows,
  lines,
  bars,
  segments,
  geometry: g,
  height,
  firstProjection,
  format,
  signed,
}: {
  rows: readonly TimeRow[];
  lines: readonly LineSpec[];
  bars: readonly BarSpec[];
  segments: readonly Segment[];
  geometry: Geometry;
  height: number;
  firstProjection: string | null;
  format: (value: number) => string;
  signed: boolean;
}) {
  const quarters = rows.map((r) => String(r.quarter));
  const projectionAt = firstProjection ? quarters.indexOf(firstProjection) : -1;
  const colours = new Map(bars.map((b) => [b.key, b.colour]));
  const barWidth = Math.max(1, g.band - 1);
  const yearEvery = yearLabelStep(g.band);
  return (
    <>
      <g className="time-chart-grid">
        {g.ticks.map((t) => (
          <g key={t}>
            <line x1={g.left} x2={g.right} y1={g.y(t)} y2={g.y(t)} stroke="#eee" />
            <text x={g.left - 6} y={g.y(t) + 4} textAnchor="end" fontSize={12} fill="#666">
              {format(t)}
            </text>
          </g>
        ))}
        {quarters.map((q, i) =>
          q.endsWith('Q1') && Number(formatYearTick(q)) % yearEvery === 0 ? (
            <text key={q} x={g.x(i)} y={height - 6} textAnchor="middle" fontSize={12} fill="#666">
              {formatYearTick(q)}
            </text>
          ) : null,
        )}
        <line x1={g.left} x2={g.right} y1={g.bottom} y2={g.bottom} stroke="#666" />
      </g>
      {projectionAt >= 0 && (
        <rect
          x={g.left + g.band * projectionAt}
          y={g.top}
          width={g.right - (g.left + g.band * projectionAt)}
          height={g.bottom - g.top}
          fill="#8a8a8a"
          fillOpacity={0.08}
        />
      )}
      {eventsByQuarter(quarters).map(({ quarter, events }) => {
        const i = quarters.indexOf(quarter);
        const major = events.some((e) => e.major);
        return (
          <g key={quarter}>
            <line
              x1={g.x(i)}
              x2={g.x(i)}
              y1={g.top}
              y2={g.bottom}
              stroke={major ? '#8a8a8a' : '#d0d0d0'}
              strokeDasharray="2 3"
            />
            {/* Numbered markers just above the plot; the many minor dates sit on the time axis. */}
            <EventMarker x={g.x(i)} y={major ? g.top - 9 : g.bottom} events={events} />
          </g>
        );
      })}
      {signed && <line x1={g.left} x2={g.right} y1={g.y(0)} y2={g.y(0)} stroke="#555" />}
      <g className="time-chart-bars">
        {segments.map((s) => {
          const y0 = g.y(s.from);
          const y1 = g.y(s.to);
          return (
            <rect
              key={`${s.key}:${s.q}`}
              data-quarter={quarters[s.q]}
              data-stack={s.key}
              x={g.x(s.q) - barWidth / 2}
              y={Math.min(y0, y1)}
              width={barWidth}
              height={Math.abs(y1 - y0)}
              fill={colours.get(s.key)}
            />
          );
        })}
      </g>
      {lines.map((l) => (
        <path
          key={l.key}
          d={linePath(
            rows.map((r) => r[l.key]),
            g.x,
            g.y,
            l.step,
          )}
          fill="none"
          stroke={l.colour}
          strokeWidth={l.width}
          strokeDasharray={l.dash}
          strokeLinejoin="round"
        />
      ))}
    </>
  );
});

/** The legend under the drawing (HTML, like the other charts'; the SVG export draws it from these items). */
const Legend = memo(function Legend({
  lines,
  bars,
}: {
  lines: readonly LineSpec[];
  bars: readonly BarSpec[];
}) {
  return (
    <ul className="chart-legend">
      {bars.map((b) => (
        <li key={b.key} className="chart-legend-item">
          <svg width={14} height={14} aria-hidden="true">
            <rect x={1} y={2} width={12} height={10} fill={b.colour} />
          </svg>
          <span className="chart-legend-item-text">{b.label}</span>
        </li>
      ))}
      {lines
        .filter((l) => l.legend)
        .map((l) => (
          <li key={l.key} className="chart-legend-item">
            <svg width={14} height={14} aria-hidden="true">
              <line x1={0} x2={14} y1={7} y2={7} stroke={l.colour} strokeWidth={Math.min(3, l.width)} />
            </svg>
            <span className="chart-legend-item-text">{l.label}</span>
          </li>
        ))}
    </ul>
  );
});

/** Where the readout goes: beside the quarter (left of it in the right part), or across a narrow chart. */
interface ReadoutPlace {
  readonly left: number | null;
  readonly flip: boolean;
}

/** Below this width the readout spans the chart instead of following the pointer (it would run off a phone). */
const NARROW = 520;

function readoutPlace(g: Geometry, q: number): ReadoutPlace {
  if (g.width < NARROW) return { left: null, flip: false };
  const flip = g.x(q) > g.width * 0.6;
  return { left: g.x(q) + (flip ? -12 : 12), flip };
}

function Readout({
  row,
  lines,
  bars,
  format,
  hint,
  at,
  words,
}: {
  words: ChartWords;
  row: TimeRow;
  lines: readonly LineSpec[];
  bars: readonly BarSpec[];
  format: (value: number) => string;
  hint: string;
  at: ReadoutPlace;
}): ReactNode {
  const entries = readoutEntries(row, bars, lines);
  return (
    <div
      className={`time-chart-readout${at.flip ? ' flip' : ''}`}
      style={at.left === null ? { left: 8, right: 8 } : { left: at.left }}
      role="status"
      aria-live="polite"
    >
      <p className="time-chart-readout-head">
        {words.t('readoutHead', { quarter: String(row.quarter), hint })}
      </p>
      <ul>
        {entries.map((e) => (
          <li key={e.key} style={{ color: e.colour }}>
            {words.t('readoutEntry', { label: e.label, value: format(e.value) })}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function TimeChart({
  rows,
  lines = [],
  bars = [],
  firstProjection,
  height,
  yAxisWidth,
  format,
  integerTicks = false,
  signed = false,
  label,
  hint,
  onPick,
  pickBarsOnly = false,
}: Props) {
  const words = useChartWords();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  // The drawing is as wide as its box, as a ResizeObserver reports it after each layout (the first report comes
  // before the first paint): measuring in a layout effect instead forced a layout of the whole page while React
  // was still committing the first view. Until then the drawing scales to the box (max-width: 100%).
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      if (w > 0) setWidth(w);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const segments = useMemo(
    () =>
      stackSegments(
        rows,
        bars.map((b) => b.key),
        signed,
      ),
    [rows, bars, signed],
  );
  const extent = useMemo(
    () =>
      valueExtent(
        rows,
        lines.map((l) => l.key),
        segments,
      ),
    [rows, lines, segments],
  );
  const geometry = useMemo(
    () => geometryOf(width, height, yAxisWidth, rows.length, extent, integerTicks),
    [width, height, yAxisWidth, rows.length, extent, integerTicks],
  );
  const [active, setActive] = useState<number | null>(null);
  const shown = active !== null && active < rows.length ? active : null;
  const pick = (q: number, bar?: string) => {
    const quarter = rows[q]?.quarter;
    if (onPick && typeof quarter === 'string') onPick(quarter as Quarter, bar);
  };
  const quarterOf = (e: React.PointerEvent<SVGSVGElement> | React.MouseEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const px = ((e.clientX - rect.left) / (rect.width || 1)) * geometry.width;
    if (px < geometry.left || px > geometry.right) return null;
    return quarterAt(px, geometry.left, geometry.right, rows.length);
  };
  return (
    <div className="time-chart-box" ref={box}>
      <svg
        className="time-chart"
        width={geometry.width}
        height={height}
        viewBox={`0 0 ${geometry.width} ${height}`}
        role="application"
        aria-label={words.t('keysHelp', { label })}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: an application region with its own keys (arrows read a quarter, Enter opens it), as recharts' keyboard layer was.
        tabIndex={0}
        // Its own compositing layer: a redraw repaints only this chart, not the page around it.
        style={
          onPick && !pickBarsOnly
            ? { cursor: 'pointer', willChange: 'transform' }
            : { willChange: 'transform' }
        }
        onPointerMove={(e) => {
          const q = quarterOf(e);
          if (q !== shown) setActive(q);
        }}
        onPointerLeave={() => setActive(null)}
        onClick={(e) => {
          const target = e.target as Element;
          const bar = target.getAttribute?.('data-stack') ?? undefined;
          const q = quarterOf(e);
          if (q === null) return;
          if (bar !== undefined || !pickBarsOnly) pick(q, bar);
        }}
        onKeyDown={(e) => {
          const n = rows.length;
          if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
            const from = shown ?? (e.key === 'ArrowRight' ? -1 : n);
            setActive(Math.min(n - 1, Math.max(0, from + (e.key === 'ArrowRight' ? 1 : -1))));
          } else if (e.key === 'Home') setActive(0);
          else if (e.key === 'End') setActive(n - 1);
          else if ((e.key === 'Enter' || e.key === ' ') && shown !== null) pick(shown);
          else if (e.key === 'Escape') setActive(null);
          else return;
          e.preventDefault();
        }}
        onBlur={() => setActive(null)}
      >
        <Drawing
          rows={rows}
          lines={lines}
          bars={bars}
          segments={segments}
          geometry={geometry}
          height={height}
          firstProjection={firstProjection}
          format={format}
          signed={signed}
        />
        {shown !== null && (
          <rect
            className="time-chart-cursor"
            x={geometry.left + geometry.band * shown}
            y={geometry.top}
            width={geometry.band}
            height={geometry.bottom - geometry.top}
            fill="#000"
            fillOpacity={0.06}
            pointerEvents="none"
          />
        )}
      </svg>
      {shown !== null && rows[shown] && (
        <Readout
          row={rows[shown]!}
          lines={lines}
          bars={bars}
          format={format}
          hint={hint}
          at={readoutPlace(geometry, shown)}
          words={words}
        />
      )}
      <Legend lines={lines} bars={bars} />
    </div>
  );
}
