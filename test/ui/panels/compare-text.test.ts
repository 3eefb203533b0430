/**
 * The plain-language comparison: fixed templates, the same text every time, one line per difference.
 */
import { describe, expect, it } from 'vitest';
import { presetById } from '../../../src/scenario/presets';
import type { Scenario } from '../../../src/scenario/schema';
import {
  addPolicy,
  setAssumption,
  setEnabled,
  setParam,
  setPolicyField,
} from '../../../src/state/scenario-edits';
import { scenarioDifferences } from '../../../src/ui/panels/compare-text';

const april = presetById('april-2026-escalation')!;
const texts = (a: Scenario, b: Scenario) => scenarioDifferences(a, b).map((l) => l.text);

describe('scenarioDifferences', () => {
  it('says nothing differs for the same scenario', () => {
    expect(scenarioDifferences(april, april)).toEqual([]);
  });

  it('names each changed setting with its label and formatted values', () => {
    let s = setParam(april, 'us-outbound', 'prohibitedComputeFlop', 1e24);
    s = setParam(s, 'us-outbound', 'ownershipThreshold', 0.25);
    s = setParam(s, 'us-outbound', 'exceptPublicSecurities', false);
    s = setParam(s, 'us-outbound', 'investorCountries', ['US', 'JP']);
    s = setParam(s, 'export-controls', 'ruleVersion', '2022');
    s = setParam(s, 'cn-approval', 'minValuationUsd', 5e8);
    s = setParam(s, 'cn-approval', 'reviewMonths', 6);
    expect(texts(april, s)).toEqual([
      'US outbound investment rule: Prohibited compute threshold 1e25 → 1e24 FLOP',
      'US outbound investment rule: Ownership threshold 50 % → 25 %',
      'US outbound investment rule: Investor countries US → US, JP',
      'US outbound investment rule: Except publicly traded securities yes → no',
      'US chip export controls: Rule version Oct 2023: TPP ≥ 4800, or TPP ≥ 1600 and density ≥ 5.92 → Oct 2022: TPP ≥ 4800 and interconnect ≥ 600 GB/s',
      "China's approval requirement for US capital: Valuation threshold $1 bn → $500 m",
      "China's approval requirement for US capital: Review time 0 → 6 months",
    ]);
  });

  it('lists measures added, removed, switched and renamed, then assumptions and the horizon', () => {
    const base = presetById('us-outbound-2025')!;
    let s = addPolicy(base, 'distillation');
    s = setEnabled(s, 'us-outbound', false);
    s = setPolicyField(s, 'us-outbound', 'title', 'Old rule');
    s = setAssumption(s, 'computeGrowthPerYear', 4);
    s = setAssumption(s, 'projection', false);
    s = setAssumption(s, 'countImputedCompute', false);
    s = { ...s, horizon: { from: '2015Q1', to: '2032Q4' } };
    expect(texts(base, s)).toEqual([
      'Old rule: switched off',
      "Old rule: renamed from 'US outbound investment rule'",
      'Added: US crackdown on distillation (US)',
      'Assumption: Compute growth per year 3× → 4×',
      'Assumption: Projection beyond the data on → off',
      'Assumption: Count imputed compute estimates on → off (as unknown)',
      'Horizon: 2015Q1–2030Q4 → 2015Q1–2032Q4',
    ]);
    expect(texts(s, base)).toContain('Removed: US crackdown on distillation (US)');
  });

  it('notes a new order without counting it as a change of numbers', () => {
    const reordered = { ...april, policies: [...april.policies].reverse() };
    expect(scenarioDifferences(april, reordered)).toEqual([
      { kind: 'order', text: 'The measures are in a different order (this changes no numbers).' },
    ]);
  });

  it('keeps markup in titles as plain text (the interface renders text)', () => {
    const s = setPolicyField(april, 'us-outbound', 'title', '<b>bold</b>');
    expect(texts(april, s)[0]).toBe("<b>bold</b>: renamed from 'US outbound investment rule'");
  });
});
