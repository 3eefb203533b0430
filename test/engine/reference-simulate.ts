/**
 * A deliberately straightforward reference implementation of `simulate`, written from DESIGN §3–§4 and the
 * measures' worked examples, not from the engine's code. It works on the plain dataset objects: no columnar
 * index, no typed-array columns, no precomputed per-company facts, no timelines. For every transaction and
 * measure it evaluates the rule text directly; for every company, quarter end and measure it evaluates the
 * scope test directly. It is slow on purpose, and only used by tests (fast-vs-reference.test.ts) to check that
 * the engine's fast path gives the same `SimulationResult`, number for number. Each measure's rule is its own
 * reference (`policies/<measure>.reference.ts`, listed in `policies/references.ts`); this file is the run.
 *
 * Where the rule text leaves a choice, the reference takes the reading documented for the engine:
 * - a company "develops AI" if its sectors include `ai` or it has any model in the dataset;
 * - a company's HQ on a day is its HQ after every relocation dated on or before that day; without an explicit
 *   ownership table it is owned wholly from that HQ;
 * - an unattributed chip purchase or model-access flow (no company, e.g. smuggling) counts as bound for the
 *   target countries; an unattributed investment is not covered (there is no covered foreign person);
 * - the look-ahead counts a model released on or before the deal date plus N calendar months;
 * - a detected distillation flow lists its company on the Entity List from the flow's date;
 * - a "latest valuation" is the last one dated on or before the day (in dataset order among equal dates);
 * - unknown amounts, units and exchanges are left out of sums and counted apart where the series says so.
 */
import {
  type Company,
  type Dataset,
  DEAL_KINDS,
  type DealKind,
  OUTCOME_CODE,
  OUTCOMES,
  type Outcome,
  type Overlap,
  type PolicyInstance,
  type RunSpec,
  resolveParams,
  type Series,
  type SimulationResult,
  type Transaction,
  type TransactionKind,
  templateOf,
} from '../../src/engine';
import { referenceOf } from './policies/references';
import {
  inWindow,
  labelOf,
  ordinalOfLabel,
  type Params,
  quarterEnd,
  quarterOrdinal,
  type World,
} from './reference-world';

/** Whether a company is in scope of a measure on a day, with or without a deal. */
function inScope(world: World, policy: PolicyInstance, p: Params, company: Company, date: string): boolean {
  return inWindow(policy, date) && referenceOf(policy.template).inScope(world, policy, p, company, date);
}

/** Whether a company is in the stopped tier of a measure's scope on a day (a covered deal would be stopped). */
function inStoppedScope(
  world: World,
  policy: PolicyInstance,
  p: Params,
  company: Company,
  date: string,
): boolean {
  const reference = referenceOf(policy.template);
  return (
    inScope(world, policy, p, company, date) && (reference.inStoppedScope?.(world, p, company, date) ?? false)
  );
}

// ---- The run, from DESIGN §4 ----

function emptySeries(n: number): Series {
  const zeros = () => new Array<number>(n).fill(0);
  return {
    deals: zeros(),
    dealsUsd: zeros(),
    dealsUsdUnknown: zeros(),
    byOutcome: Object.fromEntries(OUTCOMES.map((o) => [o, zeros()])) as Record<Outcome, number[]>,
    byOutcomeUsd: Object.fromEntries(OUTCOMES.map((o) => [o, zeros()])) as Record<Outcome, number[]>,
    byKind: Object.fromEntries(DEAL_KINDS.map((k) => [k, zeros()])) as Record<DealKind, number[]>,
    units: zeros(),
    exchanges: zeros(),
    relevantDeals: zeros(),
    companies: zeros(),
    companiesCumulative: zeros(),
    companiesStopped: zeros(),
    companiesStoppedCumulative: zeros(),
    companiesInScope: zeros(),
    companiesInScopeStopped: zeros(),
  };
}

const STOPPED: readonly Outcome[] = ['prohibited', 'denied', 'blocked'];

