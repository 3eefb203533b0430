/**
 * The app store: one zustand store (with immer) holding the scenario document and view state only. Results are
 * derived from it (see use-simulation.ts), never stored; the dataset lives outside it (dataset-store.ts).
 * Every scenario edit goes through `editScenario`, so undo/redo and autosave can hook in at one place.
 */
import { immer } from 'zustand/middleware/immer';
import { createStore } from 'zustand/vanilla';
import type { Outcome, ParamValue, Quarter } from '../engine';
import { jsonEqual } from '../scenario/json';
import { DEFAULT_PRESET_ID, presetById, presets } from '../scenario/presets';
import type { Assumptions, Scenario } from '../scenario/schema';
import { type DealsMetric, withView } from '../scenario/view';
import { emptyHistory, type History, recordEdit, redo, undo } from './history';
import * as edits from './scenario-edits';

/** What a drill-down shows: the deals or companies behind a bar or point. */
export interface Drilldown {
  readonly kind: 'deals' | 'companies';
  /** A measure's id, or 'combined'. */
  readonly policyId: string;
  readonly quarter: Quarter;
  readonly outcome?: Outcome | undefined;
  /**
   * Which companies, following the view the companies chart shows: captured so far (the default), with a deal
   * stopped so far, captured in the quarter, in scope at the quarter's end, or in scope whose deals would be stopped.
   */
  readonly view?: CompaniesView | undefined;
}

/** The companies chart's views (its metrics), which a companies drill-down follows. */
export type CompaniesView =
  | 'companiesCumulative'
  | 'companiesStoppedCumulative'
  | 'companies'
  | 'companiesInScope'
  | 'companiesInScopeStopped';

/** What the page shows and how (besides the scenario's own view settings, `scenario.view`: src/scenario/view.ts). */
export interface ViewState {
  dealsBreakdown: 'outcome' | 'kind';
  /** Which series the deals chart shows: a measure's id or 'combined'. */
  dealsMeasure: string;
  drilldown: Drilldown | null;
  selectedCompany: string | null;
  /** Which charts show their data table instead of the drawing (text alternative). */
  tables: Record<string, boolean>;
  /** How the app is shown: exploring (all controls), presenting (large type, no editing) or the printable brief. */
  mode: 'explore' | 'present' | 'brief';
  /** The lesson being played and its step (0-based), or null. */
  lesson: { readonly id: string; readonly step: number } | null;
  /** The reference panel beside the app: the glossary (at a term) or the timeline of key events, or null. */
  reference:
    | { readonly panel: 'glossary'; readonly term: string | null }
    | { readonly panel: 'timeline' }
    | null;
}

/** Options of a scenario edit: edits with the same `key` in quick succession (a slider drag) are one undo step. */
export interface EditOptions {
  readonly key?: string;
}

export interface AppState {
  scenario: Scenario;
  view: ViewState;
  /** Earlier and undone scenarios (undo/redo); view state is not part of it. */
  history: History<Scenario>;
  /** Load a scenario (undoable, like any edit). */
  loadScenario(scenario: Scenario): void;
  loadPreset(id: string): void;
  editScenario(recipe: (scenario: Scenario) => Scenario, options?: EditOptions): void;
  undo(): void;
  redo(): void;
  setParam(policyId: string, key: string, value: ParamValue): void;
  setEnabled(policyId: string, enabled: boolean): void;
  setEffectiveFrom(policyId: string, date: string): void;
  setEffectiveTo(policyId: string, date: string | null): void;
  setPolicyTitle(policyId: string, title: string): void;
  addPolicy(templateId: string): void;
  duplicatePolicy(policyId: string): void;
  removePolicy(policyId: string): void;
  movePolicy(policyId: string, delta: -1 | 1): void;
  setAssumption<K extends keyof Assumptions>(key: K, value: Assumptions[K]): void;
  /** Run on sourced records only (a setting of the scenario, kept in its link: `scenario.view.sourcedOnly`). */
  setSourcedOnly(on: boolean): void;
  /** Show the deals chart by count or USD (`scenario.view.dealsMetric`). */
  setDealsMetric(metric: DealsMetric): void;
  setView(patch: Partial<ViewState>): void;
  openDrilldown(drilldown: Drilldown): void;
  closeDrilldown(): void;
  selectCompany(id: string | null): void;
}

