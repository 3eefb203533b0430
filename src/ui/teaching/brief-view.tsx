/**
 * The one-page brief of the current scenario, for printing or a PDF: title and description, the measures and
 * their settings, headline numbers, the companies and deals charts, the data credit, and the link as text and
 * as a QR code. Laid out for one A4 or Letter page; long descriptions and long lists are cut so it never spills.
 */
import { useMemo } from 'react';
import { useTranslations } from 'use-intl';
import { type ParamSpec, type PolicyInstance, type ResultSummary, templateOf } from '../../engine';
import type { Catalogue } from '../../i18n/catalogues';
import { originOf } from '../../scenario/edited';
import { encodeLink } from '../../scenario/link';
import { useAppStore } from '../../state/use-app-store';
import type { IndexView } from '../../worker/simulation-protocol';
import { CHARTS } from '../charts/registry';
import { datasetName } from '../company-name';
import { paramLabel } from '../controls/param-label';
import { PanelBoundary } from '../error-boundary';
import { QrCode } from '../export/qr-code';
import { formatSci, formatShare } from '../format';
import { type CompareWords, editedWords, useCompareWords } from '../panels/compare-words';
import { type HeadlineKey, headlines, rowOf, signed } from '../panels/headline-model';
import { ScenarioNotices } from '../panels/scenario-notices';
import type { SummaryBaseline } from '../panels/summary';
import { pageBase } from './route-state';

/** At most this many measures are listed; a note counts the rest. */
const MAX_MEASURES = 6;

type BriefText = (key: keyof Catalogue['brief'], values?: Record<string, string | number>) => string;

/** A setting's value for the brief, by its unit, in the reader's language (formatValue's rules). */
function valueText(value: unknown, unit: string | undefined, t: BriefText, words: CompareWords): string {
  if (value === null || value === undefined) return t('unknownValue');
  if (typeof value === 'number') {
    if (unit === 'FLOP') return `${formatSci(value)} FLOP`;
    if (unit === 'USD') return words.headline.usd(value);
    if (unit === 'share') return formatShare(value);
    if (unit === 'exchanges') return t('exchanges', { count: words.headline.count(value) });
    if (unit) return `${Number(value.toPrecision(4))} ${unit}`;
    return String(Number(value.toPrecision(6)));
  }
  if (typeof value === 'boolean') return value ? t('yes') : t('no');
  if (Array.isArray(value))
    return (
      value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ') || t('noneValue')
    );
  return String(value);
}

function settingsOf(policy: PolicyInstance, t: BriefText, words: CompareWords): string {
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
      return t(changed ? 'settingChanged' : 'setting', {
        label: paramLabel(template.id, spec.key, spec.label, words.messages),
        value: valueText(value, 'unit' in spec ? spec.unit : undefined, t, words),
      });
    })
    .join(t('settingSeparator'));
}

