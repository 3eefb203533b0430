/**
 * A list of findings: clause, test, value against the threshold, margin, and where the value comes from.
 */
import type { Finding } from '../../engine';
import { formatMargin, formatValue } from '../format';

export function SourceNote({ source }: { source: Finding['source'] }) {
  if (!source) return null;
  const links = source.sources.filter((s) => /^https?:\/\//.test(s));
  const named = source.sources.filter((s) => !/^https?:\/\//.test(s));
  return (
    <span className="source">
      {source.kind === 'modeled' ? <span className="modeled-tag">modeled</span> : 'sourced'}
      {source.confidence ? `, confidence ${source.confidence}` : ''}
      {named.length > 0 && `: ${named.join('; ')}`}
      {links.slice(0, 3).map((href, i) => (
        <span key={href}>
          {i === 0 && named.length === 0 ? ': ' : ' '}
          <a href={href} target="_blank" rel="noreferrer noopener">
            [{i + 1}]
          </a>
        </span>
      ))}
    </span>
  );
}

export function FindingList({
  findings,
  onlyMet = false,
}: {
  findings: readonly Finding[];
  onlyMet?: boolean;
}) {
  const shown = onlyMet ? findings.filter((f) => f.met) : findings;
  if (shown.length === 0) return <p className="empty">No test applies.</p>;
  return (
    <ul className="findings">
      {shown.map((f, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: findings are positional.
        <li key={i} className={f.met ? 'met' : 'unmet'}>
          <span className="mark" aria-hidden="true">
            {f.met ? '✔' : '✘'}
          </span>
          <span className="sr-only">{f.met ? 'Met: ' : 'Not met: '}</span> <strong>{f.test}</strong>
          {f.outcome && f.met ? <span className={`outcome outcome-${f.outcome}`}> → {f.outcome}</span> : null}
          <br />
          <span className="clause">{f.clause}</span>
          {f.value !== undefined && (
            <>
              {' · '}
              {f.subject && f.subject.kind !== 'transaction' ? `${f.subject.name}: ` : ''}
              {formatValue(f.value, f.unit)}
              {f.threshold !== undefined && f.threshold !== null
                ? ` vs ${formatValue(f.threshold, f.unit)}`
                : ''}
              {f.margin !== undefined && Number.isFinite(f.margin)
                ? ` (${formatMargin(f.margin, f.marginKind, f.unit)})`
                : ''}
              {f.imputed && (
                <>
                  {' '}
                  <span
                    className="imputed-tag"
                    title="A figure the source gives only in its notes; the assumption 'Count imputed compute estimates' decides whether it counts."
                  >
                    imputed estimate
                  </span>
                </>
              )}
            </>
          )}
          {f.source && (
            <>
              <br />
              <SourceNote source={f.source} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
