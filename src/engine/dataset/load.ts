/**
 * Validate an untrusted JSON value as a dataset (format v1). Every problem is reported with its path, and
 * cross-references (a model's company, a purchase's chip) are checked after the shape.
 */
import { fail, type Issue, ok, type Result } from '../result';
import { issuesFromZod } from '../zod-issues';
import { type Dataset, DatasetSchema } from './schema';

/** At most this many issues are listed; the rest are counted in one closing line. */
export const MAX_LISTED_ISSUES = 200;

function duplicateIds(items: readonly { id: string }[], label: string, issues: Issue[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      issues.push({ path: `${label}[${i}].id`, message: `duplicate id ${JSON.stringify(item.id)}` });
    seen.add(item.id);
  });
  return seen;
}

function checkReferences(dataset: Dataset): Issue[] {
  const issues: Issue[] = [];
  const companies = duplicateIds(dataset.companies, 'companies', issues);
  const models = duplicateIds(dataset.models, 'models', issues);
  const chips = duplicateIds(dataset.chips, 'chips', issues);
  duplicateIds(dataset.transactions, 'transactions', issues);
  const unknown = (what: string, id: string) => `unknown ${what} ${JSON.stringify(id)}`;

  dataset.companies.forEach((company, i) => {
    const total = Object.values(company.ownership ?? {}).reduce((sum, s) => sum + s, 0);
    if (total > 1 + 1e-9) {
      issues.push({
        path: `companies[${i}].ownership`,
        message: `shares add up to ${total.toFixed(3)}, more than 1`,
      });
    }
  });
  dataset.models.forEach((model, i) => {
    if (!companies.has(model.companyId))
      issues.push({ path: `models[${i}].companyId`, message: unknown('company', model.companyId) });
    model.otherCompanyIds?.forEach((id, j) => {
      if (!companies.has(id))
        issues.push({ path: `models[${i}].otherCompanyIds[${j}]`, message: unknown('company', id) });
    });
    model.trainingChips?.forEach((chip, j) => {
      if (!chips.has(chip.chipId))
        issues.push({
          path: `models[${i}].trainingChips[${j}].chipId`,
          message: unknown('chip', chip.chipId),
        });
    });
  });
  dataset.transactions.forEach((tx, i) => {
    if (tx.companyId !== null && !companies.has(tx.companyId)) {
      issues.push({ path: `transactions[${i}].companyId`, message: unknown('company', tx.companyId) });
    }
    if ((tx.kind === 'chip-purchase' || tx.kind === 'hardware-in-use') && !chips.has(tx.chipId)) {
      issues.push({ path: `transactions[${i}].chipId`, message: unknown('chip', tx.chipId) });
    }
    if (tx.kind === 'hardware-in-use')
      tx.modelIds?.forEach((id, j) => {
        if (!models.has(id))
          issues.push({ path: `transactions[${i}].modelIds[${j}]`, message: unknown('model', id) });
      });
  });
  return issues;
}

/** Cap a list of issues, summarising the rest in a final line. */
export function capIssues(issues: readonly Issue[]): Issue[] {
  if (issues.length <= MAX_LISTED_ISSUES) return [...issues];
  return [
    ...issues.slice(0, MAX_LISTED_ISSUES),
    { path: '', message: `…and ${issues.length - MAX_LISTED_ISSUES} more problems` },
  ];
}

/** Parse and validate a dataset; return it, or every problem found. */
export function parseDataset(raw: unknown): Result<Dataset> {
  const parsed = DatasetSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return fail(capIssues(issuesFromZod(parsed.error)));
  const issues = checkReferences(parsed.data);
  return issues.length ? fail(capIssues(issues)) : ok(parsed.data);
}
