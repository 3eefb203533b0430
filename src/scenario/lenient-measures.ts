/**
 * The lenient reader's measure list: keeps every measure Yardstick knows, repairs what it can and leaves out the
 * rest, with one notice per problem. Unknown measure → left out; unknown setting → ignored; a bad value → the
 * template's default; a bad or duplicate id → a fresh one; more than 32 measures → the extra left out.
 */
import {
  defaultParams,
  isIsoDate,
  issuesFromZod,
  type ParamSpec,
  type PolicyInstance,
  type PolicyTemplate,
  paramsSchema,
  templateOf,
  withDefaults,
} from '../engine';
import { isPlainObject, type JsonObject, own, setOwn } from './json';
import { formatValue, noteUnknownKeys, readText } from './lenient-fields';
import { clip, describeValue, formatCount, measureName, type NoticeLog } from './notice';
import { PolicyInstanceSchema } from './schema';

/** The most measures a scenario holds (mirrors `ScenarioSchema`; a test checks they agree). */
export const MAX_MEASURES = 32;

const MEASURE_KEYS: ReadonlySet<string> = new Set(Object.keys(PolicyInstanceSchema.shape));
const ID_MAX = PolicyInstanceSchema.shape.id.maxLength ?? 80;
const TITLE_MAX = PolicyInstanceSchema.shape.title.maxLength ?? 200;
const JURISDICTION_MAX = PolicyInstanceSchema.shape.jurisdiction.maxLength ?? 40;

/** Return `id`, or `id-2`, `id-3`, … — the first not already taken (and short enough to stay a valid id). */
export function uniqueId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  const stem = id.slice(0, ID_MAX - 6).replace(/-+$/, '');
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

function readParams(
  value: unknown,
  specs: readonly ParamSpec[],
  path: string,
  name: string,
  log: NoticeLog,
): Record<string, unknown> {
  if (!isPlainObject(value)) {
    const why =
      value === undefined
        ? 'had no settings'
        : `had settings that could not be read (${describeValue(value)})`;
    log.add(`${path}.params`, `${name} ${why}, so its default settings are used.`);
    return { ...defaultParams(specs) };
  }
  const kept: JsonObject = {};
  for (const key of Object.keys(value)) {
    const spec = specs.find((s) => s.key === key);
    if (!spec) {
      log.add(
        `${path}.params.${key}`,
        `${name}: the setting '${clip(key)}' is not one this measure has, so it was ignored.`,
      );
      continue;
    }
    // Check one setting at a time, so one bad value costs only that value.
    const checked = paramsSchema(specs).safeParse({ [key]: value[key] }, { reportInput: true });
    if (checked.success) {
      setOwn(kept, key, (checked.data as JsonObject)[key]);
      continue;
    }
    const issue = issuesFromZod(checked.error, `${path}.params`)[0];
    log.add(
      issue?.path ?? `${path}.params.${key}`,
      `${name}: '${spec.label}' could not be used (${issue?.message ?? 'not a valid value'}), so its default (${formatValue(spec.default)}) is used.`,
    );
  }
  return { ...withDefaults(specs, kept) };
}

function readId(
  entry: JsonObject,
  template: PolicyTemplate,
  taken: Set<string>,
  path: string,
  name: string,
  log: NoticeLog,
) {
  const raw = own(entry, 'id');
  const valid = PolicyInstanceSchema.shape.id.safeParse(raw).success;
  const wanted = valid ? (raw as string) : template.id;
  const id = uniqueId(wanted, taken);
  if (!valid)
    log.add(`${path}.id`, `${name} had no usable id (${describeValue(raw)}), so it is called '${id}'.`);
  else if (id !== wanted)
    log.add(
      `${path}.id`,
      `${name} has the same id as an earlier measure ('${clip(wanted)}'), so it is now '${id}'.`,
    );
  taken.add(id);
  return id;
}

