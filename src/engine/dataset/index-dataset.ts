/**
 * The columnar index: a dataset laid out in typed arrays so a run touches each transaction's fields once.
 * Built once per dataset (outside any store) and never mutated; every run reads it.
 * Transactions are ordered by date (then id), so their quarters never decrease along the arrays.
 */
import { type DayNumber, dayOf } from '../dates';
import { ordinalOfDay, type QuarterOrdinal } from '../quarter';
import { partitionPoint } from '../search';
import type { DaySink } from '../timeline';
import {
  ACCESS_CODE,
  END_USE_CODE,
  INSTRUMENT_CODE,
  KIND_CODE,
  LIST_CODE,
  maskOf,
  QUANTUM_CODE,
  SECTOR_CODE,
  SEMI_CODE,
} from './codes';
import { type Company, type Dataset, type EndUse, TRANSACTION_KINDS } from './schema';

const KIND_COUNT = TRANSACTION_KINDS.length;

/** "No such date" in day columns. */
export const NO_DAY = -2147483648;
/** The latest representable day, for open-ended intervals. */
export const FOREVER = 2147483647;

/** One listing interval of one company. */
export interface ListingSpan {
  readonly list: number;
  readonly fromDay: DayNumber;
  readonly toDay: DayNumber;
}

export interface CompanyColumns {
  readonly count: number;
  readonly ids: readonly string[];
  readonly byId: ReadonlyMap<string, number>;
  /** Country code index of the HQ before any relocation. */
  readonly hq: Uint16Array;
  /** Relocations sorted by day, or null (most companies). */
  readonly relocations: readonly (readonly { day: DayNumber; hq: number }[] | null)[];
  /** Equity shares by holder's country index, or null for the default (all held in the HQ country). */
  readonly ownership: readonly (ReadonlyMap<number, number> | null)[];
  readonly sectors: Uint8Array;
  readonly semiconductorActivities: Uint16Array;
  readonly quantumActivities: Uint8Array;
  /** Bit mask of end uses (by END_USE_CODE) and the subset marked exclusive. */
  readonly endUses: Uint16Array;
  readonly exclusiveEndUses: Uint16Array;
  readonly leading: Uint8Array;
  readonly listings: readonly (readonly ListingSpan[] | null)[];
  /** Valuations sorted by day, or null. */
  readonly valuations: readonly (readonly { day: DayNumber; usd: number }[] | null)[];
  readonly modeled: Uint8Array;
  /** Model indices of each company, sorted by day. */
  readonly models: readonly (readonly number[])[];
}

export interface ModelColumns {
  readonly count: number;
  readonly ids: readonly string[];
  readonly company: Int32Array;
  readonly day: Int32Array;
  /** Training compute in FLOP (total operations); NaN when unknown. */
  readonly computeFlop: Float64Array;
  readonly biological: Uint8Array;
  /** CSR layout: chip indices each model was trained on are chips[chipStart[m] .. chipStart[m+1]) (-1 if unknown). */
  readonly chipStart: Int32Array;
  readonly chips: Int32Array;
}

export interface TransactionColumns {
  readonly count: number;
  /** Position of each indexed transaction in `dataset.transactions`. */
  readonly source: Int32Array;
  readonly ids: readonly string[];
  /** Position by id (built on first use). */
  readonly byId: ReadonlyMap<string, number>;
  readonly kind: Uint8Array;
  readonly day: Int32Array;
  /** Quarter ordinal of each transaction's date. */
  readonly ordinal: Int32Array;
  /** Company index, or -1 when not attributed. */
  readonly company: Int32Array;
  /** USD amount; NaN when unknown. */
  readonly amountUsd: Float64Array;
  readonly instrument: Uint8Array;
  readonly lpCommitmentUsd: Float64Array;
  readonly bindingDay: Int32Array;
  /** CSR layout: investor country indices of transaction i are countries[start[i] .. start[i+1]). */
  readonly investorStart: Int32Array;
  readonly investorCountries: Uint16Array;
  readonly chip: Int32Array;
  readonly units: Float64Array;
  readonly supplierCountry: Uint16Array;
  readonly teacherCountry: Uint16Array;
  readonly access: Uint8Array;
  readonly exchanges: Float64Array;
  readonly modeled: Uint8Array;
  /** Positions of the transactions of each kind (by KIND_CODE), in date order: a measure scans only its kind. */
  readonly ofKind: readonly Int32Array[];
}