export const INITIAL_VIEW: ViewState = {
  dealsBreakdown: 'outcome',
  dealsMeasure: 'combined',
  drilldown: null,
  selectedCompany: null,
  tables: {},
  mode: 'explore',
  lesson: null,
  reference: null,
};

function defaultScenario(): Scenario {
  const preset = presetById(DEFAULT_PRESET_ID) ?? presets()[0];
  if (!preset) throw new Error('No preset scenarios are available');
  return { ...preset, basePreset: preset.id };
}

/** Options of a store; tests pass a clock to check how quick edits coalesce. */
export interface StoreOptions {
  readonly now?: () => number;
}

/** Create a store (tests make a fresh one each; the app binds one in `use-app-store.ts`). */
export function createAppStore(initial?: Scenario, options: StoreOptions = {}) {
  const now = options.now ?? (() => Date.now());
  // When the last edit had been re-run and redrawn: the frame after it (browsers only), for coalescing.
  let settledAt: number | undefined;
  const noteSettled = () => {
    settledAt = undefined;
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => (settledAt = now()));
  };
  return createStore<AppState>()(
    immer((set, get) => {
      const editScenario = (recipe: (scenario: Scenario) => Scenario, edit: EditOptions = {}) => {
        const { scenario, history } = get();
        const next = recipe(scenario);
        // An edit that changes nothing (a text box re-applying its value on blur) is not an undo step.
        if (next === scenario || jsonEqual(next, scenario)) return;
        set({
          scenario: next,
          history: recordEdit(history, scenario, { key: edit.key, at: now(), settledAt }),
        });
        noteSettled();
      };
      const step = (move: typeof undo) => {
        const moved = move(get().history, get().scenario);
        if (moved) set({ scenario: moved.value, history: moved.history });
      };
      return {
        scenario: initial ?? defaultScenario(),
        view: { ...INITIAL_VIEW },
        history: emptyHistory<Scenario>(),
        loadScenario: (scenario) => {
          editScenario(() => scenario);
          set({ view: { ...get().view, drilldown: null, selectedCompany: null } });
        },
        loadPreset: (id) => {
          const preset = presetById(id);
          if (preset) get().loadScenario({ ...preset, basePreset: preset.id });
        },
        editScenario,
        undo: () => step(undo),
        redo: () => step(redo),
        setParam: (policyId, key, value) =>
          editScenario((s) => edits.setParam(s, policyId, key, value), { key: `param:${policyId}:${key}` }),
        setEnabled: (policyId, enabled) => editScenario((s) => edits.setEnabled(s, policyId, enabled)),
        setEffectiveFrom: (policyId, date) =>
          editScenario((s) => edits.setEffectiveFrom(s, policyId, date), { key: `from:${policyId}` }),
        setEffectiveTo: (policyId, date) => editScenario((s) => edits.setEffectiveTo(s, policyId, date)),
        setPolicyTitle: (policyId, title) =>
          editScenario((s) => edits.setPolicyField(s, policyId, 'title', title)),
        addPolicy: (templateId) => editScenario((s) => edits.addPolicy(s, templateId)),
        duplicatePolicy: (policyId) => editScenario((s) => edits.duplicatePolicy(s, policyId)),
        removePolicy: (policyId) => editScenario((s) => edits.removePolicy(s, policyId)),
        movePolicy: (policyId, delta) => editScenario((s) => edits.movePolicy(s, policyId, delta)),
        setAssumption: (key, value) =>
          editScenario((s) => edits.setAssumption(s, key, value), { key: `assumption:${key}` }),
        setSourcedOnly: (on) => editScenario((s) => withView(s, { sourcedOnly: on })),
        setDealsMetric: (metric) => editScenario((s) => withView(s, { dealsMetric: metric })),
        setView: (patch) =>
          set((state) => {
            Object.assign(state.view, patch);
          }),
        openDrilldown: (drilldown) =>
          set((state) => {
            state.view.drilldown = drilldown;
            state.view.selectedCompany = null;
          }),
        closeDrilldown: () =>
          set((state) => {
            state.view.drilldown = null;
            state.view.selectedCompany = null;
          }),
        selectCompany: (id) =>
          set((state) => {
            state.view.selectedCompany = id;
          }),
      };
    }),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;
