/**
 * The lessons shipped in `lessons/`, read through the same checks as any lesson file. The list is explicit (no
 * globbing) so it works the same in the browser bundle and in Node; its order is the menu's.
 */

import escalation from '../../lessons/april-2026-escalation.json';
import chipRule from '../../lessons/chip-rule-workaround.json';
import computeLine from '../../lessons/compute-line-over-time.json';
import yard from '../../lessons/small-yard-large-yard.json';
import type { Issue } from '../engine';
import { GLOSSARY_IDS } from '../teaching/glossary';
import { parseLesson } from './parse';
import type { Lesson } from './schema';

/** Raw lesson documents in menu order. */
export const LESSON_DOCUMENTS: readonly unknown[] = [chipRule, yard, computeLine, escalation];

/** Parse every lesson; one that fails is a bug in the repo, caught by the lesson tests. */
export function loadLessons(): {
  lessons: Lesson[];
  failures: { index: number; issues: readonly Issue[] }[];
} {
  const lessons: Lesson[] = [];
  const failures: { index: number; issues: readonly Issue[] }[] = [];
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
