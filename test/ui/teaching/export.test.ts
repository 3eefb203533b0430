// @vitest-environment jsdom
/**
 * Exports: CSV content (provenance header, raw values, read back by papaparse), the chart's table read from its
 * frame, and SVG serialisation (the composed file is well-formed, escapes text, keeps the drawing's size, inlines
 * styles and drops interactive attributes; the HTML overlap chart is redrawn as SVG).
 */
import Papa from 'papaparse';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { DataTable } from '../../../src/ui/charts/chart-frame';
import { chartCsv, exportFileName, provenanceLines } from '../../../src/ui/export/csv-export';
import { tableDataOf } from '../../../src/ui/export/export-menu';
import {
  captureDrawing,
  captureLegend,
  composeChartSvg,
  escapeXml,
  PNG_SCALE,
  wrap,
} from '../../../src/ui/export/svg-export';
import { cardLines, headlines } from '../../../src/ui/panels/headline-model';
import { runPreset } from '../../fixtures/small';

const context = {
  chartTitle: 'Companies captured over time',
  scenarioTitle: 'Both sides\nafter <April> 2026',
  link: 'https://example.org/#v=1&p=april-2026-escalation&c=1f0c8a3e',
  datasetName: 'Default',
  asOf: '2026-08-19',
};
const table = {
  caption: 'Companies captured so far',
  columns: [
    { key: 'quarter', label: 'Quarter' },
    { key: 'a', label: 'US outbound, rule' },
    { key: 'b', label: 'Note' },
  ],
  rows: [
    { quarter: '2026Q3', a: 15, b: '=HYPERLINK("x")' },
    { quarter: '2026Q4 (projection)', a: -2, b: ['x', 'y'] },
    { quarter: '2027Q1 (projection)', a: Number.NaN, b: null },
  ],
};

describe('CSV export', () => {
  const csv = chartCsv(table, context);
  it('opens with a header naming the chart, scenario, link, dataset, sources and licence', () => {
    const header = csv.split('\n').filter((l) => l.startsWith('# '));
    expect(header).toHaveLength(provenanceLines(context).length + 1);
    expect(header[0]).toBe('# Yardstick export: Companies captured over time');
    // A title with a line break stays on one header line.
    expect(header[1]).toBe('# Scenario: Both sides after <April> 2026');
    expect(header.join('\n')).toContain(context.link);
    expect(header.join('\n')).toContain('Dataset: Default, as of 2026-08-19');
    expect(header.join('\n')).toContain("Epoch AI, 'Data on AI Models' (CC BY 4.0)");
    expect(header.join('\n')).toMatch(/Licence: .*CC BY 4\.0/);
    expect(header.at(-1)).toBe('# Table: Companies captured so far');
  });
  it("carries the scenario's headline numbers, the yard and what was captured, from the headline model", () => {
    const { result } = runPreset('us-outbound-2025');
    const lines = headlines(result).flatMap(cardLines);
    const header = chartCsv(table, { ...context, headlines: lines })
      .split('\n')
      .filter((l) => l.startsWith('# Headline: '));
    expect(header).toHaveLength(lines.length);
    expect(header[0]).toMatch(
      /^# Headline: US outbound investment rule — Companies in scope at \d{4}Q\d: \d+$/,
    );
    expect(header.some((l) => l.includes('whose deals would be stopped'))).toBe(true);
    expect(header.some((l) => l.includes('Companies captured to'))).toBe(true);
  });
  it('reads back with papaparse: labels as fields, raw numbers, formulas defused', () => {
    const parsed = Papa.parse<Record<string, string>>(csv, {
      header: true,
      comments: '#',
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['Quarter', 'US outbound, rule', 'Note']);
    expect(parsed.data).toEqual([
      { Quarter: '2026Q3', 'US outbound, rule': '15', Note: `'=HYPERLINK("x")` },
      { Quarter: '2026Q4 (projection)', 'US outbound, rule': '-2', Note: 'x; y' },
      { Quarter: '2027Q1 (projection)', 'US outbound, rule': '', Note: '' },
    ]);
  });
  it('names files after the chart and the scenario', () => {
    expect(exportFileName('companies', 'april-2026-escalation', 'csv')).toBe(
      'yardstick-companies-april-2026-escalation.csv',
    );
    expect(exportFileName('deals', '../../etc', 'png')).toBe('yardstick-deals-etc.png');
  });
  it('reads the data table a chart frame renders', () => {
    const element = createElement(DataTable, {
      ...table,
      columns: [...table.columns],
      rows: [...table.rows],
    });
    expect(tableDataOf(element)).toEqual({
      caption: table.caption,
      columns: table.columns,
      rows: table.rows,
    });
    expect(tableDataOf('no table')).toBeNull();
  });
});

describe('SVG composition', () => {
  const drawing = {
    markup:
      '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><rect width="10" height="10"/></svg>',
    width: 600,
    height: 300,
  };
  const composed = composeChartSvg({
    title: 'Deals <captured> & "stopped"',
    subtitle: [
      'A long description of what the chart shows, long enough to wrap onto a second line for sure.',
    ],
    chart: drawing,
    legend: [
      { label: 'Over the drawing', colour: '#0072B2', at: { x: 40, y: 270 } },
      { label: 'Below it', colour: '#D55E00' },
    ],
    credit: ["Model data: Epoch AI, 'Data on AI Models' (CC BY 4.0)."],
  });
  const doc = new DOMParser().parseFromString(composed.svg, 'image/svg+xml');

  it('is a well-formed SVG file of the stated size, holding the drawing', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe(String(composed.width));
    expect(root.getAttribute('height')).toBe(String(composed.height));
    expect(composed.width).toBe(600);
    expect(composed.height).toBeGreaterThan(300 + 60);
    expect(root.querySelectorAll('svg')).toHaveLength(1);
  });
  it('escapes every text and writes the credit', () => {
    expect(composed.svg).toContain('Deals &lt;captured&gt; &amp; &quot;stopped&quot;');
    expect(doc.documentElement.textContent).toContain('Deals <captured> & "stopped"');
    expect(doc.documentElement.textContent).toContain('(CC BY 4.0)');
    expect(escapeXml(`<a href='x'>`)).toBe('&lt;a href=&apos;x&apos;&gt;');
  });
  it('puts legend items back where they sat, and flows the others below', () => {
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('Over the drawing');
    expect(texts).toContain('Below it');
    const inside = [...doc.querySelectorAll('g > text')].map((t) => t.textContent);
    expect(inside).toContain('Over the drawing');
    expect(inside).not.toContain('Below it');
  });
  it('is at least 560 wide, and wraps text to fit', () => {
    expect(
      composeChartSvg({ title: 't', subtitle: [], chart: { ...drawing, width: 300 }, legend: [], credit: [] })
        .width,
    ).toBe(560);
    for (const line of wrap('word '.repeat(80), 300, 12))
      expect(line.length * 12 * 0.56).toBeLessThanOrEqual(300);
  });
  it('rasterises at twice the size', () => {
    expect(PNG_SCALE).toBe(2);
  });
});

