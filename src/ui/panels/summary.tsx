/**
 * Headline numbers: companies and deals captured by each measure and all combined, to the data's as-of date
 * and by the end of the horizon (projection, modeled).
 */
import type { ResultSummary, Series } from '../../engine';
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
  result: ResultSummary;
  large: boolean;
}) {
  const h = result.historyQuarters;
  const asOf = result.quarters[h - 1] ?? '—';
  const at = (values: readonly number[], q: number) => formatCount(values[q] ?? 0);
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
          {at(series.companiesCumulative, h - 1)}
        </span>{' '}
        companies captured to {asOf}
      </p>
      <p className="small">
        <strong data-testid={`summary-${id}-stopped`}>{at(series.companiesStoppedCumulative, h - 1)}</strong>{' '}
        with a deal stopped · {formatCount(deals)} deals{usd > 0 ? ` (${formatUsd(usd)} known)` : ''}
      </p>
      <p
        className="small"
        title="Companies the measure covers on that date, whether or not a deal has happened"
      >
        In scope at {asOf}:{' '}
        <strong data-testid={`summary-${id}-in-scope`}>{at(series.companiesInScope, h - 1)}</strong>, of which{' '}
        <strong data-testid={`summary-${id}-in-scope-stopped`}>
          {at(series.companiesInScopeStopped, h - 1)}
        </strong>{' '}
        would have deals stopped
      </p>
      <p className="small">
        By {result.quarters.at(-1)}:{' '}
        <strong data-testid={`summary-${id}-horizon`}>
          {at(series.companiesCumulative, result.quarters.length - 1)}
        </strong>{' '}
        captured (
        <span data-testid={`summary-${id}-horizon-stopped`}>
          {at(series.companiesStoppedCumulative, result.quarters.length - 1)}
        </span>{' '}
        stopped) <span className="modeled-tag">with projection</span>
      </p>
    </section>
  );
}

export function Summary({ result }: { result: ResultSummary }) {
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
