/**
 * The glossary: every term with its plain definition, how Yardstick uses it, and its source, in the page's
 * language. Opened from the Teach menu, from a lesson step's terms, or from the help beside a parameter (at that
 * term, which is scrolled to and highlighted). A filter narrows the list as you type.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslations } from 'use-intl';
import type { TermBasis } from '../../teaching/glossary';
import { TermLink } from './term-link';
import { useGlossary } from './use-glossary';

const BASIS_KEYS = {
  high: 'basisHigh',
  medium: 'basisMedium',
  low: 'basisLow',
  unconfirmed: 'basisUnconfirmed',
  method: 'basisMethod',
} as const satisfies Record<TermBasis, string>;

export function GlossaryBody({ term }: { term: string | null }) {
  const id = useId();
  const t = useTranslations('glossary');
  const { glossary, termById } = useGlossary();
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return f
      ? glossary.filter((g) => `${g.term} ${g.definition} ${g.inYardstick ?? ''}`.toLowerCase().includes(f))
      : glossary;
  }, [filter, glossary]);
  useEffect(() => {
    if (!term) return;
    setFilter('');
    // After the list renders with every term: bring the asked-for one into view.
    requestAnimationFrame(() => document.getElementById(`term-${term}`)?.scrollIntoView({ block: 'start' }));
  }, [term]);
  return (
    <div className="glossary">
      <label htmlFor={`${id}-filter`} className="menu-label">
        {t('findLabel')}
      </label>
      <input
        id={`${id}-filter`}
        type="search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        placeholder={t('findPlaceholder')}
      />
      <p className="field-note">{t('count', { shown: shown.length, total: glossary.length })}</p>
      <dl className="glossary-list">
        {shown.map((g) => (
          <div key={g.id} id={`term-${g.id}`} className={`glossary-term${g.id === term ? ' current' : ''}`}>
            <dt>{g.term}</dt>
            <dd>
              <p>{g.definition}</p>
              {g.inYardstick && (
                <p className="in-yardstick">
                  <span className="tag">{t('inYardstick')}</span> {g.inYardstick}
                </p>
              )}
              <p className="term-source">
                {t('source', { source: g.source })} ·{' '}
                <span className={`basis basis-${g.basis}`}>{t(BASIS_KEYS[g.basis])}</span>
              </p>
              {g.related?.length ? (
                <p className="term-related">
                  {t('seeAlso')}{' '}
                  {g.related.map((r, i) => (
                    <span key={r}>
                      {i > 0 && t('listSeparator')}
                      <TermLink id={r}>{termById(r)?.term ?? r}</TermLink>
                    </span>
                  ))}
                </p>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
