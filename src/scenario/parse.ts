/**
 * Validate a scenario document from any untrusted source (preset, file, link, storage): shape first, then each
 * measure's parameters against its template, then cross-field rules. Returns the scenario with every parameter
 * filled, or every problem found with its path.
 */
import {
  fail,
  type Issue,
  issuesFromZod,
  ok,
  ordinalOf,
  type PolicyInstance,
  paramsSchema,
  type Quarter,
  type Result,
  TEMPLATES,
  templateOf,
  withDefaults,
} from '../engine';
import { type Scenario, ScenarioSchema } from './schema';

/** The earliest and latest quarters a horizon may use. */
export const HORIZON_LIMITS = { from: '2000Q1', to: '2050Q4' } as const;

function checkPolicy(policy: PolicyInstance, i: number, issues: Issue[]): PolicyInstance | null {
  const template = templateOf(policy.template);
  if (!template) {
    issues.push({
      path: `policies[${i}].template`,
      message: `unknown measure ${JSON.stringify(policy.template)}; known: ${TEMPLATES.map((t) => t.id).join(', ')}`,
    });
    return null;
  }
  const params = paramsSchema(template.params).safeParse(policy.params, { reportInput: true });
  if (!params.success) {
    issues.push(...issuesFromZod(params.error, `policies[${i}].params`));
    return null;
  }
  if (policy.effectiveTo !== undefined && policy.effectiveTo < policy.effectiveFrom) {
    issues.push({
      path: `policies[${i}].effectiveTo`,
      message: `ends (${policy.effectiveTo}) before it starts (${policy.effectiveFrom})`,
    });
  }
  return { ...policy, params: withDefaults(template.params, params.data) };
}

/** Parse and validate a scenario document. */
export function parseScenario(raw: unknown): Result<Scenario> {
  const parsed = ScenarioSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return fail(issuesFromZod(parsed.error));
  const doc = parsed.data;
  const issues: Issue[] = [];
  const from = doc.horizon.from as Quarter;
  const to = doc.horizon.to as Quarter;
  if (ordinalOf(from) > ordinalOf(to))
    issues.push({ path: 'horizon', message: `starts (${from}) after it ends (${to})` });
  if (ordinalOf(from) < ordinalOf(HORIZON_LIMITS.from) || ordinalOf(to) > ordinalOf(HORIZON_LIMITS.to)) {
    issues.push({
      path: 'horizon',
      message: `must lie within ${HORIZON_LIMITS.from}–${HORIZON_LIMITS.to}, got ${from}–${to}`,
    });
  }
  const seen = new Set<string>();
  const policies = doc.policies.map((policy, i) => {
    if (seen.has(policy.id))
      issues.push({
        path: `policies[${i}].id`,
        message: `duplicate measure id ${JSON.stringify(policy.id)}`,
      });
    seen.add(policy.id);
    return checkPolicy(policy, i, issues);
  });
  if (issues.length) return fail(issues);
  return ok({ ...doc, horizon: { from, to }, policies: policies as PolicyInstance[] });
}