export interface DatasetIndex {
  readonly dataset: Dataset;
  readonly asOfDay: DayNumber;
  readonly asOfOrdinal: QuarterOrdinal;
  /** Every country code seen, by index. */
  readonly countries: readonly string[];
  readonly countryIndex: ReadonlyMap<string, number>;
  readonly companies: CompanyColumns;
  readonly models: ModelColumns;
  readonly chipIds: readonly string[];
  readonly chipIndex: ReadonlyMap<string, number>;
  readonly tx: TransactionColumns;
}

function countryTable(dataset: Dataset): { countries: string[]; index: Map<string, number> } {
  const index = new Map<string, number>();
  const add = (code: string) => {
    if (!index.has(code)) index.set(code, index.size);
  };
  for (const code of ['US', 'CN', 'HK', 'MO']) add(code);
  for (const c of dataset.companies) {
    add(c.hq);
    for (const r of c.relocations ?? []) add(r.hq);
    for (const k of Object.keys(c.ownership ?? {})) add(k);
  }
  for (const chip of dataset.chips) add(chip.origin);
  for (const t of dataset.transactions) {
    if (t.kind === 'investment') for (const inv of t.investors) add(inv.country);
    else if (t.kind === 'model-access') add(t.teacher.country);
    else add(t.supplierCountry);
  }
  return { countries: [...index.keys()], index };
}

function endUseMasks(company: Company): [number, number] {
  const all = maskOf<EndUse>(
    END_USE_CODE,
    company.endUses.map((e) => e.use),
  );
  const exclusive = maskOf<EndUse>(
    END_USE_CODE,
    company.endUses.filter((e) => e.exclusive).map((e) => e.use),
  );
  return [all, exclusive];
}

function indexCompanies(
  dataset: Dataset,
  country: ReadonlyMap<string, number>,
  modelsOf: number[][],
): CompanyColumns {
  const list = dataset.companies;
  const n = list.length;
  const cols = {
    hq: new Uint16Array(n),
    sectors: new Uint8Array(n),
    semiconductorActivities: new Uint16Array(n),
    quantumActivities: new Uint8Array(n),
    endUses: new Uint16Array(n),
    exclusiveEndUses: new Uint16Array(n),
    leading: new Uint8Array(n),
    modeled: new Uint8Array(n),
  };
  const c = (code: string) => country.get(code) ?? 0;
  list.forEach((company, i) => {
    cols.hq[i] = c(company.hq);
    cols.sectors[i] = maskOf(SECTOR_CODE, company.sectors);
    cols.semiconductorActivities[i] = maskOf(SEMI_CODE, company.semiconductorActivities ?? []);
    cols.quantumActivities[i] = maskOf(QUANTUM_CODE, company.quantumActivities ?? []);
    [cols.endUses[i], cols.exclusiveEndUses[i]] = endUseMasks(company);
    cols.leading[i] = company.leading ? 1 : 0;
    cols.modeled[i] = company.provenance.kind === 'modeled' ? 1 : 0;
  });
  return {
    count: n,
    ids: list.map((x) => x.id),
    byId: new Map(list.map((x, i) => [x.id, i])),
    ...cols,
    relocations: list.map((x) =>
      x.relocations?.length
        ? x.relocations.map((r) => ({ day: dayOf(r.date), hq: c(r.hq) })).sort((a, b) => a.day - b.day)
        : null,
    ),
    ownership: list.map((x) =>
      x.ownership ? new Map(Object.entries(x.ownership).map(([k, v]) => [c(k), v])) : null,
    ),
    listings: list.map((x) =>
      x.listings?.length
        ? x.listings.map((l) => ({
            list: LIST_CODE[l.list],
            fromDay: dayOf(l.from),
            toDay: l.to ? dayOf(l.to) : FOREVER,
          }))
        : null,
    ),
    valuations: list.map((x) =>
      x.valuations?.length
        ? x.valuations.map((v) => ({ day: dayOf(v.date), usd: v.usd })).sort((a, b) => a.day - b.day)
        : null,
    ),
    models: modelsOf,
  };
}

