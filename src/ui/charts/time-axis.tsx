/**
 * Shared pieces of the time-series charts: year ticks, key-event markers, the projection band.
 */
import { ReferenceArea, ReferenceLine } from 'recharts';
import { useAppStore } from '../../state/use-app-store';
import { EventLabel } from '../teaching/event-marker';
import { eventsByQuarter, MAJOR_EVENTS } from './events';

export { MAJOR_EVENTS };

/** Tick only each year's first quarter, labelled by the year. */
export function yearTicks(quarters: readonly string[]): string[] {
  return quarters.filter((q) => q.endsWith('Q1'));
}

export const formatYearTick = (q: string) => q.slice(0, 4);

/**
 * Key events as reference lines, one per quarter with events, each with a marker (major ones numbered, see
 * EventKey) that shows the events' notes and sources on hover or focus; and the projection as a shaded band.
 */
export function timeDecorations(quarters: readonly string[], firstProjection: string | null) {
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
    ...eventsByQuarter(quarters).map(({ quarter, events }) => (
      <ReferenceLine
        key={quarter}
        x={quarter}
        stroke={events.some((e) => e.major) ? '#8a8a8a' : '#d0d0d0'}
        strokeDasharray="2 3"
        label={<EventLabel events={events} />}
      />
    )),
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
      <span className="event-key-hint">◆ other key dates: hover or focus a marker</span>
      <span>
        <span className="swatch projection" aria-hidden="true" /> shaded: projection (modeled)
      </span>
      <TimelineLink />
    </span>
  );
}

/** Opens the timeline of key events, with every note and source. */
function TimelineLink() {
  const setView = useAppStore((s) => s.setView);
  return (
    <button type="button" className="link" onClick={() => setView({ reference: { panel: 'timeline' } })}>
      All key dates
    </button>
  );
}
