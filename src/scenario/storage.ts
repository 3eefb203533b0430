/**
 * The autosave envelope: the working scenario and the user's saved scenarios, as one versioned JSON text for
 * local storage. Reading is lenient and never throws: a damaged store gives back every scenario that can be read
 * (each migrated and repaired like a link), with notices for the rest, so a bad save never stops the app opening.
 */
import { fallbackFor } from './fallback';
import { isPlainObject, nestsDeeperThan, own } from './json';
import { readScenarioLeniently } from './lenient';
import { readText } from './lenient-fields';
import { migrate } from './migrations';
import { describeValue, formatCount, type Notice, NoticeLog } from './notice';
import type { Scenario } from './schema';

/** Marks the text as Yardstick's autosave (another app may share the storage key). */
export const STORAGE_KIND = 'yardstick-autosave';
/** The envelope's own version; each scenario inside carries its schema version separately. */
export const STORAGE_VERSION = 1;
/** Limits on what is read back: more saved scenarios than this are dropped, longer names cut. */
export const STORAGE_LIMITS = { maxChars: 8 * 1024 * 1024, maxSaved: 200, maxNameChars: 100 } as const;

/** A scenario the user saved under a name. */
export interface SavedScenario {
  readonly name: string;
  readonly scenario: Scenario;
}

/** What autosave keeps. */
export interface StoredState {
  /** The scenario being edited, or null if there is none to restore. */
  readonly working: Scenario | null;
  readonly saved: readonly SavedScenario[];
}

/** What autosave read back, with what it could not. */
export interface DecodedStore extends StoredState {
  readonly notices: readonly Notice[];
}

/** Return the text to store. */
export function encodeStored(state: StoredState): string {
  return JSON.stringify({
    kind: STORAGE_KIND,
    version: STORAGE_VERSION,
    working: state.working,
    saved: state.saved,
  });
}

function readStoredScenario(raw: unknown, path: string, log: NoticeLog): Scenario {
  const migrated = migrate(raw);
  const read = readScenarioLeniently(migrated.doc, fallbackFor(raw));
  for (const n of [...migrated.notices, ...read.notices])
    log.add(n.path ? `${path}.${n.path}` : path, n.message);
  return read.scenario;
}

function readSaved(value: unknown, log: NoticeLog): SavedScenario[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    log.add('saved', `Your saved scenarios could not be read (${describeValue(value)}).`);
    return [];
  }
  const out: SavedScenario[] = [];
  value.slice(0, STORAGE_LIMITS.maxSaved).forEach((entry, i) => {
    const path = `saved[${i}]`;
    const scenario = isPlainObject(entry) ? own(entry, 'scenario') : undefined;
    if (!isPlainObject(entry) || !isPlainObject(scenario)) {
      log.add(path, `Saved scenario ${i + 1} could not be read, so it was left out.`);
      return;
    }
    const fallback = `Saved scenario ${i + 1}`;
    const name = readText(
      own(entry, 'name'),
      `${path}.name`,
      {
        label: `name of saved scenario ${i + 1}`,
        max: STORAGE_LIMITS.maxNameChars,
        fallback,
        fallbackName: 'the name',
      },
      log,
    );
    out.push({ name, scenario: readStoredScenario(scenario, `${path}.scenario`, log) });
  });
  if (value.length > STORAGE_LIMITS.maxSaved)
    log.add(
      'saved',
      `Only the first ${STORAGE_LIMITS.maxSaved} of ${formatCount(value.length)} saved scenarios were kept.`,
    );
  return out;
}

/**
 * Read autosaved text back. Nothing stored (null or '') gives an empty state without notices; anything else
 * gives every readable scenario, with a notice for each part that could not be read. Never throws.
 */
export function decodeStored(text: string | null | undefined): DecodedStore {
  const log = new NoticeLog();
  const empty = (message?: string): DecodedStore => {
    if (message) log.add('', message);
    return { working: null, saved: [], notices: log.list() };
  };
  if (text === null || text === undefined || text === '') return empty();
  if (typeof text !== 'string' || text.length > STORAGE_LIMITS.maxChars)
    return empty('Your autosaved work is too large to read, so Yardstick starts afresh.');
  let doc: unknown;
  try {
    if (nestsDeeperThan(text)) throw new RangeError('nested too deeply');
    doc = JSON.parse(text);
  } catch {
    return empty('Your autosaved work is damaged and could not be read, so Yardstick starts afresh.');
  }
  if (!isPlainObject(doc) || own(doc, 'kind') !== STORAGE_KIND)
    return empty('The autosaved data is not a Yardstick autosave, so Yardstick starts afresh.');
  const version = own(doc, 'version');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    log.add(
      'version',
      'Your autosaved work does not say which format it uses; it was read as well as it could be.',
    );
  else if (version > STORAGE_VERSION)
    log.add(
      'version',
      'Your autosaved work was written by a newer version of Yardstick; it was read as well as it could be.',
    );
  const rawWorking = own(doc, 'working');
  let working: Scenario | null = null;
  if (isPlainObject(rawWorking)) working = readStoredScenario(rawWorking, 'working', log);
  else if (rawWorking !== undefined && rawWorking !== null)
    log.add('working', `The scenario you were working on could not be read (${describeValue(rawWorking)}).`);
  const saved = readSaved(own(doc, 'saved'), log);
  return { working, saved, notices: log.list() };
}
