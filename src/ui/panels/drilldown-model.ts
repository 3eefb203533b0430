/**
 * Model of the drill-down table: the deals or companies behind a bar or point, with status, reason and source.
 */
import {
  CAPTURED_MIN_CODE,
  type DatasetIndex,
  type Finding,
  lastDayOf,
  makeExplainer,
  OUTCOME_CODE,
  OUTCOME_OF_CODE,
  type Outcome,
  ordinalOf,
  type Provenance,
  type RunSpec,
  type SimulationResult,
  STANDING,
  STOPPED_MIN_CODE,
  standingsOn,
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
  /** The first capture's quarter (or the first stopped deal's, or the quarter), or the standing for in-scope views. */
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

/** What a companies drill-down lists, in words: "Companies in scope at 2026Q3", by the chart's view. */
export function companiesTitle(drill: Drilldown): string {
  switch (drill.view ?? 'companiesCumulative') {
    case 'companiesCumulative':
      return `Companies captured by ${drill.quarter}`;
    case 'companiesStoppedCumulative':
      return `Companies with a deal stopped by ${drill.quarter}`;
    case 'companies':
      return `Companies captured in ${drill.quarter}`;
    case 'companiesInScope':
      return `Companies in scope at the end of ${drill.quarter}`;
    case 'companiesInScopeStopped':
      return `Companies in scope whose deals would be stopped at the end of ${drill.quarter}`;
  }
}

/** The measures (by position) a drill-down reads: one, or all for the combined view. */
function measuresOf(result: SimulationResult, policyId: string): number[] {
  return policyId === 'combined'
    ? result.measures.map((_, i) => i)
    : [result.measures.findIndex((m) => m.policyId === policyId)].filter((i) => i >= 0);
}

/** Each company's quarter ordinal of interest (first capture, first stopped deal, …) or -1, by the view. */
function capturedQuarters(
  index: DatasetIndex,
  result: SimulationResult,
  measures: readonly number[],
  view: NonNullable<Drilldown['view']>,
  q: number,
): Int32Array {
  const out = new Int32Array(index.companies.count).fill(-1);
  if (view === 'companiesCumulative') {
    for (const i of measures)
      result.detail.firstCaptured[i]!.forEach((f, c) => {
        if (f >= 0 && (out[c]! < 0 || f < out[c]!)) out[c] = f;
      });
    return out;
  }
  // From the deals: the first stopped deal so far, or any captured deal in the quarter.
  const min = view === 'companiesStoppedCumulative' ? STOPPED_MIN_CODE : CAPTURED_MIN_CODE;
  const first = ordinalOf(result.quarters[0]!);
  const { company, ordinal, count } = index.tx;
  for (let t = 0; t < count; t++) {
    const o = ordinal[t]!;
    if (o < first || o > q || (view === 'companies' && o !== q)) continue;
    const c = company[t]!;
    if (c < 0 || out[c]! >= 0) continue;
    if (measures.some((i) => result.detail.outcomes[i]![t]! >= min)) out[c] = o;
  }
  return out;
}

/**
 * List the companies behind a point of the companies chart, following its view: captured (so far, with a deal
 * stopped, or in the quarter) up to the drill-down's quarter, or in scope (or in scope and would be stopped) at
 * that quarter's end.
 */
export function companyRows(
  index: DatasetIndex,
  spec: RunSpec,
  result: SimulationResult,
  drill: Drilldown,
): { rows: CompanyRow[]; total: number } {
  const q = ordinalOf(drill.quarter);
  const view = drill.view ?? 'companiesCumulative';
  const measures = measuresOf(result, drill.policyId);
  const rows: CompanyRow[] = [];
  let total = 0;
  const add = (c: number, note: string) => {
    total++;
    if (rows.length >= MAX_ROWS) return;
    const company = index.dataset.companies[c]!;
    rows.push({
      id: company.id,
      name: company.name,
      hq: company.hq,
      firstCaptured: note,
      provenance: company.provenance,
    });
  };
  if (view === 'companiesInScope' || view === 'companiesInScopeStopped') {
    const ids = new Set(measures.map((i) => result.measures[i]!.policyId));
    const parts = standingsOn(index, spec, lastDayOf(q)).filter((p) => ids.has(p.policyId));
    const need = view === 'companiesInScope' ? STANDING.inScope : STANDING.stopped;
    for (let c = 0; c < index.companies.count; c++) {
      let best = 0;
      for (const p of parts) best = Math.max(best, p.codes[c]!);
      if (best >= need) add(c, best === STANDING.stopped ? 'would be stopped' : 'in scope');
    }
    rows.sort((a, b) => a.firstCaptured.localeCompare(b.firstCaptured) || a.name.localeCompare(b.name));
    return { rows, total };
  }
  const quarters = capturedQuarters(index, result, measures, view, q);
  const first = ordinalOf(result.quarters[0]!);
  quarters.forEach((f, c) => {
    if (f >= 0 && f <= q) add(c, result.quarters[f - first] ?? '');
  });
  rows.sort((a, b) => a.firstCaptured.localeCompare(b.firstCaptured) || a.name.localeCompare(b.name));
  return { rows, total };
}
