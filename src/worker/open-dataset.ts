/**
 * Open the dataset file(s) a user chose: one .json file, the CSV files of one dataset, or a .zip of either.
 * Reads the bytes (reporting progress), decodes UTF-8, parses, validates, and returns the dataset or every problem
 * (each naming file, row and column). Runs in the parse-dataset worker, and on the main thread where there is
 * no worker (tests, old browsers). Never throws: an unexpected failure becomes a problem too.
 */
import { datasetFromCsv } from '../data/csv/from-csv';
import { unzipDatasetFiles } from '../data/csv/zip';
import { type Issue, parseDataset, partitionPoint } from '../engine';
import { jsonErrorOffset, lineAndColumn } from './json-error-position';
import { MAX_DATASET_BYTES, type OpenOutcome, type OpenProgress } from './open-dataset-types';

export { MAX_DATASET_BYTES, type OpenOutcome, type OpenProgress } from './open-dataset-types';

/** A file to open: a browser `File`, or anything with its name, size and bytes. */
export interface OpenableFile {
  readonly name: string;
  readonly size: number;
  stream(): ReadableStream<Uint8Array>;
}

type Report = (progress: OpenProgress) => void;

const MB = 1024 * 1024;
const mb = (bytes: number) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;

class OpenError extends Error {
  constructor(readonly issues: readonly Issue[]) {
    super(issues[0]?.message ?? 'could not be opened');
  }
}

const problem = (message: string, path = ''): OpenError => new OpenError([{ path, message }]);

/** Read a file's bytes in chunks, reporting the share read (throttled to one report per ~1 % or 100 ms). */
async function readBytes(file: OpenableFile, report: Report): Promise<Uint8Array> {
  const out = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let offset = 0;
  let last = -1;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (offset + value.length > out.length) throw problem(`${file.name} changed while it was being read`);
    out.set(value, offset);
    offset += value.length;
    const fraction = file.size ? offset / file.size : 1;
    if (fraction - last >= 0.01) {
      last = fraction;
      report({ step: 'read', file: file.name, fraction });
    }
  }
  return offset === out.length ? out : out.subarray(0, offset);
}

/** Decode UTF-8 strictly: a file saved in another encoding gets a clear message, not garbled names. */
function decode(name: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Say roughly where: the longest prefix that decodes (a binary search, only on failure).
    const streams = (n: number) => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
        return true;
      } catch {
        return false;
      }
    };
    let lo = partitionPoint(bytes.length + 1, streams) - 1;
    // The streaming decoder accepts a sequence's first bytes; step back to where the bad sequence starts.
    const decodes = (n: number) => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n));
        return true;
      } catch {
        return false;
      }
    };
    while (lo > 0 && !decodes(lo)) lo--;
    throw problem(
      `is not UTF-8 text (the first bad byte is at offset ${lo}); save it as UTF-8 (in a spreadsheet: "CSV UTF-8")`,
      name,
    );
  }
}

/** Parse and validate a dataset's JSON text. */
export function datasetFromJsonText(name: string, text: string, report: Report = () => {}): OpenOutcome {
  report({ step: 'parse', file: name, fraction: null });
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
    const offset = jsonErrorOffset(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    const where = offset === null ? '' : ` (at ${lineAndColumn(text, offset)})`;
    return {
      ok: false,
      label: name,
      issues: [{ path: '', message: `is not valid JSON: ${message}${where}` }],
    };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const got = raw === null ? 'null' : Array.isArray(raw) ? 'a list' : `a ${typeof raw}`;
    return {
      ok: false,
      label: name,
      issues: [
        {
          path: '',
          message: `is not a Yardstick dataset: expected an object starting {"format": "yardstick-dataset", …}, got ${got}`,
        },
      ],
    };
  }
  const head = raw as { schemaVersion?: unknown; policies?: unknown } | null;
  if (head && typeof head === 'object' && 'schemaVersion' in head && 'policies' in head) {
    return {
      ok: false,
      label: name,
      issues: [
        {
          path: '',
          message:
            'is a scenario file, not a dataset: open it as a scenario (drop it on the page, or use the scenario menu)',
        },
      ],
    };
  }
  report({ step: 'check', file: name, fraction: null });
  const parsed = parseDataset(raw);
  return parsed.ok
    ? { ok: true, dataset: parsed.value, label: name }
    : { ok: false, label: name, issues: parsed.issues };
}

