/**
 * Headline numbers, per measure and all combined: the yard (companies inside the fence at the data's as-of
 * quarter, and among them those whose deals would be stopped or only reported) beside the companies and deals
 * captured, to the as-of date and by the end of the horizon (projection, modeled); each with its change against
 * the baseline (the preset the scenario started from, or the compare scenario). Numbers: headline-model.ts.
 */
import { useMemo } from 'react';
import type { ResultSummary } from '../../engine';
import { formatCount, formatUsd } from '../format';
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

function Delta({ id, row, against }: { id: string; row: HeadlineRow; against: BaselineKind }) {
  const text = deltaText(row, against);
  if (!text) return null;
  return (
    <span
      className={`delta ${row.delta! > 0 ? 'up' : 'down'}`}
      data-testid={`summary-${id}-${row.key}-delta`}
      title={`${row.long}: ${row.baseline} in the ${against === 'preset' ? 'preset' : 'baseline'}, ${row.value} here`}
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
  as: Tag = 'strong',
}: {
  card: HeadlineCard;
  k: HeadlineKey;
  against: BaselineKind;
  as?: 'strong' | 'span' | undefined;
}) {
  const row = rowOf(card, k);
  return (
    <>
      <Tag className={Tag === 'span' ? 'value' : undefined} data-testid={`summary-${card.id}-${k}`}>
        {formatCount(row.value)}
      </Tag>
      <Delta id={card.id} row={row} against={against} />
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
}: {
  card: HeadlineCard;
  colour: string;
  usd: number;
  asOf: string;
  end: string;
  large: boolean;
  against: BaselineKind;
}) {
  const notes = card.rows.filter((r) => r.note);
  const v = (k: HeadlineKey, as?: 'span') => <Value card={card} k={k} against={against} as={as} />;
  return (
    <section
      className={`summary-card${large ? ' large' : ''}`}
      style={{ '--accent': colour } as React.CSSProperties}
      aria-label={`Summary: ${card.title}`}
      data-testid={`summary-${card.id}`}
    >
      <h3>{card.title}</h3>
      {card.newInBaseline && <p className="small">Not in the {against}: every number is new.</p>}
      <div className="headline-pair">
        <div
          className="headline-yard"
          title="The yard: companies the measure covers at that date, whether or not a deal has happened"
        >
          <p className="big">
            {v('in-scope', 'span')}
            <span className="headline-label">in scope at {asOf}</span>
          </p>
          <p className="small">
            {v('in-scope-stopped')} would be stopped · {v('in-scope-reported')} only reported, licensed or
            approved
          </p>
        </div>
        <div className="headline-captured" title="Companies with at least one deal the measure caught">
          <p className="big">
            {v('companies', 'span')}
            <span className="headline-label">captured to {asOf}</span>
          </p>
          <p className="small">
            {v('stopped')} with a deal stopped · {v('deals')} deals
            {usd > 0 ? ` (${formatUsd(usd)} known)` : ''}
          </p>
        </div>
      </div>
      <p className="small">
        By {end}: {v('horizon')} captured ({v('horizon-stopped', 'span')} stopped) · {v('horizon-deals')}{' '}
        deals <span className="modeled-tag">with projection</span>
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
  const cards = useMemo(() => headlines(result, baseline?.result), [result, baseline]);
  if (result.measures.length === 0) {
    return (
      <div className="summary" role="status">
        <p className="empty">No measure is on, so nothing is captured. Switch a measure on or add one.</p>
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
          />
        );
      })}
    </div>
  );
}
