import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../src/engine';
import {
  formatFileIssue,
  MAX_FILE_CHARS,
  scenarioFileName,
  scenarioFromFile,
  scenarioToFile,
} from '../../src/scenario/file';
import { presetById, presets } from '../../src/scenario/presets';
import { editedScenarioArb } from './scenario-arbitraries';

const april = presetById('april-2026-escalation')!;
const aprilFile = () => JSON.parse(scenarioToFile(april));
const problems = (text: string, name = 'my-scenario.json') => {
  const result = scenarioFromFile(text, name);
  return result.ok ? [] : result.issues.map(formatFileIssue);
};

describe('scenarioToFile', () => {
  it('writes the preset format: fields in the presets’ order, every setting, two-space JSON', () => {
    const text = scenarioToFile(presetById('tougher-us-rule')!);
    expect(Object.keys(JSON.parse(text))).toEqual([
      'schemaVersion',
      'id',
      'title',
      'description',
      'dataset',
      'horizon',
      'assumptions',
      'policies',
    ]);
    expect(text).toContain(
      '\n  "policies": [\n    {\n      "id": "us-outbound",\n      "template": "us-outbound",',
    );
    expect(text).toContain('"prohibitedComputeFlop": 1e24,');
    expect(text).toContain('"countriesOfConcern": ["CN", "HK", "MO"],');
    expect(text.endsWith('}\n')).toBe(true);
    expect(scenarioFileName(april)).toBe('april-2026-escalation.json');
  });

  it.each(presets().map((p) => [p.id, p] as const))('round-trips the preset %s', (_, preset) => {
    expect(scenarioFromFile(scenarioToFile(preset), 'x.json')).toEqual({
      ok: true,
      scenario: preset,
      notices: [],
    });
  });

  it('round-trips every edited scenario', () => {
    fc.assert(
      fc.property(editedScenarioArb, (scenario) => {
        expect(scenarioFromFile(scenarioToFile(scenario), 'x.json')).toEqual({
          ok: true,
          scenario,
          notices: [],
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('scenarioFromFile', () => {
  it('names the file and the field for every problem', () => {
    const doc = aprilFile();
    doc.policies[0].params.prohibitedComputeFlop = 1e40;
    doc.policies[0].params.colour = 'red';
    doc.policies[1].template = 'tariffs';
    doc.horizon.to = '2030Q5';
    expect(problems(JSON.stringify(doc))).toEqual([
      'my-scenario.json: horizon.to: expected a quarter such as 2025Q3, got "2030Q5"',
    ]);
    doc.horizon.to = '2030Q4';
    expect(problems(JSON.stringify(doc))).toEqual([
      'my-scenario.json: policies[0].params.prohibitedComputeFlop: must be at most 1e+28, got 1e+40',
      'my-scenario.json: policies[0].params: unknown field "colour"',
      `my-scenario.json: policies[1].template: unknown measure "tariffs"; known: ${TEMPLATES.map((t) => t.id).join(', ')}`,
    ]);
  });

  it('says when a file is not JSON, or far too large, without throwing', () => {
    expect(problems('{"title": "x",', 'broken.json')[0]).toMatch(/^broken\.json: is not valid JSON \(.+\)$/);
    expect(problems('', 'empty.json')[0]).toMatch(/^empty\.json: is not valid JSON/);
    // A binary file: the parser's quote of it carries no control characters into the message.
    const binary = problems('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', 'photo.json')[0]!;
    expect(binary).toMatch(/^photo\.json: is not valid JSON \(.+\)$/);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking that none are left.
    expect(binary).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(problems(' '.repeat(MAX_FILE_CHARS + 1), 'big.json')).toEqual([
      'big.json: is too large to be a scenario (2,097,153 characters; at most 2,097,152)',
    ]);
    expect(problems('[1, 2]')[0]).toMatch(/^my-scenario\.json: expected object, got a list$/);
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(scenarioFromFile(`\uFEFF${scenarioToFile(april)}`, 'bom.json').ok).toBe(true);
  });

  it('opens a file from a newer version if it fits, and says why it does not if it does not', () => {
    const newer = { ...aprilFile(), schemaVersion: 5 };
    const opened = scenarioFromFile(JSON.stringify(newer), 'new.json');
    expect(opened.ok && opened.notices[0]!.message).toMatch(/newer version of Yardstick \(format 5/);
    const refused = problems(JSON.stringify({ ...newer, colour: 'teal' }), 'new.json');
    expect(refused[0]).toMatch(/^new\.json: schemaVersion: This scenario was made with a newer version/);
    expect(refused[1]).toBe('new.json: unknown field "colour"');
  });

  it('opens what it can in lenient mode, with a notice for each problem', () => {
    const doc = aprilFile();
    doc.policies[1].template = 'tariffs';
    doc.title = '';
    const result = scenarioFromFile(JSON.stringify(doc), 'mine.json', { mode: 'lenient' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.policies).toHaveLength(3);
    expect(result.notices.map((n) => n.path)).toEqual(['title', 'policies[1].template']);
    const junk = scenarioFromFile('not json', 'junk.json', { mode: 'lenient' });
    expect(junk.ok && junk.scenario.id).toBe('april-2026-escalation');
    expect(junk.ok && junk.notices[0]!.message).toMatch(/^The file junk\.json is not valid JSON/);
  });
});
