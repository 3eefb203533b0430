/**
 * The modeled long tail of Chinese AI financing, 2015 → asOf (docs/DATA.md §1.3). Real deal-level data is
 * proprietary, so the generator draws a seeded population of modeled companies and rounds whose totals —
 * counted together with the sourced core — meet the published aggregates in ../calibration/targets.ts.
 *
 * Per half-year it tops the sourced rounds up to the year's count, draws each modeled round's company (new,
 * or a follow-on for an active modeled company), size (lognormal, larger at later stages) and investors, then
 * gives a US investor to exactly as many rounds as the period's US share requires, preferring larger rounds
 * and companies that already have US capital.
 */
import { addMonths, type Company, type Dataset, dayOf, type Investment, isoOf } from '../../engine';
import { hasInvestorFrom, investmentsInto } from '../calibration/measures';
import {
  CN_POOL,
  DORMANT_AFTER_DAYS,
  FOREIGN_COUNTRIES,
  FOREIGN_SHARE,
  GENERATOR_SOURCE,
  GENERATOR_VERSION,
  HK_SHARE,
  MAX_STAGE,
  MIN_DAYS_BETWEEN_ROUNDS,
  STAGE_STEP,
  US_POOL,
  US_PRIOR_BONUS,
  US_SIZE_WEIGHT,
  US_ZIPF,
  YEARS,
} from './params';
import { Rng, round3 } from './prng';

/** Provenance shared by every record the generator makes. */
export function modeledProvenance(seed: number): Company['provenance'] {
  return {
    kind: 'modeled',
    sources: [GENERATOR_SOURCE],
    notes: `generator v${GENERATOR_VERSION}, seed ${seed}`,
  };
}

interface Firm {
  readonly id: string;
  readonly hq: string;
  stage: number;
  lastDay: number;
  hasUs: boolean;
}

