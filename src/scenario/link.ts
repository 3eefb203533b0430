/**
 * Share links: the whole scenario in the URL fragment, as the preset it starts from plus only what differs,
 * compressed, with the schema version and a check code. Anatomy (see `scenarios/README.md` for a worked example):
 *
 *     v=1&p=april-2026-escalation&c=1f0c8a3e&d=q1YqyEnMS0…
 *
 * - `v`: schema version of the scenario the link was made from;
 * - `p`: the base preset the differences are taken against;
 * - `c`: check code, FNV-1a-32 (hex) of the canonical JSON of the whole scenario, so the decoder can tell an
 *   exact reconstruction from a damaged link or a base that has changed since;
 * - `d`: base64url (no padding) of raw DEFLATE of the canonical JSON of the differences (see `link-diff.ts`);
 *   absent when the scenario is the preset unchanged.
 *
 * The same scenario always gives the same link (canonical JSON, fixed compressor settings). `decodeLink` never
 * throws: it returns a scenario with notices, or a typed error, for any string at all.
 */

import { fromBase64Url, toBase64Url } from './base64url';
import { deflateText, inflateText } from './compress';
import { fallbackScenario } from './fallback';
import { canonicalJson, checksum, isPlainObject, type JsonObject, own, toJson } from './json';
import { readScenarioLeniently } from './lenient';
import { archivedBases, type LinkBase, liveLinkBase } from './link-base';
import { applyDiff, diffScenario } from './link-diff';
import { type MigrateOptions, migrate } from './migrations';
import { clip, formatCount, type Notice, NoticeLog } from './notice';
import { DEFAULT_PRESET_ID, presets } from './presets';
import { SCHEMA_VERSION, type Scenario } from './schema';

/** Size limits: a longer fragment is refused before any work; a payload may not unpack past `maxPayloadBytes`. */
export const LINK_LIMITS = { maxFragmentChars: 65_536, maxPayloadBytes: 512 * 1024 } as const;

/** Why a link could not be read at all. */
export type LinkErrorKind = 'empty' | 'too-long' | 'not-a-yardstick-link' | 'corrupt' | 'too-large';

/** A link that could not be read, with a message in plain words. */
export interface LinkError {
  readonly kind: LinkErrorKind;
  readonly message: string;
  /** The preset the link starts from, when it names one Yardstick has (the interface may offer it). */
  readonly presetId?: string;
}

/** The result of reading a link. */
export type DecodeLinkResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly notices: readonly Notice[] }
  | { readonly ok: false; readonly error: LinkError };

const MESSAGES: Record<LinkErrorKind, string> = {
  empty: 'This link has no scenario in it.',
  'too-long': `This link is too long to be a Yardstick scenario (the most a link may carry is ${formatCount(LINK_LIMITS.maxFragmentChars)} characters), so it was not read.`,
  'not-a-yardstick-link': 'This link does not hold a Yardstick scenario.',
  corrupt:
    'This link is damaged, so its scenario could not be read. It may have been cut short or changed when it was copied: ask the sender for the link again, or for the scenario as a file.',
  'too-large': 'This link unpacks to far more data than any scenario holds, so it was not read.',
};

function failure(kind: LinkErrorKind, presetId?: string): DecodeLinkResult {
  const known = presetId !== undefined && own(liveLinkBase().presets, presetId) !== undefined;
  return { ok: false, error: { kind, message: MESSAGES[kind], ...(known ? { presetId } : {}) } };
}

/**
 * Return the URL fragment (without `#`) that carries `scenario`. The scenario is first read the way a link is
 * read back (so an invalid value is written as the reader would repair it), and the differences are taken
 * against whichever preset gives the shortest link (the scenario's own base preset on a tie).
 */
export function encodeLink(scenario: Scenario): string {
  const base = liveLinkBase();
  // A preset as parsed is already what reading its link gives (test/scenario/link.test.ts checks every preset),
  // so the page's first link — an unchanged preset — skips the lenient reading.
  const normal = presets().includes(scenario)
    ? scenario
    : readScenarioLeniently(toJson(scenario), fallbackScenario(scenario.basePreset)).scenario;
  const target = toJson(normal) as unknown as JsonObject;
  const order = [normal.basePreset, normal.id, ...Object.keys(base.presets)];
  let presetId = DEFAULT_PRESET_ID;
  let diff: JsonObject = diffScenario({}, target, base.templates);
  let size = Number.POSITIVE_INFINITY;
  for (const id of new Set(order)) {
    const preset = id === undefined ? undefined : own(base.presets, id);
    if (id === undefined || !isPlainObject(preset)) continue;
    const candidate = diffScenario(preset, target, base.templates);
    const length = canonicalJson(candidate).length;
    if (length < size) [presetId, diff, size] = [id, candidate, length];
    // No difference at all: no other preset can give a shorter link.
    if (Object.keys(candidate).length === 0) break;
  }
  const parts = [`v=${SCHEMA_VERSION}`, `p=${presetId}`, `c=${checksum(canonicalJson(target))}`];
  if (Object.keys(diff).length) parts.push(`d=${toBase64Url(deflateText(canonicalJson(diff)))}`);
  return parts.join('&');
}

