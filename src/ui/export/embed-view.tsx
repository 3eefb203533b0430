/**
 * The embed view (`?embed=<chart>` plus the scenario's link in the fragment): one chart and a credit line, with
 * no menus, no measures and no editing controls, for an iframe in another page. The scenario comes from the
 * link like any shared link; "Open in Yardstick" opens the full app on it.
 */
import type { ResultSummary } from '../../engine';
import { encodeLink } from '../../scenario/link';
import { useAppStore } from '../../state/use-app-store';
import type { IndexView } from '../../worker/simulation-protocol';
import { type ChartId, chartById } from '../charts/registry';
import { PanelBoundary } from '../error-boundary';
import { ScenarioNotices } from '../panels/scenario-notices';
import { pageBase } from '../teaching/route-state';
import { DATA_CREDIT } from './csv-export';

/** One chart by id, on a run (the registry's own drawing of it, as on the page). */
export function ChartById({
  chart,
  index,
  result,
}: {
  chart: ChartId;
  index: IndexView;
  result: ResultSummary;
}) {
  const policies = useAppStore((s) => s.scenario.policies);
  return chartById(chart).render({ result, view: index, policies });
}

export function EmbedView({
  chart,
  index,
  result,
}: {
  chart: ChartId;
  index: IndexView | null;
  result: ResultSummary | null;
}) {
  const scenario = useAppStore((s) => s.scenario);
  return (
    <main className="embed" data-testid="embed-view">
      <h1 className="sr-only">Yardstick: {scenario.title}</h1>
      {/* What the link could not read, and any unexpected error: never silent, even in a frame. */}
      <ScenarioNotices />
      {index && result ? (
        <PanelBoundary name="Chart">
          <ChartById chart={chart} index={index} result={result} />
        </PanelBoundary>
      ) : (
        <p className="loading" role="status">
          Loading…
        </p>
      )}
      <p className="embed-credit">
        Scenario: {scenario.title}.{' '}
        <a href={`${pageBase()}#${encodeLink(scenario)}`} target="_blank" rel="noopener">
          Open in Yardstick
        </a>
        . Model data: {DATA_CREDIT}.
      </p>
    </main>
  );
}
