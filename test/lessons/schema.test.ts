/**
 * The lesson format: the shipped files read cleanly (one per file, id = file name), and the reader refuses, with
 * a path, every mistake a lesson author is likely to make. Step scenarios build from presets plus changes.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/engine';
import { parseLesson } from '../../src/lessons/parse';
import { LESSON_DOCUMENTS, lessonById, loadLessons } from '../../src/lessons/registry';
import { choiceMatches, fillText, formatRevealValue, unitOf } from '../../src/lessons/reveal';
import { stepScenario } from '../../src/lessons/runner';
import { buildStepScenario } from '../../src/lessons/scenario';
import { presetById } from '../../src/scenario/presets';
import { GLOSSARY_IDS } from '../../src/teaching/glossary';

const ROOT = join(import.meta.dirname, '..', '..');

// biome-ignore lint/suspicious/noExplicitAny: tests break raw documents field by field.
type Doc = any;

/** A small valid lesson to break one field at a time. */
function lesson(patch: (l: Doc) => void = () => {}): Doc {
  const doc: Doc = {
    format: 'yardstick-lesson',
    version: 1,
    id: 'test-lesson',
    title: 'Test',
    summary: 'A test lesson.',
    minutes: 5,
    steps: [
      {
        title: 'One',
        scenario: { preset: 'export-controls-2022-vs-2023', disable: ['chip-rule-2023'] },
        text: ['Some words.'],
        question: {
          kind: 'choice',
          prompt: 'How many?',
          choices: [
            { label: 'Few', max: 5 },
            { label: 'Many', min: 6 },
          ],
        },
        reveal: {
          answer: { kind: 'series', policy: 'chip-rule-2022', field: 'deals', from: '2022Q4', to: 'as-of' },
          text: '{answer}, so {choice}.',
        },
        sources: ['domain-facts B1 (high)'],
        glossary: ['tpp'],
      },
      {
        title: 'Two',
        scenario: { preset: 'export-controls-2022-vs-2023' },
        text: ['More words.'],
        question: { kind: 'number', prompt: 'How many more?' },
        reveal: {
          answer: {
            kind: 'change',
            of: { kind: 'series', policy: 'combined', field: 'companiesCumulative', at: 'end' },
          },
          text: '{answer} more.',
        },
        sources: ['domain-facts B1 (high)'],
      },
    ],
  };
  patch(doc);
  return doc;
}

function problems(doc: unknown): string[] {
  const r = parseLesson(doc, GLOSSARY_IDS);
  return r.ok ? [] : r.issues.map(formatIssue);
}

describe('shipped lessons', () => {
  it('read cleanly, one per file in lessons/, file name = id', () => {
    const { lessons, failures } = loadLessons();
    expect(failures).toEqual([]);
    const files = readdirSync(join(ROOT, 'lessons')).filter((f) => f.endsWith('.json'));
    expect(LESSON_DOCUMENTS.length).toBe(files.length);
    expect(lessons.map((l) => `${l.id}.json`).sort()).toEqual(files.sort());
  });
  it('cover the four lessons of DESIGN §7, each with a predict-then-reveal question per step', () => {
    for (const id of [
      'chip-rule-workaround',
      'small-yard-large-yard',
      'compute-line-over-time',
      'april-2026-escalation',
    ]) {
      const l = lessonById(id);
      expect(l, id).toBeDefined();
      expect(l!.steps.length).toBeGreaterThanOrEqual(3);
      for (const step of l!.steps) {
        expect(step.question.prompt.length).toBeGreaterThan(10);
        expect(step.sources.length).toBeGreaterThan(0);
      }
    }
  });
  it('every step scenario builds', () => {
    for (const l of loadLessons().lessons)
      for (let i = 0; i < l.steps.length; i++) expect(stepScenario(l, i).ok, `${l.id} ${i + 1}`).toBe(true);
  });
});

describe('the lesson reader', () => {
  it('accepts the test lesson', () => {
    expect(problems(lesson())).toEqual([]);
  });
  it.each([
    ['a wrong format', (l: Doc) => (l.format = 'yardstick-scenario'), 'format'],
    ['no steps', (l: Doc) => (l.steps = []), 'steps'],
    ['an unknown preset', (l: Doc) => (l.steps[0].scenario.preset = 'nope'), 'steps[0].scenario.preset'],
    [
      'an unknown measure to switch off',
      (l: Doc) => (l.steps[0].scenario.disable = ['chip-rule-2024']),
      'steps[0].scenario.disable',
    ],
    [
      'a setting out of range',
      (l: Doc) => (l.steps[1].scenario.params = { 'chip-rule-2022': { tppThreshold: -1 } }),
      'steps[1].scenario.(built scenario).policies[0].params.tppThreshold',
    ],
    [
      'a metric on a measure that is switched off',
      (l: Doc) => (l.steps[0].reveal.answer.policy = 'chip-rule-2023'),
      'steps[0].reveal.answer.policy',
    ],
    [
      'a metric on a measure the scenario lacks',
      (l: Doc) => (l.steps[0].reveal.answer.policy = 'us-outbound'),
      'steps[0].reveal.answer.policy',
    ],
    ['an unknown placeholder', (l: Doc) => (l.steps[0].reveal.text = '{answr}'), 'steps[0].reveal.text'],
    [
      '{choice} on a number question',
      (l: Doc) => (l.steps[1].reveal.text = '{choice}'),
      'steps[1].reveal.text',
    ],
    [
      'overlapping choices',
      (l: Doc) => (l.steps[0].question.choices[1].min = 5),
      'steps[0].question.choices[1]',
    ],
    [
      'a change metric on the first step',
      (l: Doc) => (l.steps[0].reveal.answer = l.steps[1].reveal.answer),
      'steps[0].reveal.answer',
    ],
    ['an unknown glossary term', (l: Doc) => (l.steps[0].glossary = ['flops']), 'steps[0].glossary[0]'],
    ['a bad quarter', (l: Doc) => (l.steps[0].reveal.answer.from = '2022Q5'), 'steps[0].reveal.answer'],
    ['a sum without its end', (l: Doc) => delete l.steps[0].reveal.answer.to, 'steps[0].reveal.answer'],
    [
      'chip tests on a measure that is not export controls',
      (l: Doc) => {
        l.steps[1].scenario = { preset: 'april-2026-escalation' };
        l.steps[1].reveal.answer = { kind: 'chip-controlled', policy: 'us-outbound', chip: 'h800' };
      },
      'steps[1].reveal.answer.policy',
    ],
    [
      'markup is just text, but an empty text is refused',
      (l: Doc) => (l.steps[0].text = ['']),
      'steps[0].text[0]',
    ],
  ])('refuses %s, naming where', (_, patch, path) => {
    const found = problems(lesson(patch as (l: Doc) => void));
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toContain(path);
  });
});

