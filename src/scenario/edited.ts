/**
 * Whether a scenario is still its preset or an edited version of it: the heading, the preset picker, exports,
 * the compare title and the brief say "edited from <preset title>" once any setting that changes a number (a
 * measure, an assumption, the horizon, "sourced only") or the title or description differs from the preset.
 * How a chart is drawn (count or USD) is not an edit.
 */
import { jsonEqual } from './json';
import { presetById } from './presets';
import type { Scenario } from './schema';
import { sourcedOnlyOf } from './view';

/** Where a scenario comes from. */
export interface Origin {
  /** The preset it started from (`basePreset`), or null (a file or link from no built-in preset). */
  readonly preset: Scenario | null;
  /** True when it differs from that preset (always false without one). */
  readonly edited: boolean;
}

/** What a scenario's numbers and words depend on. */
function substance(s: Scenario) {
  return {
    title: s.title,
    description: s.description,
    horizon: s.horizon,
    assumptions: s.assumptions,
    policies: s.policies,
    sourcedOnly: sourcedOnlyOf(s),
  };
}

/** Tell which preset a scenario started from and whether it differs from it. */
export function originOf(scenario: Scenario, preset = presetOf(scenario)): Origin {
  if (!preset) return { preset: null, edited: false };
  return { preset, edited: !jsonEqual(substance(preset), substance(scenario)) };
}

function presetOf(scenario: Scenario): Scenario | null {
  return scenario.basePreset ? (presetById(scenario.basePreset) ?? null) : null;
}

/** "edited from the preset 'US outbound rule as enacted (Jan 2025)'", or null when the scenario is its preset or has none. */
export function editedLabel(origin: Origin): string | null {
  return origin.edited && origin.preset ? `edited from the preset '${origin.preset.title}'` : null;
}

/** The scenario's title as the heading and exports give it: "Title (edited from 'Preset')" once edited. */
export function titleWithOrigin(scenario: Scenario, origin = originOf(scenario)): string {
  const label = editedLabel(origin);
  return label ? `${scenario.title} (${label})` : scenario.title;
}
