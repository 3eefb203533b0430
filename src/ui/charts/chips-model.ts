/**
 * Model of the "chips vs the control tests" chart: each chip by total processing performance (TPP) and
 * performance density, whether each enabled export-control rule controls it, and the regions each rule draws.
 */
import {
  type Chip,
  chipTests,
  type Dataset,
  type ExportControlsParams,
  isControlled,
  type PolicyInstance,
  templateOf,
} from '../../engine';

export interface ChipPoint {
  readonly id: string;
  readonly name: string;
  readonly tpp: number;
  readonly density: number | null;
  readonly interconnectGBs: number | null;
  readonly dataCenter: boolean;
  /** Per enabled export-control measure (by id): controlled or not. */
  readonly controlled: Record<string, boolean>;
}

export interface RuleRegion {
  readonly policyId: string;
  readonly title: string;
  readonly tpp: number;
  readonly interconnectGBs: number | null;
  readonly densityTpp: number | null;
  readonly density: number | null;
}

/** Build chip points and the rule regions of every enabled export-control measure. */
export function chipsModel(
  chips: readonly Chip[],
  policies: readonly PolicyInstance[],
): { points: ChipPoint[]; regions: RuleRegion[] } {
  const rules = policies
    .filter((p) => p.enabled && templateOf(p.template)?.id === 'export-controls')
    .map((p) => ({ policy: p, tests: chipTests(p.params as unknown as ExportControlsParams) }));
  const points = chips
    .filter((c): c is Chip & { tpp: number } => c.tpp !== null)
    .map((c) => ({
      id: c.id,
      name: c.name,
      tpp: c.tpp,
      density: c.performanceDensity,
      interconnectGBs: c.interconnectGBs,
      dataCenter: c.dataCenter,
      controlled: Object.fromEntries(rules.map((r) => [r.policy.id, isControlled(c, r.tests)])),
    }));
  // One region per distinct set of tests; a rule with no performance test (is-informed letters only) draws none.
  const seen = new Set<string>();
  const regions = rules
    .filter((r) => {
      const key = JSON.stringify(r.tests);
      if (!Number.isFinite(r.tests.tpp) || seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((r) => ({ policyId: r.policy.id, title: r.policy.title, ...r.tests }));
  return { points, regions };
}

/**
 * The companies seen using each chip (its `hardware-in-use` records, e.g. a model trained on it), by chip id:
 * names in alphabetical order. Evidence shown beside the chip, never a purchase.
 */
export function chipsInUse(
  dataset: Pick<Dataset, 'companies' | 'transactions'> | null,
): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  if (!dataset) return out;
  const names = new Map(dataset.companies.map((c) => [c.id, c.name]));
  const byChip = new Map<string, Set<string>>();
  for (const t of dataset.transactions) {
    if (t.kind !== 'hardware-in-use' || t.companyId === null) continue;
    const set = byChip.get(t.chipId) ?? new Set<string>();
    set.add(names.get(t.companyId) ?? t.companyId);
    byChip.set(t.chipId, set);
  }
  for (const [chip, set] of byChip)
    out.set(
      chip,
      [...set].sort((a, b) => a.localeCompare(b, 'en')),
    );
  return out;
}

/** "DeepSeek, Moonshot AI and 3 more": a short list of names for a tooltip. */
export function namesInBrief(names: readonly string[], shown = 4): string {
  if (names.length <= shown) return names.join(', ');
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}
