/**
 * Fuzzing scenario files (issue 8), 10,000 cases: `scenarioFromFile` (strict and lenient) and the app's own path
 * for a chosen or dropped file (`openScenarioText`), on random text, valid files damaged in transit, files with a
 * value replaced by junk (nesting 300,000 levels deep, pollution keys, 1e999, 300,000-character strings, 20,000
 * measures), byte-order marks and CRLF. Every case gives a valid scenario or a list of problems each naming the
 * file; never a throw, never over a second; a refused file leaves the scenario being worked on exactly as it was.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formatFileIssue, MAX_FILE_CHARS, scenarioFromFile, scenarioToFile } from '../../src/scenario/file';
import { clip } from '../../src/scenario/notice';
import { parseScenario } from '../../src/scenario/parse';
import { presetById } from '../../src/scenario/presets';
import type { Scenario } from '../../src/scenario/schema';
import { noticesStore } from '../../src/state/notices-store';
import { createAppStore } from '../../src/state/store';
import { openScenarioText } from '../../src/ui/panels/scenario-files';
import { expectNoPollution, Timings } from '../data/fuzz-support';
import { anyTextArb, hostileTextsOf } from './hostile-arbitraries';
import { editedScenarioArb, mutateJson } from './scenario-arbitraries';

const CASES = 10_000;
const timings = new Timings('scenario files (scenarioFromFile, strict then lenient)');
const outcomes: Record<string, number> = {};

const fileArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: anyTextArb },
  {
    weight: 8,
    arbitrary: hostileTextsOf(
      editedScenarioArb.map((s) => JSON.parse(scenarioToFile(s)) as unknown),
      (doc) => JSON.stringify(doc, null, 2) ?? '',
    ),
  },
  { weight: 1, arbitrary: fc.constant(`{"title":"${'x'.repeat(MAX_FILE_CHARS)}"}`) },
);

const nameArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('my-scenario.json', 'Scenario (1).JSON', 'x') },
  { weight: 1, arbitrary: fc.string({ maxLength: 300, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.constantFrom('<img src=x onerror=alert(1)>.json', '', '../../etc/passwd') },
);

function isValid(scenario: Scenario): boolean {
  return parseScenario(scenario).ok;
}

afterAll(() => {
  timings.report();
  console.info('[fuzz] scenario files: outcomes', outcomes);
});

describe('scenario files fuzz', () => {
  it(`opens ${CASES.toLocaleString('en-US')} hostile files as a valid scenario or specific problems, keeping the work in progress`, () => {
    const store = createAppStore();
    // What the user was working on: an edited preset, already one step into its history.
    store.getState().loadScenario({ ...presetById('tougher-us-rule')!, title: 'Work in progress' });
    fc.assert(
      fc.property(fileArb, nameArb, (text, name) => {
        const file = clip(String(name), 80);
        const [strict, lenient] = timings.time(
          () => [scenarioFromFile(text, name), scenarioFromFile(text, name, { mode: 'lenient' })] as const,
          () => `${name}: ${text.length} chars: ${text.slice(0, 80)}`,
        );
        if (strict.ok) {
          timings.ok++;
          expect(isValid(strict.scenario)).toBe(true);
        } else {
          timings.failed++;
          expect(strict.issues.length).toBeGreaterThan(0);
          for (const issue of strict.issues) {
            expect(issue.file).toBe(file);
            expect(typeof issue.path).toBe('string');
            expect(issue.message.length).toBeGreaterThan(0);
            expect(issue.message).not.toContain('[object Object]');
            expect(formatFileIssue(issue).startsWith(file || issue.path || issue.message)).toBe(true);
          }
        }
        expect(lenient.ok).toBe(true);
        if (lenient.ok) {
          expect(isValid(lenient.scenario)).toBe(true);
          for (const n of lenient.notices) expect(n.message.length).toBeGreaterThan(0);
        }
        expectNoPollution();

        // The app's path for a chosen or dropped file.
        const before = store.getState().scenario;
        const opened = openScenarioText(store, text, name);
        expect(opened).toBe(strict.ok);
        if (opened) {
          outcomes.opened = (outcomes.opened ?? 0) + 1;
          expect(isValid(store.getState().scenario)).toBe(true);
          store.getState().undo();
          expect(store.getState().scenario).toBe(before);
        } else {
          outcomes.refused = (outcomes.refused ?? 0) + 1;
          // Nothing the user had is lost: the very same scenario object is still open.
          expect(store.getState().scenario).toBe(before);
          const notice = noticesStore.getState().notices.at(-1)!;
          expect(notice.tone).toBe('error');
          expect(notice.items.at(-1)).toBe('The scenario you were working on has not changed.');
          // "Open the parts that can be read" (offered when a field could be named: the file was a readable JSON
          // document) opens a valid scenario, one undo away from the work. A file that is not one offers nothing.
          const hasParts = !strict.ok && strict.issues.some((issue) => issue.path !== '');
          expect(notice.actions?.length ?? 0).toBe(hasParts ? 1 : 0);
          if (hasParts) {
            notice.actions![0]!.run();
            expect(isValid(store.getState().scenario)).toBe(true);
            store.getState().undo();
            expect(store.getState().scenario).toBe(before);
          }
        }
        noticesStore.setState({ notices: [] });
      }),
      { numRuns: CASES },
    );
    expect(timings.ms.length).toBe(CASES);
    // Both kinds of outcome are well represented.
    expect(timings.ok).toBeGreaterThan(CASES / 20);
    expect(timings.failed).toBeGreaterThan(CASES / 4);
    // 10,000 files through both readers and the store take about a minute on a busy two-core machine; the time
    // is measured by the timings printed above, not by this limit.
  }, 300_000);
});

describe('hostile files found by fuzzing', () => {
  const good = () => JSON.parse(scenarioToFile(presetById('april-2026-escalation')!));
  const problems = (text: string) => {
    const r = scenarioFromFile(text, 'deep.json');
    return r.ok ? [] : r.issues.map(formatFileIssue);
  };

  it("mutates any place of a document, arrays included, whatever the extra field's name", () => {
    // Found by the fuzz above: adding a field named `length` to an array threw instead of mutating.
    const doc = { policies: [{ params: { lines: [1, 2] } }] };
    for (let pick = 0; pick < 8; pick++)
      for (const key of ['length', '__proto__', 'constructor', 'x'])
        expect(() => mutateJson(doc, pick, 'add', 'junk', key)).not.toThrow();
  });

  it('refuses 1,000,000 levels of brackets at once, without parsing them', () => {
    const text = `{"view":{"x":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}}`;
    const t0 = performance.now();
    expect(problems(text)).toEqual([
      'deep.json: is not a scenario: its brackets nest more than 64 levels deep',
    ]);
    expect(performance.now() - t0).toBeLessThan(200);
    // Brackets inside strings are text, not nesting.
    expect(problems(JSON.stringify({ ...good(), title: '['.repeat(150) })).length).toBe(0);
  });

  it('bounds the view settings kept for later versions, so every scenario can be written as a link', () => {
    // Found by the fuzz test: a view field nested 65 levels passed the strict reader, then every link, autosave and
    // undo comparison of the scenario threw.
    const deep = { ...good(), view: { later: JSON.parse(`${'['.repeat(65)}${']'.repeat(65)}`) } };
    expect(problems(JSON.stringify(deep))).toEqual([
      'deep.json: is not a scenario: its brackets nest more than 64 levels deep',
    ]);
    const large = { ...good(), view: { later: 'x'.repeat(20_000) } };
    expect(problems(JSON.stringify(large))).toEqual([
      'deep.json: view: view settings must be at most 10,000 characters as JSON, nested at most 64 levels',
    ]);
    const lenient = scenarioFromFile(JSON.stringify(large), 'large.json', { mode: 'lenient' });
    expect(lenient.ok && lenient.scenario.view).toEqual({});
  });
});
