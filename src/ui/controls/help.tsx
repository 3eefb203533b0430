/**
 * A help icon beside a parameter: what it means, the legal clause it models, where the default comes from and
 * how confident we are in it, and links to the glossary terms it rests on.
 */
import type { ParamSpec } from '../../engine';
import { termsForParam } from '../../teaching/param-terms';
import { TermLink } from '../teaching/term-link';

const CONFIDENCE_WORDS: Record<ParamSpec['confidence'], string> = {
  high: 'high — read in primary text or several reputable reports',
  medium: 'medium — one reputable source, or recalled',
  low: 'low — a single weak source or our own derivation',
  unconfirmed: 'unconfirmed — a placeholder or modeling assumption',
};

export function ParamHelp({
  spec,
  label,
}: {
  spec: Pick<ParamSpec, 'help' | 'clause' | 'source' | 'confidence'> & { readonly key?: string };
  label: string;
}) {
  const terms = termsForParam(spec.key);
  return (
    <details className="help">
      <summary aria-label={`About ${label}`} title={`About ${label}`}>
        ?
      </summary>
      <div className="help-body">
        <p>{spec.help}</p>
        <dl>
          <dt>Models</dt>
          <dd>{spec.clause}</dd>
          <dt>Default from</dt>
          <dd>{spec.source}</dd>
          <dt>Confidence</dt>
          <dd className={`confidence-${spec.confidence}`}>{CONFIDENCE_WORDS[spec.confidence]}</dd>
          {terms.length > 0 && (
            <>
              <dt>Glossary</dt>
              <dd className="help-terms">
                {terms.map((t, i) => (
                  <span key={t.id}>
                    {i > 0 && ', '}
                    <TermLink id={t.id}>{t.term}</TermLink>
                  </span>
                ))}
              </dd>
            </>
          )}
        </dl>
      </div>
    </details>
  );
}
