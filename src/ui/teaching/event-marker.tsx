/**
 * A key-event marker on a time axis: a numbered badge for a quarter with a major event, a small diamond for the
 * others. Hovering or focusing it shows each event's note and source in a tooltip (an HTML box over the page,
 * so it is never clipped by the chart and never ends up in an exported image); the same text is its accessible
 * description. One marker per quarter: events in the same quarter share it.
 */
import { useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useLocaleData } from '../../i18n/use-locale-data';
import { type ChartWords, ENGLISH_CHART_WORDS, useChartWords } from '../charts/chart-words';
import { eventNumber, KEY_EVENTS, type KeyEvent } from '../charts/events';
import { EVENTS_LOADERS } from '../charts/events-locale';

function formatDate(iso: string, words: ChartWords): string {
  if (words.locale !== 'en')
    return new Intl.DateTimeFormat(words.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(iso.slice(8, 10))} ${months[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** The marker's accessible name: its number(s), as drawn, and what happened ("Key event 1: Oct 2022 chip rule"). */
export function markerName(
  events: readonly KeyEvent[],
  numbers: readonly number[],
  words: ChartWords = ENGLISH_CHART_WORDS,
): string {
  return words.t('markerName', {
    several: events.length === 1 ? 'false' : 'true',
    numbers: numbers.length ? words.t('markerNumbers', { list: numbers.join(words.t('markerAnd')) }) : '',
    labels: events.map((e) => e.label).join(words.t('markerSeparator')),
  });
}

interface Props {
  /** Where the marker's glyph sits, in the chart's SVG coordinates. */
  readonly x: number;
  readonly y: number;
  readonly events: readonly KeyEvent[];
}

/** The marker glyph with its tooltip. */
export function EventMarker({ x, y, events: english }: Props) {
  const words = useChartWords();
  // The events in the reader's language (found by date: one event a date).
  const localized = useLocaleData(KEY_EVENTS, EVENTS_LOADERS);
  const events = english.map((e) => localized.find((l) => l.date === e.date) ?? e);
  const id = useId();
  const ref = useRef<SVGGElement>(null);
  const [tip, setTip] = useState<{ left: number; width: number; top?: number; bottom?: number } | null>(null);
  const numbers = events.map(eventNumber).filter((n): n is number => n !== null);
  const major = numbers.length > 0;
  const show = () => {
    const box = ref.current?.getBoundingClientRect();
    if (!box) return;
    // Keep the box on screen: open to the left of markers in the right part of the window.
    const width = Math.min(340, window.innerWidth - 16);
    const left = Math.min(Math.max(8, box.left + box.width / 2 - width / 2), window.innerWidth - width - 8);
    // Open below the marker, or above it when the marker is near the bottom of the window.
    const below = window.innerHeight - box.bottom > 220;
    setTip(
      below
        ? { left, width, top: box.bottom + 6 }
        : { left, width, bottom: window.innerHeight - box.top + 6 },
    );
  };
  const hide = () => setTip(null);
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be an HTML button, so it takes the role.
    <g
      ref={ref}
      className={`event-marker${major ? ' major' : ''}${tip ? ' active' : ''}`}
      transform={`translate(${x} ${y})`}
      tabIndex={0}
      role="button"
      aria-label={markerName(events, numbers, words)}
      aria-describedby={tip ? id : undefined}
      onMouseEnter={show}
      onMouseLeave={hide}
      onFocus={show}
      onBlur={hide}
      onClick={() => (tip ? hide() : show())}
      onKeyDown={(e) => {
        if (e.key === 'Escape') hide();
        else if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          if (tip) hide();
          else show();
        }
      }}
      style={{ cursor: 'help' }}
    >
      {/* A larger transparent target than the glyph, for pointers. */}
      <circle r={11} fill="transparent" />
      {major ? (
        <>
          <circle r={8} fill="#fff" stroke="#6b6b6b" strokeWidth={1.2} />
          {/* The number is in the marker's name too (markerName): the name contains what is seen. */}
          <text textAnchor="middle" dy="0.35em" fontSize={11} fontWeight={700} fill="#333">
            {numbers.join('')}
          </text>
        </>
      ) : (
        <rect
          x={-3}
          y={-3}
          width={6}
          height={6}
          transform="rotate(45)"
          fill="#8a8a8a"
          stroke="#fff"
          strokeWidth={0.8}
        />
      )}
      {tip &&
        createPortal(
          <div
            className="event-tip"
            role="tooltip"
            id={id}
            style={{ left: tip.left, width: tip.width, top: tip.top, bottom: tip.bottom }}
          >
            {events.map((e) => (
              <div key={e.date + e.label} className="event-tip-item">
                <p className="event-tip-head">
                  {eventNumber(e) !== null && <span className="event-num">{eventNumber(e)}</span>}
                  <strong>{e.label}</strong> · {formatDate(e.date, words)}
                </p>
                <p>{e.note}</p>
                <p className="event-tip-source">{words.t('tipSource', { source: e.source })}</p>
              </div>
            ))}
          </div>,
          document.body,
        )}
    </g>
  );
}
