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

/** Key events as reference lines (major ones labelled) and the projection as a shaded band. */
export function timeDecorations(quarters: readonly string[], firstProjection: string | null) {
  const inRange = new Set(quarters);
  const last = quarters.at(-1);
  return [
    firstProjection && last ? (
      <ReferenceArea key="projection" x1={firstProjection} x2={last} fill="#8a8a8a" fillOpacity={0.08} ifOverflow="extendDomain" label={{ value: 'Projection (modeled)', position: 'insideTopRight', fill: '#666', fontSize: 12 }} />
    ) : null,
    ...KEY_EVENTS.filter((e) => inRange.has(quarterLabelOf(e.date))).map((e) => (
      <ReferenceLine
        key={e.date}
        x={quarterLabelOf(e.date)}
        stroke={e.major ? '#777' : '#c4c4c4'}
        strokeDasharray="2 3"
        {...(e.major ? { label: { value: e.label, position: 'insideTopLeft' as const, fill: '#555', fontSize: 11 } } : {})}
      />
    )),
  ];
}
