/**
 * The timeline of key events: every date marked on the time axes, with its note and source, by year. Major
 * events carry the number they have on the charts.
 */
import { eventNumber, KEY_EVENTS, type KeyEvent } from '../charts/events';

const TOPICS: Record<KeyEvent['topic'], string> = {
  chips: 'Chips',
  capital: 'Capital',
  models: 'Models',
  china: 'China',
};

export function TimelineBody() {
  const years = [...new Set(KEY_EVENTS.map((e) => e.date.slice(0, 4)))];
  return (
    <div className="timeline">
      <p className="field-note">
        The dates marked on every time axis. Numbered ones are labelled on the charts; hover or focus any
        marker there to read its note.
      </p>
      {years.map((year) => (
        <section key={year} aria-label={year}>
          <h3 className="timeline-year">{year}</h3>
          <ol className="timeline-list">
            {KEY_EVENTS.filter((e) => e.date.startsWith(year)).map((e) => {
              const n = eventNumber(e);
              return (
                <li key={e.date + e.label} className={n ? 'major' : ''}>
                  <p className="timeline-head">
                    <time dateTime={e.date}>{e.date}</time>
                    {n !== null && <span className="event-num">{n}</span>}
                    <strong>{e.label}</strong>
                    <span className={`topic topic-${e.topic}`}>{TOPICS[e.topic]}</span>
                  </p>
                  <p>{e.note}</p>
                  <p className="term-source">Source: {e.source}</p>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
