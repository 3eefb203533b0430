import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PolicyInstance } from '../../src/engine';
import { fromBase64Url } from '../../src/scenario/base64url';
import { inflateText } from '../../src/scenario/compress';
import { decodeLink, encodeLink, LINK_LIMITS } from '../../src/scenario/link';
import { liveLinkBase } from '../../src/scenario/link-base';
import { diffScenario } from '../../src/scenario/link-diff';
import { parseScenario } from '../../src/scenario/parse';
import { presetById, presets } from '../../src/scenario/presets';
import { SCHEMA_VERSION, type Scenario } from '../../src/scenario/schema';
import { craftLink, noticesOf, scenarioOf } from './link-helpers';
import { editedScenarioArb, reverseKeys } from './scenario-arbitraries';

const april = presetById('april-2026-escalation')!;
const withMeasures = (s: Scenario, policies: PolicyInstance[]): Scenario => ({ ...s, policies });
const payloadOf = (link: string) => {
  const d = new URLSearchParams(link).get('d');
  if (!d) return {};
  const text = inflateText(fromBase64Url(d)!, 1e6);
  return text.ok ? JSON.parse(text.text) : null;
};

describe('encodeLink and decodeLink', () => {
  it.each(presets().map((p) => [p.id, p] as const))(
    'round-trips the preset %s as a short link',
    (id, preset) => {
      const link = encodeLink(preset);
      expect(link).toMatch(new RegExp(`^v=${SCHEMA_VERSION}&p=${id}&c=[0-9a-f]{8}$`));
      const decoded = decodeLink(link);
      expect(noticesOf(decoded)).toEqual([]);
      expect(scenarioOf(decoded)).toEqual(preset);
    },
  );

  it.each(presets().map((p) => [p.id, p] as const))(
    'gives the preset %s the same link as a copy of it (the shortcut for presets as parsed)',
    (_id, preset) => {
      expect(encodeLink(structuredClone(preset))).toBe(encodeLink(preset));
    },
  );

  it('round-trips every edited scenario exactly, with no notices', () => {
    fc.assert(
      fc.property(editedScenarioArb, (scenario) => {
        const link = encodeLink(scenario);
        const decoded = decodeLink(link);
        expect(noticesOf(decoded)).toEqual([]);
        expect(scenarioOf(decoded)).toEqual(scenario);
        expect(encodeLink(scenarioOf(decoded))).toBe(link);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same link for the same scenario, whatever the key order of its objects', () => {
    fc.assert(
      fc.property(editedScenarioArb, (scenario) => {
        expect(encodeLink(reverseKeys(scenario))).toBe(encodeLink(scenario));
        expect(encodeLink(JSON.parse(JSON.stringify(scenario)))).toBe(encodeLink(scenario));
      }),
      { numRuns: 100 },
    );
  });

  it('prints the link length of each preset and of typical edits', () => {
    const [outbound, chips, distillation, approval] = april.policies as [PolicyInstance, ...PolicyInstance[]];
    const edits: Record<string, Scenario> = {
      'april: threshold lowered': withMeasures(april, [
        { ...outbound, params: { ...outbound.params, prohibitedComputeFlop: 1e24 } },
        chips!,
        distillation!,
        approval!,
      ]),
      'april: measure switched off': withMeasures(april, [
        outbound,
        chips!,
        { ...distillation!, enabled: false },
        approval!,
      ]),
      'april: retitled': { ...april, title: 'My scenario', basePreset: april.id },
    };
    const lengths = Object.fromEntries(
      [...presets().map((p) => [p.id, p] as const), ...Object.entries(edits)].map(([name, s]) => [
        name,
        encodeLink(s).length,
      ]),
    );
    console.log('link lengths (characters):', lengths);
    for (const length of Object.values(lengths)) expect(length).toBeLessThan(300);
  });

  it('stays under the size limit for a scenario at the schema limits', () => {
    // Text that does not compress (a seeded linear congruential sequence), the worst case for link length.
    const noise = (n: number, seed: number) => {
      let x = seed;
      return Array.from({ length: n }, () => {
        x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
        return String.fromCharCode(0x4e00 + (x >>> 20));
      }).join('');
    };
    const measure = april.policies[0]!;
    const biggest: Scenario = {
      ...april,
      title: noise(200, 1),
      description: noise(5000, 2),
      policies: Array.from({ length: 32 }, (_, i) => ({
        ...measure,
        id: `m-${i}`,
        title: noise(200, i + 3),
        params: {
          ...measure.params,
          investorCountries: ['US', 'JP', 'GB', 'DE', 'FR', 'IT', 'CA'].slice(i % 7),
        },
      })),
    };
    expect(parseScenario(biggest).ok).toBe(true);
    const link = encodeLink(biggest);
    console.log(`largest realistic link: ${link.length} characters (limit ${LINK_LIMITS.maxFragmentChars})`);
    expect(link.length).toBeLessThan(LINK_LIMITS.maxFragmentChars);
    expect(scenarioOf(decodeLink(link))).toEqual(biggest);
  });

  it('writes only what differs: changed settings, and measures by id, copy or template', () => {
    const [outbound, chips, distillation, approval] = april.policies as [PolicyInstance, ...PolicyInstance[]];
    const scenario = withMeasures(april, [
      approval!,
      { ...outbound, params: { ...outbound.params, prohibitedComputeFlop: 1e24 } },
      {
        ...outbound,
        id: 'allied-mirror',
        title: 'Allied mirror',
        params: { ...outbound.params, investorCountries: ['JP'] },
      },
      { ...distillation!, enabled: false },
    ]);
    const base = liveLinkBase();
    expect(
      diffScenario(base.presets[april.id]!, JSON.parse(JSON.stringify(scenario)), base.templates),
    ).toEqual({
      policies: [
        'cn-approval',
        { '@': 'us-outbound', params: { prohibitedComputeFlop: 1e24 } },
        {
          '@': 'us-outbound',
          id: 'allied-mirror',
          title: 'Allied mirror',
          params: { investorCountries: ['JP'] },
        },
        { '@': 'distillation', enabled: false },
      ],
    });
    void chips;
    const added = withMeasures(presetById('no-measures')!, [
      { ...april.policies[2]!, effectiveTo: '2027-01-01' },
    ]);
    expect(payloadOf(encodeLink(added))).toEqual({
      policies: [{ '+': 'distillation', effectiveTo: '2027-01-01' }],
    });
  });

  it('repairs an invalid scenario the way decoding would, so the link never carries junk', () => {
    const broken = withMeasures(april, [
      { ...april.policies[0]!, params: { ...april.policies[0]!.params, prohibitedComputeFlop: Number.NaN } },
    ]);
    const decoded = scenarioOf(decodeLink(encodeLink(broken)));
    expect(decoded.policies[0]!.params.prohibitedComputeFlop).toBe(1e25);
  });
});

describe('decodeLink on hostile and broken links', () => {
  it('keeps a title with a script in it as plain text', () => {
    const title = '<script>alert(document.cookie)</script>"><img src=x onerror=alert(1)>';
    const decoded = decodeLink(encodeLink({ ...april, title, description: '<b>bold</b> & <i>more</i>' }));
    expect(noticesOf(decoded)).toEqual([]);
    expect(scenarioOf(decoded).title).toBe(title);
    const crafted = decodeLink(craftLink({ title: `<script>${'x'.repeat(500)}</script>` }));
    expect(scenarioOf(crafted).title).toHaveLength(200);
    expect(noticesOf(crafted)).toEqual(['title: The title was 517 characters long, so it was cut to 200.']);
  });

  it('refuses a 1 MB link before reading it, and a payload that unpacks to 1 MB', () => {
    const huge = `v=1&p=april-2026-escalation&d=${'A'.repeat(1024 * 1024)}`;
    const start = performance.now();
    expect(decodeLink(huge)).toEqual({ ok: false, error: expect.objectContaining({ kind: 'too-long' }) });
    const bomb = craftLink({ title: 'x'.repeat(1024 * 1024) });
    expect(bomb.length).toBeLessThan(LINK_LIMITS.maxFragmentChars);
    expect(decodeLink(bomb)).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'too-large', presetId: 'april-2026-escalation' }),
    });
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('leaves out an unknown measure and keeps the rest', () => {
    const decoded = decodeLink(
      craftLink({ policies: ['us-outbound', { '+': 'tariffs', title: 'Tariffs' }, 'cn-approval'] }),
    );
    expect(scenarioOf(decoded).policies.map((p) => p.id)).toEqual(['us-outbound', 'cn-approval']);
    expect(noticesOf(decoded)).toEqual([
      "policies[1].template: Measure 2 ('tariffs') is not one Yardstick knows, so it was left out.",
    ]);
  });

  it('puts defaults back for out-of-range values and keeps the valid ones', () => {
    const decoded = decodeLink(
      craftLink({
        horizon: { from: '1990Q1', to: '2030Q4' },
        assumptions: { seed: -1, computeGrowthPerYear: 4 },
        policies: [
          { '@': 'us-outbound', params: { prohibitedComputeFlop: 1e40, notifiableComputeFlop: 1e22 } },
        ],
      }),
    );
    const scenario = scenarioOf(decoded);
    expect(scenario.horizon).toEqual({ from: '2015Q1', to: '2030Q4' });
    expect(scenario.assumptions).toMatchObject({ seed: 1, computeGrowthPerYear: 4 });
    expect(scenario.policies[0]!.params).toMatchObject({
      prohibitedComputeFlop: 1e25,
      notifiableComputeFlop: 1e22,
    });
    expect(noticesOf(decoded).map((n) => n.split(':')[0])).toEqual([
      'horizon.from',
      'assumptions.seed',
      'policies[0].params.prohibitedComputeFlop',
    ]);
  });

  it('reads NaN, Infinity and numbers as text as unusable values', () => {
    const link = craftLink(
      '{"policies":[{"@":"us-outbound","params":{"prohibitedComputeFlop":"NaN","notifiableComputeFlop":1e999,"ownershipThreshold":"0.25"}}]}',
    );
    const decoded = decodeLink(link);
    expect(scenarioOf(decoded).policies[0]!.params).toMatchObject({
      prohibitedComputeFlop: 1e25,
      notifiableComputeFlop: 1e23,
      ownershipThreshold: 0.5,
    });
    expect(noticesOf(decoded)).toHaveLength(3);
  });

  it('opens a link from a newer version best-effort, with a notice', () => {
    const decoded = decodeLink(craftLink({ title: 'From the future', colour: 'teal' }, { v: '99' }));
    expect(scenarioOf(decoded).title).toBe('From the future');
    expect(noticesOf(decoded)).toEqual([
      `schemaVersion: This scenario was made with a newer version of Yardstick (format 99; this one reads up to ${SCHEMA_VERSION}). It was opened as far as possible; parts it could not read are listed here.`,
      "colour: The field 'colour' is not part of a scenario that this version of Yardstick knows, so it was ignored.",
    ]);
  });

  it('starts from the default preset when the link names an unknown one or none', () => {
    const unknown = decodeLink('v=1&p=not-a-preset&c=00000000');
    expect(scenarioOf(unknown).id).toBe('april-2026-escalation');
    expect(noticesOf(unknown)[0]).toBe(
      "p: This link starts from a preset ('not-a-preset') that this version of Yardstick does not have, so it starts from 'Both sides after the April 2026 escalation' instead.",
    );
    expect(noticesOf(decodeLink('v=1'))[0]).toMatch(/does not say which preset it starts from/);
  });

  it('says when a link does not match its check code', () => {
    const link = encodeLink({ ...april, title: 'Mine' }).replace(/c=[0-9a-f]{8}/, 'c=00000000');
    const decoded = decodeLink(link);
    expect(scenarioOf(decoded).title).toBe('Mine');
    expect(noticesOf(decoded)).toEqual([
      'c: This scenario may differ from the one that was shared: the link looks damaged, or the preset it starts from has changed since it was made. Everything that could be read is shown.',
    ]);
  });

  it('reports a cut-short link as damaged, naming the preset it starts from', () => {
    const link = encodeLink({ ...april, title: 'A title long enough to make a payload of some length' });
    const result = decodeLink(link.slice(0, -12));
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'corrupt',
        presetId: 'april-2026-escalation',
        message:
          'This link is damaged, so its scenario could not be read. It may have been cut short or changed when it was copied: ask the sender for the link again, or for the scenario as a file.',
      },
    });
  });

  it('gives a typed error for empty, foreign and unreadable links', () => {
    const kind = (f: string) => (decodeLink(f) as { error?: { kind: string } }).error?.kind;
    expect(kind('')).toBe('empty');
    expect(kind('#')).toBe('empty');
    expect(kind('   ')).toBe('empty');
    expect(kind('section-3')).toBe('not-a-yardstick-link');
    expect(kind('https://example.com/page#top')).toBe('not-a-yardstick-link');
    expect(kind('v=abc&p=april-2026-escalation')).toBe('corrupt');
    expect(kind('v=1&p=april-2026-escalation&d=!!!')).toBe('corrupt');
    expect(kind(craftLink('[1,2,3]'))).toBe('corrupt');
    expect(kind(craftLink('{"title": "x",'))).toBe('corrupt');
    expect(kind(undefined as unknown as string)).toBe('empty');
  });

  it('reads a whole URL, a leading # and percent-encoding', () => {
    const link = encodeLink({ ...april, title: 'Mine' });
    for (const form of [`https://yardstick.example/app/#${link}`, `#${link}`, `  ${link}\n`])
      expect(scenarioOf(decodeLink(form)).title).toBe('Mine');
    expect(
      scenarioOf(decodeLink(link.replace('p=april-2026-escalation', 'p=april%2D2026%2Descalation'))).title,
    ).toBe('Mine');
  });

  it('cannot pollute a prototype', () => {
    const decoded = decodeLink(
      craftLink(
        '{"__proto__":{"polluted":1},"assumptions":{"__proto__":{"polluted":1}},"policies":[{"@":"us-outbound","params":{"__proto__":{"polluted":1}}},"__proto__",{"@":"__proto__"},{"+":"__proto__"}]}',
        { p: '__proto__' },
      ),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parseScenario(scenarioOf(decoded)).ok).toBe(true);
  });

  it('survives deep nesting and odd shapes in the payload', () => {
    const deep = `{"view":{"later":${'['.repeat(100_000)}${']'.repeat(100_000)}},"policies":"all"}`;
    const decoded = decodeLink(craftLink(deep));
    expect(scenarioOf(decoded).policies).toEqual(april.policies);
    expect(decodeLink(craftLink({ policies: [null, 7, { '@': 'missing' }, { '@': 1 }] })).ok).toBe(true);
  });
});
