/**
 * Model of the drill-down table: the deals or companies behind a bar or point, with status, reason and source.
 */
import {
  CAPTURED_MIN_CODE,
  type DatasetIndex,
  type Finding,
  makeExplainer,
  OUTCOME_CODE,
  OUTCOME_OF_CODE,
  type Outcome,
  ordinalOf,
  type Provenance,
  type RunSpec,
  type SimulationResult,
} from '../../engine';
import type { Drilldown } from '../../state/store';

export interface DealRow {
  readonly id: string;
  readonly date: string;
  readonly kind: string;
  readonly companyId: string | null;
  readonly company: string;
  readonly outcome: Outcome | null;
  readonly amountUsd: number | null;
  /** The deciding test, e.g. "A model trained with more than the prohibited line". */
  readonly reason: string;
  readonly provenance: Provenance;
}

export interface CompanyRow {
  readonly id: string;
  readonly name: string;
  readonly hq: string;
  readonly firstCaptured: string;
  readonly provenance: Provenance;
}

/** At most this many rows are listed; the table says how many more there are. */
export const MAX_ROWS = 500;

function codesFor(result: SimulationResult, policyId: string): Uint8Array {
  const i = result.measures.findIndex((m) => m.policyId === policyId);
  return i >= 0 ? result.detail.outcomes[i]! : result.detail.combined;
}

/** The most telling finding: a met test that leads to the deal's outcome. */
export function decidingReason(findings: readonly Finding[], outcome: Outcome | null): string {
  const met = findings.filter((f) => f.met && f.outcome);
  const decisive = met.find((f) => f.outcome === outcome) ?? met[0];
  return decisive ? `${decisive.test} (${decisive.clause})` : 'not caught';
}

/** List the deals behind a drill-down, newest first. */
export function dealRows(
  index: DatasetIndex,
  spec: RunSpec,
  result: SimulationResult,
  drill: Drilldown,
): { rows: DealRow[]; total: number } {
  const codes = codesFor(result, drill.policyId);
  const q = ordinalOf(drill.quarter);
  const wanted = drill.outcome ? OUTCOME_CODE[drill.outcome] : -1;
  const picked: number[] = [];
  for (let t = 0; t < index.tx.count; t++) {
    if (index.tx.ordinal[t] !== q) continue;
    const code = codes[t]!;
    if (wanted >= 0 ? code === wanted : code >= CAPTURED_MIN_CODE) picked.push(t);
  }
  const explainer = makeExplainer(index, spec);
  const names = index.dataset.companies;
  const rows = picked
    .slice(0, MAX_ROWS)
    .map((t) => {
      const tx = index.dataset.transactions[index.tx.source[t]!]!;
      const outcome = OUTCOME_OF_CODE[codes[t]!] ?? null;
      const explanation = explainer.transaction(tx.id);
      const findings =
        drill.policyId === 'combined'
          ? (explanation?.measures.find((m) => m.outcome === outcome)?.findings ?? [])
          : (explanation?.measures.find((m) => m.policyId === drill.policyId)?.findings ?? []);
      const c = index.tx.company[t]!;
      return {
        id: tx.id,
        date: tx.date,
        kind: tx.kind,
        companyId: tx.companyId,
        company: c >= 0 ? names[c]!.name : 'not attributed',
        outcome,
        amountUsd: 'amountUsd' in tx ? (tx.amountUsd ?? null) : null,
        reason: decidingReason(findings, outcome),
        provenance: tx.provenance,
      };
    })
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id.localeCompare(b.id)));
  return { rows, total: picked.length };
}

/** List the companies captured up to and including the drill-down's quarter. */
export function companyRows(
  index: DatasetIndex,
  result: SimulationResult,
  drill: Drilldown,
): { rows: CompanyRow[]; total: number } {
  const q = ordinalOf(drill.quarter);
  const measures =
    drill.policyId === 'combined'
      ? result.detail.firstCaptured.map((_, i) => i)
      : [result.measures.findIndex((m) => m.policyId === drill.policyId)].filter((i) => i >= 0);
  const rows: CompanyRow[] = [];
  let total = 0;
  index.dataset.companies.forEach((company, c) => {
    let first = -1;
    for (const i of measures) {
      const f = result.detail.firstCaptured[i]![c]!;
      if (f >= 0 && (first < 0 || f < first)) first = f;
    }
    if (first < 0 || first > q) return;
    total++;
    if (rows.length < MAX_ROWS) {
      rows.push({
        id: company.id,
        name: company.name,
        hq: company.hq,
        firstCaptured: result.quarters[first - ordinalOf(result.quarters[0]!)] ?? '',
        provenance: company.provenance,
      });
    }
  });
  rows.sort((a, b) => a.firstCaptured.localeCompare(b.firstCaptured) || a.name.localeCompare(b.name));
  return { rows, total };
}
