/**
 * Notices: what a lenient reader could not read and what it did instead, in plain words for the interface.
 * Untrusted text quoted in a notice is shortened, so a hostile 1 MB title cannot flood the screen; the interface
 * renders notices as text, never markup.
 */

/** One thing that could not be read as given, e.g. `{ path: 'policies[1].template', message: "Measure 2 …" }`. */
export interface Notice {
  /** Where in the scenario, as in parse issues: `policies[0].params.prohibitedComputeFlop`; '' for the whole. */
  readonly path: string;
  /** What was wrong and what was done about it, in plain words. */
  readonly message: string;
}

/** At most this many notices are listed; the rest are counted in one closing notice. */
export const MAX_NOTICES = 40;

/** Collects notices, capped at `MAX_NOTICES` so junk with thousands of faults gives a readable list. */
export class NoticeLog {
  private readonly items: Notice[] = [];
  private dropped = 0;

  /** Record one notice. */
  add(path: string, message: string): void {
    if (this.items.length < MAX_NOTICES) this.items.push({ path, message });
    else this.dropped++;
  }

  /** Record notices from elsewhere (e.g. a migration). */
  addAll(notices: readonly Notice[]): void {
    for (const n of notices) this.add(n.path, n.message);
  }

  /** Return the notices, with a closing count of any left unlisted. */
  list(): Notice[] {
    if (!this.dropped) return [...this.items];
    const more = `${this.dropped} more problem${this.dropped === 1 ? ' was' : 's were'} found and handled the same way.`;
    return [...this.items, { path: '', message: more }];
  }
}

/** Shorten untrusted text for quoting in a notice: at most `max` characters, never splitting a surrogate pair. */
export function clip(text: string, max = 40): string {
  return text.length <= max ? text : `${truncate(text, max - 1)}…`;
}

/** Cut a string to at most `max` UTF-16 units without leaving half a surrogate pair at the end. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** Describe an untrusted value briefly for a notice: `'abc'`, `42`, `a list`, `an object`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'empty';
  if (typeof value === 'string') return `'${clip(value)}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'an object';
}

/** Name measure `index` (0-based) for a notice: "Measure 2 ('tariffs')". */
export function measureName(index: number, name?: string): string {
  return name ? `Measure ${index + 1} ('${clip(name)}')` : `Measure ${index + 1}`;
}

/** Format a count with thousands separators (`1,048,576`), the same in every locale. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
