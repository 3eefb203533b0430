/**
 * Translating a lesson: the translation's words replace the lesson's and nothing else changes (a property over
 * random translations of every shipped lesson), and a translation that does not fit is refused with its paths.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/engine';
import { type LessonTranslation, localizeLesson, wordsOf } from '../../src/lessons/localize';
import { lessonById, lessons } from '../../src/lessons/registry';
import type { Lesson } from '../../src/lessons/schema';
import { ZH_CN_LESSONS } from '../../src/lessons/translations/zh-CN';

// biome-ignore lint/suspicious/noExplicitAny: tests break raw documents field by field.
type Doc = any;

/**
 * The lesson with every translatable text blanked, written independently of localize.ts: what must be identical
 * between a lesson and its translation (metrics, ranges, checks and their `why`, scenario changes, glossary …).
 */
function withoutWords(lesson: Lesson): Doc {
  const doc: Doc = structuredClone(lesson);
  doc.title = '';
  doc.summary = '';
  for (const step of doc.steps) {
    step.title = '';
    step.text = step.text.map(() => '');
    step.sources = step.sources.map(() => '');
    const scenario = step.scenario.scenario ?? step.scenario;
    if (scenario.title !== undefined) scenario.title = '';
    if (scenario.description !== undefined) scenario.description = '';
    for (const m of step.scenario.add ?? []) if (m.title !== undefined) m.title = '';
    step.question.prompt = '';
    if (step.question.unit !== undefined) step.question.unit = '';
    for (const c of step.question.choices ?? []) c.label = '';
    step.reveal.text = '';
  }
  return doc;
}

const chipRule = lessonById('chip-rule-workaround')!;
const zhChipRule = (): Doc => structuredClone(ZH_CN_LESSONS['chip-rule-workaround']);

function problems(lesson: Lesson, translation: unknown): string[] {
  const r = localizeLesson(lesson, translation);
  return r.ok ? [] : r.issues.map(formatIssue);
}

/** Random words: non-empty, no surrounding space, no braces (so no placeholder by accident). */
const words = fc
  .string({ unit: fc.constantFrom(...'院墙芯片规则企业交易 abcXYZ0123，。（）'.split('')), maxLength: 40 })
  .map((s) => `字${s}字`);

/** A random translation of a lesson, of the right shape, keeping each reveal's placeholders. */
function translationOf(lesson: Lesson): fc.Arbitrary<LessonTranslation> {
  const template = wordsOf(lesson, 'xx');
  const fill = (value: unknown, path: string): fc.Arbitrary<unknown> => {
    if (typeof value === 'string') {
      if (path.endsWith('reveal.text')) {
        const names = [...value.matchAll(/\{[a-zA-Z][a-zA-Z0-9]*\}/g)].map((m) => m[0]);
        return words.map((w) => `${w}${names.join('、')}`);
      }
      return words;
    }
    if (Array.isArray(value)) return fc.tuple(...value.map((v, i) => fill(v, `${path}[${i}]`)));
    if (value && typeof value === 'object')
      return fc.record(
        Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, `${path}.${k}`)])),
      );
    return fc.constant(value);
  };
  const { format, version, lesson: id, locale, ...rest } = template;
  return fill(rest, '').map(
    (r) => ({ format, version, lesson: id, locale, ...(r as object) }) as LessonTranslation,
  );
}

