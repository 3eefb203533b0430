/**
 * A chart's Export menu: the chart as PNG or SVG, the data behind it as CSV (with a header naming dataset,
 * scenario, sources and licence), and the code to embed the chart alone in another page. Everything is made in
 * the browser from what is on screen; nothing is uploaded.
 */
import { isValidElement, type ReactNode, useId, useMemo, useRef, useState } from 'react';
import { originOf } from '../../scenario/edited';
import { encodeLink } from '../../scenario/link';
import { useAppStore } from '../../state/use-app-store';
import { useSimulationStore } from '../../state/use-simulation';
import { embedCode, embedUrl } from '../../teaching/route';
import type { ChartId } from '../charts/registry';
import { datasetName } from '../company-name';
import { downloadBlob, downloadText } from '../download';
import { titleWithOriginWords, useCompareWords } from '../panels/compare-words';
import { cardLines, headlines } from '../panels/headline-model';
import { pageBase } from '../teaching/route-state';
import { chartCsv, type ExportContext, exportFileName, exportWords, type TableData } from './csv-export';
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
  /** The menu's accessible name: "Export: <title>", in the reader's language. */
  readonly exportName: string;
  readonly description: string;
  readonly table: () => ReactNode;
  /** The data behind the drawing when it is more than its table (e.g. every model of the models chart). */
  readonly csv?: (() => TableData) | undefined;
}

export function ExportMenu({ id, title, exportName, description, table, csv }: Props) {
  const words = useCompareWords();
  const t = useMemo(() => exportWords(words.locale, words.messages), [words]);
  const scenario = useAppStore((s) => s.scenario);
  // The data the shown result ran on (the worker's view of it: name and as-of date).
  const dataset = useSimulationStore((s) => s.working?.view?.dataset ?? null);
  const summary = useSimulationStore((s) => s.working?.summary ?? null);
  // "Title (edited from the preset '…')" once the scenario differs from its preset.
  const scenarioTitle = titleWithOriginWords(scenario, originOf(scenario), words);
  const menu = useRef<HTMLDetailsElement>(null);
  const code = useId();
  const [embed, setEmbed] = useState(false);
  const [status, setStatus] = useState('');
  const link = () => `${pageBase()}#${encodeLink(scenario)}`;
  const context = (): ExportContext => ({
    chartTitle: title,
    scenarioTitle,
    link: link(),
    datasetName: dataset ? datasetName(dataset.name, words.locale, words.messages) : t('unknown'),
    asOf: dataset?.asOf ?? t('unknown'),
    headlines: summary ? headlines(summary, null, words.headline).flatMap(cardLines) : [],
  });
  const figure = () => document.getElementById(`chart-${id}`);
  const svgFile = () => {
    const el = figure();
    const drawing = el ? captureDrawing(el) : null;
    if (!el || !drawing) return null;
    return composeChartSvg({
      title,
      subtitle: [description, t('scenario', { title: scenarioTitle })],
      chart: drawing,
      legend: captureLegend(el, drawing.element),
      credit: [
        t('madeWith', {
          name: dataset ? datasetName(dataset.name, words.locale, words.messages) : t('unknown'),
          asOf: dataset?.asOf ?? t('unknown'),
        }),
        t('modelCredit', { credit: t('credit') }),
      ],
    });
  };
  const run = async (what: 'png' | 'svg' | 'csv') => {
    setStatus('');
    try {
      if (what === 'csv') {
        const data = csv?.() ?? tableDataOf(table());
        if (!data) throw new Error(t('noTable'));
        downloadText(chartCsv(data, context(), t), exportFileName(id, scenario.id, 'csv'), 'text/csv');
      } else {
        const file = svgFile();
        if (!file) throw new Error(t('showChartFirst'));
        if (what === 'svg') downloadText(file.svg, exportFileName(id, scenario.id, 'svg'), 'image/svg+xml');
        else
          downloadBlob(
            await svgToPng(file.svg, file.width, file.height, t),
            exportFileName(id, scenario.id, 'png'),
          );
      }
      setStatus(t('saved', { format: what.toUpperCase() }));
    } catch (e) {
      setStatus(e instanceof Error ? e.message : String(e));
    }
  };
  const snippet = embed
    ? embedCode(embedUrl(pageBase(), id, encodeLink(scenario)), t('embedTitle', { title }))
    : '';
  return (
    <details
      className="menu chart-export"
      ref={menu}
      onToggle={(e) => !e.currentTarget.open && setEmbed(false)}
    >
      <summary aria-label={exportName}>{t('export')}</summary>
      <div className="menu-body export-body">
        <div className="export-buttons">
          <button type="button" onClick={() => run('png')}>
            {t('png')}
          </button>
          <button type="button" onClick={() => run('svg')}>
            {t('svg')}
          </button>
          <button type="button" onClick={() => run('csv')}>
            {t('csv')}
          </button>
          <button type="button" aria-expanded={embed} onClick={() => setEmbed(!embed)}>
            {t('embed')}
          </button>
        </div>
        <p className="field-note">{t('note')}</p>
        {embed && (
          <div className="embed-code">
            <label htmlFor={code} className="menu-label">
              {t('embedLabel')}
            </label>
            <textarea id={code} readOnly rows={4} value={snippet} onFocus={(e) => e.currentTarget.select()} />
            <button
              type="button"
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(snippet);
                  setStatus(t('embedCopied'));
                } catch {
                  (document.getElementById(code) as HTMLTextAreaElement | null)?.select();
                  setStatus(t('embedSelected'));
                }
              }}
            >
              {t('copyEmbed')}
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
