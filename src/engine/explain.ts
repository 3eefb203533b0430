/**
 * Explanations on demand (never in the hot loop): why one deal got its outcome under each measure, and, for a
 * company, when each measure first captured it, by which tests, and the smallest one-parameter change that
 * would release it (each candidate is checked by re-running the measure).
 */
import type { DatasetIndex } from './dataset/index-dataset';
import type { Provenance } from './dataset/schema';
import { type DayNumber, dayOf, isoOf } from './dates';
import { CAPTURED_MIN_CODE, OUTCOME_OF_CODE, type Outcome } from './outcomes';
import type { Finding, ParamChange, PolicyInstance } from './policy';
import { ordinalOfDay, type Quarter, quarterOf } from './quarter';
import { type PreparedMeasure, prepareMeasures, type RunSpec } from './run';
import { statusOn } from './timeline';

export interface MeasureExplanation {
  readonly policyId: string;
  readonly title: string;
  readonly outcome: Outcome | null;
  readonly findings: Finding[];
}

export interface TransactionExplanation {
  readonly id: string;
  readonly kind: string;
  readonly date: string;
  readonly companyId: string | null;
  /** The combined outcome: the most severe across measures. */
  readonly outcome: Outcome | null;
  readonly measures: MeasureExplanation[];
}

export interface CompanyMeasureExplanation {
  readonly policyId: string;
  readonly title: string;
  /** Quarter of the first captured deal, or null. */
  readonly firstCaptured: Quarter | null;
  /** The deal behind the first capture and its outcome. */
  readonly firstDeal: { readonly id: string; readonly date: string; readonly outcome: Outcome } | null;
  /** The tests met at the first capture (the deciding facts). */
  readonly deciding: Finding[];
  /** Status tests on `asOf` (or the last day of the horizon), with or without a deal. */
  readonly status: Finding[];
  readonly capturedDeals: number;
  /** One-parameter changes verified to release the company from this measure (none captured). */
  readonly releases: ParamChange[];
  /**
   * The company's standing on `asOf`: the outcome a new covered deal with it would get (the measure's scope
   * status), or "out-of-scope".
   */
  readonly standing: Outcome | 'out-of-scope';
}

/** Chips a company was seen using (a `hardware-in-use` record): evidence, never a purchase a measure counts. */
export interface ChipInUse {
  readonly id: string;
  readonly date: string;
  readonly chip: { readonly id: string; readonly name: string };
  readonly units: number | null;
  /** The models the evidence rests on. */
  readonly models: readonly { readonly id: string; readonly name: string }[];
  readonly notes?: string;
  readonly source: Provenance;
}

export interface CompanyExplanation {
  readonly id: string;
  readonly name: string;
  /** The day the status findings and standings are read on: the dataset's as-of date, within the horizon. */
  readonly asOf: string;
  readonly measures: CompanyMeasureExplanation[];
  /** Chips seen in use by the company, in date order: evidence shown beside the measures, not deals. */
  readonly chipsInUse: ChipInUse[];
}

/** The outcome a new covered deal with company c would get on a day under a prepared measure, or out of scope. */
function standingOf(measure: PreparedMeasure, c: number, day: DayNumber): Outcome | 'out-of-scope' {
  const scope = measure.prepared.scope;
  if (scope) return outcomeOf(statusOn(scope, c, day)) ?? 'out-of-scope';
  return measure.prepared.inScope(c, day) ? (measure.template.outcomes[0] ?? 'out-of-scope') : 'out-of-scope';
}

function outcomeOf(code: number): Outcome | null {
  return OUTCOME_OF_CODE[code] ?? null;
}

/** Explain one transaction under every enabled measure, or return null if the id is unknown. */
export function explainTransaction(
  index: DatasetIndex,
  spec: RunSpec,
  id: string,
): TransactionExplanation | null {
  return makeExplainer(index, spec).transaction(id);
}

/**
 * Prepare the measures once and explain many transactions (e.g. every row of a drill-down table). Outcomes are
 * evaluated lazily, once per measure.
 */
export function makeExplainer(index: DatasetIndex, spec: RunSpec) {
  const measures = prepareMeasures(index, spec);
  let codes: Uint8Array[] | null = null;
  const outcomes = () => {
    codes ??= measures.map((m) => {
      const out = new Uint8Array(index.tx.count);
      m.prepared.evaluate(out);
      return out;
    });
    return codes;
  };
  return {
    transaction(id: string): TransactionExplanation | null {
      const t = index.tx.byId.get(id);
      if (t === undefined) return null;
      const record = index.dataset.transactions[index.tx.source[t]!]!;
      let combined = 0;
      const parts = measures.map((m, i) => {
        const code = outcomes()[i]![t]!;
        combined = Math.max(combined, code);
        return {
          policyId: m.instance.id,
          title: m.instance.title,
          outcome: outcomeOf(code),
          findings: m.prepared.explainTransaction(t),
        };
      });
      return {
        id,
        kind: record.kind,
        date: record.date,
        companyId: record.companyId,
        outcome: outcomeOf(combined),
        measures: parts,
      };
    },
  };
}

