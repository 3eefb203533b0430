import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readScenarioLeniently, readScenarioWithFallback } from '../../src/scenario/lenient';
import { MAX_MEASURES } from '../../src/scenario/lenient-measures';
import { MAX_NOTICES } from '../../src/scenario/notice';
import { parseScenario } from '../../src/scenario/parse';
import { presetById } from '../../src/scenario/presets';
import type { Scenario } from '../../src/scenario/schema';
import { brokenDocArb, editedScenarioArb, junkArb } from './scenario-arbitraries';

const april = presetById('april-2026-escalation')!;
const outbound = presetById('us-outbound-2025')!;
// biome-ignore lint/suspicious/noExplicitAny: tests poke at raw documents.
const doc = (s: Scenario = april): any => JSON.parse(JSON.stringify(s));
const read = (raw: unknown, base: Scenario = april) => readScenarioLeniently(raw, base);
const messages = (raw: unknown) => read(raw).notices.map((n) => `${n.path}: ${n.message}`);

describe('readScenarioLeniently', () => {
  it('equals parseScenario, with no notices, for every valid scenario', () => {
    fc.assert(
      fc.property(editedScenarioArb, (scenario) => {
        const raw = doc(scenario);
        const strict = parseScenario(raw);
        expect(strict.ok).toBe(true);
        const lenient = read(raw);
        expect(lenient.notices).toEqual([]);
        if (strict.ok) expect(lenient.scenario).toEqual(strict.value);
      }),
      { numRuns: 300 },
    );
  });

  it('always returns a valid scenario and never throws, whatever is broken', () => {
    fc.assert(
      fc.property(fc.oneof(brokenDocArb, junkArb), (raw) => {
        const { scenario, notices } = read(raw);
        expect(parseScenario(scenario).ok).toBe(true);
        expect(notices.length).toBeLessThanOrEqual(MAX_NOTICES + 1);
        for (const n of notices) expect(n.message).toMatch(/\.$/);
      }),
      { numRuns: 1000 },
    );
  });

  it('falls back to the base for something that is not a scenario at all', () => {
    for (const junk of [null, 42, 'x', [], undefined]) {
      const result = read(junk, outbound);
      expect(result.scenario).toBe(outbound);
      expect(result.notices[0]!.message).toMatch(
        /could not be read.*'US outbound investment rule as enacted/,
      );
    }
  });

  it('leaves out an unknown measure and says so in plain words', () => {
    const raw = doc();
    raw.policies[1].template = 'tariffs';
    const { scenario, notices } = read(raw);
    expect(scenario.policies.map((p) => p.id)).toEqual(['us-outbound', 'distillation', 'cn-approval']);
    expect(notices).toEqual([
      {
        path: 'policies[1].template',
        message: "Measure 2 ('tariffs') is not one Yardstick knows, so it was left out.",
      },
    ]);
  });

  it('drops unknown settings and puts the default back for out-of-range, NaN and wrong-type values', () => {
    const raw = doc();
    raw.policies[0].params = {
      prohibitedComputeFlop: 1e40,
      notifiableComputeFlop: Number.NaN,
      ownershipThreshold: '0.5',
      investorCountries: ['US', 'usa'],
      colour: 'red',
      coverQuantum: false,
    };
    const { scenario, notices } = read(raw);
    const params = scenario.policies[0]!.params;
    expect(params.prohibitedComputeFlop).toBe(1e25);
    expect(params.notifiableComputeFlop).toBe(1e23);
    expect(params.ownershipThreshold).toBe(0.5);
    expect(params.investorCountries).toEqual(['US']);
    expect(params.coverQuantum).toBe(false);
    expect(notices.map((n) => n.path)).toEqual([
      'policies[0].params.prohibitedComputeFlop',
      'policies[0].params.notifiableComputeFlop',
      'policies[0].params.ownershipThreshold',
      'policies[0].params.investorCountries[1]',
      'policies[0].params.colour',
    ]);
    expect(notices[0]!.message).toBe(
      "Measure 1 ('US outbound investment rule'): 'Prohibited compute threshold' could not be used (must be at most 1e+28, got 1e+40), so its default (1e+25) is used.",
    );
    expect(notices[1]!.message).toMatch(/got NaN\), so its default \(1e\+23\) is used\.$/);
    expect(notices[4]!.message).toBe(
      "Measure 1 ('US outbound investment rule'): the setting 'colour' is not one this measure has, so it was ignored.",
    );
  });

  it('repairs bad dates, ids, titles and switches per measure', () => {
    const raw = doc();
    Object.assign(raw.policies[0], {
      effectiveFrom: '2025-02-30',
      effectiveTo: '2020-01-01',
      id: 'Not An Id',
    });
    Object.assign(raw.policies[1], {
      id: 'distillation',
      enabled: 'yes',
      title: '',
      jurisdiction: 'X'.repeat(50),
    });
    const { scenario, notices } = read(raw);
    const [a, b] = scenario.policies;
    expect(a).toMatchObject({ id: 'us-outbound', effectiveFrom: '2025-01-02' });
    expect(a!.effectiveTo).toBeUndefined();
    expect(b).toMatchObject({ id: 'distillation', enabled: true, title: 'US chip export controls' });
    expect(b!.jurisdiction).toHaveLength(40);
    expect(scenario.policies[2]!.id).toBe('distillation-2');
    expect(notices.map((n) => n.path)).toEqual([
      'policies[0].id',
      'policies[0].effectiveFrom',
      'policies[0].effectiveTo',
      'policies[1].title',
      'policies[1].jurisdiction',
      'policies[1].enabled',
      'policies[2].id',
    ]);
    expect(notices.at(-1)!.message).toBe(
      "Measure 3 ('US crackdown on distillation') has the same id as an earlier measure ('distillation'), so it is now 'distillation-2'.",
    );
  });

  it('keeps a title with markup as plain text, and cuts an over-long one', () => {
    const script = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    expect(read({ ...doc(), title: script }).scenario.title).toBe(script);
    const long = read({ ...doc(), title: 'T'.repeat(1_000_000), description: 'D'.repeat(6000) });
    expect(long.scenario.title).toHaveLength(200);
    expect(long.scenario.description).toHaveLength(5000);
    expect(long.notices.map((n) => n.message)).toEqual([
      'The title was 1,000,000 characters long, so it was cut to 200.',
      'The description was 6,000 characters long, so it was cut to 5000.',
    ]);
    // Cutting never leaves half of an emoji behind.
    expect(read({ ...doc(), title: `${'a'.repeat(199)}😀` }).scenario.title).toBe('a'.repeat(199));
  });

  it('uses the base for an unreadable title, horizon, dataset and assumptions', () => {
    const raw = {
      ...doc(),
      title: 42,
      horizon: { from: '2031Q1', to: '2030Q4' },
      dataset: 'default',
      assumptions: { ...april.assumptions, seed: -5, computeGrowthPerYear: 50, extra: 1 },
    };
    const { scenario, notices } = read(raw, outbound);
    expect(scenario.title).toBe(outbound.title);
    expect(scenario.horizon).toEqual(outbound.horizon);
    expect(scenario.dataset).toEqual(outbound.dataset);
    expect(scenario.assumptions).toEqual({ ...april.assumptions, seed: 1, computeGrowthPerYear: 3 });
    expect(notices.map((n) => n.path)).toEqual([
      'title',
      'dataset',
      'horizon',
      'assumptions.extra',
      'assumptions.computeGrowthPerYear',
      'assumptions.seed',
    ]);
  });

  it('keeps each end of the horizon that can be read', () => {
    const { scenario } = read({ ...doc(), horizon: { from: '2020Q1', to: '1990Q1' } });
    expect(scenario.horizon).toEqual({ from: '2020Q1', to: '2030Q4' });
  });

  it('ignores unknown top-level fields and bad view settings', () => {
    expect(messages({ ...doc(), colour: 'red', view: { dealsMetric: 'euros', sourcedOnly: true } })).toEqual([
      "colour: The field 'colour' is not part of a scenario that this version of Yardstick knows, so it was ignored.",
      "view.dealsMetric: The view setting 'dealsMetric' could not be used ('euros'), so it was ignored.",
    ]);
    expect(read({ ...doc(), view: { sourcedOnly: true, later: { x: 1 } } }).scenario.view).toEqual({
      sourcedOnly: true,
      later: { x: 1 },
    });
  });

  it(`keeps at most ${MAX_MEASURES} measures`, () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ ...doc().policies[0], id: `m-${i}` }));
    const { scenario, notices } = read({ ...doc(), policies: many });
    expect(scenario.policies).toHaveLength(MAX_MEASURES);
    expect(notices.at(-1)!.message).toBe(
      'The scenario lists 40 measures but holds at most 32, so the last 8 were left out.',
    );
    expect(parseScenario({ ...doc(), policies: many.slice(0, MAX_MEASURES + 1) }).ok).toBe(false);
  });

  it('lists at most 40 notices, then counts the rest', () => {
    const junk = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`junk${i}`, i]));
    const notices = read({ ...doc(), ...junk }).notices;
    expect(notices).toHaveLength(MAX_NOTICES + 1);
    expect(notices.at(-1)!.message).toBe('60 more problems were found and handled the same way.');
  });

  it('cannot be made to pollute a prototype', () => {
    const raw = JSON.parse(
      '{"__proto__":{"polluted":1},"policies":[{"template":"us-outbound","params":{"__proto__":{"polluted":1}}}]}',
    );
    const { scenario } = read(raw);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parseScenario(scenario).ok).toBe(true);
  });

  it('falls back to the preset a document names, else the default preset', () => {
    expect(
      readScenarioWithFallback({ basePreset: 'us-outbound-2025', title: 'Mine' }).scenario,
    ).toMatchObject({
      title: 'Mine',
      policies: outbound.policies,
    });
    expect(readScenarioWithFallback({ basePreset: 'nope' }).scenario.id).toBe('april-2026-escalation');
  });
});
