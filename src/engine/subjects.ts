/**
 * Helpers that name the records behind a finding (company, model, chip, transaction) with their provenance.
 */
import type { DatasetIndex } from './dataset/index-dataset';
import type { Finding } from './policy';

type Subject = NonNullable<Finding['subject']>;

/** Name a company and give its provenance. */
export function companySubject(index: DatasetIndex, c: number): Pick<Finding, 'subject' | 'source'> {
  const company = index.dataset.companies[c];
  if (!company) return {};
  return {
    subject: { kind: 'company', id: company.id, name: company.name } satisfies Subject,
    source: company.provenance,
  };
}

/** Name a model and give its provenance (and say so when its compute figure is an imputed estimate). */
export function modelSubject(
  index: DatasetIndex,
  m: number,
): Pick<Finding, 'subject' | 'source' | 'imputed'> {
  const model = index.dataset.models[m];
  if (!model) return {};
  return {
    subject: { kind: 'model', id: model.id, name: model.name },
    source: model.provenance,
    ...(model.trainingComputeImputed ? { imputed: true } : {}),
  };
}

/** Name a chip and give its provenance. */
export function chipSubject(index: DatasetIndex, chip: number): Pick<Finding, 'subject' | 'source'> {
  const c = index.dataset.chips[chip];
  if (!c) return {};
  return {
    subject: { kind: 'chip', id: c.id, name: c.name },
    ...(c.provenance ? { source: c.provenance } : {}),
  };
}

/** Name a transaction and give its provenance. */
export function transactionSubject(index: DatasetIndex, t: number): Pick<Finding, 'subject' | 'source'> {
  const tx = index.dataset.transactions[index.tx.source[t]!];
  if (!tx) return {};
  return { subject: { kind: 'transaction', id: tx.id, name: tx.id }, source: tx.provenance };
}
