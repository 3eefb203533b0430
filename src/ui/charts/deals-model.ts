/**
 * Model of the "deals captured over time" chart: stacked bars per quarter, by outcome or by kind, as counts or
 * USD, for one measure or all combined.
 */
import {
  DEAL_KINDS,
  type DealKind,
  OUTCOMES,
  type Outcome,
  type ResultSummary,
  type Series,
  templateOf,
} from '../../engine';
import { KIND_COLOURS, KIND_LABELS, OUTCOME_COLOURS, OUTCOME_LABELS } from '../styles/tokens';

export interface StackInfo {
  readonly key: string;
  readonly label: string;
  readonly colour: string;
}

export interface DealsModel {
  readonly rows: Record<string, number | string | boolean>[];
  readonly stacks: StackInfo[];
  readonly unit: 'deals' | 'USD';
  /** Deals with no known amount, left out of USD totals. */
  readonly unknownAmounts: number;
  /**
   * The per-deal amounts the measures report (engine AmountChannel, e.g. an expected extra tax), summed over the
   * horizon; each quarter's sum is in the rows under `amountKey(key)`. Empty for most scenarios.
   */
  readonly amounts: readonly { readonly key: string; readonly label: string; readonly total: number }[];
}

/** The row key of an amount channel's per-quarter sum. */
export function amountKey(channel: string): string {
  return `amount:${channel}`;
}

/** The amount channels of the measure shown (or, combined, of every measure), with their labels and sums. */
function amountsFor(
  result: ResultSummary,
  measure: string,
): { key: string; label: string; sums: number[] }[] {
  const own = result.measures.find((m) => m.policyId === measure);
  const sums = own ? own.amounts : result.amounts;
  const labels = new Map<string, string>();
  for (const m of own ? [own] : result.measures)
    for (const c of templateOf(m.template)?.amounts ?? []) labels.set(c.key, c.label);
  return Object.entries(sums ?? {}).map(([key, values]) => ({
    key,
    label: labels.get(key) ?? key,
    sums: values,
  }));
}

/** Outcomes drawn, most severe at the bottom; excepted deals are shown (hatched grey) but never counted as captured. */
const DRAWN_OUTCOMES: readonly Outcome[] = [...OUTCOMES].reverse();

function seriesFor(result: ResultSummary, measure: string): Series {
  return result.measures.find((m) => m.policyId === measure)?.series ?? result.combined;
}

/** Build the rows: one per quarter; columns per outcome or kind. */
export function dealsModel(
  result: ResultSummary,
  measure: string,
  metric: 'count' | 'usd',
  breakdown: 'outcome' | 'kind',
): DealsModel {
  const s = seriesFor(result, measure);
  const amounts = amountsFor(result, measure);
  const rows = result.quarters.map((quarter, q) => {
    const row: Record<string, number | string | boolean> = {
      quarter,
      projection: q >= result.historyQuarters,
    };
    if (breakdown === 'outcome') {
      for (const o of DRAWN_OUTCOMES)
        row[o] = metric === 'count' ? s.byOutcome[o][q]! : s.byOutcomeUsd[o][q]!;
    } else {
      // By kind counts captured deals only; USD by kind is not tracked separately, so kinds show counts.
      for (const k of DEAL_KINDS) row[k] = s.byKind[k][q]!;
    }
    for (const a of amounts) row[amountKey(a.key)] = a.sums[q] ?? 0;
    return row;
  });
  const stacks: StackInfo[] =
    breakdown === 'outcome'
      ? DRAWN_OUTCOMES.filter((o) => s.byOutcome[o].some((v) => v > 0)).map((o) => ({
          key: o,
          label: OUTCOME_LABELS[o],
          colour: OUTCOME_COLOURS[o],
        }))
      : DEAL_KINDS.filter((k: DealKind) => s.byKind[k].some((v) => v > 0)).map((k) => ({
          key: k,
          label: KIND_LABELS[k],
          colour: KIND_COLOURS[k],
        }));
  return {
    rows,
    stacks,
    unit: metric === 'usd' && breakdown === 'outcome' ? 'USD' : 'deals',
    unknownAmounts: s.dealsUsdUnknown.reduce((a, b) => a + b, 0),
    amounts: amounts.map((a) => ({ key: a.key, label: a.label, total: a.sums.reduce((x, y) => x + y, 0) })),
  };
}
