/**
 * The Epoch import reproduces the China extract (data/sources/epoch/build_china_extract.py), and the shipped
 * dataset's per-year counts of Chinese models above each compute line equal those computed from the repo's
 * copies of Epoch's CSVs and the table in data/sources/epoch/SOURCE.md.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMPUTED_COMPUTE } from '../../scripts/data/curated/imputed-compute';
import { type CsvRow, readCsv, sha256Of } from '../../scripts/data/lib/csv';
import { type EpochModelsDocument, importEpoch } from '../../scripts/data/lib/epoch-import';
import { chinaModels, computeOf, mergeModels } from '../../scripts/data/lib/epoch-union';
import { PATHS } from '../../scripts/data/lib/paths';
import { datasetStats } from '../../src/data/dataset-stats';
import { defaultDataset } from './helpers';

/** The SOURCE.md table (CN > line, by publication year; zero years omitted). */
const SOURCE_TABLE = {
  '1e23': { '2021': 3, '2022': 1, '2023': 26, '2024': 39, '2025': 65, '2026': 9 },
  '1e24': { '2021': 2, '2023': 7, '2024': 18, '2025': 46, '2026': 9 },
  '1e25': { '2024': 1, '2025': 2, '2026': 1 },
  '1e26': {},
};

let notable: CsvRow[];
let largeScale: CsvRow[];

beforeAll(() => {
  notable = readCsv(PATHS.notable);
  largeScale = readCsv(PATHS.largeScale);
});

/** Counts straight from the CSV rows: no company table, no dataset format in between. */
function countsFromCsv(): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = { '1e23': {}, '1e24': {}, '1e25': {}, '1e26': {} };
  for (const m of chinaModels(mergeModels(notable, largeScale))) {
    const flop = computeOf(m.row);
    if (flop === null) continue;
    const year = (m.row['Publication date'] ?? '').slice(0, 4);
    for (const line of Object.keys(out))
      if (flop > Number(line)) out[line]![year] = (out[line]![year] ?? 0) + 1;
  }
  return out;
}

describe('Epoch import', () => {
  it('takes the same union and China filter as build_china_extract.py', () => {
    const extract = readCsv(PATHS.chinaExtract);
    const ours = chinaModels(mergeModels(notable, largeScale));
    expect(mergeModels(notable, largeScale)).toHaveLength(1388);
    expect(ours.map((m) => (m.row.Model ?? '').trim())).toEqual(extract.map((r) => r.model));
    expect(ours.map((m) => (m.row['Training compute (FLOP)'] ?? '').trim())).toEqual(
      extract.map((r) => r.training_compute_flop),
    );
    expect(ours.map((m) => m.scope)).toEqual(extract.map((r) => r.china_scope));
  });

  it('handles the DeepSeek V4 Pro 0813 case: compute, confidence and notes come together from large-scale', () => {
    const m = chinaModels(mergeModels(notable, largeScale)).find(
      (x) => x.row.Model === 'DeepSeek-V4-Pro-0813',
    );
    expect(m?.inNotable && m.inLargeScale).toBe(true);
    expect(computeOf(m!.row)).toBe(9.702e24);
    expect(m!.row.Confidence).toBe('Unverified');
  });

  it('matches the committed data/derived/epoch-models.json', () => {
    const inputs = [PATHS.notable, PATHS.largeScale].map((p) => ({
      name: basename(p),
      sha256: sha256Of(p),
      rows: readCsv(p),
    }));
    const fresh = importEpoch(inputs, readCsv(PATHS.companies)).document;
    const committed = JSON.parse(readFileSync(PATHS.epochModels, 'utf8')) as EpochModelsDocument;
    expect(committed).toEqual(fresh);
    expect(committed.models).toHaveLength(342);
  });

  it('gives every Epoch model its confidence or says why not, and credits Epoch', () => {
    const committed = JSON.parse(readFileSync(PATHS.epochModels, 'utf8')) as EpochModelsDocument;
    for (const m of committed.models) {
      expect(m.provenance.sources[0]).toMatch(/^Epoch AI, 'Data on AI Models' \(CC BY 4\.0\)/);
      expect(m.provenance.notes).toBeTruthy();
    }
  });
});

