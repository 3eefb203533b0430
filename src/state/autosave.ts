/**
 * Autosave: the working scenario and the saved scenarios go to local storage (the versioned envelope of
 * `scenario/storage.ts`), a moment after each change and when the page is hidden. Reading back is validated and
 * never throws; storage that is missing or full (private windows, quotas) costs the autosave, never the app.
 */
import type { Scenario } from '../scenario/schema';
import { type DecodedStore, decodeStored, encodeStored, type SavedScenario } from '../scenario/storage';

/** The local-storage key. */
export const AUTOSAVE_KEY = 'yardstick.autosave';

/** Wait this long (ms) after the last change before writing, so a slider drag writes once. */
export const AUTOSAVE_DELAY_MS = 300;

/** The part of `Storage` autosave uses (tests pass a map). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Return the page's local storage, or null where it is unavailable (blocked cookies, sandboxed frames). */
export function localStorageOf(win: { localStorage?: Storage }): StorageLike | null {
  try {
    return win.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Read what was autosaved. Never throws: unreadable storage reads as nothing saved. */
export function readAutosave(storage: StorageLike | null): DecodedStore {
  let text: string | null = null;
  try {
    text = storage?.getItem(AUTOSAVE_KEY) ?? null;
  } catch {
    text = null;
  }
  return decodeStored(text);
}

/** Write the working scenario and the saved list; false if the storage refused (full or unavailable). */
export function writeAutosave(
  storage: StorageLike | null,
  working: Scenario,
  saved: readonly SavedScenario[],
): boolean {
  if (!storage) return false;
  try {
    storage.setItem(AUTOSAVE_KEY, encodeStored({ working, saved }));
    return true;
  } catch {
    return false;
  }
}

/** What autosave watches and where it writes. */
export interface AutosaveTarget {
  readonly storage: StorageLike | null;
  /** Current working scenario and saved list. */
  readonly read: () => { working: Scenario; saved: readonly SavedScenario[] };
  /** Call `listener` on every change; returns an unsubscribe. */
  readonly subscribe: (listener: () => void) => () => void;
  /** Called once when a write fails (e.g. storage full), so the user can be told. */
  readonly onFailure?: () => void;
  readonly delayMs?: number;
}

/** Start autosaving; returns `flush` (write now if anything is pending) and `stop`. */
export function startAutosave(target: AutosaveTarget): { flush: () => void; stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  let warned = false;
  const flush = () => {
    clearTimeout(timer);
    if (!pending) return;
    pending = false;
    const { working, saved } = target.read();
    if (!writeAutosave(target.storage, working, saved) && !warned && target.storage) {
      warned = true;
      target.onFailure?.();
    }
  };
  const unsubscribe = target.subscribe(() => {
    pending = true;
    clearTimeout(timer);
    timer = setTimeout(flush, target.delayMs ?? AUTOSAVE_DELAY_MS);
  });
  return {
    flush,
    stop: () => {
      flush();
      unsubscribe();
    },
  };
}
