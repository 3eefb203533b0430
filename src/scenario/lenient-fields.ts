/**
 * Field readers shared by the lenient scenario reader: each keeps a valid value, repairs what it can (cuts an
 * over-long string) and otherwise falls back, logging one plain-words notice per problem.
 */
import { clip, describeValue, formatCount, type NoticeLog, truncate } from './notice';

/** How a text field is read: its name in words, its cap, and what to use instead. */
export interface TextRule {
  /** The field in words, e.g. "title" or "measure 2's title". */
  readonly label: string;
  /** The longest text kept; longer text is cut to this many UTF-16 units. */
  readonly max: number;
  /** The value used when the text is missing or unreadable. */
  readonly fallback: string;
  /** Where the fallback comes from, in words, e.g. "the preset's title". */
  readonly fallbackName: string;
  /** Whether '' is acceptable (descriptions) or replaced by the fallback (titles). */
  readonly allowEmpty?: boolean;
}

/** Read a text field: keep it, cut it to `max`, or fall back. */
export function readText(value: unknown, path: string, rule: TextRule, log: NoticeLog): string {
  const instead = `so ${rule.fallbackName}${rule.fallback ? ` ('${clip(rule.fallback)}')` : ''} is used`;
  if (typeof value !== 'string') {
    log.add(
      path,
      value === undefined
        ? `The ${rule.label} was missing, ${instead}.`
        : `The ${rule.label} could not be read (${describeValue(value)} instead of text), ${instead}.`,
    );
    return rule.fallback;
  }
  if (!value && !rule.allowEmpty) {
    log.add(path, `The ${rule.label} was empty, ${instead}.`);
    return rule.fallback;
  }
  if (value.length > rule.max) {
    log.add(
      path,
      `The ${rule.label} was ${formatCount(value.length)} characters long, so it was cut to ${rule.max}.`,
    );
    return truncate(value, rule.max);
  }
  return value;
}

/** Log one notice for each field of an object that the reader does not know, and ignore the field. */
export function noteUnknownKeys(
  value: Record<string, unknown>,
  known: ReadonlySet<string>,
  path: string,
  what: string,
  log: NoticeLog,
): void {
  for (const key of Object.keys(value)) {
    if (known.has(key)) continue;
    log.add(
      path ? `${path}.${key}` : key,
      `The field '${clip(key)}' is not part of ${what} that this version of Yardstick knows, so it was ignored.`,
    );
  }
}

/** Format a default value for a notice: `1e+25`, `on`, `'2023'`, `US, CN`. */
export function formatValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `'${clip(value)}'`;
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    if (value.every((v) => typeof v === 'string')) return clip(value.join(', '), 60);
    return `${value.length} item${value.length === 1 ? '' : 's'}`;
  }
  return describeValue(value);
}
