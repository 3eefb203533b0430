/**
 * A chart's Export menu: the chart as PNG or SVG, the data behind it as CSV (with a header naming dataset,
 * scenario, sources and licence), and the code to embed the chart alone in another page. Everything is made in
 * the browser from what is on screen; nothing is uploaded.
 */
import { isValidElement, type ReactNode, useId, useRef, useState } from 'react';
import { titleWithOrigin } from '../../scenario/edited';
import { encodeLink } from '../../scenario/link';
import { useAppStore } from '../../state/use-app-store';
import { useSimulationStore } from '../../state/use-simulation';
import { embedCode, embedUrl } from '../../teaching/route';
import type { ChartId } from '../charts/registry';
import { downloadBlob, downloadText } from '../download';
import { cardLines, headlines } from '../panels/headline-model';
import { pageBase } from '../teaching/route-state';
import { chartCsv, DATA_CREDIT, type ExportContext, exportFileName, type TableData } from './csv-export';
import { captureDrawing, captureLegend, composeChartSvg, svgToPng } from './svg-export';

/** Read the data table a chart frame renders: the DataTable element's own props. */
export function tableDataOf(node: ReactNode): TableData | null {
  if (!isValidElement(node)) return null;
  const props = node.props as Partial<TableData>;
  return Array.isArray(props.columns) && Array.isArray(props.rows)
    ? { caption: String(props.caption ?? ''), columns: props.columns, rows: props.rows }
    : null;
}

interface Props {
  readonly id: ChartId;
  readonly title: string;
  readonly description: string;
  readonly table: () => ReactNode;
  /** The data behind the drawing when it is more than its table (e.g. every model of the models chart). */
  readonly csv?: (() => TableData) | undefined;
}

export function ExportMenu({ id, title, description, table, csv }: Props) {
  const scenario = useAppStore((s) => s.scenario);
  // The data the shown result ran on (the worker's view of it: name and as-of date).
  const dataset = useSimulationStore((s) => s.working?.view?.dataset ?? null);
  const summary = useSimulationStore((s) => s.working?.summary ?? null);
  // "Title (edited from the preset '…')" once the scenario differs from its preset.
  const scenarioTitle = titleWithOrigin(scenario);
  const menu = useRef<HTMLDetailsElement>(null);
  const code = useId();
  const [embed, setEmbed] = useState(false);
  const [status, setStatus] = useState('');
  const link = () => `${pageBase()}#${encodeLink(scenario)}`;
  const context = (): ExportContext => ({
    chartTitle: title,
    scenarioTitle,
    link: link(),
    datasetName: dataset?.name ?? 'unknown',
    asOf: dataset?.asOf ?? 'unknown',
    headlines: summary ? headlines(summary).flatMap(cardLines) : [],
  });
  const figure = () => document.getElementById(`chart-${id}`);
  const svgFile = () => {
    const el = figure();
    const drawing = el ? captureDrawing(el) : null;
    if (!el || !drawing) return null;
    return composeChartSvg({
      title,
      subtitle: [description, `Scenario: ${scenarioTitle}`],
      chart: drawing,
      legend: captureLegend(el, drawing.element),
      credit: [
        `Made with Yardstick. Data: ${dataset?.name ?? 'unknown'}, as of ${dataset?.asOf ?? 'unknown'}; later quarters are a modeled projection.`,
        `Model and training-compute data: ${DATA_CREDIT}.`,
      ],
    });
  };
  const run = async (what: 'png' | 'svg' | 'csv') => {
    setStatus('');
    try {
      if (what === 'csv') {
        const data = csv?.() ?? tableDataOf(table());
        if (!data) throw new Error('This chart has no data table to export.');
        downloadText(chartCsv(data, context()), exportFileName(id, scenario.id, 'csv'), 'text/csv');
      } else {
        const file = svgFile();
        if (!file) throw new Error('Show the chart (not its data table) to export it as an image.');
        if (what === 'svg') downloadText(file.svg, exportFileName(id, scenario.id, 'svg'), 'image/svg+xml');
        else
          downloadBlob(
            await svgToPng(file.svg, file.width, file.height),
            exportFileName(id, scenario.id, 'png'),
          );
      }
      setStatus(`Saved as ${what.toUpperCase()}.`);
    } catch (e) {
      setStatus(e instanceof Error ? e.message : String(e));
    }
  };
  const snippet = embed
    ? embedCode(embedUrl(pageBase(), id, encodeLink(scenario)), `${title} — Yardstick`)
    : '';
  return (
    <details
      className="menu chart-export"
      ref={menu}
      onToggle={(e) => !e.currentTarget.open && setEmbed(false)}
    >
      <summary aria-label={`Export: ${title}`}>Export</summary>
      <div className="menu-body export-body">
        <div className="export-buttons">
          <button type="button" onClick={() => run('png')}>
            Image (PNG)
          </button>
          <button type="button" onClick={() => run('svg')}>
            Image (SVG)
          </button>
          <button type="button" onClick={() => run('csv')}>
            Data (CSV)
          </button>
          <button type="button" aria-expanded={embed} onClick={() => setEmbed(!embed)}>
            Embed code
          </button>
        </div>
        <p className="field-note">
          PNG: twice the size of the SVG, which is as wide as the chart on screen. CSV: the data table, with a
          header naming the dataset, scenario, sources and licence.
        </p>
        {embed && (
          <div className="embed-code">
            <label htmlFor={code} className="menu-label">
              Paste this into a web page to show this chart alone, on this scenario
            </label>
            <textarea id={code} readOnly rows={4} value={snippet} onFocus={(e) => e.currentTarget.select()} />
            <button
              type="button"
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(snippet);
                  setStatus('Embed code copied.');
                } catch {
                  (document.getElementById(code) as HTMLTextAreaElement | null)?.select();
                  setStatus('The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
                }
              }}
            >
              Copy embed code
            </button>
          </div>
        )}
        <p className="share-status" role="status">
          {status}
        </p>
      </div>
    </details>
  );
}
