/**
 * The "Who moved" rows in words: each company's change of standing and the test that moved it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { explainMoves, movesBetween } from '../../../src/engine';
import { moveRows, reasonText } from '../../../src/ui/panels/who-moved-model';
import { loweredLine } from '../../fixtures/worked-example';

let example: Awaited<ReturnType<typeof loweredLine>>;
beforeAll(async () => {
  example = await loweredLine();
});

describe('moveRows', () => {
  it('says each company went from in scope to would be stopped, by the prohibited line, with the old line', () => {
    const { index, baseline, result, baselineSpec, spec } = example;
    const moves = movesBetween(index, baseline, result);
    const rows = moveRows(moves, explainMoves(index, baselineSpec, spec, moves));
    expect(rows.map((r) => r.id)).toEqual(moves.map((m) => m.id));
    for (const r of rows) {
      expect(r.change).toBe('in scope → would be stopped');
      expect(r.rose).toBe(true);
      expect(r.reasons).toHaveLength(1);
      expect(r.reasons[0]).toMatch(
        /^US outbound investment rule: A model trained with more than the prohibited line \(.+\) — \S+ FLOP against 1e23 FLOP \(was 1e25 FLOP\), [\d.]+× the line \[31 CFR 850\.224\(k\)\]$/,
      );
    }
  });

  it('lists rows without reasons until they are worked out', () => {
    const { index, baseline, result } = example;
    const moves = movesBetween(index, baseline, result);
    expect(moveRows(moves, []).every((r) => r.reasons.length === 0)).toBe(true);
  });
});

describe('reasonText', () => {
  it('says when no single test explains a move', () => {
    expect(
      reasonText({
        policyId: 'x',
        title: 'US crackdown on distillation',
        finding: null,
        before: null,
        note: 'the measure is not on here',
      }),
    ).toBe('US crackdown on distillation: the measure is not on here');
  });
});
