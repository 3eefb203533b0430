/**
 * Frozen fixtures (test/fixtures/links): links, files and autosaves, each with the scenario it must open to. They
 * pin the promise that a link opens identically after any later change to the format: a fixture made with an
 * older schema version opens to its expected scenario brought up to today's version by the migrations (the same
 * `migrate` the app runs), and to nothing else. Never edit or regenerate one (see test/fixtures/links/README.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateOf } from '../../src/engine';
import { scenarioFromFile } from '../../src/scenario/file';
import { decodeLink } from '../../src/scenario/link';
import { migrate } from '../../src/scenario/migrations';
import { parseScenario } from '../../src/scenario/parse';
import { decodeStored } from '../../src/scenario/storage';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'links');
const files = readdirSync(DIR);
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');
const parse = (name: string) => JSON.parse(read(name));
/** A scenario as today's version reads it: its own version's document, migrated. */
const current = (doc: unknown) => migrate(doc).doc;
/** The expected scenario of a link or file fixture, at today's version. */
const expected = (name: string) => current(parse(name));
/** The expected restore of an autosave fixture, each scenario at today's version. */
const expectedStore = (name: string) => {
  const { working, saved } = parse(name) as {
    working: unknown;
    saved: { name: string; scenario: unknown }[];
  };
  return {
    working: working === null ? null : current(working),
    saved: saved.map((s) => ({ name: s.name, scenario: current(s.scenario) })),
  };
};
const named = (suffix: string) =>
  files.filter((f) => f.endsWith(suffix)).map((f) => [f.slice(0, -suffix.length), f] as const);

/**
 * Settings added after the fixtures were frozen, by template. A document from before they existed opens with
 * each at its default, and each default was chosen to keep such a document meaning what it meant (e.g.
 * `phaseIn2023: 'none'`, `affiliatesRule: 'off'`, every instrument for `coveredInstruments`). Anything else
 * that differs from a fixture fails.
 */
const ADDED_SETTINGS: Readonly<Record<string, readonly string[]>> = {
  'us-outbound': [
    'countSurveillanceTag',
    'knowledgeShare',
    'parentTest',
    'parentFinancialShare',
    'jointVentureRoute',
    'coverControlledForeignEntities',
    'coverKnowinglyDirected',
    'coverConversions',
    'exceptLpAssurance',
    'exemptedDeals',
    'directionOrControl',
    'coverHypersonics',
  ],
  'export-controls': ['phaseIn2023', 'informedChips', 'affiliatesRule'],
  'cn-approval': ['coveredInstruments'],
};

type Doc = { policies?: { template: string; params: Record<string, unknown> }[] };

/** The scenario a fixture expects, with the settings added since at their defaults (see ADDED_SETTINGS). */
function withAdded<T>(scenario: T): T {
  const doc = scenario as Doc;
  if (!doc || !Array.isArray(doc.policies)) return scenario;
  return {
    ...doc,
    policies: doc.policies.map((p) => {
      const specs = templateOf(p.template)?.params ?? [];
      const added = Object.fromEntries(
        (ADDED_SETTINGS[p.template] ?? []).map((key) => [key, specs.find((s) => s.key === key)!.default]),
      );
      return { ...p, params: { ...p.params, ...added } };
    }),
  } as T;
}

describe('frozen fixtures', () => {
  it('include, for each schema version, a link per preset and edited ones', () => {
    const links = named('.link').map(([name]) => name);
    const v1 = links.filter((n) => !n.startsWith('v2-'));
    const v2 = links.filter((n) => n.startsWith('v2-')).map((n) => n.slice(3));
    expect(v1.filter((n) => n.startsWith('preset-'))).toHaveLength(6);
    expect(v1.filter((n) => !n.startsWith('preset-')).length).toBeGreaterThanOrEqual(8);
    expect(v2.filter((n) => n.startsWith('preset-'))).toHaveLength(6);
    expect(v2.filter((n) => !n.startsWith('preset-')).length).toBeGreaterThanOrEqual(3);
    for (const [name] of named('.link'))
      expect(read(`${name}.link`)).toMatch(name.startsWith('v2-') ? /^v=2&/ : /^v=1&/);
  });

  it('open version 1 scenarios with imputed compute estimates counted (the migration to version 2)', () => {
    const april = decodeLink(read('preset-april-2026-escalation.link').trim());
    expect(april.ok && april.scenario.schemaVersion).toBe(2);
    expect(april.ok && april.scenario.assumptions.countImputedCompute).toBe(true);
  });

  it.each(named('.link'))('link %s opens to its expected scenario, with no notices', (name, file) => {
    const want = withAdded(expected(`${name}.expected.json`));
    expect(parseScenario(want).ok).toBe(true);
    const decoded = decodeLink(read(file).trim());
    expect(decoded.ok && decoded.notices).toEqual([]);
    expect(decoded.ok && decoded.scenario).toEqual(want);
  });

  it.each(named('.scenario.json'))('file %s opens to its expected scenario', (name, file) => {
    expect(scenarioFromFile(read(file), file)).toEqual({
      ok: true,
      scenario: withAdded(expected(`${name}.expected.json`)),
      notices: [],
    });
  });

  it.each(named('.stored.json'))('autosave %s restores what was saved', (name, file) => {
    const want = expectedStore(`${name}.expected.json`);
    expect(decodeStored(read(file).trim())).toEqual({
      working: want.working === null ? null : withAdded(want.working),
      saved: want.saved.map((s) => ({ ...s, scenario: withAdded(s.scenario) })),
      notices: [],
    });
  });
});
