// @vitest-environment jsdom
/**
 * The chart registry: one list of charts that the page, embeds, exports, the lesson player and the e2e tests
 * read. Ids are unique and each has its titles and names in both catalogues; the address's `embed=` accepts
 * exactly the registry's ids; below-fold charts are loaded, not imported; a chart that needs the worker's view
 * keeps its place until the view arrives.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { IntlProvider } from 'use-intl';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/messages/en';
import { zhCN } from '../../../src/i18n/messages/zh-CN';
import { CHART_IDS, CHARTS, chartById, isChartId } from '../../../src/ui/charts/registry';
import { namedChart } from '../../../src/ui/teaching/lesson-chart';
import { readPageRoute as readRoute } from '../../../src/ui/teaching/route-state';
import { runPreset } from '../../fixtures/small';

afterEach(cleanup);

describe('the chart registry', () => {
  it('has unique ids, each a kebab-case DOM id `chart-<id>` and a panel name', () => {
    expect(new Set(CHART_IDS).size).toBe(CHARTS.length);
    expect(CHART_IDS).toEqual(['companies', 'deals', 'models', 'overlap', 'chips']);
    for (const c of CHARTS) {
      expect(c.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(c.panel).toBe(`${c.id[0]!.toUpperCase()}${c.id.slice(1)} chart`);
      expect(chartById(c.id)).toBe(c);
    }
  });

  it('gives every chart a title and a name in the English and the Chinese catalogues', () => {
    for (const c of CHARTS) {
      for (const catalogue of [en, zhCN]) {
        expect(catalogue.charts[c.title].length, `${c.id} title`).toBeGreaterThan(0);
        expect(catalogue.charts[c.name].length, `${c.id} name`).toBeGreaterThan(0);
      }
      // The lesson player reads the names the catalogues show (docs/TERMINOLOGY.zh-CN.md).
      expect(en.charts[c.name]).toBe(`${c.spoken.en} chart`);
      expect(zhCN.charts[c.name]).toBe(`${c.spoken.zh}图表`);
      expect(namedChart(`Look at the ${en.charts[c.name]}.`)?.id).toBe(c.id);
      expect(namedChart(`请看${zhCN.charts[c.name]}。`)?.id).toBe(c.id);
    }
    // Nothing in the namespace but the registry's titles and names.
    expect(Object.keys(en.charts).sort()).toEqual(CHARTS.flatMap((c) => [c.title, c.name]).sort());
  });

  it('is what the address’s embed accepts, exactly', () => {
    for (const id of CHART_IDS) {
      expect(readRoute(`?embed=${id}`).embed).toBe(id);
      expect(readRoute(`?embed=${id}`).problems).toEqual([]);
    }
    for (const other of ['summary', 'Companies', 'chart-models', '']) {
      expect(readRoute(`?embed=${other}`).embed).toBeNull();
      expect(isChartId(other)).toBe(false);
    }
    expect(readRoute('?embed=x').problems[0]).toContain(CHART_IDS.join(', '));
  });

  it('loads the charts below the fold (models, overlap, chips) and only those', async () => {
    expect(CHARTS.filter((c) => c.belowFold).map((c) => c.id)).toEqual(['models', 'overlap', 'chips']);
    for (const c of CHARTS.filter((c) => c.belowFold)) {
      // A component: a function, or a memo (an object React marks as its own).
      const component = (await c.load!()) as object;
      expect(typeof component === 'function' || '$$typeof' in component, c.id).toBe(true);
    }
    expect(CHARTS.filter((c) => c.wide).map((c) => c.id)).toEqual(['models']);
    // The brief prints what is in the first chunk only.
    for (const c of CHARTS.filter((c) => c.inBrief)) expect(c.belowFold).toBe(false);
  });

  it('keeps a chart that needs the data’s view in its place until the view arrives', async () => {
    const { result } = runPreset('april-2026-escalation');
    for (const c of CHARTS.filter((c) => c.needs === 'view')) {
      render(
        <IntlProvider locale="en" messages={en}>
          {c.render({ result, view: null, policies: [] })}
        </IntlProvider>,
      );
      const standIn = screen.getByRole('region', { name: c.panel });
      expect(standIn.getAttribute('aria-busy')).toBe('true');
      expect(standIn.getAttribute('data-chart')).toBe(c.id);
      cleanup();
    }
  });

  it('draws a first-view chart at once, in its frame `chart-<id>` with its catalogue title', () => {
    const { result } = runPreset('april-2026-escalation');
    for (const c of CHARTS.filter((c) => !c.belowFold)) {
      const { container } = render(
        <IntlProvider locale="en" messages={en}>
          {c.render({ result, view: null, policies: [] })}
        </IntlProvider>,
      );
      const frame = container.querySelector(`#chart-${c.id}`);
      expect(frame).not.toBeNull();
      expect(screen.getByRole('heading', { name: en.charts[c.title] })).toBeTruthy();
      cleanup();
    }
  });
});
