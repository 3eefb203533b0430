/**
 * The timeline of key events: every date marked on the time axes, with its note and source, by year, in the
 * page's language. Major events carry the number they have on the charts.
 */
import { useTranslations } from 'use-intl';
import { eventNumber, type KeyEvent } from '../charts/events';
import { useKeyEvents } from '../charts/use-key-events';

const TOPIC_KEYS = {
  chips: 'topicChips',
  capital: 'topicCapital',
  models: 'topicModels',
  china: 'topicChina',
} as const satisfies Record<KeyEvent['topic'], string>;

export function TimelineBody() {
  const t = useTranslations('reference');
  const { events } = useKeyEvents();
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))];
  return (
    <div className="timeline">
      <p className="field-note">{t('timelineIntro')}</p>
      {years.map((year) => (
        <section key={year} aria-label={year}>
          <h3 className="timeline-year">{year}</h3>
          <ol className="timeline-list">
            {events
              .filter((e) => e.date.startsWith(year))
              .map((e) => {
                const n = eventNumber(e);
                return (
                  <li key={e.date} className={n ? 'major' : ''}>
                    <p className="timeline-head">
                      <time dateTime={e.date}>{e.date}</time>
                      {n !== null && <span className="event-num">{n}</span>}
                      <strong>{e.label}</strong>
                      <span className={`topic topic-${e.topic}`}>{t(TOPIC_KEYS[e.topic])}</span>
                    </p>
                    <p>{e.note}</p>
                    <p className="term-source">{t('source', { source: e.source })}</p>
                  </li>
                );
              })}
          </ol>
        </section>
      ))}
    </div>
  );
}
