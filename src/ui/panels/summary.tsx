/**
 * Headline numbers, per measure and all combined: the yard (companies inside the fence at the data's as-of
 * quarter, and among them those whose deals would be stopped or only reported) beside the companies and deals
 * captured, to the as-of date and by the end of the horizon (projection, modeled); each with its change against
 * the baseline (the preset the scenario started from, or the compare scenario). Numbers: headline-model.ts.
 */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { ResultSummary } from '../../engine';
import { localeStore } from '../../i18n/locale-store';
import { COMBINED_COLOUR, colourOf } from '../styles/tokens';
import {
  type BaselineKind,
  deltaText,
  type HeadlineCard,
  type HeadlineKey,
  type HeadlineRow,
  headlines,
  rowOf,
} from './headline-model';
import { type HeadlineWords, headlineWords } from './headline-words';
import './summary.css';

/** What the deltas are read against. */
export interface SummaryBaseline {
  readonly result: ResultSummary;
  readonly against: BaselineKind;
}

function sumTo(values: readonly number[], end: number): number {
  let total = 0;
  for (let q = 0; q < end && q < values.length; q++) total += values[q]!;
  return total;
}

function Delta({
  id,
  row,
  against,
  words,
}: {
  id: string;
  row: HeadlineRow;
  against: BaselineKind;
  words: HeadlineWords;
}) {
  const text = deltaText(row, against, words);
  if (!text) return null;
  return (
    <span
      className={`delta ${row.delta! > 0 ? 'up' : 'down'}`}
      data-testid={`summary-${id}-${row.key}-delta`}
      title={words.t('deltaTitle', {
        label: row.long,
        baseline: String(row.baseline),
        value: String(row.value),
        against,
      })}
    >
      {text}
    </span>
  );
}

/** A number with its test id (the text is the number alone) and its change. */
function Value({
  card,
  k,
  against,
  words,
  as: Tag = 'strong',
}: {
  card: HeadlineCard;
  k: HeadlineKey;
  against: BaselineKind;
  words: HeadlineWords;
  as?: 'strong' | 'span' | undefined;
}) {
  const row = rowOf(card, k);
  return (
    <>
      <Tag className={Tag === 'span' ? 'value' : undefined} data-testid={`summary-${card.id}-${k}`}>
        {words.count(row.value)}
      </Tag>
      <Delta id={card.id} row={row} against={against} words={words} />
    </>
  );
}

function Card({
  card,
  colour,
  usd,
  asOf,
  end,
  large,
  against,
  words,
}: {
  card: HeadlineCard;
  colour: string;
  usd: number;
  asOf: string;
  end: string;
  large: boolean;
  against: BaselineKind;
  words: HeadlineWords;
}) {
  const { t } = words;
  const notes = card.rows.filter((r) => r.note);
  const v = (k: HeadlineKey, as?: 'span') => (
    <Value card={card} k={k} against={against} words={words} as={as} />
  );
  return (
    <section
      className={`summary-card${large ? ' large' : ''}`}
      style={{ '--accent': colour } as React.CSSProperties}
      aria-label={t('cardLabel', { title: card.title })}
      data-testid={`summary-${card.id}`}
    >
      <h3>{card.title}</h3>
      {card.newInBaseline && <p className="small">{t('newInBaseline', { against })}</p>}
      <div className="headline-pair">
        <div className="headline-yard" title={t('yardTitle')}>
          <p className="big">
            {v('in-scope', 'span')}
            <span className="headline-label">{t('inScopeAt', { asOf })}</span>
          </p>
          <p className="small">
            {v('in-scope-stopped')} {t('wouldBeStopped')} · {v('in-scope-reported')} {t('onlyReported')}
          </p>
        </div>
        <div className="headline-captured" title={t('capturedTitle')}>
          <p className="big">
            {v('companies', 'span')}
            <span className="headline-label">{t('capturedTo', { asOf })}</span>
          </p>
          <p className="small">
            {v('stopped')} {t('withDealStopped')} · {v('deals')} {t('dealsWord')}
            {usd > 0 ? ` ${t('known', { amount: words.usd(usd) })}` : ''}
          </p>
        </div>
      </div>
      <p className="small">
        {t('byEnd', { end })} {v('horizon')} {t('captured')}
        {v('horizon-stopped', 'span')} {t('stoppedParen')} · {v('horizon-deals')} {t('dealsWord')}{' '}
        <span className="modeled-tag">{t('withProjection')}</span>
      </p>
      {notes.map((r) => (
        <p key={r.key} className="headline-note" data-testid={`summary-${card.id}-${r.key}-note`}>
          {r.note}
        </p>
      ))}
    </section>
  );
}

export function Summary({
  result,
  baseline,
}: {
  result: ResultSummary;
  /** The run the deltas are against (none: no deltas). */
  baseline?: SummaryBaseline | null;
}) {
  const { locale, messages } = useStore(localeStore);
  const words = useMemo(() => headlineWords(locale, messages), [locale, messages]);
  const cards = useMemo(() => headlines(result, baseline?.result, words), [result, baseline, words]);
  if (result.measures.length === 0) {
    return (
      <div className="summary" role="status">
        <p className="empty">{words.t('empty')}</p>
      </div>
    );
  }
  const h = result.historyQuarters;
  const asOf = result.quarters[h - 1] ?? '—';
  const end = result.quarters.at(-1) ?? '—';
  const against = baseline?.against ?? 'preset';
  const seriesOf = (id: string) =>
    id === 'combined' ? result.combined : result.measures.find((m) => m.policyId === id)!.series;
  return (
    <div className="summary">
      {cards.map((card) => {
        const i = result.measures.findIndex((m) => m.policyId === card.id);
        return (
          <Card
            key={card.id}
            card={card}
            colour={card.id === 'combined' ? COMBINED_COLOUR : colourOf(i)}
            usd={sumTo(seriesOf(card.id).dealsUsd, h)}
            asOf={asOf}
            end={end}
            large={card.id === 'combined' || result.measures.length === 1}
            against={against}
            words={words}
          />
        );
      })}
    </div>
  );
}
