/**
 * Chip purchases implied by Epoch's training-hardware and hardware-quantity columns (DESIGN §2.2): a model
 * trained on N units of a chip is evidence that its developer had those chips by the release date. We record
 * one purchase per (company, chip), dated at the first model that names it, for China-only models (a joint
 * project may have run on a foreign partner's hardware), data-centre chips that are bought rather than rented
 * (not cloud TPUs, not placeholders), and not a vendor using its own chips (Huawei on Ascend). Pairs that
 * transactions.csv already records are skipped. Basis "implied-by-training": evidence of use, not of a
 * purchase's date or route, so confidence is medium (transactions.SOURCE.md §4.5).
 */
import type { Chip, ChipPurchase, Model, Transaction } from '../../../src/engine/dataset/schema';
import { EPOCH } from '../curated/sources';
import { CO_AUTHOR_NOTE } from './epoch-models';

const RENTED_OR_PLACEHOLDER = new Set([
  'tpu-v3',
  'nvidia-unspecified',
  'nvidia-hopper-mixed',
  'ascend-unspecified',
]);
/** Chip vendor → the company id that makes it, so its own use is not a purchase. */
const VENDOR_COMPANY: Readonly<Record<string, string>> = { Huawei: 'huawei' };

/** Derive the implied purchases not already in the sourced transactions. */
export function impliedPurchases(
  models: readonly Model[],
  chips: readonly Chip[],
  existing: readonly Transaction[],
): ChipPurchase[] {
  const chipById = new Map(chips.map((c) => [c.id, c]));
  const recorded = new Set(
    existing.flatMap((t) =>
      t.kind === 'chip-purchase' && t.companyId ? [`${t.companyId}|${t.chipId}`] : [],
    ),
  );
  const evidence = new Map<string, Model[]>();
  for (const m of models) {
    if (m.notes?.startsWith(CO_AUTHOR_NOTE)) continue;
    for (const tc of m.trainingChips ?? []) {
      const chip = chipById.get(tc.chipId);
      if (!chip?.dataCenter || RENTED_OR_PLACEHOLDER.has(chip.id)) continue;
      if (VENDOR_COMPANY[chip.vendor] === m.companyId) continue;
      const key = `${m.companyId}|${chip.id}`;
      if (recorded.has(key)) continue;
      evidence.set(key, [...(evidence.get(key) ?? []), m]);
    }
  }
  const out: ChipPurchase[] = [];
  for (const [key, list] of evidence) {
    const [companyId, chipId] = key.split('|') as [string, string];
    const sorted = [...list].sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1,
    );
    const first = sorted[0]!;
    const units = first.trainingChips?.find((c) => c.chipId === chipId)?.units ?? null;
    const link = first.provenance.sources.find((s) => s.startsWith('http'));
    out.push({
      id: `chip-epoch-${companyId}-${chipId}`,
      kind: 'chip-purchase',
      date: first.date,
      companyId,
      chipId,
      units,
      supplierCountry: chipById.get(chipId)!.origin,
      notes: `Implied by training: ${sorted.map((m) => `${m.name} (${m.date})`).join('; ')} named ${chipById.get(chipId)!.name} in Epoch's training-hardware column${units !== null ? `; ${units} units for the first` : ''}. Evidence of use by the release date, not of when or how the chips were bought.`,
      provenance: {
        kind: 'sourced',
        sources: link ? [EPOCH, link] : [EPOCH],
        confidence: 'medium',
        notes: `basis: implied-by-training; derived from Epoch's training-hardware and hardware-quantity columns (models: ${sorted.map((m) => m.id).join(', ')})`,
      },
    });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}
