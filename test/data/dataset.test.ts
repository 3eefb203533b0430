/**
 * The committed default dataset: it validates, it is exactly what `npm run data:build` produces, every
 * sourced record cites a source, every modeled record says how it was made, and the named tables all arrive.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDefaultDataset, serialiseDataset } from '../../scripts/data/lib/build';
import { readCsv } from '../../scripts/data/lib/csv';
import { PATHS, REPO } from '../../scripts/data/lib/paths';
import { EXCLUDED_ROWS } from '../../scripts/data/lib/transactions';
import { CHIP_ERAS, CHIP_LAUNCHES } from '../../src/data/generator/chips-flows';
import {
  chipTests,
  type ExportControlsParams,
  indexDataset,
  isControlled,
  parseDataset,
} from '../../src/engine';
import { committedDatasetText, defaultDataset } from './helpers';

describe('default dataset', () => {
  it('validates with parseDataset and indexes', async () => {
    const parsed = parseDataset(JSON.parse(committedDatasetText()));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(indexDataset(parsed.value).tx.count).toBe(parsed.value.transactions.length);
  });

  it('is named Default, as of the Epoch snapshot', async () => {
    const d = await defaultDataset();
    expect(d.name).toBe('Default');
    expect(d.asOf).toBe('2026-08-19');
    expect(d.credits?.join(' ')).toContain("Epoch AI, 'Data on AI Models' (CC BY 4.0)");
  });

  it('equals a fresh build, byte for byte (determinism)', () => {
    expect(serialiseDataset(buildDefaultDataset())).toBe(committedDatasetText());
  });

  it('gives every sourced record at least one source', async () => {
    const d = await defaultDataset();
    const records = [...d.companies, ...d.models, ...d.transactions];
    for (const r of records)
      if (r.provenance.kind === 'sourced') expect(r.provenance.sources.length, r.id).toBeGreaterThan(0);
    for (const chip of d.chips) expect(chip.provenance?.sources.length, chip.id).toBeGreaterThan(0);
  });

  it('labels every modeled record with the generator and seed', async () => {
    const d = await defaultDataset();
    for (const r of [...d.companies, ...d.models, ...d.transactions]) {
      if (r.provenance.kind !== 'modeled') continue;
      expect(r.provenance.sources.length).toBeGreaterThan(0);
      expect(r.provenance.notes).toMatch(/^generator v\d+, seed \d+$/);
    }
  });

  it('keeps every company of companies.csv and adds the 18 firms transactions.csv references', async () => {
    const d = await defaultDataset();
    const sourced = d.companies.filter((c) => c.provenance.kind === 'sourced');
    expect(sourced).toHaveLength(103 + 18);
    const ids = new Set(sourced.map((c) => c.id));
    for (const row of readCsv(PATHS.companies)) expect(ids.has(row.id ?? '')).toBe(true);
    for (const id of ['horizon-robotics', '4paradigm', 'ubtech', 'kunlunxin', 'huaxintong'])
      expect(ids.has(id)).toBe(true);
  });

  it('carries every transactions.csv row (split rows as parts) except the documented exclusions', async () => {
    const d = await defaultDataset();
    const ids = d.transactions.map((t) => t.id);
    for (const row of readCsv(PATHS.transactions)) {
      const id = row.id ?? '';
      const present = ids.some((x) => x === id || x.startsWith(`${id}--`));
      expect(present, id).toBe(!EXCLUDED_ROWS[id]);
    }
  });

  it('records the Manus relocation and the chip catalogue the measures reference', async () => {
    const d = await defaultDataset();
    expect(d.companies.find((c) => c.id === 'manus')?.relocations).toEqual([
      { date: '2025-07-01', hq: 'SG' },
    ]);
    const chips = new Set(d.chips.map((c) => c.id));
    for (const id of ['h20', 'h200', 'a100', 'a800', 'h100', 'h800', 'l20', 'b200', 'rtx-4090', 'rtx-4090d'])
      expect(chips.has(id)).toBe(true);
    for (const id of [
      'ascend-910b',
      'ascend-910c',
      'ascend-950pr',
      'mi250',
      'mi250x',
      'mi300x',
      'mi325x',
      'v100',
      'ascend-910',
    ])
      expect(chips.has(id)).toBe(true);
  });

  it('keeps chips seen in use apart from purchases: every "implied-by-training" row and Epoch hardware record', async () => {
    const d = await defaultDataset();
    const inUse = d.transactions.filter((t) => t.kind === 'hardware-in-use');
    // 13 transactions.csv rows with basis implied-by-training + 27 pairs from Epoch's hardware columns.
    expect(inUse).toHaveLength(40);
    expect(inUse.every((t) => t.provenance.kind === 'sourced')).toBe(true);
    for (const row of readCsv(PATHS.transactions))
      if (row.basis === 'implied-by-training')
        expect(d.transactions.find((t) => t.id === row.id)?.kind, row.id).toBe('hardware-in-use');
    const purchases = d.transactions.filter((t) => t.kind === 'chip-purchase');
    expect(purchases.some((t) => t.id.startsWith('chip-epoch-'))).toBe(false);
    expect(purchases.some((t) => t.provenance.notes?.includes('implied-by-training'))).toBe(false);
    // DeepSeek-V3: 2,048 H800s seen in use at its release, resting on the model record.
    expect(d.transactions.find((t) => t.id === 'chip-deepseek-2024-12-h800-v3')).toMatchObject({
      kind: 'hardware-in-use',
      date: '2024-12-26',
      chipId: 'h800',
      units: 2048,
      modelIds: ['deepseek-v3'],
    });
    const models = new Set(d.models.map((m) => m.id));
    for (const t of inUse)
      if (t.kind === 'hardware-in-use')
        for (const m of t.modelIds ?? []) expect(models.has(m), t.id).toBe(true);
  });

  it('fills the chip specs from vendor datasheets, so the 2022 rule controls the PCIe A100/H100 and the MI250s', async () => {
    const d = await defaultDataset();
    const chip = (id: string) => d.chips.find((c) => c.id === id)!;
    // TPP = dense TFLOPS × bit length: H100 PCIe 1,513 FP16 with sparsity, half without: 756.5 × 16.
    expect(chip('h100-pcie')).toMatchObject({ tpp: 12104, performanceDensity: 14.9, interconnectGBs: 600 });
    expect(chip('a100-pcie')).toMatchObject({ tpp: 4992, interconnectGBs: 600 });
    expect(chip('mi250')).toMatchObject({ tpp: 5794, interconnectGBs: 600 });
    expect(chip('mi250x')).toMatchObject({ tpp: 6128, interconnectGBs: 800 });
    expect(chip('ascend-910b').tpp).toBe(5120);
    for (const id of ['h100-pcie', 'a100-pcie', 'mi250', 'mi250x'])
      expect(chip(id).provenance?.sources.join(' '), id).toMatch(/datasheet/i);
    const rule2022 = chipTests({ ruleVersion: '2022' } as ExportControlsParams);
    for (const id of ['h100-pcie', 'a100-pcie', 'mi250', 'mi250x'])
      expect(isControlled(chip(id), rule2022), id).toBe(true);
    for (const id of ['a800', 'h800']) expect(isControlled(chip(id), rule2022), id).toBe(false);
  });

  it('never has a modeled purchase of a chip before its launch (V100 2017, RTX 4090D Dec 2023, H20 2024)', async () => {
    const d = await defaultDataset();
    for (const era of CHIP_ERAS) for (const [id] of era.chips) expect(CHIP_LAUNCHES[id], id).toBeDefined();
    const modeled = d.transactions.filter(
      (t) => t.kind === 'chip-purchase' && t.provenance.kind === 'modeled',
    );
    expect(modeled.length).toBeGreaterThan(50);
    for (const t of modeled)
      if (t.kind === 'chip-purchase')
        expect(t.date >= CHIP_LAUNCHES[t.chipId]!.date, `${t.id} ${t.chipId}`).toBe(true);
    expect(CHIP_LAUNCHES.v100!.date.slice(0, 4)).toBe('2017');
    expect(CHIP_LAUNCHES['rtx-4090d']!.date.slice(0, 7)).toBe('2023-12');
    expect(CHIP_LAUNCHES.h20!.date.slice(0, 4)).toBe('2024');
  });

  it('records IPOs as public securities and names the distillation volumes', async () => {
    const d = await defaultDataset();
    const zhipuIpo = d.transactions.find((t) => t.id === 'inv-zhipu-2026-01-ipo');
    expect(zhipuIpo?.kind === 'investment' && zhipuIpo.instrument).toBe('public-securities');
    const exchanges = (id: string) => {
      const t = d.transactions.find((x) => x.id === id);
      return t?.kind === 'model-access' ? t.exchanges : undefined;
    };
    expect(exchanges('acc-minimax-anthropic-2026')).toBe(13_000_000);
    expect(exchanges('acc-moonshot-anthropic-2026')).toBe(3_400_000);
    expect(exchanges('acc-deepseek-anthropic-2026')).toBe(150_000);
  });
});

// Built from pieces so this file does not match its own pattern.
const OUTSIDE = new RegExp(`\\.\\./${'shar'}ed|/work/${'shar'}ed`);

describe('self-contained repo', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(n) ? [p] : [];
    });
  it.each(['scripts/data', 'src/data', 'test/data'])(
    '%s never reads the shared folder outside the repo',
    (dir) => {
      for (const f of files(join(REPO, dir))) expect(readFileSync(f, 'utf8'), f).not.toMatch(OUTSIDE);
    },
  );
});
