import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../src/scenario/base64url';
import { deflateText } from '../../src/scenario/compress';
import { canonicalJson, checksum, type JsonObject } from '../../src/scenario/json';
import { decodeLink } from '../../src/scenario/link';
import { type LinkBase, liveLinkBase } from '../../src/scenario/link-base';
import { diffScenario } from '../../src/scenario/link-diff';
import { checkMigrations, MIGRATIONS, type Migration, migrate } from '../../src/scenario/migrations';
import { presetById } from '../../src/scenario/presets';
import { SCHEMA_VERSION } from '../../src/scenario/schema';
import { scenarioOf } from './link-helpers';

/**
 * A pretend history for testing the machinery: in "version 1" the prohibited line was called `prohibitedLine`
 * and the title `name`; version 2 renamed the title; version 3 renamed the setting.
 */
const CHAIN: readonly Migration[] = [
  {
    from: 1,
    summary: 'Rename the scenario field `name` to `title`.',
    up: ({ name, ...rest }) => ({ ...rest, title: name, schemaVersion: 2 }),
  },
  {
    from: 2,
    summary: 'Rename the us-outbound setting `prohibitedLine` to `prohibitedComputeFlop`.',
    up: (doc) => ({
      ...doc,
      schemaVersion: 3,
      policies: (doc.policies as JsonObject[]).map((p) => {
        if (p.template !== 'us-outbound') return p;
        const { prohibitedLine, ...params } = p.params as JsonObject;
        return {
          ...p,
          params:
            prohibitedLine === undefined ? params : { ...params, prohibitedComputeFlop: prohibitedLine },
        };
      }),
    }),
  },
];

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
};

const v1Doc = () =>
  deepFreeze({
    schemaVersion: 1,
    name: 'Old scenario',
    policies: [
      { template: 'us-outbound', params: { prohibitedLine: 1e24 } },
      { template: 'distillation', params: {} },
    ],
  });

describe('migrate', () => {
  it('has one migration per version step, in order, ending at the current version', () => {
    expect(SCHEMA_VERSION).toBe(2);
    expect(MIGRATIONS.map((m) => m.from)).toEqual([1]);
    expect(checkMigrations()).toEqual([]);
  });

  it('brings a version 1 scenario to version 2: countImputedCompute on, nothing else changed', () => {
    const v1 = deepFreeze({
      schemaVersion: 1,
      title: 'Made in version 1',
      assumptions: { computeGrowthPerYear: 4.5, projection: false, seed: 42 },
      policies: [],
    });
    const result = migrate(v1);
    expect(result).toEqual({
      doc: {
        schemaVersion: 2,
        title: 'Made in version 1',
        assumptions: { computeGrowthPerYear: 4.5, projection: false, seed: 42, countImputedCompute: true },
        policies: [],
      },
      fromVersion: 1,
      notices: [],
    });
    // A value already there is kept; assumptions that are not an object are left for the reader to repair.
    expect(migrate({ schemaVersion: 1, assumptions: { countImputedCompute: false } }).doc).toEqual({
      schemaVersion: 2,
      assumptions: { countImputedCompute: false },
    });
    expect(migrate({ schemaVersion: 1, assumptions: 'none' }).doc).toEqual({
      schemaVersion: 2,
      assumptions: 'none',
    });
    expect(migrate({ schemaVersion: 1 }).doc).toEqual({ schemaVersion: 2 });
    // A version 2 document is not touched.
    expect(migrate({ schemaVersion: 2, assumptions: {} }).doc).toEqual({ schemaVersion: 2, assumptions: {} });
  });

  it('runs each step in order, from the version the document states, without mutating it', () => {
    const result = migrate(v1Doc(), { migrations: CHAIN, currentVersion: 3 });
    expect(result.notices).toEqual([]);
    expect(result.fromVersion).toBe(1);
    expect(result.doc).toEqual({
      schemaVersion: 3,
      title: 'Old scenario',
      policies: [
        { template: 'us-outbound', params: { prohibitedComputeFlop: 1e24 } },
        { template: 'distillation', params: {} },
      ],
    });
    const fromTwo = migrate(
      { ...v1Doc(), schemaVersion: 2, title: 'T' },
      { migrations: CHAIN, currentVersion: 3 },
    );
    expect(fromTwo.doc).toMatchObject({ title: 'T', name: 'Old scenario', schemaVersion: 3 });
  });

  it('reads a document from a newer version best-effort, with a notice', () => {
    const result = migrate({ schemaVersion: 7, title: 'New' }, { migrations: CHAIN, currentVersion: 3 });
    expect(result.doc).toEqual({ schemaVersion: 3, title: 'New' });
    expect(result.fromVersion).toBe(7);
    expect(result.notices[0]!.message).toBe(
      'This scenario was made with a newer version of Yardstick (format 7; this one reads up to 3). It was opened as far as possible; parts it could not read are listed here.',
    );
  });

  it('reads a document with no usable version as the current one, with a notice', () => {
    for (const schemaVersion of [undefined, 0, -1, 1.5, '1', null]) {
      const result = migrate({ schemaVersion, title: 'x' }, { migrations: CHAIN, currentVersion: 3 });
      expect(result.doc).toEqual({ schemaVersion: 3, title: 'x' });
      expect(result.fromVersion).toBeNull();
      expect(result.notices).toEqual([
        {
          path: 'schemaVersion',
          message: 'The scenario does not say which format version it uses, so it was read as version 3.',
        },
      ]);
    }
  });

  it('reads version 1, the floor, as a real version and migrates it', () => {
    const result = migrate(
      { schemaVersion: 1, name: 'x' },
      { migrations: CHAIN.slice(0, 1), currentVersion: 2 },
    );
    expect(result).toEqual({ doc: { schemaVersion: 2, title: 'x' }, fromVersion: 1, notices: [] });
  });

  it('never runs a step written for another version (a gap in the list stops the chain)', () => {
    const doc = {
      schemaVersion: 1,
      name: 'x',
      policies: [{ template: 'us-outbound', params: { prohibitedLine: 1 } }],
    };
    const result = migrate(doc, { migrations: CHAIN.slice(1), currentVersion: 3 });
    expect(result.notices.map((n) => n.message)).toEqual([
      'The scenario could not be fully brought up to date from format 1, so it was read as far as possible.',
    ]);
    // The version-2 step (the setting rename) was not applied to the version-1 document.
    expect(result.doc).toEqual({ ...doc, schemaVersion: 3 });
  });

  it('stops at a step that fails, with a notice, instead of throwing', () => {
    const result = migrate(
      { schemaVersion: 1, name: 'x', policies: 'not a list' },
      { migrations: CHAIN, currentVersion: 3 },
    );
    expect(result.doc).toEqual({ schemaVersion: 3, title: 'x', policies: 'not a list' });
    expect(result.notices[0]!.message).toBe(
      'The scenario could not be fully brought up to date from format 2, so it was read as far as possible.',
    );
    const gap = migrate({ schemaVersion: 1 }, { migrations: CHAIN.slice(1), currentVersion: 3 });
    expect(gap.notices).toHaveLength(1);
  });

  it('passes anything that is not a document through untouched', () => {
    for (const junk of [null, 'x', 3, [1]])
      expect(migrate(junk)).toEqual({ doc: junk, fromVersion: null, notices: [] });
  });

  it('finds a list out of order or not ending at the current version', () => {
    expect(checkMigrations(CHAIN, 3)).toEqual([]);
    expect(checkMigrations([CHAIN[1]!, CHAIN[0]!], 3)).toEqual([
      'migration 0 reads version 2; expected 1',
      'migration 1 reads version 1; expected 2',
    ]);
    expect(checkMigrations(CHAIN, 4)).toEqual(['2 migrations lead to version 3, not 4']);
  });
});

