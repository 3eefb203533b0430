/**
 * The clauses every measure tests the same way, written once: a deal is in force (dated within the measure's
 * effective dates), and a company's HQ on the deal date is in a list of countries.
 */
import { type DatasetIndex, hqAt } from './dataset/index-dataset';
import { type DayNumber, isoOf } from './dates';
import type { Finding, PolicyRun } from './policy';

type Subject = Pick<Finding, 'subject' | 'source'>;

/** "<What> on or after the effective date": met when `day` is within the measure's effective dates. */
export function inForceFinding(
  run: Pick<PolicyRun, 'fromDay' | 'toDay'>,
  day: DayNumber,
  clause: string,
  what: string,
  subject: Subject,
): Finding {
  return {
    clause,
    test: `${what} on or after the effective date`,
    met: day >= run.fromDay && day <= run.toDay,
    value: isoOf(day),
    threshold: isoOf(run.fromDay),
    margin: day - run.fromDay,
    marginKind: 'days',
    ...subject,
  };
}

/** "<Who> headquartered in <countries>" (or "Headquartered in …" without a who) on `day` (after relocations), linked to the countries parameter. */
export function hqFinding(
  index: DatasetIndex,
  company: number,
  day: DayNumber,
  countries: readonly string[],
  clause: string,
  who: string,
  param: string,
  subject: Subject,
): Finding {
  const hq = index.countries[hqAt(index, company, day)] ?? null;
  return {
    clause,
    test: `${who ? `${who} headquartered` : 'Headquartered'} in ${countries.join(', ')}`,
    met: hq !== null && countries.includes(hq),
    value: hq,
    ...subject,
    param,
  };
}
