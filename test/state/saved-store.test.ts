/**
 * Saved scenarios: unique names, save-as replaces a same-named entry, rename refuses empty or taken names.
 */
import { describe, expect, it } from 'vitest';
import { presetById } from '../../src/scenario/presets';
import { cleanName, renameProblem, withoutSaved, withRenamed, withSaved } from '../../src/state/saved-store';

const a = presetById('no-measures')!;
const b = presetById('tougher-us-rule')!;

describe('saved scenarios', () => {
  it('adds, replaces by name, renames and removes', () => {
    let list = withSaved([], '  First   one ', a);
    expect(list.map((s) => s.name)).toEqual(['First one']);
    list = withSaved(list, 'Second', a);
    list = withSaved(list, 'First one', b);
    expect(list.map((s) => [s.name, s.scenario.id])).toEqual([
      ['First one', 'tougher-us-rule'],
      ['Second', 'no-measures'],
    ]);
    expect(renameProblem(list, 'Second', 'First one')).toMatch(/already/);
    expect(renameProblem(list, 'Second', '   ')).toBe('Type a name.');
    expect(withRenamed(list, 'Second', 'First one')).toBe(list);
    list = withRenamed(list, 'Second', 'Renamed');
    expect(list.map((s) => s.name)).toEqual(['First one', 'Renamed']);
    expect(withoutSaved(list, 'First one').map((s) => s.name)).toEqual(['Renamed']);
  });

  it('ignores an empty name and cuts long ones to the storage limit', () => {
    expect(withSaved([], '   ', a)).toEqual([]);
    expect(cleanName('x'.repeat(500))).toHaveLength(100);
  });
});
