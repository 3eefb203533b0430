/**
 * Chart models while comparing: the baseline as one more (grey) series, or scenario − baseline; baselines with
 * another horizon are read quarter by quarter, with gaps rather than made-up zeros.
 */
import { describe, expect, it } from 'vitest';
import { presetById } from '../../../src/scenario/presets';
import { setEnabled, setParam } from '../../../src/state/scenario-edits';
import { companiesModel } from '../../../src/ui/charts/companies-model';
import {
  alignToQuarters,
  BASELINE_KEY,
  changedBaselineLines,
  companiesDifference,
  companiesWithBaseline,
  dealsDifference,
  dealsWithBaseline,
  tableRowsOf,
} from '../../../src/ui/charts/compare-model';
import { dealsModel } from '../../../src/ui/charts/deals-model';
import { partKeys } from '../../../src/ui/charts/time-series';
import { runPreset } from '../../fixtures/small';

const april = runPreset('april-2026-escalation').result;
const outbound = runPreset('us-outbound-2025').result;
const value = (row: Record<string, unknown>, key: string) =>
  row[partKeys(key).history] ?? row[partKeys(key).projection];

describe('alignToQuarters', () => {
  it('reads values at the target quarters, with gaps where the source has none', () => {
    expect(alignToQuarters(['2025Q1', '2025Q2', '2025Q3'], ['2025Q2', '2025Q3'], [5, 6])).toEqual([
      null,
      5,
      6,
    ]);
  });
});

describe('companies chart with a baseline', () => {
  it('adds the baseline total as a grey series with the same history/projection split', () => {
    const model = companiesWithBaseline(
      companiesModel(april, 'companiesCumulative'),
      april,
      outbound,
      'companiesCumulative',
      'Baseline: outbound',
    );
    expect(model.series.at(-1)).toMatchObject({ key: BASELINE_KEY, label: 'Baseline: outbound' });
    model.rows.forEach((row, q) => {
      expect(value(row, BASELINE_KEY)).toBe(outbound.combined.companiesCumulative[q]);
    });
    const last = april.historyQuarters - 1;
    expect(model.rows[last + 1]![partKeys(BASELINE_KEY).history]).toBeNull();
  });

  it('shows scenario − baseline per measure (missing measures count as 0) and combined', () => {
    const model = companiesDifference(april, outbound, 'companiesCumulative');
    expect(model.series.map((s) => s.key)).toEqual([...april.measures.map((m) => m.policyId), 'combined']);
    const q = april.quarters.length - 1;
    const row = model.rows[q]!;
    const mine = (id: string) =>
      april.measures.find((m) => m.policyId === id)!.series.companiesCumulative[q]!;
    expect(value(row, 'us-outbound')).toBe(
      mine('us-outbound') - outbound.measures[0]!.series.companiesCumulative[q]!,
    );
    expect(value(row, 'distillation')).toBe(mine('distillation'));
    expect(value(row, 'combined')).toBe(
      april.combined.companiesCumulative[q]! - outbound.combined.companiesCumulative[q]!,
    );
    expect(
      companiesDifference(april, april, 'companies').rows.every((r) =>
        model.series.every((s) => [0, null, undefined].includes(value(r, s.key) as never)),
      ),
    ).toBe(true);
  });

  it('keeps measures only the baseline has, so their loss shows', () => {
    const model = companiesDifference(outbound, april, 'companiesCumulative');
    expect(model.series.map((s) => s.key)).toContain('distillation');
  });

  it('gives data-table rows with one value per series', () => {
    const rows = tableRowsOf(companiesModel(april, 'companies'));
    expect(rows[0]).toMatchObject({ quarter: april.quarters[0], 'us-outbound': 0 });
    expect(String(rows.at(-1)!.quarter)).toMatch(/\(projection\)$/);
  });
});

describe('deals chart with a baseline', () => {
  it('adds the baseline captured total per quarter (excepted deals left out)', () => {
    const mine = dealsModel(april, 'combined', 'count', 'outcome');
    const model = dealsWithBaseline(mine, april, outbound, 'combined', 'count', 'outcome');
    expect(model.rows.map((row) => row[BASELINE_KEY])).toEqual(outbound.combined.deals);
    expect(model.stacks).toEqual(mine.stacks);
  });

  it('subtracts stack by stack, keeping stacks only one side has', () => {
    const model = dealsDifference(april, outbound, 'combined', 'count', 'kind');
    const total = (row: Record<string, unknown>) =>
      model.stacks.reduce((sum, s) => sum + Number(row[s.key] ?? 0), 0);
    expect(model.rows.map(total)).toEqual(
      april.combined.deals.map((v, q) => v - outbound.combined.deals[q]!),
    );
  });
});

describe('baseline compute lines', () => {
  it('keeps only the lines the working scenario moved or does not have', () => {
    const base = presetById('april-2026-escalation')!;
    expect(changedBaselineLines(base, base)).toEqual([]);
    let mine = setParam(base, 'us-outbound', 'prohibitedComputeFlop', 1e24);
    mine = setEnabled(mine, 'cn-approval', false);
    expect(changedBaselineLines(base, mine).map((l) => `${l.policyId}.${l.param}=${l.value}`)).toEqual([
      'us-outbound.prohibitedComputeFlop=1e+25',
      'cn-approval.minComputeFlop=1e+24',
    ]);
  });
});