describe('capturing a chart from the page', () => {
  function stubBox(el: Element, width: number, height: number, left = 0, top = 0) {
    el.getBoundingClientRect = () => ({
      width,
      height,
      left,
      top,
      right: left + width,
      bottom: top + height,
      x: left,
      y: top,
      toJSON: () => ({}),
    });
  }

  it('serialises the largest drawing (not a legend icon) with styles inlined and interactive attributes dropped', () => {
    document.body.innerHTML = `
      <style>.line { stroke: rgb(0, 114, 178); }</style>
      <figure id="f">
        <svg class="recharts-surface" width="500" height="300" viewBox="0 0 500 300">
          <path class="line" d="M0 0L10 10" fill="none"/>
          <g class="event-marker" tabindex="0" role="button"><circle r="8"/></g>
          <text>2024</text>
        </svg>
        <div class="recharts-legend-wrapper"><ul><li class="recharts-legend-item">
          <svg class="recharts-surface" width="14" height="14"><path stroke="#D55E00" d="M0 7h14"/></svg>
          <span class="recharts-legend-item-text">US chip export controls</span>
        </li></ul></div>
      </figure>`;
    const figure = document.getElementById('f')!;
    const [main, icon] = [...figure.querySelectorAll('svg')];
    stubBox(main!, 500, 300, 10, 10);
    stubBox(icon!, 14, 14, 50, 280);
    stubBox(figure.querySelector('.recharts-legend-item')!, 160, 18, 50, 280);
    const drawing = captureDrawing(figure)!;
    expect(drawing.width).toBe(500);
    expect(drawing.height).toBe(300);
    const svg = new DOMParser().parseFromString(drawing.markup, 'image/svg+xml').documentElement;
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('width')).toBe('500');
    expect(svg.querySelector('path')!.getAttribute('style')).toMatch(/stroke: ?rgb\(0, 114, 178\)/);
    expect(svg.querySelector('[tabindex], [role]')).toBeNull();
    expect(drawing.markup).not.toContain('US chip export controls');
    expect(captureLegend(figure, drawing.element)).toEqual([
      { label: 'US chip export controls', colour: '#D55E00', at: { x: 40, y: 270 } },
    ]);
  });

  it('redraws the HTML overlap list as SVG bars, labels cut to fit', () => {
    document.body.innerHTML = `
      <figure id="g"><ul class="upset">
        <li><span class="dots"><span class="dot on" style="background: rgb(213, 94, 0)"></span><span class="dot"></span></span>
          <span class="upset-label">US chip export controls + US crackdown on distillation + China's approval requirement</span>
          <span class="bar-track"><span class="bar" style="width: 50%"></span></span><span class="num">17</span></li>
      </ul></figure>`;
    const figure = document.getElementById('g')!;
    stubBox(figure, 600, 200);
    const drawing = captureDrawing(figure)!;
    const svg = new DOMParser().parseFromString(drawing.markup, 'image/svg+xml').documentElement;
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent!);
    expect(texts).toContain('17');
    expect(texts[0]!.endsWith('…')).toBe(true);
    expect(svg.querySelector('circle')!.getAttribute('fill')).toBe('rgb(213, 94, 0)');
    expect(Number(svg.querySelectorAll('rect')[1]!.getAttribute('width'))).toBeGreaterThan(0);
  });
});
