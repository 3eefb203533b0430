/**
 * The key events in the reader's language. A translation gives, for each event's date (one event a date), its
 * label, note and source; dates, numbers on the charts, topics and order are the same in every language. The
 * Chinese translation loads only on a Chinese page.
 */
import type { Locale } from '../../i18n/locales';
import { KEY_EVENTS, type KeyEvent } from './events';

/** An event's words in another language. */
export interface EventTranslation {
  readonly label: string;
  readonly note: string;
  readonly source: string;
}

/** Key-event translations, by the event's ISO date. */
export type EventsTranslation = Readonly<Record<string, EventTranslation>>;

/** The events with their words replaced by the translation's (an event it lacks keeps its English words). */
export function localizeEvents(
  events: readonly KeyEvent[],
  translation: EventsTranslation | null,
): readonly KeyEvent[] {
  if (!translation) return events;
  return events.map((e) => {
    const words = translation[e.date];
    return words ? { ...e, label: words.label, note: words.note, source: words.source } : e;
  });
}

/** Each language's key events, loaded when first asked for (English is at hand). */
export const EVENTS_LOADERS: Readonly<Record<Locale, () => Promise<readonly KeyEvent[]>>> = {
  en: async () => KEY_EVENTS,
  'zh-CN': () => import('./events.zh-CN').then((m) => localizeEvents(KEY_EVENTS, m.KEY_EVENTS_ZH_CN)),
};
