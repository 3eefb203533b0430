/**
 * Evaluate a lesson metric on a run: the step's scenario, the index it ran on and the result. Pure; reads only
 * the engine's public result, the dataset the index holds, and the scenario — the same numbers the charts show.
 */
import {
  CAPTURED_MIN_CODE,
  chipTests,
  type DatasetIndex,
  type DealKind,
  dayOf,
  type ExportControlsParams,
  fail,
  isControlled,
  isoOf,
  lastDayOf,
  OUTCOME_CODE,
  type Outcome,
  ok,
  ordinalOf,
  type Quarter,
  type Result,
  type Series,
  type SimulationResult,
} from '../engine';
import type { Scenario } from '../scenario/schema';
import type { BaseMetric, Metric, TimeRef } from './schema';

/** One scenario run on one index: what a metric reads. */
export interface LessonRun {
  readonly scenario: Scenario;
  readonly index: DatasetIndex;
  readonly result: SimulationResult;
}

/** Return the position of a time reference among the result's quarters. */
function quarterIndex(result: SimulationResult, ref: TimeRef): Result<number> {
  if (ref === 'as-of') return ok(result.historyQuarters - 1);
  if (ref === 'end') return ok(result.quarters.length - 1);
  const q = result.quarters.indexOf(ref as Quarter);
  return q >= 0
    ? ok(q)
    : fail([
        {
          path: 'metric',
          message: `${ref} is outside the horizon ${result.quarters[0]}–${result.quarters.at(-1)}`,
        },
      ]);
}

/** Return the last day a time reference covers: the as-of day itself, or a quarter's last day. */
function lastDay(run: LessonRun, ref: TimeRef): Result<number> {
  if (ref === 'as-of') return ok(dayOf(run.index.dataset.asOf));
  const q = quarterIndex(run.result, ref);
  return q.ok ? ok(lastDayOf(ordinalOf(run.result.quarters[q.value]!))) : q;
}

function seriesOf(run: LessonRun, policy: string): Result<Series> {
  if (policy === 'combined') return ok(run.result.combined);
  const measure = run.result.measures.find((m) => m.policyId === policy);
  if (measure) return ok(measure.series);
  const off = run.scenario.policies.some((p) => p.id === policy);
  return fail([
    {
      path: 'metric.policy',
      message: off
        ? `measure ${JSON.stringify(policy)} is switched off`
        : `no measure ${JSON.stringify(policy)}`,
    },
  ]);
}

function valuesOf(series: Series, field: string): readonly number[] {
  if (field.startsWith('outcome:')) return series.byOutcome[field.slice(8) as Outcome];
  if (field.startsWith('kind:')) return series.byKind[field.slice(5) as DealKind];
  return series[field as keyof Series] as readonly number[];
}

function seriesMetric(run: LessonRun, m: Extract<BaseMetric, { kind: 'series' }>): Result<number> {
  const series = seriesOf(run, m.policy);
  if (!series.ok) return series;
  const values = valuesOf(series.value, m.field);
  if (m.at !== undefined) {
    const q = quarterIndex(run.result, m.at);
    return q.ok ? ok(values[q.value] ?? 0) : q;
  }
  const from = quarterIndex(run.result, m.from!);
  const to = quarterIndex(run.result, m.to!);
  if (!from.ok) return from;
  if (!to.ok) return to;
  let total = 0;
  for (let q = from.value; q <= to.value; q++) total += values[q] ?? 0;
  return ok(total);
}

function chipControlled(run: LessonRun, m: Extract<BaseMetric, { kind: 'chip-controlled' }>): Result<number> {
  const policy = run.scenario.policies.find((p) => p.id === m.policy);
  if (policy?.template !== 'export-controls')
    return fail([{ path: 'metric.policy', message: `no chip-control measure ${JSON.stringify(m.policy)}` }]);
  const chip = run.index.dataset.chips.find((c) => c.id === m.chip);
  if (!chip)
    return fail([{ path: 'metric.chip', message: `no chip ${JSON.stringify(m.chip)} in the dataset` }]);
  // The scenario's parameters are complete (the reader fills defaults), so they are the measure's own.
  return ok(isControlled(chip, chipTests(policy.params as unknown as ExportControlsParams)) ? 1 : 0);
}