describe('step scenarios', () => {
  it('give an unchanged preset exactly as the preset menu loads it', () => {
    const built = buildStepScenario({ preset: 'us-outbound-2025' }, 'x');
    const preset = presetById('us-outbound-2025')!;
    expect(built).toEqual({ ok: true, value: { ...preset, basePreset: preset.id } });
  });
  it('apply readable changes and keep the preset as the base', () => {
    const built = buildStepScenario(
      {
        preset: 'april-2026-escalation',
        title: 'Changed',
        disable: ['cn-approval'],
        remove: ['distillation'],
        params: { 'us-outbound': { prohibitedComputeFlop: 1e26 } },
        assumptions: { computeGrowthPerYear: 1.5 },
        effectiveFrom: { 'export-controls': '2024-01-01' },
        add: [{ id: 'mirror', template: 'us-outbound', params: { investorCountries: ['JP'] } }],
      },
      'lesson-x-1',
    );
    if (!built.ok) throw new Error(JSON.stringify(built.issues));
    const s = built.value;
    expect(s.id).toBe('lesson-x-1');
    expect(s.basePreset).toBe('april-2026-escalation');
    expect(s.title).toBe('Changed');
    expect(s.policies.map((p) => [p.id, p.enabled])).toEqual([
      ['us-outbound', true],
      ['export-controls', true],
      ['cn-approval', false],
      ['mirror', true],
    ]);
    expect(s.policies[0]!.params.prohibitedComputeFlop).toBe(1e26);
    expect(s.policies[1]!.effectiveFrom).toBe('2024-01-01');
    expect(s.policies[3]!.params.investorCountries).toEqual(['JP']);
    expect(s.policies[3]!.params.prohibitedComputeFlop).toBe(1e25);
    expect(s.assumptions.computeGrowthPerYear).toBe(1.5);
  });
  it('read a whole scenario document strictly', () => {
    const preset = presetById('no-measures')!;
    expect(buildStepScenario({ scenario: { ...preset } }, 'x').ok).toBe(true);
    const bad = buildStepScenario({ scenario: { ...preset, horizon: { from: '2015Q1', to: 'soon' } } }, 'x');
    expect(bad.ok).toBe(false);
    // A version 1 document is migrated first: imputed compute estimates counted, as for a file.
    const { countImputedCompute: _, ...v1 } = preset.assumptions;
    const old = buildStepScenario({ scenario: { ...preset, schemaVersion: 1, assumptions: v1 } }, 'x');
    expect(old.ok && old.value.assumptions.countImputedCompute).toBe(true);
  });
});

describe('reveal helpers', () => {
  it('write numbers for a class', () => {
    expect(formatRevealValue(1234)).toBe('1,234');
    expect(formatRevealValue(-3)).toBe('−3');
    expect(formatRevealValue(1, 'yes-no')).toBe('yes');
    expect(formatRevealValue(0, 'yes-no')).toBe('no');
    expect(formatRevealValue(75e6, 'usd')).toBe('USD 75 m');
    expect(formatRevealValue(1.2e9, 'usd')).toBe('USD 1.2 bn');
  });
  it('match choices by range or by yes/no', () => {
    expect(choiceMatches({ label: 'a', min: 1, max: 5 }, 5)).toBe(true);
    expect(choiceMatches({ label: 'a', min: 1, max: 5 }, 6)).toBe(false);
    expect(choiceMatches({ label: 'a', max: 0 }, -2)).toBe(true);
    expect(choiceMatches({ label: 'a', equals: true }, 1)).toBe(true);
    expect(choiceMatches({ label: 'a', equals: false }, 1)).toBe(false);
  });
  it('say "1 company", "1 more purchase" for exactly one, the unit as written otherwise', () => {
    expect(unitOf('companies', 1)).toBe('company');
    expect(unitOf('more purchases', 1)).toBe('more purchase');
    expect(unitOf('developers', 1)).toBe('developer');
    expect(unitOf('labs', 2)).toBe('labs');
    expect(unitOf('companies', 0)).toBe('companies');
  });
  it('fill placeholders as text, leaving unknown ones visible', () => {
    expect(fillText('{answer} of {total}; {nope}', { answer: '<b>3</b>', total: '9' })).toBe(
      '<b>3</b> of 9; {nope}',
    );
  });
});