/** Where a decoder finds its bases and migrations; tests swap these in, the app uses the defaults. */
export interface LinkContext {
  readonly live: LinkBase;
  /** Archived bases for a schema version, newest first. */
  readonly archived: (version: number) => readonly LinkBase[];
  readonly migrations?: MigrateOptions;
}

function defaultContext(): LinkContext {
  return { live: liveLinkBase(), archived: (v) => archivedBases(v) };
}

function readFields(fragment: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const part of fragment.split('&')) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    let value = eq < 0 ? '' : part.slice(eq + 1);
    try {
      value = decodeURIComponent(value);
    } catch {
      // A stray '%' is left as it is; the field then fails its own check with a clear message.
    }
    if (!fields.has(key)) fields.set(key, value);
  }
  return fields;
}

function readPayload(
  d: string | undefined,
): { ok: true; diff: JsonObject } | { ok: false; kind: LinkErrorKind } {
  if (d === undefined) return { ok: true, diff: {} };
  const bytes = fromBase64Url(d);
  if (!bytes) return { ok: false, kind: 'corrupt' };
  const inflated = inflateText(bytes, LINK_LIMITS.maxPayloadBytes);
  if (!inflated.ok) return { ok: false, kind: inflated.reason };
  try {
    const diff: unknown = JSON.parse(inflated.text);
    return isPlainObject(diff) ? { ok: true, diff } : { ok: false, kind: 'corrupt' };
  } catch {
    return { ok: false, kind: 'corrupt' };
  }
}

function checkOf(doc: JsonObject): string | null {
  try {
    return checksum(canonicalJson(doc));
  } catch {
    return null;
  }
}

/** Rebuild the raw document against the first base whose result matches the check code. */
function reconstruct(
  fields: Map<string, string>,
  version: number,
  diff: JsonObject,
  context: LinkContext,
  log: NoticeLog,
): { raw: JsonObject; presetId: string | undefined } {
  const p = fields.get('p');
  const c = fields.get('c');
  const bases =
    version === context.live.schemaVersion
      ? [context.live, ...context.archived(version)]
      : version < context.live.schemaVersion
        ? context.archived(version)
        : [context.live];
  const usable = bases.filter((b) => p !== undefined && isPlainObject(own(b.presets, p)));
  if (!usable.length) {
    const fallback = fallbackScenario();
    log.add(
      'p',
      p
        ? `This link starts from a preset ('${clip(p)}') that this version of Yardstick does not have, so it starts from '${fallback.title}' instead.`
        : `This link does not say which preset it starts from, so it starts from '${fallback.title}'.`,
    );
    const raw = applyDiff(toJson(fallback) as unknown as JsonObject, diff, context.live.templates, log);
    return { raw: { ...raw, schemaVersion: version }, presetId: undefined };
  }
  let first: { raw: JsonObject; log: NoticeLog } | undefined;
  for (const base of usable) {
    const attempt = new NoticeLog();
    const raw = {
      ...applyDiff(own(base.presets, p!) as JsonObject, diff, base.templates, attempt),
      schemaVersion: version,
    };
    if (c !== undefined && checkOf(raw) === c) {
      log.addAll(attempt.list());
      return { raw, presetId: p };
    }
    first ??= { raw, log: attempt };
  }
  log.addAll(first!.log.list());
  // A newer version's link is already flagged as best-effort; a missing code is a hand-made link: no notice.
  if (c !== undefined && version <= context.live.schemaVersion)
    log.add(
      'c',
      'This scenario may differ from the one that was shared: the link looks damaged, or the preset it starts from has changed since it was made. Everything that could be read is shown.',
    );
  return { raw: first!.raw, presetId: p };
}

function decode(fragment: unknown, context: LinkContext): DecodeLinkResult {
  if (typeof fragment !== 'string') return failure('empty');
  if (fragment.length > LINK_LIMITS.maxFragmentChars) return failure('too-long');
  const hash = fragment.indexOf('#');
  const text = (hash >= 0 ? fragment.slice(hash + 1) : fragment).trim().replace(/^\?/, '');
  if (!text) return failure('empty');
  const fields = readFields(text);
  const v = fields.get('v');
  const p = fields.get('p');
  if (v === undefined) return failure('not-a-yardstick-link');
  if (!/^[1-9][0-9]{0,5}$/.test(v)) return failure('corrupt', p);
  const payload = readPayload(fields.get('d'));
  if (!payload.ok) return failure(payload.kind, p);
  const log = new NoticeLog();
  const version = Number(v);
  const { raw, presetId } = reconstruct(fields, version, payload.diff, context, log);
  const migrated = migrate(raw, context.migrations);
  log.addAll(migrated.notices);
  const read = readScenarioLeniently(migrated.doc, fallbackScenario(presetId));
  log.addAll(read.notices);
  return { ok: true, scenario: read.scenario, notices: log.list() };
}

/**
 * Read a link's fragment (with or without the leading `#`; a whole URL also works). Never throws: returns the
 * scenario with a notice for everything that could not be read as given, or a typed error if nothing could.
 */
export function decodeLink(fragment: string, context: LinkContext = defaultContext()): DecodeLinkResult {
  try {
    return decode(fragment, context);
  } catch {
    // Defence in depth: every step above is total, but a link must never be able to stop the app opening.
    return failure('corrupt');
  }
}
