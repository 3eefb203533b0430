/**
 * Build a step's scenario: a preset with the step's readable changes applied, or a whole scenario, validated by
 * the same strict reader as files and presets. A step that changes nothing gives the preset exactly as the preset
 * menu loads it, so the preset picker still names it.
 */
import { fail, type Issue, ok, type Result, templateOf } from '../engine';
import { jsonEqual } from '../scenario/json';
import { migrate } from '../scenario/migrations';
import { parseScenario } from '../scenario/parse';
import { presetById } from '../scenario/presets';
import type { Scenario } from '../scenario/schema';
import type { ScenarioChanges, StepScenario } from './schema';

type Doc = Record<string, unknown> & { policies: Record<string, unknown>[] };

function hasChanges(c: ScenarioChanges): boolean {
  return (
    c.title !== undefined ||
    c.description !== undefined ||
    Boolean(c.remove?.length || c.add?.length || c.enable?.length || c.disable?.length) ||
    Object.keys(c.params ?? {}).length > 0 ||
    Object.keys(c.effectiveFrom ?? {}).length > 0 ||
    Object.keys(c.assumptions ?? {}).length > 0
  );
}

/** Apply the changes to a plain copy of the preset; every id a change names must exist. */
function applyChanges(preset: Scenario, c: ScenarioChanges, stepId: string, issues: Issue[]): Doc {
  const doc = JSON.parse(JSON.stringify(preset)) as Doc;
  const find = (policyId: string, path: string) => {
    const policy = doc.policies.find((p) => p.id === policyId);
    if (!policy) {
      const known = doc.policies.map((p) => p.id).join(', ') || 'none';
      issues.push({
        path,
        message: `no measure ${JSON.stringify(policyId)} in the scenario (it has: ${known})`,
      });
    }
    return policy;
  };
  for (const policyId of c.remove ?? []) {
    if (find(policyId, 'remove')) doc.policies = doc.policies.filter((p) => p.id !== policyId);
  }
  (c.add ?? []).forEach((m, i) => {
    const template = templateOf(m.template);
    if (!template) {
      issues.push({ path: `add[${i}].template`, message: `unknown measure ${JSON.stringify(m.template)}` });
      return;
    }
    doc.policies.push({
      id: m.id,
      template: m.template,
      title: m.title ?? template.title,
      jurisdiction: m.jurisdiction ?? template.jurisdiction,
      enabled: true,
      effectiveFrom: m.effectiveFrom ?? template.defaultEffectiveFrom,
      params: m.params ?? {},
    });
  });
  for (const policyId of c.enable ?? []) {
    const p = find(policyId, 'enable');
    if (p) p.enabled = true;
  }
  for (const policyId of c.disable ?? []) {
    const p = find(policyId, 'disable');
    if (p) p.enabled = false;
  }
  for (const [policyId, params] of Object.entries(c.params ?? {})) {
    const p = find(policyId, `params.${policyId}`);
    if (p) p.params = { ...(p.params as Record<string, unknown>), ...params };
  }
  for (const [policyId, date] of Object.entries(c.effectiveFrom ?? {})) {
    const p = find(policyId, `effectiveFrom.${policyId}`);
    if (p) p.effectiveFrom = date;
  }
  doc.assumptions = { ...(doc.assumptions as Record<string, unknown>), ...(c.assumptions ?? {}) };
  if (c.title !== undefined) doc.title = c.title;
  if (c.description !== undefined) doc.description = c.description;
  doc.id = stepId;
  doc.basePreset = preset.id;
  return doc;
}

/**
 * Return the scenario of a step, or every problem with it (paths relative to the step's `scenario`).
 * `stepId` names a changed scenario, e.g. `lesson-chip-rule-workaround-2`.
 */
export function buildStepScenario(spec: StepScenario, stepId: string): Result<Scenario> {
  if ('scenario' in spec) {
    // A whole document of an older schema version is brought up to date first, as a scenario file is.
    const parsed = parseScenario(migrate(spec.scenario).doc);
    return parsed.ok ? parsed : fail(parsed.issues.map((i) => ({ ...i, path: `scenario.${i.path}` })));
  }
  const preset = presetById(spec.preset);
  if (!preset) return fail([{ path: 'preset', message: `no preset ${JSON.stringify(spec.preset)}` }]);
  if (!hasChanges(spec)) return ok({ ...preset, basePreset: preset.id });
  const issues: Issue[] = [];
  const doc = applyChanges(preset, spec, stepId, issues);
  if (issues.length) return fail(issues);
  const parsed = parseScenario(doc);
  return parsed.ok ? parsed : fail(parsed.issues.map((i) => ({ ...i, path: `(built scenario).${i.path}` })));
}

/** A scenario without its words (its title and description, its measures' titles). */
function withoutWords(scenario: Scenario): unknown {
  return {
    ...scenario,
    title: '',
    description: '',
    policies: scenario.policies.map((p) => ({ ...p, title: '' })),
  };
}

/**
 * Whether the scenario on screen is a step's scenario, whatever the language of its words: a step loaded in
 * English and read in Chinese (or the reverse) is still the step as set; any change of a setting is not.
 */
export function isStepScenario(step: Scenario, onScreen: Scenario): boolean {
  return jsonEqual(withoutWords(step), withoutWords(onScreen));
}
