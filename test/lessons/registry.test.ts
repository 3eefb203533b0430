/**
 * Lessons by language: the Chinese translations are complete (every text of every lesson, in Chinese, with no
 * English word left but names, units and citations), load only when asked for, and reveal exactly the English
 * numbers on the built-in dataset, in Chinese sentences.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { IndexCache } from '../../src/data/pipeline';
import { projectDataset } from '../../src/data/projection';
import { formatIssue } from '../../src/engine';
import { asciiWords } from '../../src/i18n/allowed-latin';
import { zhCN } from '../../src/i18n/messages/zh-CN';
import { wordsOf } from '../../src/lessons/localize';
import {
  lessonFor,
  lessonIn,
  lessons,
  lessonsIn,
  loadLessonsIn,
  readyLessonsIn,
} from '../../src/lessons/registry';
import { revealHeadline } from '../../src/lessons/reveal';
import { LessonRunner } from '../../src/lessons/runner';
import type { Lesson } from '../../src/lessons/schema';
import { lessonWords } from '../../src/lessons/words';
import { defaultDataset } from '../data/helpers';

const CJK = /[\u4e00-\u9fff]/;
const PLACEHOLDER = /\{[a-zA-Z][a-zA-Z0-9]*\}/g;

/** Every text of a lesson with its path, from its translation form. */
function textsOf(lesson: Lesson): [string, string][] {
  const out: [string, string][] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.push([path, value]);
    else if (Array.isArray(value))
      value.forEach((v, i) => {
        walk(v, `${path}[${i}]`);
      });
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  };
  const { format: _f, version: _v, lesson: _l, locale: _c, ...words } = wordsOf(lesson);
  walk(words, '');
  return out;
}

describe('lessons in Simplified Chinese', () => {
  it('load only when asked for, then are at hand synchronously', async () => {
    const id = 'chip-rule-workaround';
    expect(readyLessonsIn('zh-CN')).toBeUndefined();
    expect(lessonIn(id, 'zh-CN')?.title).toBe(lessons()[0]!.title);
    const zh = await lessonsIn('zh-CN');
    expect(readyLessonsIn('zh-CN')).toBe(zh);
    expect(lessonIn(id, 'zh-CN')?.title).toMatch(CJK);
    expect((await lessonFor(id, 'zh-CN'))?.title).toBe(lessonIn(id, 'zh-CN')?.title);
    expect(await lessonFor('no-such-lesson', 'zh-CN')).toBeUndefined();
    expect(await lessonFor(id, 'en')).toBe(lessons()[0]);
  });

  it('every lesson has a complete translation that fits it, in menu order', async () => {
    const { lessons: zh, failures } = await loadLessonsIn('zh-CN');
    expect(failures.flatMap((f) => f.issues.map(formatIssue))).toEqual([]);
    expect(zh.map((l) => l.id)).toEqual(lessons().map((l) => l.id));
  });

  it('every text is translated: non-empty, Chinese, no English word but names, units and citations', async () => {
    const zh = await lessonsIn('zh-CN');
    const untranslated: string[] = [];
    zh.forEach((lesson, i) => {
      const english = new Map(textsOf(lessons()[i]!));
      const texts = textsOf(lesson);
      expect(texts.map(([path]) => path)).toEqual([...english.keys()]);
      for (const [path, text] of texts) {
        const where = `${lesson.id}: ${path}`;
        if (!text.trim() || !CJK.test(text)) untranslated.push(`${where}: not Chinese: ${text}`);
        const words = asciiWords(text.replace(PLACEHOLDER, ''));
        if (words.length) untranslated.push(`${where}: ${words.join(', ')}`);
      }
    });
    expect(untranslated).toEqual([]);
  });

  it('English stays English', async () => {
    expect(await lessonsIn('en')).toBe(lessons());
    expect((await loadLessonsIn('en')).failures).toEqual([]);
  });
});

describe('Chinese reveals on the built-in dataset', () => {
  let runner: LessonRunner;
  let zh: Lesson[];
  const words = lessonWords('zh-CN', zhCN);
  beforeAll(async () => {
    runner = new LessonRunner(await defaultDataset(), new IndexCache(projectDataset));
    zh = await lessonsIn('zh-CN');
  });

  const steps = lessons().flatMap((lesson, k) =>
    lesson.steps.map((_, i) => [`${lesson.id} step ${i + 1}`, k, i] as const),
  );

  it.each(steps)('%s: the English numbers, in Chinese words', (_, k, i) => {
    const english = runner.reveal(lessons()[k]!, i);
    const chinese = runner.reveal(zh[k]!, i, words);
    if (!english.ok || !chinese.ok) throw new Error('reveal failed');
    const e = english.value;
    const c = chinese.value;
    expect(c.answer.value).toBe(e.answer.value);
    expect(c.choice).toBe(e.choice);
    expect(Object.fromEntries(Object.entries(c.context).map(([n, v]) => [n, v.value]))).toEqual(
      Object.fromEntries(Object.entries(e.context).map(([n, v]) => [n, v.value])),
    );
    expect(c.text).not.toMatch(PLACEHOLDER);
    expect(c.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const step = zh[k]!.steps[i]!;
    const headline = revealHeadline(step, c, words);
    for (const text of [c.text, headline]) {
      expect(text).toMatch(CJK);
      expect(asciiWords(text)).toEqual([]);
    }
  });
});
