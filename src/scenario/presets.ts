/**
 * The preset scenarios shipped in `scenarios/`, parsed through the same path as files and links. The list is
 * explicit (no globbing) so it works the same in the browser bundle and in Node.
 */

import allied from '../../scenarios/allied-coordination.json';
import april2026 from '../../scenarios/april-2026-escalation.json';
import coins from '../../scenarios/coins-act.json';
import chips from '../../scenarios/export-controls-2022-vs-2023.json';
import none from '../../scenarios/no-measures.json';
import patriotic from '../../scenarios/patriotic-investment-act.json';
import tougher from '../../scenarios/tougher-us-rule.json';
import outbound from '../../scenarios/us-outbound-2025.json';
import type { Result } from '../engine';
import { parseScenario } from './parse';
import type { Scenario } from './schema';

/** Raw preset documents in menu order. */
export const PRESET_DOCUMENTS: readonly unknown[] = [
  none,
  chips,
  outbound,
  april2026,
  tougher,
  allied,
  coins,
  patriotic,
];

/** The id of the preset a new user starts from. */
export const DEFAULT_PRESET_ID = 'april-2026-escalation';

/** Parse every preset; a preset that fails is a bug in the repo, caught by the preset tests. */
export function loadPresets(): {
  presets: Scenario[];
  failures: { index: number; result: Result<Scenario> }[];
} {
  const presets: Scenario[] = [];
  const failures: { index: number; result: Result<Scenario> }[] = [];
  PRESET_DOCUMENTS.forEach((doc, index) => {
    const result = parseScenario(doc);
    if (result.ok) presets.push(result.value);
    else failures.push({ index, result });
  });
  return { presets, failures };
}

let cache: Scenario[] | undefined;

/** Return the parsed presets (memoised). */
export function presets(): Scenario[] {
  cache ??= loadPresets().presets;
  return cache;
}

/** Return the preset with this id, or undefined. */
export function presetById(id: string): Scenario | undefined {
  return presets().find((p) => p.id === id);
}
