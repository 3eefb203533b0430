/**
 * The runner's output (the public contract of `npm run simulate`): headline series per measure and combined,
 * overlaps, and with `--detail` every transaction's outcome and hits and every company's first capture.
 */
import Papa from 'papaparse';
import {
  type DatasetIndex,
  OUTCOME_OF_CODE,
  OUTCOMES,
  type Outcome,
  quarterOf,
  type Series,
  type SimulationResult,
} from '../engine';
import type { Scenario } from '../scenario/schema';

interface SeriesOut {
  companies: number[];
  companiesCumulative: number[];
  companiesStopped: number[];
  companiesStoppedCumulative: number[];
  companiesInScope: number[];
  deals: number[];
  dealsUsd: number[];
  dealsUsdUnknown: number[];
  relevantDeals: number[];
  units: number[];
  exchanges: number[];
  byOutcome: Record<Outcome, number[]>;
  byKind: Series['byKind'];
}

function seriesOut(s: Series): SeriesOut {
  return {
    companies: s.companies,
    companiesCumulative: s.companiesCumulative,
    companiesStopped: s.companiesStopped,
    companiesStoppedCumulative: s.companiesStoppedCumulative,
    companiesInScope: s.companiesInScope,
    deals: s.deals,
    dealsUsd: s.dealsUsd,
    dealsUsdUnknown: s.dealsUsdUnknown,
    relevantDeals: s.relevantDeals,
    units: s.units,
    exchanges: s.exchanges,
    byOutcome: s.byOutcome,
    byKind: s.byKind,
  };
}

/** A per-deal amount in the output: whole dollars, null when unknown. */
function usdOut(v: number): number | null {
  return Number.isNaN(v) ? null : Math.round(v);
}

/** Build the runner's JSON report. */
export function reportOf(scenario: Scenario, index: DatasetIndex, result: SimulationResult, detail: boolean) {
  const report = {
    scenario: { id: scenario.id, title: scenario.title, assumptions: scenario.assumptions },
    dataset: { name: index.dataset.name, asOf: index.dataset.asOf },
    quarters: result.quarters,
    historyQuarters: result.historyQuarters,
    measures: result.measures.map((m) => ({
      policyId: m.policyId,
      template: m.template,
      title: m.title,
      series: seriesOut(m.series),
      extra: m.extra,
      amounts: m.amounts,
    })),
    combined: { series: seriesOut(result.combined), amounts: result.amounts },
    overlaps: result.overlaps,
  };
  if (!detail) return report;
  const ids = result.measures.map((m) => m.policyId);
  const transactions = index.dataset.transactions.map((_, src) => src);
  const bySource = new Int32Array(index.tx.count);
  for (let t = 0; t < index.tx.count; t++) bySource[index.tx.source[t]!] = t;
  return {
    ...report,
    transactions: transactions.map((src) => {
      const t = bySource[src]!;
      return {
        id: index.tx.ids[t]!,
        outcome: OUTCOME_OF_CODE[result.detail.combined[t]!] ?? null,
        hits: ids.flatMap((policyId, i) => {
          const outcome = OUTCOME_OF_CODE[result.detail.outcomes[i]![t]!];
          if (!outcome) return [];
          const amounts = Object.entries(result.detail.amounts[i] ?? {});
          return [
            amounts.length
              ? {
                  policyId,
                  outcome,
                  amounts: Object.fromEntries(amounts.map(([k, a]) => [k, usdOut(a[t]!)])),
                }
              : { policyId, outcome },
          ];
        }),
      };
    }),
    companies: index.companies.ids.map((id, c) => ({
      id,
      firstCaptured: Object.fromEntries(
        ids.map((policyId, i) => {
          const q = result.detail.firstCaptured[i]![c]!;
          return [policyId, q >= 0 ? quarterOf(q) : null];
        }),
      ),
    })),
  };
}

/** Build the runner's CSV: one row per series (each measure, then combined) and quarter. */
export function csvOf(scenario: Scenario, index: DatasetIndex, result: SimulationResult): string {
  const rows: Record<string, string | number>[] = [];
  // One column per amount channel any measure reports (none for most scenarios), after the outcome columns.
  const channels = [...new Set(result.measures.flatMap((m) => Object.keys(m.amounts)))];
  const add = (policyId: string, title: string, s: Series, amounts: Record<string, number[]>) => {
    result.quarters.forEach((quarter, q) => {
      const row: Record<string, string | number> = {
        scenario: scenario.id,
        dataset: index.dataset.name,
        measure: policyId,
        title,
        quarter,
        period: q < result.historyQuarters ? 'history' : 'projection',
        companies: s.companies[q]!,
        companiesCumulative: s.companiesCumulative[q]!,
        companiesInScope: s.companiesInScope[q]!,
        deals: s.deals[q]!,
        dealsUsd: s.dealsUsd[q]!,
        dealsUsdUnknown: s.dealsUsdUnknown[q]!,
        relevantDeals: s.relevantDeals[q]!,
      };
      for (const o of OUTCOMES) row[o] = s.byOutcome[o][q]!;
      for (const key of channels) row[key] = Math.round(amounts[key]?.[q] ?? 0);
      rows.push(row);
    });
  };
  for (const m of result.measures) add(m.policyId, m.title, m.series, m.amounts);
  add('combined', 'All measures combined', result.combined, result.amounts);
  return Papa.unparse(rows, { newline: '\n' });
}
