/**
 * Headline numbers: companies and deals captured by each measure and all combined, to the data's as-of date
 * and by the end of the horizon (projection, modeled).
 */
import type { Series, SimulationResult } from '../../engine';
import { formatCount, formatUsd } from '../format';
import { COMBINED_COLOUR, colourOf } from '../styles/tokens';

function sumTo(values: readonly number[], end: number): number {
  let total = 0;
  for (let q = 0; q < end && q < values.length; q++) total += values[q]!;
  return total;
}

function Card({
  id,
  title,
  colour,
  series,
  result,
  large,
}: {
  id: string;
  title: string;
  colour: string;
  series: Series;
  result: SimulationResult;
  large: boolean;
}) {
  const h = result.historyQuarters;
  const history = series.companiesCumulative[h - 1] ?? 0;
  const stopped = series.companiesStoppedCumulative[h - 1] ?? 0;
  const horizon = series.companiesCumulative.at(-1) ?? 0;
  const horizonStopped = series.companiesStoppedCumulative.at(-1) ?? 0;
  const inScope = series.companiesInScope[h - 1] ?? 0;
  const deals = sumTo(series.deals, h);
  const usd = sumTo(series.dealsUsd, h);
  return (
    <section
      className={`summary-card${large ? ' large' : ''}`}
      style={{ '--accent': colour } as React.CSSProperties}
      aria-label={`Summary: ${title}`}
      data-testid={`summary-${id}`}
    >
      <h3>{title}</h3>
      <p className="big">
        <span className="value" data-testid={`summary-${id}-companies`}>
          {formatCount(history)}
        </span>{' '}
        companies captured to {result.quarters[h - 1] ?? '—'}
      </p>
      <p className="small">
        of which <strong data-testid={`summary-${id}-stopped`}>{formatCount(stopped)}</strong> had a deal
        stopped (prohibited, denied or blocked); the rest were reviewed
      </p>
      <p className="small">
        {formatCount(deals)} deals captured to date{usd > 0 ? `, ${formatUsd(usd)} with known amounts` : ''}
      </p>
      <p className="small">
        <strong data-testid={`summary-${id}-in-scope`}>{formatCount(inScope)}</strong> companies in scope at{' '}
        {result.quarters[h - 1] ?? '—'}, deal or no deal
      </p>
      <p className="small">
        <strong data-testid={`summary-${id}-horizon`}>{formatCount(horizon)}</strong> captured by{' '}
        {result.quarters.at(-1)} (
        <span data-testid={`summary-${id}-horizon-stopped`}>{formatCount(horizonStopped)}</span> stopped){' '}
        <span className="modeled-tag">with projection</span>
      </p>
    </section>
  );
}

export function Summary({ result }: { result: SimulationResult }) {
  if (result.measures.length === 0) {
    return (
      <div className="summary" role="status">
        <p className="empty">No measure is on, so nothing is captured. Switch a measure on or add one.</p>
      </div>
    );
  }
  return (
    <div className="summary">
      {result.measures.length > 1 && (
        <Card
          id="combined"
          title="All measures combined"
          colour={COMBINED_COLOUR}
          series={result.combined}
          result={result}
          large
        />
      )}
      {result.measures.map((m, i) => (
        <Card
          key={m.policyId}
          id={m.policyId}
          title={m.title}
          colour={colourOf(i)}
          series={m.series}
          result={result}
          large={result.measures.length === 1}
        />
      ))}
    </div>
  );
}
