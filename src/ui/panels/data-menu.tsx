/**
 * The data menu: what dataset is in use, the "sourced data only" filter, opening your own dataset (JSON, CSV
 * files or a .zip of them, as documented in docs/DATA.md; by file picker or by dropping files on the menu's drop
 * zone), downloading the dataset in use as CSV, and going back to the built-in data. While a file opens a
 * progress indicator shows; problems name file, row and column, and the dataset in use stays until a new one is
 * valid.
 */
import { type DragEvent, type ReactNode, useEffect, useId, useMemo, useState } from 'react';
import type { Dataset } from '../../engine';
import { sourcedOnlyOf } from '../../scenario/view';
import { dismissDatasetProblems, loadDatasetHere, useDatasetStore } from '../../state/dataset-store';
import { useAppStore } from '../../state/use-app-store';
import { exportCsvInWorker } from '../../worker/open-dataset-client';
import type { OpenProgress } from '../../worker/open-dataset-types';
import { MAX_FILE_BYTES, useOpening } from '../data-actions';
import { downloadBlob } from '../download';
import { formatCount } from '../format';

/** What the data menu can do (see makeDataActions in ../data-actions.ts). */
export interface DataActions {
  readonly openFiles: (files: readonly File[]) => void;
  readonly openBuiltIn: () => void;
}

/** Stop a drag event here: the page-wide scenario drop (file-drop.tsx) must not also act on it. */
function claim(e: DragEvent): boolean {
  if (![...e.dataTransfer.types].includes('Files')) return false;
  e.preventDefault();
  e.stopPropagation();
  return true;
}

/** A drop zone for dataset files. Its drag events stop here, so the page's scenario drop never sees them. */
function DropZone({ onFiles, children }: { onFiles: (files: File[]) => void; children: ReactNode }) {
  const [over, setOver] = useState(false);
  return (
    // Dropping is a shortcut; the file input inside the zone is the keyboard and screen-reader way in.
    <section
      aria-label="Drop dataset files here"
      className={over ? 'drop-zone over' : 'drop-zone'}
      data-testid="dataset-drop-zone"
      onDragEnter={(e) => claim(e) && setOver(true)}
      onDragOver={(e) => {
        if (claim(e)) e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (!claim(e)) return;
        // Leaving for a child of the zone is not leaving the zone.
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        if (!claim(e)) return;
        setOver(false);
        const files = [...e.dataTransfer.files];
        if (files.length) onFiles(files);
      }}
    >
      {children}
    </section>
  );
}

/** Save the dataset in use as a .zip of its CSV files (built in the worker); returns a line for the menu. */
async function downloadCsv(dataset: Dataset): Promise<string> {
  const zip = await exportCsvInWorker(dataset);
  downloadBlob(new Blob([zip.bytes as BlobPart], { type: 'application/zip' }), zip.name);
  const first = zip.losses[0];
  return `Saved ${zip.name} (${zip.files.join(', ')}).${
    first
      ? ` ${formatCount(zip.losses.length)} value${zip.losses.length === 1 ? '' : 's'} cannot be written exactly in CSV, e.g. ${first.path}: ${first.message}.`
      : ''
  }`;
}

