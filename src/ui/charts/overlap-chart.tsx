/**
 * Overlap between measures (UpSet style): how many companies or deals were caught by exactly each combination
 * of measures. A dot row shows which measures are in each combination.
 */
import { memo, useMemo, useState } from 'react';
import type { ResultSummary } from '../../engine';
import { formatCount } from '../format';
import { ChartFrame, DataTable } from './chart-frame';
import { overlapModel } from './overlap-model';

export const OverlapChart = memo(function OverlapChart({ result }: { result: ResultSummary }) {
  const [by, setBy] = useState<'companies' | 'deals'>('companies');
  const model = useMemo(() => overlapModel(result, by), [result, by]);
  const max = Math.max(1, ...model.rows.map((r) => r[by]));
  return (
    <ChartFrame
      id="overlap"
      description={`${by === 'companies' ? 'Companies' : 'Deals'} caught by exactly each combination of measures over the whole horizon. Long bars for one measure alone mean it does work no other does.`}
      controls={
        <fieldset className="segmented">
          <legend className="sr-only">Count</legend>
          <button type="button" aria-pressed={by === 'companies'} onClick={() => setBy('companies')}>
            Companies
          </button>
          <button type="button" aria-pressed={by === 'deals'} onClick={() => setBy('deals')}>
            Deals
          </button>
        </fieldset>
      }
      table={() => (
        <DataTable
          caption="Caught by exactly this combination"
          columns={[
            { key: 'label', label: 'Measures' },
            { key: 'companies', label: 'Companies' },
            { key: 'deals', label: 'Deals' },
          ]}
          rows={model.rows.map((r) => ({ ...r }))}
        />
      )}
    >
      {model.rows.length === 0 ? (
        <p className="empty">Nothing is caught yet.</p>
      ) : (
        <ul className="upset" aria-label="Combinations">
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
              <span className="num">{formatCount(row[by])}</span>
            </li>
          ))}
        </ul>
      )}
    </ChartFrame>
  );
});
