/**
 * The union, matching and China filter of Epoch AI's model files, reproducing
 * data/sources/epoch/build_china_extract.py line for line (so the TypeScript import and the Python extract
 * agree on the same 342 models): notable ∪ large-scale matched by normalised name; where a model is in both,
 * the notable row wins and its blanks are filled from the large-scale row, except that a compute figure, its
 * confidence and its notes travel together (the DeepSeek V4 Pro 0813 case); Chinese = any organisation
 * country is China or Hong Kong.
 */
import type { CsvRow } from './csv';

const CHINA = new Set(['China', 'Hong Kong']);
const COMPUTE_FIELDS = ['Training compute (FLOP)', 'Confidence', 'Training compute notes'] as const;

/** One model of the union, with the files it came from. */
export interface UnionModel {
  readonly row: CsvRow;
  inNotable: boolean;
  inLargeScale: boolean;
}

/** A Chinese model of the union, with its scope ("China only" or "China + other"). */
export interface ChinaModel extends UnionModel {
  readonly scope: 'China only' | 'China + other';
}

/** Normalise a model name for matching: lower case, letters and digits only. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The organisation countries of a row, in order. */
export function countriesOf(row: CsvRow): string[] {
  return (row['Country (of organization)'] ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

/** Epoch's training compute in FLOP, or null when blank. */
export function computeOf(row: CsvRow): number | null {
  const text = (row['Training compute (FLOP)'] ?? '').trim();
  if (!text) return null;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new Error(`unreadable training compute ${JSON.stringify(text)}`);
  return value;
}

/** Merge the notable and large-scale files into one list of unique models (notable first, file order). */
export function mergeModels(notable: readonly CsvRow[], largeScale: readonly CsvRow[]): UnionModel[] {
  const byName = new Map<string, UnionModel>();
  const add = (row: CsvRow, source: 'notable' | 'large') => {
    const key = normaliseName(row.Model ?? '');
    let model = byName.get(key);
    if (!model) {
      model = { row: { ...row }, inNotable: false, inLargeScale: false };
      byName.set(key, model);
    } else {
      const base = model.row;
      if (computeOf(base) === null && computeOf(row) !== null) {
        for (const col of COMPUTE_FIELDS) base[col] = row[col] ?? '';
      }
      for (const [col, value] of Object.entries(row)) {
        if (!(base[col] ?? '').trim() && value.trim()) base[col] = value;
      }
    }
    if (source === 'notable') model.inNotable = true;
    else model.inLargeScale = true;
  };
  for (const row of notable) add(row, 'notable');
  for (const row of largeScale) add(row, 'large');
  return [...byName.values()];
}

/** Keep the Chinese models, newest first (publication date, then name, both descending, as the extract). */
export function chinaModels(models: readonly UnionModel[]): ChinaModel[] {
  const out: ChinaModel[] = [];
  for (const m of models) {
    const cs = countriesOf(m.row);
    if (!cs.some((c) => CHINA.has(c))) continue;
    out.push({ ...m, scope: cs.every((c) => CHINA.has(c)) ? 'China only' : 'China + other' });
  }
  const key = (m: ChinaModel): [string, string] => [m.row['Publication date'] ?? '', m.row.Model ?? ''];
  return out.sort((a, b) => {
    const [da, na] = key(a);
    const [db, nb] = key(b);
    if (da !== db) return da < db ? 1 : -1;
    return na < nb ? 1 : na > nb ? -1 : 0;
  });
}