/** The Data menu in the top bar. */
export function DataMenu({ actions }: { actions: DataActions }) {
  const id = useId();
  const dataset = useDatasetStore((s) => s.dataset);
  const source = useDatasetStore((s) => s.source);
  const sourcedOnly = useAppStore((s) => sourcedOnlyOf(s.scenario));
  const setSourcedOnly = useAppStore((s) => s.setSourcedOnly);
  const [saved, setSaved] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  // The counts below read the dataset itself: the page loads its copy of the built-in one when the menu opens.
  useEffect(() => {
    if (open && !dataset) loadDatasetHere().catch((error: unknown) => reportError(error));
  }, [open, dataset]);
  // Close the menu once files are chosen, so the progress and any problems (shown under the top bar) are in view.
  const openFiles = (files: File[]) => {
    setOpen(false);
    actions.openFiles(files);
  };
  const modeled = useMemo(
    () => (dataset ? dataset.transactions.filter((t) => t.provenance.kind === 'modeled').length : 0),
    [dataset],
  );
  const several = source.kind === 'file' && source.name.includes(', ');
  return (
    <details
      className="menu data-menu"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      // Dragging files onto "Data" opens the menu, so its drop zone can be reached.
      onDragEnter={(e) => {
        if ([...e.dataTransfer.types].includes('Files')) setOpen(true);
      }}
    >
      <summary>Data</summary>
      <div className="menu-body">
        {dataset && (
          <p>
            <strong>
              {source.kind === 'built-in'
                ? 'Built-in dataset'
                : `Your file${several ? 's' : ''}: ${source.name}`}
            </strong>
            , as of {dataset.asOf}: {formatCount(dataset.companies.length)} organisations,{' '}
            {formatCount(dataset.models.length)} models, {formatCount(dataset.transactions.length)} deals (
            {formatCount(modeled)} modeled).
          </p>
        )}
        <div className="param param-check">
          <input
            id={`${id}-sourced`}
            type="checkbox"
            checked={sourcedOnly}
            onChange={(e) => setSourcedOnly(e.target.checked)}
          />
          <label htmlFor={`${id}-sourced`}>
            Sourced data only (leave out the modeled population and projection)
          </label>
        </div>
        <DropZone onFiles={openFiles}>
          <div className="param">
            <label htmlFor={`${id}-file`}>
              Open your own dataset: one JSON file, or the companies, models, chips and transactions CSV files
              together (or a .zip of them)
            </label>
            <input
              id={`${id}-file`}
              type="file"
              accept=".json,.csv,.zip,application/json,text/csv,application/zip"
              multiple
              onChange={(e) => {
                const files = [...(e.target.files ?? [])];
                e.target.value = '';
                if (files.length) openFiles(files);
              }}
            />
            <p className="field-note">
              Or drop the files here. They stay on your computer: nothing is uploaded. Up to{' '}
              {MAX_FILE_BYTES / 1048576} MB; the format is in docs/DATA.md.
            </p>
          </div>
        </DropZone>
        <div className="menu-actions">
          {dataset && (
            <button
              type="button"
              onClick={() =>
                downloadCsv(dataset).then(setSaved, (error: unknown) =>
                  setSaved(`Could not save the CSV files: ${String(error)}`),
                )
              }
            >
              Download this dataset as CSV
            </button>
          )}
          {source.kind === 'file' && (
            <button type="button" onClick={actions.openBuiltIn}>
              Back to the built-in data
            </button>
          )}
        </div>
        {saved && (
          <p className="field-note" role="status">
            {saved}
          </p>
        )}
      </div>
    </details>
  );
}

function stepText(progress: OpenProgress | null): string {
  if (!progress) return 'starting';
  switch (progress.step) {
    case 'read':
      return `reading ${progress.file}${progress.fraction === null ? '' : ` (${Math.round(progress.fraction * 100)} %)`}`;
    case 'parse':
      return `parsing ${progress.file}`;
    case 'check':
      return 'checking every record';
    case 'hand-over':
      return 'loading it into the app';
  }
}

/** The progress of an open: a bar (indeterminate while a step cannot be measured) and a Cancel button. */
function OpeningStatus() {
  const opening = useOpening();
  if (!opening) return null;
  const fraction = opening.progress?.step === 'read' ? opening.progress.fraction : null;
  return (
    <div className="notice opening" role="status" data-testid="dataset-opening">
      <p>
        <strong>Opening {opening.label}</strong>: {stepText(opening.progress)}… The data in use stays until it
        is ready.
      </p>
      <progress
        max={1}
        {...(fraction === null ? {} : { value: fraction })}
        aria-label={`Opening ${opening.label}`}
      />
      <button type="button" onClick={opening.cancel}>
        Cancel
      </button>
    </div>
  );
}

/** Under the top bar: the progress of an open, and the problems of the last failed one. */
export function DatasetProblems() {
  const problems = useDatasetStore((s) => s.problems);
  const from = useDatasetStore((s) => s.problemsFrom);
  return (
    <>
      <OpeningStatus />
      {problems.length > 0 && (
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
      )}
    </>
  );
}
