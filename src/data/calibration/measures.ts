/**
 * How the generated population is measured against published aggregates. The calibration targets
 * (targets.ts), the generator (which subtracts what the sourced core already holds) and the tests all use
 * these same functions, so "what is counted" has one definition.
 */
import type { Company, Dataset, Investment } from '../../engine';

/** Country codes of the PRC as the outbound rule defines it (PRC incl. Hong Kong and Macau). */
export const CHINA_CODES: ReadonlySet<string> = new Set(['CN', 'HK', 'MO']);

/** A company's HQ on a date, after any relocations. */
export function hqOn(company: Company, date: string): string {
  let hq = company.hq;
  for (const r of [...(company.relocations ?? [])].sort((a, b) => (a.date < b.date ? -1 : 1))) {
    if (r.date <= date) hq = r.hq;
  }
  return hq;
}

/** Say whether an investment has at least one investor from a country. */
export function hasInvestorFrom(t: Investment, country: string): boolean {
  return t.investors.some((i) => i.country === country);
}

/** Filters for the investments a target counts. */
export interface InvestmentFilter {
  /** Inclusive ISO date range. */
  readonly from: string;
  readonly to: string;
  /** HQ countries counted on the deal date (default CN, HK, MO). */
  readonly hq?: ReadonlySet<string>;
  /** Only companies with the `ai` sector (default true). */
  readonly aiOnly?: boolean;
}

/** The investments into Chinese (AI) companies in a date range, per the filter. */
export function investmentsInto(dataset: Dataset, filter: InvestmentFilter): Investment[] {
  const byId = new Map(dataset.companies.map((c) => [c.id, c]));
  const hqs = filter.hq ?? CHINA_CODES;
  const aiOnly = filter.aiOnly ?? true;
  const out: Investment[] = [];
  for (const t of dataset.transactions) {
    if (t.kind !== 'investment' || t.companyId === null) continue;
    if (t.date < filter.from || t.date > filter.to) continue;
    const c = byId.get(t.companyId);
    if (!c || !hqs.has(hqOn(c, t.date))) continue;
    if (aiOnly && !c.sectors.includes('ai')) continue;
    out.push(t);
  }
  return out;
}

/** The median of a list (NaN when empty). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Known amounts (USD) of a list of investments. */
export function amountsOf(list: readonly Investment[]): number[] {
  return list.flatMap((t) => (t.amountUsd === null ? [] : [t.amountUsd]));
}

/** Sum of known amounts. */
export function totalUsd(list: readonly Investment[]): number {
  return amountsOf(list).reduce((a, b) => a + b, 0);
}

/** Share of a list with a US investor (NaN when empty). */
export function usShare(list: readonly Investment[]): number {
  return list.length ? list.filter((t) => hasInvestorFrom(t, 'US')).length / list.length : Number.NaN;
}
