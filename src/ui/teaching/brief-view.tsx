/**
 * The one-page brief of the current scenario, for printing or a PDF: title and description, the measures and
 * their settings, headline numbers, the companies and deals charts, the data credit, and the link as text and
 * as a QR code. Laid out for one A4 or Letter page; long descriptions and long lists are cut so it never spills.
 */
import { useMemo } from 'react';
import { type ParamSpec, type PolicyInstance, type ResultSummary, templateOf } from '../../engine';
import { editedLabel, originOf } from '../../scenario/edited';
import { encodeLink } from '../../scenario/link';
import { useAppStore } from '../../state/use-app-store';
import type { IndexView } from '../../worker/simulation-protocol';
import { CHARTS } from '../charts/registry';
import { PanelBoundary } from '../error-boundary';
import { DATA_CREDIT } from '../export/csv-export';
import { QrCode } from '../export/qr-code';
import { formatCount, formatValue } from '../format';
import { type HeadlineKey, headlines, rowOf, signed } from '../panels/headline-model';
import { ScenarioNotices } from '../panels/scenario-notices';
import type { SummaryBaseline } from '../panels/summary';
import { pageBase } from './route-state';

/** At most this many measures are listed; a note counts the rest. */
const MAX_MEASURES = 6;

function settingsOf(policy: PolicyInstance): string {
  const template = templateOf(policy.template);
  if (!template) return '';
  const shown = template.params.filter((spec: ParamSpec) => {
    const value = policy.params[spec.key];
    return spec.primary || JSON.stringify(value) !== JSON.stringify(spec.default);
  });
  return shown
    .map((spec) => {
      const value = policy.params[spec.key];
      const changed = JSON.stringify(value) !== JSON.stringify(spec.default);
      return `${spec.label}: ${formatValue(value, 'unit' in spec ? spec.unit : undefined)}${changed ? ' (changed)' : ''}`;
    })
    .join('; ');
}

