/**
 * Shared pieces of the time-series charts: year ticks, key-event markers, the projection band.
 */
import { ReferenceArea, ReferenceLine } from 'recharts';
import { KEY_EVENTS, quarterLabelOf } from './events';

/** Tick only each year's first quarter, labelled by the year. */
export function yearTicks(quarters: readonly string[]): string[] {
  return quarters.filter((q) => q.endsWith('Q1'));
}

export const formatYearTick = (q: string) => q.slice(0, 4);

/** The major events, numbered as on the charts. */
export const MAJOR_EVENTS = KEY_EVENTS.filter((e) => e.major);

/** Key events as reference lines (major ones numbered; see EventKey) and the projection as a shaded band. */
export function timeDecorations(quarters: readonly string[], firstProjection: string | null) {
  const inRange = new Set(quarters);
  const last = quarters.at(-1);
  return [
    firstProjection && last ? (
      <ReferenceArea
        key="projection"
        x1={firstProjection}
        x2={last}
        fill="#8a8a8a"
        fillOpacity={0.08}
        ifOverflow="extendDomain"
      />
    ) : null,
    ...KEY_EVENTS.filter((e) => inRange.has(quarterLabelOf(e.date))).map((e) => {
      const n = MAJOR_EVENTS.indexOf(e) + 1;
      return (
        <ReferenceLine
          key={e.date}
          x={quarterLabelOf(e.date)}
          stroke={e.major ? '#8a8a8a' : '#d0d0d0'}
          strokeDasharray="2 3"
          {...(n > 0
            ? {
                label: {
                  value: String(n),
                  position: 'top' as const,
                  fill: '#444',
                  fontSize: 11,
                  fontWeight: 700,
                },
              }
            : {})}
        />
      );
    }),
  ];
}

/** The key under a time chart: what each numbered line is, and the projection band. */
export function EventKey() {
  return (
    <span className="event-key">
      {MAJOR_EVENTS.map((e, i) => (
        <span key={e.date} title={`${e.note} Source: ${e.source}.`}>
          <strong>{i + 1}</strong> {e.label} ({e.date.slice(0, 7)})
        </span>
      ))}
      <span>
        <span className="swatch projection" aria-hidden="true" /> shaded: projection (modeled)
      </span>
    </span>
  );
}
