/**
 * Undo/redo history as pure functions over an immutable record, so the store stays a thin wrapper and the rules
 * (limit, coalescing, what clears the redo list) are tested without React or zustand.
 *
 * Coalescing: a slider drag sends an edit every animation frame. Edits that carry the same `key` (e.g. one
 * parameter of one measure) and arrive within `coalesceMs` of the previous one merge into a single step, so one
 * drag is one undo.
 */

/** How many steps are kept; the oldest fall off first. */
export const HISTORY_LIMIT = 200;

/**
 * Edits on the same key closer together than this (ms) merge into one step. The gap is measured from when the
 * previous edit had taken effect (see `EditInfo.settledAt`), so a slow redraw between two moves of a drag does
 * not split it.
 */
export const COALESCE_MS = 1000;

/** The undo and redo stacks, newest last, plus what is needed to coalesce the next edit. */
export interface History<T> {
  readonly past: readonly T[];
  readonly future: readonly T[];
  /** Key of the last recorded edit (null after undo, redo or an edit without a key). */
  readonly lastKey: string | null;
  /** When the last recorded edit happened (ms), for coalescing. */
  readonly lastAt: number;
}

/** What an edit tells the history. */
export interface EditInfo {
  /** Edits with the same key close together merge into one step; no key, never merged. */
  readonly key?: string | undefined;
  /** The time of the edit, in ms. */
  readonly at: number;
  /**
   * When the previous edit had taken effect (re-run and redrawn), if known: the gap to this edit is measured from
   * then. A drag's next move waits for the redraw, so on a slow machine its moves are far apart but the gaps are not.
   */
  readonly settledAt?: number | undefined;
}

/** Return a history with nothing to undo or redo. */
export function emptyHistory<T>(): History<T> {
  return { past: [], future: [], lastKey: null, lastAt: Number.NEGATIVE_INFINITY };
}

/**
 * Record that the value `previous` was replaced by an edit. Clears the redo list. Merges into the previous step
 * (recording nothing new) when the edit has the same key as the last one and follows it within `coalesceMs`.
 */
export function recordEdit<T>(
  history: History<T>,
  previous: T,
  edit: EditInfo,
  limit = HISTORY_LIMIT,
  coalesceMs = COALESCE_MS,
): History<T> {
  const key = edit.key ?? null;
  const since = Math.max(history.lastAt, edit.settledAt ?? Number.NEGATIVE_INFINITY);
  const merge =
    key !== null && key === history.lastKey && edit.at - since <= coalesceMs && history.past.length > 0;
  if (merge) return { ...history, future: [], lastAt: edit.at };
  const past = [...history.past, previous];
  return {
    past: past.length > limit ? past.slice(past.length - limit) : past,
    future: [],
    lastKey: key,
    lastAt: edit.at,
  };
}

/** Step back: the value to show and the new history, or null when there is nothing to undo. */
export function undo<T>(history: History<T>, current: T): { value: T; history: History<T> } | null {
  const value = history.past.at(-1);
  if (history.past.length === 0) return null;
  return {
    value: value as T,
    history: {
      past: history.past.slice(0, -1),
      future: [...history.future, current],
      lastKey: null,
      lastAt: Number.NEGATIVE_INFINITY,
    },
  };
}

/** Step forward again: the value to show and the new history, or null when there is nothing to redo. */
export function redo<T>(history: History<T>, current: T): { value: T; history: History<T> } | null {
  const value = history.future.at(-1);
  if (history.future.length === 0) return null;
  return {
    value: value as T,
    history: {
      past: [...history.past, current],
      future: history.future.slice(0, -1),
      lastKey: null,
      lastAt: Number.NEGATIVE_INFINITY,
    },
  };
}
