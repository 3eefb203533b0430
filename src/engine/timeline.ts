/**
 * Per-company timelines: a status (a small integer) that changes only on known days — a relocation, a listing,
 * the release of a model above a line, a valuation, an effective date. A measure builds one per run by asking
 * its status on each change day, instead of on every deal or at every quarter's end; a run then reads a
 * company's status on a day from a handful of breakpoints, and counts companies in scope per quarter by walking
 * them. The status function stays the single statement of the rule: the timeline only says when to ask it.
 */
import type { DayNumber } from './dates';
import { borrow, giveBack } from './scratch';

/** Where change days are pushed: an array, or the reusable list `buildTimeline` passes. */
export interface DaySink {
  push(day: DayNumber): unknown;
}

/** A reusable list of days (a plain array cleared with `length = 0` would drop its storage every time). */
class DayList implements DaySink {
  days = new Int32Array(16);
  size = 0;

  push(day: DayNumber): void {
    if (this.size === this.days.length) {
      const grown = new Int32Array(this.size * 2);
      grown.set(this.days);
      this.days = grown;
    }
    this.days[this.size++] = day;
  }

  /** Sort the days and drop duplicates (insertion sort: a company has a handful). */
  sortUnique(): void {
    const days = this.days;
    for (let i = 1; i < this.size; i++) {
      const d = days[i]!;
      let j = i - 1;
      while (j >= 0 && days[j]! > d) {
        days[j + 1] = days[j]!;
        j--;
      }
      days[j + 1] = d;
    }
    let w = 0;
    for (let r = 0; r < this.size; r++) if (r === 0 || days[r] !== days[w - 1]) days[w++] = days[r]!;
    this.size = w;
  }
}

/** The earliest day: every company's first breakpoint starts here. */
export const SINCE_EVER = -2147483648;

/**
 * Breakpoints in CSR layout: company c's are `start[c] .. start[c+1] - 1`, in increasing day order; status
 * `status[k]` holds from `day[k]` (inclusive) until the next breakpoint's day. The first breakpoint of each
 * company is at SINCE_EVER, and consecutive breakpoints of a company have different statuses.
 */
export interface Timeline {
  readonly start: Int32Array;
  readonly day: Int32Array;
  readonly status: Uint8Array;
}

/** Collects the breakpoints of one company after another (in borrowed storage: scratch.ts). */
class TimelineBuilder {
  readonly start: Int32Array;
  private day: Int32Array;
  private status: Uint8Array;
  private size = 0;
  private first = 0;

  constructor(count: number, capacity: number) {
    this.start = new Int32Array(count + 1);
    const length = Math.max(capacity, 16);
    this.day = new Int32Array(borrow('timeline.day', 4 * length), 0, length);
    this.status = new Uint8Array(borrow('timeline.status', length), 0, length);
  }

  /** Start company `c`'s breakpoints. Companies must be begun in order 0, 1, 2, … */
  begin(c: number): void {
    this.start[c] = this.size;
    this.first = this.size;
  }

  /** Add a breakpoint to the current company, unless its status equals the previous one's. */
  push(day: DayNumber, status: number): void {
    const n = this.size;
    if (n > this.first && this.status[n - 1] === status) return;
    if (n === this.day.length) {
      const days = new Int32Array(n * 2);
      days.set(this.day);
      const statuses = new Uint8Array(n * 2);
      statuses.set(this.status);
      this.day = days;
      this.status = statuses;
    }
    this.day[n] = day;
    this.status[n] = status;
    this.size = n + 1;
  }

  /** Return the timeline (its own copy of the breakpoints) and give the storage back. */
  finish(count: number): Timeline {
    this.start[count] = this.size;
    const timeline = {
      start: this.start,
      day: this.day.slice(0, this.size),
      status: this.status.slice(0, this.size),
    };
    giveBack('timeline.day', this.day.buffer as ArrayBuffer);
    giveBack('timeline.status', this.status.buffer as ArrayBuffer);
    return timeline;
  }
}

/**
 * Build a timeline for `count` companies. `changeDays(c, out)` pushes every day on which company c's status may
 * differ from the day before (extra days are harmless; a missing one is a bug); `statusAt(c, day)` is the rule.
 */
export function buildTimeline(
  count: number,
  changeDays: (company: number, out: DaySink) => void,
  statusAt: (company: number, day: DayNumber) => number,
): Timeline {
  const builder = new TimelineBuilder(count, count * 2);
  const list = new DayList();
  for (let c = 0; c < count; c++) {
    builder.begin(c);
    builder.push(SINCE_EVER, statusAt(c, SINCE_EVER));
    list.size = 0;
    changeDays(c, list);
    list.sortUnique();
    for (let k = 0; k < list.size; k++) {
      const d = list.days[k]!;
      if (d > SINCE_EVER) builder.push(d, statusAt(c, d));
    }
  }
  return builder.finish(count);
}

/** Return a function that builds a value on its first call and returns the same value after (timelines cost
 * O(companies) to build; an explanation that evaluates a few deals never needs them). */
export function once<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

/** Return company c's status on a day. */
export function statusOn(timeline: Timeline, c: number, day: DayNumber): number {
  const { start, day: days, status } = timeline;
  let k = start[c]!;
  const end = start[c + 1]!;
  while (k + 1 < end && days[k + 1]! <= day) k++;
  return status[k]!;
}

/**
 * Derive a timeline: each status mapped by `map`, and 0 outside `[fromDay, toDay]` (a measure's effective
 * window). Costs one pass over the breakpoints; the rule is not asked again.
 */
export function deriveTimeline(
  timeline: Timeline,
  map: (status: number) => number,
  fromDay: DayNumber,
  toDay: DayNumber,
): Timeline {
  const count = timeline.start.length - 1;
  const builder = new TimelineBuilder(count, timeline.day.length + 2 * count);
  const { start, day, status } = timeline;
  for (let c = 0; c < count; c++) {
    builder.begin(c);
    builder.push(SINCE_EVER, 0);
    const end = start[c + 1]!;
    for (let k = start[c]!; k < end; k++) {
      const from = Math.max(day[k]!, fromDay);
      const until = k + 1 < end ? day[k + 1]! - 1 : toDay;
      if (from > Math.min(until, toDay)) continue;
      builder.push(from, map(status[k]!));
    }
    if (toDay < 2147483647) builder.push(toDay + 1, 0);
  }
  return builder.finish(count);
}
