import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse';
import { presetById } from '../../src/scenario/presets';
import { decodeStored, encodeStored, STORAGE_KIND, STORAGE_LIMITS } from '../../src/scenario/storage';
import { editedScenarioArb, junkArb, mutateJson, mutationArb } from './scenario-arbitraries';

const april = presetById('april-2026-escalation')!;
const outbound = presetById('us-outbound-2025')!;
const state = { working: { ...april, title: 'Working' }, saved: [{ name: 'Plan A', scenario: outbound }] };
const messages = (text: string) => decodeStored(text).notices.map((n) => `${n.path}: ${n.message}`);

describe('encodeStored and decodeStored', () => {
  it('round-trip the working scenario and the saved ones, with no notices', () => {
    fc.assert(
      fc.property(
        editedScenarioArb,
        fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 100 }), editedScenarioArb), { maxLength: 3 }),
        (working, saved) => {
          const stored = { working, saved: saved.map(([name, scenario]) => ({ name, scenario })) };
          expect(decodeStored(encodeStored(stored))).toEqual({ ...stored, notices: [] });
        },
      ),
      { numRuns: 100 },
    );
    expect(decodeStored(encodeStored({ working: null, saved: [] }))).toEqual({
      working: null,
      saved: [],
      notices: [],
    });
  });

  it('writes a versioned envelope', () => {
    expect(JSON.parse(encodeStored(state))).toMatchObject({ kind: STORAGE_KIND, version: 1 });
  });

  it('treats nothing stored as an empty state, quietly', () => {
    for (const text of [null, undefined, ''])
      expect(decodeStored(text)).toEqual({ working: null, saved: [], notices: [] });
  });

  it('starts afresh, with a notice, when the store is not readable at all', () => {
    expect(messages('{"kind":"yardstick-autosave",')).toEqual([
      ': Your autosaved work is damaged and could not be read, so Yardstick starts afresh.',
    ]);
    expect(messages('{"theme":"dark"}')).toEqual([
      ': The autosaved data is not a Yardstick autosave, so Yardstick starts afresh.',
    ]);
    expect(messages('x'.repeat(STORAGE_LIMITS.maxChars + 1))[0]).toMatch(/too large/);
  });

  it('keeps every readable part of a damaged store', () => {
    const doc = JSON.parse(encodeStored(state));
    doc.working.policies[0].params.prohibitedComputeFlop = 'high';
    doc.saved.push(
      { name: 'Broken', scenario: 'gone' },
      { name: 42, scenario: { ...doc.saved[0].scenario, title: '' } },
    );
    doc.version = 2;
    const decoded = decodeStored(JSON.stringify(doc));
    expect(decoded.working!.title).toBe('Working');
    expect(decoded.working!.policies[0]!.params.prohibitedComputeFlop).toBe(1e25);
    expect(decoded.saved.map((s) => [s.name, s.scenario.title])).toEqual([
      ['Plan A', outbound.title],
      ['Saved scenario 3', outbound.title],
    ]);
    expect(decoded.notices.map((n) => n.path)).toEqual([
      'version',
      'working.policies[0].params.prohibitedComputeFlop',
      'saved[1]',
      'saved[2].name',
      'saved[2].scenario.title',
    ]);
  });

  it('migrates each stored scenario and reads a newer one best-effort', () => {
    const doc = JSON.parse(encodeStored(state));
    doc.working.schemaVersion = 9;
    const decoded = decodeStored(JSON.stringify(doc));
    expect(decoded.working!.title).toBe('Working');
    expect(decoded.notices[0]!.path).toBe('working.schemaVersion');
  });

  it('never throws and always gives valid scenarios, whatever the damage', () => {
    const good = encodeStored(state);
    fc.assert(
      fc.property(
        fc.oneof(
          mutationArb.map(([pick, how, junk, key]) =>
            JSON.stringify(mutateJson(JSON.parse(good), pick, how, junk, key)),
          ),
          junkArb.map((j) => JSON.stringify(j) ?? ''),
          fc.string(),
        ),
        (text) => {
          const decoded = decodeStored(text);
          for (const s of [decoded.working, ...decoded.saved.map((x) => x.scenario)])
            if (s) expect(parseScenario(s).ok).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
