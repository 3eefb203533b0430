/**
 * The charts, once: the page draws them in this order, the embed view (`?embed=<id>`) and the export menu accept
 * exactly these ids, the brief prints those marked for it, the lesson player recognises their names in a step's words, and the e2e tests walk the list.
 * A new chart is its model, its component and one entry here (CONTRIBUTING.md, "Adding a chart").
 *
 * This module is in the first chunk: charts below the fold are named by a `load` function only, never imported
 * here, so their code arrives when the reader scrolls near them (lazy.tsx).
 */
import type { ComponentType, ReactNode } from 'react';
import type { PolicyInstance, ResultSummary } from '../../engine';
import type { Catalogue } from '../../i18n/catalogues';
import type { IndexView } from '../../worker/simulation-protocol';
import { lazyBelowFold } from '../lazy';
import { ChartPending } from './chart-pending';
import { CompaniesChart } from './companies-chart';
import type { ChartBaseline } from './compare-model';
import { DealsChart } from './deals-chart';

/** A chart's id is its title's key in the `charts` catalogue: a chart without a title does not compile. */
type TitleKey = Exclude<keyof Catalogue['charts'], `${string}Name`>;

/** What a place that draws charts has to give them. */
export interface ChartProps {
  readonly result: ResultSummary;
  /** The worker's view of the data; null until it arrives (charts that need it wait in their place). */
  readonly view: IndexView | null;
  /** The scenario's measures. */
  readonly policies: readonly PolicyInstance[];
  /** A compare baseline's run, for the time charts. */
  readonly baseline?: ChartBaseline | null | undefined;
  /** A compare baseline's measures, for the models chart's lines. */
  readonly baselinePolicies?: readonly PolicyInstance[] | undefined;
}

interface ChartSpec<Id extends TitleKey, P> {
  /** The chart's id: `chart-<id>` on the page, `?embed=<id>`, the export's file name. */
  readonly id: Id;
  /** Its name in a lesson's words, English and Chinese (docs/TERMINOLOGY.zh-CN.md): "chips chart", 芯片图表. */
  readonly spoken: { readonly en: string; readonly zh: string };
  /** What it is drawn from: the run alone, or also the worker's view of the data. */
  readonly needs: 'result' | 'view';
  /** Spans both columns of the chart grid. */
  readonly wide?: boolean;
  /** Printed in the one-page brief (the time charts: the page has room for two). */
  readonly inBrief?: boolean;
  /**
   * The component, for a chart in the first view; or the function that loads it, for one below the fold (loaded
   * and drawn only when the reader comes near it; not in the first view's code).
   */
  readonly component: ComponentType<P> | { readonly load: () => Promise<ComponentType<P>> };
  /** Its props, from what the page gives (`view` is non-null when `needs` is 'view'). */
  readonly props: (p: ChartProps & { readonly view: IndexView }) => P;
}

export interface ChartEntry<Id extends TitleKey = TitleKey> {
  readonly id: Id;
  /** Its title's key in the `charts` catalogue (en.ts, zh-CN.ts): "Companies captured over time". */
  readonly title: Id;
  /** Its name's key there, as a sentence names it: "companies chart", 企业图表. */
  readonly name: keyof Catalogue['charts'];
  /** Its panel's name in error messages and the stand-in's label: "Models chart". */
  readonly panel: string;
  /** Its name in a lesson's words, without "chart": English and Chinese. */
  readonly spoken: { readonly en: string; readonly zh: string };
  /** Below the fold: loaded and drawn only when the reader comes near it (lazy.tsx). */
  readonly belowFold: boolean;
  readonly needs: 'result' | 'view';
  readonly wide: boolean;
  readonly inBrief: boolean;
  /** Loads the chart's code (below-fold charts only; nothing to load for the others). */
  readonly load?: () => Promise<unknown>;
  /** The chart, or its stand-in while its code or the data it needs is on the way. */
  readonly render: (props: ChartProps) => ReactNode;
}

function chart<const Id extends TitleKey, P extends object>(spec: ChartSpec<Id, P>): ChartEntry<Id> {
  const panel = `${spec.id[0]!.toUpperCase()}${spec.id.slice(1)} chart`;
  const standIn = <ChartPending id={spec.id} name={`${spec.id}Name` as keyof Catalogue['charts']} />;
  const { component } = spec;
  const load = 'load' in component ? component.load : undefined;
  const Chart: ComponentType<P> = load ? lazyBelowFold(load, standIn) : (component as ComponentType<P>);
  return {
    id: spec.id,
    title: spec.id,
    name: `${spec.id}Name` as keyof Catalogue['charts'],
    panel,
    spoken: spec.spoken,
    belowFold: load !== undefined,
    needs: spec.needs,
    wide: spec.wide ?? false,
    inBrief: spec.inBrief ?? false,
    ...(load ? { load } : {}),
    render: (p) => {
      const { view } = p;
      if (spec.needs === 'view' && !view) return standIn;
      return <Chart {...spec.props({ ...p, view: view as IndexView })} />;
    },
  };
}

/** Every chart, in the page's order. */
export const CHARTS = [
  chart({
    id: 'companies',
    inBrief: true,
    spoken: { en: 'companies', zh: '企业' },
    needs: 'result',
    component: CompaniesChart,
    props: ({ result, baseline }) => ({ result, baseline }),
  }),
  chart({
    id: 'deals',
    inBrief: true,
    spoken: { en: 'deals', zh: '交易' },
    needs: 'result',
    component: DealsChart,
    props: ({ result, baseline }) => ({ result, baseline }),
  }),
  chart({
    id: 'models',
    spoken: { en: 'models', zh: '模型' },
    needs: 'view',
    wide: true,
    component: { load: () => import('./models-chart').then((m) => m.ModelsChart) },
    props: ({ view, result, baselinePolicies }) => ({ index: view, result, baselinePolicies }),
  }),
  chart({
    id: 'overlap',
    spoken: { en: 'overlap', zh: '重叠' },
    needs: 'result',
    component: { load: () => import('./overlap-chart').then((m) => m.OverlapChart) },
    props: ({ result }) => ({ result }),
  }),
  chart({
    id: 'chips',
    spoken: { en: 'chips', zh: '芯片' },
    needs: 'view',
    component: { load: () => import('./chips-chart').then((m) => m.ChipsChart) },
    props: ({ view, policies }) => ({
      chips: view.dataset.chips,
      chipUsers: view.dataset.chipUsers,
      policies,
    }),
  }),
] as const;

export type ChartId = (typeof CHARTS)[number]['id'];

/** The charts' ids, in the page's order. */
export const CHART_IDS: readonly ChartId[] = CHARTS.map((c) => c.id);

/** Whether a string is a chart's id. */
export function isChartId(id: string | null): id is ChartId {
  return CHART_IDS.includes(id as ChartId);
}

/** The chart with this id. */
export function chartById(id: ChartId): ChartEntry<ChartId> {
  return CHARTS.find((c) => c.id === id)!;
}
