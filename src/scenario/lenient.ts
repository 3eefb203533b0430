/**
 * The lenient scenario reader that links, files (on request) and autosave use: it keeps every valid part of a
 * document, repairs or drops the rest with a notice per problem, and takes anything unreadable from a base
 * scenario (the preset the input starts from). It never throws and always returns a valid scenario.
 *
 * Contract, tested: for any input `parseScenario` accepts, the result equals `parseScenario`'s, with no notices.
 * Titles and descriptions are kept as plain strings (capped); they are data, and the interface renders them as
 * text, never markup.
 */
import { formatIssue, isQuarter, ordinalOf, type Quarter } from '../engine';
import { fallbackFor, fallbackScenario } from './fallback';
import { canonicalJson, isPlainObject, type JsonObject, own } from './json';
import { noteUnknownKeys, readText } from './lenient-fields';
import { readMeasures } from './lenient-measures';
import { clip, describeValue, type Notice, NoticeLog } from './notice';
import { HORIZON_LIMITS, parseScenario } from './parse';
import {
  AssumptionsSchema,
  MAX_VIEW_CHARS,
  SCHEMA_VERSION,
  type Scenario,
  ScenarioSchema,
  ViewSchema,
} from './schema';

/** A scenario read leniently, with what could not be read. */
export interface LenientResult {
  readonly scenario: Scenario;
  readonly notices: readonly Notice[];
}

const SHAPE = ScenarioSchema.shape;
const SCENARIO_KEYS: ReadonlySet<string> = new Set(Object.keys(SHAPE));
const DATASET_KEYS: ReadonlySet<string> = new Set(Object.keys(SHAPE.dataset.shape));
const ASSUMPTION_KEYS = Object.keys(AssumptionsSchema.shape) as (keyof typeof AssumptionsSchema.shape)[];

function readId(value: unknown, base: Scenario, log: NoticeLog): string {
  if (SHAPE.id.safeParse(value).success) return value as string;
  log.add(
    'id',
    `The scenario's id (${describeValue(value)}) is not lowercase words joined by hyphens, so '${base.id}' is used.`,
  );
  return base.id;
}

function readDataset(value: unknown, base: Scenario, log: NoticeLog): Scenario['dataset'] {
  if (!isPlainObject(value)) {
    log.add(
      'dataset',
      `The dataset could not be read (${describeValue(value)}), so the ${base.dataset.name} dataset is used.`,
    );
    return base.dataset;
  }
  noteUnknownKeys(value, DATASET_KEYS, 'dataset', 'a dataset reference', log);
  const name = readText(
    own(value, 'name'),
    'dataset.name',
    {
      label: 'dataset name',
      max: SHAPE.dataset.shape.name.maxLength ?? 200,
      fallback: base.dataset.name,
      fallbackName: "the preset's dataset",
    },
    log,
  );
  const version = own(value, 'version');
  if (version !== 1)
    log.add(
      'dataset.version',
      `The dataset format (${describeValue(version)}) is not one Yardstick reads, so format 1 is used.`,
    );
  return { name, version: 1 };
}

function readQuarter(value: unknown, path: string, fallback: Quarter, log: NoticeLog): Quarter {
  if (
    typeof value === 'string' &&
    isQuarter(value) &&
    ordinalOf(value) >= ordinalOf(HORIZON_LIMITS.from) &&
    ordinalOf(value) <= ordinalOf(HORIZON_LIMITS.to)
  )
    return value;
  log.add(
    path,
    `The horizon's ${path.endsWith('from') ? 'start' : 'end'} (${describeValue(value)}) is not a quarter from ${HORIZON_LIMITS.from} to ${HORIZON_LIMITS.to}, so ${fallback} is used.`,
  );
  return fallback;
}

function readHorizon(value: unknown, base: Scenario, log: NoticeLog): Scenario['horizon'] {
  if (!isPlainObject(value)) {
    log.add(
      'horizon',
      `The horizon could not be read (${describeValue(value)}), so ${base.horizon.from}–${base.horizon.to} is used.`,
    );
    return base.horizon;
  }
  const from = readQuarter(own(value, 'from'), 'horizon.from', base.horizon.from, log);
  const to = readQuarter(own(value, 'to'), 'horizon.to', base.horizon.to, log);
  if (ordinalOf(from) <= ordinalOf(to)) return { from, to };
  log.add(
    'horizon',
    `The horizon starts (${from}) after it ends (${to}), so ${base.horizon.from}–${base.horizon.to} is used.`,
  );
  return base.horizon;
}

