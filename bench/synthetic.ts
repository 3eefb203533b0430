/**
 * A seeded, deterministic generator of valid synthetic datasets of N transactions, for benchmarks.
 *
 * The mix follows the shape of the real data, not its numbers: about 70 % investment rounds (1–4 investors from
 * various countries, a minority from the US), 20 % chip purchases and 10 % model-access flows; a few thousand to
 * tens of thousands of companies, mostly in mainland China, some in Hong Kong, Macau, Singapore and elsewhere, some
 * majority-owned from China, some relocating, some listed (Entity List, MEU, SDN, NS-CMIC, now and then
 * delisted), some valued; models with log-uniform training compute from 1e21 to 1e27 FLOP; dates 2015–2030.
 *
 * Everything is labelled "modeled". Records share immutable sub-objects (provenance, investor records, date
 * strings) so a million transactions fit in memory; the dataset is valid under `parseDataset` (the bench checks
 * a small one). Same (n, seed) → the same dataset, bit for bit.
 */
import type {
  Chip,
  Company,
  Dataset,
  EndUse,
  Instrument,
  ListName,
  Model,
  SemiconductorActivity,
  Transaction,
} from '../src/engine';

export interface SyntheticOptions {
  /** Number of transactions. */
  readonly transactions: number;
  readonly seed?: number;
  /** Number of companies; by default 20·√N, between 1,000 and 40,000 (2,000 at 10 k, 20,000 at 1 M). */
  readonly companies?: number;
}

/** mulberry32: a small, fast, well-distributed 32-bit PRNG; deterministic for a seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVENANCE = Object.freeze({
  kind: 'modeled' as const,
  sources: Object.freeze(['synthetic benchmark data (bench/synthetic.ts)']) as string[],
});

/** A chip catalogue in the spirit of domain-facts B3 (figures approximate). */
const CHIPS: Chip[] = [
  ['a100', 'NVIDIA A100', 'NVIDIA', 'US', 4992, 6.0, 600, true],
  ['a800', 'NVIDIA A800', 'NVIDIA', 'US', 4992, 6.0, 400, true],
  ['h100', 'NVIDIA H100', 'NVIDIA', 'US', 15832, 19.4, 900, true],
  ['h800', 'NVIDIA H800', 'NVIDIA', 'US', 15832, 19.4, 400, true],
  ['h20', 'NVIDIA H20', 'NVIDIA', 'US', 2368, 2.9, 900, true],
  ['h200', 'NVIDIA H200', 'NVIDIA', 'US', 15832, 19.4, 900, true],
  ['l20', 'NVIDIA L20', 'NVIDIA', 'US', 1912, 3.1, 64, true],
  ['rtx-4090', 'NVIDIA RTX 4090', 'NVIDIA', 'US', 5285, 8.7, 64, false],
  ['rtx-4090d', 'NVIDIA RTX 4090D', 'NVIDIA', 'US', 4707, 7.7, 64, false],
  ['mi300x', 'AMD MI300X', 'AMD', 'US', 20915, 27.6, 896, true],
  ['ascend-910b', 'Huawei Ascend 910B', 'Huawei', 'CN', 5100, null, null, true],
  ['ascend-910c', 'Huawei Ascend 910C', 'Huawei', 'CN', 10000, null, null, true],
].map(([id, name, vendor, origin, tpp, performanceDensity, interconnectGBs, dataCenter]) => ({
  id: id as string,
  name: name as string,
  vendor: vendor as string,
  origin: origin as string,
  tpp: tpp as number,
  performanceDensity: performanceDensity as number | null,
  interconnectGBs: interconnectGBs as number | null,
  dataCenter: dataCenter as boolean,
  provenance: PROVENANCE,
}));

const TEACHERS = [
  { developer: 'OpenAI', country: 'US', access: 'closed-api' as const },
  { developer: 'Anthropic', country: 'US', access: 'closed-api' as const },
  { developer: 'Google', country: 'US', access: 'closed-api' as const },
  { developer: 'Meta', country: 'US', access: 'open-weights' as const },
  { developer: 'Mistral', country: 'FR', access: 'closed-api' as const },
  { developer: 'Mistral', country: 'FR', access: 'open-weights' as const },
];

type Weighted<T> = readonly (readonly [T, number])[];

