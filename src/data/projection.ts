/**
 * Projection beyond a dataset's as-of date (docs/DATA.md §1.4): modeled models, financing rounds, chip
 * purchases and access flows from the day after `asOf` to the end of the `until` quarter, driven by the
 * scenario's assumptions, so a fixed threshold's bite over time is visible.
 *
 * - Models: every developer with a compute-estimated model in the two years to `asOf` keeps releasing at its
 *   recent pace; each new model's compute is the developer's recent largest × growth^(years since that model)
 *   × a seeded jitter. The jitter and release days do not depend on the growth rate, so a higher rate never
 *   gives a model less compute (and never fewer companies above a line).
 * - Rounds: the count of investments into CN/HK/MO companies in the 12 months to `asOf`, × dealVolumeTrend
 *   per year; the US-investor share of those months × usShareTrend per year. Each round's draws come from its
 *   own seeded stream, so more rounds only add rounds and a higher share only adds US investors.
 * - Chip purchases and access flows: the 12-month pace, flat, with chips, teachers and volumes drawn from
 *   that window.
 * Pure and deterministic in (dataset, assumptions, until); returns the input itself if projection is off.
 */
import {
  type ChipPurchase,
  type Company,
  type Dataset,
  dayOf,
  firstDayOf,
  isoOf,
  lastDayOf,
  type Model,
  type ModelAccess,
  ordinalOf,
  ordinalOfDay,
  type Quarter,
  quarterOf,
  type Transaction,
} from '../engine';
import type { Assumptions } from '../scenario/schema';
import { CHINA_CODES, hasInvestorFrom, hqOn } from './calibration/measures';
import { Rng, round3 } from './generator/prng';

/** The projection's version, recorded in every projected record's provenance. */
export const PROJECTION_VERSION = 1;
const SOURCE = `yardstick-projection-v${PROJECTION_VERSION}`;
const EPOCH_TREND =
  'Epoch AI, "China compute trends" (22 Jan 2025): top Chinese models ≈3×/yr (default growth)';
const YEAR = 365.25;
/** Share of projected rounds that go to a model developer, to a firm that raised in the last year, or else a new firm. */
const DEVELOPER_SHARE = 0.1;
const FOLLOW_ON_SHARE = 0.45;
/** Log-scale spread of a projected model's compute around the developer's trend. Assumption. */
const COMPUTE_JITTER = 0.25;

interface Window {
  readonly deals: number;
  readonly usShare: number;
  readonly logMedian: number;
  readonly logSigma: number;
  readonly raisers: readonly string[];
  readonly purchases: readonly ChipPurchase[];
  readonly flows: readonly ModelAccess[];
}

function logStats(
  values: readonly number[],
  fallbackMedian: number,
  fallbackSigma: number,
): [number, number] {
  const logs = values.filter((v) => v > 0).map(Math.log);
  if (logs.length < 5) return [Math.log(fallbackMedian), fallbackSigma];
  const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
  const variance = logs.reduce((a, b) => a + (b - mean) ** 2, 0) / (logs.length - 1);
  return [mean, Math.max(0.3, Math.sqrt(variance))];
}

/** The 12 months to asOf: the "modeled 2025–26 level" the projection starts from. One pass over the transactions. */
function baseWindow(dataset: Dataset, isChinese: (id: string | null, date: string) => boolean): Window {
  const from = isoOf(dayOf(dataset.asOf) - 364);
  let deals = 0;
  let us = 0;
  const amounts: number[] = [];
  const raisers = new Set<string>();
  const purchases: ChipPurchase[] = [];
  const flows: ModelAccess[] = [];
  for (const t of dataset.transactions) {
    // Chips seen in use are evidence, not purchases: they set no pace for projected purchases.
    if (t.date < from || t.date > dataset.asOf || t.kind === 'hardware-in-use') continue;
    if (t.kind === 'model-access') {
      if (t.companyId === null || isChinese(t.companyId, t.date)) flows.push(t);
      continue;
    }
    if (!isChinese(t.companyId, t.date)) continue;
    if (t.kind === 'chip-purchase') {
      purchases.push(t);
      continue;
    }
    deals++;
    if (hasInvestorFrom(t, 'US')) us++;
    if (t.amountUsd !== null) amounts.push(t.amountUsd);
    raisers.add(t.companyId!);
  }
  const [logMedian, logSigma] = logStats(amounts, 10.4e6, 0.9);
  return {
    deals,
    usShare: deals ? us / deals : 0,
    logMedian,
    logSigma,
    raisers: [...raisers].sort(),
    purchases,
    flows,
  };
}

