/**
 * While comparing: what differs between the baseline and the working scenario, in plain words, and how the
 * headline numbers move (baseline → this scenario). Text comes from fixed templates (compare-text.ts).
 */
import { useMemo, useState } from 'react';
import type { ResultSummary } from '../../engine';
import { setBaseline } from '../../state/compare-store';
import { useAppStore } from '../../state/use-app-store';
import type { BaselineRun } from '../../state/use-simulation';
import { headlineChanges, scenarioDifferences } from './compare-text';

export function CompareSummary({ result, run }: { result: ResultSummary; run: BaselineRun }) {
  const scenario = useAppStore((s) => s.scenario);
  const lines = useMemo(() => scenarioDifferences(run.baseline.scenario, scenario), [run, scenario]);
  const headline = useMemo(() => headlineChanges(result, run.result), [result, run]);
  const [copied, setCopied] = useState(false);
  const text = [
    `${scenario.title} compared with ${run.baseline.label}`,
    ...headline.map((h) => h.text),
    ...(lines.length ? lines.map((l) => l.text) : ['Same measures, settings and assumptions.']),
  ].join('\n');
  return (
    <section className="compare" aria-labelledby="compare-title" data-testid="compare-summary">
      <div className="compare-head">
        <h2 id="compare-title">Compared with {run.baseline.label}</h2>
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
          <h3>Headline numbers, baseline → this scenario</h3>
          <ul className="headline-changes">
            {headline.map((h) => (
              <li key={h.label}>
                {h.label}: <strong>{h.values}</strong>{' '}
                <span
                  className={`delta ${h.scenario > h.baseline ? 'up' : h.scenario < h.baseline ? 'down' : 'same'}`}
                >
                  ({h.delta})
                </span>
              </li>
            ))}
          </ul>
          <p className="field-note">
            All measures combined; the end of the horizon includes the modeled projection.
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
