/**
 * Autosave: what is written reads back the same; a full or missing storage never throws; writes are debounced.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { presetById } from '../../src/scenario/presets';
import {
  AUTOSAVE_DELAY_MS,
  AUTOSAVE_KEY,
  readAutosave,
  type StorageLike,
  startAutosave,
  writeAutosave,
} from '../../src/state/autosave';
import { createAppStore } from '../../src/state/store';

function memoryStorage(): StorageLike & { map: Map<string, string>; writes: number } {
  const map = new Map<string, string>();
  return {
    map,
    writes: 0,
    getItem: (k) => map.get(k) ?? null,
    setItem(k, v) {
      this.writes++;
      map.set(k, v);
    },
  };
}

const full: StorageLike = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('round-trips the working scenario and the saved list', () => {
    const storage = memoryStorage();
    const working = { ...presetById('tougher-us-rule')!, title: 'Mine' };
    const saved = [{ name: 'Chips only', scenario: presetById('export-controls-2022-vs-2023')! }];
    expect(writeAutosave(storage, working, saved)).toBe(true);
    const read = readAutosave(storage);
    expect(read.working).toEqual(working);
    expect(read.saved).toEqual(saved);
    expect(read.notices).toEqual([]);
  });

  it('reads nothing, without throwing, from missing, blocked or foreign storage', () => {
    expect(readAutosave(null)).toEqual({ working: null, saved: [], notices: [] });
    expect(readAutosave(full).working).toBeNull();
    expect(writeAutosave(full, presetById('no-measures')!, [])).toBe(false);
    const other = memoryStorage();
    other.map.set(AUTOSAVE_KEY, '{"kind":"someone-else"}');
    expect(readAutosave(other).notices).toHaveLength(1);
  });

  it('writes once after a burst of edits, and tells once when the storage refuses', () => {
    const store = createAppStore();
    const storage = memoryStorage();
    const autosave = startAutosave({
      storage,
      read: () => ({ working: store.getState().scenario, saved: [] }),
      subscribe: (l) => store.subscribe(l),
    });
    for (let i = 0; i < 20; i++) store.getState().setEnabled('distillation', i % 2 === 0);
    expect(storage.writes).toBe(0);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(storage.writes).toBe(1);
    expect(readAutosave(storage).working).toEqual(store.getState().scenario);
    autosave.stop();

    const failures = vi.fn();
    const failing = startAutosave({
      storage: full,
      read: () => ({ working: store.getState().scenario, saved: [] }),
      subscribe: (l) => store.subscribe(l),
      onFailure: failures,
    });
    store.getState().setEnabled('distillation', true);
    failing.flush();
    store.getState().setEnabled('distillation', false);
    failing.flush();
    expect(failures).toHaveBeenCalledTimes(1);
    failing.stop();
  });
});
