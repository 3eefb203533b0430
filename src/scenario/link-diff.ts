/**
 * A link's payload: only what differs from the base preset. Top-level fields that differ are written whole
 * (`assumptions` key by key); `null` removes a field the base has. If the measures differ, `policies` lists every
 * measure in order, each as the shortest of:
 *
 * - `"us-outbound"`: the base's measure with that id, unchanged;
 * - `{ "@": "us-outbound", …changes }`: a base measure with changes (an `id` change makes a copy of it);
 * - `{ "+": "distillation", …changes }`: a new measure from the template's defaults;
 *
 * where changes are whole fields, except `params`, which holds only the settings that differ. Removed measures
 * are simply not listed, so additions, removals, copies and reordering all come out of the same list.
 * `applyDiff` reverses it and never throws; entries it cannot place are left out with a notice.
 */
import { canonicalJson, isPlainObject, type JsonObject, jsonEqual, own, setOwn, toJson } from './json';
import { describeValue, type NoticeLog } from './notice';

/** The marker of an entry that starts from a base measure. */
const FROM_BASE = '@';
/** The marker of an entry that starts from a template's defaults. */
const FROM_TEMPLATE = '+';

function keysOf(a: JsonObject, b: JsonObject): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}

/** Return the fields of `target` that differ from `base`, with `null` for fields `target` lacks. */
function diffFlat(base: JsonObject, target: JsonObject, skip: ReadonlySet<string> = new Set()): JsonObject {
  const out: JsonObject = {};
  for (const key of keysOf(base, target)) {
    if (skip.has(key)) continue;
    const b = own(base, key);
    const t = own(target, key);
    if (t === undefined) {
      if (b !== undefined) setOwn(out, key, null);
    } else if (!jsonEqual(b, t)) setOwn(out, key, t);
  }
  return out;
}

const MEASURE_SKIP: ReadonlySet<string> = new Set(['template', 'params']);

function measureChanges(base: JsonObject, target: JsonObject): JsonObject {
  const out = diffFlat(base, target, MEASURE_SKIP);
  const b = own(base, 'params');
  const t = own(target, 'params');
  if (isPlainObject(b) && isPlainObject(t)) {
    const params = diffFlat(b, t);
    if (Object.keys(params).length) out.params = params;
  } else if (!jsonEqual(b, t)) out.params = t ?? null;
  return out;
}

function encodeMeasure(
  measure: JsonObject,
  base: readonly JsonObject[],
  templates: Readonly<Record<string, JsonObject>>,
): unknown {
  const template = own(measure, 'template');
  const sameId = base.find((b) => b.id === measure.id && b.template === template);
  if (sameId && jsonEqual(sameId, measure)) return measure.id;
  const candidates: JsonObject[] = [];
  if (sameId) candidates.push({ [FROM_BASE]: sameId.id, ...measureChanges(sameId, measure) });
  for (const b of base)
    if (b !== sameId && b.template === template)
      candidates.push({ [FROM_BASE]: b.id, ...measureChanges(b, measure) });
  const defaults = typeof template === 'string' ? own(templates, template) : undefined;
  const start = isPlainObject(defaults) ? defaults : { template };
  candidates.push({ [FROM_TEMPLATE]: template, ...measureChanges(start, measure) });
  // Shortest wins; on a tie the earlier (same id, then base order, then template) so the choice is stable.
  let best = candidates[0]!;
  let bestLength = canonicalJson(best).length;
  for (const c of candidates.slice(1)) {
    const length = canonicalJson(c).length;
    if (length < bestLength) [best, bestLength] = [c, length];
  }
  return best;
}

/**
 * Return what `target` changes relative to `base` (both plain scenario documents, as `toJson` gives them).
 * `templates` maps template id → its default measure (see `templateDefaultMeasure`).
 */
