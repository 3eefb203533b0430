/**
 * What differs between a baseline and the working scenario, in plain words from fixed templates (no AI, the
 * same text every time): measures added, removed, switched on or off, renamed, re-dated, each setting that
 * changed ("US outbound investment rule: Prohibited compute threshold 1e25 → 1e24 FLOP"), the assumptions and
 * the horizon. The headline numbers of the two runs come from headline-model.ts.
 */
import { type ParamSpec, type PolicyInstance, templateOf } from '../../engine';
import { jsonEqual } from '../../scenario/json';
import type { Assumptions, Scenario } from '../../scenario/schema';
import { formatCount, formatSci, formatShare, formatUsd } from '../format';

/** One line of the comparison; `kind` lets the interface mark it (and tests find it). */
export interface DiffLine {
  readonly kind: 'added' | 'removed' | 'switched' | 'changed' | 'assumption' | 'horizon' | 'order';
  readonly text: string;
}

function plain(value: number): string {
  return String(Number(value.toPrecision(6)));
}

/** Format a setting's value for people, by its kind and unit; the unit is left to `withUnit`. */
export function formatSetting(spec: ParamSpec | undefined, value: unknown): string {
  if (value === undefined || value === null) return 'not set';
  if (!spec) return typeof value === 'object' ? JSON.stringify(value) : String(value);
  switch (spec.kind) {
    case 'number': {
      const v = Number(value);
      if (spec.unit === 'FLOP') return formatSci(v);
      if (spec.unit === 'share') return formatShare(v);
      if (spec.unit === 'USD') return formatUsd(v);
      return spec.unit === 'exchanges' ? formatCount(v) : plain(v);
    }
    case 'boolean':
      return value ? 'yes' : 'no';
    case 'enum':
      return spec.options.find((o) => o.value === value)?.label ?? String(value);
    case 'choices': {
      const list = value as readonly string[];
      return list.length
        ? list.map((v) => spec.options.find((o) => o.value === v)?.label ?? v).join(', ')
        : 'none';
    }
    case 'countries':
    case 'ids':
      return (value as readonly string[]).join(', ') || 'none';
    case 'dated-chips': {
      const list = value as readonly { chipId: string; from: string }[];
      return list.length ? list.map((c) => `${c.chipId} from ${c.from}`).join(', ') : 'none';
    }
  }
}

/** The unit written once after "from → to", for units that `formatSetting` does not already show. */
function unitAfter(spec: ParamSpec | undefined): string {
  if (spec?.kind !== 'number' || ['share', 'USD'].includes(spec.unit)) return '';
  return ` ${spec.unit}`;
}

function settingLines(title: string, before: PolicyInstance, after: PolicyInstance): DiffLine[] {
  const template = templateOf(after.template);
  const keys = template?.params.map((s) => s.key) ?? [
    ...new Set([...Object.keys(before.params), ...Object.keys(after.params)]),
  ];
  const lines: DiffLine[] = [];
  for (const key of keys) {
    const a = before.params[key];
    const b = after.params[key];
    if (jsonEqual(a, b)) continue;
    const spec = template?.params.find((s) => s.key === key);
    lines.push({
      kind: 'changed',
      text: `${title}: ${spec?.label ?? key} ${formatSetting(spec, a)} → ${formatSetting(spec, b)}${unitAfter(spec)}`,
    });
  }
  return lines;
}

function measureLines(before: PolicyInstance, after: PolicyInstance): DiffLine[] {
  const title = after.title;
  const lines: DiffLine[] = [];
  if (before.enabled !== after.enabled)
    lines.push({ kind: 'switched', text: `${title}: switched ${after.enabled ? 'on' : 'off'}` });
  if (before.title !== after.title)
    lines.push({ kind: 'changed', text: `${title}: renamed from '${before.title}'` });
  if (before.jurisdiction !== after.jurisdiction)
    lines.push({
      kind: 'changed',
      text: `${title}: enacted by ${before.jurisdiction} → ${after.jurisdiction}`,
    });
  if (before.effectiveFrom !== after.effectiveFrom)
    lines.push({
      kind: 'changed',
      text: `${title}: in force from ${before.effectiveFrom} → ${after.effectiveFrom}`,
    });
  if (before.effectiveTo !== after.effectiveTo)
    lines.push({
      kind: 'changed',
      text: `${title}: ends ${before.effectiveTo ?? 'never'} → ${after.effectiveTo ?? 'never'}`,
    });
  return [...lines, ...settingLines(title, before, after)];
}

const ASSUMPTION_TEXT: Record<keyof Assumptions, { label: string; format: (v: never) => string }> = {
  computeGrowthPerYear: { label: 'Compute growth per year', format: (v: number) => `${plain(v)}×` },
  dealVolumeTrendPerYear: { label: 'Deal volume trend', format: (v: number) => `${plain(v)}× per year` },
  usShareTrendPerYear: { label: 'US-participation trend', format: (v: number) => `${plain(v)}× per year` },
  projection: { label: 'Projection beyond the data', format: (v: boolean) => (v ? 'on' : 'off') },
  countImputedCompute: {
    label: 'Count imputed compute estimates',
    format: (v: boolean) => (v ? 'on' : 'off (as unknown)'),
  },
  seed: { label: 'Seed', format: (v: number) => String(v) },
};

function assumptionLines(before: Assumptions, after: Assumptions): DiffLine[] {
  return (Object.keys(ASSUMPTION_TEXT) as (keyof Assumptions)[])
    .filter((key) => before[key] !== after[key])
    .map((key) => {
      const { label, format } = ASSUMPTION_TEXT[key];
      const f = format as (v: unknown) => string;
      return { kind: 'assumption', text: `Assumption: ${label} ${f(before[key])} → ${f(after[key])}` };
    });
}

/** List what differs from `baseline` to `scenario`, measures first (in the scenario's order), then the rest. */
export function scenarioDifferences(baseline: Scenario, scenario: Scenario): DiffLine[] {
  const lines: DiffLine[] = [];
  const before = new Map(baseline.policies.map((p) => [p.id, p]));
  const after = new Map(scenario.policies.map((p) => [p.id, p]));
  for (const p of scenario.policies) {
    const old = before.get(p.id);
    if (!old)
      lines.push({
        kind: 'added',
        text: `Added: ${p.title} (${p.jurisdiction}${p.enabled ? '' : ', switched off'})`,
      });
    else lines.push(...measureLines(old, p));
  }
  for (const p of baseline.policies)
    if (!after.has(p.id)) lines.push({ kind: 'removed', text: `Removed: ${p.title} (${p.jurisdiction})` });
  const shared = (list: readonly PolicyInstance[], other: Map<string, PolicyInstance>) =>
    list.filter((p) => other.has(p.id)).map((p) => p.id);
  if (!jsonEqual(shared(baseline.policies, after), shared(scenario.policies, before)))
    lines.push({ kind: 'order', text: 'The measures are in a different order (this changes no numbers).' });
  lines.push(...assumptionLines(baseline.assumptions, scenario.assumptions));
  const { from, to } = scenario.horizon;
  if (baseline.horizon.from !== from || baseline.horizon.to !== to)
    lines.push({
      kind: 'horizon',
      text: `Horizon: ${baseline.horizon.from}–${baseline.horizon.to} → ${from}–${to}`,
    });
  return lines;
}