/** Return a sampler over weighted values (weights need not sum to 1). */
function weighted<T>(rand: () => number, table: Weighted<T>): () => T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  const cumulative = table.map(([, w]) => w / total);
  for (let i = 1; i < cumulative.length; i++) cumulative[i]! += cumulative[i - 1]!;
  return () => {
    const u = rand();
    for (let i = 0; i < table.length; i++) if (u < cumulative[i]!) return table[i]![0];
    return table[table.length - 1]![0];
  };
}

const HQ: Weighted<string> = [
  ['CN', 70],
  ['HK', 8],
  ['MO', 1],
  ['SG', 7],
  ['US', 7],
  ['JP', 2],
  ['GB', 2],
  ['TW', 1],
  ['DE', 1],
  ['AE', 1],
];
const INVESTOR_COUNTRY: Weighted<string> = [
  ['CN', 55],
  ['US', 12],
  ['HK', 9],
  ['SG', 7],
  ['JP', 4],
  ['GB', 3],
  ['AE', 3],
  ['SA', 2],
  ['DE', 2],
  ['FR', 1],
  ['KR', 2],
];
const INSTRUMENT: Weighted<Instrument> = [
  ['equity', 60],
  ['contingent-equity', 3],
  ['convertible-debt', 5],
  ['debt', 5],
  ['public-securities', 7],
  ['lp-fund', 5],
  ['joint-venture', 3],
  ['greenfield', 2],
  ['secondary', 7],
  ['acquisition', 3],
];
const LIST: Weighted<ListName> = [
  ['entity-list', 60],
  ['meu', 10],
  ['sdn', 5],
  ['ns-cmic', 15],
  ['dod-1260h', 10],
];
const SEMI: readonly SemiconductorActivity[] = [
  'eda',
  'equipment',
  'advanced-design',
  'design',
  'advanced-fab',
  'fab',
  'advanced-packaging',
  'packaging',
  'supercomputer',
];
const USES: readonly EndUse[] = [
  'military',
  'intelligence',
  'surveillance',
  'cybersecurity',
  'forensics',
  'penetration-testing',
  'robotics',
  'biology',
];

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2030, 11, 31) / DAY_MS;

/** Every ISO date from 2015-01-01 to 2030-12-31, built once and shared by all records. */
const DATES: readonly string[] = Array.from({ length: LAST_DAY - FIRST_DAY + 1 }, (_, i) =>
  new Date((FIRST_DAY + i) * DAY_MS).toISOString().slice(0, 10),
);

