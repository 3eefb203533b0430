/**
 * Every preset parses, reads aloud, and runs: its headline numbers on the small fixture are pinned by a snapshot
 * (a change to a measure's semantics shows up here as a reviewed snapshot update).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareIndex } from '../../src/data/pipeline';
import { projectDataset } from '../../src/data/projection';
import { indexDataset, parseDataset, simulate } from '../../src/engine';
import { loadPresets, PRESET_DOCUMENTS } from '../../src/scenario/presets';
import { runSpecOf } from '../../src/scenario/run-spec';
import { defaultDataset } from '../data/helpers';

const ROOT = join(import.meta.dirname, '..', '..');
const fixture = parseDataset(
  JSON.parse(readFileSync(join(ROOT, 'test/fixtures/small-dataset.json'), 'utf8')),
);
if (!fixture.ok) throw new Error('fixture invalid');
const index = indexDataset(fixture.value);
const { presets, failures } = loadPresets();

describe('presets', () => {
  it('has at least the six presets of DESIGN §5, all valid, one per file', () => {
    expect(failures).toEqual([]);
    const files = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.json'));
    expect(presets.length).toBe(files.length);
    expect(PRESET_DOCUMENTS.length).toBeGreaterThanOrEqual(6);
    for (const p of presets) expect(files).toContain(`${p.id}.json`);
    expect(presets.map((p) => p.id)).toEqual(
      expect.arrayContaining([
        'no-measures',
        'export-controls-2022-vs-2023',
        'us-outbound-2025',
        'april-2026-escalation',
        'tougher-us-rule',
        'allied-coordination',
      ]),
    );
  });
  it.each(presets.map((p) => [p.id, p]))('%s has a description a teacher can read aloud', (_, preset) => {
    expect(preset.description.split(/[.!?]\s/).length).toBeGreaterThanOrEqual(2);
    expect(preset.description.length).toBeGreaterThan(150);
    expect(preset.description.length).toBeLessThan(900);
  });
  it.each(presets.map((p) => [p.id, p]))('%s runs to the same headline numbers', (_, preset) => {
    const result = simulate(index, runSpecOf(preset));
    const headline = {
      measures: result.measures.map((m) => ({
        id: m.policyId,
        companiesCaptured: m.series.companiesCumulative.at(-1),
        deals: m.series.deals.reduce((a, b) => a + b, 0),
        excepted: m.series.byOutcome.excepted.reduce((a, b) => a + b, 0),
        inScope2026Q3: m.series.companiesInScope[result.quarters.indexOf('2026Q3')],
      })),
      combinedCompanies: result.combined.companiesCumulative.at(-1),
      combinedDeals: result.combined.deals.reduce((a, b) => a + b, 0),
    };
    for (const m of headline.measures) expect(Number.isInteger(m.companiesCaptured)).toBe(true);
    expect(headline).toMatchSnapshot();
  });
});

describe('tougher-us-rule on the built-in data', () => {
  it('says its 25 % ownership lever changes nothing there, and it does not (ownership is known for two firms)', async () => {
    const preset = presets.find((p) => p.id === 'tougher-us-rule')!;
    expect(preset.description).toMatch(/ownership shares for only two firms, both based in China/);
    const dataset = await defaultDataset();
    expect(dataset.companies.filter((c) => c.ownership).map((c) => [c.id, c.hq])).toEqual([
      ['msra', 'CN'],
      ['huaxintong', 'CN'],
    ]);
    const built = prepareIndex(
      dataset,
      { assumptions: preset.assumptions, horizonTo: preset.horizon.to, sourcedOnly: false },
      projectDataset,
    );
    const at = (threshold: number) =>
      simulate(
        built,
        runSpecOf({
          ...preset,
          policies: preset.policies.map((p) =>
            p.id === 'us-outbound' ? { ...p, params: { ...p.params, ownershipThreshold: threshold } } : p,
          ),
        }),
      );
    const tougher = at(0.25);
    const enacted = at(0.5);
    expect(tougher.measures).toEqual(enacted.measures);
    expect(Array.from(tougher.detail.combined)).toEqual(Array.from(enacted.detail.combined));
  });
});