/** Return the positions of a company's transactions, in date order. */
function transactionsOf(index: DatasetIndex, company: number): Int32Array {
  const out: number[] = [];
  for (let t = 0; t < index.tx.count; t++) if (index.tx.company[t] === company) out.push(t);
  return Int32Array.from(out);
}

/** Return a company's deals captured by a measure (evaluating those deals alone), in date order. */
function capturedTransactions(
  index: DatasetIndex,
  measure: PreparedMeasure,
  positions: Int32Array,
): { t: number; code: number }[] {
  const codes = new Uint8Array(index.tx.count);
  measure.prepared.evaluate(codes, positions);
  const out: { t: number; code: number }[] = [];
  for (const t of positions) if (codes[t]! >= CAPTURED_MIN_CODE) out.push({ t, code: codes[t]! });
  return out;
}

function withChange(spec: RunSpec, policyId: string, change: ParamChange): RunSpec {
  return {
    ...spec,
    policies: spec.policies.map((p): PolicyInstance => {
      if (p.id !== policyId) return p;
      if (change.param === 'effectiveFrom') return { ...p, effectiveFrom: String(change.to) };
      return { ...p, params: { ...p.params, [change.param]: change.to } };
    }),
  };
}

function releases(
  index: DatasetIndex,
  spec: RunSpec,
  measure: PreparedMeasure,
  company: number,
  positions: Int32Array,
  lastDay: DayNumber,
): ParamChange[] {
  const candidates: ParamChange[] = [
    ...measure.prepared.releaseCandidates(company),
    {
      param: 'effectiveFrom',
      from: measure.instance.effectiveFrom,
      to: isoOf(lastDay + 1),
      note: 'start after the last captured deal',
    },
  ];
  return candidates.filter((change) => {
    const changed = prepareMeasures(
      index,
      withChange(spec, measure.instance.id, change),
      (p) => p.id === measure.instance.id,
    )[0];
    return changed !== undefined && capturedTransactions(index, changed, positions).length === 0;
  });
}

/** Explain a company under every enabled measure, or return null if the id is unknown. */
export function explainCompany(index: DatasetIndex, spec: RunSpec, id: string): CompanyExplanation | null {
  const c = index.companies.byId.get(id);
  if (c === undefined) return null;
  const statusDay = Math.min(index.asOfDay, dayOf(`${spec.horizon.to.slice(0, 4)}-12-31`));
  const positions = transactionsOf(index, c);
  const measures = prepareMeasures(index, spec).map((m): CompanyMeasureExplanation => {
    const captured = capturedTransactions(index, m, positions);
    const firstHit = captured[0];
    const lastHit = captured[captured.length - 1];
    return {
      policyId: m.instance.id,
      title: m.instance.title,
      firstCaptured: firstHit ? quarterOf(ordinalOfDay(index.tx.day[firstHit.t]!)) : null,
      firstDeal: firstHit
        ? {
            id: index.tx.ids[firstHit.t]!,
            date: isoOf(index.tx.day[firstHit.t]!),
            outcome: outcomeOf(firstHit.code)!,
          }
        : null,
      deciding: firstHit ? m.prepared.explainTransaction(firstHit.t).filter((f) => f.met && f.outcome) : [],
      status: m.prepared.explainCompany(c, statusDay),
      capturedDeals: captured.length,
      releases: lastHit ? releases(index, spec, m, c, positions, index.tx.day[lastHit.t]!) : [],
      standing: standingOf(m, c, statusDay),
    };
  });
  return {
    id,
    name: index.dataset.companies[c]!.name,
    asOf: isoOf(statusDay),
    measures,
    chipsInUse: chipsInUseOf(index, positions),
  };
}

/** The hardware-in-use records among a company's transactions (positions in date order). */
function chipsInUseOf(index: DatasetIndex, positions: Int32Array): ChipInUse[] {
  const chips = new Map(index.dataset.chips.map((chip) => [chip.id, chip.name]));
  const models = new Map(index.dataset.models.map((m) => [m.id, m.name]));
  const out: ChipInUse[] = [];
  for (const t of positions) {
    const record = index.dataset.transactions[index.tx.source[t]!];
    if (record?.kind !== 'hardware-in-use') continue;
    out.push({
      id: record.id,
      date: record.date,
      chip: { id: record.chipId, name: chips.get(record.chipId) ?? record.chipId },
      units: record.units,
      models: (record.modelIds ?? []).map((m) => ({ id: m, name: models.get(m) ?? m })),
      ...(record.notes ? { notes: record.notes } : {}),
      source: record.provenance,
    });
  }
  return out;
}
