/**
 * Turn Epoch AI's Chinese models into dataset-format models. Organisations are mapped to companies through
 * the exact Epoch spellings kept in companies.csv's `aliases` column (companies.SOURCE.md: every Chinese or
 * Hong Kong string maps to exactly one row). Epoch's confidence and compute notes become the provenance.
 */
import type { Confidence, Model } from '../../../src/engine/dataset/schema';
import { EPOCH_HARDWARE } from '../curated/chips';
import { IMPUTED_COMPUTE } from '../curated/imputed-compute';
import { EPOCH } from '../curated/sources';
import type { CsvRow } from './csv';
import { type ChinaModel, computeOf } from './epoch-union';

/** How a model's notes start when Epoch lists non-Chinese co-authors (a joint project). */
export const CO_AUTHOR_NOTE = 'Non-Chinese co-authors: ';

/** Epoch's confidence words, lower-cased, that the dataset format accepts. */
const EPOCH_CONFIDENCE = new Set<Confidence>(['confident', 'likely', 'speculative', 'unverified']);

/** Map every alias (an exact Epoch organisation string) to its company id. */
export function aliasTable(companies: readonly CsvRow[]): Map<string, string> {
  const table = new Map<string, string>();
  for (const row of companies) {
    for (const alias of (row.aliases ?? '').split(';')) {
      const a = alias.trim();
      if (!a) continue;
      const id = row.id ?? '';
      const seen = table.get(a);
      if (seen && seen !== id) throw new Error(`alias ${JSON.stringify(a)} maps to both ${seen} and ${id}`);
      table.set(a, id);
    }
  }
  return table;
}

/**
 * Split Epoch's comma-separated organisation field into organisations. Some names contain a comma
 * ("… Co., Ltd. (APUS)"), so consecutive pieces are joined back whenever the join is a known alias.
 */
export function splitOrganisations(field: string, aliases: ReadonlyMap<string, string>): string[] {
  const pieces = field.split(',');
  const out: string[] = [];
  let i = 0;
  while (i < pieces.length) {
    let taken = 1;
    for (let j = Math.min(pieces.length, i + 3); j > i + 1; j--) {
      if (aliases.has(pieces.slice(i, j).join(',').trim())) {
        taken = j - i;
        break;
      }
    }
    const name = pieces
      .slice(i, i + taken)
      .join(',')
      .trim();
    if (name) out.push(name);
    i += taken;
  }
  return out;
}

