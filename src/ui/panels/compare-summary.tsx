/**
 * While comparing: what differs between the baseline and the working scenario, in plain words, and how the
 * headline numbers move (baseline → this scenario). Text comes from fixed templates (compare-text.ts).
 */
import { useMemo, useState } from 'react';
import type { ResultSummary } from '../../engine';
import { editedLabel, originOf } from '../../scenario/edited';
import { setBaseline } from '../../state/compare-store';
import { useAppStore } from '../../state/use-app-store';
import type { BaselineRun } from '../../state/use-simulation';
import { scenarioDifferences } from './compare-text';
import { headlineChangeList } from './headline-model';

export function CompareSummary({ result, run }: { result: ResultSummary; run: BaselineRun }) {
  const scenario = useAppStore((s) => s.scenario);
  const lines = useMemo(() => scenarioDifferences(run.baseline.scenario, scenario), [run, scenario]);
  const headline = useMemo(() => headlineChangeList(result, run.result), [result, run]);
  const edited = editedLabel(originOf(scenario));
  const [copied, setCopied] = useState(false);
  const text = [
    `${scenario.title}${edited ? ` (${edited})` : ''} compared with ${run.baseline.label}`,
    ...(headline.length ? headline.map((h) => h.text) : ['No headline number changed.']),
    ...(lines.length ? lines.map((l) => l.text) : ['Same measures, settings and assumptions.']),
  ].join('\n');
  return (
    <section className="compare" aria-labelledby="compare-title" data-testid="compare-summary">
      <div className="compare-head">
        <h2 id="compare-title">
          {edited ? `This scenario, ${edited}, compared` : 'Compared'} with {run.baseline.label}
        </h2>
        <button
          type="button"
          onClick={() =>
            navigator.clipboard?.writeText(text).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? 'Copied' : 'Copy as text'}
        </button>
        <button type="button" onClick={() => setBaseline(null)}>
          Stop comparing
        </button>
      </div>
      <div className="compare-grid">
        <div>
          <h3>Headline numbers that changed, baseline → this scenario</h3>
          {headline.length ? (
            <ul className="headline-changes">
              {headline.map((h) => (
                <li key={h.text} data-yard={h.yard || undefined}>
                  {h.card} — {h.label}: <strong>{h.values}</strong>{' '}
                  <span className={`delta ${h.delta > 0 ? 'up' : 'down'}`}>({h.signed})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="empty">
              No headline number changed: the same yard, the same companies and deals captured.
            </p>
          )}
          <p className="field-note">
            The yard (companies in scope, and whose deals would be stopped) is read at the data&rsquo;s as-of
            quarter; the end of the horizon includes the modeled projection.
          </p>
        </div>
        <div>
          <h3>What differs</h3>
          {lines.length ? (
            <ul className="diff-lines">
              {lines.map((l, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional (the same text may repeat).
                <li key={i} className={`diff-${l.kind}`}>
                  {l.text}
                </li>
              ))}
            </ul>
          ) : (
            <p className="empty">Nothing: the same measures, settings and assumptions.</p>
          )}
        </div>
      </div>
    </section>
  );
}
