/**
 * Read a CSV file into rows keyed by header, the way Python's csv.DictReader does: every value a string,
 * a missing cell an empty string. Used by the data scripts only (Node), never by the app.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

/** One CSV row: header → cell text. */
export type CsvRow = Record<string, string>;

/** Parse CSV text with a header row. Throws with the row number on a malformed row. */
export function parseCsv(text: string, label = 'CSV'): CsvRow[] {
  const parsed = Papa.parse<CsvRow>(text, { header: true, skipEmptyLines: true });
  const fatal = parsed.errors.find((e) => e.type !== 'FieldMismatch');
  if (fatal) throw new Error(`${label}: row ${(fatal.row ?? 0) + 2}: ${fatal.message}`);
  const headers = parsed.meta.fields ?? [];
  // DictReader gives '' for a short row's missing cells; papaparse leaves them undefined.
  return parsed.data.map((row) => {
    const out: CsvRow = {};
    for (const h of headers) out[h] = row[h] ?? '';
    return out;
  });
}

/** Read and parse a CSV file. */
export function readCsv(path: string): CsvRow[] {
  return parseCsv(readFileSync(path, 'utf8'), path);
}

/** SHA-256 of a file's bytes, hex. */
export function sha256Of(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * Split a semicolon-separated cell into trimmed, non-empty parts. A semicolon inside brackets does not split
 * ("Epoch AI, Data on AI Models (https://epoch.ai/data/ai-models; snapshot 2026-08-19)" is one source).
 */
export function splitList(cell: string | undefined): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of cell ?? '') {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ';' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((s) => s.trim()).filter((s) => s.length > 0);
}
