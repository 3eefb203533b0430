/**
 * transactions.csv (148 named, cited rows) → dataset transactions.
 *
 * Decisions, each also in docs/DATA.md:
 * - `ipo` → `public-securities`: an IPO sells newly issued shares that are publicly traded from settlement,
 *   and Treasury's FAQs of 23 Dec 2025 say the publicly traded securities exception turns on settlement, not
 *   on when a (cornerstone) subscription was signed, provided no rights beyond standard minority protections.
 *   The round label ("IPO (HKEX)") is kept so a scenario can single IPOs out.
 * - Rows naming several independent buyers ("ByteDance; Alibaba; Tencent") become one transaction per
 *   company; the combined units and amount stay in the notes, and each part's own volume is null (the split
 *   was not reported). DeepSeek and its parent High-Flyer share one fleet, so such rows go to DeepSeek alone.
 * - Rows naming two chip models become one row per chip; a unit split is used only where the notes give it.
 * - `chip-purchase` rows with basis `implied-by-training` (a model was trained on the chips) become
 *   `hardware-in-use` records: evidence of use, not a purchase (§4.6 of transactions.SOURCE.md).
 * - An unattributed buyer gets companyId null. Google's unattributed Gemini-extraction campaign is left out:
 *   the source does not tie it to a Chinese actor (transactions.SOURCE.md §7).
 */
import {
  INSTRUMENTS,
  type Instrument,
  type Investment,
  type ModelAccess,
  type Transaction,
} from '../../../src/engine/dataset/schema';
import { TRANSACTIONS_CSV } from '../curated/sources';
import { type CsvRow, splitList } from './csv';

/** transactions.csv chip text → catalogue id(s); two ids split the row. */
const CHIP_NAMES: Readonly<Record<string, readonly string[]>> = {
  A800: ['a800'],
  'A800 (PCIe 40GB)': ['a800-pcie'],
  A100: ['a100'],
  'A100 (PCIe 40GB)': ['a100-pcie'],
  H800: ['h800'],
  H100: ['h100'],
  H20: ['h20'],
  H200: ['h200'],
  'H100; H200': ['h100', 'h200'],
  'A100; H200': ['a100', 'h200'],
  'Ascend 910B': ['ascend-910b'],
  'Ascend 910C': ['ascend-910c'],
  'Huawei Ascend (model not stated)': ['ascend-unspecified'],
  'NVIDIA GPUs (model not reported)': ['nvidia-unspecified'],
  'NVIDIA GPUs in Dell / Supermicro servers': ['nvidia-unspecified'],
  'Hopper (incl. H20)': ['nvidia-hopper-mixed'],
  // The allegation names the Blackwell family, not a model: B200 is the catalogue's Blackwell data-centre part.
  'Blackwell (B-series)': ['b200'],
};

/** The `basis` of rows that show chips in use rather than bought. */
const IN_USE_BASIS = 'implied-by-training';

/** Unit splits stated in a row's notes, by transaction id and chip id. */
const UNIT_SPLITS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  // Notes: "~400 A100 and 50 H200 routed Sep 2023–Jul 2025".
  'chip-janford-2023-09-a100-h200': { a100: 400, h200: 50 },
};

/** Rows left out of the dataset, and why (reported by the build and in docs/DATA.md). */
export const EXCLUDED_ROWS: Readonly<Record<string, string>> = {
  'acc-unattributed-google-2026':
    'Gemini extraction campaign not attributed to a Chinese actor in the sources (transactions.SOURCE.md flags it for exclusion from China-only counts).',
};

/** Company pairs that are one operator: the row goes to the first. */
const SAME_OPERATOR: Readonly<Record<string, string>> = { 'deepseek; high-flyer': 'deepseek' };

const num = (cell: string | undefined): number | null => {
  const t = (cell ?? '').trim();
  return t ? Number(t) : null;
};

function investorsOf(cell: string | undefined, id: string): Investment['investors'] {
  return splitList(cell).map((entry) => {
    const m = /^(.*\S)\s*\(([A-Z]{2})\)$/.exec(entry);
    if (!m) throw new Error(`${id}: investor without a country code: ${JSON.stringify(entry)}`);
    return { name: m[1]!, country: m[2]! };
  });
}

function instrumentOf(cell: string, id: string): { instrument: Instrument; note?: string } {
  if (cell === 'ipo')
    return {
      instrument: 'public-securities',
      note: 'Instrument "ipo" in transactions.csv, recorded as public-securities (shares publicly traded from settlement; see docs/DATA.md).',
    };
  if (!(INSTRUMENTS as readonly string[]).includes(cell))
    throw new Error(`${id}: unknown instrument ${cell}`);
  return { instrument: cell as Instrument };
}

function provenanceOf(row: CsvRow, extra: readonly string[]): Transaction['provenance'] {
  const notes = [
    `transactions.csv ${row.id}`,
    row.date_precision ? `date precision: ${row.date_precision}` : '',
    row.basis ? `basis: ${row.basis}` : '',
    row.amount_local ? `local amount: ${row.amount_local}` : '',
    row.lead_investor ? `lead: ${row.lead_investor}` : '',
    row.us_linked_investors ? `US-linked (not US persons): ${row.us_linked_investors}` : '',
    ...extra,
  ].filter(Boolean);
  return {
    kind: 'sourced',
    sources: [...splitList(row.sources), TRANSACTIONS_CSV],
    confidence: row.confidence as 'high' | 'medium' | 'low',
    notes: notes.join('; '),
  };
}