function indexModels(
  dataset: Dataset,
  companyIndex: ReadonlyMap<string, number>,
  chipIndex: ReadonlyMap<string, number>,
): [ModelColumns, number[][]] {
  const list = dataset.models;
  const n = list.length;
  const company = new Int32Array(n);
  const day = new Int32Array(n);
  const computeFlop = new Float64Array(n);
  const biological = new Uint8Array(n);
  const modelsOf: number[][] = dataset.companies.map(() => []);
  list.forEach((m, i) => {
    const ci = companyIndex.get(m.companyId) ?? -1;
    company[i] = ci;
    day[i] = dayOf(m.date);
    computeFlop[i] = m.trainingComputeFlop ?? Number.NaN;
    biological[i] = m.primarilyBiological ? 1 : 0;
    if (ci >= 0) modelsOf[ci]?.push(i);
  });
  for (const models of modelsOf) models.sort((a, b) => (day[a] ?? 0) - (day[b] ?? 0));
  const chipStart = new Int32Array(n + 1);
  const chips: number[] = [];
  list.forEach((m, i) => {
    chipStart[i] = chips.length;
    for (const tc of m.trainingChips ?? []) chips.push(chipIndex.get(tc.chipId) ?? -1);
  });
  chipStart[n] = chips.length;
  return [
    {
      count: n,
      ids: list.map((m) => m.id),
      company,
      day,
      computeFlop,
      biological,
      chipStart,
      chips: Int32Array.from(chips),
    },
    modelsOf,
  ];
}

/**
 * Return transaction positions ordered by day, then id (UTF-16 order): a counting sort on the day, then a sort by
 * id among the transactions of each day — much faster than one comparison sort over a million records.
 */
function dateOrder(ids: readonly string[], days: Int32Array): Int32Array {
  const n = days.length;
  const order = new Int32Array(n);
  if (n === 0) return order;
  let lo = days[0]!;
  let hi = lo;
  for (let i = 1; i < n; i++) {
    const d = days[i]!;
    if (d < lo) lo = d;
    else if (d > hi) hi = d;
  }
  const byIdThenPosition = (a: number, b: number) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : a - b);
  const span = hi - lo + 1;
  if (span > 4 * n + 100_000) {
    // Days spread over millennia: one comparison sort is cheaper than the buckets.
    const all = Array.from({ length: n }, (_, i) => i);
    all.sort((a, b) => days[a]! - days[b]! || byIdThenPosition(a, b));
    order.set(all);
    return order;
  }
  const next = new Int32Array(span + 1);
  for (let i = 0; i < n; i++) next[days[i]! - lo + 1]!++;
  for (let b = 1; b <= span; b++) next[b]! += next[b - 1]!;
  const starts = next.slice(0, span + 1);
  for (let i = 0; i < n; i++) order[next[days[i]! - lo]!++] = i;
  const group: number[] = [];
  for (let b = 0; b < span; b++) {
    const from = starts[b]!;
    const to = starts[b + 1]!;
    if (to - from < 2) continue;
    group.length = 0;
    for (let k = from; k < to; k++) group.push(order[k]!);
    group.sort(byIdThenPosition);
    for (let k = from; k < to; k++) order[k] = group[k - from]!;
  }
  return order;
}