function Measures({
  policies,
  t,
  words,
}: {
  policies: readonly PolicyInstance[];
  t: BriefText;
  words: CompareWords;
}) {
  const listed = policies.slice(0, MAX_MEASURES);
  if (!policies.length) return <p className="brief-empty">{t('noMeasures')}</p>;
  return (
    <table className="brief-table">
      <caption>{t('measuresCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colMeasure')}</th>
          <th scope="col">{t('colInForce')}</th>
          <th scope="col">{t('colSettings')}</th>
        </tr>
      </thead>
      <tbody>
        {listed.map((p) => (
          <tr key={p.id} className={p.enabled ? '' : 'off'}>
            <th scope="row">
              {p.title}
              <span className="brief-juris"> ({t('jurisdiction', { code: p.jurisdiction })})</span>
            </th>
            <td className="brief-when">
              {p.enabled
                ? p.effectiveTo
                  ? t('fromTo', { from: p.effectiveFrom, to: p.effectiveTo })
                  : t('from', { from: p.effectiveFrom })
                : t('switchedOff')}
            </td>
            <td className="brief-settings">{settingsOf(p, t, words)}</td>
          </tr>
        ))}
        {policies.length > listed.length && (
          <tr>
            <td colSpan={3}>{t('more', { count: policies.length - listed.length })}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

/** The headline rows the brief shows, yard first (headline-model.ts has them all). */
const BRIEF_ROWS: readonly { key: HeadlineKey; title: keyof Catalogue['brief'] }[] = [
  { key: 'in-scope', title: 'rowInScope' },
  { key: 'in-scope-stopped', title: 'rowInScopeStopped' },
  { key: 'companies', title: 'rowCaptured' },
  { key: 'stopped', title: 'rowStopped' },
  { key: 'horizon', title: 'rowHorizon' },
];

function Headline({
  result,
  baseline,
  t,
  words,
}: {
  result: ResultSummary;
  baseline: SummaryBaseline | null | undefined;
  t: BriefText;
  words: CompareWords;
}) {
  const h = result.historyQuarters;
  const asOfQ = result.quarters[h - 1] ?? '—';
  const end = result.quarters.at(-1) ?? '—';
  const cards = useMemo(
    () => headlines(result, baseline?.result, words.headline).slice(0, MAX_MEASURES + 1),
    [result, baseline, words],
  );
  if (!cards.length) return null;
  const changed = cards.some((c) => c.rows.some((r) => r.delta));
  const notes = [...new Set(cards.flatMap((c) => c.rows.flatMap((r) => (r.note ? [r.note] : []))))];
  return (
    <>
      <table className="brief-table brief-numbers">
        <caption>
          {changed
            ? t('numbersCaptionChange', { against: baseline?.against ?? 'compare' })
            : t('numbersCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('colCompanies')}</th>
            {BRIEF_ROWS.map((r) => (
              <th scope="col" key={r.key}>
                {t(r.title, { asOf: asOfQ, end })}
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
                    {words.headline.count(row.value)}
                    {row.delta ? (
                      <span className="brief-delta"> ({signed(row.delta, words.headline)})</span>
                    ) : null}
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
  const t = useTranslations('brief') as BriefText;
  const exportsText = useTranslations('exports');
  const words = useCompareWords();
  const edited = editedWords(originOf(scenario), words);
  const setView = useAppStore((s) => s.setView);
  const link = useMemo(() => `${pageBase()}#${encodeLink(scenario)}`, [scenario]);
  return (
    <main className="brief-page">
      <div className="brief-toolbar" role="toolbar" aria-label={t('toolbar')}>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('print')}
        </button>
        <button type="button" onClick={() => setView({ mode: 'explore' })}>
          {t('back')}
        </button>
        <span className="field-note">{t('pageNote')}</span>
      </div>
      <ScenarioNotices />
      <article className="brief" aria-label={t('label')} data-testid="brief">
        <header className="brief-head">
          <p className="brief-kicker">{t('kicker')}</p>
          <h1>{scenario.title}</h1>
          {edited && (
            <p className="brief-edited" data-testid="brief-edited">
              {t('edited', { edited })}
            </p>
          )}
          <p className="brief-desc">{scenario.description}</p>
        </header>
        <PanelBoundary name={t('measuresPanel')}>
          <Measures policies={scenario.policies} t={t} words={words} />
        </PanelBoundary>
        {result && index ? (
          <>
            <PanelBoundary name={t('numbersPanel')}>
              <Headline result={result} baseline={baseline} t={t} words={words} />
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
            {t('loading')}
          </p>
        )}
        <footer className="brief-foot">
          <div className="brief-link">
            <p>
              <strong>{t('openExact')}</strong>
              {t('scanOrType')}
            </p>
            <p className="brief-url" data-testid="brief-link">
              {link}
            </p>
            <p className="brief-credit">
              {t('credit', {
                name: index ? datasetName(index.dataset.name, words.locale, words.messages) : '—',
                asOf: index?.dataset.asOf ?? '—',
                credit: exportsText('credit'),
                imputed: String(scenario.assumptions.countImputedCompute),
              })}
            </p>
          </div>
          <PanelBoundary name={t('qrPanel')}>
            <QrCode text={link} label={t('qr')} />
          </PanelBoundary>
        </footer>
      </article>
    </main>
  );
}
