/**
 * The pure chart models: rows a chart draws, computed in Node from a run.
 */
import { describe, expect, it } from 'vitest';
import { chipUsers } from '../../../src/engine';
import { chipsModel, namesInBrief } from '../../../src/ui/charts/chips-model';
import { companiesModel } from '../../../src/ui/charts/companies-model';
import { amountKey, dealsModel } from '../../../src/ui/charts/deals-model';
import { countAbove, estimateOf, modelPoints, thresholdLines } from '../../../src/ui/charts/models-model';
import { overlapModel } from '../../../src/ui/charts/overlap-model';
import { partKeys } from '../../../src/ui/charts/time-series';
import { runPreset, SMALL_DATASET, SMALL_INDEX } from '../../fixtures/small';

const { scenario, result } = runPreset('april-2026-escalation');

describe('companiesModel', () => {
  const model = companiesModel(result, 'companiesCumulative');
  it('has a row per quarter and a series per measure plus combined', () => {
    expect(model.rows).toHaveLength(64);
    expect(model.series.map((s) => s.key)).toEqual([
      'us-outbound',
      'export-controls',
      'distillation',
      'cn-approval',
      'combined',
    ]);
  });
  it('splits history and projection so they meet at the last history quarter', () => {
    const { history, projection } = partKeys('us-outbound');
    const last = result.historyQuarters - 1;
    expect(model.rows[last]![history]).toBe(result.measures[0]!.series.companiesCumulative[last]);
    expect(model.rows[last]![projection]).toBe(model.rows[last]![history]);
    expect(model.rows[last + 1]![history]).toBeNull();
    expect(model.rows[last - 1]![projection]).toBeNull();
  });
  it('leaves out the combined line when only one measure is on', () => {
    expect(
      companiesModel(runPreset('us-outbound-2025').result, 'companies').series.map((s) => s.key),
    ).toEqual(['us-outbound']);
  });
});

describe('dealsModel', () => {
  it('stacks outcomes that occur, most severe first, as counts or USD', () => {
    const counts = dealsModel(result, 'combined', 'count', 'outcome');
    const order = [
      'prohibited',
      'denied',
      'blocked',
      'licence-required',
      'approval-required',
      'notifiable',
      'excepted',
    ];
    const occurring = order.filter((o) => result.combined.byOutcome[o as 'denied'].some((v) => v > 0));
    expect(counts.stacks.map((s) => s.key)).toEqual(occurring);
    expect(occurring).toContain('prohibited');
    const q = result.quarters.indexOf('2025Q1');
    expect(counts.rows[q]!.prohibited).toBe(result.combined.byOutcome.prohibited[q]);
    const usd = dealsModel(result, 'us-outbound', 'usd', 'outcome');
    expect(usd.unit).toBe('USD');
    expect(usd.rows[q]!.prohibited).toBe(result.measures[0]!.series.byOutcomeUsd.prohibited[q]);
  });
  it('breaks down by kind', () => {
    const kinds = dealsModel(result, 'combined', 'count', 'kind');
    expect(kinds.stacks.map((s) => s.key)).toEqual(['investment', 'chip-purchase', 'model-access']);
    const total = kinds.rows.reduce(
      (sum, r) =>
        sum + (r.investment as number) + (r['chip-purchase'] as number) + (r['model-access'] as number),
      0,
    );
    expect(total).toBe(result.combined.deals.reduce((a, b) => a + b, 0));
  });
});

describe('dealsModel amounts', () => {
  const tax = runPreset('patriotic-investment-act').result;
  it('carries each amount channel of the measure shown: its label, per-quarter sums and total', () => {
    const own = dealsModel(tax, 'patriotic-investment-act', 'count', 'outcome');
    const sums = tax.measures.find((m) => m.policyId === 'patriotic-investment-act')!.amounts.taxUsd!;
    expect(own.amounts).toEqual([
      { key: 'taxUsd', label: 'Expected extra tax', total: sums.reduce((a, b) => a + b, 0) },
    ]);
    expect(own.amounts[0]!.total).toBeGreaterThan(0);
    expect(own.rows.map((r) => r[amountKey('taxUsd')])).toEqual(sums);
    expect(own.stacks.map((s) => s.key)).toEqual(['taxed']);
  });
  it('shows the combined sums (deals the combined view stops left out) for all measures, none without', () => {
    const combined = dealsModel(tax, 'combined', 'count', 'outcome');
    expect(combined.rows.map((r) => r[amountKey('taxUsd')])).toEqual(tax.amounts.taxUsd);
    expect(dealsModel(result, 'combined', 'count', 'outcome').amounts).toEqual([]);
  });
});

