/**
 * Expected failures are values, not exceptions: a parser returns either the value or every problem it found.
 */

/** One problem with an input, located by a path such as `transactions[12].date`. */
export interface Issue {
  /** Where the problem is, e.g. `transactions[12].date` or `policies[0].params.prohibitedComputeFlop`. */
  readonly path: string;
  /** What is wrong, in plain words, e.g. `expected YYYY-MM-DD, got "2025-13-01"`. */
  readonly message: string;
}

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Wrap a value as a success. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wrap one or more issues as a failure. */
export function fail<T>(issues: readonly Issue[]): Result<T> {
  return { ok: false, issues };
}

/** Format an issue as one line: `path: message`. */
export function formatIssue(issue: Issue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}