describe('decodeLink across a schema change', () => {
  it('opens a link made by an older version, against that version’s frozen base, then migrates it', () => {
    // Today's base pretends to be version 2; version 1 spelled the prohibited line `prohibitedLine`.
    const live = liveLinkBase();
    const rename = (doc: JsonObject): JsonObject => ({
      ...doc,
      policies: (doc.policies as JsonObject[]).map((p) => {
        if (p.template !== 'us-outbound') return p;
        const { prohibitedComputeFlop, ...params } = p.params as JsonObject;
        return { ...p, params: { ...params, prohibitedLine: prohibitedComputeFlop } };
      }),
    });
    const oldBase: LinkBase = {
      schemaVersion: 1,
      label: 'epoch 1',
      presets: Object.fromEntries(Object.entries(live.presets).map(([id, doc]) => [id, rename(doc)])),
      templates: {
        ...live.templates,
        'us-outbound': (rename({ policies: [live.templates['us-outbound']] }).policies as JsonObject[])[0]!,
      },
    };
    const context = {
      live: { ...live, schemaVersion: 2 },
      archived: (v: number) => (v === 1 ? [oldBase] : []),
      migrations: { migrations: [CHAIN[1]!].map((m) => ({ ...m, from: 1 })), currentVersion: 2 },
    };
    const april = presetById('april-2026-escalation')!;
    const oldPreset = oldBase.presets[april.id]!;
    const oldScenario = rename({
      ...JSON.parse(JSON.stringify(april)),
      schemaVersion: 1,
      title: 'Made in version 1',
      policies: april.policies.map((p) =>
        p.template === 'us-outbound' ? { ...p, params: { ...p.params, prohibitedComputeFlop: 3e24 } } : p,
      ),
    });
    const diff = diffScenario(oldPreset, oldScenario, oldBase.templates);
    const link = `v=1&p=${april.id}&c=${checksum(canonicalJson(oldScenario))}&d=${toBase64Url(deflateText(canonicalJson(diff)))}`;
    const decoded = decodeLink(link, context);
    expect(decoded.ok && decoded.notices).toEqual([]);
    const scenario = scenarioOf(decoded);
    expect(scenario.title).toBe('Made in version 1');
    expect(scenario.policies[0]!.params.prohibitedComputeFlop).toBe(3e24);
  });
});
