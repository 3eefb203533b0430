/**
 * The outcome vocabulary (public: used in links, files and the runner's output) and its severity order.
 * Stopped: prohibited, denied, blocked. Reviewed: licence-required, approval-required, notifiable.
 * Excepted: would be caught but an exception applies; shown, never counted as captured.
 */

export const OUTCOMES = [
  'excepted',
  'notifiable',
  'approval-required',
  'licence-required',
  'blocked',
  'denied',
  'prohibited',
] as const;

export type Outcome = (typeof OUTCOMES)[number];

/** Outcome codes are severities: 0 = not caught, higher = more severe. A combined outcome is the maximum. */
export const OUTCOME_CODE: Readonly<Record<Outcome, number>> = {
  excepted: 1,
  notifiable: 2,
  'approval-required': 3,
  'licence-required': 4,
  blocked: 5,
  denied: 6,
  prohibited: 7,
};

/** The outcome of a code (undefined for 0). */
export const OUTCOME_OF_CODE: readonly (Outcome | undefined)[] = [undefined, ...OUTCOMES];

/** Codes at or above this one count as captured. */
export const CAPTURED_MIN_CODE = OUTCOME_CODE.notifiable;

/** Codes at or above this one stop the deal. */
export const STOPPED_MIN_CODE = OUTCOME_CODE.blocked;

/** Say which band an outcome belongs to. */
export function bandOf(outcome: Outcome): 'stopped' | 'reviewed' | 'excepted' {
  const code = OUTCOME_CODE[outcome];
  if (code >= STOPPED_MIN_CODE) return 'stopped';
  return code >= CAPTURED_MIN_CODE ? 'reviewed' : 'excepted';
}
