/**
 * The preset picker ("Scenario preset"), with the chosen preset's description under it. Once the scenario
 * differs from its preset the picker says so ("Edited from '…'"); choosing the preset again restores it.
 */
import { useId, useMemo } from 'react';
import { originOf } from '../../scenario/edited';
import { presets } from '../../scenario/presets';
import { useAppStore } from '../../state/use-app-store';

export function PresetPicker() {
  const id = useId();
  const scenario = useAppStore((s) => s.scenario);
  const loadPreset = useAppStore((s) => s.loadPreset);
  const list = presets();
  const origin = useMemo(() => originOf(scenario), [scenario]);
  const current = origin.preset && !origin.edited ? origin.preset : null;
  const edited = origin.edited ? origin.preset : null;
  return (
    <div className="preset-picker">
      <label htmlFor={id}>Scenario preset</label>
      <select
        id={id}
        value={current?.id ?? ''}
        aria-describedby={`${id}-desc`}
        data-edited={edited ? 'true' : undefined}
        onChange={(e) => e.target.value && loadPreset(e.target.value)}
      >
        {!current && <option value="">{edited ? `Edited from '${edited.title}'` : 'Custom scenario'}</option>}
        {list.map((p) => (
          <option key={p.id} value={p.id} title={p.description}>
            {p.title}
          </option>
        ))}
      </select>
      <p id={`${id}-desc`} className="sr-only">
        {edited
          ? `The scenario is edited from the preset '${edited.title}'; choose it to go back to the preset.`
          : (current?.description ?? 'A scenario that does not start from a preset.')}
      </p>
    </div>
  );
}