describe('modelPoints and thresholdLines', () => {
  const points = modelPoints(SMALL_INDEX);
  it('plots every model with an estimate on a log scale', () => {
    expect(points).toHaveLength(SMALL_DATASET.models.filter((m) => m.trainingComputeFlop !== null).length);
    const glm = points.find((p) => p.id === 'glm-4-plus')!;
    expect(glm.y).toBeCloseTo(Math.log10(3.6e25));
    expect(glm.x).toBeGreaterThan(2024.6);
    expect(glm.x).toBeLessThan(2024.7);
  });
  it('marks an imputed estimate (a figure the source gives only in its notes) and says so', () => {
    const glm = SMALL_DATASET.models.find((m) => m.id === 'glm-4-plus')!;
    const view = {
      dataset: {
        companies: SMALL_DATASET.companies,
        models: [
          { ...glm, trainingComputeImputed: true },
          SMALL_DATASET.models.find((m) => m.id === 'minimax-m1')!,
        ],
      },
    };
    const [imputed, plain] = modelPoints(view);
    expect([imputed!.imputed, plain!.imputed]).toEqual([true, false]);
    expect(estimateOf(imputed!)).toBe('Epoch AI, imputed estimate from its notes, confidence: speculative');
    expect(estimateOf(plain!)).toMatch(/^Epoch AI, confidence: /);
  });
  it('draws the outbound lines and the China compute line, and counts strictly above', () => {
    const lines = thresholdLines(scenario, () => '#000');
    expect(lines.map((l) => `${l.policyId}.${l.param}=${l.value}`)).toEqual([
      'us-outbound.prohibitedComputeFlop=1e+25',
      'us-outbound.biologicalComputeFlop=1e+24',
      'us-outbound.notifiableComputeFlop=1e+23',
      'cn-approval.minComputeFlop=1e+24',
    ]);
    expect(countAbove(points, 1e25)).toBe(3);
  });
  it('hides a line whose measure is off or whose test is off', () => {
    const off = {
      policies: scenario.policies.map((p) =>
        p.template === 'cn-approval'
          ? { ...p, params: { ...p.params, scopeCompute: false } }
          : p.template === 'us-outbound'
            ? { ...p, enabled: false }
            : p,
      ),
    };
    expect(thresholdLines(off, () => '#000')).toEqual([]);
  });
});

describe('overlapModel', () => {
  it('lists non-empty combinations, largest first, with their members', () => {
    const model = overlapModel(result, 'companies');
    expect(model.rows.length).toBeGreaterThan(0);
    expect(model.rows.every((r) => r.companies > 0)).toBe(true);
    for (let i = 1; i < model.rows.length; i++)
      expect(model.rows[i - 1]!.companies).toBeGreaterThanOrEqual(model.rows[i]!.companies);
    expect(model.rows[0]!.label).toBe('US outbound investment rule only');
    expect(model.rows.reduce((s, r) => s + r.companies, 0)).toBe(result.combined.companiesCumulative.at(-1));
  });
});

describe('chipsModel', () => {
  it('marks each chip controlled or not under each enabled rule', () => {
    const chips = runPreset('export-controls-2022-vs-2023');
    const model = chipsModel(SMALL_DATASET.chips, chips.scenario.policies);
    const h800 = model.points.find((p) => p.id === 'h800')!;
    expect(h800.controlled).toEqual({
      'chip-rule-2022': false,
      'chip-rule-2023': true,
      'is-informed-2022': false,
      'chip-rule-2022-macau': false,
    });
    expect(model.points.find((p) => p.id === 'h20')!.controlled).toEqual({
      'chip-rule-2022': false,
      'chip-rule-2023': false,
      'is-informed-2022': false,
      'chip-rule-2022-macau': false,
    });
    // One region per distinct test: the Macau extension repeats the 2022 tests; the letters have no test.
    expect(model.regions.map((r) => [r.policyId, r.tpp, r.interconnectGBs, r.density])).toEqual([
      ['chip-rule-2022', 4800, 600, null],
      ['chip-rule-2023', 4800, null, 5.92],
    ]);
  });
});

describe('chipUsers', () => {
  it('lists the companies seen using each chip, from hardware-in-use records only, by name', () => {
    const seen = (id: string, companyId: string | null, chipId: string) => ({
      id,
      kind: 'hardware-in-use' as const,
      date: '2025-01-01',
      companyId,
      chipId,
      units: null,
      supplierCountry: 'US',
      provenance: { kind: 'sourced' as const, sources: ['x'] },
    });
    const map = chipUsers({
      companies: SMALL_DATASET.companies,
      transactions: [
        ...SMALL_DATASET.transactions,
        seen('a', 'minimax', 'h800'),
        seen('b', 'deepseek', 'h800'),
        seen('c', 'deepseek', 'h800'),
        seen('d', null, 'h800'),
      ],
    });
    const name = (id: string) => SMALL_DATASET.companies.find((c) => c.id === id)!.name;
    expect(map.h800).toEqual([name('deepseek'), name('minimax')].sort((a, b) => a.localeCompare(b, 'en')));
    // The fixture's purchases are not evidence of use.
    expect(Object.keys(map)).toEqual(['h800']);
    expect(chipUsers(null)).toEqual({});
    expect(namesInBrief(['A', 'B', 'C', 'D', 'E', 'F'])).toBe('A, B, C, D and 2 more');
    expect(namesInBrief(['A', 'B'])).toBe('A, B');
  });
});
