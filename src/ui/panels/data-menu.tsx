/**
 * The data menu: what dataset is in use, the "sourced data only" filter, opening your own dataset (JSON, or CSV
 * files as documented in docs/DATA.md) and going back to the built-in data. Problems name file, row and field;
 * the dataset in use stays until a new one is valid.
 */
import { useId } from 'react';
import { dismissDatasetProblems, useDatasetStore } from '../../state/dataset-store';
import { useAppStore } from '../../state/use-app-store';
import { formatCount } from '../format';

export interface DataActions {
  readonly openFiles: (files: readonly File[]) => void;
  readonly openBuiltIn: () => void;
}

export function DataMenu({ actions }: { actions: DataActions }) {
  const id = useId();
  const dataset = useDatasetStore((s) => s.dataset);
  const source = useDatasetStore((s) => s.source);
  const sourcedOnly = useAppStore((s) => s.view.sourcedOnly);
  const setView = useAppStore((s) => s.setView);
  const modeled = dataset ? dataset.transactions.filter((t) => t.provenance.kind === 'modeled').length : 0;
  return (
    <details className="menu data-menu">
      <summary>Data</summary>
      <div className="menu-body">
        {dataset && (
          <p>
            <strong>{source.kind === 'built-in' ? 'Built-in dataset' : `Your file: ${source.name}`}</strong>,
            as of {dataset.asOf}: {formatCount(dataset.companies.length)} organisations,{' '}
            {formatCount(dataset.models.length)} models, {formatCount(dataset.transactions.length)} deals (
            {formatCount(modeled)} modeled).
          </p>
        )}
        <div className="param param-check">
          <input
            id={`${id}-sourced`}
            type="checkbox"
            checked={sourcedOnly}
            onChange={(e) => setView({ sourcedOnly: e.target.checked })}
          />
          <label htmlFor={`${id}-sourced`}>
            Sourced data only (leave out the modeled population and projection)
          </label>
        </div>
        <div className="param">
          <label htmlFor={`${id}-file`}>
            Open your own dataset (JSON, or companies/models/chips/transactions CSV files)
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".json,.csv,application/json,text/csv"
            multiple
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              if (files.length) actions.openFiles(files);
            }}
          />
          <p className="field-note">
            The file stays on your computer: nothing is uploaded. The format is in docs/DATA.md.
          </p>
        </div>
        {source.kind === 'file' && (
          <button type="button" onClick={actions.openBuiltIn}>
            Back to the built-in data
          </button>
        )}
      </div>
    </details>
  );
}

export function DatasetProblems() {
  const problems = useDatasetStore((s) => s.problems);
  const from = useDatasetStore((s) => s.problemsFrom);
  if (!problems.length) return null;
  return (
    <div className="notice error" role="alert">
      <p>
        <strong>{from} could not be opened</strong>; the data in use has not changed. {problems.length}{' '}
        problem{problems.length === 1 ? '' : 's'}:
      </p>
      <ul>
        {problems.slice(0, 50).map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: problems are positional.
          <li key={i}>{p.path ? `${p.path}: ${p.message}` : p.message}</li>
        ))}
      </ul>
      {problems.length > 50 && <p>…and {problems.length - 50} more.</p>}
      <button type="button" onClick={dismissDatasetProblems}>
        Dismiss
      </button>
    </div>
  );
}
