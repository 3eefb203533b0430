/**
 * The reference of every measure, one line each, as the registry lists the measures
 * (src/engine/policies/registry.ts). The reference run reads this list; a test checks it matches the registry.
 */
import type { ReferenceMeasure } from '../reference-world';
import { cnApprovalReference } from './cn-approval.reference';
import { distillationReference } from './distillation.reference';
import { exportControlsReference } from './export-controls.reference';
import { usInvestmentTaxReference } from './us-investment-tax.reference';
import { usOutboundReference } from './us-outbound.reference';

export const REFERENCES: readonly ReferenceMeasure[] = [
  usOutboundReference,
  exportControlsReference,
  distillationReference,
  cnApprovalReference,
  usInvestmentTaxReference,
];

/** The reference of a template (throws for one without). */
export function referenceOf(template: string): ReferenceMeasure {
  const found = REFERENCES.find((r) => r.template === template);
  if (!found) throw new Error(`reference: no reference for template ${template}`);
  return found;
}
