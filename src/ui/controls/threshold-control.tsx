/**
 * A compute threshold: a log-scale slider (1e20–1e28) that steps through round values (round-steps.ts), with the models behind it drawn as a strip of dots, and a
 * box for exact entry in scientific notation (`1e25`, `3.5e24`) that applies on Enter or when it loses focus.
 */

import { memo, useEffect, useId, useMemo, useState } from 'react';
import { useTranslations } from 'use-intl';
import type { NumberParam } from '../../engine';
import { markInput } from '../../state/perf-marks';
import { drawPicture } from '../charts/cloud-image';
import { countAboveSorted, onePerPixel } from '../charts/pixel-marks';
import { formatSci, parseNumber } from '../format';
import { ParamHelp } from './help';
import { nearestRung, roundLadder, stepRound } from './round-steps';
import { useFrameThrottle } from './use-frame-throttle';

interface Props {
  readonly spec: NumberParam;
  readonly value: number;
  readonly onChange: (value: number) => void;
  /** log10 of every model's training compute, for the strip; null until the data's view arrives. */
  readonly modelLogs: readonly number[] | null;
  readonly colour: string;
}

const STRIP_WIDTH = 300;

/** Rungs per key: an arrow one (1 → 2 → 5 → 10), Page Up and Page Down a decade. */
const KEY_STEPS: Readonly<Record<string, number>> = {
  ArrowRight: 1,
  ArrowUp: 1,
  ArrowLeft: -1,
  ArrowDown: -1,
  PageUp: 3,
  PageDown: -3,
};
const STRIP_HEIGHT = 22;

interface Dot {
  readonly cx: number;
  readonly cy: number;
}

/** The strip's dots: every model within the slider's range, one per quarter pixel and row. */
function stripDots(logs: readonly number[], min: number, max: number): readonly Dot[] {
  const dots: Dot[] = [];
  logs.forEach((v, i) => {
    if (v >= min && v <= max)
      dots.push({ cx: ((v - min) / (max - min)) * STRIP_WIDTH, cy: 4 + ((i * 7) % 14) });
  });
  return onePerPixel(dots, (d) => Math.round(d.cx * 4) * STRIP_HEIGHT + d.cy);
}

const DOT_RADIUS = 2.2;
// The picture is drawn at this many pixels per strip unit (the strip is about 300 px wide on the page).
const PICTURE_SCALE = 4;

/**
 * The dots drawn once into a picture (a data URL), as the SVG circles would look; null where there is no canvas.
 * An SVG circle per model and strip (≈ 600 elements per strip on the built-in dataset, thousands at 1 M) made
 * the first view build, style and lay out them all, and every slider move restyle, hit-test and repaint them:
 * one picture per strip and colour is an element each. Strips with the same models, range and colour share one.
 */
const pictures = new WeakMap<readonly number[], Map<string, string | null>>();

function dotsPicture(logs: readonly number[], min: number, max: number, fill: string): string | null {
  let byLook = pictures.get(logs);
  if (!byLook) {
    byLook = new Map();
    pictures.set(logs, byLook);
  }
  const key = `${min}|${max}|${fill}`;
  if (!byLook.has(key)) byLook.set(key, drawDots(stripDots(logs, min, max), fill));
  return byLook.get(key)!;
}

function drawDots(dots: readonly Dot[], fill: string): string | null {
  return drawPicture(STRIP_WIDTH, STRIP_HEIGHT, PICTURE_SCALE, (context) => {
    context.fillStyle = fill;
    context.beginPath();
    for (const d of dots) {
      context.moveTo(d.cx + DOT_RADIUS, d.cy);
      context.arc(d.cx, d.cy, DOT_RADIUS, 0, 2 * Math.PI);
    }
    context.fill();
  });
}

/**
 * The dots never change while the slider moves: only the clip rectangle that colours those above the line. They
 * are one picture rather than an SVG circle each, where there is a canvas (the strip is hidden from assistive
 * technology either way: the note under it says how many models are above the line).
 */
const Dots = memo(function Dots({
  logs,
  min,
  max,
  fill,
}: {
  logs: readonly number[];
  min: number;
  max: number;
  fill: string;
}) {
  const picture = useMemo(() => dotsPicture(logs, min, max, fill), [logs, min, max, fill]);
  const dots = useMemo(() => (picture ? [] : stripDots(logs, min, max)), [picture, logs, min, max]);
  if (picture) return <image href={picture} x={0} y={0} width={STRIP_WIDTH} height={STRIP_HEIGHT} />;
  return (
    <g fill={fill}>
      {dots.map((d, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: positions are stable for a given dataset.
        <circle key={i} cx={d.cx} cy={d.cy} r={DOT_RADIUS} />
      ))}
    </g>
  );
});

