/**
 * Frozen fixtures (test/fixtures/links): links, files and an autosave made today, each with the scenario it must
 * open to. They pin the promise that a link made today opens identically after any future change to the format;
 * never edit or regenerate one (see test/fixtures/links/README.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateOf } from '../../src/engine';
import { scenarioFromFile } from '../../src/scenario/file';
import { decodeLink } from '../../src/scenario/link';
import { parseScenario } from '../../src/scenario/parse';
import { decodeStored } from '../../src/scenario/storage';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'links');
const files = readdirSync(DIR);
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');
const expected = (name: string) => JSON.parse(read(name));
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
  it('include at least one link per preset and eight edited ones', () => {
    const links = named('.link').map(([name]) => name);
    expect(links.filter((n) => n.startsWith('preset-'))).toHaveLength(6);
    expect(links.filter((n) => !n.startsWith('preset-')).length).toBeGreaterThanOrEqual(8);
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
    const want = expected(`${name}.expected.json`);
    const scenarios = {
      working: want.working ? withAdded(want.working) : want.working,
      saved: want.saved.map((s: { name: string; scenario: unknown }) => ({
        ...s,
        scenario: withAdded(s.scenario),
      })),
    };
    expect(decodeStored(read(file).trim())).toEqual({ ...want, ...scenarios, notices: [] });
  });
});
