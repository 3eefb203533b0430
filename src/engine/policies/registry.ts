/**
 * The explicit list of measure templates. Adding a measure = one module + its tests + one line here.
 * Template ids are public (links, files): never rename one; migrate instead.
 */
import type { Params } from '../params';
import type { PolicyTemplate } from '../policy';
import { cnApproval } from './cn-approval';
import { distillation } from './distillation';
import { exportControls } from './export-controls';
import { usInvestmentTax } from './us-investment-tax';
import { usOutbound } from './us-outbound';

export const TEMPLATES: readonly PolicyTemplate<Params>[] = [
  usOutbound,
  exportControls,
  distillation,
  cnApproval,
  usInvestmentTax,
];

const BY_ID = new Map(TEMPLATES.map((t) => [t.id, t]));

/** Return the template with this id, or undefined. */
export function templateOf(id: string): PolicyTemplate<Params> | undefined {
  return BY_ID.get(id);
}
