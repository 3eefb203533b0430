/**
 * Model of the "Who moved" list: the companies whose standing at the as-of quarter changed against the baseline
 * (engine/moves.ts), each with the test that moved it in words — "Prohibited compute threshold: 3.4e23 FLOP
 * against 1e23 (was 1e25), 3.4× the line".
 */
import type { Finding, Move, MoveReason, Standing } from '../../engine';
import { formatMargin, formatValue } from '../format';

export const STANDING_WORDS: Record<Standing, string> = {
  'out-of-scope': 'out of scope',
  'in-scope': 'in scope',
  stopped: 'would be stopped',
};

export interface MoveRow {
  readonly id: string;
  readonly name: string;
  /** "in scope → would be stopped". */
  readonly change: string;
  /** The standing rose (newly affected) or fell. */
  readonly rose: boolean;
  /** One line per measure whose standing changed: "US outbound investment rule: … (31 CFR 850.224(k))". */
  readonly reasons: readonly string[];
}

function valueText(f: Finding, v: Finding['value'] | Finding['threshold']): string {
  return formatValue(v, f.unit);
}

function marginText(f: Finding): string {
  if (f.margin === undefined || !Number.isFinite(f.margin)) return '';
  return `, ${formatMargin(f.margin, f.marginKind, f.unit)}`;
}

/** One reason in words. */
export function reasonText(r: MoveReason): string {
  const f = r.finding;
  if (!f) return `${r.title}: ${r.note ?? 'several tests changed'}`;
  const was =
    r.before && r.before.threshold !== f.threshold && r.before.threshold !== undefined
      ? ` (was ${valueText(f, r.before.threshold)})`
      : '';
  const test = f.met ? f.test : `no longer: ${f.test}`;
  const against =
    f.value !== undefined && f.threshold !== undefined && f.threshold !== null
      ? ` — ${valueText(f, f.value)} against ${valueText(f, f.threshold)}${was}${marginText(f)}`
      : f.value !== undefined && f.value !== null
        ? ` — ${valueText(f, f.value)}`
        : '';
  const modeled = f.source?.kind === 'modeled' ? ', modeled' : '';
  const subject = f.subject ? ` (${f.subject.name}${modeled})` : '';
  return `${r.title}: ${test}${subject}${against} [${f.clause}]`;
}

/** The rows of the list, in the order of the moves (newly affected first). */
export function moveRows(moves: readonly Move[], reasons: readonly (readonly MoveReason[])[]): MoveRow[] {
  const rank = (s: Standing) => ['out-of-scope', 'in-scope', 'stopped'].indexOf(s);
  return moves.map((m, i) => ({
    id: m.id,
    name: m.name,
    change: `${STANDING_WORDS[m.from]} → ${STANDING_WORDS[m.to]}`,
    rose: rank(m.to) > rank(m.from),
    reasons: (reasons[i] ?? []).map(reasonText),
  }));
}