function Measures({ policies }: { policies: readonly PolicyInstance[] }) {
  const listed = policies.slice(0, MAX_MEASURES);
  if (!policies.length) return <p className="brief-empty">No measure is in this scenario.</p>;
  return (
    <table className="brief-table">
      <caption>Measures and their settings</caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">In force</th>
          <th scope="col">Key settings</th>
        </tr>
      </thead>
      <tbody>
        {listed.map((p) => (
          <tr key={p.id} className={p.enabled ? '' : 'off'}>
            <th scope="row">
              {p.title}
              <span className="brief-juris"> ({p.jurisdiction})</span>
            </th>
            <td className="brief-when">
              {p.enabled
                ? `from ${p.effectiveFrom}${p.effectiveTo ? ` to ${p.effectiveTo}` : ''}`
                : 'switched off'}
            </td>
            <td className="brief-settings">{settingsOf(p)}</td>
          </tr>
        ))}
        {policies.length > listed.length && (
          <tr>
            <td colSpan={3}>…and {policies.length - listed.length} more measures (open the link for all).</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

/** The headline rows the brief shows, yard first (headline-model.ts has them all). */
const BRIEF_ROWS: readonly { key: HeadlineKey; title: string }[] = [
  { key: 'in-scope', title: 'In scope' },
  { key: 'in-scope-stopped', title: 'of which would be stopped' },
  { key: 'companies', title: 'Captured' },
  { key: 'stopped', title: 'of which stopped' },
  { key: 'horizon', title: 'Captured (projection)' },
];

function Headline({
  result,
  baseline,
}: {
  result: ResultSummary;
  baseline: SummaryBaseline | null | undefined;
}) {
  const h = result.historyQuarters;
  const asOfQ = result.quarters[h - 1] ?? '—';
  const end = result.quarters.at(-1) ?? '—';
  const cards = useMemo(
    () => headlines(result, baseline?.result).slice(0, MAX_MEASURES + 1),
    [result, baseline],
  );
  if (!cards.length) return null;
  const changed = cards.some((c) => c.rows.some((r) => r.delta));
  const notes = [...new Set(cards.flatMap((c) => c.rows.flatMap((r) => (r.note ? [r.note] : []))))];
  return (
    <>
      <table className="brief-table brief-numbers">
        <caption>
          Headline numbers: companies{changed ? `, change against the ${baseline?.against}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Companies</th>
            {BRIEF_ROWS.map((r) => (
              <th scope="col" key={r.key}>
                {r.title} {r.key === 'horizon' ? `by ${end}` : `at ${asOfQ}`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cards.map((card) => (
            <tr key={card.id} data-testid={`brief-${card.id}`}>
              <th scope="row">{card.title}</th>
              {BRIEF_ROWS.map(({ key }) => {
                const row = rowOf(card, key);
                return (
                  <td className="num" key={key} data-testid={`brief-${card.id}-${key}`}>
                    {formatCount(row.value)}
                    {row.delta ? <span className="brief-delta"> ({signed(row.delta)})</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {notes.map((n) => (
        <p key={n} className="brief-note">
          {n}
        </p>
      ))}
    </>
  );
}

export function BriefView({
  index,
  result,
  baseline,
}: {
  index: IndexView | null;
  result: ResultSummary | null;
  /** The run the headline numbers' changes are against (the preset it was edited from, or the compare baseline). */
  baseline?: SummaryBaseline | null | undefined;
}) {
  const scenario = useAppStore((s) => s.scenario);
  const edited = editedLabel(originOf(scenario));
  const setView = useAppStore((s) => s.setView);
  const link = useMemo(() => `${pageBase()}#${encodeLink(scenario)}`, [scenario]);
  return (
    <main className="brief-page">
      <div className="brief-toolbar" role="toolbar" aria-label="Brief">
        <button type="button" className="primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <button type="button" onClick={() => setView({ mode: 'explore' })}>
          Back to the app
        </button>
        <span className="field-note">
          One page, A4 or Letter. Choose “Save as PDF” in the print dialog for a file.
        </span>
      </div>
      <ScenarioNotices />
      <article className="brief" aria-label="One-page brief" data-testid="brief">
        <header className="brief-head">
          <p className="brief-kicker">Yardstick · scenario brief</p>
          <h1>{scenario.title}</h1>
          {edited && (
            <p className="brief-edited" data-testid="brief-edited">
              This scenario is {edited}.
            </p>
          )}
          <p className="brief-desc">{scenario.description}</p>
        </header>
        <PanelBoundary name="Measures">
          <Measures policies={scenario.policies} />
        </PanelBoundary>
        {result && index ? (
          <>
            <PanelBoundary name="Headline numbers">
              <Headline result={result} baseline={baseline} />
            </PanelBoundary>
            <div className="brief-charts">
              {CHARTS.filter((c) => c.inBrief).map((c) => (
                <PanelBoundary key={c.id} name={c.panel}>
                  {c.render({ result, view: index, policies: scenario.policies })}
                </PanelBoundary>
              ))}
            </div>
          </>
        ) : (
          <p className="loading" role="status">
            Loading the data…
          </p>
        )}
        <footer className="brief-foot">
          <div className="brief-link">
            <p>
              <strong>Open this exact scenario:</strong> scan the code or type the link.
            </p>
            <p className="brief-url" data-testid="brief-link">
              {link}
            </p>
            <p className="brief-credit">
              Data: {index?.dataset.name ?? '—'}, as of {index?.dataset.asOf ?? '—'}; later quarters are a
              modeled projection. Model and training-compute data: {DATA_CREDIT};{' '}
              {scenario.assumptions.countImputedCompute
                ? 'estimates Epoch gives only in its notes (imputed) are counted'
                : 'estimates Epoch gives only in its notes (imputed) are left out'}
              . Records marked modeled are synthetic, calibrated to published totals. A scenario tool, not
              legal advice.
            </p>
          </div>
          <PanelBoundary name="QR code">
            <QrCode text={link} label="QR code of the link to this scenario" />
          </PanelBoundary>
        </footer>
      </article>
    </main>
  );
}
