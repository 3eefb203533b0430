/**
 * Who moved: the companies whose standing at the data's as-of date (out of scope, in scope, its deals would be
 * stopped) differs between two runs on the same index — a scenario and its baseline — and, for each, the test
 * that moved it: the finding of the company's explanation (explain.ts) that is met in one run and not in the
 * other, or whose line moved, with its value, threshold and margin.
 */
import type { DatasetIndex } from './dataset/index-dataset';
import { STOPPED_MIN_CODE } from './outcomes';
import type { Finding } from './policy';
import { lastDayOf, ordinalOf } from './quarter';
import { type PreparedMeasure, prepareMeasures, type RunSpec } from './run';
import { STANDING } from './scope-count';
import type { ResultDetail, SimulationResult } from './simulate';
import { statusOn } from './timeline';

/** A company's standing at the as-of date. */
export type Standing = 'out-of-scope' | 'in-scope' | 'stopped';

const STANDING_NAMES: readonly Standing[] = ['out-of-scope', 'in-scope', 'stopped'];

/** The standing of a code of `ResultDetail.standing`. */
export function standingName(code: number): Standing {
  return STANDING_NAMES[code] ?? 'out-of-scope';
}

/** What a run needs for its moves: its measures' ids and their standings per company. */
export type StandingRun = Pick<SimulationResult, 'measures'> & {
  readonly detail: Pick<ResultDetail, 'standing'>;
};

/** One measure's part in a company's move. */
export interface MeasureMove {
  readonly policyId: string;
  readonly from: Standing;
  readonly to: Standing;
}

/** A company whose combined standing differs between the baseline and the scenario. */
export interface Move {
  /** Position of the company in the index. */
  readonly company: number;
  readonly id: string;
  readonly name: string;
  /** All measures combined (the most severe standing across measures). */
  readonly from: Standing;
  readonly to: Standing;
  /** The measures under which its standing changed (a measure missing from one run counts as out of scope). */
  readonly measures: readonly MeasureMove[];
}

/** Standing codes per measure id, and combined (the most severe), of company c. */
function standingsOf(run: StandingRun, c: number): { byMeasure: Map<string, number>; combined: number } {
  const byMeasure = new Map<string, number>();
  let combined: number = STANDING.out;
  run.measures.forEach((m, i) => {
    const code = run.detail.standing[i]?.[c] ?? STANDING.out;
    byMeasure.set(m.policyId, code);
    combined = Math.max(combined, code);
  });
  return { byMeasure, combined };
}

/**
 * The companies whose combined standing at the as-of date differs from `baseline` to `scenario` (two runs on the
 * same index), those newly affected first (their standing rose), then by name. The count of companies that rose
 * to "stopped" (or fell from it) is the change in `companiesInScopeStopped` at the as-of quarter, and likewise
 * for "in scope" and `companiesInScope`.
 */
export function movesBetween(index: DatasetIndex, baseline: StandingRun, scenario: StandingRun): Move[] {
  const out: Move[] = [];
  const ids = [...new Set([...baseline.measures, ...scenario.measures].map((m) => m.policyId))];
  for (let c = 0; c < index.companies.count; c++) {
    const before = standingsOf(baseline, c);
    const after = standingsOf(scenario, c);
    if (before.combined === after.combined) continue;
    const measures = ids.flatMap((policyId): MeasureMove[] => {
      const a = before.byMeasure.get(policyId) ?? STANDING.out;
      const b = after.byMeasure.get(policyId) ?? STANDING.out;
      return a === b ? [] : [{ policyId, from: standingName(a), to: standingName(b) }];
    });
    const company = index.dataset.companies[c]!;
    out.push({
      company: c,
      id: company.id,
      name: company.name,
      from: standingName(before.combined),
      to: standingName(after.combined),
      measures,
    });
  }
  const rank = (s: Standing) => STANDING_NAMES.indexOf(s);
  const rose = (m: Move) => rank(m.to) > rank(m.from);
  return out.sort((a, b) => Number(rose(b)) - Number(rose(a)) || a.name.localeCompare(b.name));
}

/** Why one measure's standing of a company moved: the test that changed, as it reads in each run. */
export interface MoveReason {
  readonly policyId: string;
  readonly title: string;
  /** The test in the scenario (null when the measure is not in it, or no test changed). */
  readonly finding: Finding | null;
  /** The same test in the baseline (null when the measure is not in it). */
  readonly before: Finding | null;
  /** Set when no single test explains it: the measure was added, removed, switched or re-dated. */
  readonly note: string | null;
}

const testKey = (f: Finding) => `${f.clause}\n${f.test}`;

