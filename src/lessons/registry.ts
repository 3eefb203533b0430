/**
 * The lessons shipped in `lessons/`, read through the same checks as any lesson file. The list is explicit (no
 * globbing) so it works the same in the browser bundle and in Node; its order is the menu's.
 *
 * English lessons are at hand synchronously (`lessons()`, `lessonById`). A lesson in another language is the
 * English lesson with its translation's words (localize.ts); the translations of a language load, once, the first
 * time a lesson in it is asked for (`lessonsIn`, `lessonFor`), and from then on are at hand synchronously too
 * (`lessonIn`). A lesson whose translation is missing or does not fit stays in English: never a missing lesson.
 */

import escalation from '../../lessons/april-2026-escalation.json';
import chipRule from '../../lessons/chip-rule-workaround.json';
import computeLine from '../../lessons/compute-line-over-time.json';
import yard from '../../lessons/small-yard-large-yard.json';
import type { Issue } from '../engine';
import { type Locale, SOURCE_LOCALE } from '../i18n/locales';
import { GLOSSARY_IDS } from '../teaching/glossary';
import { localizeLesson } from './localize';
import { parseLesson } from './parse';
import type { Lesson } from './schema';

/** Raw lesson documents in menu order. */
export const LESSON_DOCUMENTS: readonly unknown[] = [chipRule, yard, computeLine, escalation];

export interface LoadedLessons {
  lessons: Lesson[];
  failures: { index: number; issues: readonly Issue[] }[];
}

/** Parse every lesson; one that fails is a bug in the repo, caught by the lesson tests. */
export function loadLessons(): LoadedLessons {
  const lessons: Lesson[] = [];
  const failures: LoadedLessons['failures'] = [];
  LESSON_DOCUMENTS.forEach((doc, index) => {
    const result = parseLesson(doc, GLOSSARY_IDS);
    if (result.ok) lessons.push(result.value);
    else failures.push({ index, issues: result.issues });
  });
  return { lessons, failures };
}

let cache: Lesson[] | undefined;

/** Return the parsed lessons (memoised). */
export function lessons(): Lesson[] {
  cache ??= loadLessons().lessons;
  return cache;
}

/** Return the lesson with this id, or undefined. */
export function lessonById(id: string): Lesson | undefined {
  return lessons().find((l) => l.id === id);
}

type TranslatedLocale = Exclude<Locale, 'en'>;

/** Each language's lesson translations, by lesson id (one chunk per language, fetched when first needed). */
const TRANSLATIONS: Readonly<Record<TranslatedLocale, () => Promise<Readonly<Record<string, unknown>>>>> = {
  'zh-CN': () => import('./translations/zh-CN').then((m) => m.ZH_CN_LESSONS),
};

/**
 * The lessons in a language, in menu order: each English lesson with that language's words. A translation that is
 * missing or does not fit is a failure (index = the lesson's position) and the lesson stays in English.
 */
export async function loadLessonsIn(locale: Locale): Promise<LoadedLessons> {
  if (locale === SOURCE_LOCALE) return { lessons: lessons(), failures: [] };
  const translations = await TRANSLATIONS[locale as TranslatedLocale]();
  const failures: LoadedLessons['failures'] = [];
  const localized = lessons().map((lesson, index) => {
    const translation = translations[lesson.id];
    if (translation === undefined) {
      failures.push({ index, issues: [{ path: lesson.id, message: `no ${locale} translation` }] });
      return lesson;
    }
    const result = localizeLesson(lesson, translation);
    if (result.ok) return result.value;
    failures.push({ index, issues: result.issues.map((i) => ({ ...i, path: `${lesson.id}: ${i.path}` })) });
    return lesson;
  });
  return { lessons: localized, failures };
}

const pending = new Map<Locale, Promise<Lesson[]>>();
const ready = new Map<Locale, Lesson[]>();

/** The lessons in a language (memoised; the translations load once). */
export function lessonsIn(locale: Locale): Promise<Lesson[]> {
  if (locale === SOURCE_LOCALE) return Promise.resolve(lessons());
  let p = pending.get(locale);
  if (!p) {
    p = loadLessonsIn(locale).then(({ lessons: list }) => {
      ready.set(locale, list);
      return list;
    });
    // A failed download is tried again next time rather than remembered.
    p.catch(() => pending.delete(locale));
    pending.set(locale, p);
  }
  return p;
}

/** The lessons in a language if they are loaded (English always is), else undefined. */
export function readyLessonsIn(locale: Locale): Lesson[] | undefined {
  return locale === SOURCE_LOCALE ? lessons() : ready.get(locale);
}

/** The lesson with this id in a language (loading its translations if needed), or undefined. */
export async function lessonFor(id: string, locale: Locale): Promise<Lesson | undefined> {
  return (await lessonsIn(locale)).find((l) => l.id === id);
}

/**
 * The lesson with this id in a language if its translations are loaded, else in English (undefined if no such
 * lesson): for synchronous callers such as opening a step from an address.
 */
export function lessonIn(id: string, locale: Locale): Lesson | undefined {
  return (readyLessonsIn(locale) ?? lessons()).find((l) => l.id === id);
}
