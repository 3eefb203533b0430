/**
 * What differs between a baseline and the working scenario, in plain words from fixed templates (no AI, the
 * same text every time): measures added, removed, switched on or off, renamed, re-dated, each setting that
 * changed ("US outbound investment rule: Prohibited compute threshold 1e25 → 1e24 FLOP"), the assumptions and
 * the horizon. The headline numbers of the two runs come from headline-model.ts.
 */
import { type ParamSpec, type PolicyInstance, templateOf } from '../../engine';
import { jsonEqual } from '../../scenario/json';
import type { Assumptions, Scenario } from '../../scenario/schema';
import { paramLabel } from '../controls/param-label';
import { formatSci, formatShare } from '../format';
import { type CompareMessage, type CompareWords, ENGLISH_COMPARE_WORDS } from './compare-words';

/** One line of the comparison; `kind` lets the interface mark it (and tests find it). */
export interface DiffLine {
  readonly kind: 'added' | 'removed' | 'switched' | 'changed' | 'assumption' | 'horizon' | 'order';
  readonly text: string;
}

function plain(value: number): string {
  return String(Number(value.toPrecision(6)));
}

/** Format a setting's value for people, by its kind and unit; the unit is left to `withUnit`. */
export function formatSetting(
  spec: ParamSpec | undefined,
  value: unknown,
  words: CompareWords = ENGLISH_COMPARE_WORDS,
): string {
  const { t } = words;
  const list = (items: readonly string[]) => items.join(t('listSeparator')) || t('noneValue');
  if (value === undefined || value === null) return t('notSet');
  if (!spec) return typeof value === 'object' ? JSON.stringify(value) : String(value);
  switch (spec.kind) {
    case 'number': {
      const v = Number(value);
      if (spec.unit === 'FLOP') return formatSci(v);
      if (spec.unit === 'share') return formatShare(v);
      if (spec.unit === 'USD') return words.headline.usd(v);
      return spec.unit === 'exchanges' ? words.headline.count(v) : plain(v);
    }
    case 'boolean':
      return value ? t('yes') : t('no');
    case 'enum':
      return spec.options.find((o) => o.value === value)?.label ?? String(value);
    case 'choices':
      return list(
        (value as readonly string[]).map((v) => spec.options.find((o) => o.value === v)?.label ?? v),
      );
    case 'countries':
    case 'ids':
      return list(value as readonly string[]);
    case 'dated-chips':
      return list(
        (value as readonly { chipId: string; from: string }[]).map((c) =>
          t('chipFrom', { chip: c.chipId, from: c.from }),
        ),
      );
  }
}

/** The unit written once after "from → to", for units that `formatSetting` does not already show. */
function unitAfter(spec: ParamSpec | undefined): string {
  if (spec?.kind !== 'number' || ['share', 'USD'].includes(spec.unit)) return '';
  return ` ${spec.unit}`;
}

function settingLines(
  title: string,
  before: PolicyInstance,
  after: PolicyInstance,
  words: CompareWords,
): DiffLine[] {
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
      text: words.t('setting', {
        title,
        label: paramLabel(after.template, key, spec?.label ?? key, words.messages),
        from: formatSetting(spec, a, words),
        to: formatSetting(spec, b, words),
        unit: unitAfter(spec),
      }),
    });
  }
  return lines;
}

