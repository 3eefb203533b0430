/** The US crackdown on distillation (NSTM-4) read from the memo: docs/SOURCES.md. */
import { type Outcome, type PolicyInstance, type Transaction, uniformOf } from '../../../src/engine';
import {
  flag,
  hqOn,
  inWindow,
  list,
  num,
  type Params,
  type ReferenceMeasure,
  type World,
} from '../reference-world';

/** §3.3: whether a flow is covered (before detection). */
function distillationCovered(world: World, policy: PolicyInstance, p: Params, t: Transaction): boolean {
  if (t.kind !== 'model-access' || !inWindow(policy, t.date)) return false;
  const lab = t.companyId === null ? null : world.company.get(t.companyId)!;
  if (lab && !list(p, 'targetCountries').includes(hqOn(lab, t.date))) return false;
  if (!list(p, 'teacherCountries').includes(t.teacher.country)) return false;
  if (!list(p, 'coveredAccess').includes(t.teacher.access)) return false;
  return (t.exchanges ?? 0) >= num(p, 'minExchanges');
}

function distillation(
  world: World,
  policy: PolicyInstance,
  p: Params,
  t: Transaction,
  seed: number,
): Outcome | null {
  if (!distillationCovered(world, policy, p, t)) return null;
  return uniformOf(t.id, seed) < num(p, 'detectionRate') ? 'blocked' : null;
}

export const distillationReference: ReferenceMeasure = {
  template: 'distillation',
  kinds: ['model-access'],
  outcome: distillation,
  // Has a covered flow (detected or not) on or before the day.
  inScope: (world, policy, p, company, date) =>
    world.dataset.transactions.some(
      (t) => t.companyId === company.id && t.date <= date && distillationCovered(world, policy, p, t),
    ),
  // A covered flow is blocked when detected.
  inStoppedScope: () => true,
  // A detected flow lists its lab on the Entity List from the flow's date, with `listOnDetection`.
  lists: (world, policy, p, t, seed) =>
    flag(p, 'listOnDetection') && distillation(world, policy, p, t, seed) === 'blocked',
};
