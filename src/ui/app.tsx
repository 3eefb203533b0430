/**
 * The app: the policy stack on the left, headline numbers and charts on the right, the drill-down drawer on top.
 */
import { memo, useEffect, useLayoutEffect, useMemo } from 'react';
import type { Dataset } from '../engine';
import { useDatasetStore } from '../state/dataset-store';
import { markCommitted } from '../state/perf-marks';
import { useAppStore } from '../state/use-app-store';
import { useBaselineRun } from '../state/use-baseline';
import { useFullIndex, useSimulation } from '../state/use-simulation';
import { benchDatasetLoader } from '../worker/simulation-bench';
import { ChipsChart } from './charts/chips-chart';
import { CompaniesChart } from './charts/companies-chart';
import { DealsChart } from './charts/deals-chart';
import { ModelsChart } from './charts/models-chart';
import { OverlapChart } from './charts/overlap-chart';
import { UndoRedo } from './controls/undo-redo';
import { makeDataActions } from './data-actions';
import { PanelBoundary } from './error-boundary';
import { EmbedView } from './export/embed-view';
import { About } from './panels/about';
import { CompareMenu } from './panels/compare-menu';
import { CompareSummary } from './panels/compare-summary';
import { DataMenu, DatasetProblems } from './panels/data-menu';
import { Drilldown } from './panels/drilldown';
import { FileDrop } from './panels/file-drop';
import { PolicyStack } from './panels/policy-stack';
import { PresetPicker } from './panels/preset-picker';
import { ScenarioMenu } from './panels/scenario-menu';
import { ScenarioNotices } from './panels/scenario-notices';
import { ShareMenu } from './panels/share-menu';
import { Summary } from './panels/summary';
import { BriefView } from './teaching/brief-view';
import { useTeachingRoute } from './teaching/lesson-control';
import { LessonPlayer } from './teaching/lesson-player';
import { PresentBar } from './teaching/present-bar';
import { ReferencePanel } from './teaching/reference-panel';
import { INITIAL_ROUTE } from './teaching/route-state';
import { TeachMenu } from './teaching/teach-menu';
import './teaching/teaching.css';

const ScenarioIntro = memo(function ScenarioIntro() {
  const title = useAppStore((s) => s.scenario.title);
  const description = useAppStore((s) => s.scenario.description);
  return (
    <section className="intro" aria-label="Scenario">
      <h2>{title}</h2>
      <p>{description}</p>
    </section>
  );
});

// App renders again on every edit of the scenario (it runs the simulation hook) and on every result; its parts
// render again only when their own props change (they follow the stores they read themselves).
const PolicyStackPart = memo(PolicyStack);
const LessonPart = memo(LessonPlayer);
const SummaryPart = memo(Summary);
const CompareSummaryPart = memo(CompareSummary);
const DrilldownPart = memo(Drilldown);

/** The top bar: title, preset, undo and redo, the menus. */
const TopBar = memo(function TopBar({ actions }: { actions: ReturnType<typeof makeDataActions> }) {
  return (
    <header className="topbar">
      <div className="brand">
        <h1>Yardstick</h1>
        <span className="tagline">How much of the yard does each fence enclose?</span>
      </div>
      {/* Every part in its own error boundary: a crash in one shows "Reset this panel"; the rest works. */}
      <PanelBoundary name="Preset picker" compact>
        <PresetPicker />
      </PanelBoundary>
      <PanelBoundary name="Undo and redo" compact>
        <UndoRedo />
      </PanelBoundary>
      <div className="menus">
        <PanelBoundary name="Scenario menu" compact>
          <ScenarioMenu />
        </PanelBoundary>
        <PanelBoundary name="Share menu" compact>
          <ShareMenu />
        </PanelBoundary>
        <PanelBoundary name="Compare menu" compact>
          <CompareMenu />
        </PanelBoundary>
        <PanelBoundary name="Data menu" compact>
          <DataMenu actions={actions} />
        </PanelBoundary>
        <PanelBoundary name="Teach menu" compact>
          <TeachMenu />
        </PanelBoundary>
        <PanelBoundary name="About" compact>
          <About />
        </PanelBoundary>
      </div>
    </header>
  );
});

/** What sits above the layout and floats over it, none of it fed by the simulation. */
const Notices = memo(function Notices() {
  return (
    <>
      <PanelBoundary name="Dataset problems">
        <DatasetProblems />
      </PanelBoundary>
      <PanelBoundary name="Notices">
        <ScenarioNotices />
      </PanelBoundary>
      <PanelBoundary name="File drop">
        <FileDrop />
      </PanelBoundary>
    </>
  );
});

