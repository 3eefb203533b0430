/**
 * Lessons in the page's language for components: the lesson (or the list) in the chosen language once its
 * translations have loaded — English until then, never nothing — and the words reveals are written in.
 * Nothing is parsed or downloaded until a lesson is asked for.
 */
import { useEffect, useMemo, useReducer } from 'react';
import { useStore } from 'zustand';
import { localeStore } from '../../i18n/locale-store';
import { type Locale, SOURCE_LOCALE } from '../../i18n/locales';
import { lessonIn, lessons, lessonsIn, readyLessonsIn } from '../../lessons/registry';
import type { Lesson } from '../../lessons/schema';
import { type LessonWords, lessonWords } from '../../lessons/words';

/** Load the locale's lessons when wanted and not yet loaded, then render again. */
function useLoaded(locale: Locale, wanted: boolean): void {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const pending = wanted && locale !== SOURCE_LOCALE && readyLessonsIn(locale) === undefined;
  useEffect(() => {
    if (!pending) return;
    let live = true;
    lessonsIn(locale).then(
      () => {
        if (live) rerender();
      },
      // The page stays in English lessons; the next render tries again.
      (error: unknown) => reportError(error),
    );
    return () => {
      live = false;
    };
  }, [locale, pending]);
}

/** The lesson with this id in the page's language (undefined: no id, or no such lesson). */
export function useLesson(id: string | undefined): Lesson | undefined {
  const locale = useStore(localeStore, (s) => s.locale);
  useLoaded(locale, id !== undefined);
  return id === undefined ? undefined : lessonIn(id, locale);
}

/** The lessons in the page's language, in menu order; `[]` until wanted (the Teach menu opens). */
export function useLessons(wanted = true): Lesson[] {
  const locale = useStore(localeStore, (s) => s.locale);
  useLoaded(locale, wanted);
  return wanted ? (readyLessonsIn(locale) ?? lessons()) : [];
}

/** The words reveals are written in: pass to `runner.reveal(lesson, step, words)` and `revealHeadline(…, words)`. */
export function useLessonWords(): LessonWords {
  const locale = useStore(localeStore, (s) => s.locale);
  const messages = useStore(localeStore, (s) => s.messages);
  return useMemo(() => lessonWords(locale, messages), [locale, messages]);
}
