/**
 * Drop a scenario file anywhere on the page to open it (strictly first, as with the file picker). While a file is
 * dragged over the page a full-window hint says what will happen. Drops on a file input are left to the input.
 */
import { useEffect, useState } from 'react';
import { useTranslations } from 'use-intl';
import { localized } from '../../i18n/notice-words';
import { pushNotice } from '../../state/notices-store';
import { appStore } from '../../state/use-app-store';
import { openScenarioFile } from './scenario-files';

function carriesFiles(event: DragEvent): boolean {
  return [...(event.dataTransfer?.types ?? [])].includes('Files');
}

function onFileInput(event: DragEvent): boolean {
  const target = event.target as HTMLElement | null;
  return target?.tagName === 'INPUT' && (target as HTMLInputElement).type === 'file';
}

export function FileDrop() {
  const [dragging, setDragging] = useState(false);
  const t = useTranslations('notices');
  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; a counter tells when the drag really left the window.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (carriesFiles(e) && !onFileInput(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      depth = 0;
      setDragging(false);
      if (!carriesFiles(e) || onFileInput(e)) return;
      e.preventDefault();
      const files = [...(e.dataTransfer?.files ?? [])];
      const file = files.find((f) => f.name.toLowerCase().endsWith('.json')) ?? files[0];
      if (!file) return;
      if (files.length > 1 || !file.name.toLowerCase().endsWith('.json')) {
        const count = files.length;
        const { name } = file;
        pushNotice({
          tone: 'error',
          ...localized(({ notice }) => ({
            title: count > 1 ? notice('droppedMany', { count }) : notice('droppedOne', { name }),
            items: [notice('dropOne')],
          })),
        });
        return;
      }
      void openScenarioFile(appStore, file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
  if (!dragging) return null;
  return (
    <div className="drop-hint" aria-hidden="true">
      <p>{t('dropHint')}</p>
    </div>
  );
}
