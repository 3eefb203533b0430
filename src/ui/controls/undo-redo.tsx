/**
 * Undo and redo buttons for scenario edits, and the keys: Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z, Ctrl+Y (left to the
 * browser inside text boxes). The buttons say what they would do and are disabled when there is nothing to do.
 */
import { useEffect } from 'react';
import { useTranslations } from 'use-intl';
import { useAppStore } from '../../state/use-app-store';
import { editsText, undoKeyAction } from './undo-keys';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = MAC ? '⌘' : 'Ctrl+';

export function UndoRedo() {
  const t = useTranslations('undo');
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const canUndo = useAppStore((s) => s.history.past.length > 0);
  const canRedo = useAppStore((s) => s.history.future.length > 0);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = undoKeyAction(event);
      if (!action || editsText(document.activeElement as HTMLInputElement | null)) return;
      event.preventDefault();
      if (action === 'undo') undo();
      else redo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return (
    <div className="undo-redo">
      <button type="button" onClick={undo} disabled={!canUndo} title={t('undoTitle', { keys: `${MOD}Z` })}>
        <span aria-hidden="true">↶ </span>
        {t('undo')}
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={!canRedo}
        title={t('redoTitle', { keys: MAC ? '⇧⌘Z' : t('redoKeysOther') })}
      >
        <span aria-hidden="true">↷ </span>
        {t('redo')}
      </button>
    </div>
  );
}
