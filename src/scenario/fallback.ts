/**
 * The scenario a lenient reader falls back to for anything it cannot read: the preset the input names, else the
 * default preset. A last-resort empty scenario covers a build whose presets failed to load, so a reader can
 * always return a scenario.
 */
import { isPlainObject, own } from './json';
import { DEFAULT_PRESET_ID, presetById, presets } from './presets';
import { DEFAULT_ASSUMPTIONS, SCHEMA_VERSION, type Scenario } from './schema';

const EMPTY: Scenario = {
  schemaVersion: SCHEMA_VERSION,
  id: 'no-measures',
  title: 'No measures',
  description: '',
  dataset: { name: 'Default', version: 1 },
  horizon: { from: '2015Q1', to: '2030Q4' },
  assumptions: DEFAULT_ASSUMPTIONS,
  policies: [],
};

/** Return the preset with this id if there is one, else the default preset. */
export function fallbackScenario(presetId?: unknown): Scenario {
  return (
    (typeof presetId === 'string' ? presetById(presetId) : undefined) ??
    presetById(DEFAULT_PRESET_ID) ??
    presets()[0] ??
    EMPTY
  );
}

/** Return the fallback for a raw document: the preset it starts from, else the preset it is, else the default. */
export function fallbackFor(raw: unknown): Scenario {
  if (!isPlainObject(raw)) return fallbackScenario();
  const basePreset = own(raw, 'basePreset');
  const id = own(raw, 'id');
  return typeof basePreset === 'string' && presetById(basePreset)
    ? fallbackScenario(basePreset)
    : fallbackScenario(id);
}