export function diffScenario(
  base: JsonObject,
  target: JsonObject,
  templates: Readonly<Record<string, JsonObject>>,
): JsonObject {
  const out = diffFlat(base, target, new Set(['schemaVersion', 'assumptions', 'policies']));
  const ba = own(base, 'assumptions');
  const ta = own(target, 'assumptions');
  if (isPlainObject(ba) && isPlainObject(ta)) {
    const assumptions = diffFlat(ba, ta);
    if (Object.keys(assumptions).length) out.assumptions = assumptions;
  } else if (!jsonEqual(ba, ta)) out.assumptions = ta ?? null;
  const bp = own(base, 'policies');
  const tp = own(target, 'policies');
  if (!jsonEqual(bp, tp)) {
    const baseMeasures = Array.isArray(bp) ? bp.filter(isPlainObject) : [];
    out.policies = Array.isArray(tp)
      ? tp.map((m) => (isPlainObject(m) ? encodeMeasure(m, baseMeasures, templates) : m))
      : (tp ?? null);
  }
  return out;
}

/** Apply changes to a copy of `start`: `null` removes a field; `params` (and `assumptions`) merge key by key. */
function applyChanges(
  start: JsonObject,
  changes: JsonObject,
  merged: ReadonlySet<string>,
  skip: ReadonlySet<string>,
): JsonObject {
  const out = toJson(start);
  for (const key of Object.keys(changes)) {
    if (skip.has(key)) continue;
    const value = changes[key];
    const current = own(out, key);
    if (merged.has(key) && isPlainObject(value) && isPlainObject(current))
      setOwn(out, key, applyChanges(current, value, new Set(), new Set()));
    else if (value === null) delete out[key];
    else setOwn(out, key, value);
  }
  return out;
}

const MEASURE_MERGED: ReadonlySet<string> = new Set(['params']);
const MARKERS: ReadonlySet<string> = new Set([FROM_BASE, FROM_TEMPLATE]);

function decodeMeasure(
  entry: unknown,
  i: number,
  base: readonly JsonObject[],
  templates: Readonly<Record<string, JsonObject>>,
  log: NoticeLog,
): JsonObject | null {
  const path = `policies[${i}]`;
  const find = (id: unknown) => base.find((b) => b.id === id);
  const missing = (id: unknown) =>
    log.add(
      path,
      `Measure ${i + 1} in this link refers to ${describeValue(id)}, which the preset it starts from does not have, so it was left out.`,
    );
  if (typeof entry === 'string') {
    const found = find(entry);
    if (!found) missing(entry);
    return found ? toJson(found) : null;
  }
  if (!isPlainObject(entry)) {
    log.add(
      path,
      `Measure ${i + 1} in this link could not be read (${describeValue(entry)}), so it was left out.`,
    );
    return null;
  }
  const fromBase = own(entry, FROM_BASE);
  const fromTemplate = own(entry, FROM_TEMPLATE);
  let start: JsonObject = {};
  if (typeof fromBase === 'string') {
    const found = find(fromBase);
    if (!found) {
      missing(fromBase);
      return null;
    }
    start = found;
  } else if (typeof fromTemplate === 'string') {
    const defaults = own(templates, fromTemplate);
    // An unknown template still becomes a measure, so the reader can name it in its notice.
    start = isPlainObject(defaults) ? defaults : { id: fromTemplate, template: fromTemplate };
  } else if (fromBase !== undefined || fromTemplate !== undefined) {
    log.add(path, `Measure ${i + 1} in this link could not be read, so it was left out.`);
    return null;
  }
  return applyChanges(start, entry, MEASURE_MERGED, MARKERS);
}

/**
 * Rebuild a scenario document from a base preset document and a link's changes. Never throws; the result is
 * raw (values unchecked) and goes through `migrate` and the lenient reader next.
 */
export function applyDiff(
  base: JsonObject,
  diff: JsonObject,
  templates: Readonly<Record<string, JsonObject>>,
  log: NoticeLog,
): JsonObject {
  const out = applyChanges(base, diff, new Set(['assumptions']), new Set(['policies']));
  const measures = own(diff, 'policies');
  if (Array.isArray(measures)) {
    const bp = own(base, 'policies');
    const baseMeasures = Array.isArray(bp) ? bp.filter(isPlainObject) : [];
    const list: JsonObject[] = [];
    measures.forEach((entry, i) => {
      const measure = decodeMeasure(entry, i, baseMeasures, templates, log);
      if (measure) list.push(measure);
    });
    out.policies = list;
  } else if (measures !== undefined) setOwn(out, 'policies', measures);
  return out;
}