/** Developers with a compute-estimated model in the two years to asOf, their recent frontier and pace. */
function activeDevelopers(dataset: Dataset, isChinese: (id: string | null, date: string) => boolean) {
  const asOfDay = dayOf(dataset.asOf);
  const byCompany = new Map<string, Model[]>();
  for (const m of dataset.models) {
    if (m.trainingComputeFlop === null || m.date > dataset.asOf || asOfDay - dayOf(m.date) > 730) continue;
    if (!isChinese(m.companyId, m.date)) continue;
    byCompany.set(m.companyId, [...(byCompany.get(m.companyId) ?? []), m]);
  }
  return [...byCompany.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([companyId, models]) => {
      const recent = models.filter((m) => asOfDay - dayOf(m.date) <= 365);
      const pool = recent.length ? recent : models;
      const top = pool.reduce((a, b) => (b.trainingComputeFlop! > a.trainingComputeFlop! ? b : a));
      return {
        companyId,
        top,
        perYear: Math.min(3, Math.max(0.5, models.length / 2)),
        openWeights: models[models.length - 1]!.openWeights,
      };
    });
}

/** Extend a dataset with modeled records from the day after `asOf` to the end of `until`. */
export function projectDataset(dataset: Dataset, assumptions: Assumptions, until: Quarter): Dataset {
  if (!assumptions.projection) return dataset;
  const asOfDay = dayOf(dataset.asOf);
  const endDay = lastDayOf(ordinalOf(until));
  if (endDay <= asOfDay) return dataset;
  const seed = assumptions.seed;
  const notes = `generator v${PROJECTION_VERSION}, seed ${seed}`;
  const dealProvenance = { kind: 'modeled' as const, sources: [SOURCE], notes };
  const modelProvenance = { kind: 'modeled' as const, sources: [SOURCE, EPOCH_TREND], notes };

  const companyById = new Map(dataset.companies.map((c) => [c.id, c]));
  const isChinese = (id: string | null, date: string) => {
    const c = id === null ? undefined : companyById.get(id);
    return c !== undefined && CHINA_CODES.has(hqOn(c, date));
  };
  const window = baseWindow(dataset, isChinese);
  const developers = activeDevelopers(dataset, isChinese);
  const newCompanies: Company[] = [];
  const newModels: Model[] = [];
  const newTx: Transaction[] = [];

  // Models: each developer's frontier grows by computeGrowthPerYear from its recent largest model.
  for (const dev of developers) {
    const rng = Rng.derive(seed, `model:${dev.companyId}`);
    const interval = YEAR / dev.perYear;
    const topDay = dayOf(dev.top.date);
    let day = asOfDay + 1 + Math.floor(rng.next() * interval);
    for (let k = 1; day <= endDay; k++, day = asOfDay + 1 + Math.floor((k - 1 + rng.next()) * interval)) {
      const jitter = Math.exp(COMPUTE_JITTER * rng.normal());
      const flop =
        dev.top.trainingComputeFlop! * assumptions.computeGrowthPerYear ** ((day - topDay) / YEAR) * jitter;
      newModels.push({
        id: `p-${dev.companyId}-${k}`,
        companyId: dev.companyId,
        name: `Projected model ${k} (${dev.companyId})`,
        date: isoOf(day),
        trainingComputeFlop: round3(flop),
        primarilyBiological: false,
        openWeights: dev.openWeights,
        notes: `Trend from ${dev.top.name} (${dev.top.trainingComputeFlop} FLOP, ${dev.top.date}) at ${assumptions.computeGrowthPerYear}×/yr.`,
        provenance: modelProvenance,
      });
    }
  }

  // Rounds, purchases and flows, quarter by quarter.
  const developerIds = developers
    .map((d) => d.companyId)
    .filter((id) => companyById.get(id)?.kind === 'company');
  const buyers = [...new Set(window.purchases.flatMap((t) => (t.companyId ? [t.companyId] : [])))].sort();
  const [unitsLog, unitsSigma] = logStats(
    window.purchases.flatMap((t) => (t.units === null ? [] : [t.units])),
    256,
    1,
  );
  const [exLog, exSigma] = logStats(
    window.flows.flatMap((t) => (t.exchanges === null ? [] : [t.exchanges])),
    30_000,
    1.5,
  );
  let dealCarry = 0;
  let chipCarry = 0;
  let flowCarry = 0;
  for (let q = ordinalOfDay(asOfDay); q <= ordinalOf(until); q++) {
    const from = Math.max(firstDayOf(q), asOfDay + 1);
    const to = Math.min(lastDayOf(q), endDay);
    if (to < from) continue;
    const frac = (to - from + 1) / (lastDayOf(q) - firstDayOf(q) + 1);
    const years = ((from + to) / 2 - asOfDay) / YEAR;
    const label = quarterOf(q).toLowerCase();

    dealCarry += (window.deals / 4) * frac * assumptions.dealVolumeTrendPerYear ** years;
    const share = Math.min(1, window.usShare * assumptions.usShareTrendPerYear ** years);
    for (let k = 1; dealCarry >= 1; k++, dealCarry--) {
      const rng = Rng.derive(seed, `deal:${label}:${k}`);
      const day = from + rng.int(to - from + 1);
      const us = rng.next() < share;
      const pick = rng.next();
      let companyId: string;
      if (pick < DEVELOPER_SHARE && developerIds.length) companyId = rng.pick(developerIds);
      else if (pick < DEVELOPER_SHARE + FOLLOW_ON_SHARE && window.raisers.length)
        companyId = rng.pick(window.raisers);
      else {
        companyId = `m-ai-p${label}-${String(k).padStart(3, '0')}`;
        newCompanies.push({
          id: companyId,
          name: `Projected AI firm ${label}-${k}`,
          kind: 'company',
          hq: rng.next() < 0.05 ? 'HK' : 'CN',
          sectors: ['ai'],
          endUses: [],
          provenance: dealProvenance,
        });
      }
      newTx.push({
        id: `p-inv-${label}-${String(k).padStart(3, '0')}`,
        kind: 'investment',
        date: isoOf(day),
        companyId,
        instrument: 'equity',
        investors: [
          us
            ? { name: 'US investor (projected)', country: 'US' }
            : { name: 'CN investor (projected)', country: 'CN' },
        ],
        amountUsd: round3(Math.exp(window.logMedian + window.logSigma * rng.normal())),
        provenance: dealProvenance,
      });
    }

    chipCarry += (window.purchases.length / 4) * frac;
    for (let k = 1; chipCarry >= 1 && buyers.length; k++, chipCarry--) {
      const rng = Rng.derive(seed, `chip:${label}:${k}`);
      const like = rng.pick(window.purchases);
      newTx.push({
        id: `p-chip-${label}-${k}`,
        kind: 'chip-purchase',
        date: isoOf(from + rng.int(to - from + 1)),
        companyId: rng.pick(buyers),
        chipId: like.chipId,
        units: Math.max(1, Math.round(round3(Math.exp(unitsLog + unitsSigma * rng.normal())))),
        supplierCountry: like.supplierCountry,
        provenance: dealProvenance,
      });
    }

    flowCarry += (window.flows.length / 4) * frac;
    for (let k = 1; flowCarry >= 1; k++, flowCarry--) {
      const rng = Rng.derive(seed, `flow:${label}:${k}`);
      const like = rng.pick(window.flows);
      newTx.push({
        id: `p-acc-${label}-${k}`,
        kind: 'model-access',
        date: isoOf(from + rng.int(to - from + 1)),
        companyId: like.companyId,
        teacher: like.teacher,
        exchanges: round3(Math.exp(exLog + exSigma * rng.normal())),
        provenance: dealProvenance,
      });
    }
  }

  return {
    ...dataset,
    companies: newCompanies.length ? [...dataset.companies, ...newCompanies] : dataset.companies,
    models: newModels.length ? [...dataset.models, ...newModels] : dataset.models,
    transactions: newTx.length ? [...dataset.transactions, ...newTx] : dataset.transactions,
  };
}