function measureLines(before: PolicyInstance, after: PolicyInstance, words: CompareWords): DiffLine[] {
  const { t } = words;
  const title = after.title;
  const lines: DiffLine[] = [];
  if (before.enabled !== after.enabled)
    lines.push({ kind: 'switched', text: t('switched', { title, on: String(after.enabled) }) });
  if (before.title !== after.title)
    lines.push({ kind: 'changed', text: t('renamed', { title, before: before.title }) });
  if (before.jurisdiction !== after.jurisdiction)
    lines.push({
      kind: 'changed',
      text: t('enactedBy', {
        title,
        from: t('jurisdiction', { code: before.jurisdiction }),
        to: t('jurisdiction', { code: after.jurisdiction }),
      }),
    });
  if (before.effectiveFrom !== after.effectiveFrom)
    lines.push({
      kind: 'changed',
      text: t('inForce', { title, from: before.effectiveFrom, to: after.effectiveFrom }),
    });
  if (before.effectiveTo !== after.effectiveTo)
    lines.push({
      kind: 'changed',
      text: t('ends', {
        title,
        from: before.effectiveTo ?? t('never'),
        to: after.effectiveTo ?? t('never'),
      }),
    });
  return [...lines, ...settingLines(title, before, after, words)];
}

type Words = CompareWords['t'];
const ASSUMPTION_TEXT: Record<
  keyof Assumptions,
  { label: CompareMessage; format: (v: never, t: Words) => string }
> = {
  computeGrowthPerYear: { label: 'computeGrowth', format: (v: number, t) => t('times', { value: plain(v) }) },
  dealVolumeTrendPerYear: {
    label: 'dealVolume',
    format: (v: number, t) => t('timesPerYear', { value: plain(v) }),
  },
  usShareTrendPerYear: { label: 'usShare', format: (v: number, t) => t('timesPerYear', { value: plain(v) }) },
  projection: { label: 'projection', format: (v: boolean, t) => (v ? t('onWord') : t('off')) },
  countImputedCompute: {
    label: 'countImputed',
    format: (v: boolean, t) => (v ? t('onWord') : t('offUnknown')),
  },
  seed: { label: 'seed', format: (v: number) => String(v) },
};

function assumptionLines(before: Assumptions, after: Assumptions, words: CompareWords): DiffLine[] {
  const { t } = words;
  return (Object.keys(ASSUMPTION_TEXT) as (keyof Assumptions)[])
    .filter((key) => before[key] !== after[key])
    .map((key) => {
      const { label, format } = ASSUMPTION_TEXT[key];
      const f = format as (v: unknown, t: Words) => string;
      return {
        kind: 'assumption',
        text: t('assumption', { label: t(label), from: f(before[key], t), to: f(after[key], t) }),
      };
    });
}

/** List what differs from `baseline` to `scenario`, measures first (in the scenario's order), then the rest. */
export function scenarioDifferences(
  baseline: Scenario,
  scenario: Scenario,
  words: CompareWords = ENGLISH_COMPARE_WORDS,
): DiffLine[] {
  const { t } = words;
  const lines: DiffLine[] = [];
  const before = new Map(baseline.policies.map((p) => [p.id, p]));
  const after = new Map(scenario.policies.map((p) => [p.id, p]));
  for (const p of scenario.policies) {
    const old = before.get(p.id);
    if (!old)
      lines.push({
        kind: 'added',
        text: t('added', {
          title: p.title,
          jurisdiction: t('jurisdiction', { code: p.jurisdiction }),
          on: String(p.enabled),
        }),
      });
    else lines.push(...measureLines(old, p, words));
  }
  for (const p of baseline.policies)
    if (!after.has(p.id))
      lines.push({
        kind: 'removed',
        text: t('removed', { title: p.title, jurisdiction: t('jurisdiction', { code: p.jurisdiction }) }),
      });
  const shared = (list: readonly PolicyInstance[], other: Map<string, PolicyInstance>) =>
    list.filter((p) => other.has(p.id)).map((p) => p.id);
  if (!jsonEqual(shared(baseline.policies, after), shared(scenario.policies, before)))
    lines.push({ kind: 'order', text: t('order') });
  lines.push(...assumptionLines(baseline.assumptions, scenario.assumptions, words));
  const { from, to } = scenario.horizon;
  if (baseline.horizon.from !== from || baseline.horizon.to !== to)
    lines.push({
      kind: 'horizon',
      text: t('horizon', { fromA: baseline.horizon.from, toA: baseline.horizon.to, fromB: from, toB: to }),
    });
  return lines;
}