function indexTransactions(
  dataset: Dataset,
  country: ReadonlyMap<string, number>,
  companyIndex: ReadonlyMap<string, number>,
  chipIndex: ReadonlyMap<string, number>,
): TransactionColumns {
  const list = dataset.transactions;
  const n = list.length;
  // First pass, in the records' own order (sequential in memory): days, ids and investor counts.
  const dayOfDate = new Map<string, number>();
  const sourceDays = new Int32Array(n);
  const sourceIds: string[] = new Array(n);
  let investorTotal = 0;
  for (let src = 0; src < n; src++) {
    const t = list[src]!;
    let d = dayOfDate.get(t.date);
    if (d === undefined) {
      d = dayOf(t.date);
      dayOfDate.set(t.date, d);
    }
    sourceDays[src] = d;
    sourceIds[src] = t.id;
    if (t.kind === 'investment') investorTotal += t.investors.length;
  }
  const source = dateOrder(sourceIds, sourceDays);
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[source[i]!] = i;

  const kind = new Uint8Array(n);
  const day = new Int32Array(n);
  const ordinal = new Int32Array(n);
  const company = new Int32Array(n);
  const amountUsd = new Float64Array(n).fill(Number.NaN);
  const instrument = new Uint8Array(n);
  const lpCommitmentUsd = new Float64Array(n).fill(Number.NaN);
  const bindingDay = new Int32Array(n).fill(NO_DAY);
  const chip = new Int32Array(n).fill(-1);
  const units = new Float64Array(n).fill(Number.NaN);
  const supplierCountry = new Uint16Array(n);
  const teacherCountry = new Uint16Array(n);
  const access = new Uint8Array(n);
  const exchanges = new Float64Array(n).fill(Number.NaN);
  const modeled = new Uint8Array(n);
  const ids: string[] = new Array(n);
  // Investor countries in source order first (CSR by source position), reordered below.
  const sourceInvestorStart = new Int32Array(n + 1);
  const sourceInvestors = new Uint16Array(investorTotal);
  const kindCode = new Map(Object.entries(KIND_CODE));
  const instrumentCode = new Map(Object.entries(INSTRUMENT_CODE));
  const accessCode = new Map(Object.entries(ACCESS_CODE));
  let k = 0;
  // Second pass, again in the records' own order, writing each into its sorted position.
  for (let src = 0; src < n; src++) {
    const t = list[src]!;
    const i = rank[src]!;
    ids[i] = sourceIds[src]!;
    kind[i] = kindCode.get(t.kind)!;
    day[i] = sourceDays[src]!;
    company[i] = t.companyId === null ? -1 : (companyIndex.get(t.companyId) ?? -1);
    modeled[i] = t.provenance.kind === 'modeled' ? 1 : 0;
    sourceInvestorStart[src] = k;
    if (t.kind === 'investment') {
      amountUsd[i] = t.amountUsd ?? Number.NaN;
      instrument[i] = instrumentCode.get(t.instrument)!;
      lpCommitmentUsd[i] = t.lpCommitmentUsd ?? Number.NaN;
      bindingDay[i] = t.bindingCommitmentDate ? dayOf(t.bindingCommitmentDate) : NO_DAY;
      // Distinct investor countries, in order of first appearance.
      const first = k;
      for (const investor of t.investors) {
        const code = country.get(investor.country) ?? 0;
        let seen = false;
        for (let j = first; j < k; j++) if (sourceInvestors[j] === code) seen = true;
        if (!seen) sourceInvestors[k++] = code;
      }
    } else if (t.kind === 'chip-purchase') {
      amountUsd[i] = t.amountUsd ?? Number.NaN;
      chip[i] = chipIndex.get(t.chipId) ?? -1;
      units[i] = t.units ?? Number.NaN;
      supplierCountry[i] = country.get(t.supplierCountry) ?? 0;
    } else if (t.kind === 'hardware-in-use') {
      // Evidence of use, indexed like a purchase (chip, units, maker) but under its own kind: no measure reads it.
      chip[i] = chipIndex.get(t.chipId) ?? -1;
      units[i] = t.units ?? Number.NaN;
      supplierCountry[i] = country.get(t.supplierCountry) ?? 0;
    } else {
      teacherCountry[i] = country.get(t.teacher.country) ?? 0;
      access[i] = accessCode.get(t.teacher.access)!;
      exchanges[i] = t.exchanges ?? Number.NaN;
    }
  }
  sourceInvestorStart[n] = k;
  // Third pass, in date order: quarter ordinals (they change only with the day) and investor countries.
  const investorStart = new Int32Array(n + 1);
  const investorCountries = new Uint16Array(k);
  let lastDay = NO_DAY;
  let lastOrdinal = 0;
  let w = 0;
  for (let i = 0; i < n; i++) {
    const d = day[i]!;
    if (d !== lastDay) {
      lastDay = d;
      lastOrdinal = ordinalOfDay(d);
    }
    ordinal[i] = lastOrdinal;
    investorStart[i] = w;
    const src = source[i]!;
    for (let j = sourceInvestorStart[src]!; j < sourceInvestorStart[src + 1]!; j++)
      investorCountries[w++] = sourceInvestors[j]!;
  }
  investorStart[n] = w;
  const kindTotals = new Int32Array(KIND_COUNT);
  for (let i = 0; i < n; i++) kindTotals[kind[i]!]!++;
  const ofKind = Array.from(kindTotals, (total) => new Int32Array(total));
  kindTotals.fill(0);
  for (let i = 0; i < n; i++) ofKind[kind[i]!]![kindTotals[kind[i]!]!++] = i;
  // Built on first use (explanations): filling a Map with a million ids takes about a second.
  let byId: Map<string, number> | undefined;
  return {
    count: n,
    ids,
    get byId() {
      byId ??= new Map(ids.map((id, i) => [id, i]));
      return byId;
    },
    source,
    kind,
    day,
    ordinal,
    company,
    amountUsd,
    instrument,
    lpCommitmentUsd,
    bindingDay,
    investorStart,
    investorCountries,
    chip,
    units,
    supplierCountry,
    teacherCountry,
    access,
    exchanges,
    modeled,
    ofKind,
  };
}

