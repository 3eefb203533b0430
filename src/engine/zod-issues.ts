/**
 * Turn zod's issues into Yardstick's: a path like `transactions[12].date` and a message in plain words.
 */
import type { z } from 'zod';
import type { Issue } from './result';

/** Format a zod path as `a.b[3].c`. */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** Convert one zod issue to a plain-words issue. */
export function issueFromZod(issue: z.core.$ZodIssue, prefix = ''): Issue {
  const path = formatPath(issue.path, prefix);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      return {
        path,
        message:
          input === undefined
            ? `is required (${issue.expected})`
            : `expected ${issue.expected}, got ${describe(input)}`,
      };
    case 'invalid_value':
      return {
        path,
        message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(input)}`,
      };
    case 'unrecognized_keys':
      return {
        path,
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`,
      };
    case 'invalid_union':
      return {
        path,
        message: `does not match any allowed form${input === undefined ? '' : `, got ${describe(input)}`}`,
      };
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const word =
        issue.code === 'too_small'
          ? issue.inclusive
            ? 'at least'
            : 'more than'
          : issue.inclusive
            ? 'at most'
            : 'less than';
      const unit =
        issue.origin === 'string'
          ? ' characters'
          : issue.origin === 'array' || issue.origin === 'set'
            ? ' items'
            : '';
      const got =
        input === undefined
          ? ''
          : `, got ${issue.origin === 'string' && typeof input === 'string' ? `${input.length} characters` : Array.isArray(input) ? `${input.length} items` : describe(input)}`;
      return { path, message: `must be ${word} ${String(bound)}${unit}${got}` };
    }
    default:
      return { path, message: issue.message };
  }
}

/** Convert every issue of a failed zod parse. */
export function issuesFromZod(error: z.ZodError, prefix = ''): Issue[] {
  return error.issues.map((issue) => issueFromZod(issue, prefix));
}
