/**
 * The data behind a chart as CSV: a header of `#` lines naming the chart, the scenario (with its link), the
 * dataset, the sources and the licence, and the scenario's headline numbers (the yard and what was captured), then the chart's data table with raw values (numbers unformatted, so a
 * spreadsheet reads them as numbers). Papaparse writes the rows; read it back with `comments: '#'`.
 */
import Papa from 'papaparse';
import { createTranslator } from 'use-intl/core';
import { type Locale, SOURCE_LOCALE } from '../../i18n/locales';
import { type Catalogue, en } from '../../i18n/messages/en';

/** A message of the `exports` namespace in one language, its arguments filled. */
export type ExportWords = (
  key: keyof Catalogue['exports'],
  values?: Record<string, string | number>,
) => string;

/** The export words of a locale (English, the source, by default). */
export function exportWords(locale: Locale = SOURCE_LOCALE, messages: Catalogue = en): ExportWords {
  const t = createTranslator({ locale, messages, namespace: 'exports', timeZone: 'UTC' });
  return (key, values) => t(key, values);
}

const ENGLISH_EXPORT_WORDS = exportWords();

/** A chart's data table, as its frame's DataTable receives it. */
export interface TableData {
  readonly caption: string;
  readonly columns: readonly { readonly key: string; readonly label: string }[];
  readonly rows: readonly Record<string, unknown>[];
}

/** What the header says about where the numbers come from. */
export interface ExportContext {
  readonly chartTitle: string;
  readonly scenarioTitle: string;
  /** The scenario's share link, so the numbers can be re-derived. */
  readonly link: string;
  readonly datasetName: string;
  readonly asOf: string;
  /**
   * The scenario's headline numbers as lines (headline-model.ts): the yard — companies in scope and whose deals
   * would be stopped — and the companies and deals captured, per measure and combined.
   */
  readonly headlines?: readonly string[];
}

/** Model and training-compute data credit, as Epoch AI asks for it. */
export const DATA_CREDIT = "Epoch AI, 'Data on AI Models' (CC BY 4.0)";

/** The header lines every export carries (text, without the leading `# `). */
export function provenanceLines(ctx: ExportContext, t: ExportWords = ENGLISH_EXPORT_WORDS): string[] {
  return [
    t('csvExport', { title: ctx.chartTitle }),
    t('scenario', { title: ctx.scenarioTitle }),
    t('csvLink', { link: ctx.link }),
    t('csvDataset', { name: ctx.datasetName, asOf: ctx.asOf }),
    t('csvSources', { credit: t('credit') }),
    t('csvLicence'),
    ...(ctx.headlines ?? []).map((line) => t('csvHeadline', { line })),
  ];
}

function cell(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value))
    return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; ');
  return JSON.stringify(value);
}

/** Header lines can hold any text: keep each on one line so every one starts with `#`. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

/** Write a chart's table as CSV with its provenance header. */
export function chartCsv(
  table: TableData,
  ctx: ExportContext,
  t: ExportWords = ENGLISH_EXPORT_WORDS,
): string {
  const header = [...provenanceLines(ctx, t), t('csvTable', { caption: table.caption })].map(
    (l) => `# ${oneLine(l)}`,
  );
  const body = Papa.unparse(
    {
      fields: table.columns.map((c) => c.label),
      data: table.rows.map((row) => table.columns.map((c) => cell(row[c.key]))),
    },
    { newline: '\n', quotes: false, escapeFormulae: true },
  );
  return `${header.join('\n')}\n${body}\n`;
}

/** A file name for a chart's export: `yardstick-<chart>-<scenario id>.<ext>`. */
export function exportFileName(chart: string, scenarioId: string, ext: string): string {
  const safe = (s: string) =>
    s
      .replace(/[^a-z0-9-]+/gi, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase();
  return `yardstick-${safe(chart)}-${safe(scenarioId) || 'scenario'}.${ext}`;
}
