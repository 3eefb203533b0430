/**
 * Pure edits of a scenario document, used by the store's actions (and testable without it). Each returns a
 * new scenario; values are clamped or validated against the measure's parameter schema so the document stays
 * valid whatever the interface sends.
 */
import { type ParamValue, type PolicyInstance, templateOf, withDefaults } from '../engine';
import type { Assumptions, Scenario } from '../scenario/schema';

/** Return an id not yet used by the scenario's measures: `base`, `base-2`, `base-3`… */
export function freshPolicyId(scenario: Scenario, base: string): string {
  const used = new Set(scenario.policies.map((p) => p.id));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Clamp a number to a parameter's range; other values pass when they have the right type. */
export function coerceParam(templateId: string, key: string, value: ParamValue): ParamValue | undefined {
  const spec = templateOf(templateId)?.params.find((s) => s.key === key);
  if (!spec) return undefined;
  if (spec.kind === 'number') {
    if (typeof value !== 'number' || Number.isNaN(value)) return undefined;
    const clamped = Math.min(spec.max, Math.max(spec.min, value));
    return spec.integer ? Math.round(clamped) : clamped;
  }
  if (spec.kind === 'boolean') return typeof value === 'boolean' ? value : undefined;
  if (spec.kind === 'enum')
    return typeof value === 'string' && spec.options.some((o) => o.value === value) ? value : undefined;
  if (spec.kind === 'choices') {
    return Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string' && spec.options.some((o) => o.value === v))
      : undefined;
  }
  if (spec.kind === 'countries') {
    return Array.isArray(value)
      ? [...new Set(value.filter((v): v is string => typeof v === 'string' && /^[A-Z]{2}$/.test(v)))]
      : undefined;
  }
  if (spec.kind === 'ids') {
    return Array.isArray(value)
      ? [
          ...new Set(
            value.filter((v): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200),
          ),
        ]
      : undefined;
  }
  return Array.isArray(value) ? value : undefined;
}

function mapPolicy(scenario: Scenario, id: string, fn: (p: PolicyInstance) => PolicyInstance): Scenario {
  return { ...scenario, policies: scenario.policies.map((p) => (p.id === id ? fn(p) : p)) };
}

export function setParam(scenario: Scenario, policyId: string, key: string, value: ParamValue): Scenario {
  return mapPolicy(scenario, policyId, (p) => {
    const coerced = coerceParam(p.template, key, value);
    return coerced === undefined ? p : { ...p, params: { ...p.params, [key]: coerced } };
  });
}

export function setEnabled(scenario: Scenario, policyId: string, enabled: boolean): Scenario {
  return mapPolicy(scenario, policyId, (p) => ({ ...p, enabled }));
}

export function setPolicyField(
  scenario: Scenario,
  policyId: string,
  field: 'title' | 'jurisdiction',
  value: string,
): Scenario {
  const text = value.slice(0, field === 'title' ? 200 : 40);
  return text.trim() ? mapPolicy(scenario, policyId, (p) => ({ ...p, [field]: text })) : scenario;
}

/** Set the effective date (ISO); an end date before it is dropped. */
export function setEffectiveFrom(scenario: Scenario, policyId: string, date: string): Scenario {
  return mapPolicy(scenario, policyId, (p) => {
    const { effectiveTo, ...rest } = p;
    return effectiveTo !== undefined && effectiveTo >= date
      ? { ...rest, effectiveTo, effectiveFrom: date }
      : { ...rest, effectiveFrom: date };
  });
}

export function setEffectiveTo(scenario: Scenario, policyId: string, date: string | null): Scenario {
  return mapPolicy(scenario, policyId, (p) => {
    const { effectiveTo: _, ...rest } = p;
    return date && date >= p.effectiveFrom ? { ...rest, effectiveTo: date } : rest;
  });
}

/** Add a measure from a template with its defaults, at the end of the stack. */
export function addPolicy(scenario: Scenario, templateId: string): Scenario {
  const template = templateOf(templateId);
  if (!template) return scenario;
  const policy: PolicyInstance = {
    id: freshPolicyId(scenario, template.id),
    template: template.id,
    title: template.title,
    jurisdiction: template.jurisdiction,
    enabled: true,
    effectiveFrom: template.defaultEffectiveFrom,
    params: withDefaults(template.params, {}),
  };
  return { ...scenario, policies: [...scenario.policies, policy] };
}

/** Duplicate a measure right after itself, with " (copy)" in its title. */
export function duplicatePolicy(scenario: Scenario, policyId: string): Scenario {
  const at = scenario.policies.findIndex((p) => p.id === policyId);
  const original = scenario.policies[at];
  if (!original) return scenario;
  const copy = {
    ...original,
    id: freshPolicyId(scenario, original.id.replace(/-\d+$/, '')),
    title: `${original.title} (copy)`.slice(0, 200),
  };
  return {
    ...scenario,
    policies: [...scenario.policies.slice(0, at + 1), copy, ...scenario.policies.slice(at + 1)],
  };
}

export function removePolicy(scenario: Scenario, policyId: string): Scenario {
  return { ...scenario, policies: scenario.policies.filter((p) => p.id !== policyId) };
}

/** Move a measure up (-1) or down (+1) in the stack. */
export function movePolicy(scenario: Scenario, policyId: string, delta: -1 | 1): Scenario {
  const at = scenario.policies.findIndex((p) => p.id === policyId);
  const to = at + delta;
  if (at < 0 || to < 0 || to >= scenario.policies.length) return scenario;
  const policies = [...scenario.policies];
  [policies[at], policies[to]] = [policies[to]!, policies[at]!];
  return { ...scenario, policies };
}

/** The on/off assumptions; the others are numbers with a range. */
type SwitchAssumption = 'projection' | 'countImputedCompute';

const ASSUMPTION_RANGES: Record<Exclude<keyof Assumptions, SwitchAssumption>, [number, number, boolean]> = {
  computeGrowthPerYear: [1, 10, false],
  dealVolumeTrendPerYear: [0.25, 4, false],
  usShareTrendPerYear: [0.25, 4, false],
  seed: [0, 2 ** 31 - 1, true],
};

export function setAssumption<K extends keyof Assumptions>(
  scenario: Scenario,
  key: K,
  value: Assumptions[K],
): Scenario {
  if (key === 'projection' || key === 'countImputedCompute')
    return typeof value === 'boolean'
      ? { ...scenario, assumptions: { ...scenario.assumptions, [key]: value } }
      : scenario;
  if (typeof value !== 'number' || Number.isNaN(value)) return scenario;
  const [min, max, integer] = ASSUMPTION_RANGES[key as Exclude<keyof Assumptions, SwitchAssumption>];
  const clamped = Math.min(max, Math.max(min, integer ? Math.round(value) : value));
  return { ...scenario, assumptions: { ...scenario.assumptions, [key]: clamped } };
}

export function setText(scenario: Scenario, field: 'title' | 'description', value: string): Scenario {
  const text = value.slice(0, field === 'title' ? 200 : 5000);
  return field === 'title' && !text.trim() ? scenario : { ...scenario, [field]: text };
}