/** The finding that moved: met in one run and not the other; else one whose line or value moved. */
function movedFinding(
  before: readonly Finding[],
  after: readonly Finding[],
): [Finding, Finding | null] | null {
  const old = new Map(before.map((f) => [testKey(f), f]));
  const pairs = after.map((f) => [f, old.get(testKey(f)) ?? null] as const);
  const flipped = pairs.find(([f, b]) => !b || b.met !== f.met);
  if (flipped) return [flipped[0], flipped[1]];
  const moved = pairs.find(([f, b]) => b && (b.threshold !== f.threshold || b.value !== f.value));
  return moved ? [moved[0], moved[1]] : null;
}

/**
 * The day standings are read on: the end of the data's as-of quarter, within the horizon — where the headline
 * "in scope" numbers and `ResultDetail.standing` read them (a model released later in that quarter counts).
 */
export function standingDay(index: DatasetIndex, spec: RunSpec): number {
  const first = ordinalOf(spec.horizon.from);
  const last = ordinalOf(spec.horizon.to);
  return lastDayOf(Math.max(first, Math.min(last, index.asOfOrdinal)));
}

/** The last few specs' prepared measures per index, by spec identity: the baseline's stays while a lever moves. */
const prepared = new WeakMap<DatasetIndex, { spec: RunSpec; measures: Map<string, PreparedMeasure> }[]>();
const PREPARED_KEPT = 2;

function preparedOf(index: DatasetIndex, spec: RunSpec): Map<string, PreparedMeasure> {
  const list = prepared.get(index) ?? [];
  const hit = list.find((e) => e.spec === spec);
  if (hit) return hit.measures;
  const measures = new Map(prepareMeasures(index, spec).map((m) => [m.instance.id, m]));
  list.unshift({ spec, measures });
  list.length = Math.min(list.length, PREPARED_KEPT);
  prepared.set(index, list);
  return measures;
}

/**
 * Explain each move: for every measure whose standing of the company changed, the test behind it in both
 * scenarios. Prepares each scenario's measures once for the whole list (and keeps the last two specs' per index,
 * so a baseline that stays is not prepared again).
 */
export function explainMoves(
  index: DatasetIndex,
  baselineSpec: RunSpec,
  spec: RunSpec,
  moves: readonly Move[],
): MoveReason[][] {
  const before = preparedOf(index, baselineSpec);
  const after = preparedOf(index, spec);
  const dayBefore = standingDay(index, baselineSpec);
  const dayAfter = standingDay(index, spec);
  const findings = (m: PreparedMeasure | undefined, c: number, day: number) =>
    m ? m.prepared.explainCompany(c, day) : null;
  return moves.map((move) =>
    move.measures.map((mm): MoveReason => {
      const a = before.get(mm.policyId);
      const b = after.get(mm.policyId);
      const title = (b ?? a)?.instance.title ?? mm.policyId;
      const fa = findings(a, move.company, dayBefore);
      const fb = findings(b, move.company, dayAfter);
      if (!fa || !fb)
        return {
          policyId: mm.policyId,
          title,
          finding: null,
          before: null,
          note: fb ? 'the measure is on here and not in the baseline' : 'the measure is not on here',
        };
      const moved = movedFinding(fa, fb);
      const redated = a?.instance.effectiveFrom !== b?.instance.effectiveFrom;
      return {
        policyId: mm.policyId,
        title,
        finding: moved?.[0] ?? null,
        before: moved?.[1] ?? null,
        note: moved ? null : redated ? 'the measure takes effect on another date' : 'several tests changed',
      };
    }),
  );
}

/**
 * Each company's standing (STANDING codes) under each enabled measure on a day — the per-company counterpart of
 * `companiesInScope` and `companiesInScopeStopped` when `day` is a quarter's end (what a drill-down into those
 * views lists).
 */
export function standingsOn(
  index: DatasetIndex,
  spec: RunSpec,
  day: number,
): { readonly policyId: string; readonly codes: Uint8Array }[] {
  return prepareMeasures(index, spec).map((m) => {
    const codes = new Uint8Array(index.companies.count);
    const scope = m.prepared.scope;
    for (let c = 0; c < codes.length; c++) {
      if (scope) {
        const status = statusOn(scope, c, day);
        codes[c] =
          status >= STOPPED_MIN_CODE ? STANDING.stopped : status > 0 ? STANDING.inScope : STANDING.out;
      } else codes[c] = m.prepared.inScope(c, day) ? STANDING.inScope : STANDING.out;
    }
    return { policyId: m.instance.id, codes };
  });
}