/** Fill a series from each transaction's outcome (transactions in date-then-id order). */
function fillSeries(
  series: Series,
  transactions: readonly Transaction[],
  outcomes: readonly (Outcome | null)[],
  kinds: readonly TransactionKind[],
  ordinals: readonly number[],
): number[] {
  const n = ordinals.length;
  const first = ordinals[0] ?? 0;
  const firstCaptured = new Map<string, number>();
  const firstStopped = new Map<string, number>();
  for (let q = 0; q < n; q++) {
    const captured = new Set<string>();
    const stopped = new Set<string>();
    transactions.forEach((t, i) => {
      if (quarterOrdinal(t.date) !== first + q) return;
      if (kinds.includes(t.kind)) series.relevantDeals[q]!++;
      const outcome = outcomes[i];
      if (!outcome) return;
      // Only deals get outcomes: chips seen in use (hardware-in-use) are evidence, never allowed or denied.
      if (t.kind === 'hardware-in-use')
        throw new Error(`a measure gave ${t.id} (hardware in use) an outcome`);
      const amount = t.kind === 'model-access' ? null : (t.amountUsd ?? null);
      series.byOutcome[outcome][q]!++;
      if (amount !== null) series.byOutcomeUsd[outcome][q]! += amount;
      if (outcome === 'excepted') return;
      series.deals[q]!++;
      if (amount !== null) series.dealsUsd[q]! += amount;
      else series.dealsUsdUnknown[q]!++;
      series.byKind[t.kind][q]!++;
      if (t.kind === 'chip-purchase' && t.units !== null) series.units[q]! += t.units;
      if (t.kind === 'model-access' && t.exchanges !== null) series.exchanges[q]! += t.exchanges;
      if (t.companyId === null) return;
      captured.add(t.companyId);
      if (!firstCaptured.has(t.companyId)) firstCaptured.set(t.companyId, first + q);
      if (STOPPED.includes(outcome)) {
        stopped.add(t.companyId);
        if (!firstStopped.has(t.companyId)) firstStopped.set(t.companyId, first + q);
      }
    });
    series.companies[q] = captured.size;
    series.companiesStopped[q] = stopped.size;
    series.companiesCumulative[q] = [...firstCaptured.values()].filter((f) => f <= first + q).length;
    series.companiesStoppedCumulative[q] = [...firstStopped.values()].filter((f) => f <= first + q).length;
  }
  return [...firstCaptured.values()];
}

