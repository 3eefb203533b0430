/**
 * Links are differences from a preset, so editing a preset or a measure's default would change what old links
 * mean. The archive keeps every base links were made against; this test fails when today's base is not in it.
 * To freeze it after a deliberate change: FREEZE_LINK_ARCHIVE=1 npx vitest run test/scenario/link-archive.test.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type JsonObject, jsonEqual } from '../../src/scenario/json';
import { decodeLink, encodeLink } from '../../src/scenario/link';
import {
  archivedBases,
  freezeLinkBase,
  LINK_ARCHIVE,
  type LinkArchive,
  type LinkBase,
  liveLinkBase,
} from '../../src/scenario/link-base';
import { presetById } from '../../src/scenario/presets';
import { prettyJson } from '../../src/scenario/pretty-json';
import { SCHEMA_VERSION } from '../../src/scenario/schema';
import { noticesOf, scenarioOf } from './link-helpers';

const ARCHIVE_FILE = join(import.meta.dirname, '..', '..', 'src', 'scenario', 'link-archive.json');

describe('link archive', () => {
  it('holds today’s presets and measure defaults (freeze them after changing either)', () => {
    let archive: LinkArchive = LINK_ARCHIVE;
    if (process.env.FREEZE_LINK_ARCHIVE) {
      archive = freezeLinkBase(LINK_ARCHIVE);
      if (archive !== LINK_ARCHIVE) writeFileSync(ARCHIVE_FILE, prettyJson(archive));
    }
    const latest = archivedBases(SCHEMA_VERSION, archive)[0];
    const live = liveLinkBase();
    const stale = [
      ...Object.keys(live.presets).filter((id) => !jsonEqual(latest?.presets[id], live.presets[id])),
      ...Object.keys(live.templates).filter((id) => !jsonEqual(latest?.templates[id], live.templates[id])),
    ];
    expect(
      stale,
      'A preset or a measure default changed, so links made before would change meaning. Freeze the new base: ' +
        'FREEZE_LINK_ARCHIVE=1 npx vitest run test/scenario/link-archive.test.ts (see scenarios/README.md).',
    ).toEqual([]);
  });

  it('numbers its epochs 1, 2, 3, … and never drops a preset', () => {
    expect(LINK_ARCHIVE.epochs.map((e) => e.epoch)).toEqual(LINK_ARCHIVE.epochs.map((_, i) => i + 1));
    const bases = archivedBases(SCHEMA_VERSION);
    for (let i = 1; i < bases.length; i++)
      for (const id of Object.keys(bases[i]!.presets)) expect(bases[i - 1]!.presets).toHaveProperty(id);
  });

  it('freezes only what changed, as a new epoch, and nothing when nothing changed', () => {
    const live = liveLinkBase();
    expect(freezeLinkBase(LINK_ARCHIVE, live)).toBe(LINK_ARCHIVE);
    const edited: LinkBase = {
      ...live,
      presets: {
        ...live.presets,
        'no-measures': { ...live.presets['no-measures']!, description: 'Reworded.' },
      },
    };
    const next = freezeLinkBase(LINK_ARCHIVE, edited);
    expect(next.epochs.at(-1)).toEqual({
      epoch: LINK_ARCHIVE.epochs.length + 1,
      schemaVersion: SCHEMA_VERSION,
      presets: { 'no-measures': edited.presets['no-measures'] },
      templates: {},
    });
    expect(archivedBases(SCHEMA_VERSION, next)[0]!.presets).toEqual(edited.presets);
  });

  it('opens a link made before a preset and a default changed exactly as it was made', () => {
    const april = presetById('april-2026-escalation')!;
    const made = {
      ...april,
      title: 'Made before the change',
      policies: [
        ...april.policies,
        { ...april.policies[0]!, id: 'extra', params: april.policies[0]!.params },
      ],
    };
    const link = encodeLink(made);
    // Later: the preset's description is reworded and the outbound rule's default line moves.
    const live = liveLinkBase();
    const outbound = live.templates['us-outbound']!;
    const changed: LinkBase = {
      ...live,
      presets: {
        ...live.presets,
        [april.id]: {
          ...live.presets[april.id]!,
          description: 'Reworded.',
          policies: (live.presets[april.id]!.policies as JsonObject[]).map((p) =>
            p.id === 'us-outbound'
              ? { ...p, params: { ...(p.params as JsonObject), prohibitedComputeFlop: 1e26 } }
              : p,
          ),
        },
      },
      templates: { ...live.templates, 'us-outbound': { ...outbound, title: 'Renamed rule' } },
    };
    const withArchive = decodeLink(link, { live: changed, archived: () => [live] });
    expect(noticesOf(withArchive)).toEqual([]);
    expect(scenarioOf(withArchive)).toEqual(made);
    const without = decodeLink(link, { live: changed, archived: () => [] });
    expect(scenarioOf(without).description).toBe('Reworded.');
    expect(noticesOf(without)).toEqual([
      'c: This scenario may differ from the one that was shared: the link looks damaged, or the preset it starts from has changed since it was made. Everything that could be read is shown.',
    ]);
  });
});