/** Generate a valid synthetic dataset of `transactions` transactions. */
export function syntheticDataset(options: SyntheticOptions): Dataset {
  const n = options.transactions;
  const rand = prng(options.seed ?? 1);
  const nCompanies =
    options.companies ?? Math.min(40_000, Math.max(1_000, Math.round(20 * Math.sqrt(Math.max(n, 1)))));
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const chance = (p: number) => rand() < p;
  const logUniform = (lo: number, hi: number) => 10 ** (lo + rand() * (hi - lo));
  const date = (from = 0, to = DATES.length - 1) => DATES[between(from, to)]!;
  const dayIndex = (iso: string) =>
    Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8)) / DAY_MS - FIRST_DAY;
  const hq = weighted(rand, HQ);
  const investorCountry = weighted(rand, INVESTOR_COUNTRY);
  const instrument = weighted(rand, INSTRUMENT);
  const list = weighted(rand, LIST);

  // A pool of investors per country, shared by every round.
  const investorsOf = new Map<string, { name: string; country: string }[]>();
  for (const [country] of INVESTOR_COUNTRY) {
    investorsOf.set(
      country,
      Array.from({ length: 40 }, (_, i) => Object.freeze({ name: `${country} Fund ${i + 1}`, country })),
    );
  }

  const companies: Company[] = [];
  const companyIds: string[] = [];
  for (let i = 0; i < nCompanies; i++) {
    const id = `co-${i}`;
    companyIds.push(id);
    const home = hq();
    const sectors: Company['sectors'] = [];
    if (chance(0.8)) sectors.push('ai');
    if (chance(0.2) || sectors.length === 0) sectors.push('semiconductors');
    if (chance(0.03)) sectors.push('quantum');
    const company: Company = {
      id,
      name: `Synthetic company ${i}`,
      kind: chance(0.95) ? 'company' : chance(0.5) ? 'university' : 'government-lab',
      hq: home,
      sectors,
      endUses: [{ use: 'general', exclusive: false }],
      provenance: PROVENANCE,
    };
    if (home !== 'CN' && home !== 'HK' && home !== 'MO' && chance(0.3)) {
      const cn = Math.round(rand() * 100) / 100;
      company.ownership = { CN: cn, [home]: Math.round((1 - cn) * 100) / 100 };
    }
    if (chance(0.03)) {
      company.relocations = [{ date: date(), hq: home === 'SG' ? 'CN' : chance(0.7) ? 'SG' : 'US' }];
      if (chance(0.2)) company.relocations.push({ date: date(), hq: 'HK' });
    }
    if (sectors.includes('semiconductors')) company.semiconductorActivities = SEMI.filter(() => chance(0.15));
    if (sectors.includes('quantum'))
      company.quantumActivities = chance(0.8) ? ['computer'] : ['sensing-military', 'networking'];
    if (chance(0.1)) {
      const use = USES[between(0, USES.length - 1)]!;
      company.endUses = [...company.endUses, { use, exclusive: chance(0.1) }];
    }
    if (chance(0.05)) {
      const from = between(0, DATES.length - 1);
      company.listings = [{ list: list(), from: DATES[from]! }];
      if (chance(0.1) && from < DATES.length - 2)
        company.listings[0] = { ...company.listings[0]!, to: date(from + 1) };
      if (chance(0.3)) company.listings.push({ list: list(), from: date() });
    }
    if (chance(0.01)) company.leading = true;
    if (chance(0.4)) {
      const k = between(1, 3);
      company.valuations = Array.from({ length: k }, () => ({ date: date(), usd: logUniform(6, 11) }));
    }
    companies.push(company);
  }

  const nModels = Math.round(nCompanies * 1.5);
  const models: Model[] = [];
  for (let i = 0; i < nModels; i++) {
    // Compute grows over time: later models skew larger, within the 1e21–1e27 band.
    const d = between(0, DATES.length - 1);
    const model: Model = {
      id: `m-${i}`,
      companyId: companyIds[between(0, nCompanies - 1)]!,
      name: `Synthetic model ${i}`,
      date: DATES[d]!,
      trainingComputeFlop: chance(0.1) ? null : logUniform(21, 27),
      primarilyBiological: chance(0.03),
      openWeights: chance(0.4),
      provenance: PROVENANCE,
    };
    if (chance(0.2))
      model.trainingChips = [{ chipId: CHIPS[between(0, CHIPS.length - 1)]!.id, units: between(64, 20000) }];
    models.push(model);
  }

  const transactions: Transaction[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const id = `tx-${i}`;
    const companyId = chance(0.002) ? null : companyIds[between(0, nCompanies - 1)]!;
    const u = rand();
    if (u < 0.7) {
      const k = between(1, 4);
      const investors = new Array<{ name: string; country: string }>(k);
      for (let j = 0; j < k; j++) {
        const pool = investorsOf.get(investorCountry())!;
        investors[j] = pool[between(0, pool.length - 1)]!;
      }
      const inst = instrument();
      const when = date();
      transactions[i] = {
        id,
        kind: 'investment',
        date: when,
        companyId,
        instrument: inst,
        investors,
        amountUsd: chance(0.05) ? null : logUniform(5, 9.5),
        lpCommitmentUsd: inst === 'lp-fund' ? logUniform(5, 7.5) : null,
        bindingCommitmentDate: chance(0.03) ? date(Math.max(0, dayIndex(when) - 400), dayIndex(when)) : null,
        provenance: PROVENANCE,
      };
    } else if (u < 0.9) {
      const chip = CHIPS[between(0, CHIPS.length - 1)]!;
      transactions[i] = {
        id,
        kind: 'chip-purchase',
        date: date(),
        companyId,
        chipId: chip.id,
        units: chance(0.05) ? null : Math.round(logUniform(0, 4.7)),
        supplierCountry: chip.origin,
        provenance: PROVENANCE,
      };
    } else {
      transactions[i] = {
        id,
        kind: 'model-access',
        date: date(),
        companyId,
        teacher: TEACHERS[between(0, TEACHERS.length - 1)]!,
        exchanges: chance(0.05) ? null : Math.round(logUniform(3, 7.3)),
        provenance: PROVENANCE,
      };
    }
  }

  return {
    format: 'yardstick-dataset',
    version: 1,
    name: `Synthetic ${n} transactions (seed ${options.seed ?? 1})`,
    asOf: '2026-08-19',
    description: 'Synthetic benchmark data: every record is modeled, none is real.',
    companies,
    models,
    chips: CHIPS,
    transactions,
  };
}
