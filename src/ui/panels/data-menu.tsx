/**
 * The data menu: what dataset is in use, the "sourced data only" filter, opening your own dataset (JSON, CSV
 * files or a .zip of them, as documented in docs/DATA.md; by file picker or by dropping files on the menu's drop
 * zone), downloading the dataset in use as CSV, and going back to the built-in data. While a file opens a
 * progress indicator shows; problems name file, row and column, and the dataset in use stays until a new one is
 * valid.
 */
import { type DragEvent, type ReactNode, useEffect, useId, useMemo, useState } from 'react';
import { useTranslations } from 'use-intl';
import type { Dataset } from '../../engine';
import { sourcedOnlyOf } from '../../scenario/view';
import { dismissDatasetProblems, loadDatasetHere, useDatasetStore } from '../../state/dataset-store';
import { useAppStore } from '../../state/use-app-store';
import { exportCsvInWorker } from '../../worker/open-dataset-client';
import type { OpenProgress } from '../../worker/open-dataset-types';
import { MAX_FILE_BYTES, useOpening } from '../data-actions';
import { downloadBlob } from '../download';

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
  const t = useTranslations('dataMenu');
  return (
    // Dropping is a shortcut; the file input inside the zone is the keyboard and screen-reader way in.
    <section
      aria-label={t('dropZone')}
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

/** Save the dataset in use as a .zip of its CSV files (built in the worker); returns what was saved. */
async function downloadCsv(dataset: Dataset) {
  const zip = await exportCsvInWorker(dataset);
  downloadBlob(new Blob([zip.bytes as BlobPart], { type: 'application/zip' }), zip.name);
  return zip;
}

/** The Data menu in the top bar. */
export function DataMenu({ actions }: { actions: DataActions }) {
  const id = useId();
  const t = useTranslations('dataMenu');
  const menus = useTranslations('menus');
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
      <summary>{menus('data')}</summary>
      <div className="menu-body">
        {dataset && (
          <p>
            {t.rich('counts', {
              source:
                source.kind === 'built-in'
                  ? t('builtIn')
                  : t('yourFiles', { several: String(several), name: source.name }),
              asOf: dataset.asOf,
              companies: dataset.companies.length,
              models: dataset.models.length,
              deals: dataset.transactions.length,
              modeled,
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
        )}
        <div className="param param-check">
          <input
            id={`${id}-sourced`}
            type="checkbox"
            checked={sourcedOnly}
            onChange={(e) => setSourcedOnly(e.target.checked)}
          />
          <label htmlFor={`${id}-sourced`}>{t('sourcedOnly')}</label>
        </div>
        <DropZone onFiles={openFiles}>
          <div className="param">
            <label htmlFor={`${id}-file`}>{t('openOwn')}</label>
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
            <p className="field-note">{t('dropNote', { mb: MAX_FILE_BYTES / 1048576 })}</p>
          </div>
        </DropZone>
        <div className="menu-actions">
          {dataset && (
            <button
              type="button"
              onClick={() =>
                downloadCsv(dataset).then(
                  (zip) => {
                    const first = zip.losses[0];
                    setSaved(
                      t('csvSaved', { name: zip.name, files: zip.files.join(t('fileSeparator')) }) +
                        (first
                          ? t('csvLosses', {
                              count: zip.losses.length,
                              path: first.path,
                              message: first.message,
                            })
                          : ''),
                    );
                  },
                  (error: unknown) => setSaved(t('csvFailed', { error: String(error) })),
                )
              }
            >
              {t('downloadCsv')}
            </button>
          )}
          {source.kind === 'file' && (
            <button type="button" onClick={actions.openBuiltIn}>
              {t('backToBuiltIn')}
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

/** What an open is doing, in words. */
function useStepText(progress: OpenProgress | null): string {
  const t = useTranslations('dataMenu');
  if (!progress) return t('stepStarting');
  switch (progress.step) {
    case 'read':
      return progress.fraction === null
        ? t('stepRead', { file: progress.file })
        : t('stepReadPercent', { file: progress.file, percent: Math.round(progress.fraction * 100) });
    case 'parse':
      return t('stepParse', { file: progress.file });
    case 'check':
      return t('stepCheck');
    case 'hand-over':
      return t('stepHandOver');
  }
}

/** The progress of an open: a bar (indeterminate while a step cannot be measured) and a Cancel button. */
function OpeningStatus() {
  const opening = useOpening();
  const t = useTranslations('dataMenu');
  const step = useStepText(opening?.progress ?? null);
  if (!opening) return null;
  const fraction = opening.progress?.step === 'read' ? opening.progress.fraction : null;
  return (
    <div className="notice opening" role="status" data-testid="dataset-opening">
      <p>
        {t.rich('opening', {
          label: opening.label,
          step,
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <progress
        max={1}
        {...(fraction === null ? {} : { value: fraction })}
        aria-label={t('openingLabel', { label: opening.label })}
      />
      <button type="button" onClick={opening.cancel}>
        {t('cancel')}
      </button>
    </div>
  );
}

/** Under the top bar: the progress of an open, and the problems of the last failed one. */
export function DatasetProblems() {
  const problems = useDatasetStore((s) => s.problems);
  const from = useDatasetStore((s) => s.problemsFrom);
  const t = useTranslations('dataMenu');
  return (
    <>
      <OpeningStatus />
      {problems.length > 0 && (
        <div className="notice error" role="alert">
          <p>
            {t.rich('problems', {
              from: from ?? '',
              count: problems.length,
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
          <ul>
            {problems.slice(0, 50).map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: problems are positional.
              <li key={i}>{p.path ? `${p.path}: ${p.message}` : p.message}</li>
            ))}
          </ul>
          {problems.length > 50 && <p>{t('more', { count: problems.length - 50 })}</p>}
          <button type="button" onClick={dismissDatasetProblems}>
            {t('dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
