/**
 * Shared pieces of the time-series charts: the year labels and the key under them (key events, the projection).
 */
import { useAppStore } from '../../state/use-app-store';
import { MAJOR_EVENTS } from './events';

export { MAJOR_EVENTS };

export const formatYearTick = (q: string) => q.slice(0, 4);

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