function readDates(entry: JsonObject, template: PolicyTemplate, path: string, name: string, log: NoticeLog) {
  const rawFrom = own(entry, 'effectiveFrom');
  let effectiveFrom = template.defaultEffectiveFrom;
  if (typeof rawFrom === 'string' && isIsoDate(rawFrom)) effectiveFrom = rawFrom;
  else
    log.add(
      `${path}.effectiveFrom`,
      `${name}: the start date could not be read (${describeValue(rawFrom)}), so the measure's own date (${effectiveFrom}) is used.`,
    );
  const rawTo = own(entry, 'effectiveTo');
  if (rawTo === undefined) return { effectiveFrom };
  if (typeof rawTo !== 'string' || !isIsoDate(rawTo)) {
    log.add(
      `${path}.effectiveTo`,
      `${name}: the end date could not be read (${describeValue(rawTo)}), so the measure has no end date.`,
    );
    return { effectiveFrom };
  }
  if (rawTo < effectiveFrom) {
    log.add(
      `${path}.effectiveTo`,
      `${name}: the end date (${rawTo}) is before the start (${effectiveFrom}), so the measure has no end date.`,
    );
    return { effectiveFrom };
  }
  return { effectiveFrom, effectiveTo: rawTo };
}

function readMeasure(entry: unknown, i: number, taken: Set<string>, log: NoticeLog): PolicyInstance | null {
  const path = `policies[${i}]`;
  if (!isPlainObject(entry)) {
    log.add(path, `${measureName(i)} could not be read (${describeValue(entry)}), so it was left out.`);
    return null;
  }
  const templateId = own(entry, 'template');
  const template = typeof templateId === 'string' ? templateOf(templateId) : undefined;
  if (!template) {
    log.add(
      `${path}.template`,
      typeof templateId === 'string'
        ? `${measureName(i, templateId)} is not one Yardstick knows, so it was left out.`
        : `${measureName(i)} does not say which measure it is, so it was left out.`,
    );
    return null;
  }
  const rawTitle = own(entry, 'title');
  const name = measureName(i, typeof rawTitle === 'string' && rawTitle ? rawTitle : template.id);
  noteUnknownKeys(entry, MEASURE_KEYS, path, 'a measure', log);
  const id = readId(entry, template, taken, path, name, log);
  const title = readText(
    rawTitle,
    `${path}.title`,
    {
      label: `title of measure ${i + 1}`,
      max: TITLE_MAX,
      fallback: template.title,
      fallbackName: "the measure's own title",
    },
    log,
  );
  const jurisdiction = readText(
    own(entry, 'jurisdiction'),
    `${path}.jurisdiction`,
    {
      label: `jurisdiction of measure ${i + 1}`,
      max: JURISDICTION_MAX,
      fallback: template.jurisdiction,
      fallbackName: "the measure's own jurisdiction",
    },
    log,
  );
  const rawEnabled = own(entry, 'enabled');
  const enabled = typeof rawEnabled === 'boolean' ? rawEnabled : true;
  if (typeof rawEnabled !== 'boolean')
    log.add(
      `${path}.enabled`,
      `${name}: whether it is on could not be read (${describeValue(rawEnabled)}), so it is on.`,
    );
  const dates = readDates(entry, template, path, name, log);
  const params = readParams(own(entry, 'params'), template.params, path, name, log);
  return { id, template: template.id, title, jurisdiction, enabled, ...dates, params };
}

/**
 * Read a scenario's list of measures leniently. A missing or unreadable list gives `fallback` (the base
 * preset's measures); otherwise every readable measure is kept in order.
 */
export function readMeasures(
  value: unknown,
  fallback: readonly PolicyInstance[],
  log: NoticeLog,
): PolicyInstance[] {
  if (!Array.isArray(value)) {
    log.add(
      'policies',
      value === undefined
        ? "The list of measures was missing, so the preset's measures are used."
        : `The list of measures could not be read (${describeValue(value)}), so the preset's measures are used.`,
    );
    return [...fallback];
  }
  const taken = new Set<string>();
  const out: PolicyInstance[] = [];
  value.slice(0, MAX_MEASURES).forEach((entry, i) => {
    const measure = readMeasure(entry, i, taken, log);
    if (measure) out.push(measure);
  });
  if (value.length > MAX_MEASURES) {
    const extra = value.length - MAX_MEASURES;
    log.add(
      'policies',
      `The scenario lists ${formatCount(value.length)} measures but holds at most ${MAX_MEASURES}, so the last ${formatCount(extra)} were left out.`,
    );
  }
  return out;
}
