/**
 * Schema migrations: an ordered list in which entry i (0-based) rewrites a version i+1 document into version
 * i+2. Files, links and autosave all run `migrate` before reading, so a document from any past version opens
 * today. A document from a newer version is read best-effort, with a notice, never refused or thrown at.
 *
 * To change the format, follow the checklist in `scenarios/README.md`: bump SCHEMA_VERSION, append a migration
 * here, freeze fixtures, add a test.
 */
import { isPlainObject, type JsonObject } from './json';
import type { Notice } from './notice';
import { SCHEMA_VERSION } from './schema';

/** One step: rewrites a document of version `from` into version `from + 1`. */
export interface Migration {
  /** The version this step reads; the list must run 1, 2, 3, … */
  readonly from: number;
  /** What changed, in one sentence (for the changelog and for tests). */
  readonly summary: string;
  /** Rewrite the document; must not mutate its input. It may throw on junk: `migrate` catches and reports. */
  readonly up: (doc: Readonly<JsonObject>) => JsonObject;
}

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    summary:
      'Version 2 adds the assumption countImputedCompute; a version 1 scenario gets true, the default (imputed compute estimates counted).',
    up: (doc) => {
      const assumptions = doc.assumptions;
      // Anything but an object is left for the reader to repair (it falls back to the preset's assumptions).
      if (!isPlainObject(assumptions) || 'countImputedCompute' in assumptions) return { ...doc };
      return { ...doc, assumptions: { ...assumptions, countImputedCompute: true } };
    },
  },
];

/** The outcome of `migrate`: the document at the target version (as far as it could be brought) and notices. */
export interface MigrateResult {
  /** The document, with `schemaVersion` set to the target version when it is an object. */
  readonly doc: unknown;
  /** The version the document said it was, or null if it did not say. */
  readonly fromVersion: number | null;
  readonly notices: readonly Notice[];
}

/** Options for tests, which run a chain of their own against a pretend current version. */
export interface MigrateOptions {
  readonly migrations?: readonly Migration[];
  readonly currentVersion?: number;
}

/** Check a migration list is in order (1, 2, 3, …) and ends at `currentVersion`; return the problems found. */
export function checkMigrations(
  migrations: readonly Migration[] = MIGRATIONS,
  currentVersion = SCHEMA_VERSION,
): string[] {
  const problems: string[] = [];
  migrations.forEach((m, i) => {
    if (m.from !== i + 1) problems.push(`migration ${i} reads version ${m.from}; expected ${i + 1}`);
  });
  if (migrations.length !== currentVersion - 1)
    problems.push(
      `${migrations.length} migrations lead to version ${migrations.length + 1}, not ${currentVersion}`,
    );
  return problems;
}

/**
 * Bring a raw document (already parsed from JSON) up to the current schema version. Never throws: a version
 * that is missing or unreadable is read as the current one, a newer one best-effort, and a failing step stops
 * the chain with a notice (the reader that follows repairs or drops what it cannot use).
 */
export function migrate(raw: unknown, options: MigrateOptions = {}): MigrateResult {
  const migrations = options.migrations ?? MIGRATIONS;
  const current = options.currentVersion ?? SCHEMA_VERSION;
  if (!isPlainObject(raw)) return { doc: raw, fromVersion: null, notices: [] };
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const notices: Notice[] = [
      {
        path: 'schemaVersion',
        message: `The scenario does not say which format version it uses, so it was read as version ${current}.`,
      },
    ];
    return { doc: { ...raw, schemaVersion: current }, fromVersion: null, notices };
  }
  if (version > current) {
    const message = `This scenario was made with a newer version of Yardstick (format ${version}; this one reads up to ${current}). It was opened as far as possible; parts it could not read are listed here.`;
    return {
      doc: { ...raw, schemaVersion: current },
      fromVersion: version,
      notices: [{ path: 'schemaVersion', message }],
    };
  }
  let doc: JsonObject = raw;
  for (let v = version; v < current; v++) {
    const step = migrations[v - 1];
    try {
      if (!step || step.from !== v) throw new Error(`no migration from version ${v}`);
      const next = step.up(doc);
      if (!isPlainObject(next)) throw new Error('the migration did not return a document');
      doc = next;
    } catch {
      const message = `The scenario could not be fully brought up to date from format ${v}, so it was read as far as possible.`;
      return {
        doc: { ...doc, schemaVersion: current },
        fromVersion: version,
        notices: [{ path: 'schemaVersion', message }],
      };
    }
  }
  return { doc: { ...doc, schemaVersion: current }, fromVersion: version, notices: [] };
}
