/**
 * The app's store instance and its React hook. Components select one value per selector (or use useShallow).
 */
import { useStore } from 'zustand';
import { type AppState, createAppStore } from './store';

export const appStore = createAppStore();

/** Select from the app store. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
