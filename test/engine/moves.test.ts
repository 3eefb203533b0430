/**
 * Who moved: the companies whose standing at the as-of quarter differs between two runs, each with the test
 * that moved it. Worked example: the US outbound rule's prohibited line lowered from 1e25 to 1e23 FLOP.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { explainMoves, movesBetween, STANDING, simulate, standingDay, standingsOn } from '../../src/engine';
import { runSpecOf } from '../../src/scenario/run-spec';
import { setEnabled } from '../../src/state/scenario-edits';
import { loweredLine } from '../fixtures/worked-example';

let example: Awaited<ReturnType<typeof loweredLine>>;
beforeAll(async () => {
  example = await loweredLine();
});

describe('movesBetween', () => {
  it('lists exactly the companies the "would be stopped" count gains when the prohibited line drops to 1e23', () => {
    const { index, baseline, result } = example;
    const moves = movesBetween(index, baseline, result);
    const h = result.historyQuarters - 1;
    const gained =
      result.combined.companiesInScopeStopped[h]! - baseline.combined.companiesInScopeStopped[h]!;
    expect(gained).toBeGreaterThan(10);
    expect(moves).toHaveLength(gained);
    // Nobody enters or leaves the yard (the notifiable line is 1e23 in both): they move up a tier.
    expect(result.combined.companiesInScope[h]).toBe(baseline.combined.companiesInScope[h]);
    for (const m of moves) {
      expect(m).toMatchObject({ from: 'in-scope', to: 'stopped' });
      expect(m.measures).toEqual([{ policyId: 'us-outbound', from: 'in-scope', to: 'stopped' }]);
      expect(result.detail.standing[0]![m.company]).toBe(STANDING.stopped);
      expect(baseline.detail.standing[0]![m.company]).toBe(STANDING.inScope);
    }
    // Sorted by name within the direction.
    const names = moves.map((m) => m.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('lists the same companies falling back when the line goes up again', () => {
    const { index, baseline, result } = example;
    const back = movesBetween(index, result, baseline);
    expect(back.map((m) => m.id).sort()).toEqual(
      movesBetween(index, baseline, result)
        .map((m) => m.id)
        .sort(),
    );
    expect(back.every((m) => m.from === 'stopped' && m.to === 'in-scope')).toBe(true);
  });

  it('lists nobody for the same run, and everyone in the yard when the measure is switched off', () => {
    const { index, baseline, preset } = example;
    expect(movesBetween(index, baseline, baseline)).toEqual([]);
    const off = simulate(index, runSpecOf(setEnabled(preset, 'us-outbound', false)));
    const gone = movesBetween(index, baseline, off);
    const h = baseline.historyQuarters - 1;
    expect(gone).toHaveLength(baseline.combined.companiesInScope[h]!);
    expect(gone.every((m) => m.to === 'out-of-scope' && m.measures[0]!.to === 'out-of-scope')).toBe(true);
  });
});

describe('explainMoves', () => {
  it('names the prohibited-line test, met now and not before, with its value, the new line and the margin', () => {
    const { index, baseline, result, baselineSpec, spec } = example;
    const moves = movesBetween(index, baseline, result);
    const reasons = explainMoves(index, baselineSpec, spec, moves);
    expect(reasons).toHaveLength(moves.length);
    for (const [reason] of reasons) {
      expect(reason!.note).toBeNull();
      expect(reason!.finding).toMatchObject({ clause: '31 CFR 850.224(k)', met: true, threshold: 1e23 });
      expect(reason!.before).toMatchObject({ clause: '31 CFR 850.224(k)', met: false, threshold: 1e25 });
      const value = reason!.finding!.value as number;
      expect(value).toBeGreaterThan(1e23);
      expect(value).toBeLessThanOrEqual(1e25);
      expect(reason!.finding!.margin).toBeCloseTo(value / 1e23);
    }
  });

  it('says a measure is not on when it was switched off', () => {
    const { index, baseline, preset, baselineSpec } = example;
    const offScenario = setEnabled(preset, 'us-outbound', false);
    const off = simulate(index, runSpecOf(offScenario));
    const moves = movesBetween(index, baseline, off).slice(0, 2);
    const reasons = explainMoves(index, baselineSpec, runSpecOf(offScenario), moves);
    expect(reasons.map((r) => r[0]!.note)).toEqual([
      'the measure is not on here',
      'the measure is not on here',
    ]);
  });
});

describe('standingsOn', () => {
  it('at the as-of quarter end, agrees with the standings the run keeps and the counts it reports', () => {
    const { index, result, spec } = example;
    const h = result.historyQuarters - 1;
    const [outbound] = standingsOn(index, spec, standingDay(index, spec));
    expect(Array.from(outbound!.codes)).toEqual(Array.from(result.detail.standing[0]!));
    expect(outbound!.codes.filter((c) => c === STANDING.stopped).length).toBe(
      result.combined.companiesInScopeStopped[h],
    );
    expect(outbound!.codes.filter((c) => c !== STANDING.out).length).toBe(
      result.combined.companiesInScope[h],
    );
  });
});