/** A model id from its name: kebab-case, made unique by a numeric suffix. */
export function slugOf(name: string, taken: Set<string>): string {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'model';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function firstUrl(text: string): string | null {
  const m = /https?:\/\/[^\s",]+/.exec(text);
  return m ? m[0] : null;
}

function trainingChips(row: CsvRow): Model['trainingChips'] {
  const names = (row['Training hardware'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 0) return undefined;
  const quantity = Number((row['Hardware quantity'] ?? '').trim() || Number.NaN);
  const ids = [...new Set(names.map((n) => EPOCH_HARDWARE[n] ?? ''))];
  if (ids.includes('')) throw new Error(`unmapped Epoch training hardware in ${JSON.stringify(names)}`);
  // Epoch gives one quantity per model: it belongs to a chip only when the model names one kind of chip.
  const units = ids.length === 1 && Number.isFinite(quantity) ? quantity : null;
  return ids.map((chipId) => ({ chipId, units }));
}

/**
 * The compute of a row: Epoch's compute column, or an estimate its notes state (IMPUTED_COMPUTE), checked against
 * the notes' exact words. Throws if a listed estimate is no longer in the notes or the column is now filled.
 */
function computeOfRow(row: CsvRow): { flop: number | null; imputed?: (typeof IMPUTED_COMPUTE)[number] } {
  const flop = computeOf(row);
  const imputed = IMPUTED_COMPUTE.find((e) => e.model === (row.Model ?? '').trim());
  if (!imputed) return { flop };
  if (flop !== null)
    throw new Error(
      `${imputed.model}: Epoch's compute column now holds ${flop}; remove it from IMPUTED_COMPUTE`,
    );
  const notes = row['Training compute notes'] ?? '';
  for (const words of [imputed.quote, ...(imputed.link ? [imputed.link] : [])])
    if (!notes.includes(words))
      throw new Error(`${imputed.model}: Epoch's compute notes no longer say ${JSON.stringify(words)}`);
  return { flop: imputed.flop, imputed };
}

/** What the import reports besides the models: anything a reviewer should look at. */
export interface ImportReport {
  readonly models: Model[];
  /** Organisation strings of Chinese models that are not company aliases (non-Chinese co-authors). */
  readonly coAuthors: ReadonlyMap<string, number>;
}

/** Convert the Chinese models (in extract order) to dataset models. Throws if a model maps to no company. */
export function toDatasetModels(
  china: readonly ChinaModel[],
  aliases: ReadonlyMap<string, string>,
): ImportReport {
  const taken = new Set<string>();
  const coAuthors = new Map<string, number>();
  const models: Model[] = [];
  // Oldest first, so ids of older models never change when newer ones arrive.
  for (const m of [...china].reverse()) {
    const row = m.row;
    const orgs = splitOrganisations(row.Organization ?? '', aliases);
    const companyIds = [...new Set(orgs.flatMap((o) => (aliases.has(o) ? [aliases.get(o)!] : [])))];
    const others = orgs.filter((o) => !aliases.has(o));
    for (const o of others) coAuthors.set(o, (coAuthors.get(o) ?? 0) + 1);
    const [companyId, ...otherCompanyIds] = companyIds;
    if (!companyId)
      throw new Error(`no company alias matches ${JSON.stringify(row.Organization)} (${row.Model})`);
    const confidence = (row.Confidence ?? '').trim().toLowerCase() as Confidence;
    const link = firstUrl(row.Link ?? '');
    const computeNotes = (row['Training compute notes'] ?? '').trim();
    const notes: string[] = [];
    if (others.length) notes.push(`${CO_AUTHOR_NOTE}${others.join('; ')}.`);
    if ((row['Base model'] ?? '').trim()) notes.push(`Base model: ${row['Base model']!.trim()}.`);
    if ((row['Training hardware'] ?? '').trim())
      notes.push(
        `Epoch training hardware: ${row['Training hardware']!.trim()}${(row['Hardware quantity'] ?? '').trim() ? ` × ${Number(row['Hardware quantity'])}` : ''}.`,
      );
    if (confidence && !EPOCH_CONFIDENCE.has(confidence)) notes.push(`Epoch confidence: ${row.Confidence}.`);
    const compute = computeOfRow(row);
    const provenanceNotes = [
      ...(compute.imputed
        ? [
            `Imputed: Epoch's compute column is blank; its compute notes estimate ${compute.imputed.flop.toExponential()} FLOP (${compute.imputed.basis}).`,
          ]
        : []),
      computeNotes ? `Epoch compute notes: ${computeNotes}` : 'Epoch gives no compute notes.',
      `In Epoch's ${[m.inNotable ? 'notable' : '', m.inLargeScale ? 'large-scale' : ''].filter(Boolean).join(' and ')} file(s).`,
    ].join(' ');
    const chips = trainingChips(row);
    const domains = (row.Domain ?? '').split(',').map((d) => d.trim());
    models.push({
      id: slugOf(row.Model ?? '', taken),
      companyId,
      name: (row.Model ?? '').trim(),
      date: (row['Publication date'] ?? '').trim(),
      trainingComputeFlop: compute.flop,
      ...(compute.imputed ? { trainingComputeImputed: true } : {}),
      // A model counts as primarily biological when Epoch lists Biology as its first domain.
      primarilyBiological: domains[0] === 'Biology',
      openWeights: (row['Model accessibility'] ?? '').startsWith('Open weights'),
      ...(chips ? { trainingChips: chips } : {}),
      ...(otherCompanyIds.length ? { otherCompanyIds } : {}),
      ...(notes.length ? { notes: notes.join(' ') } : {}),
      provenance: {
        kind: 'sourced',
        sources: [EPOCH, ...(link ? [link] : []), ...(compute.imputed?.link ? [compute.imputed.link] : [])],
        ...(EPOCH_CONFIDENCE.has(confidence) ? { confidence } : {}),
        notes: provenanceNotes,
      },
    });
  }
  return { models, coAuthors };
}
