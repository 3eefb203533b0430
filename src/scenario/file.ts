/**
 * Scenario files: download a scenario as JSON in exactly the `scenarios/` preset format, and open one. Opening
 * is strict by default (every problem, each naming the file and the field at fault, and nothing opened) or
 * lenient on request (open what can be read, with a notice per problem). Both run the schema migrations first,
 * so a file from any earlier version opens.
 */
import type { Issue } from '../engine';
import { fallbackFor, fallbackScenario } from './fallback';
import { nestsDeeperThan } from './json';
import { readScenarioLeniently } from './lenient';
import { migrate } from './migrations';
import { clip, formatCount, type Notice } from './notice';
import { parseScenario } from './parse';
import { prettyJson } from './pretty-json';
import type { Scenario } from './schema';

/** The largest file read, in characters: far above any real scenario (≈ 200 KB at the schema's limits). */
export const MAX_FILE_CHARS = 2 * 1024 * 1024;

/** A problem in a file, naming the file and the field. */
export interface FileIssue extends Issue {
  /** The file's name as the user chose it (shortened). */
  readonly file: string;
}

/** The result of opening a file. */
export type FileReadResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly notices: readonly Notice[] }
  | { readonly ok: false; readonly issues: readonly FileIssue[] };

/** How to open a file: refuse on any problem (the default), or open what can be read. */
export interface FileReadOptions {
  readonly mode?: 'strict' | 'lenient';
  /** In lenient mode, where unreadable parts come from; by default the preset the file names, else the default. */
  readonly base?: Scenario;
}

/** Return the scenario as a file: the preset format, fields in the presets' order, every parameter written out. */
export function scenarioToFile(scenario: Scenario): string {
  // Written out in full (not only what differs from the defaults) so a file means the same after a default changes.
  return prettyJson({
    schemaVersion: scenario.schemaVersion,
    id: scenario.id,
    title: scenario.title,
    description: scenario.description,
    basePreset: scenario.basePreset,
    dataset: { name: scenario.dataset.name, version: scenario.dataset.version },
    horizon: { from: scenario.horizon.from, to: scenario.horizon.to },
    assumptions: scenario.assumptions,
    policies: scenario.policies.map((p) => ({
      id: p.id,
      template: p.template,
      title: p.title,
      jurisdiction: p.jurisdiction,
      enabled: p.enabled,
      effectiveFrom: p.effectiveFrom,
      effectiveTo: p.effectiveTo,
      params: p.params,
    })),
    view: scenario.view,
  });
}

/** Return a file name for the scenario: its id, which is already safe in any file system. */
export function scenarioFileName(scenario: Scenario): string {
  return `${scenario.id}.json`;
}

/** Format a file issue as one line: `my-scenario.json: policies[0].params.x: must be at most 1e+28, got 1e+40`. */
export function formatFileIssue(issue: FileIssue): string {
  return [issue.file, issue.path, issue.message].filter(Boolean).join(': ');
}

/** Text with control characters shown as '·' (they would print as nothing, or break a line, in a notice). */
function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '·');
}

function readJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (text.length > MAX_FILE_CHARS)
    return {
      ok: false,
      message: `is too large to be a scenario (${formatCount(text.length)} characters; at most ${formatCount(MAX_FILE_CHARS)})`,
    };
  if (nestsDeeperThan(text))
    return { ok: false, message: 'is not a scenario: its brackets nest more than 64 levels deep' };
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return {
      ok: false,
      // The parser quotes the text it choked on: keep control characters (a binary file's) out of the message.
      message: `is not valid JSON (${clip(printable(error instanceof Error ? error.message : String(error)), 120)})`,
    };
  }
}

/**
 * Open a scenario file. Strict (default): the scenario, or every problem with the file and field named.
 * Lenient: always a scenario, with a notice for each part that could not be read. Never throws.
 */
export function scenarioFromFile(
  text: string,
  fileName: string,
  options: FileReadOptions = {},
): FileReadResult {
  const file = clip(String(fileName), 80);
  const lenient = options.mode === 'lenient';
  const json = readJson(typeof text === 'string' ? text : '');
  if (!json.ok) {
    if (!lenient) return { ok: false, issues: [{ file, path: '', message: json.message }] };
    const base = options.base ?? fallbackScenario();
    return {
      ok: true,
      scenario: base,
      notices: [
        { path: '', message: `The file ${file} ${json.message}, so '${clip(base.title)}' is shown instead.` },
      ],
    };
  }
  const migrated = migrate(json.value);
  if (lenient) {
    const read = readScenarioLeniently(migrated.doc, options.base ?? fallbackFor(json.value));
    return { ok: true, scenario: read.scenario, notices: [...migrated.notices, ...read.notices] };
  }
  const parsed = parseScenario(migrated.doc);
  if (parsed.ok) return { ok: true, scenario: parsed.value, notices: migrated.notices };
  // A newer version's notice comes first: it usually explains the unknown fields that follow.
  return { ok: false, issues: [...migrated.notices, ...parsed.issues].map((issue) => ({ file, ...issue })) };
}
