/**
 * The preset picker ("Scenario preset"), with the chosen preset's description under it.
 */
import { useId } from 'react';
import { presets } from '../../scenario/presets';
import { useAppStore } from '../../state/use-app-store';

export function PresetPicker() {
  const id = useId();
  const basePreset = useAppStore((s) => s.scenario.basePreset);
  const loadPreset = useAppStore((s) => s.loadPreset);
  const list = presets();
  const current = list.find((p) => p.id === basePreset);
  return (
    <div className="preset-picker">
      <label htmlFor={id}>Scenario preset</label>
      <select
        id={id}
        value={current?.id ?? ''}
        aria-describedby={`${id}-desc`}
        onChange={(e) => e.target.value && loadPreset(e.target.value)}
      >
        {!current && <option value="">Custom scenario</option>}
        {list.map((p) => (
          <option key={p.id} value={p.id} title={p.description}>
            {p.title}
          </option>
        ))}
      </select>
      <p id={`${id}-desc`} className="sr-only">
        {current?.description ?? 'A scenario that does not start from a preset.'}
      </p>
    </div>
  );
}
