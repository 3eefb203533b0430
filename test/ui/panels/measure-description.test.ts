/**
 * Measure descriptions are written from the current settings, and clashing settings get a hint.
 */
import { describe, expect, it } from 'vitest';
import { presetById } from '../../../src/scenario/presets';
import { setParam } from '../../../src/state/scenario-edits';
import { describeMeasure, settingHints } from '../../../src/ui/panels/measure-description';

const preset = presetById('april-2026-escalation')!;
const measure = (s: typeof preset, id: string) => s.policies.find((p) => p.id === id)!;

describe('describeMeasure', () => {
  it("names the US outbound rule's lines as set, never the template's fixed 1e25 once the line moved", () => {
    expect(describeMeasure(measure(preset, 'us-outbound'))).toContain(
      'above 1e25 FLOP (1e24 for biological models) are prohibited; above 1e23, notifiable.',
    );
    const lowered = setParam(preset, 'us-outbound', 'prohibitedComputeFlop', 3e24);
    const text = describeMeasure(measure(lowered, 'us-outbound'));
    expect(text).toContain('above 3e24 FLOP');
    expect(text).not.toContain('1e25');
    expect(text).toContain('China, Hong Kong and Macau');
  });

  it('says no deal is merely notifiable when the prohibited line is not above the notifiable one', () => {
    const s = setParam(preset, 'us-outbound', 'prohibitedComputeFlop', 1e22);
    expect(describeMeasure(measure(s, 'us-outbound'))).toMatch(/no deal merely notifiable/);
  });

  it('follows the chip rule with the performance test this scenario applies', () => {
    expect(describeMeasure(measure(preset, 'export-controls'))).toMatch(
      /In this scenario: the Oct 2023 test/,
    );
    let s = setParam(preset, 'export-controls', 'ruleVersion', 'custom');
    s = setParam(s, 'export-controls', 'tppThreshold', 3000);
    expect(describeMeasure(measure(s, 'export-controls'))).toMatch(/custom tests, TPP ≥ 3,000/);
  });
});

describe('settingHints', () => {
  it('hints at a prohibited line set below the notifiable line, and only then', () => {
    expect(settingHints(measure(preset, 'us-outbound'))).toEqual({});
    const s = setParam(preset, 'us-outbound', 'prohibitedComputeFlop', 1e22);
    const hints = settingHints(measure(s, 'us-outbound'));
    expect(hints.prohibitedComputeFlop).toMatch(
      /prohibited line \(1e22\) is below the notifiable line \(1e23\)/,
    );
    expect(hints.biologicalComputeFlop).toMatch(/above the prohibited line/);
    expect(settingHints(measure(preset, 'export-controls'))).toEqual({});
  });
});