/** Run a scenario the slow, obvious way. */
export function referenceSimulate(dataset: Dataset, spec: RunSpec): SimulationResult {
  const first = ordinalOfLabel(spec.horizon.from);
  const n = Math.max(0, ordinalOfLabel(spec.horizon.to) - first + 1);
  const ordinals = Array.from({ length: n }, (_, q) => first + q);
  const transactions = [...dataset.transactions].sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const policies = spec.policies
    .filter((p) => p.enabled)
    .map((policy) => ({
      policy,
      params: resolveParams(templateOf(policy.template)!, policy.params) as Params,
      reference: referenceOf(policy.template),
    }));

  // Listings derived before any measure evaluates (e.g. distillation's listOnDetection): the earliest listing date.
  const base: World = {
    dataset,
    company: new Map(dataset.companies.map((c) => [c.id, c])),
    chip: new Map(dataset.chips.map((c) => [c.id, c])),
    derivedEntityList: new Map(),
  };
  const derived = new Map<string, string>();
  for (const { policy, params, reference } of policies) {
    if (!reference.lists) continue;
    for (const t of transactions) {
      if (t.companyId === null || !reference.lists(base, policy, params, t, spec.seed)) continue;
      const prior = derived.get(t.companyId);
      if (prior === undefined || t.date < prior) derived.set(t.companyId, t.date);
    }
  }
  const world: World = { ...base, derivedEntityList: derived };

  const outcomes = policies.map(({ policy, params, reference }) =>
    transactions.map((t) => reference.outcome(world, policy, params, t, spec.seed)),
  );
  const combinedOutcomes = transactions.map((_, i) => {
    let best: Outcome | null = null;
    for (const o of outcomes) {
      const outcome = o[i];
      if (outcome && (!best || OUTCOME_CODE[outcome] > OUTCOME_CODE[best])) best = outcome;
    }
    return best;
  });

  // Per-deal amounts of every deal a measure gives an outcome, summed per quarter.
  const dealAmounts = policies.map(({ params, reference }, m) =>
    transactions.map(
      (t, i): Record<string, number> =>
        reference.amounts && outcomes[m]![i] ? reference.amounts(params, t) : {},
    ),
  );
  const sumAmounts = (m: number, keep: (i: number) => boolean): Record<string, number[]> => {
    const out: Record<string, number[]> = {};
    transactions.forEach((t, i) => {
      const q = quarterOrdinal(t.date) - first;
      if (q < 0 || q >= n || !keep(i)) return;
      for (const [key, v] of Object.entries(dealAmounts[m]![i]!)) {
        out[key] ??= new Array<number>(n).fill(0);
        if (!Number.isNaN(v)) out[key]![q]! += v;
      }
    });
    return out;
  };
  const zeroChannels = (channels: readonly string[] = []) =>
    Object.fromEntries(channels.map((c) => [c, new Array<number>(n).fill(0)]));
  const measureAmounts = policies.map(({ reference }, m) => ({
    ...zeroChannels(reference.channels),
    ...sumAmounts(m, () => true),
  }));
  const combinedAmounts: Record<string, number[]> = {};
  policies.forEach((_, m) => {
    const sums = sumAmounts(m, (i) => !STOPPED.includes(combinedOutcomes[i]!));
    for (const key of Object.keys(measureAmounts[m]!)) {
      combinedAmounts[key] ??= new Array<number>(n).fill(0);
      for (let q = 0; q < n; q++) combinedAmounts[key]![q]! += sums[key]?.[q] ?? 0;
    }
  });

  const measures = policies.map(({ policy, params, reference }, m) => {
    const series = emptySeries(n);
    fillSeries(series, transactions, outcomes[m]!, reference.kinds, ordinals);
    ordinals.forEach((q, i) => {
      series.companiesInScope[i] = dataset.companies.filter((c) =>
        inScope(world, policy, params, c, quarterEnd(q)),
      ).length;
      series.companiesInScopeStopped[i] = dataset.companies.filter((c) =>
        inStoppedScope(world, policy, params, c, quarterEnd(q)),
      ).length;
    });
    return {
      policyId: policy.id,
      template: policy.template,
      title: policy.title,
      jurisdiction: policy.jurisdiction,
      series,
      extra: reference.extra?.(world, params, ordinals) ?? {},
      amounts: measureAmounts[m]!,
    };
  });
  const combined = emptySeries(n);
  fillSeries(combined, transactions, combinedOutcomes, DEAL_KINDS, ordinals);
  ordinals.forEach((q, i) => {
    combined.companiesInScope[i] = dataset.companies.filter((c) =>
      policies.some(({ policy, params }) => inScope(world, policy, params, c, quarterEnd(q))),
    ).length;
    combined.companiesInScopeStopped[i] = dataset.companies.filter((c) =>
      policies.some(({ policy, params }) => inStoppedScope(world, policy, params, c, quarterEnd(q))),
    ).length;
  });

  // Overlaps: deals and companies caught by exactly each set of measures (over every transaction).
  const captured = (o: Outcome | null | undefined) => !!o && o !== 'excepted';
  const setOf = (i: number) =>
    policies
      .map((_, m) => captured(outcomes[m]![i]))
      .map(Number)
      .join('');
  const overlaps: Overlap[] = [];
  if (policies.length > 0) {
    const sets = new Set<string>();
    const companySets = dataset.companies.map((c) => {
      const hit = policies.map((_, m) =>
        transactions.some((t, i) => t.companyId === c.id && captured(outcomes[m]![i])),
      );
      return hit.map(Number).join('');
    });
    for (let i = 0; i < transactions.length; i++) sets.add(setOf(i));
    for (const s of companySets) sets.add(s);
    const all = policies.length <= 8;
    for (let mask = 1; mask < 2 ** policies.length; mask++) {
      const set = policies.map((_, m) => String((mask >> m) & 1)).join('');
      if (!all && !sets.has(set)) continue;
      const inSet = transactions.flatMap((_, i) => (setOf(i) === set ? [i] : []));
      // With any measure reporting amounts: the sums of those deals' amounts, every channel listed.
      const channels = policies.flatMap(({ reference }) => reference.channels ?? []);
      const amounts = Object.fromEntries(channels.map((c) => [c, 0]));
      for (const i of inSet)
        for (let m = 0; m < policies.length; m++)
          for (const [key, v] of Object.entries(dealAmounts[m]![i]!))
            if (!Number.isNaN(v)) amounts[key]! += v;
      overlaps.push({
        measures: policies.filter((_, m) => set[m] === '1').map(({ policy }) => policy.id),
        deals: inSet.length,
        companies: companySets.filter((s) => s === set).length,
        ...(channels.length > 0 ? { amounts } : {}),
      });
    }
  }

  const code = (o: Outcome | null | undefined) => (o ? OUTCOME_CODE[o] : 0);
  const asOfOrdinal = quarterOrdinal(dataset.asOf);
  return {
    quarters: ordinals.map(labelOf),
    asOf: dataset.asOf,
    historyQuarters: Math.max(0, Math.min(n, asOfOrdinal - first + 1)),
    measures,
    combined,
    amounts: combinedAmounts,
    overlaps,
    detail: {
      outcomes: outcomes.map((o) => Uint8Array.from(o, code)),
      combined: Uint8Array.from(combinedOutcomes, code),
      firstCaptured: outcomes.map((o) =>
        Int32Array.from(dataset.companies, (c) => {
          const i = transactions.findIndex(
            (t, j) =>
              t.companyId === c.id &&
              captured(o[j]) &&
              quarterOrdinal(t.date) >= first &&
              quarterOrdinal(t.date) < first + n,
          );
          return i < 0 ? -1 : quarterOrdinal(transactions[i]!.date);
        }),
      ),
      amounts: policies.map(({ reference }, m) =>
        Object.fromEntries(
          (reference.channels ?? []).map((c) => [
            c,
            Float64Array.from(transactions, (_, i) => dealAmounts[m]![i]![c] ?? 0),
          ]),
        ),
      ),
      // Standing at the end of the as-of quarter (clamped to the horizon): 2 stopped, 1 in scope, 0 out.
      standing: policies.map(({ policy, params }) => {
        const q = ordinals[Math.max(0, Math.min(n - 1, asOfOrdinal - first))]!;
        return Uint8Array.from(dataset.companies, (c) =>
          inStoppedScope(world, policy, params, c, quarterEnd(q))
            ? 2
            : inScope(world, policy, params, c, quarterEnd(q))
              ? 1
              : 0,
        );
      }),
    },
  };
}
