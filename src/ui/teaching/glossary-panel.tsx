/**
 * The glossary: every term with its plain definition, how Yardstick uses it, and its source. Opened from the
 * Teach menu, from a lesson step's terms, or from the help beside a parameter (at that term, which is scrolled
 * to and highlighted). A filter narrows the list as you type.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { BASIS_LABELS, GLOSSARY, termById } from '../../teaching/glossary';
import { TermLink } from './term-link';

export function GlossaryBody({ term }: { term: string | null }) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return f
      ? GLOSSARY.filter((t) => `${t.term} ${t.definition} ${t.inYardstick ?? ''}`.toLowerCase().includes(f))
      : GLOSSARY;
  }, [filter]);
  useEffect(() => {
    if (!term) return;
    setFilter('');
    // After the list renders with every term: bring the asked-for one into view.
    requestAnimationFrame(() => document.getElementById(`term-${term}`)?.scrollIntoView({ block: 'start' }));
  }, [term]);
  return (
    <div className="glossary">
      <label htmlFor={`${id}-filter`} className="menu-label">
        Find a term
      </label>
      <input
        id={`${id}-filter`}
        type="search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        placeholder="e.g. TPP, notifiable, FLOP"
      />
      <p className="field-note">
        {shown.length} of {GLOSSARY.length} terms. Facts come from the project’s domain-facts reference, with
        its confidence tags.
      </p>
      <dl className="glossary-list">
        {shown.map((t) => (
          <div key={t.id} id={`term-${t.id}`} className={`glossary-term${t.id === term ? ' current' : ''}`}>
            <dt>{t.term}</dt>
            <dd>
              <p>{t.definition}</p>
              {t.inYardstick && (
                <p className="in-yardstick">
                  <span className="tag">In Yardstick</span> {t.inYardstick}
                </p>
              )}
              <p className="term-source">
                Source: {t.source} · <span className={`basis basis-${t.basis}`}>{BASIS_LABELS[t.basis]}</span>
              </p>
              {t.related?.length ? (
                <p className="term-related">
                  See also:{' '}
                  {t.related.map((r, i) => (
                    <span key={r}>
                      {i > 0 && ', '}
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
