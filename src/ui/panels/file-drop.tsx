/**
 * Drop a scenario file anywhere on the page to open it (strictly first, as with the file picker). While a file is
 * dragged over the page a full-window hint says what will happen. Drops on a file input are left to the input.
 */
import { useEffect, useState } from 'react';
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
        pushNotice({
          tone: 'error',
          title: `${files.length > 1 ? `${files.length} files were` : `${file.name} was`} dropped`,
          items: [
            'Drop one scenario file (.json) to open it. Dataset files (JSON or CSV) are opened from the Data menu.',
          ],
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
      <p>Drop a scenario file (.json) anywhere to open it. Dataset files go on the Data menu's drop zone.</p>
    </div>
  );
}
