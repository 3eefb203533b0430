/**
 * The frame every chart sits in: title, a one-line reading guide, controls, a toggle between the drawing and
 * its data table (the text alternative), and the Export menu (PNG, SVG, CSV, embed code).
 */
import type { ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { useAppStore } from '../../state/use-app-store';
import type { TableData } from '../export/csv-export';
import { lazyMenu } from '../lazy';
import { useChartWords } from './chart-words';
import type { ChartId } from './registry';

const ExportMenu = lazyMenu(
  () => import('../export/export-menu').then((m) => m.ExportMenu),
  'chart-export',
  <ExportWord />,
  ({ exportName }) => exportName,
);

/** The Export menu's name on the stand-in shown until the menu's code has loaded. */
function ExportWord() {
  return useTranslations('exports')('export');
}

interface Props {
  /** The chart's id in the registry: `chart-<id>` on the page. */
  readonly id: ChartId;
  readonly description: string;
  readonly controls?: ReactNode;
  readonly table: () => ReactNode;
  readonly children: ReactNode;
  readonly footer?: ReactNode;
  /** The data behind the drawing for CSV export, when it is more than the data table shows. */
  readonly csv?: () => TableData;
  /** A drawing of a fixed size that shrinks its text when scaled down: it scrolls sideways in a narrower box. */
  readonly scroll?: boolean;
}

export function ChartFrame({
  id,
  description,
  controls,
  table,
  children,
  footer,
  csv,
  scroll = false,
}: Props) {
  // The title is the registry's, from the `charts` catalogue, in the reader's language.
  const title = useTranslations('charts')(id);
  const words = useChartWords();
  const showTable = useAppStore((s) => s.view.tables[id] ?? false);
  const setView = useAppStore((s) => s.setView);
  const tables = useAppStore((s) => s.view.tables);
  return (
    <figure className="chart" id={`chart-${id}`} aria-labelledby={`chart-${id}-title`}>
      <div className="chart-head">
        <h2 id={`chart-${id}-title`}>{title}</h2>
        <div className="chart-controls">
          {controls}
          <button
            type="button"
            className="toggle"
            aria-pressed={showTable}
            onClick={() => setView({ tables: { ...tables, [id]: !showTable } })}
          >
            {showTable ? words.t('showChart') : words.t('showTable')}
          </button>
          <ExportMenu
            id={id}
            title={title}
            exportName={words.t('exportNamed', { title })}
            description={description}
            table={table}
            csv={csv}
          />
        </div>
      </div>
      <p className="chart-desc">{description}</p>
      {showTable ? (
        // A scrolling box: focusable, so the keyboard can scroll it too; named after its chart.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1).
        <section className="chart-table" tabIndex={0} aria-label={words.t('tableLabel', { title })}>
          {table()}
        </section>
      ) : scroll ? (
        <div className="chart-scroll-box">
          <div className="chart-scroll">{children}</div>
          <p className="scroll-hint">{words.t('scrollHint')}</p>
        </div>
      ) : (
        children
      )}
      {footer && <figcaption className="chart-foot">{footer}</figcaption>}
    </figure>
  );
}

/** A plain table of rows for a chart's text alternative. */
export function DataTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: { key: string; label: string; format?: (v: unknown) => string }[];
  rows: Record<string, unknown>[];
}) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional (one per quarter or item).
          <tr key={i}>
            {columns.map((c) => (
              <td key={c.key}>{c.format ? c.format(row[c.key]) : String(row[c.key] ?? '')}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
