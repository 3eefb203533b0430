/**
 * The drawer behind any bar or point: the deals or companies it counts, with status, reason and source; a
 * company opens its explanation. Escape closes it.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { DatasetIndex, RunSpec, SimulationResult } from '../../engine';
import { useAppStore } from '../../state/use-app-store';
import { formatCount, formatUsd } from '../format';
import { OUTCOME_LABELS } from '../styles/tokens';
import { CompanyPanel } from './company-panel';
import { companiesTitle, companyRows, dealRows } from './drilldown-model';
import { SourceNote } from './findings';

function Title({ result }: { result: SimulationResult }) {
  const drill = useAppStore((s) => s.view.drilldown)!;
  const measure =
    drill.policyId === 'combined'
      ? 'all measures'
      : (result.measures.find((m) => m.policyId === drill.policyId)?.title ?? drill.policyId);
  return drill.kind === 'deals' ? (
    <>
      Deals {drill.outcome ? `(${OUTCOME_LABELS[drill.outcome].toLowerCase()})` : 'captured'} in{' '}
      {drill.quarter} — {measure}
    </>
  ) : (
    <>
      {companiesTitle(drill)} — {measure}
    </>
  );
}

function DealsTable({
  index,
  spec,
  result,
}: {
  index: DatasetIndex;
  spec: RunSpec;
  result: SimulationResult;
}) {
  const drill = useAppStore((s) => s.view.drilldown)!;
  const selectCompany = useAppStore((s) => s.selectCompany);
  const { rows, total } = useMemo(() => dealRows(index, spec, result, drill), [index, spec, result, drill]);
  if (total === 0) return <p className="empty">No deals here.</p>;
  return (
    <>
      <p className="field-note">
        {formatCount(total)} deal{total === 1 ? '' : 's'}
        {total > rows.length ? `; the first ${rows.length} are listed` : ''}.
      </p>
      <table className="drill-table">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Company</th>
            <th scope="col">Kind</th>
            <th scope="col">Status</th>
            <th scope="col">Amount</th>
            <th scope="col">Reason</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.date}</td>
              <td>
                {r.companyId ? (
                  <button type="button" className="link" onClick={() => selectCompany(r.companyId)}>
                    {r.company}
                  </button>
                ) : (
                  r.company
                )}
              </td>
              <td>{r.kind}</td>
              <td className={r.outcome ? `outcome-${r.outcome}` : ''}>{r.outcome ?? '—'}</td>
              <td>{r.amountUsd === null ? '—' : formatUsd(r.amountUsd)}</td>
              <td>{r.reason}</td>
              <td>
                <SourceNote source={r.provenance} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function CompaniesTable({
  index,
  spec,
  result,
}: {
  index: DatasetIndex;
  spec: RunSpec;
  result: SimulationResult;
}) {
  const drill = useAppStore((s) => s.view.drilldown)!;
  const selectCompany = useAppStore((s) => s.selectCompany);
  const { rows, total } = useMemo(
    () => companyRows(index, spec, result, drill),
    [index, spec, result, drill],
  );
  const scope = drill.view === 'companiesInScope' || drill.view === 'companiesInScopeStopped';
  if (total === 0)
    return <p className="empty">{scope ? 'No company in scope here.' : 'No company captured yet.'}</p>;
  return (
    <>
      <p className="field-note">
        {formatCount(total)} compan{total === 1 ? 'y' : 'ies'}
        {total > rows.length ? `; the first ${rows.length} are listed` : ''}. Choose one to see why.
      </p>
      <table className="drill-table">
        <thead>
          <tr>
            <th scope="col">Company</th>
            <th scope="col">HQ</th>
            <th scope="col">
              {scope
                ? 'Standing'
                : drill.view === 'companiesStoppedCumulative'
                  ? 'First deal stopped'
                  : drill.view === 'companies'
                    ? 'Captured in'
                    : 'First captured'}
            </th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <button type="button" className="link" onClick={() => selectCompany(r.id)}>
                  {r.name}
                </button>
              </td>
              <td>{r.hq}</td>
              <td>{r.firstCaptured}</td>
              <td>
                <SourceNote source={r.provenance} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function Drilldown({
  index,
  spec,
  result,
}: {
  index: DatasetIndex;
  spec: RunSpec;
  result: SimulationResult;
}) {
  const drill = useAppStore((s) => s.view.drilldown);
  const company = useAppStore((s) => s.view.selectedCompany);
  const close = useAppStore((s) => s.closeDrilldown);
  const ref = useRef<HTMLDivElement>(null);
  const open = drill !== null || company !== null;
  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement as HTMLElement | null;
    ref.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      previous?.focus?.();
    };
  }, [open, close]);
  if (!open) return null;
  return (
    <div
      className="drawer"
      role="dialog"
      aria-modal="false"
      aria-labelledby="drawer-title"
      ref={ref}
      tabIndex={-1}
    >
      <div className="drawer-head">
        <h2 id="drawer-title">{company && !drill ? 'Company' : drill ? <Title result={result} /> : null}</h2>
        <button type="button" className="icon" aria-label="Close" onClick={close}>
          ×
        </button>
      </div>
      <div className="drawer-body">
        {company ? (
          <CompanyPanel index={index} spec={spec} companyId={company} />
        ) : drill?.kind === 'deals' ? (
          <DealsTable index={index} spec={spec} result={result} />
        ) : (
          <CompaniesTable index={index} spec={spec} result={result} />
        )}
      </div>
    </div>
  );
}
