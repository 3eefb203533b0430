/**
 * What the reference run (reference-simulate.ts) and the per-measure references (policies/<measure>.reference.ts)
 * share: dates on ISO strings, facts about companies on a day read from the plain dataset, and the shape of a
 * measure's reference. Written from the rule texts (docs/SOURCES.md), not from the engine's code.
 */
import {
  addMonths,
  type Chip,
  type Company,
  type Dataset,
  dayOf,
  isoOf,
  type Model,
  type Outcome,
  type PolicyInstance,
  type Quarter,
  type Transaction,
  type TransactionKind,
} from '../../src/engine';

// ---- Dates and quarters, on ISO strings ----

/** Quarter ordinal (year * 4 + quarter - 1) of an ISO date. */
export function quarterOrdinal(date: string): number {
  return Number(date.slice(0, 4)) * 4 + Math.floor((Number(date.slice(5, 7)) - 1) / 3);
}
export function ordinalOfLabel(label: Quarter): number {
  return Number(label.slice(0, 4)) * 4 + Number(label.slice(5)) - 1;
}
export function labelOf(ordinal: number): Quarter {
  const year = Math.floor(ordinal / 4);
  return `${year}Q${(ordinal - year * 4 + 1) as 1 | 2 | 3 | 4}`;
}
/** The last day of a quarter, as an ISO date. */
export function quarterEnd(ordinal: number): string {
  const year = Math.floor(ordinal / 4);
  return `${year}-${['03-31', '06-30', '09-30', '12-31'][ordinal - year * 4]}`;
}
/** Calendar months after a date (clamped to the month's last day). */
export function monthsAfter(date: string, months: number): string {
  return isoOf(addMonths(dayOf(date), months));
}

// ---- Facts about companies on a day ----

export interface World {
  readonly dataset: Dataset;
  readonly company: ReadonlyMap<string, Company>;
  readonly chip: ReadonlyMap<string, Chip>;
  /** Entity-List dates derived by measures (earliest detected distillation flow per company). */
  readonly derivedEntityList: ReadonlyMap<string, string>;
}

export function hqOn(company: Company, date: string): string {
  let hq = company.hq;
  const moves = [...(company.relocations ?? [])].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  for (const move of moves) if (move.date <= date) hq = move.hq;
  return hq;
}

export function ownershipShare(company: Company, date: string, countries: readonly string[]): number {
  const table = company.ownership ?? { [hqOn(company, date)]: 1 };
  let share = 0;
  for (const [country, s] of Object.entries(table)) if (countries.includes(country)) share += s;
  return share;
}

export function onList(world: World, company: Company, lists: readonly string[], date: string): boolean {
  for (const l of company.listings ?? []) {
    if (lists.includes(l.list) && l.from <= date && (l.to === undefined || date <= l.to)) return true;
  }
  const derived = world.derivedEntityList.get(company.id);
  return lists.includes('entity-list') && derived !== undefined && derived <= date;
}

export function modelsOf(world: World, company: Company): Model[] {
  return world.dataset.models.filter((m) => m.companyId === company.id);
}

/** Say whether the company released a model (by `date`) trained with strictly more than `flop`. */
export function hasModelAbove(
  world: World,
  company: Company,
  date: string,
  flop: number,
  biological = false,
): boolean {
  return modelsOf(world, company).some(
    (m) =>
      m.date <= date &&
      (!biological || m.primarilyBiological) &&
      m.trainingComputeFlop !== null &&
      m.trainingComputeFlop > flop,
  );
}

export function latestValuation(company: Company, date: string): number | null {
  let best: { date: string; usd: number } | null = null;
  for (const v of company.valuations ?? []) if (v.date <= date && (!best || v.date >= best.date)) best = v;
  return best ? best.usd : null;
}

export function inWindow(policy: PolicyInstance, date: string): boolean {
  return date >= policy.effectiveFrom && (policy.effectiveTo === undefined || date <= policy.effectiveTo);
}

// ---- Parameters, read loosely (the reference trusts resolved parameters) ----

export type Params = Record<string, unknown>;
export const list = (p: Params, key: string) => p[key] as readonly string[];
export const num = (p: Params, key: string) => p[key] as number;
export const flag = (p: Params, key: string) => p[key] as boolean;

/** One measure's reference: the rule read straight from its text. The run checks the effective dates for scope. */
export interface ReferenceMeasure {
  readonly template: string;
  /** The deal kinds it acts on (the denominators). */
  readonly kinds: readonly TransactionKind[];
  /** The outcome of a transaction, or null (it checks the effective dates itself). */
  outcome(world: World, policy: PolicyInstance, p: Params, t: Transaction, seed: number): Outcome | null;
  /** Whether a company is in scope on a date within the effective dates, with or without a deal. */
  inScope(world: World, policy: PolicyInstance, p: Params, company: Company, date: string): boolean;
  /** Whether a company in scope is in the stopped tier (a covered deal would be stopped); default: never. */
  inStoppedScope?(world: World, p: Params, company: Company, date: string): boolean;
  /** Extra per-quarter counts, by name. */
  extra?(world: World, p: Params, ordinals: readonly number[]): Record<string, number[]>;
  /** The amount channels it reports, and a deal's amounts when it has an outcome. */
  readonly channels?: readonly string[];
  amounts?(p: Params, t: Transaction): Record<string, number>;
  /** Whether a transaction lists its company on the Entity List for every measure (from its date). */
  lists?(world: World, policy: PolicyInstance, p: Params, t: Transaction, seed: number): boolean;
}
