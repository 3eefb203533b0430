/**
 * What a link's differences are taken against: the presets (fully resolved, every parameter filled) and each
 * measure's defaults. A link made today must open identically after a preset's text or a measure's default
 * changes, so every base a link may have been made against is kept in `link-archive.json`, frozen by epoch.
 * The decoder tries today's base first, then each archived one, and keeps the one whose reconstruction matches
 * the link's check code.
 *
 * When a preset or a default changes, `test/scenario/link-archive.test.ts` fails until the new base is frozen
 * (`FREEZE_LINK_ARCHIVE=1 npx vitest run test/scenario/link-archive.test.ts`); see `scenarios/README.md`.
 */
import { defaultParams, type PolicyTemplate, TEMPLATES } from '../engine';
import { isPlainObject, type JsonObject, jsonEqual, toJson } from './json';
import archiveJson from './link-archive.json';
import { presets } from './presets';
import { SCHEMA_VERSION } from './schema';

/** The presets and measure defaults a link's differences are taken against. */
export interface LinkBase {
  /** The schema version the documents are written in. */
  readonly schemaVersion: number;
  /** Where it comes from, for tests and messages: 'live' or 'epoch 3'. */
  readonly label: string;
  /** Preset id → the preset as a resolved scenario document. */
  readonly presets: Readonly<Record<string, JsonObject>>;
  /** Template id → the measure a user gets on adding it: template title, jurisdiction and date, on, defaults. */
  readonly templates: Readonly<Record<string, JsonObject>>;
}

/** One frozen step of the archive: the presets and defaults that changed since the epoch before. */
export interface ArchiveEpoch {
  readonly epoch: number;
  readonly schemaVersion: number;
  readonly presets: Readonly<Record<string, JsonObject>>;
  readonly templates: Readonly<Record<string, JsonObject>>;
}

/** The archive file: every epoch, oldest first. Never edit an epoch; only append. */
export interface LinkArchive {
  readonly epochs: readonly ArchiveEpoch[];
}

/** Return the measure a user gets by adding a template: what a link's added measures are compared with. */
export function templateDefaultMeasure(template: PolicyTemplate): JsonObject {
  return {
    id: template.id,
    template: template.id,
    title: template.title,
    jurisdiction: template.jurisdiction,
    enabled: true,
    effectiveFrom: template.defaultEffectiveFrom,
    params: toJson(defaultParams(template.params)),
  };
}

let live: LinkBase | undefined;

/** Return today's base: the shipped presets and templates (memoised). */
export function liveLinkBase(): LinkBase {
  live ??= {
    schemaVersion: SCHEMA_VERSION,
    label: 'live',
    presets: Object.fromEntries(presets().map((p) => [p.id, toJson(p) as unknown as JsonObject])),
    templates: Object.fromEntries(TEMPLATES.map((t) => [t.id, templateDefaultMeasure(t)])),
  };
  return live;
}

/** The archive as shipped. */
export const LINK_ARCHIVE: LinkArchive = archiveJson as unknown as LinkArchive;

/** Return the archived bases for one schema version, newest first (each epoch merged over the ones before). */
export function archivedBases(version: number, archive: LinkArchive = LINK_ARCHIVE): LinkBase[] {
  const out: LinkBase[] = [];
  let presetsSoFar: Record<string, JsonObject> = {};
  let templatesSoFar: Record<string, JsonObject> = {};
  for (const epoch of archive.epochs) {
    if (epoch.schemaVersion !== version) continue;
    presetsSoFar = { ...presetsSoFar, ...epoch.presets };
    templatesSoFar = { ...templatesSoFar, ...epoch.templates };
    out.push({
      schemaVersion: version,
      label: `epoch ${epoch.epoch}`,
      presets: presetsSoFar,
      templates: templatesSoFar,
    });
  }
  return out.reverse();
}

function changed(
  now: Readonly<Record<string, JsonObject>>,
  before: Readonly<Record<string, JsonObject>> | undefined,
): Record<string, JsonObject> {
  return Object.fromEntries(
    Object.entries(now).filter(
      ([id, doc]) => !before || !isPlainObject(before[id]) || !jsonEqual(before[id], doc),
    ),
  );
}

/**
 * Return the archive with today's base frozen as a new epoch (only the presets and defaults that changed), or
 * the same archive if nothing changed. Used by the archive test in freeze mode.
 */
export function freezeLinkBase(archive: LinkArchive, base: LinkBase = liveLinkBase()): LinkArchive {
  const latest = archivedBases(base.schemaVersion, archive)[0];
  const presetsChanged = changed(base.presets, latest?.presets);
  const templatesChanged = changed(base.templates, latest?.templates);
  if (latest && !Object.keys(presetsChanged).length && !Object.keys(templatesChanged).length) return archive;
  const epoch = (archive.epochs.at(-1)?.epoch ?? 0) + 1;
  return {
    epochs: [
      ...archive.epochs,
      { epoch, schemaVersion: base.schemaVersion, presets: presetsChanged, templates: templatesChanged },
    ],
  };
}
