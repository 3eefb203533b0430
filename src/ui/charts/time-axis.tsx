/**
 * Shared pieces of the time-series charts: the year labels and the key under them (key events, the projection),
 * in the reader's language.
 */
import { useLocaleData } from '../../i18n/use-locale-data';
import { useAppStore } from '../../state/use-app-store';
import { type ChartWords, useChartWords } from './chart-words';
import { KEY_EVENTS, MAJOR_EVENTS } from './events';
import { EVENTS_LOADERS } from './events-locale';

export { MAJOR_EVENTS };

export const formatYearTick = (q: string) => q.slice(0, 4);

/** An event's month in the key: "2022-10" in English, 2022年10月 in Chinese. */
export function eventMonth(iso: string, words: ChartWords): string {
  if (words.locale === 'en') return iso.slice(0, 7);
  return new Intl.DateTimeFormat(words.locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso.slice(0, 7)}-01T00:00:00Z`),
  );
}

/** The key under a time chart: what each numbered line is, and the projection band. */
export function EventKey() {
  const words = useChartWords();
  const events = useLocaleData(KEY_EVENTS, EVENTS_LOADERS).filter((e) => e.major);
  return (
    <span className="event-key">
      {events.map((e, i) => (
        <span key={e.date} title={words.t('eventTitle', { note: e.note, source: e.source })}>
          <strong>{i + 1}</strong> {e.label}
          {words.locale === 'en' ? ` (${eventMonth(e.date, words)})` : `（${eventMonth(e.date, words)}）`}
        </span>
      ))}
      <span className="event-key-hint">{words.t('otherDates')}</span>
      <span>
        <span className="swatch projection" aria-hidden="true" /> {words.t('shadedProjection')}
      </span>
      <TimelineLink words={words} />
    </span>
  );
}

/** Opens the timeline of key events, with every note and source. */
function TimelineLink({ words }: { words: ChartWords }) {
  const setView = useAppStore((s) => s.setView);
  return (
    <button type="button" className="link" onClick={() => setView({ reference: { panel: 'timeline' } })}>
      {words.t('allDates')}
    </button>
  );
}
