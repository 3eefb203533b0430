/**
 * Which key presses mean undo or redo: Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl+Y. In a text box the browser's own
 * text undo wins, so typing a threshold and pressing Ctrl+Z undoes the typing, not the scenario.
 */

/** The parts of a keyboard event that matter here. */
export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** Return 'undo', 'redo' or null for a key press. */
export function undoKeyAction(event: KeyLike): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/** Input types where the browser edits text (and so owns Ctrl+Z). */
const TEXT_INPUTS = new Set(['text', 'search', 'url', 'email', 'number', 'password', 'tel', 'date']);

/** Say whether the focused element edits text, so the scenario's undo should leave the key alone. */
export function editsText(
  element: { tagName?: string; type?: string; isContentEditable?: boolean } | null,
): boolean {
  if (!element?.tagName) return false;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || element.isContentEditable) return true;
  return tag === 'INPUT' && TEXT_INPUTS.has((element.type ?? 'text').toLowerCase());
}
