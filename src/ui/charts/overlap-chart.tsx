/**
 * Overlap between measures (UpSet style): how many companies or deals were caught by exactly each combination
 * of measures. A dot row shows which measures are in each combination.
 */
import { memo, useMemo, useState } from 'react';
import type { ResultSummary } from '../../engine';
import { ChartFrame, DataTable } from './chart-frame';
import { useChartWords } from './chart-words';
import { overlapModel } from './overlap-model';

export const OverlapChart = memo(function OverlapChart({ result }: { result: ResultSummary }) {
  const words = useChartWords();
  const [by, setBy] = useState<'companies' | 'deals'>('companies');
  const model = useMemo(() => {
    const built = overlapModel(result, by);
    // Each combination named in the reader's language: "US outbound rule only", or the titles joined.
    const rows = built.rows.map((r) => {
      const titles = built.measures.filter((_, i) => r.members[i]).map((m) => m.title);
      const label =
        titles.length === 1 ? words.t('only', { title: titles[0]! }) : titles.join(words.t('joinMeasures'));
      return { ...r, label };
    });
    return { ...built, rows };
  }, [result, by, words]);
  const max = Math.max(1, ...model.rows.map((r) => r[by]));
  return (
    <ChartFrame
      id="overlap"
      description={words.t('overlapDesc', { by })}
      controls={
        <fieldset className="segmented">
          <legend className="sr-only">{words.t('count')}</legend>
          <button type="button" aria-pressed={by === 'companies'} onClick={() => setBy('companies')}>
            {words.t('companies')}
          </button>
          <button type="button" aria-pressed={by === 'deals'} onClick={() => setBy('deals')}>
            {words.t('deals')}
          </button>
        </fieldset>
      }
      table={() => (
        <DataTable
          caption={words.t('overlapCaption')}
          columns={[
            { key: 'label', label: words.t('colMeasures') },
            { key: 'companies', label: words.t('companies') },
            { key: 'deals', label: words.t('deals') },
          ]}
          rows={model.rows.map((r) => ({ ...r }))}
        />
      )}
    >
      {model.rows.length === 0 ? (
        <p className="empty">{words.t('nothingCaught')}</p>
      ) : (
        <ul className="upset" aria-label={words.t('combinations')}>
          {model.rows.map((row) => (
            <li key={row.key}>
              <span className="dots" aria-hidden="true">
                {model.measures.map((m, i) => (
                  <span
                    key={m.id}
                    className={row.members[i] ? 'dot on' : 'dot'}
                    style={row.members[i] ? { background: m.colour } : undefined}
                    title={m.title}
                  />
                ))}
              </span>
              <span className="upset-label" title={row.label}>
                {row.label}
              </span>
              <span className="bar-track">
                <span className="bar" style={{ width: `${(row[by] / max) * 100}%` }} />
              </span>
              <span className="num">{words.count(row[by])}</span>
            </li>
          ))}
        </ul>
      )}
    </ChartFrame>
  );
});
