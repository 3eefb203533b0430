/**
 * "Edited means edited": whether a scenario differs from the preset it started from, and how it is labelled.
 */
import { describe, expect, it } from 'vitest';
import { editedLabel, originOf, titleWithOrigin } from '../../src/scenario/edited';
import { presetById } from '../../src/scenario/presets';
import type { Scenario } from '../../src/scenario/schema';
import { withView } from '../../src/scenario/view';
import { setAssumption, setParam } from '../../src/state/scenario-edits';

const preset = presetById('us-outbound-2025')!;
const start: Scenario = { ...preset, basePreset: preset.id };
const title = `'${preset.title}'`;

describe('originOf', () => {
  it('is the preset, unedited, as loaded', () => {
    expect(originOf(start)).toEqual({ preset, edited: false });
    expect(editedLabel(originOf(start))).toBeNull();
    expect(titleWithOrigin(start)).toBe(start.title);
  });

  it('is edited once a lever moves, and again the preset when it moves back', () => {
    const lowered = setParam(start, 'us-outbound', 'prohibitedComputeFlop', 1e23);
    expect(originOf(lowered).edited).toBe(true);
    expect(editedLabel(originOf(lowered))).toBe(`edited from the preset ${title}`);
    expect(titleWithOrigin(lowered)).toBe(`${start.title} (edited from the preset ${title})`);
    const back = setParam(lowered, 'us-outbound', 'prohibitedComputeFlop', 1e25);
    expect(originOf(back).edited).toBe(false);
  });

  it('counts assumptions, "sourced only" and the title as edits, but not how a chart is drawn', () => {
    expect(originOf(setAssumption(start, 'seed', 2)).edited).toBe(true);
    expect(originOf(withView(start, { sourcedOnly: true })).edited).toBe(true);
    expect(originOf({ ...start, title: 'Mine' }).edited).toBe(true);
    expect(originOf(withView(start, { dealsMetric: 'usd' })).edited).toBe(false);
  });

  it('has no preset for a scenario that names none or an unknown one', () => {
    const { basePreset: _, ...none } = start;
    expect(originOf(none)).toEqual({ preset: null, edited: false });
    expect(originOf({ ...start, basePreset: 'not-a-preset' })).toEqual({ preset: null, edited: false });
  });
});
