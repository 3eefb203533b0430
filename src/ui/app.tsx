/**
 * The app: the policy stack on the left, headline numbers and charts on the right, the drill-down drawer on top.
 */
import { memo, useDeferredValue, useEffect, useLayoutEffect, useMemo } from 'react';
import { useTranslations } from 'use-intl';
import { useStore } from 'zustand';
import type { Catalogue } from '../i18n/catalogues';
import { localeStore } from '../i18n/locale-store';
import { markCommitted } from '../state/perf-marks';
import { useAppStore } from '../state/use-app-store';
import {
  useBaselineRun,
  useFullIndex,
  useReferenceRun,
  useSimulation,
  useSimulationStore,
} from '../state/use-simulation';
import { benchDatasetLoader } from '../worker/simulation-bench';
import { CHARTS } from './charts/registry';
import { datasetName } from './company-name';
import { UndoRedo } from './controls/undo-redo';
import { makeDataActions } from './data-actions';
import { PanelBoundary } from './error-boundary';
import { lazyMenu, lazyPart } from './lazy';
import { FileDrop } from './panels/file-drop';
import { headlines } from './panels/headline-model';
import { LanguageMenu } from './panels/language-menu';
import { PolicyStack } from './panels/policy-stack';
import { PresetPicker } from './panels/preset-picker';
import { ScenarioIntro } from './panels/scenario-intro';
import { ScenarioNotices } from './panels/scenario-notices';
import { Summary } from './panels/summary';
import { useLessonAnswerHidden } from './teaching/lesson-answer';
import { useTeachingRoute } from './teaching/lesson-control';
import { PresentBar } from './teaching/present-bar';
import { ReferencePanel } from './teaching/reference-panel';
import { INITIAL_ROUTE } from './teaching/route-state';
import './teaching/teaching.css';

/** A top-bar menu's name, in the page's language (the menus themselves load later). */
function MenuLabel({ id }: { id: keyof Catalogue['menus'] }) {
  return useTranslations('menus')(id);
}

// The first view is the top bar, the measures, the headline numbers and the two time charts; everything else
// comes in its own chunk after it (lazy.tsx).
const ScenarioMenu = lazyMenu(
  () => import('./panels/scenario-menu').then((m) => m.ScenarioMenu),
  'scenario-menu',
  <MenuLabel id="scenario" />,
);
const ShareMenu = lazyMenu(
  () => import('./panels/share-menu').then((m) => m.ShareMenu),
  'share-menu',
  <MenuLabel id="share" />,
);
const CompareMenu = lazyMenu(
  () => import('./panels/compare-menu').then((m) => m.CompareMenu),
  'compare-menu',
  <MenuLabel id="compare" />,
);
const DataMenu = lazyMenu(
  () => import('./panels/data-menu').then((m) => m.DataMenu),
  'data-menu',
  <MenuLabel id="data" />,
);
const TeachMenu = lazyMenu(
  () => import('./teaching/teach-menu').then((m) => m.TeachMenu),
  'teach-menu',
  <MenuLabel id="teach" />,
);
const About = lazyMenu(
  () => import('./panels/about').then((m) => m.About),
  'about',
  <MenuLabel id="about" />,
);
const DatasetProblems = lazyPart(() => import('./panels/data-menu').then((m) => m.DatasetProblems));
const CompareSummary = lazyPart(() => import('./panels/compare-summary').then((m) => m.CompareSummary));
const WhoMoved = lazyPart(() => import('./panels/who-moved').then((m) => m.WhoMoved));
const Drilldown = lazyPart(() => import('./panels/drilldown').then((m) => m.Drilldown));
const LessonPlayer = lazyPart(() => import('./teaching/lesson-player').then((m) => m.LessonPlayer));
const BriefView = lazyPart(() => import('./teaching/brief-view').then((m) => m.BriefView));
const EmbedView = lazyPart(() => import('./export/embed-view').then((m) => m.EmbedView));

// App renders again on every edit of the scenario (it runs the simulation hook) and on every result; its parts
// render again only when their own props change (they follow the stores they read themselves).
const PolicyStackPart = memo(PolicyStack);
const SummaryPart = memo(Summary);

function Tagline() {
  return <span className="tagline">{useTranslations('app')('tagline')}</span>;
}

/** The top bar: title, preset, undo and redo, the menus. */
const TopBar = memo(function TopBar({ actions }: { actions: ReturnType<typeof makeDataActions> }) {
  return (
    <header className="topbar">
      <div className="brand">
        <h1>Yardstick</h1>
        <Tagline />
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
        <PanelBoundary name="Language menu" compact>
          <LanguageMenu />
        </PanelBoundary>
      </div>
    </header>
  );
});

/**
 * The first Tab stop: past the top bar and the measures to the results. Handled here rather than followed as a
 * link: the address's fragment holds the scenario.
 */
function SkipLink() {
  return (
    // biome-ignore lint/a11y/useValidAnchor: a skip link is page navigation; the click keeps the scenario's fragment.
    <a
      className="skip-link"
      href="#results"
      onClick={(e) => {
        e.preventDefault();
        const results = document.getElementById('results');
        results?.focus({ preventScroll: true });
        results?.scrollIntoView({ block: 'start' });
      }}
    >
      Skip to results
    </a>
  );
}

/** The page's classes: presenting, and a lesson question waiting for its answer (the headline numbers hide). */
function appClass(presenting: boolean, answerHidden: boolean): string {
  return ['app', presenting && 'presenting', answerHidden && 'answer-hidden'].filter(Boolean).join(' ');
}

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