describe('localizeLesson', () => {
  it('gives back the lesson itself from its own words', () => {
    for (const lesson of lessons()) {
      const r = localizeLesson(lesson, wordsOf(lesson));
      expect(r.ok && r.value).toEqual(lesson);
    }
  });

  it('replaces every text and keeps every other field of every lesson (random translations)', () => {
    for (const lesson of lessons()) {
      fc.assert(
        fc.property(translationOf(lesson), (translation) => {
          const r = localizeLesson(lesson, translation);
          if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
          expect(withoutWords(r.value)).toEqual(withoutWords(lesson));
          expect(wordsOf(r.value, 'xx')).toEqual(translation);
        }),
        { numRuns: 25 },
      );
    }
  });

  it('keeps every number, check, preset and answer of the Chinese lessons identical to English', () => {
    for (const lesson of lessons()) {
      const r = localizeLesson(lesson, ZH_CN_LESSONS[lesson.id]);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(withoutWords(r.value)).toEqual(withoutWords(lesson));
      expect(r.value.title).not.toBe(lesson.title);
    }
  });

  it('translates a whole-scenario step’s title and description and nothing else in it', () => {
    const scenario = {
      format: 'yardstick-scenario',
      title: 'Whole',
      description: 'A whole scenario.',
      policies: [],
    };
    const lesson: Lesson = { ...chipRule, steps: [{ ...chipRule.steps[2]!, scenario: { scenario } }] };
    const t = wordsOf(lesson, 'zh-CN');
    t.steps[0]!.scenario = { title: '整个情景', description: '一个完整的情景。' };
    const r = localizeLesson(lesson, t);
    expect(r.ok && r.value.steps[0]!.scenario).toEqual({
      scenario: { ...scenario, title: '整个情景', description: '一个完整的情景。' },
    });
  });

  it('refuses a translation with a step, paragraph, choice or source missing or extra', () => {
    const t = zhChipRule();
    t.steps.pop();
    t.steps[0].text.pop();
    t.steps[1].text.push('多出的一段。');
    t.steps[0].question.choices.pop();
    t.steps[3].sources.pop();
    expect(problems(chipRule, t)).toEqual([
      'steps: the lesson has 5 here, the translation 4',
      'steps[0].text: the lesson has 2 here, the translation 1',
      'steps[0].question.choices: the lesson has 2 here, the translation 1',
      'steps[1].text: the lesson has 2 here, the translation 3',
      'steps[3].sources: the lesson has 3 here, the translation 2',
    ]);
  });

  it('refuses a dropped or invented placeholder', () => {
    const t = zhChipRule();
    t.steps[1].reveal.text = t.steps[1].reveal.text.replace('{bought}', '若干').replace('{seen}', '{saw}');
    expect(problems(chipRule, t)).toEqual([
      'steps[1].reveal.text: placeholder {bought} is missing',
      'steps[1].reveal.text: placeholder {seen} is missing',
      'steps[1].reveal.text: placeholder {saw} is not in the lesson',
    ]);
  });

  it('refuses words where the lesson has none, and none where it has some', () => {
    const t = zhChipRule();
    delete t.steps[1].question.unit;
    t.steps[0].question.unit = '个';
    delete t.steps[0].scenario.description;
    t.steps[2].scenario = { title: '多出的情景标题' };
    expect(problems(chipRule, t)).toEqual([
      'steps[0].scenario.description: missing: the lesson has words here',
      'steps[0].question.unit: the lesson has no words here',
      'steps[1].question.unit: missing: the lesson has words here',
      'steps[2].scenario: the lesson has no words here',
    ]);
  });

  it('refuses an empty text, an unknown field, another lesson’s translation and a text too long', () => {
    const blank = zhChipRule();
    blank.steps[0].title = '   ';
    blank.steps[0].hint = '提示';
    expect(problems(chipRule, blank)).toEqual([
      expect.stringMatching(/^steps\[0\]\.title: /),
      expect.stringMatching(/^steps\[0\]: .*hint/),
    ]);
    const other = zhChipRule();
    other.lesson = 'small-yard-large-yard';
    expect(problems(chipRule, other)).toEqual([
      'lesson: the translation is of "small-yard-large-yard", not "chip-rule-workaround"',
    ]);
    const long = zhChipRule();
    long.title = '长'.repeat(121);
    expect(problems(chipRule, long)).toEqual([expect.stringMatching(/^title: /)]);
    expect(problems(chipRule, { ...zhChipRule(), format: 'yardstick-lesson' })).toEqual([
      expect.stringMatching(/^format: /),
    ]);
  });
});
