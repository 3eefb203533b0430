/**
 * While comparing: what differs between the baseline and the working scenario, in plain words, and how the
 * headline numbers move (baseline → this scenario), in the reader's language. Text comes from fixed templates
 * (compare-text.ts, the catalogues' `compare` namespace).
 */
import { useMemo, useState } from 'react';
import type { ResultSummary } from '../../engine';
import { originOf } from '../../scenario/edited';
import { setBaseline } from '../../state/compare-store';
import { useAppStore } from '../../state/use-app-store';
import type { BaselineRun } from '../../state/use-simulation';
import { scenarioDifferences } from './compare-text';
import { baselineName, editedWords, useCompareWords } from './compare-words';
import { headlineChangeList } from './headline-model';

export function CompareSummary({ result, run }: { result: ResultSummary; run: BaselineRun }) {
  const words = useCompareWords();
  const { t } = words;
  const scenario = useAppStore((s) => s.scenario);
  const lines = useMemo(
    () => scenarioDifferences(run.baseline.scenario, scenario, words),
    [run, scenario, words],
  );
  const headline = useMemo(
    () =>
      headlineChangeList(result, run.result, words.headline).map((h) => ({
        ...h,
        text: t(h.gone ? 'changeGone' : 'change', {
          card: h.card,
          label: h.label,
          values: h.values,
          signed: h.signed,
        }),
      })),
    [result, run, words, t],
  );
  const edited = editedWords(originOf(scenario), words);
  const baseline = baselineName(run.baseline, words);
  const [copied, setCopied] = useState(false);
  const text = [
    edited
      ? t('copyHeadEdited', { title: scenario.title, edited, baseline })
      : t('copyHead', { title: scenario.title, baseline }),
    ...(headline.length ? headline.map((h) => h.text) : [t('noHeadlineChange')]),
    ...(lines.length ? lines.map((l) => l.text) : [t('sameAll')]),
  ].join('\n');
  return (
    <section className="compare" aria-labelledby="compare-title" data-testid="compare-summary">
      <div className="compare-head">
        <h2 id="compare-title">
          {edited ? t('comparedEdited', { edited, baseline }) : t('compared', { baseline })}
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
          {copied ? t('copied') : t('copy')}
        </button>
        <button type="button" onClick={() => setBaseline(null)}>
          {t('stop')}
        </button>
      </div>
      <div className="compare-grid">
        <div>
          <h3>{t('headlineHeading')}</h3>
          {headline.length ? (
            <ul className="headline-changes">
              {headline.map((h) => (
                <li key={h.text} data-yard={h.yard || undefined}>
                  {h.card}
                  {words.locale === 'en' ? ' — ' : '——'}
                  {h.label}
                  {words.locale === 'en' ? ': ' : '：'}
                  <strong>{h.values}</strong>{' '}
                  <span className={`delta ${h.delta > 0 ? 'up' : 'down'}`}>
                    {words.locale === 'en' ? `(${h.signed})` : `（${h.signed}）`}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="empty">{t('noHeadlineChangeLong')}</p>
          )}
          <p className="field-note">{t('yardNote')}</p>
        </div>
        <div>
          <h3>{t('whatDiffers')}</h3>
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
            <p className="empty">{t('nothingDiffers')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
