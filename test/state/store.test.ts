/**
 * The store holds the scenario and view state; every edit keeps the scenario valid.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse';
import { presetById } from '../../src/scenario/presets';
import { createAppStore } from '../../src/state/store';

const fresh = () => createAppStore();

describe('app store', () => {
  it('starts from the April 2026 preset', () => {
    expect(fresh().getState().scenario.id).toBe('april-2026-escalation');
  });
  it('sets a threshold, clamping it to the parameter range', () => {
    const store = fresh();
    store.getState().setParam('us-outbound', 'prohibitedComputeFlop', 1e24);
    expect(store.getState().scenario.policies[0]!.params.prohibitedComputeFlop).toBe(1e24);
    store.getState().setParam('us-outbound', 'prohibitedComputeFlop', 1e40);
    expect(store.getState().scenario.policies[0]!.params.prohibitedComputeFlop).toBe(1e28);
    store.getState().setParam('us-outbound', 'prohibitedComputeFlop', Number.NaN);
    expect(store.getState().scenario.policies[0]!.params.prohibitedComputeFlop).toBe(1e28);
    store.getState().setParam('us-outbound', 'noSuchParam', 1);
    expect(store.getState().scenario.policies[0]!.params).not.toHaveProperty('noSuchParam');
  });
  it('adds, duplicates, reorders and removes measures with unique ids', () => {
    const store = fresh();
    store.getState().addPolicy('us-outbound');
    store.getState().duplicatePolicy('us-outbound');
    let ids = store.getState().scenario.policies.map((p) => p.id);
    expect(ids).toEqual([
      'us-outbound',
      'us-outbound-3',
      'export-controls',
      'distillation',
      'cn-approval',
      'us-outbound-2',
    ]);
    store.getState().movePolicy('us-outbound-2', -1);
    store.getState().removePolicy('export-controls');
    ids = store.getState().scenario.policies.map((p) => p.id);
    expect(ids).toEqual(['us-outbound', 'us-outbound-3', 'distillation', 'us-outbound-2', 'cn-approval']);
    expect(parseScenario(store.getState().scenario).ok).toBe(true);
  });
  it('keeps dates consistent and the document valid through every edit', () => {
    const store = fresh();
    store.getState().setEffectiveTo('us-outbound', '2027-01-01');
    store.getState().setEffectiveFrom('us-outbound', '2028-01-01');
    expect(store.getState().scenario.policies[0]!.effectiveTo).toBeUndefined();
    store.getState().setEffectiveTo('us-outbound', '2020-01-01');
    expect(store.getState().scenario.policies[0]!.effectiveTo).toBeUndefined();
    store.getState().setAssumption('computeGrowthPerYear', 99);
    expect(store.getState().scenario.assumptions.computeGrowthPerYear).toBe(10);
    // The two switches take only true or false.
    store.getState().setAssumption('countImputedCompute', false);
    expect(store.getState().scenario.assumptions.countImputedCompute).toBe(false);
    store.getState().setAssumption('countImputedCompute', 1 as unknown as boolean);
    expect(store.getState().scenario.assumptions.countImputedCompute).toBe(false);
    store.getState().setAssumption('countImputedCompute', true);
    expect(store.getState().scenario.assumptions.countImputedCompute).toBe(true);
    store.getState().setEnabled('distillation', false);
    expect(parseScenario(store.getState().scenario).ok).toBe(true);
  });
  it('loads a preset and resets the drill-down', () => {
    const store = fresh();
    store.getState().openDrilldown({ kind: 'deals', policyId: 'combined', quarter: '2025Q1' });
    store.getState().loadPreset('no-measures');
    expect(store.getState().scenario.policies).toEqual([]);
    expect(store.getState().scenario.basePreset).toBe('no-measures');
    expect(store.getState().view.drilldown).toBeNull();
    expect(presetById('no-measures')!.policies).toEqual([]);
  });
  it('ignores an edit that changes nothing', () => {
    const store = fresh();
    const before = store.getState().scenario;
    store.getState().movePolicy('us-outbound', -1);
    expect(store.getState().scenario).toBe(before);
  });
});
