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
import { indexDataset, parseDataset } from '../../src/engine';
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
