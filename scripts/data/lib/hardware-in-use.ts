/**
 * Chips seen in use, from Epoch's training-hardware and hardware-quantity columns (DESIGN §2.2): a model trained
 * on N units of a chip is evidence that its developer had those chips by the release date — not of when, how or
 * from whom they were bought (H800s, for one, were sold legally until the October 2023 rule). So these are
 * `hardware-in-use` records, never purchases: no measure allows or denies them; they are shown as evidence.
 *
 * One record per (company, chip), dated at the first model that names it, for China-only models (a joint project
 * may have run on a foreign partner's hardware), data-centre chips that are owned rather than rented (not cloud
 * TPUs, not placeholders), and not a vendor using its own chips (Huawei on Ascend). Pairs transactions.csv already
 * records (as a purchase or as use) are skipped. Confidence medium (transactions.SOURCE.md §4.5).
 */
import type { Chip, HardwareInUse, Model, Transaction } from '../../../src/engine/dataset/schema';
import { dayOf } from '../../../src/engine/dates';
import { EPOCH } from '../curated/sources';
import { CO_AUTHOR_NOTE } from './epoch-models';

const RENTED_OR_PLACEHOLDER = new Set([
  'tpu-v3',
  'nvidia-unspecified',
  'nvidia-hopper-mixed',
  'ascend-unspecified',
]);
/** Chip vendor → the company id that makes it, so its own use is not evidence of acquiring chips. */
const VENDOR_COMPANY: Readonly<Record<string, string>> = { Huawei: 'huawei' };

const byDateThenId = (a: Model, b: Model) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1;

/** Derive the hardware-in-use records Epoch's columns imply, for pairs the sourced transactions lack. */
export function hardwareInUse(
  models: readonly Model[],
  chips: readonly Chip[],
  existing: readonly Transaction[],
): HardwareInUse[] {
  const chipById = new Map(chips.map((c) => [c.id, c]));
  const recorded = new Set(
    existing.flatMap((t) =>
      (t.kind === 'chip-purchase' || t.kind === 'hardware-in-use') && t.companyId
        ? [`${t.companyId}|${t.chipId}`]
        : [],
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
  const out: HardwareInUse[] = [];
  for (const [key, list] of evidence) {
    const [companyId, chipId] = key.split('|') as [string, string];
    const sorted = [...list].sort(byDateThenId);
    const first = sorted[0]!;
    const units = first.trainingChips?.find((c) => c.chipId === chipId)?.units ?? null;
    const link = first.provenance.sources.find((s) => s.startsWith('http'));
    const chipName = chipById.get(chipId)!.name;
    out.push({
      id: `chip-epoch-${companyId}-${chipId}`,
      kind: 'hardware-in-use',
      date: first.date,
      companyId,
      chipId,
      units,
      supplierCountry: chipById.get(chipId)!.origin,
      modelIds: sorted.map((m) => m.id),
      notes: `Seen in use: ${sorted.map((m) => `${m.name} (${m.date})`).join('; ')} named ${chipName} in Epoch's training-hardware column${units !== null ? `; ${units} units for the first` : ''}. Evidence of use by the release date, not a purchase: not when, how or from whom the chips were bought.`,
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

/** How far a model's release may be from a record's date and still be its evidence (a report can follow it). */
const EVIDENCE_WINDOW_DAYS = 31;

/**
 * Link each hardware-in-use record to the models it rests on: the company's models that name its chip, released
 * within a month of the record's date (transactions.csv dates its `implied-by-training` rows at the model's
 * release or its report, e.g. DeepSeek-V3: Epoch 24 Dec 2024, report 26 Dec 2024).
 */
export function withEvidenceModels(
  transactions: readonly Transaction[],
  models: readonly Model[],
): Transaction[] {
  return transactions.map((t) => {
    if (t.kind !== 'hardware-in-use' || t.modelIds || t.companyId === null) return t;
    const ids = models
      .filter(
        (m) =>
          m.companyId === t.companyId &&
          Math.abs(dayOf(m.date) - dayOf(t.date)) <= EVIDENCE_WINDOW_DAYS &&
          (m.trainingChips ?? []).some((c) => c.chipId === t.chipId),
      )
      .sort(byDateThenId)
      .map((m) => m.id);
    return ids.length ? { ...t, modelIds: ids } : t;
  });
}
