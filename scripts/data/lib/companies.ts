/**
 * companies.csv (103 organisations) → dataset companies, plus the 18 firms transactions.csv adds, plus the
 * curated overrides. Valuations from dated rounds are merged in later (see `withRoundValuations`), since
 * they are cited on the transactions themselves.
 */
import {
  COMPANY_KINDS,
  type Company,
  END_USES,
  type EndUse,
  type Investment,
  LISTS,
  type ListName,
  SECTORS,
  SEMICONDUCTOR_ACTIVITIES,
  type Sector,
  type SemiconductorActivity,
} from '../../../src/engine/dataset/schema';
import { ADDED_COMPANIES, addedCompany } from '../curated/added-companies';
import { CHINESE_NAMES } from '../curated/chinese-names';
import { COMPANY_OVERRIDES } from '../curated/company-overrides';
import { COMPANIES_CSV } from '../curated/sources';
import { type CsvRow, splitList } from './csv';
import { fullDate, precisionOf } from './partial-date';

function oneOf<T extends string>(values: readonly T[], value: string, what: string, id: string): T {
  if (!(values as readonly string[]).includes(value))
    throw new Error(`${id}: unknown ${what} ${JSON.stringify(value)}`);
  return value as T;
}

/**
 * Parse the listings cell ("entity-list 2019-10-09; ns-cmic 2021-06-03 (…)"). A listing with no date at all
 * cannot be placed in time, so it is left out and reported in the notes instead.
 */
function listingsOf(row: CsvRow): { listings: NonNullable<Company['listings']>; undated: string[] } {
  const listings: NonNullable<Company['listings']> = [];
  const undated: string[] = [];
  for (const item of splitList(row.listings)) {
    const m = /^([a-z0-9-]+)\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s*(?:\((.*)\))?$/.exec(item);
    if (!m) {
      undated.push(item);
      continue;
    }
    const list = oneOf<ListName>(LISTS, m[1]!, 'list', row.id ?? '?');
    const precision = precisionOf(m[2]!);
    const notes = [
      m[3]?.trim(),
      precision === 'year' ? 'year only; date set to 1 July by convention' : undefined,
    ].filter(Boolean);
    listings.push({ list, from: fullDate(m[2]!), ...(notes.length ? { notes: notes.join('; ') } : {}) });
  }
  return { listings, undated };
}

function companyNotes(row: CsvRow, undated: readonly string[], extra: readonly string[]): string {
  const parts = [row.notes?.trim()];
  if (row.listed_exchange?.trim()) parts.push(`Stock listing: ${row.listed_exchange.trim()}.`);
  if (row.known_us_investors?.trim())
    parts.push(`Known US investors (companies.csv): ${row.known_us_investors.trim()}.`);
  if (undated.length)
    parts.push(`Listings without a date, not recorded as intervals: ${undated.join('; ')}.`);
  if (row.valuation_date?.trim() && precisionOf(row.valuation_date) !== 'day')
    parts.push(
      `Latest valuation dated ${row.valuation_date.trim()} (${precisionOf(row.valuation_date)} precision; placed on ${fullDate(row.valuation_date)}).`,
    );
  parts.push(...extra);
  return parts.filter(Boolean).join(' ');
}

/** Convert one companies.csv row. */
export function companyFromRow(row: CsvRow): Company {
  const id = row.id ?? '';
  const override = COMPANY_OVERRIDES[id];
  const sectors = splitList(row.sectors).map((s) => oneOf<Sector>(SECTORS, s, 'sector', id));
  const semi = splitList(row.semiconductor_activities).map((s) =>
    oneOf<SemiconductorActivity>(SEMICONDUCTOR_ACTIVITIES, s, 'semiconductor activity', id),
  );
  const endUses = splitList(row.end_uses).map((u) => ({
    use: oneOf<EndUse>(END_USES, u, 'end use', id),
    // companies.SOURCE.md: none is marked exclusive.
    exclusive: false,
  }));
  const { listings, undated } = listingsOf(row);
  const extra: string[] = [];
  if (override) extra.push(override.note);
  if (sectors.includes('quantum') && !override?.quantumActivities)
    extra.push('Quantum activity tier not assessed in our sources, so no quantum activity is recorded.');
  const valuation = row.latest_valuation_usd?.trim();
  const aliases = splitList(row.aliases);
  return {
    id,
    name: row.name ?? id,
    ...(CHINESE_NAMES[id] ? { nameZh: CHINESE_NAMES[id].nameZh } : {}),
    kind: oneOf(COMPANY_KINDS, row.kind ?? '', 'kind', id),
    hq: override?.hq ?? row.hq ?? '',
    ...(override?.ownership ? { ownership: override.ownership } : {}),
    ...(override?.relocations ? { relocations: override.relocations } : {}),
    sectors,
    ...(semi.length ? { semiconductorActivities: semi } : {}),
    ...(override?.quantumActivities ? { quantumActivities: override.quantumActivities } : {}),
    endUses,
    ...(listings.length ? { listings } : {}),
    leading: row.leading?.trim() === 'yes',
    ...(valuation
      ? { valuations: [{ date: fullDate(row.valuation_date ?? ''), usd: Number(valuation) }] }
      : {}),
    ...(aliases.length ? { aliases } : {}),
    ...(row.parent?.trim() ? { parent: row.parent.trim() } : {}),
    notes: companyNotes(row, undated, extra),
    provenance: {
      kind: 'sourced',
      sources: [...splitList(row.sources), COMPANIES_CSV, ...(override?.sources ?? [])],
      confidence: oneOf(['high', 'medium', 'low'] as const, row.confidence ?? '', 'confidence', id),
    },
  };
}

/** All sourced companies: the CSV rows, then the added firms. */
export function sourcedCompanies(rows: readonly CsvRow[]): Company[] {
  const out = rows.map(companyFromRow);
  const seen = new Set(out.map((c) => c.id));
  for (const a of ADDED_COMPANIES) {
    if (seen.has(a.id)) throw new Error(`added company ${a.id} is already in companies.csv`);
    out.push(addedCompany(a));
  }
  return out;
}

/** transactions.csv `company` text → company id, for rows with no company_id. */
export function companyIdByName(): Map<string, string> {
  return new Map(ADDED_COMPANIES.flatMap((a) => a.transactionNames.map((n) => [n, a.id] as const)));
}

/**
 * Add the post-money valuations reported on dated rounds to each company's valuation series (the round's
 * own sources cite them), keeping the series sorted and one value per date.
 */
export function withRoundValuations(
  companies: readonly Company[],
  investments: readonly Investment[],
): Company[] {
  const byCompany = new Map<string, { date: string; usd: number }[]>();
  for (const t of investments) {
    if (t.companyId === null || t.valuationUsd === null || t.valuationUsd === undefined) continue;
    const list = byCompany.get(t.companyId) ?? [];
    list.push({ date: t.date, usd: t.valuationUsd });
    byCompany.set(t.companyId, list);
  }
  return companies.map((c) => {
    const fromRounds = byCompany.get(c.id);
    if (!fromRounds) return c;
    const byDate = new Map<string, number>();
    for (const v of fromRounds) byDate.set(v.date, v.usd);
    // The company table's latest valuation wins on a shared date: it is the curated figure.
    for (const v of c.valuations ?? []) byDate.set(v.date, v.usd);
    const valuations = [...byDate.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([date, usd]) => ({ date, usd }));
    return {
      ...c,
      valuations,
      notes:
        `${c.notes ?? ''} Valuation points from dated rounds are cited on those rounds' transactions.`.trim(),
    };
  });
}
