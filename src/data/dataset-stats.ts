/**
 * Summary counts of a dataset, for the runner's `--dataset-stats` and for docs/DATA.md: how many companies,
 * models and transactions of each kind and provenance; Chinese models above each compute line by year; the
 * Chinese developers above each line with their first model above it; and investments into Chinese companies by
 * year with and without a US investor.
 */
import {
  COMPANY_KINDS,
  type Confidence,
  type Dataset,
  firstDayAbove,
  indexDataset,
  isoOf,
  TRANSACTION_KINDS,
} from '../engine';
import { CHINA_CODES, hasInvestorFrom, hqOn } from './calibration/measures';
import { withoutImputedCompute } from './pipeline';

type Count = Record<string, number>;

/** The shape `datasetStats` returns (keys of years are strings such as "2025"). */
export interface DatasetStats {
  readonly companies: { readonly total: number; readonly byKind: Count; readonly byProvenance: Count };
  readonly models: { readonly total: number; readonly byProvenance: Count };
  readonly transactions: {
    readonly total: number;
    readonly byKind: Record<string, { total: number; sourced: number; modeled: number }>;
  };
  readonly modelsAboveByYear: Record<'1e23' | '1e24' | '1e25' | '1e26', Count>;
  /** Per line, the Chinese developers with a model strictly above it, each at its first crossing, by date. */
  readonly developersAbove: Record<'1e23' | '1e24' | '1e25', DeveloperAbove[]>;
  readonly investmentsByYear: Record<string, { total: number; withUsInvestor: number }>;
}

/** A developer's first model above a compute line. */
export interface DeveloperAbove {
  /** The company id. */
  readonly id: string;
  /** The release date of its first model above the line. */
  readonly firstDay: string;
  /** That model's id. */
  readonly model: string;
  readonly computeFlop: number;
  /** The estimate's confidence (Epoch's words for Epoch figures), or null if none is given. */
  readonly confidence: Confidence | null;
  /** The figure is an imputed estimate (given only in the source's notes). */
  readonly imputed: boolean;
}

export interface StatsOptions {
  /** Count imputed compute estimates (default true, as the scenario assumption); false: treat them as unknown. */
  readonly countImputed?: boolean;
}

/** The compute lines counted, strictly greater than (as 31 CFR 850 words them). */
export const COMPUTE_LINES = { '1e23': 1e23, '1e24': 1e24, '1e25': 1e25, '1e26': 1e26 } as const;

function sortedKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The lines `developersAbove` lists. */
const DEVELOPER_LINES = ['1e23', '1e24', '1e25'] as const;

/**
 * For each line, the developers (a model's `companyId`, as the measures count it) headquartered in CN/HK/MO on the
 * day their first model strictly above the line was released, ordered by that day, then id.
 */
function developersAbove(dataset: Dataset, isChinese: (id: string, date: string) => boolean) {
  const index = indexDataset({ ...dataset, transactions: [] });
  const out = {} as Record<(typeof DEVELOPER_LINES)[number], DeveloperAbove[]>;
  for (const line of DEVELOPER_LINES) {
    const first = firstDayAbove(index, COMPUTE_LINES[line]);
    const list: DeveloperAbove[] = [];
    for (let c = 0; c < index.companies.count; c++) {
      const m = first.model[c]!;
      if (m < 0) continue;
      const model = dataset.models[m]!;
      const firstDay = isoOf(first.day[c]!);
      if (!isChinese(model.companyId, firstDay)) continue;
      list.push({
        id: model.companyId,
        firstDay,
        model: model.id,
        computeFlop: model.trainingComputeFlop!,
        confidence: model.provenance.confidence ?? null,
        imputed: model.trainingComputeImputed === true,
      });
    }
    out[line] = list.sort((a, b) =>
      a.firstDay < b.firstDay ? -1 : a.firstDay > b.firstDay ? 1 : a.id < b.id ? -1 : 1,
    );
  }
  return out;
}

/**
 * Compute the summary counts of a dataset. Imputed compute estimates count unless `countImputed` is false (then
 * the model counts match the source's compute column: Epoch's, for the built-in data).
 */
export function datasetStats(input: Dataset, options: StatsOptions = {}): DatasetStats {
  const dataset = options.countImputed === false ? withoutImputedCompute(input) : input;
  const byId = new Map(dataset.companies.map((c) => [c.id, c]));
  const isChinese = (companyId: string, date: string) => {
    const c = byId.get(companyId);
    return c !== undefined && CHINA_CODES.has(hqOn(c, date));
  };

  const companyKinds: Count = Object.fromEntries(COMPANY_KINDS.map((k) => [k, 0]));
  const companyProvenance: Count = { sourced: 0, modeled: 0 };
  for (const c of dataset.companies) {
    companyKinds[c.kind] = (companyKinds[c.kind] ?? 0) + 1;
    companyProvenance[c.provenance.kind] = (companyProvenance[c.provenance.kind] ?? 0) + 1;
  }

  const modelProvenance: Count = { sourced: 0, modeled: 0 };
  const above: Record<keyof typeof COMPUTE_LINES, Count> = { '1e23': {}, '1e24': {}, '1e25': {}, '1e26': {} };
  for (const m of dataset.models) {
    modelProvenance[m.provenance.kind] = (modelProvenance[m.provenance.kind] ?? 0) + 1;
    const flop = m.trainingComputeFlop;
    if (flop === null) continue;
    // A model counts as Chinese if its developer, or any co-developer, is headquartered in CN/HK/MO then.
    if (![m.companyId, ...(m.otherCompanyIds ?? [])].some((id) => isChinese(id, m.date))) continue;
    const year = m.date.slice(0, 4);
    for (const [line, threshold] of Object.entries(COMPUTE_LINES) as [keyof typeof COMPUTE_LINES, number][]) {
      if (flop > threshold) above[line][year] = (above[line][year] ?? 0) + 1;
    }
  }

  const txKinds: Record<string, { total: number; sourced: number; modeled: number }> = Object.fromEntries(
    TRANSACTION_KINDS.map((k) => [k, { total: 0, sourced: 0, modeled: 0 }]),
  );
  const investments: Record<string, { total: number; withUsInvestor: number }> = {};
  for (const t of dataset.transactions) {
    const k = txKinds[t.kind]!;
    k.total++;
    k[t.provenance.kind]++;
    if (t.kind !== 'investment' || t.companyId === null || !isChinese(t.companyId, t.date)) continue;
    const year = t.date.slice(0, 4);
    const y = investments[year] ?? { total: 0, withUsInvestor: 0 };
    y.total++;
    if (hasInvestorFrom(t, 'US')) y.withUsInvestor++;
    investments[year] = y;
  }

  return {
    companies: { total: dataset.companies.length, byKind: companyKinds, byProvenance: companyProvenance },
    models: { total: dataset.models.length, byProvenance: modelProvenance },
    transactions: { total: dataset.transactions.length, byKind: txKinds },
    modelsAboveByYear: {
      '1e23': sortedKeys(above['1e23']),
      '1e24': sortedKeys(above['1e24']),
      '1e25': sortedKeys(above['1e25']),
      '1e26': sortedKeys(above['1e26']),
    },
    developersAbove: developersAbove(dataset, isChinese),
    investmentsByYear: sortedKeys(investments),
  };
}