export function App() {
  // `?bench-dataset=` swaps the built-in data for a synthetic set in bench builds only (simulation-bench.ts).
  const actions = useMemo(() => makeDataActions(benchDatasetLoader()), []);
  const simulation = useSimulation();
  const { spec, summary, result, runMs } = simulation;
  // What appears once — the results, the worker's view of the data — is first drawn in a background render that
  // yields to the browser every few milliseconds, so the page never blocks while the first view is built. Later
  // results (a slider move) update what is drawn at once.
  const resultsShown = useDeferredValue(summary !== null);
  const view = useDeferredValue(simulation.view);
  const failure = useSimulationStore((s) => s.failure);
  // The full index is built on this thread only for what reads single records: the drill-down and explanations.
  const drilldownOpen = useAppStore((s) => s.view.drilldown !== null || s.view.selectedCompany !== null);
  const lessonOpen = useAppStore((s) => s.view.lesson !== null);
  const index = useFullIndex(simulation, drilldownOpen);
  // Every chart has committed this result (layout effects run children first): mark it for npm run bench:browser.
  useLayoutEffect(() => {
    if (summary) markCommitted(simulation.input);
  }, [summary, simulation.input]);
  const policies = useAppStore((s) => s.scenario.policies);
  const baselineRun = useBaselineRun();
  const compareText = useTranslations('compare');
  const { locale, messages } = useStore(localeStore);
  const baseline = useMemo(
    () =>
      baselineRun && {
        result: baselineRun.result,
        label: compareText('chartBaseline', { title: baselineRun.baseline.scenario.title }),
      },
    [baselineRun, compareText],
  );

  // What the headline numbers' deltas are against: the compare baseline, or the edited scenario's own preset.
  const reference = useReferenceRun();
  const basePreset = useAppStore((s) => s.scenario.basePreset);
  const summaryBaseline = useMemo(
    () =>
      reference && (reference.against === 'compare' || reference.baseline.scenario.id === basePreset)
        ? { result: reference.result, against: reference.against }
        : null,
    [reference, basePreset],
  );

  // The list of companies whose standing changed shows once the yard moved against a live baseline run.
  const yardMoved = useMemo(
    () =>
      !!summary &&
      !!summaryBaseline &&
      headlines(summary, summaryBaseline.result).some((c) => c.rows.some((r) => r.yard && r.delta)),
    [summary, summaryBaseline],
  );

  const closeDrilldown = useAppStore((s) => s.closeDrilldown);
  const setView = useAppStore((s) => s.setView);
  useEffect(() => actions.openBuiltIn(), [actions]);
  // Teaching (issue 7): lesson and mode from the address; an embed shows one chart; the brief is a print page.
  useTeachingRoute();
  const mode = useAppStore((s) => s.view.mode);
  const answerHidden = useLessonAnswerHidden();
  const t = useTranslations('app');
  if (INITIAL_ROUTE.embed) return <EmbedView chart={INITIAL_ROUTE.embed} index={view} result={summary} />;
  if (mode === 'brief') return <BriefView index={view} result={summary} baseline={summaryBaseline} />;

  return (
    <div className={appClass(mode === 'present', answerHidden)}>
      <SkipLink />
      <TopBar actions={actions} />
      <Notices />
      <div className="layout">
        <PanelBoundary name="Measures">
          <PolicyStackPart index={view} result={summary} />
        </PanelBoundary>
        <main className="main" id="results" tabIndex={-1} aria-label="Results">
          {lessonOpen && (
            <PanelBoundary name="Lesson">
              <LessonPlayer />
            </PanelBoundary>
          )}
          <PanelBoundary name="Scenario title">
            <ScenarioIntro />
          </PanelBoundary>
          {!resultsShown && !failure && (
            <p className="loading" role="status">
              {t('runningFirst')}
            </p>
          )}
          {!summary && failure && <p className="notice error">{t('runFailed', { failure })}</p>}
          {summary && resultsShown && (
            <>
              {baselineRun && (
                <PanelBoundary name="Comparison">
                  <CompareSummary result={summary} run={baselineRun} />
                </PanelBoundary>
              )}
              <PanelBoundary name="Summary">
                <SummaryPart result={summary} baseline={summaryBaseline} />
              </PanelBoundary>
              {yardMoved && reference?.full && (
                <PanelBoundary name="Who moved">
                  <WhoMoved simulation={simulation} reference={reference} />
                </PanelBoundary>
              )}
              <div className="charts">
                {/* The registry's charts in order; those below the fold load as the reader nears them. */}
                {CHARTS.map((chart) => {
                  const part = (
                    <PanelBoundary key={chart.id} name={chart.panel}>
                      {chart.render({
                        result: summary,
                        view,
                        policies,
                        baseline,
                        baselinePolicies: baselineRun?.baseline.scenario.policies,
                      })}
                    </PanelBoundary>
                  );
                  return chart.wide ? (
                    <div key={chart.id} className="wide">
                      {part}
                    </div>
                  ) : (
                    part
                  );
                })}
              </div>
              <p className="status-line">
                {view
                  ? t('statusLive', {
                      name: datasetName(view.dataset.name, locale, messages),
                      asOf: view.dataset.asOf,
                      ms: runMs.toFixed(1),
                    })
                  : t('statusPrecomputed')}{' '}
                {t('modelCredit')}
              </p>
            </>
          )}
        </main>
      </div>
      {result && index && drilldownOpen && spec && (
        <PanelBoundary name="Drill-down" onReset={closeDrilldown} placement="floating">
          <Drilldown index={index} spec={spec} result={result} />
        </PanelBoundary>
      )}
      {/* Always mounted: the panel remembers what had focus before it opened, to give focus back. */}
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
    </div>
  );
}
