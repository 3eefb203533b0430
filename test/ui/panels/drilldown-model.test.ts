import { describe, expect, it } from 'vitest';
import { OUTCOME_CODE, ordinalOf } from '../../../src/engine';
import { companiesTitle, companyRows, dealRows } from '../../../src/ui/panels/drilldown-model';
import { runPreset, SMALL_INDEX } from '../../fixtures/small';

const { spec, result } = runPreset('april-2026-escalation');

describe('drill-down rows', () => {
  it('lists the deals behind a bar with status, reason and source', () => {
    const { rows, total } = dealRows(SMALL_INDEX, spec, result, {
      kind: 'deals',
      policyId: 'us-outbound',
      quarter: '2025Q1',
    });
    expect(total).toBe(rows.length);
    const zhipu = rows.find((r) => r.id === 'inv-zhipu-2025-us')!;
    expect(zhipu).toMatchObject({
      company: 'Zhipu AI',
      outcome: 'prohibited',
      kind: 'investment',
      amountUsd: 1e8,
    });
    expect(zhipu.reason).toMatch(/prohibited line|listed-persons/);
    expect(zhipu.provenance.kind).toBe('sourced');
  });
  it('filters by outcome and shows the combined winner', () => {
    const { rows } = dealRows(SMALL_INDEX, spec, result, {
      kind: 'deals',
      policyId: 'combined',
      quarter: '2026Q2',
      outcome: 'denied',
    });
    const expected = SMALL_INDEX.tx.ids.filter(
      (_, t) =>
        SMALL_INDEX.tx.ordinal[t] === ordinalOf('2026Q2') &&
        result.detail.combined[t] === OUTCOME_CODE.denied,
    );
    expect(rows.map((r) => r.id).sort()).toEqual(expected.sort());
    expect(rows.length).toBeGreaterThan(0);
    // Denied in the combined view can only come from China's approval requirement in this scenario.
    for (const r of rows) expect(r.reason).toMatch(/^Denied in the modeled review/);
  });
  it('lists companies captured up to a quarter', () => {
    const { rows, total } = companyRows(SMALL_INDEX, spec, result, {
      kind: 'companies',
      policyId: 'combined',
      quarter: '2030Q4',
    });
    expect(total).toBe(result.combined.companiesCumulative.at(-1));
    expect(rows.map((r) => r.id)).toContain('zhipu');
    const early = companyRows(SMALL_INDEX, spec, result, {
      kind: 'companies',
      policyId: 'us-outbound',
      quarter: '2025Q1',
    });
    expect(early.rows.map((r) => r.firstCaptured).every((q) => q <= '2025Q1')).toBe(true);
  });
  it("follows the chart's view: each list is as long as the chart's count at that quarter", () => {
    const views = [
      'companiesCumulative',
      'companiesStoppedCumulative',
      'companies',
      'companiesInScope',
      'companiesInScopeStopped',
    ] as const;
    for (const view of views)
      for (const policyId of ['combined', 'us-outbound', 'export-controls'])
        for (const quarter of ['2024Q4', '2026Q2', '2028Q1'] as const) {
          const q = result.quarters.indexOf(quarter);
          const series =
            policyId === 'combined'
              ? result.combined
              : result.measures.find((m) => m.policyId === policyId)!.series;
          const { total } = companyRows(SMALL_INDEX, spec, result, {
            kind: 'companies',
            policyId,
            quarter,
            view,
          });
          expect([view, policyId, quarter, total]).toEqual([view, policyId, quarter, series[view][q]]);
        }
  });
  it('names each in-scope company by its standing, and titles the list by the view', () => {
    const drill = {
      kind: 'companies',
      policyId: 'us-outbound',
      quarter: '2026Q2',
      view: 'companiesInScope',
    } as const;
    const { rows } = companyRows(SMALL_INDEX, spec, result, drill);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.firstCaptured))).toEqual(new Set(['in scope', 'would be stopped']));
    expect(companiesTitle(drill)).toBe('Companies in scope at the end of 2026Q2');
    expect(companiesTitle({ ...drill, view: undefined })).toBe('Companies captured by 2026Q2');
  });
});
