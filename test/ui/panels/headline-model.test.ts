/**
 * The headline numbers: the yard beside what was captured, with deltas against a baseline and a line where a
 * number cannot move while the yard does. Worked example: the prohibited line lowered from 1e25 to 1e23 FLOP.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { asciiWords } from '../../../src/i18n/allowed-latin';
import { zhCN } from '../../../src/i18n/messages/zh-CN';
import {
  cardLines,
  deltaText,
  headlineChangeList,
  headlines,
  rowOf,
  rowText,
  signed,
} from '../../../src/ui/panels/headline-model';
import { headlineWords } from '../../../src/ui/panels/headline-words';
import { runPreset } from '../../fixtures/small';
import { loweredLine } from '../../fixtures/worked-example';

let example: Awaited<ReturnType<typeof loweredLine>>;
beforeAll(async () => {
  example = await loweredLine();
});

describe('headlines', () => {
  it('reads the yard and the captured numbers of each card at the as-of quarter, without deltas alone', () => {
    const { result } = runPreset('april-2026-escalation');
    const cards = headlines(result);
    expect(cards.map((c) => c.id)).toEqual(['combined', ...result.measures.map((m) => m.policyId)]);
    const h = result.historyQuarters - 1;
    const combined = cards[0]!;
    expect(rowOf(combined, 'in-scope').value).toBe(result.combined.companiesInScope[h]);
    expect(rowOf(combined, 'in-scope-stopped').value).toBe(result.combined.companiesInScopeStopped[h]);
    expect(rowOf(combined, 'in-scope-reported').value).toBe(
      result.combined.companiesInScope[h]! - result.combined.companiesInScopeStopped[h]!,
    );
    expect(rowOf(combined, 'companies').value).toBe(result.combined.companiesCumulative[h]);
    expect(rowOf(combined, 'horizon').value).toBe(result.combined.companiesCumulative.at(-1));
    expect(rowOf(combined, 'deals').value).toBe(
      result.combined.deals.slice(0, h + 1).reduce((a, b) => a + b, 0),
    );
    expect(combined.rows.every((r) => r.delta === null && r.note === null)).toBe(true);
    expect(rowOf(combined, 'in-scope').label).toBe(`Companies in scope at ${result.quarters[h]}`);
  });

  it('shows the yard moving when the prohibited line drops to 1e23, and says why captured does not', () => {
    const { result, baseline } = example;
    const [card] = headlines(result, baseline);
    expect(card!.id).toBe('us-outbound');
    const stopped = rowOf(card!, 'in-scope-stopped');
    const h = result.historyQuarters - 1;
    expect(stopped.baseline).toBe(baseline.combined.companiesInScopeStopped[h]);
    expect(stopped.value).toBe(result.combined.companiesInScopeStopped[h]);
    expect(stopped.delta).toBeGreaterThan(10);
    expect(deltaText(stopped, 'preset')).toBe(`+${stopped.delta} vs preset`);
    expect(deltaText(stopped, 'compare')).toBe(`+${stopped.delta} vs compare`);
    // The reported tier loses what the stopped tier gains; the yard as a whole stays.
    expect(rowOf(card!, 'in-scope-reported').delta).toBe(-stopped.delta!);
    expect(rowOf(card!, 'in-scope').delta).toBe(0);
    expect(deltaText(rowOf(card!, 'in-scope'), 'preset')).toBeNull();
    // Captured to the as-of date cannot move: a line says so.
    const captured = rowOf(card!, 'companies');
    expect(captured.delta).toBe(0);
    expect(captured.note).toMatch(/does not move with the yard/);
    // One line per card: the companies with a deal stopped did not move either, and carry none.
    expect(rowOf(card!, 'stopped').delta).toBe(0);
    expect(card!.rows.filter((r) => r.note)).toHaveLength(1);
  });

  it('counts a measure missing from the baseline as new, from 0', () => {
    const { result } = runPreset('april-2026-escalation');
    const none = runPreset('no-measures').result;
    const cards = headlines(result, none);
    expect(cards.slice(1).every((c) => c.newInBaseline)).toBe(true);
    const captured = rowOf(cards[0]!, 'horizon');
    expect(captured.baseline).toBe(0);
    expect(captured.delta).toBe(captured.value);
  });
});

describe('headlineChangeList', () => {
  it('lists every headline that changed, the yard included, and nothing for the same run', () => {
    const { result, baseline } = example;
    const changes = headlineChangeList(result, baseline);
    expect(changes.map((c) => c.key)).toEqual(['in-scope-stopped', 'in-scope-reported']);
    const h = result.historyQuarters - 1;
    const before = baseline.combined.companiesInScopeStopped[h]!;
    const after = result.combined.companiesInScopeStopped[h]!;
    expect(changes[0]!.text).toBe(
      `US outbound investment rule — Companies in scope at ${result.quarters[h]} whose deals would be stopped: ${before} → ${after} (+${after - before})`,
    );
    expect(changes.every((c) => c.yard)).toBe(true);
    expect(headlineChangeList(result, result)).toEqual([]);
  });

  it('lists a measure only the baseline has as going to 0', () => {
    const { result } = runPreset('april-2026-escalation');
    const none = runPreset('no-measures').result;
    const gone = headlineChangeList(none, result);
    expect(gone.length).toBeGreaterThan(0);
    expect(gone.every((c) => c.delta < 0 && c.text.includes('(not in this scenario)'))).toBe(true);
  });
});

describe('text', () => {
  it('writes signed deltas with a minus sign and every row of a card as a line', () => {
    expect(signed(7)).toBe('+7');
    expect(signed(-3)).toBe('−3');
    expect(signed(0)).toBe('no change');
    const { result } = runPreset('us-outbound-2025');
    const [card] = headlines(result);
    const lines = cardLines(card!);
    expect(lines).toHaveLength(card!.rows.length);
    expect(lines[0]).toBe(`${card!.title} — ${rowText(card!.rows[0]!)}`);
    expect(rowText(rowOf(card!, 'in-scope'))).toMatch(/^Companies in scope at \d{4}Q\d: \d+$/);
  });
});

describe('headlines in Chinese', () => {
  const zh = headlineWords('zh-CN', zhCN);

  it('has the same numbers as English, and labels, notes and deltas without English words', () => {
    const { result, baseline } = example;
    const english = headlines(result, baseline);
    const chinese = headlines(result, baseline, zh);
    const numbers = (cards: typeof english) =>
      cards.map((c) => [
        c.id,
        c.newInBaseline,
        c.rows.map((r) => [r.key, r.value, r.baseline, r.delta, r.yard]),
      ]);
    expect(numbers(chinese)).toEqual(numbers(english));
    const card = chinese[0]!;
    const asOf = result.quarters[result.historyQuarters - 1]!;
    expect(rowOf(card, 'in-scope').label).toBe(`${asOf} 在范围内的企业`);
    expect(rowOf(card, 'in-scope-stopped').long).toBe(`${asOf} 在范围内、其交易将被阻止的企业`);
    const stopped = rowOf(card, 'in-scope-stopped');
    expect(deltaText(stopped, 'preset', zh)).toBe(`+${stopped.delta}（对比预设）`);
    expect(deltaText(stopped, 'compare', zh)).toBe(`+${stopped.delta}（对比比较情景）`);
    expect(signed(0, zh)).toBe('无变化');
    expect(rowOf(card, 'companies').note).toContain('不随“小院”变化');
    const text = card.rows.flatMap((r) => [r.label, r.long, r.note ?? '', deltaText(r, 'preset', zh) ?? '']);
    expect(asciiWords(text.join('\n'))).toEqual([]);
  });

  it('titles the combined card in Chinese and counts with the locale', () => {
    const { result } = runPreset('april-2026-escalation');
    const [combined] = headlines(result, null, zh);
    expect(combined!.title).toBe('全部措施合计');
    expect(asciiWords(combined!.rows.map((r) => r.long).join('\n'))).toEqual([]);
    expect(zh.count(12345.4)).toBe('12,345');
    expect(signed(-1234, zh)).toBe('−1,234');
  });
});