interface Loaded {
  readonly name: string;
  readonly text: string;
}

const extension = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

function route(label: string, files: readonly Loaded[], report: Report): OpenOutcome {
  const json = files.filter((f) => extension(f.name) === 'json');
  const csv = files.filter((f) => extension(f.name) === 'csv');
  if (json.length === 1 && files.length === 1)
    return datasetFromJsonText(json[0]!.name, json[0]!.text, report);
  if (csv.length === files.length && csv.length > 0) {
    const result = datasetFromCsv(csv, {
      onStep: (step, file) => report({ step, file, fraction: null }),
    });
    return result.ok
      ? { ok: true, dataset: result.value, label }
      : { ok: false, label, issues: result.issues };
  }
  return {
    ok: false,
    label,
    issues: [
      {
        path: '',
        message:
          json.length > 1 || (json.length && csv.length)
            ? 'open one .json dataset, or the CSV files of one dataset together — not a mix'
            : 'holds no dataset files (.json or .csv)',
      },
    ],
  };
}

/** Open one .json file, the CSV files of one dataset, or a .zip of them. */
export async function openDatasetFiles(
  files: readonly OpenableFile[],
  report: Report = () => {},
): Promise<OpenOutcome> {
  const label = files.map((f) => f.name).join(', ') || 'No file';
  try {
    if (files.length === 0) throw problem('no file was given');
    const total = files.reduce((sum, f) => sum + f.size, 0);
    if (total > MAX_DATASET_BYTES) {
      throw problem(
        `${files.length === 1 ? 'is' : 'are together'} ${mb(total)}; the largest dataset Yardstick opens is ${mb(MAX_DATASET_BYTES)}`,
      );
    }
    const unknown = files.filter((f) => !['json', 'csv', 'zip'].includes(extension(f.name)));
    if (unknown.length) {
      throw problem(
        `${unknown.map((f) => f.name).join(', ')}: Yardstick opens .json, .csv and .zip files (save a spreadsheet as "CSV UTF-8")`,
      );
    }
    const zips = files.filter((f) => extension(f.name) === 'zip');
    if (zips.length && files.length > 1) throw problem('open a .zip on its own');
    const loaded: Loaded[] = [];
    for (const file of files) {
      const bytes = await readBytes(file, report);
      if (extension(file.name) !== 'zip') {
        loaded.push({ name: file.name, text: decode(file.name, bytes) });
        continue;
      }
      report({ step: 'parse', file: file.name, fraction: null });
      let entries: ReturnType<typeof unzipDatasetFiles>;
      try {
        entries = unzipDatasetFiles(bytes, MAX_DATASET_BYTES);
      } catch (error) {
        throw problem(
          `is not a readable zip archive (${error instanceof Error ? error.message : String(error)})`,
        );
      }
      if (entries === null)
        throw problem(`unpacks to more than ${mb(MAX_DATASET_BYTES)}, the largest dataset Yardstick opens`);
      for (const entry of entries) loaded.push({ name: entry.name, text: decode(entry.name, entry.bytes) });
    }
    return route(label, loaded, report);
  } catch (error) {
    if (error instanceof OpenError) return { ok: false, label, issues: error.issues };
    // Out of memory or a bug: still a message, and the dataset in use stays.
    return {
      ok: false,
      label,
      issues: [
        {
          path: '',
          message: `could not be opened (${error instanceof Error ? error.message : String(error)})`,
        },
      ],
    };
  }
}