/** Build the columnar index of a validated dataset. */
export function indexDataset(dataset: Dataset): DatasetIndex {
  const { countries, index: countryIndex } = countryTable(dataset);
  const companyIndex = new Map(dataset.companies.map((c, i) => [c.id, i]));
  const chipIndex = new Map(dataset.chips.map((c, i) => [c.id, i]));
  const [models, modelsOf] = indexModels(dataset, companyIndex, chipIndex);
  const asOfDay = dayOf(dataset.asOf);
  return {
    dataset,
    asOfDay,
    asOfOrdinal: ordinalOfDay(asOfDay),
    countries,
    countryIndex,
    companies: indexCompanies(dataset, countryIndex, modelsOf),
    models,
    chipIds: dataset.chips.map((c) => c.id),
    chipIndex,
    tx: indexTransactions(dataset, countryIndex, companyIndex, chipIndex),
  };
}

/** Return the HQ country index of a company on a day, after relocations. */
export function hqAt(index: DatasetIndex, company: number, day: DayNumber): number {
  const relocations = index.companies.relocations[company];
  let hq = index.companies.hq[company]!;
  if (relocations) {
    for (const r of relocations) {
      if (r.day <= day) hq = r.hq;
      else break;
    }
  }
  return hq;
}

/** Push the days on which a company's HQ changes (its relocations). */
export function relocationDays(index: DatasetIndex, company: number, out: DaySink): void {
  const relocations = index.companies.relocations[company];
  if (relocations) for (let k = 0; k < relocations.length; k++) out.push(relocations[k]!.day);
}

/** Return the first position in `positions` (date-ordered transactions) whose day is at least `day`. */
function firstOnOrAfter(index: DatasetIndex, positions: Int32Array, day: DayNumber): number {
  return partitionPoint(positions.length, (i) => index.tx.day[positions[i]!]! < day);
}

/**
 * Return the positions of the transactions of one kind (a KIND_CODE) dated from `fromDay` to `toDay` inclusive,
 * in date order: a view on the index, not a copy. A measure's evaluation loops over these and nothing else.
 */
export function transactionsOfKind(
  index: DatasetIndex,
  kind: number,
  fromDay: DayNumber = NO_DAY,
  toDay: DayNumber = FOREVER,
): Int32Array {
  return withinDays(index, index.tx.ofKind[kind] ?? new Int32Array(0), fromDay, toDay);
}

/** Return a per-country flag array (by country index) for a list of country codes. */
export function countryFlags(index: DatasetIndex, codes: readonly string[]): Uint8Array {
  const flags = new Uint8Array(index.countries.length);
  for (const code of codes) {
    const i = index.countryIndex.get(code);
    if (i !== undefined) flags[i] = 1;
  }
  return flags;
}

const investorCache = new WeakMap<DatasetIndex, Map<string, Int32Array>>();

/**
 * Return the positions of the investments (in date order) with at least one investor from the given countries,
 * memoised per index and set of countries (the measures of a scenario usually share one set, e.g. US), so a
 * run scans only those. Keeps the most recent few sets.
 */
export function investmentsWithInvestorFrom(index: DatasetIndex, countries: readonly string[]): Int32Array {
  const key = [...new Set(countries)].sort().join(',');
  let byKey = investorCache.get(index);
  if (!byKey) {
    byKey = new Map();
    investorCache.set(index, byKey);
  }
  let positions = byKey.get(key);
  if (!positions) {
    const flags = countryFlags(index, countries);
    const investments = index.tx.ofKind[KIND_CODE.investment] ?? new Int32Array(0);
    const out = new Int32Array(investments.length);
    let size = 0;
    for (let j = 0; j < investments.length; j++) {
      const t = investments[j]!;
      if (hasInvestorFrom(index, t, flags)) out[size++] = t;
    }
    positions = out.slice(0, size);
    if (byKey.size >= 8) byKey.delete(byKey.keys().next().value!);
    byKey.set(key, positions);
  }
  return positions;
}

/** Return the part of date-ordered `positions` dated from `fromDay` to `toDay` inclusive (a view, not a copy). */
export function withinDays(
  index: DatasetIndex,
  positions: Int32Array,
  fromDay: DayNumber,
  toDay: DayNumber,
): Int32Array {
  const from = firstOnOrAfter(index, positions, fromDay);
  const to = toDay >= FOREVER ? positions.length : firstOnOrAfter(index, positions, toDay + 1);
  return positions.subarray(from, Math.max(from, to));
}

/** Say whether any investor country of transaction `t` is flagged. */
export function hasInvestorFrom(index: DatasetIndex, t: number, flags: Uint8Array): boolean {
  const { investorStart, investorCountries } = index.tx;
  for (let k = investorStart[t]!; k < investorStart[t + 1]!; k++)
    if (flags[investorCountries[k]!]) return true;
  return false;
}
