/**
 * A scenario's view settings (`view` in the file format, scenarios/README.md): how it is shown. They are part of
 * the scenario, so a link, a file or an autosave opens as it was shared: `sourcedOnly` runs it on sourced records
 * only (no modeled population or projection), `dealsMetric` shows the deals chart by count or by known USD.
 * Unknown fields (from later versions) are kept as they are.
 */
import type { Scenario } from './schema';

export type DealsMetric = 'count' | 'usd';

/** Whether the scenario runs on sourced records only (default: no). */
export function sourcedOnlyOf(scenario: Pick<Scenario, 'view'>): boolean {
  return scenario.view?.sourcedOnly ?? false;
}

/** What the deals chart measures (default: the count of deals). */
export function dealsMetricOf(scenario: Pick<Scenario, 'view'>): DealsMetric {
  return scenario.view?.dealsMetric ?? 'count';
}

/** The scenario with a view setting changed; a setting back at its default is left out, and an empty view too. */
export function withView(
  scenario: Scenario,
  patch: { readonly sourcedOnly?: boolean; readonly dealsMetric?: DealsMetric },
): Scenario {
  const next: Record<string, unknown> = { ...scenario.view, ...patch };
  if (next.sourcedOnly === false) delete next.sourcedOnly;
  if (next.dealsMetric === 'count') delete next.dealsMetric;
  const { view: _, ...rest } = scenario;
  return Object.keys(next).length ? { ...rest, view: next } : rest;
}