/** The buyers a row names: one id, several, or none (unattributed). */
function buyersOf(
  row: CsvRow,
  byName: ReadonlyMap<string, string>,
): { ids: (string | null)[]; note?: string } {
  const cell = (row.company_id ?? '').trim();
  if (!cell) return { ids: [byName.get(row.company ?? '') ?? null] };
  const same = SAME_OPERATOR[cell];
  if (same)
    return {
      ids: [same],
      note: `Source names ${row.company}; DeepSeek and its parent High-Flyer share one fleet, so the row is attributed to DeepSeek.`,
    };
  const ids = splitList(cell);
  return ids.length > 1
    ? {
        ids,
        note: `Split from one row naming ${ids.length} buyers (${row.company}); per-buyer volumes were not reported, so this part's units/amount are null and the combined figures are in the notes.`,
      }
    : { ids };
}

/** Convert transactions.csv rows (minus EXCLUDED_ROWS) to dataset transactions. */
export function sourcedTransactions(
  rows: readonly CsvRow[],
  byName: ReadonlyMap<string, string>,
): Transaction[] {
  const out: Transaction[] = [];
  for (const row of rows) {
    const id = row.id ?? '';
    if (EXCLUDED_ROWS[id]) continue;
    const buyers = buyersOf(row, byName);
    const split = buyers.ids.length > 1;
    const combined = [
      row.units ? `combined units ${row.units}` : '',
      row.amount_usd ? `combined USD ${row.amount_usd}` : '',
      row.exchanges ? `combined exchanges ${row.exchanges}` : '',
    ].filter(Boolean);
    for (const companyId of buyers.ids) {
      const txId = split ? `${id}--${companyId}` : id;
      const extra = [buyers.note ?? '', split ? combined.join(', ') : ''].filter(Boolean);
      const base = {
        companyId,
        ...(row.notes?.trim() ? { notes: row.notes.trim() } : {}),
      };
      if (row.kind === 'investment') {
        const { instrument, note } = instrumentOf(row.instrument ?? '', id);
        const valuation = num(row.valuation_usd);
        out.push({
          id: txId,
          kind: 'investment',
          date: row.date ?? '',
          ...base,
          instrument,
          investors: investorsOf(row.investors, id),
          amountUsd: split ? null : num(row.amount_usd),
          ...(row.round?.trim() ? { round: row.round.trim() } : {}),
          ...(valuation !== null ? { valuationUsd: valuation } : {}),
          provenance: provenanceOf(row, note ? [...extra, note] : extra),
        });
      } else if (row.kind === 'chip-purchase') {
        const chips = CHIP_NAMES[row.chip ?? ''];
        if (!chips) throw new Error(`${id}: unmapped chip ${JSON.stringify(row.chip)}`);
        for (const chipId of chips) {
          const chipSplit = chips.length > 1;
          const unitSplit = UNIT_SPLITS[id]?.[chipId];
          const chipNote = chipSplit
            ? `Split from one row naming ${row.chip}; ${unitSplit !== undefined ? 'units as stated in the notes' : 'units and amount not split in the source, so null here'}.`
            : row.chip !== chipId
              ? `Source chip text: ${row.chip}.`
              : '';
          const common = {
            id: chipSplit ? `${txId}--${chipId}` : txId,
            date: row.date ?? '',
            ...base,
            chipId,
            units: chipSplit ? (unitSplit ?? null) : split ? null : num(row.units),
            supplierCountry: row.supplier_country ?? '',
            provenance: provenanceOf(
              row,
              [...extra, chipNote, row.supplier ? `supplier: ${row.supplier}` : ''].filter(Boolean),
            ),
          };
          // "implied-by-training" rows say a model was trained on the chips: evidence of use, not a purchase
          // (transactions.SOURCE.md §4.6), so they are hardware in use, which no measure counts.
          if (row.basis === IN_USE_BASIS) out.push({ ...common, kind: 'hardware-in-use' });
          else
            out.push({
              ...common,
              kind: 'chip-purchase',
              ...(!split && !chipSplit && num(row.amount_usd) !== null
                ? { amountUsd: num(row.amount_usd) }
                : {}),
            });
        }
      } else if (row.kind === 'model-access') {
        const access = row.access === 'open-weights' ? 'open-weights' : 'closed-api';
        const flow: ModelAccess = {
          id: txId,
          kind: 'model-access',
          date: row.date_to ?? '',
          ...base,
          teacher: { developer: row.teacher_developer ?? '', country: row.teacher_country ?? '', access },
          exchanges: split ? null : num(row.exchanges),
          ...(row.date_from?.trim() ? { dateFrom: row.date_from.trim() } : {}),
          provenance: provenanceOf(row, extra),
        };
        out.push(flow);
      } else {
        throw new Error(`${id}: unknown kind ${row.kind}`);
      }
    }
  }
  return out;
}
