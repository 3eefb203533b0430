/**
 * The key events in the page's language: the list, and a function that gives an event's copy in that language
 * (charts group the English events by quarter, then show each one's localized words). English until the
 * translation has loaded.
 */
import { useMemo } from 'react';
import { useLocaleData } from '../../i18n/use-locale-data';
import { KEY_EVENTS, type KeyEvent } from './events';
import { EVENTS_LOADERS } from './events-locale';

export function useKeyEvents(): {
  readonly events: readonly KeyEvent[];
  readonly localize: (event: KeyEvent) => KeyEvent;
} {
  const events = useLocaleData(KEY_EVENTS, EVENTS_LOADERS);
  return useMemo(() => {
    const byDate = new Map(events.map((e) => [e.date, e]));
    return { events, localize: (event: KeyEvent) => byDate.get(event.date) ?? event };
  }, [events]);
}
