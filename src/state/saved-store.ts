/**
 * The user's saved scenarios (save as, rename, delete), kept in local storage by autosave. Names are unique, so a
 * name is enough to find an entry; the pure list edits are exported for tests.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Scenario } from '../scenario/schema';
import { type SavedScenario, STORAGE_LIMITS } from '../scenario/storage';

interface SavedState {
  readonly saved: readonly SavedScenario[];
}

export const savedStore = createStore<SavedState>(() => ({ saved: [] }));

/** Trim a typed name and cut it to the storage limit; '' when nothing usable is left. */
export function cleanName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').slice(0, STORAGE_LIMITS.maxNameChars);
}

/** Save under a name: replaces an entry with the same name in place, else adds to the end. */
export function withSaved(
  list: readonly SavedScenario[],
  name: string,
  scenario: Scenario,
): readonly SavedScenario[] {
  const clean = cleanName(name);
  if (!clean) return list;
  const at = list.findIndex((s) => s.name === clean);
  if (at >= 0) return list.map((s, i) => (i === at ? { name: clean, scenario } : s));
  return [...list, { name: clean, scenario }].slice(-STORAGE_LIMITS.maxSaved);
}

/** Why a rename cannot happen, in plain words, or null if it can. */
export function renameProblem(list: readonly SavedScenario[], from: string, to: string): string | null {
  const clean = cleanName(to);
  if (!clean) return 'Type a name.';
  if (clean !== from && list.some((s) => s.name === clean))
    return `There is already a scenario called '${clean}'.`;
  return null;
}

/** Rename an entry; unchanged when the new name is empty or taken. */
export function withRenamed(
  list: readonly SavedScenario[],
  from: string,
  to: string,
): readonly SavedScenario[] {
  if (renameProblem(list, from, to)) return list;
  const clean = cleanName(to);
  return list.map((s) => (s.name === from ? { ...s, name: clean } : s));
}

/** Remove an entry by name. */
export function withoutSaved(list: readonly SavedScenario[], name: string): readonly SavedScenario[] {
  return list.filter((s) => s.name !== name);
}

/** Save the scenario under a name (replacing one with that name). */
export function saveScenarioAs(name: string, scenario: Scenario): void {
  savedStore.setState((s) => ({ saved: withSaved(s.saved, name, scenario) }));
}

/** Rename a saved scenario; returns the problem if it could not be renamed. */
export function renameSaved(from: string, to: string): string | null {
  const problem = renameProblem(savedStore.getState().saved, from, to);
  if (!problem) savedStore.setState((s) => ({ saved: withRenamed(s.saved, from, to) }));
  return problem;
}

/** Delete a saved scenario. */
export function deleteSaved(name: string): void {
  savedStore.setState((s) => ({ saved: withoutSaved(s.saved, name) }));
}

/** Select the saved scenarios. */
export function useSaved(): readonly SavedScenario[] {
  return useStore(savedStore, (s) => s.saved);
}