function readAssumptions(value: unknown, base: Scenario, log: NoticeLog): Scenario['assumptions'] {
  if (!isPlainObject(value)) {
    log.add(
      'assumptions',
      `The assumptions could not be read (${describeValue(value)}), so the preset's are used.`,
    );
    return base.assumptions;
  }
  noteUnknownKeys(value, new Set(ASSUMPTION_KEYS), 'assumptions', 'the assumptions', log);
  const out: Record<string, unknown> = {};
  for (const key of ASSUMPTION_KEYS) {
    const raw = own(value, key);
    const checked = AssumptionsSchema.shape[key].safeParse(raw);
    out[key] = checked.success ? checked.data : base.assumptions[key];
    if (!checked.success)
      log.add(
        `assumptions.${key}`,
        `The assumption '${key}' could not be used (${describeValue(raw)}), so the preset's value (${String(base.assumptions[key])}) is used.`,
      );
  }
  return out as Scenario['assumptions'];
}

function sizeOf(value: unknown): number {
  try {
    return canonicalJson(value).length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function readView(value: unknown, log: NoticeLog): Scenario['view'] {
  if (value === undefined) return undefined;
  if (!isPlainObject(value)) {
    log.add(
      'view',
      `The view settings could not be read (${describeValue(value)}), so the usual view is shown.`,
    );
    return undefined;
  }
  const kept: JsonObject = {};
  for (const key of Object.keys(value)) {
    const item = value[key];
    const known = Object.hasOwn(ViewSchema.shape, key);
    const ok = known ? ViewSchema.safeParse({ [key]: item }).success : sizeOf(item) <= MAX_VIEW_CHARS;
    if (ok)
      Object.defineProperty(kept, key, { value: item, enumerable: true, writable: true, configurable: true });
    else
      log.add(
        `view.${key}`,
        `The view setting '${clip(key)}' could not be used (${describeValue(item)}), so it was ignored.`,
      );
  }
  const checked = ViewSchema.safeParse(kept);
  return checked.success && sizeOf(checked.data) <= MAX_VIEW_CHARS ? checked.data : undefined;
}

function readBasePreset(value: unknown, log: NoticeLog): { basePreset?: string } {
  if (value === undefined) return {};
  if (SHAPE.id.safeParse(value).success) return { basePreset: value as string };
  log.add(
    'basePreset',
    `The preset this scenario starts from (${describeValue(value)}) could not be read, so it was left out.`,
  );
  return {};
}

/**
 * Read a scenario document leniently against `base` (by default the preset it names, else the default preset).
 * The input should already be migrated to the current schema (see `migrate`); its `schemaVersion` is not checked.
 */
export function readScenarioLeniently(raw: unknown, base: Scenario = fallbackScenario()): LenientResult {
  const log = new NoticeLog();
  if (!isPlainObject(raw)) {
    log.add(
      '',
      `The scenario could not be read (${describeValue(raw)}), so '${clip(base.title)}' is shown instead.`,
    );
    return { scenario: base, notices: log.list() };
  }
  noteUnknownKeys(raw, SCENARIO_KEYS, '', 'a scenario', log);
  const view = readView(own(raw, 'view'), log);
  const candidate = {
    schemaVersion: SCHEMA_VERSION,
    id: readId(own(raw, 'id'), base, log),
    title: readText(
      own(raw, 'title'),
      'title',
      {
        label: 'title',
        max: SHAPE.title.maxLength ?? 200,
        fallback: base.title,
        fallbackName: "the preset's title",
      },
      log,
    ),
    description: readText(
      own(raw, 'description'),
      'description',
      {
        label: 'description',
        max: SHAPE.description.maxLength ?? 5000,
        fallback: base.description,
        fallbackName: "the preset's description",
        allowEmpty: true,
      },
      log,
    ),
    ...readBasePreset(own(raw, 'basePreset'), log),
    dataset: readDataset(own(raw, 'dataset'), base, log),
    horizon: readHorizon(own(raw, 'horizon'), base, log),
    assumptions: readAssumptions(own(raw, 'assumptions'), base, log),
    policies: readMeasures(own(raw, 'policies'), base.policies, log),
    ...(view === undefined ? {} : { view }),
  };
  // The readers above mirror the schema; this check makes "always a valid scenario" hold even if they drift.
  const checked = parseScenario(candidate);
  if (checked.ok) return { scenario: checked.value, notices: log.list() };
  const first = checked.issues[0];
  log.add(
    '',
    `The scenario could not be repaired${first ? ` (${formatIssue(first)})` : ''}, so '${clip(base.title)}' is shown instead.`,
  );
  return { scenario: base, notices: log.list() };
}

/** Read a scenario leniently against the preset it starts from, else the preset it is, else the default. */
export function readScenarioWithFallback(raw: unknown): LenientResult {
  return readScenarioLeniently(raw, fallbackFor(raw));
}