const Overlays = memo(function Overlays() {
  const setView = useAppStore((s) => s.setView);
  return (
    <>
      <PanelBoundary
        name="Glossary and key dates"
        onReset={() => setView({ reference: null })}
        placement="floating"
      >
        <ReferencePanel />
      </PanelBoundary>
      <PanelBoundary name="Presentation bar">
        <PresentBar />
      </PanelBoundary>
    </>
  );
});

export function App({ loadBuiltIn }: { loadBuiltIn: () => Promise<Dataset> }) {
  // `?bench-dataset=` swaps the built-in data for a synthetic set in bench builds only (simulation-bench.ts).
  const actions = useMemo(() => makeDataActions(benchDatasetLoader() ?? loadBuiltIn), [loadBuiltIn]);
  const status = useDatasetStore((s) => s.status);
  const simulation = useSimulation();
  const { view, spec, result, runMs } = simulation;
  // The full index is built on this thread only for what reads single records: the drill-down and explanations.
  const drilldownOpen = useAppStore((s) => s.view.drilldown !== null || s.view.selectedCompany !== null);
  const index = useFullIndex(simulation, drilldownOpen);
  // Every chart has committed this result (layout effects run children first): mark it for npm run bench:browser.
  useLayoutEffect(() => {
    if (result) markCommitted(simulation.input);
  }, [result, simulation.input]);
  const policies = useAppStore((s) => s.scenario.policies);
  const baselineRun = useBaselineRun();
  const baseline = useMemo(
    () =>
      baselineRun && {
        result: baselineRun.result,
        label: `Baseline: ${baselineRun.baseline.scenario.title}`,
      },
    [baselineRun],
  );

  const closeDrilldown = useAppStore((s) => s.closeDrilldown);
  useEffect(() => actions.openBuiltIn(), [actions]);
  // Teaching (issue 7): lesson and mode from the address; an embed shows one chart; the brief is a print page.
  useTeachingRoute();
  const mode = useAppStore((s) => s.view.mode);
  if (INITIAL_ROUTE.embed) return <EmbedView chart={INITIAL_ROUTE.embed} index={view} result={result} />;
  if (mode === 'brief') return <BriefView index={view} result={result} />;

  return (
    <div className={mode === 'present' ? 'app presenting' : 'app'}>
      <TopBar actions={actions} />
      <Notices />
      <div className="layout">
        <PanelBoundary name="Measures">
          <PolicyStackPart index={view} result={result} />
        </PanelBoundary>
        <main className="main">
          <PanelBoundary name="Lesson">
            <LessonPart index={index} />
          </PanelBoundary>
          <PanelBoundary name="Scenario title">
            <ScenarioIntro />
          </PanelBoundary>
          {status === 'loading' && !result && (
            <p className="loading" role="status">
              Loading the built-in dataset…
            </p>
          )}
          {status === 'error' && !result && (
            <p className="notice error">The dataset could not be loaded. Open one from the Data menu.</p>
          )}
          {result && view && (
            <>
              {baselineRun && (
                <PanelBoundary name="Comparison">
                  <CompareSummaryPart result={result} run={baselineRun} />
                </PanelBoundary>
              )}
              <PanelBoundary name="Summary">
                <SummaryPart result={result} />
              </PanelBoundary>
              <div className="charts">
                <PanelBoundary name="Companies chart">
                  <CompaniesChart result={result} baseline={baseline} />
                </PanelBoundary>
                <PanelBoundary name="Deals chart">
                  <DealsChart result={result} baseline={baseline} />
                </PanelBoundary>
                <div className="wide">
                  <PanelBoundary name="Models chart">
                    <ModelsChart
                      index={view}
                      result={result}
                      baselinePolicies={baselineRun?.baseline.scenario.policies}
                    />
                  </PanelBoundary>
                </div>
                <PanelBoundary name="Overlap chart">
                  <OverlapChart result={result} />
                </PanelBoundary>
                <PanelBoundary name="Chips chart">
                  <ChipsChart chips={view.dataset.chips} policies={policies} />
                </PanelBoundary>
              </div>
              <p className="status-line">
                Data: {view.dataset.name}, as of {view.dataset.asOf}. Run in {runMs.toFixed(1)} ms in your
                browser. Model data: Epoch AI, &lsquo;Data on AI Models&rsquo; (CC BY 4.0).
              </p>
            </>
          )}
        </main>
      </div>
      {result && index && (
        <PanelBoundary name="Drill-down" onReset={closeDrilldown} placement="floating">
          <DrilldownPart index={index} spec={spec} result={result} />
        </PanelBoundary>
      )}
      <Overlays />
    </div>
  );
}
