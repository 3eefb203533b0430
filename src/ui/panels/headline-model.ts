/**
 * The headline numbers, in one place: for each measure and all combined, the yard — the companies inside the
 * fence at the data's as-of quarter, and among them those whose deals would be stopped or only reported — beside
 * the companies and deals actually captured; each with its change against a baseline (the preset the scenario
 * started from, or the compare scenario) and, where a number cannot move with a lever while the yard does, a
 * line saying why. The summary cards, the compare summary and its text, the brief and the CSV exports all read
 * these rows.
 */
import type { ResultSummary, Series } from '../../engine';
import { formatCount } from '../format';
import { ENGLISH_HEADLINE_WORDS, type HeadlineWords } from './headline-words';

/** Which headline a row is (also the suffix of the cards' test ids: `summary-<card>-<key>`). */
export type HeadlineKey =
  | 'in-scope'
  | 'in-scope-stopped'
  | 'in-scope-reported'
  | 'companies'
  | 'stopped'
  | 'deals'
  | 'horizon'
  | 'horizon-stopped'
  | 'horizon-deals';

export interface HeadlineRow {
  readonly key: HeadlineKey;
  /** As the card shows it, under its heading row: "Companies in scope at 2026Q3", "whose deals would be stopped". */
  readonly label: string;
  /** On its own, for text: "Companies in scope at 2026Q3 whose deals would be stopped". */
  readonly long: string;
  readonly value: number;
  /** The baseline's value (null without a baseline). */
  readonly baseline: number | null;
  /** value − baseline (null without a baseline). */
  readonly delta: number | null;
  /** Why this number did not move while the yard did (null otherwise). */
  readonly note: string | null;
  /** The yard (who is inside the fence) rather than what was captured. */
  readonly yard: boolean;
}

/** One card: a measure, or all measures combined. */
export interface HeadlineCard {
  /** A measure's id, or 'combined'. */
  readonly id: string;
  readonly title: string;
  readonly rows: readonly HeadlineRow[];
  /** True when the baseline has no such measure (its numbers count as 0 there). */
  readonly newInBaseline: boolean;
}

/** What the deltas are against. */
export type BaselineKind = 'preset' | 'compare';

function sumTo(values: readonly number[], end: number): number {
  let total = 0;
  for (let q = 0; q <= end && q < values.length; q++) total += values[q]!;
  return total;
}

/** The quarter of `baseline` that matches quarter `quarter` of the scenario (its last if its horizon is shorter). */
function quarterIn(result: ResultSummary, quarter: string | undefined): number {
  const q = quarter === undefined ? -1 : result.quarters.indexOf(quarter as never);
  return q >= 0 ? q : result.quarters.length - 1;
}

interface Values {
  readonly inScope: number;
  readonly inScopeStopped: number;
  readonly companies: number;
  readonly stopped: number;
  readonly deals: number;
  readonly horizon: number;
  readonly horizonStopped: number;
  readonly horizonDeals: number;
}

function valuesOf(series: Series, asOf: number, end: number): Values {
  const at = (values: readonly number[], q: number) => values[q] ?? 0;
  return {
    inScope: at(series.companiesInScope, asOf),
    inScopeStopped: at(series.companiesInScopeStopped, asOf),
    companies: at(series.companiesCumulative, asOf),
    stopped: at(series.companiesStoppedCumulative, asOf),
    deals: sumTo(series.deals, asOf),
    horizon: at(series.companiesCumulative, end),
    horizonStopped: at(series.companiesStoppedCumulative, end),
    horizonDeals: sumTo(series.deals, end),
  };
}

const ZERO: Values = {
  inScope: 0,
  inScopeStopped: 0,
  companies: 0,
  stopped: 0,
  deals: 0,
  horizon: 0,
  horizonStopped: 0,
  horizonDeals: 0,
};

/**
 * The rows of one card. `baseline` holds the baseline's values at the same quarters (ZERO where it lacks the
 * measure), or null.
 */
function rowsOf(
  v: Values,
  b: Values | null,
  asOfQ: string,
  endQ: string,
  words: HeadlineWords,
): HeadlineRow[] {
  const { t } = words;
  const at = { asOf: asOfQ, end: endQ };
  const row = (
    key: HeadlineKey,
    label: string,
    value: number,
    base: number | undefined,
    yard: boolean,
    long = label,
  ) => ({
    key,
    label,
    long,
    value,
    baseline: b ? (base ?? 0) : null,
    delta: b ? value - (base ?? 0) : null,
    note: null as string | null,
    yard,
  });
  const rows = [
    row('in-scope', t('inScope', at), v.inScope, b?.inScope, true),
    row(
      'in-scope-stopped',
      t('inScopeStopped'),
      v.inScopeStopped,
      b?.inScopeStopped,
      true,
      t('inScopeStoppedLong', at),
    ),
    row(
      'in-scope-reported',
      t('inScopeReported'),
      v.inScope - v.inScopeStopped,
      b ? b.inScope - b.inScopeStopped : undefined,
      true,
      t('inScopeReportedLong', at),
    ),
    row('companies', t('companies', at), v.companies, b?.companies, false),
    row('stopped', t('stopped', at), v.stopped, b?.stopped, false),
    row('deals', t('deals', at), v.deals, b?.deals, false),
    row('horizon', t('horizon', at), v.horizon, b?.horizon, false),
    row('horizon-stopped', t('horizonStopped', at), v.horizonStopped, b?.horizonStopped, false),
    row('horizon-deals', t('horizonDeals', at), v.horizonDeals, b?.horizonDeals, false),
  ];
  // Where the yard moved but what was captured did not, one line says why (on the first captured number that
  // stayed): captured counts deals that happened, so a lever that moves who is inside the fence moves it only
  // when those companies take a deal.
  const yardMoved = rows.some((r) => r.yard && r.delta);
  const stayed = rows.find((r) => (r.key === 'companies' || r.key === 'stopped') && r.delta === 0);
  if (yardMoved && stayed) stayed.note = t(stayed.key === 'companies' ? 'noteCompanies' : 'noteStopped', at);
  return rows;
}

