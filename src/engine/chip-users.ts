import type { Dataset } from './dataset/schema';

/**
 * The companies seen using each chip (its `hardware-in-use` records, e.g. a model trained on it), by chip id:
 * names in alphabetical order. Evidence shown beside the chip, never a purchase.
 */
export function chipUsers(
  dataset: Pick<Dataset, 'companies' | 'transactions'> | null,
): Readonly<Record<string, readonly string[]>> {
  if (!dataset) return {};
  const names = new Map(dataset.companies.map((c) => [c.id, c.name]));
  const byChip = new Map<string, Set<string>>();
  for (const t of dataset.transactions) {
    if (t.kind !== 'hardware-in-use' || t.companyId === null) continue;
    const set = byChip.get(t.chipId) ?? new Set<string>();
    set.add(names.get(t.companyId) ?? t.companyId);
    byChip.set(t.chipId, set);
  }
  return Object.fromEntries(
    [...byChip].map(([chip, set]) => [chip, [...set].sort((a, b) => a.localeCompare(b, 'en'))]),
  );
}