export function ThresholdControl({ spec, value, onChange, modelLogs, colour }: Props) {
  const t = useTranslations('controls');
  const id = useId();
  const clipId = `${id}-clip`.replace(/:/g, '');
  const min = Math.log10(spec.min);
  const max = Math.log10(spec.max);
  // The slider steps through round values (1, 2, 5 × 10^n); the box takes any value.
  const ladder = useMemo(() => roundLadder(spec.min, spec.max), [spec.min, spec.max]);
  const [current, setCurrent] = useState(value);
  const log = Math.log10(current);
  const [text, setText] = useState(formatSci(value));
  const [error, setError] = useState<string | null>(null);
  const push = useFrameThrottle(onChange);

  useEffect(() => {
    setCurrent(value);
    setText(formatSci(value));
  }, [value]);

  const slide = (v: number) => {
    markInput();
    setCurrent(v);
    setText(formatSci(v));
    setError(null);
    push(v);
  };

  const apply = () => {
    const parsed = parseNumber(text);
    if (!Number.isFinite(parsed) || parsed <= 0) {
      setError(t('thresholdTypeError'));
      return;
    }
    if (parsed < spec.min || parsed > spec.max) {
      setError(t('thresholdRange', { min: formatSci(spec.min), max: formatSci(spec.max) }));
      return;
    }
    setError(null);
    markInput();
    onChange(parsed);
  };

  const sortedLogs = useMemo(() => (modelLogs ? [...modelLogs].sort((a, b) => a - b) : null), [modelLogs]);
  const above = sortedLogs ? countAboveSorted(sortedLogs, log) : null;
  const x = ((log - min) / (max - min)) * STRIP_WIDTH;

  return (
    <div className="threshold">
      <div className="param-head">
        <label htmlFor={`${id}-text`}>{spec.label}</label>
        <ParamHelp spec={spec} label={spec.label} />
      </div>
      <div className="threshold-row">
        <input
          type="range"
          min={0}
          max={ladder.length - 1}
          step={1}
          value={nearestRung(ladder, current)}
          aria-label={t('thresholdSlider', { label: spec.label })}
          aria-valuetext={`${formatSci(current)} FLOP`}
          onChange={(e) => slide(ladder[Number(e.target.value)] ?? current)}
          onKeyDown={(e) => {
            // From a typed value between two rungs, the first press lands on the next one (not the nearest).
            const steps = KEY_STEPS[e.key];
            if (steps === undefined) return;
            e.preventDefault();
            const next = stepRound(ladder, current, steps);
            if (next !== current) slide(next);
          }}
        />
        <input
          id={`${id}-text`}
          className="sci-input"
          type="text"
          inputMode="decimal"
          spellCheck={false}
          value={text}
          aria-invalid={error !== null}
          aria-describedby={`${id}-note`}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') apply();
            if (e.key === 'Escape') {
              setText(formatSci(value));
              setError(null);
            }
          }}
          onBlur={apply}
        />
        <span className="unit">FLOP</span>
      </div>
      {/* Its own compositing layer: moving the line repaints only the strip, not the page around it. */}
      <svg
        className="strip"
        viewBox={`0 0 ${STRIP_WIDTH} ${STRIP_HEIGHT}`}
        aria-hidden="true"
        style={{ willChange: 'transform' }}
      >
        <defs>
          <clipPath id={clipId}>
            <rect x={x} y={0} width={Math.max(0, STRIP_WIDTH - x)} height={STRIP_HEIGHT} />
          </clipPath>
        </defs>
        {modelLogs && <Dots logs={modelLogs} min={min} max={max} fill="#b9b9b9" />}
        {modelLogs && (
          <g clipPath={`url(#${clipId})`}>
            <Dots logs={modelLogs} min={min} max={max} fill={colour} />
          </g>
        )}
        <line x1={x} x2={x} y1={0} y2={STRIP_HEIGHT} stroke={colour} strokeWidth={2} />
      </svg>
      <p
        id={`${id}-note`}
        className={error ? 'field-error' : 'field-note'}
        role={error ? 'alert' : undefined}
      >
        {error ??
          (above === null ? t('modelsCounting') : t('modelsAbove', { count: above, n: String(above) }))}
      </p>
    </div>
  );
}