function chipPurchases(run: LessonRun, m: Extract<BaseMetric, { kind: 'chip-purchases' }>): Result<number> {
  const from = quarterIndex(run.result, m.from);
  const to = quarterIndex(run.result, m.to);
  if (!from.ok) return from;
  if (!to.ok) return to;
  let codes: Uint8Array | null = null;
  if (m.policy !== undefined) {
    const at = run.result.measures.findIndex((x) => x.policyId === m.policy);
    if (m.policy !== 'combined' && at < 0) return seriesOf(run, m.policy) as Result<never>;
    codes = m.policy === 'combined' ? run.result.detail.combined : run.result.detail.outcomes[at]!;
  }
  const chips = new Set(m.chips);
  const first = ordinalOf(run.result.quarters[from.value]!);
  const last = ordinalOf(run.result.quarters[to.value]!);
  const want = m.outcome === undefined ? null : OUTCOME_CODE[m.outcome];
  const { tx, dataset } = run.index;
  let count = 0;
  for (let t = 0; t < tx.count; t++) {
    const record = dataset.transactions[tx.source[t]!]!;
    if (record.kind !== 'chip-purchase' || !chips.has(record.chipId)) continue;
    const ordinal = ordinalOf(quarterOfDate(record.date));
    if (ordinal < first || ordinal > last) continue;
    if (codes) {
      const code = codes[t]!;
      if (want === null ? code < CAPTURED_MIN_CODE : code !== want) continue;
    }
    count++;
  }
  return ok(count);
}

function chipsInUse(run: LessonRun, m: Extract<BaseMetric, { kind: 'chips-in-use' }>): Result<number> {
  const from = quarterIndex(run.result, m.from);
  const to = quarterIndex(run.result, m.to);
  if (!from.ok) return from;
  if (!to.ok) return to;
  const chips = new Set(m.chips);
  const first = ordinalOf(run.result.quarters[from.value]!);
  const last = ordinalOf(run.result.quarters[to.value]!);
  const companies = new Set<string>();
  let records = 0;
  for (const record of run.index.dataset.transactions) {
    if (record.kind !== 'hardware-in-use' || !chips.has(record.chipId)) continue;
    const ordinal = ordinalOf(quarterOfDate(record.date));
    if (ordinal < first || ordinal > last) continue;
    records++;
    if (record.companyId !== null) companies.add(record.companyId);
  }
  return ok(m.count === 'records' ? records : companies.size);
}

function quarterOfDate(date: string): Quarter {
  return `${date.slice(0, 4)}Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}` as Quarter;
}

function modelsAbove(run: LessonRun, m: Extract<BaseMetric, { kind: 'models-above' }>): Result<number> {
  let line: number;
  if (typeof m.line === 'number') line = m.line;
  else {
    const ref = m.line;
    const value = run.scenario.policies.find((p) => p.id === ref.policy)?.params[ref.param];
    if (typeof value !== 'number')
      return fail([
        { path: 'metric.line', message: `no number ${ref.param} on measure ${JSON.stringify(ref.policy)}` },
      ]);
    line = value;
  }
  const by = lastDay(run, m.by);
  if (!by.ok) return by;
  const last = isoOf(by.value);
  const companies = new Set<string>();
  let models = 0;
  for (const model of run.index.dataset.models) {
    // Strictly above, as the rule reads ("more than"); unknown compute never counts.
    if (model.trainingComputeFlop === null || !(model.trainingComputeFlop > line) || model.date > last)
      continue;
    if (m.imputed !== undefined && (m.imputed === 'only') !== (model.trainingComputeImputed === true))
      continue;
    models++;
    companies.add(model.companyId);
  }
  return ok(m.count === 'models' ? models : companies.size);
}

function overlap(run: LessonRun, m: Extract<BaseMetric, { kind: 'overlap' }>): Result<number> {
  for (const policy of m.measures) {
    const s = seriesOf(run, policy);
    if (!s.ok) return s as Result<never>;
  }
  const want = new Set(m.measures);
  const row = run.result.overlaps.find(
    (o) => o.measures.length === want.size && o.measures.every((id) => want.has(id)),
  );
  return ok(row ? row[m.count] : 0);
}

/** Evaluate a metric that reads one run. */
export function evaluateBase(run: LessonRun, metric: BaseMetric): Result<number> {
  switch (metric.kind) {
    case 'series':
      return seriesMetric(run, metric);
    case 'chip-controlled':
      return chipControlled(run, metric);
    case 'chip-purchases':
      return chipPurchases(run, metric);
    case 'chips-in-use':
      return chipsInUse(run, metric);
    case 'models-above':
      return modelsAbove(run, metric);
    case 'overlap':
      return overlap(run, metric);
  }
}

/** Evaluate any metric; `previous` is the previous step's run, which a `change` metric needs. */
export function evaluateMetric(run: LessonRun, metric: Metric, previous: LessonRun | null): Result<number> {
  if (metric.kind === 'difference') {
    const a = evaluateBase(run, metric.a);
    const b = evaluateBase(run, metric.b);
    if (!a.ok) return a;
    return b.ok ? ok(a.value - b.value) : b;
  }
  if (metric.kind === 'change') {
    if (!previous) return fail([{ path: 'metric', message: 'a "change" metric needs a previous step' }]);
    const now = evaluateBase(run, metric.of);
    const before = evaluateBase(previous, metric.of);
    if (!now.ok) return now;
    return before.ok ? ok(now.value - before.value) : before;
  }
  return evaluateBase(run, metric);
}
