/**
 * The compare baseline: a scenario to run beside the working one (a preset, a saved scenario or a pasted link),
 * and which charts show the difference instead of both. Session state: not part of links, undo or autosave.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Scenario } from '../scenario/schema';

export interface Baseline {
  /** Which choice it was, for the picker: 'preset:<id>', 'saved:<name>' or 'link'. */
  readonly key: string;
  /** What it is, for people: "preset 'US outbound rule as enacted'", "saved scenario 'Mine'", "the pasted link". */
  readonly label: string;
  readonly scenario: Scenario;
  /**
   * What the numbers' deltas are against: a baseline chosen to compare with (the default), or the preset the
   * working scenario started from, run when no baseline is chosen and the scenario has been edited (see
   * `presetReference`). Only a compare baseline is drawn on the charts.
   */
  readonly against?: 'compare' | 'preset';
}

const presetReferences = new Map<string, Baseline>();

/** The preset a scenario started from, as the baseline its deltas are read against (one record per preset). */
export function presetReference(preset: Scenario): Baseline {
  let reference = presetReferences.get(preset.id);
  if (!reference || reference.scenario.id !== preset.id) {
    reference = {
      key: `preset:${preset.id}`,
      label: `the preset '${preset.title}'`,
      scenario: { ...preset, basePreset: preset.id },
      against: 'preset',
    };
    presetReferences.set(preset.id, reference);
  }
  return reference;
}

interface CompareState {
  readonly baseline: Baseline | null;
  /** Charts (by id) that show scenario − baseline instead of both. */
  readonly difference: Readonly<Record<string, boolean>>;
}

export const compareStore = createStore<CompareState>(() => ({ baseline: null, difference: {} }));

/** Compare against this baseline, or stop comparing (null). */
export function setBaseline(baseline: Baseline | null): void {
  compareStore.setState({ baseline });
}

/** Show a chart's difference from the baseline (true) or both series (false). */
export function setDifference(chart: string, on: boolean): void {
  compareStore.setState((s) => ({ difference: { ...s.difference, [chart]: on } }));
}

/** Select from the compare store. */
export function useCompare<T>(selector: (state: CompareState) => T): T {
  return useStore(compareStore, selector);
}