/**
 * The headline cards of a result: all measures combined (when there are two or more), then each measure; each
 * row with its change against `baseline` when given (read at the same quarters).
 */
export function headlines(
  result: ResultSummary,
  baseline?: ResultSummary | null,
  words: HeadlineWords = ENGLISH_HEADLINE_WORDS,
): HeadlineCard[] {
  const asOf = result.historyQuarters - 1;
  const end = result.quarters.length - 1;
  const asOfQ = result.quarters[asOf] ?? '—';
  const endQ = result.quarters[end] ?? '—';
  const baseValues = (series: Series | null): Values | null => {
    if (!baseline) return null;
    if (!series) return ZERO;
    return valuesOf(series, quarterIn(baseline, asOfQ), quarterIn(baseline, endQ));
  };
  const cards: HeadlineCard[] = [];
  if (result.measures.length > 1)
    cards.push({
      id: 'combined',
      title: words.t('combined'),
      rows: rowsOf(
        valuesOf(result.combined, asOf, end),
        baseValues(baseline?.combined ?? null),
        asOfQ,
        endQ,
        words,
      ),
      newInBaseline: false,
    });
  for (const m of result.measures) {
    const before = baseline?.measures.find((b) => b.policyId === m.policyId) ?? null;
    cards.push({
      id: m.policyId,
      title: m.title,
      rows: rowsOf(valuesOf(m.series, asOf, end), baseValues(before?.series ?? null), asOfQ, endQ, words),
      newInBaseline: !!baseline && !before,
    });
  }
  return cards;
}

/** A row by key (every card has every key). */
export function rowOf(card: HeadlineCard, key: HeadlineKey): HeadlineRow {
  return card.rows.find((r) => r.key === key)!;
}

/** "+17", "−3" ("−" is a minus sign), or "no change". */
export function signed(delta: number, words: HeadlineWords = ENGLISH_HEADLINE_WORDS): string {
  if (delta === 0) return words.t('noChange');
  return `${delta > 0 ? '+' : '−'}${words.count(Math.abs(delta))}`;
}

/** "+17 vs preset", "−3 vs compare", or null when there is no baseline or no change. */
export function deltaText(
  row: HeadlineRow,
  against: BaselineKind,
  words: HeadlineWords = ENGLISH_HEADLINE_WORDS,
): string | null {
  return row.delta ? words.t('delta', { signed: signed(row.delta, words), against }) : null;
}

/** "Companies in scope at 2026Q3: 62 → 64 (+2)", or "…: 62 (no change)"; without a baseline "…: 62". */
export function rowText(row: HeadlineRow): string {
  const label = row.long;
  const value = formatCount(row.value);
  if (row.delta === null || row.baseline === null) return `${label}: ${value}`;
  const values = row.delta === 0 ? value : `${formatCount(row.baseline)} → ${value}`;
  return `${label}: ${values} (${signed(row.delta)})`;
}

/** The headline lines of one card for a text export (CSV header, copied text): every row, one line each. */
export function cardLines(card: HeadlineCard): string[] {
  return card.rows.map((r) => `${card.title} — ${rowText(r)}`);
}

/** One headline number that differs between a baseline and the scenario. */
export interface HeadlineChange {
  /** The card: "All measures combined" or a measure's title. */
  readonly card: string;
  readonly key: HeadlineKey;
  readonly label: string;
  readonly yard: boolean;
  readonly delta: number;
  /** "21 → 42". */
  readonly values: string;
  /** "+21". */
  readonly signed: string;
  /** The measure is in the baseline only. */
  readonly gone: boolean;
  /** "All measures combined — Companies in scope at 2026Q3 whose deals would be stopped: 21 → 42 (+21)". */
  readonly text: string;
}

/**
 * Every headline number that changed from `baseline` to `result`, card by card (combined first), the yard
 * first within each card. Measures only in the baseline are listed as gone.
 */
export function headlineChangeList(
  result: ResultSummary,
  baseline: ResultSummary,
  words: HeadlineWords = ENGLISH_HEADLINE_WORDS,
): HeadlineChange[] {
  const cards = headlines(result, baseline, words);
  const out: HeadlineChange[] = [];
  for (const card of cards)
    for (const r of card.rows) {
      if (!r.delta || r.baseline === null) continue;
      out.push({
        card: card.title,
        key: r.key,
        label: r.long,
        yard: r.yard,
        delta: r.delta,
        values: `${words.count(r.baseline)} → ${words.count(r.value)}`,
        signed: signed(r.delta, words),
        gone: false,
        text: `${card.title} — ${rowText(r)}`,
      });
    }
  for (const m of baseline.measures)
    if (!result.measures.some((x) => x.policyId === m.policyId)) {
      const gone = headlines({ ...baseline, measures: [m] }, null, words)[0]!;
      for (const r of gone.rows)
        if (r.value)
          out.push({
            card: m.title,
            key: r.key,
            label: r.long,
            yard: r.yard,
            delta: -r.value,
            values: `${words.count(r.value)} → 0`,
            signed: signed(-r.value, words),
            gone: true,
            text: `${m.title} (not in this scenario) — ${r.long}: ${formatCount(r.value)} → 0 (${signed(-r.value)})`,
          });
    }
  return out;
}
