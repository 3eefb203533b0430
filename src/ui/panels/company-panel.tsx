/**
 * A company's explanation: when each measure first captured it, by which tests and margins, its status today,
 * and the smallest one-parameter changes that would release it (each verified by re-running the measure).
 */
import { useMemo } from 'react';
import { type DatasetIndex, explainCompany, type ParamChange, type RunSpec, templateOf } from '../../engine';
import { useAppStore } from '../../state/use-app-store';
import { formatValue } from '../format';
import { FindingList, SourceNote } from './findings';

function ChangeText({ change, template }: { change: ParamChange; template: string }) {
  const spec = templateOf(template)?.params.find((s) => s.key === change.param);
  const label = change.param === 'effectiveFrom' ? 'Effective date' : (spec?.label ?? change.param);
  const unit = spec?.kind === 'number' ? spec.unit : undefined;
  return (
    <>
      <strong>{label}</strong>: {formatValue(change.from, unit)} → {formatValue(change.to, unit)}{' '}
      <span className="field-note">({change.note})</span>
    </>
  );
}

export function CompanyPanel({
  index,
  spec,
  companyId,
}: {
  index: DatasetIndex;
  spec: RunSpec;
  companyId: string;
}) {
  const selectCompany = useAppStore((s) => s.selectCompany);
  const explanation = useMemo(() => explainCompany(index, spec, companyId), [index, spec, companyId]);
  const company = index.dataset.companies.find((c) => c.id === companyId);
  if (!explanation || !company) return <p className="empty">This company is not in the dataset in use.</p>;
  return (
    <article className="company" aria-labelledby="company-title">
      <button type="button" className="link" onClick={() => selectCompany(null)}>
        ← Back to the list
      </button>
      <h3 id="company-title">{company.name}</h3>
      <p className="meta">
        {company.kind}, headquartered in {company.hq}
        {company.relocations?.map((r) => ` (moved to ${r.hq} on ${r.date})`).join('')}
        {company.leading ? ' · named among China\u2019s leading AI firms' : ''}
        <br />
        <SourceNote source={company.provenance} />
      </p>
      {explanation.measures.length === 0 && <p className="empty">No measure is on.</p>}
      {explanation.measures.map((m) => {
        const template = spec.policies.find((p) => p.id === m.policyId)?.template ?? '';
        return (
          <section key={m.policyId} className="company-measure">
            <h4>{m.title}</h4>
            {m.firstCaptured ? (
              <p>
                First captured in <strong>{m.firstCaptured}</strong> ({m.firstDeal?.outcome}: deal{' '}
                {m.firstDeal?.id} on {m.firstDeal?.date}); {m.capturedDeals} captured deal
                {m.capturedDeals === 1 ? '' : 's'} in all.
              </p>
            ) : (
              <p>Not captured: no deal of this company is caught by this measure.</p>
            )}
            {m.deciding.length > 0 && (
              <>
                <h5>Why (at the first capture)</h5>
                <FindingList findings={m.deciding} />
              </>
            )}
            <details>
              <summary>Status on {index.dataset.asOf}, deal or no deal</summary>
              <FindingList findings={m.status} />
            </details>
            {m.firstCaptured && (
              <>
                <h5>Smallest change that would release it</h5>
                {m.releases.length ? (
                  <ul className="releases">
                    {m.releases.map((r) => (
                      <li key={`${r.param}-${String(r.to)}`}>
                        <ChangeText change={r} template={template} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="field-note">No single change releases it: more than one test catches it.</p>
                )}
              </>
            )}
          </section>
        );
      })}
      {explanation.chipsInUse.length > 0 && (
        <section className="company-measure">
          <h4>Chips seen in use (evidence, not purchases)</h4>
          <p className="field-note">
            A model trained on these chips shows the company had them by that date, not when, how or from whom
            they were bought. No measure counts these as allowed or denied.
          </p>
          <ul className="chips-in-use">
            {explanation.chipsInUse.map((u) => (
              <li key={u.id}>
                <strong>{u.chip.name}</strong>
                {u.units !== null ? ` × ${u.units.toLocaleString('en-US')}` : ''} by {u.date}
                {u.models.length > 0 ? ` (${u.models.map((m) => m.name).join(', ')})` : ''}
                <br />
                <SourceNote source={u.source} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
