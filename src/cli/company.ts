/**
 * The runner's `--company` report: one company's standing under each measure on the as-of date, with the tests
 * behind it. It is the app's own explanation (`explainCompany`, the company panel's source), so a number in the
 * interface can be reproduced from the command line.
 */
import { type DatasetIndex, explainCompany, type RunSpec } from '../engine';

/** Build the report for a company id, or return null if the dataset has no such company. */
export function companyReport(index: DatasetIndex, spec: RunSpec, id: string) {
  const explanation = explainCompany(index, spec, id);
  if (!explanation) return null;
  const company = index.dataset.companies[index.companies.byId.get(id)!]!;
  return {
    company: { id: company.id, name: company.name, provenance: company.provenance },
    asOf: explanation.asOf,
    measures: explanation.measures.map((m) => ({
      policyId: m.policyId,
      template: spec.policies.find((p) => p.id === m.policyId)?.template ?? null,
      status: m.standing,
      findings: m.status.map((f) => ({
        clause: f.clause,
        test: f.test,
        met: f.met,
        value: f.value ?? null,
        threshold: f.threshold ?? null,
        source: f.source ?? null,
      })),
    })),
  };
}
