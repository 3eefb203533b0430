/**
 * Model of the "chips vs the control tests" chart: each chip by total processing performance (TPP) and
 * performance density, whether each enabled export-control rule controls it, and the regions each rule draws.
 */
import {
  type Chip,
  chipTests,
  type ExportControlsParams,
  isControlled,
  type PolicyInstance,
  templateOf,
} from '../../engine';
import { type ChartWords, ENGLISH_CHART_WORDS } from './chart-words';

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

/** "DeepSeek, Moonshot AI and 3 more": a short list of names for a tooltip. */
export function namesInBrief(
  names: readonly string[],
  shown = 4,
  words: ChartWords = ENGLISH_CHART_WORDS,
): string {
  const separator = words.t('nameSeparator');
  if (names.length <= shown) return names.join(separator);
  return words.t('namesMore', { names: names.slice(0, shown).join(separator), more: names.length - shown });
}
