/**
 * The columnar index: a dataset laid out in typed arrays so a run touches each transaction's fields once.
 * Built once per dataset (outside any store) and never mutated; every run reads it.
 * Transactions are ordered by date (then id), so their quarters never decrease along the arrays.
 */
import { type DayNumber, dayOf } from '../dates';
import { ordinalOfDay, type QuarterOrdinal } from '../quarter';
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
import type { Company, Dataset, EndUse, Transaction } from './schema';

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
}

export interface TransactionColumns {
  readonly count: number;
  /** Position of each indexed transaction in `dataset.transactions`. */
  readonly source: Int32Array;
  readonly ids: readonly string[];
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
    else if (t.kind === 'chip-purchase') add(t.supplierCountry);
    else add(t.teacher.country);
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
  return [{ count: n, ids: list.map((m) => m.id), company, day, computeFlop, biological }, modelsOf];
}

function investorCountriesOf(t: Transaction, country: ReadonlyMap<string, number>): number[] {
  if (t.kind !== 'investment') return [];
  const out: number[] = [];
  for (const inv of t.investors) {
    const code = country.get(inv.country) ?? 0;
    if (!out.includes(code)) out.push(code);
  }
  return out;
}

function indexTransactions(
  dataset: Dataset,
  country: ReadonlyMap<string, number>,
  companyIndex: ReadonlyMap<string, number>,
  chipIndex: ReadonlyMap<string, number>,
): TransactionColumns {
  const list = dataset.transactions;
  const n = list.length;
  const days = list.map((t) => dayOf(t.date));
  const order = list.map((_, i) => i);
  order.sort(
    (a, b) => days[a]! - days[b]! || (list[a]!.id < list[b]!.id ? -1 : list[a]!.id > list[b]!.id ? 1 : 0),
  );

  const cols = {
    source: new Int32Array(n),
    kind: new Uint8Array(n),
    day: new Int32Array(n),
    ordinal: new Int32Array(n),
    company: new Int32Array(n),
    amountUsd: new Float64Array(n).fill(Number.NaN),
    instrument: new Uint8Array(n),
    lpCommitmentUsd: new Float64Array(n).fill(Number.NaN),
    bindingDay: new Int32Array(n).fill(NO_DAY),
    investorStart: new Int32Array(n + 1),
    chip: new Int32Array(n).fill(-1),
    units: new Float64Array(n).fill(Number.NaN),
    supplierCountry: new Uint16Array(n),
    teacherCountry: new Uint16Array(n),
    access: new Uint8Array(n),
    exchanges: new Float64Array(n).fill(Number.NaN),
    modeled: new Uint8Array(n),
  };
  const investorCountries: number[] = [];
  const ids: string[] = new Array(n);
  order.forEach((src, i) => {
    const t = list[src]!;
    ids[i] = t.id;
    cols.source[i] = src;
    cols.kind[i] = KIND_CODE[t.kind];
    cols.day[i] = days[src]!;
    cols.ordinal[i] = ordinalOfDay(days[src]!);
    cols.company[i] = t.companyId === null ? -1 : (companyIndex.get(t.companyId) ?? -1);
    cols.modeled[i] = t.provenance.kind === 'modeled' ? 1 : 0;
    cols.investorStart[i] = investorCountries.length;
    if (t.kind === 'investment') {
      cols.amountUsd[i] = t.amountUsd ?? Number.NaN;
      cols.instrument[i] = INSTRUMENT_CODE[t.instrument];
      cols.lpCommitmentUsd[i] = t.lpCommitmentUsd ?? Number.NaN;
      cols.bindingDay[i] = t.bindingCommitmentDate ? dayOf(t.bindingCommitmentDate) : NO_DAY;
      investorCountries.push(...investorCountriesOf(t, country));
    } else if (t.kind === 'chip-purchase') {
      cols.amountUsd[i] = t.amountUsd ?? Number.NaN;
      cols.chip[i] = chipIndex.get(t.chipId) ?? -1;
      cols.units[i] = t.units ?? Number.NaN;
      cols.supplierCountry[i] = country.get(t.supplierCountry) ?? 0;
    } else {
      cols.teacherCountry[i] = country.get(t.teacher.country) ?? 0;
      cols.access[i] = ACCESS_CODE[t.teacher.access];
      cols.exchanges[i] = t.exchanges ?? Number.NaN;
    }
  });
  cols.investorStart[n] = investorCountries.length;
  return {
    count: n,
    ids,
    byId: new Map(ids.map((id, i) => [id, i])),
    ...cols,
    investorCountries: Uint16Array.from(investorCountries),
  };
}

/** Build the columnar index of a validated dataset. */
export function indexDataset(dataset: Dataset): DatasetIndex {
  const { countries, index: countryIndex } = countryTable(dataset);
  const companyIndex = new Map(dataset.companies.map((c, i) => [c.id, i]));
  const chipIndex = new Map(dataset.chips.map((c, i) => [c.id, i]));
  const [models, modelsOf] = indexModels(dataset, companyIndex);
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

/** Return a per-country flag array (by country index) for a list of country codes. */
export function countryFlags(index: DatasetIndex, codes: readonly string[]): Uint8Array {
  const flags = new Uint8Array(index.countries.length);
  for (const code of codes) {
    const i = index.countryIndex.get(code);
    if (i !== undefined) flags[i] = 1;
  }
  return flags;
}

/** Say whether any investor country of transaction `t` is flagged. */
export function hasInvestorFrom(index: DatasetIndex, t: number, flags: Uint8Array): boolean {
  const { investorStart, investorCountries } = index.tx;
  for (let k = investorStart[t]!; k < investorStart[t + 1]!; k++)
    if (flags[investorCountries[k]!]) return true;
  return false;
}