describe('imputed compute estimates (scripts/data/curated/imputed-compute.ts)', () => {
  it('take exactly the listed models whose compute column is blank, with the figure their notes state', () => {
    const committed = JSON.parse(readFileSync(PATHS.epochModels, 'utf8')) as EpochModelsDocument;
    const imputed = committed.models.filter((m) => m.trainingComputeImputed);
    expect(imputed.map((m) => [m.name, m.trainingComputeFlop, m.provenance.confidence])).toEqual([
      ['Aquila2 34B', 4.08e23, 'likely'],
      ['GLM-4 (0116)', 1.2e25, 'likely'],
      ['GLM-4 (0520)', 1.2e25, 'likely'],
      ['GLM-4V-9B', 5.4e23, 'likely'],
      ['GLM-4-Plus', 3.6e25, 'speculative'],
    ]);
    const rows = new Map(chinaModels(mergeModels(notable, largeScale)).map((m) => [m.row.Model, m.row]));
    for (const entry of IMPUTED_COMPUTE) {
      const row = rows.get(entry.model)!;
      expect(computeOf(row), entry.model).toBeNull();
      expect(row['Training compute notes'], entry.model).toContain(entry.quote);
    }
    for (const m of imputed) expect(m.provenance.notes).toMatch(/^Imputed: Epoch's compute column is blank/);
    expect(imputed.find((m) => m.name === 'GLM-4-Plus')?.provenance.sources).toContain(
      'https://colab.research.google.com/drive/1r3pUMhB7Kh0Gls9eG-v_XefWrye9fVQR?usp=sharing',
    );
  });

  it('fail the import loudly when the source no longer states the figure, or fills the column', () => {
    const inputs = (change: (row: CsvRow) => CsvRow) =>
      [PATHS.notable, PATHS.largeScale].map((p) => ({
        name: basename(p),
        sha256: '',
        rows: readCsv(p).map((r) => (r.Model === 'GLM-4-Plus' ? change(r) : r)),
      }));
    const companies = readCsv(PATHS.companies);
    expect(() =>
      importEpoch(
        inputs((r) => ({ ...r, 'Training compute notes': 'No estimate.' })),
        companies,
      ),
    ).toThrow(/GLM-4-Plus: Epoch's compute notes no longer say/);
    expect(() =>
      importEpoch(
        inputs((r) => ({ ...r, 'Training compute (FLOP)': '3.6e+25' })),
        companies,
      ),
    ).toThrow(/GLM-4-Plus: Epoch's compute column now holds/);
  });
});

describe('Chinese models above each line in the shipped dataset', () => {
  it('equal the counts computed from the source CSVs, imputed estimates left out (Epoch’s compute column)', async () => {
    expect(datasetStats(await defaultDataset(), { countImputed: false }).modelsAboveByYear).toEqual(
      countsFromCsv(),
    );
  });

  it('match the table in data/sources/epoch/SOURCE.md, imputed estimates left out', async () => {
    expect(datasetStats(await defaultDataset(), { countImputed: false }).modelsAboveByYear).toEqual(
      SOURCE_TABLE,
    );
  });

  it('count the five imputed estimates by default: 2023 +1 above 1e23; 2024 +4 / +3 / +3', async () => {
    expect(datasetStats(await defaultDataset()).modelsAboveByYear).toEqual({
      '1e23': { ...SOURCE_TABLE['1e23'], '2023': 27, '2024': 43 },
      '1e24': { ...SOURCE_TABLE['1e24'], '2024': 21 },
      '1e25': { ...SOURCE_TABLE['1e25'], '2024': 4 },
      '1e26': {},
    });
  });

  it('leave the unverified September 2026 addendum out', async () => {
    const names = new Set((await defaultDataset()).models.map((m) => m.name));
    for (const row of readCsv(
      `${PATHS.chinaExtract.replace('china-models.csv', 'china-models-addendum-2026-09.csv')}`,
    ))
      expect(names.has(row.model ?? '')).toBe(false);
  });
});
