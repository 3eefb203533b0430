import { describe, expect, it } from 'vitest';
import { formatIssue, TEMPLATES } from '../../src/engine';
import { parseScenario } from '../../src/scenario/parse';
import { presetById } from '../../src/scenario/presets';

const valid = () => JSON.parse(JSON.stringify(presetById('april-2026-escalation')));

function problems(raw: unknown): string[] {
  const parsed = parseScenario(raw);
  return parsed.ok ? [] : parsed.issues.map(formatIssue);
}

describe('parseScenario', () => {
  it('accepts a preset and fills every parameter default', () => {
    const parsed = parseScenario({ ...valid(), policies: [{ ...valid().policies[0], params: {} }] });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.policies[0]!.params.prohibitedComputeFlop).toBe(1e25);
  });
  it('names unknown measures, unknown parameters and out-of-range values', () => {
    const doc = valid();
    doc.policies[0].params = { prohibitedComputeFlop: 1e40, colour: 'red' };
    doc.policies[1].template = 'tariffs';
    expect(problems(doc)).toEqual([
      'policies[0].params.prohibitedComputeFlop: must be at most 1e+28, got 1e+40',
      'policies[0].params: unknown field "colour"',
      `policies[1].template: unknown measure "tariffs"; known: ${TEMPLATES.map((t) => t.id).join(', ')}`,
    ]);
  });
  it('refuses a reversed horizon, duplicate ids and an end before the start', () => {
    const doc = valid();
    doc.horizon = { from: '2030Q4', to: '2015Q1' };
    doc.policies[1].id = doc.policies[0].id;
    doc.policies[0].effectiveTo = '2020-01-01';
    expect(problems(doc)).toEqual([
      'horizon: starts (2030Q4) after it ends (2015Q1)',
      'policies[0].effectiveTo: ends (2020-01-01) before it starts (2025-01-02)',
      'policies[1].id: duplicate measure id "us-outbound"',
    ]);
  });
  it('refuses NaN, wrong types and a newer schema version with a clear path', () => {
    expect(problems({ ...valid(), assumptions: { ...valid().assumptions, seed: Number.NaN } })[0]).toMatch(
      /^assumptions\.seed: expected number, got NaN/,
    );
    expect(problems({ ...valid(), schemaVersion: 3 })[0]).toMatch(/^schemaVersion: expected one of 2, got 3/);
    // The strict reader reads the current version only: older documents go through `migrate` first.
    expect(problems({ ...valid(), schemaVersion: 1 })[0]).toMatch(/^schemaVersion: expected one of 2, got 1/);
    const { countImputedCompute: _, ...v1Assumptions } = valid().assumptions;
    expect(problems({ ...valid(), assumptions: v1Assumptions })[0]).toMatch(
      /^assumptions\.countImputedCompute: is required/,
    );
    expect(problems({ ...valid(), policies: 'all' })[0]).toMatch(/^policies: expected array/);
  });
  it('never throws on junk', () => {
    for (const junk of [null, undefined, 0, 'x', [], {}, { schemaVersion: 1 }])
      expect(parseScenario(junk).ok).toBe(false);
  });
});
