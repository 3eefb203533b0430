/**
 * Per-company facts about models that several measures test: the first day a company had a model above a
 * compute line, and its largest model up to a day.
 */
import { type DatasetIndex, FOREVER } from './dataset/index-dataset';
import type { DayNumber } from './dates';
import { Memo } from './memo';

/**
 * Return, per company, the first day it released a model with training compute strictly greater than
 * `thresholdFlop` (FOREVER if never), and which model that was (-1 if none). With `biologicalOnly`, only
 * models trained primarily on biological sequence data count.
 */
export function firstDayAbove(
  index: DatasetIndex,
  thresholdFlop: number,
  biologicalOnly = false,
): FirstAbove {
  let memo = firstAboveMemo.get(index);
  if (!memo) {
    memo = new Memo<FirstAbove>(8);
    firstAboveMemo.set(index, memo);
  }
  return memo.get(`${thresholdFlop}|${biologicalOnly}`, () =>
    computeFirstDayAbove(index, thresholdFlop, biologicalOnly),
  );
}

/** Per company: the first day above a compute line, and the model. Shared between callers: read-only. */
interface FirstAbove {
  readonly day: Int32Array;
  readonly model: Int32Array;
}

/** The last few lines asked for, per index (a slider moves one line; the measures' other lines stay). */
const firstAboveMemo = new WeakMap<DatasetIndex, Memo<FirstAbove>>();

function computeFirstDayAbove(
  index: DatasetIndex,
  thresholdFlop: number,
  biologicalOnly: boolean,
): FirstAbove {
  const n = index.companies.count;
  const day = new Int32Array(n).fill(FOREVER);
  const model = new Int32Array(n).fill(-1);
  const { company, day: modelDay, computeFlop, biological } = index.models;
  for (let m = 0; m < index.models.count; m++) {
    const c = company[m]!;
    if (c < 0) continue;
    if (biologicalOnly && !biological[m]) continue;
    if (!(computeFlop[m]! > thresholdFlop)) continue;
    if (modelDay[m]! < day[c]!) {
      day[c] = modelDay[m]!;
      model[c] = m;
    }
  }
  return { day, model };
}

/** Return the model with the most training compute a company released on or before `day` (-1 if none known). */
export function largestModelBy(
  index: DatasetIndex,
  company: number,
  day: DayNumber,
  biologicalOnly = false,
): number {
  let best = -1;
  for (const m of index.companies.models[company] ?? []) {
    if (index.models.day[m]! > day) break;
    if (biologicalOnly && !index.models.biological[m]) continue;
    const flop = index.models.computeFlop[m]!;
    if (!Number.isNaN(flop) && (best < 0 || flop > index.models.computeFlop[best]!)) best = m;
  }
  return best;
}

/** Return the latest valuation (USD) of a company on or before `day`, or NaN. */
export function valuationAt(index: DatasetIndex, company: number, day: DayNumber): number {
  let usd = Number.NaN;
  const valuations = index.companies.valuations[company];
  if (!valuations) return usd;
  for (const v of valuations) {
    if (v.day > day) break;
    usd = v.usd;
  }
  return usd;
}
