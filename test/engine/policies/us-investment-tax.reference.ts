/**
 * The investment-tax measure read straight from its rule text (docs/SOURCES.md, "The Patriotic Investment Act"), on
 * the plain dataset objects, for the reference run (reference-simulate.ts): no index, no precomputation.
 */
import type { Company, Transaction } from '../../../src/engine';

/** What the reference run lends a measure: facts about companies on a day. */
export interface ReferenceFacts {
  hqOn(company: Company, date: string): string;
  hasModelAbove(company: Company, date: string, flop: number): boolean;
  company(id: string): Company | undefined;
}

type Params = Record<string, unknown>;

/** A company issues disqualified securities on a date: HQ in the covered countries (and, under `outbound`, an AI developer above 1e23). */
function covered(facts: ReferenceFacts, p: Params, company: Company, date: string): boolean {
  return (
    (p.countries as string[]).includes(facts.hqOn(company, date)) &&
    (p.coveredCompanies !== 'outbound' || facts.hasModelAbove(company, date, 1e23))
  );
}

export const usInvestmentTaxReference = {
  template: 'us-investment-tax',
  kinds: ['investment'] as const,
  /** The outcome of a deal dated within the measure's window. */
  outcome(facts: ReferenceFacts, p: Params, t: Transaction): 'taxed' | null {
    if (t.kind !== 'investment' || t.companyId === null) return null;
    if (!t.investors.some((i) => (p.investorCountries as string[]).includes(i.country))) return null;
    return covered(facts, p, facts.company(t.companyId)!, t.date) ? 'taxed' : null;
  },
  inScope(facts: ReferenceFacts, p: Params, company: Company, date: string): boolean {
    return covered(facts, p, company, date);
  },
  /** Per-deal amounts of a taxed deal: the extra tax on its expected gain (NaN when the amount is unknown). */
  amounts(p: Params, t: Transaction): Record<string, number> {
    const amount = t.kind === 'investment' && t.amountUsd !== null ? t.amountUsd : Number.NaN;
    const years = p.holdingYears as number;
    if (years <= 1) return { taxUsd: Number.isNaN(amount) ? Number.NaN : 0 };
    const gain = amount * (p.usShare as number) * Math.max(0, (p.gainMultiple as number) - 1);
    return { taxUsd: gain * ((p.ordinaryRate as number) - (p.capitalGainsRate as number)) };
  },
};
