/**
 * The outcome vocabulary (public: used in links, files and the runner's output) and its severity order.
 * Stopped: prohibited, denied, blocked. Reviewed: licence-required, approval-required, notifiable.
 * Taxed: the deal goes ahead without review, but its gains bear a heavier tax (docs/SOURCES.md, "The
 * Patriotic Investment Act"). Excepted: would be caught but an exception applies; shown, never counted as captured.
 *
 * `taxed` ranks above `notifiable` (a notified deal is only reported; a taxed one costs its investors money) and
 * below `approval-required` (a review may refuse the deal; a tax never does), so the combined outcome — the most
 * severe — of a taxed deal that another measure reviews or stops is that review or stop.
 */

export const OUTCOMES = [
  'excepted',
  'notifiable',
  'taxed',
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
  taxed: 3,
  'approval-required': 4,
  'licence-required': 5,
  blocked: 6,
  denied: 7,
  prohibited: 8,
};

/** The outcome of a code (undefined for 0). */
export const OUTCOME_OF_CODE: readonly (Outcome | undefined)[] = [undefined, ...OUTCOMES];

/** Codes at or above this one count as captured. */
export const CAPTURED_MIN_CODE = OUTCOME_CODE.notifiable;

/** Codes at or above this one stop the deal. */
export const STOPPED_MIN_CODE = OUTCOME_CODE.blocked;
