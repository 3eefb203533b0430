/**
 * The policy stack: a card per measure, "add a measure" from the templates, and the assumptions.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslations } from 'use-intl';
import { type ResultSummary, TEMPLATES } from '../../engine';
import { useAppStore } from '../../state/use-app-store';
import type { IndexView } from '../../worker/simulation-protocol';
import { PanelBoundary } from '../error-boundary';
import { colourOf } from '../styles/tokens';
import { AssumptionsPanel } from './assumptions-panel';
import { PolicyCard } from './policy-card';

export function PolicyStack({
  index,
  result,
}: {
  /** The index of the shown result (its models and chips), or null before the first run. */
  index: IndexView | null;
  result: ResultSummary | null;
}) {
  const id = useId();
  const policies = useAppStore((s) => s.scenario.policies);
  const addPolicy = useAppStore((s) => s.addPolicy);
  const modelLogs = useMemo(
    () =>
      index
        ? index.dataset.models.flatMap((m) =>
            m.trainingComputeFlop ? [Math.log10(m.trainingComputeFlop)] : [],
          )
        : null,
    [index],
  );
  const chipIds = useMemo(() => index?.chipIds ?? [], [index]);
  let enabledPosition = 0;
  // In one column (a phone, a narrow window) the measures fold away under a button, so the results come first;
  // side by side with the results they are always shown and the button is hidden (app.css).
  const t = useTranslations('measures');
  const [open, setOpen] = useState(false);
  const on = policies.filter((p) => p.enabled).length;
  return (
    <aside className={open ? 'stack' : 'stack folded'} aria-label={t('heading')}>
      <div className="stack-head">
        <h2>{t('heading')}</h2>
        <button
          type="button"
          className="measures-toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen(!open)}
        >
          {open ? t('hide') : t('show', { on, total: policies.length })}
        </button>
      </div>
      <div className="stack-body" id={`${id}-body`}>
        {policies.length === 0 && <p className="empty">{t('none')}</p>}
        {policies.map((policy, position) => {
          const colour = policy.enabled ? colourOf(enabledPosition++) : '#9a9a9a';
          const measure = result?.measures.find((m) => m.policyId === policy.id);
          const captured =
            measure && result
              ? {
                  history: measure.series.companiesCumulative[Math.max(0, result.historyQuarters - 1)] ?? 0,
                  horizon: measure.series.companiesCumulative.at(-1) ?? 0,
                  asOf: result.quarters[Math.max(0, result.historyQuarters - 1)] ?? '',
                  end: result.quarters.at(-1) ?? '',
                }
              : null;
          return (
            <PanelBoundary key={policy.id} name={`Measure ${position + 1}`}>
              <PolicyCard
                policy={policy}
                position={position}
                count={policies.length}
                colour={colour}
                modelLogs={modelLogs}
                chipIds={chipIds}
                captured={captured}
              />
            </PanelBoundary>
          );
        })}
        <div className="add-measure">
          <label htmlFor={`${id}-add`}>Add a measure</label>
          <select
            id={`${id}-add`}
            value=""
            onChange={(e) => {
              if (e.target.value) addPolicy(e.target.value);
            }}
          >
            <option value="">Choose a template…</option>
            {TEMPLATES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
          </select>
        </div>
        <PanelBoundary name="Assumptions">
          <AssumptionsPanel />
        </PanelBoundary>
      </div>
    </aside>
  );
}