interface Draft {
  day: number;
  firm: Firm;
  amountUsd: number;
  us: boolean;
  foreign: boolean;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Investor name pools; names are labels, not real firms. */
function investorPools() {
  const usWeights = Array.from({ length: US_POOL }, (_, i) => 1 / (i + 1) ** US_ZIPF);
  return {
    us: (rng: Rng) => ({ name: `US fund ${pad(rng.weighted(usWeights) + 1, 3)}`, country: 'US' }),
    cn: (rng: Rng) => ({ name: `CN fund ${pad(rng.int(CN_POOL) + 1, 3)}`, country: 'CN' }),
    foreign: (rng: Rng) => {
      const country = rng.pick(FOREIGN_COUNTRIES);
      return { name: `${country} fund ${pad(rng.int(40) + 1, 2)}`, country };
    },
  };
}

function investorsOf(d: Draft, rng: Rng, pools: ReturnType<typeof investorPools>): Investment['investors'] {
  const out: Investment['investors'][number][] = [];
  if (d.us) {
    out.push(pools.us(rng));
    if (rng.next() < 0.2) out.push(pools.us(rng));
  }
  if (d.foreign) out.push(pools.foreign(rng));
  // Modeled rounds name their lead and at most one co-investor: enough to tell who is in the deal.
  const chinese = d.us || d.foreign ? rng.int(2) : 1 + (rng.next() < 0.2 ? 1 : 0);
  for (let i = 0; i < chinese; i++) out.push(pools.cn(rng));
  // Two draws can name the same fund: list it once.
  return out.filter((inv, i) => out.findIndex((o) => o.name === inv.name) === i);
}

/** The half-years from 2015 up to asOf, with the share of each covered by data (1 except the last). */
function periods(asOf: string): { year: number; half: 0 | 1; from: number; to: number }[] {
  const asOfDay = dayOf(asOf);
  const out: { year: number; half: 0 | 1; from: number; to: number }[] = [];
  for (let year = 2015; year <= Number(asOf.slice(0, 4)); year++) {
    for (const half of [0, 1] as const) {
      const from = dayOf(`${year}-${half ? '07' : '01'}-01`);
      const to = Math.min(addMonths(from, 6) - 1, asOfDay);
      if (from <= asOfDay) out.push({ year, half, from, to });
    }
  }
  return out;
}

/** The modeled companies and rounds for a sourced core. */
export function generateLongTail(
  core: Pick<Dataset, 'companies' | 'transactions' | 'asOf'>,
  seed: number,
): { companies: Company[]; investments: Investment[] } {
  const rng = Rng.derive(seed, 'long-tail');
  const pools = investorPools();
  const firms: Firm[] = [];
  const drafts: Draft[] = [];
  const provenance = modeledProvenance(seed);

  for (const p of periods(core.asOf)) {
    const params = YEARS[p.year];
    if (!params) continue;
    const daysInHalf = addMonths(p.from, 6) - p.from;
    const covered = (p.to - p.from + 1) / daysInHalf;
    const sourced = investmentsInto(core as Dataset, { from: isoOf(p.from), to: isoOf(p.to) });
    const total = Math.round((params.deals / 2) * covered);
    const usTotal = Math.round(total * params.usShare[p.half]);
    const n = Math.max(0, total - sourced.length);
    const nUs = Math.max(0, usTotal - sourced.filter((t) => hasInvestorFrom(t, 'US')).length);

    const days = Array.from({ length: n }, () => p.from + rng.int(p.to - p.from + 1)).sort((a, b) => a - b);
    const period: Draft[] = [];
    for (const day of days) {
      const active = firms.filter(
        (f) => day - f.lastDay >= MIN_DAYS_BETWEEN_ROUNDS && day - f.lastDay <= DORMANT_AFTER_DAYS,
      );
      let firm: Firm;
      if (active.length === 0 || rng.next() < params.newCompanyShare) {
        firm = {
          id: `m-ai-${pad(firms.length + 1, 4)}`,
          hq: rng.next() < HK_SHARE ? 'HK' : 'CN',
          stage: 0,
          lastDay: day,
          hasUs: false,
        };
        firms.push(firm);
      } else {
        // Companies that raised recently are likelier to raise again.
        firm = active[rng.weighted(active.map((f) => 1 / (1 + (day - f.lastDay) / 365)))]!;
        firm.stage = Math.min(firm.stage + 1, MAX_STAGE);
        firm.lastDay = day;
      }
      const amountUsd = round3(
        params.medianUsd * Math.exp(STAGE_STEP * (firm.stage - 1) + params.sigma * rng.normal()),
      );
      period.push({ day, firm, amountUsd, us: false, foreign: false });
    }

    // US rounds: the top nUs by a noisy score that favours size and existing US backing.
    const scored = period
      .map((d, i) => ({
        i,
        score: US_SIZE_WEIGHT * Math.log(d.amountUsd) + (d.firm.hasUs ? US_PRIOR_BONUS : 0) + rng.gumbel(),
      }))
      .sort((a, b) => b.score - a.score);
    for (const { i } of scored.slice(0, nUs)) period[i]!.us = true;
    for (const d of period) {
      if (d.us) d.firm.hasUs = true;
      else d.foreign = rng.next() < FOREIGN_SHARE;
    }
    drafts.push(...period);
  }

  const investments: Investment[] = drafts
    .sort((a, b) => a.day - b.day)
    .map((d, i) => ({
      id: `m-inv-${pad(i + 1, 5)}`,
      kind: 'investment',
      date: isoOf(d.day),
      companyId: d.firm.id,
      instrument: 'equity',
      investors: investorsOf(d, rng, pools),
      amountUsd: d.amountUsd,
      provenance,
    }));
  const companies: Company[] = firms.map((f) => ({
    id: f.id,
    name: `Modeled AI firm ${f.id.slice(5)}`,
    kind: 'company',
    hq: f.hq,
    sectors: ['ai'],
    endUses: [],
    provenance,
  }));
  return { companies, investments };
}
